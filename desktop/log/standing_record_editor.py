"""Editing a client's standing record (DESIGN §3) in the Clients dialog: status, the acknowledgement
and contact agreements, standing overlaps and keep-out words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.form_widgets import DateField, PlainText
from desktop.settings.theme import error_style
from models import clock
from models.i18n import QT_TRANSLATE_NOOP
from models.log.enums import ClientStatus, OverlapKind
from models.log.standing_record import (
    AcknowledgementAgreement,
    Overlap,
    StandingRecord,
    StandingRecordError,
    save_standing_record,
    standing_record,
    tidied,
)

RECORD_LABELS = {
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    ClientStatus.FORMER: QT_TRANSLATE_NOOP("Labels", "Former"),
    OverlapKind.COMMUNITY: QT_TRANSLATE_NOOP("Labels", "Community"),
    OverlapKind.WORK: QT_TRANSLATE_NOOP("Labels", "Work"),
    OverlapKind.FAMILY_FRIENDS: QT_TRANSLATE_NOOP("Labels", "Family and friends"),
    OverlapKind.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    OverlapKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other overlap"),
}


def record_label(value: ClientStatus | OverlapKind) -> str:
    return QCoreApplication.translate("Labels", RECORD_LABELS[value])


def _qdate(day: dt.date | None) -> QDate:
    day = day or clock.today()
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def overlap_line(overlap: Overlap) -> str:
    """One line for a list: kind, description, and the review date."""
    if overlap.review_on is None:
        return f"{record_label(overlap.kind)}: {overlap.description}"
    template = QCoreApplication.translate("StandingRecordEditor", "{kind}: {description} (review {date})")
    return template.format(kind=record_label(overlap.kind), description=overlap.description,
                           date=overlap.review_on.isoformat())  # fmt: skip


class OverlapDialog(QDialog):
    """One standing overlap: its kind, what it is, the plan agreed, and when to look at it again."""

    def __init__(self, overlap: Overlap | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Standing overlap"))
        self.kind = QComboBox()
        for kind in OverlapKind:
            self.kind.addItem(record_label(kind), kind.value)
        self.kind.setAccessibleName(self.tr("Kind of overlap"))
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("e.g. same choir as the client's sister"))
        self.plan = PlainText(2)
        self.plan.setAccessibleName(self.tr("Plan agreed"))
        self.plan.setPlaceholderText(self.tr("e.g. sit apart; no talk of therapy"))
        self.has_review = QCheckBox(self.tr("&Review on"))
        self.has_review.setAccessibleName(self.tr("Has a review date"))
        self.review_on = DateField()
        self.review_on.setAccessibleName(self.tr("Review date"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Plan agreed"), self.plan)
        form.addRow(self.has_review, self.review_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.description.textChanged.connect(self.update_ok)
        self.has_review.toggled.connect(self.review_on.setEnabled)
        overlap = overlap or Overlap(OverlapKind.COMMUNITY, "")
        self.kind.setCurrentIndex(self.kind.findData(overlap.kind.value))
        self.description.setText(overlap.description)
        self.plan.setPlainText(overlap.plan)
        self.has_review.setChecked(overlap.review_on is not None)
        self.review_on.setEnabled(overlap.review_on is not None)
        self.review_on.setDate(_qdate(overlap.review_on))
        self.update_ok()

    @Slot()
    def update_ok(self) -> None:
        self.ok.setEnabled(bool(self.description.text().strip()))

    def overlap(self) -> Overlap:
        return Overlap(
            OverlapKind(self.kind.currentData()),
            self.description.text().strip(),
            self.plan.value().strip(),
            _date(self.review_on.date()) if self.has_review.isChecked() else None,
        )


class StandingRecordEditor(QWidget):
    """The standing record of the client chosen in the Clients dialog."""

    record_saved = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.client_id: int | None = None
        self.loaded = StandingRecord()
        self.overlaps: list[Overlap] = []
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QComboBox()
        for status in ClientStatus:
            self.status.addItem(record_label(status), status.value)
        self.status.setAccessibleName(self.tr("Status"))
        self.ended_on = DateField()
        self.ended_on.setAccessibleName(self.tr("Therapy ended on"))
        self.has_agreement = QCheckBox(self.tr("An &acknowledgement agreement is on file"))
        self.has_agreement.setAccessibleName(self.tr("Acknowledgement agreement on file"))
        self.agreed_on = DateField()
        self.agreed_on.setAccessibleName(self.tr("Acknowledgement agreed on"))
        self.terms = PlainText(2)
        self.terms.setAccessibleName(self.tr("Terms of the acknowledgement agreement"))
        self.terms.setPlaceholderText(self.tr("e.g. a nod only; the client leads"))
        self.contact = PlainText(2)
        self.contact.setAccessibleName(self.tr("Contact agreement"))
        self.contact.setPlaceholderText(self.tr("Which channels, for what: e.g. texts for scheduling only"))
        self.overlap_list = QListWidget()
        self.overlap_list.setAccessibleName(self.tr("Standing overlaps"))
        self.overlap_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_overlap_button = QPushButton(self.tr("Add o&verlap…"))
        self.edit_overlap_button = QPushButton(self.tr("&Edit…"))
        self.remove_overlap_button = QPushButton(self.tr("Re&move"))
        self.add_overlap_button.setAccessibleName(self.tr("Add overlap"))
        self.edit_overlap_button.setAccessibleName(self.tr("Edit overlap"))
        self.remove_overlap_button.setAccessibleName(self.tr("Remove overlap"))
        self.keep_out = PlainText(2)
        self.keep_out.setAccessibleName(self.tr("Keep-out words"))
        self.keep_out.setPlaceholderText(
            self.tr("One a line: relatives' and friends' names, workplaces, schools, places")
        )
        for field in (self.terms, self.contact, self.keep_out):
            field.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(error_style())
        self.problems.setAccessibleName(self.tr("Problems with the standing record"))
        self.problems.hide()
        self.save_button = QPushButton(self.tr("&Save record"))
        self.save_button.setAccessibleName(self.tr("Save the standing record"))
        self._build()
        self.status.currentIndexChanged.connect(self._status_changed)
        self.has_agreement.toggled.connect(self._agreement_toggled)
        self.add_overlap_button.clicked.connect(self.add_overlap)
        self.edit_overlap_button.clicked.connect(self.edit_overlap)
        self.remove_overlap_button.clicked.connect(self.remove_overlap)
        self.overlap_list.itemActivated.connect(lambda _item: self.edit_overlap())
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.setEnabled(False)

    def _build(self) -> None:
        overlap_buttons = QHBoxLayout()
        for button in (self.add_overlap_button, self.edit_overlap_button, self.remove_overlap_button):
            overlap_buttons.addWidget(button)
        overlap_buttons.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.ended_label = QLabel(self.tr("&ended on"))
        self.ended_label.setBuddy(self.ended_on)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow(self.ended_label, self.ended_on)
        form.addRow(self.has_agreement)
        form.addRow(self.tr("A&greed on"), self.agreed_on)
        form.addRow(self.tr("&Terms"), self.terms)
        form.addRow(self.tr("&Contact agreement"), self.contact)
        overlaps = QVBoxLayout()
        overlaps.addWidget(self.overlap_list)
        overlaps.addLayout(overlap_buttons)
        overlaps_label = QLabel(self.tr("Standing &overlaps"))
        overlaps_label.setBuddy(self.overlap_list)
        form.addRow(overlaps_label, overlaps)
        form.addRow(self.tr("&Keep-out words"), self.keep_out)
        for field in (self.status, self.ended_on, self.agreed_on):
            field.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        note = QLabel(self.tr("Keep-out words never appear in pseudonymised output."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.problems)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        layout.addStretch(1)

    def show_client(self, client_id: int | None, code: str = "") -> None:
        """Load the record of ``client_id`` (None: nothing chosen)."""
        self.client_id = client_id
        self.setEnabled(client_id is not None)
        self.heading.setText(self.tr("Standing record of {code}").format(code=code) if client_id else "")
        self.loaded = standing_record(client_id) if client_id is not None else StandingRecord()
        self._show(self.loaded)

    def _show(self, record: StandingRecord) -> None:
        self.status.setCurrentIndex(self.status.findData(record.status.value))
        self.ended_on.setDate(_qdate(record.ended_on))
        agreement = record.acknowledgement_agreement
        self.has_agreement.setChecked(agreement is not None)
        self.agreed_on.setDate(_qdate(agreement.agreed_on if agreement else None))
        self.terms.setPlainText(agreement.terms if agreement else "")
        self.contact.setPlainText(record.contact_agreement or "")
        self.overlaps = list(record.overlaps)
        self._show_overlaps()
        self.keep_out.setPlainText("\n".join(record.keep_out))
        self._status_changed()
        self._agreement_toggled(agreement is not None)
        self.problems.hide()

    def _show_overlaps(self) -> None:
        self.overlap_list.clear()
        self.overlap_list.addItems([overlap_line(o) for o in self.overlaps])
        has = bool(self.overlaps)
        self.edit_overlap_button.setEnabled(has)
        self.remove_overlap_button.setEnabled(has)

    @Slot()
    def _status_changed(self) -> None:
        former = self.status.currentData() == ClientStatus.FORMER.value
        self.ended_on.setEnabled(former)
        self.ended_label.setEnabled(former)
        self.ended_on.setVisible(former)
        self.ended_label.setVisible(former)

    @Slot(bool)
    def _agreement_toggled(self, on: bool) -> None:
        self.agreed_on.setEnabled(on)
        self.terms.setEnabled(on)

    def record(self) -> StandingRecord:
        """What the fields hold, as a standing record."""
        former = self.status.currentData() == ClientStatus.FORMER.value
        agreement = (
            AcknowledgementAgreement(_date(self.agreed_on.date()), self.terms.value())
            if self.has_agreement.isChecked()
            else None
        )
        return StandingRecord(
            status=ClientStatus(self.status.currentData()),
            ended_on=_date(self.ended_on.date()) if former else None,
            acknowledgement_agreement=agreement,
            contact_agreement=self.contact.value(),
            overlaps=tuple(self.overlaps),
            keep_out=tuple(line for line in self.keep_out.value().splitlines() if line.strip()),
        )

    def unsaved(self) -> bool:
        """Whether the fields differ from what is saved."""
        if self.client_id is None:
            return False
        return tidied(self.record()) != self.loaded

    @Slot()
    def save(self) -> bool:
        """Save the record; on a problem, show each and keep what was typed. True when saved."""
        if self.client_id is None:
            return True
        try:
            self.loaded = save_standing_record(self.client_id, self.record())
        except StandingRecordError as refused:
            self.problems.setText("\n".join(refused.problems))
            self.problems.show()
            return False
        self.problems.hide()
        self._show(self.loaded)
        self.record_saved.emit(self.client_id)
        return True

    @Slot()
    def add_overlap(self) -> None:
        dialog = OverlapDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.overlaps.append(dialog.overlap())
            self._show_overlaps()
            self.overlap_list.setCurrentRow(len(self.overlaps) - 1)

    @Slot()
    def edit_overlap(self) -> None:
        row = self.overlap_list.currentRow()
        if row < 0:
            return
        dialog = OverlapDialog(self.overlaps[row], parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.overlaps[row] = dialog.overlap()
            self._show_overlaps()
            self.overlap_list.setCurrentRow(row)

    @Slot()
    def remove_overlap(self) -> None:
        row = self.overlap_list.currentRow()
        if row >= 0:
            del self.overlaps[row]
            self._show_overlaps()
