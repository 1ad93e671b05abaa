"""The parts of a packet's review that concern the month as a whole (DESIGN §5 on the supervisor's
seat): overall notes and action items, the meeting, and the sign-off or request for revision.
Each reads and writes its share of the review as REVIEW.json holds it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.form_widgets import DateField, EnumCombo, PlainText
from desktop.list_table_model import Index, ListTableModel
from desktop.settings.theme import error_style
from models.supervision.enums import MeetingFormat
from models.supervision.exchange.identity import PROFILE_TEXT_MAX, Profile
from models.values import parse_date

NO_DATE = QDate(2000, 1, 1)  # shown as "not recorded"
TEXT, OWNER, DUE = range(3)


class ActionItems(ListTableModel):
    """Action items as REVIEW.json lists them: text, owner, due date (or None)."""

    def __init__(self, parent=None):
        super().__init__([self.tr("Action item"), self.tr("Owner"), self.tr("Due")], parent)

    def set_items(self, items: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [dict(item) for item in items]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.rows[index.row()]
        return (item["text"], item.get("owner") or "", item.get("due") or "")[index.column()]


class MonthReviewPanel(QWidget):
    """Notes, action items, meeting and sign-off; ``changed`` after each edit (the window saves)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.loading = False
        self.notes = PlainText(2)
        self.notes.setAccessibleName(self.tr("Overall notes"))
        self.notes.setPlaceholderText(self.tr("Overall notes on the month (required when asking for revision)"))

        self.items = ActionItems(self)
        self.items_table = QTableView()
        self.items_table.setModel(self.items)
        self.items_table.setAccessibleName(self.tr("Action items"))
        self.items_table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.items_table.verticalHeader().hide()
        self.items_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.items_table.setMinimumHeight(60)
        self.item_text = QLineEdit()
        self.item_text.setPlaceholderText(self.tr("New action item"))
        self.item_text.setAccessibleName(self.tr("New action item"))
        self.item_owner = QLineEdit()
        self.item_owner.setPlaceholderText(self.tr("Owner"))
        self.item_owner.setAccessibleName(self.tr("Action item owner"))
        self.item_owner.setMaxLength(PROFILE_TEXT_MAX)
        self.item_due = QLineEdit()
        self.item_due.setPlaceholderText(self.tr("Due YYYY-MM-DD (optional)"))
        self.item_due.setAccessibleName(self.tr("Action item due date"))
        self.add_item_button = QPushButton(self.tr("&Add"))
        self.remove_item_button = QPushButton(self.tr("Remove"))
        self.item_error = QLabel()
        self.item_error.setStyleSheet(error_style())
        adding = QHBoxLayout()
        for widget, stretch in ((self.item_text, 3), (self.item_owner, 1), (self.item_due, 1)):
            adding.addWidget(widget, stretch)
        adding.addWidget(self.add_item_button)
        adding.addWidget(self.remove_item_button)

        self.meeting_on = DateField()
        self.meeting_on.setAccessibleName(self.tr("Meeting date"))
        self.meeting_on.setMinimumDate(NO_DATE)
        self.meeting_on.setSpecialValueText(self.tr("date not recorded"))
        self.meeting_minutes = QSpinBox()
        self.meeting_minutes.setRange(0, 1440)
        self.meeting_minutes.setSuffix(self.tr(" min"))
        self.meeting_minutes.setAccessibleName(self.tr("Meeting duration"))
        self.meeting_format = EnumCombo(MeetingFormat, placeholder=self.tr("Format…"))
        self.meeting_format.setAccessibleName(self.tr("Meeting format"))
        self.meeting_kind = QComboBox()
        self.meeting_kind.addItem(self.tr("Individual"), "individual")
        self.meeting_kind.addItem(self.tr("Group"), "group")
        self.meeting_kind.setAccessibleName(self.tr("Individual or group supervision"))
        meeting = QHBoxLayout()
        for widget in (self.meeting_on, self.meeting_minutes, self.meeting_format, self.meeting_kind):
            meeting.addWidget(widget)
        meeting.addStretch(1)

        self.status = QComboBox()
        self.status.addItem(self.tr("Sign off"), "signed_off")
        self.status.addItem(self.tr("Needs revision"), "needs_revision")
        self.status.setAccessibleName(self.tr("Outcome"))
        self.signer_name = self._line(self.tr("Signed by: name"))
        self.signer_credential = self._line(self.tr("Signed by: credential"))
        self.signer_licence = self._line(self.tr("Signed by: licence number and jurisdiction"))
        signer = QHBoxLayout()
        for widget, stretch in ((self.signer_name, 2), (self.signer_credential, 1), (self.signer_licence, 2)):
            signer.addWidget(widget, stretch)

        notes_box = QGroupBox(self.tr("Notes and action items"))
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_layout.addWidget(self.items_table, 1)
        notes_layout.addLayout(adding)
        notes_layout.addWidget(self.item_error)
        outcome = QGroupBox(self.tr("Meeting and outcome"))
        form = QFormLayout(outcome)
        for text, row, buddy in ((self.tr("&Meeting:"), meeting, self.meeting_on),
                                 (self.tr("&Outcome:"), self.status, self.status),
                                 (self.tr("Signed &by:"), signer, self.signer_name)):  # fmt: skip
            caption = QLabel(text)
            caption.setBuddy(buddy)
            form.addRow(caption, row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(notes_box, 1)
        layout.addWidget(outcome)

        self.add_item_button.clicked.connect(self.add_item)
        self.item_text.returnPressed.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        for signal in (self.notes.textChanged, self.meeting_on.dateChanged, self.meeting_minutes.valueChanged,
                       self.meeting_format.currentIndexChanged, self.meeting_kind.currentIndexChanged,
                       self.status.currentIndexChanged, self.signer_name.textChanged,
                       self.signer_credential.textChanged, self.signer_licence.textChanged):  # fmt: skip
            signal.connect(self.edited)

    def _line(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setPlaceholderText(name.split(": ", 1)[-1])
        field.setMaxLength(PROFILE_TEXT_MAX)
        return field

    @Slot()
    def edited(self) -> None:
        if not self.loading:
            self.changed.emit()

    def show_review(self, review: dict[str, Any], signer: Profile, read_only: bool) -> None:
        self.loading = True
        self.notes.setPlainText(review.get("notes") or "")
        self.items.set_items(review.get("action_items") or [])
        meeting = review.get("meeting") or {}
        day = QDate.fromString(meeting.get("date") or "", "yyyy-MM-dd")
        self.meeting_on.setDate(day if day.isValid() else NO_DATE)
        self.meeting_minutes.setValue(int(meeting.get("minutes") or 0))
        self.meeting_format.set_value(meeting.get("format"))
        self.meeting_kind.setCurrentIndex(max(self.meeting_kind.findData(meeting.get("kind")), 0))
        self.status.setCurrentIndex(max(self.status.findData(review.get("status")), 0))
        signed_by = review.get("signed_by") or {"name": signer.name, "credential": signer.credential,
                                                  "licence": signer.licence}  # fmt: skip
        self.signer_name.setText(signed_by.get("name") or "")
        self.signer_credential.setText(signed_by.get("credential") or "")
        self.signer_licence.setText(signed_by.get("licence") or "")
        for widget in (self.notes, self.item_text, self.item_owner, self.item_due, self.signer_name,
                       self.signer_credential, self.signer_licence):  # fmt: skip
            widget.setReadOnly(read_only)
        for widget in (self.add_item_button, self.remove_item_button, self.meeting_on, self.meeting_minutes,
                       self.meeting_format, self.meeting_kind, self.status):  # fmt: skip
            widget.setEnabled(not read_only)
        self.loading = False

    def values(self) -> dict[str, Any]:
        """This panel's share of REVIEW.json."""
        on = self.meeting_on.date()
        meeting = None
        if on != NO_DATE:
            meeting = {
                "date": on.toString("yyyy-MM-dd"),
                "minutes": self.meeting_minutes.value(),
                "format": self.meeting_format.value(),  # None until chosen: the reply names it as missing
                "kind": self.meeting_kind.currentData(),
            }
        return {
            "status": self.status.currentData(),
            "meeting": meeting,
            "notes": self.notes.toPlainText(),
            "action_items": list(self.items.rows),
            "signed_by": {
                "name": self.signer_name.text().strip(),
                "credential": self.signer_credential.text().strip(),
                "licence": self.signer_licence.text().strip(),
            },
        }

    @Slot()
    def add_item(self) -> None:
        text = self.item_text.text().strip()
        due_text = self.item_due.text().strip()
        if not text:
            self.item_error.setText(self.tr("Action item: is required"))
            self.item_text.setFocus()
            return
        try:
            due = parse_date(due_text).isoformat() if due_text else None
        except ValueError:
            self.item_error.setText(self.tr("Due: {value} is not a date (YYYY-MM-DD)").format(value=due_text))
            self.item_due.setFocus()
            return
        self.item_error.clear()
        self.items.set_items([*self.items.rows, {"text": text, "owner": self.item_owner.text().strip(), "due": due}])
        for field in (self.item_text, self.item_owner, self.item_due):
            field.clear()
        self.item_text.setFocus()
        self.changed.emit()

    @Slot()
    def remove_item(self) -> None:
        index: QModelIndex = self.items_table.currentIndex()
        if index.isValid():
            self.items.set_items([item for row, item in enumerate(self.items.rows) if row != index.row()])
            self.changed.emit()

    def meeting_date(self) -> dt.date | None:
        on = self.meeting_on.date()
        return None if on == NO_DATE else on.toPython()
