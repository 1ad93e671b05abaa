"""Review mode (DESIGN §5): one month for the supervision meeting, de-identified and read-only
for encounters. The supervisor comments and marks each encounter discussed, writes notes and
action items, and signs off; the therapist countersigns."""

from __future__ import annotations

import datetime as dt
import uuid
from html import escape

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.form_widgets import DateField, EnumCombo, PlainText
from desktop.labels import label
from desktop.report.pdf_export_flow import PdfExportFlow
from desktop.settings.preferences import Preferences
from desktop.settings.theme import error_style
from desktop.store_watch import store_watch
from desktop.supervision.review_panels import TEXT, ActionItemModel, EncounterView
from desktop.supervision.sign_off_dialog import SignOffDialog
from desktop.supervision.summary_window import SummaryEncounterModel, signals_and_addenda_html
from models import clock
from models.log.encounters import Encounter, encounter_dicts
from models.log.months import Month
from models.supervision.enums import MeetingFormat, ReviewStatus
from models.supervision.reviews import (
    ReviewError,
    action_items,
    add_action_item,
    comments_by_encounter,
    countersign,
    mark_ready,
    remove_action_item,
    request_revision,
    review_for,
    set_comment,
    set_include_reflections,
    set_meeting,
    set_notes,
    sign_off,
)
from models.supervision.summary import compute_summary
from models.values import parse_date

SAVE_DELAY_MS = 600
NO_MEETING_DATE = QDate(2000, 1, 1)


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that lets it shrink below its natural height."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumHeight(widget.fontMetrics().lineSpacing() * 3)
    return area


class ReviewWindow(QWidget):
    """One month in review mode. Emits ``review_changed`` after each step of the review."""

    review_changed = Signal()

    def __init__(self, month: Month, dialogs: UserDialogs, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.month = month
        self.dialogs = dialogs
        self.current_id: str | None = None
        self.loading = False
        self.setWindowTitle(self.tr("Review mode — Caselog"))
        self.resize(1180, 820)

        self.banner = QLabel(
            self.tr(
                "<b>Review mode is on.</b> De-identified: client codes only; no names, no locations, and no "
                "private reflections unless you include them. Encounters cannot be edited here."
            )
        )
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Review mode banner"))
        self.banner.setStyleSheet("background: #fff4ce; color: #3d2e00; padding: 8px; border: 1px solid #d4b106;")

        self.previous_button = QPushButton(self.tr("◀ Previous month"))
        self.next_button = QPushButton(self.tr("Next month ▶"))
        self.month_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Review status"))
        self.status_label.setWordWrap(True)
        self.ready_button = QPushButton(self.tr("Mark &ready for supervision"))
        self.revision_button = QPushButton(self.tr("Needs re&vision…"))
        self.sign_off_button = QPushButton(self.tr("&Sign off…"))
        self.countersign_button = QPushButton(self.tr("&Countersign…"))
        self.export_button = QPushButton(self.tr("Export &PDF…"))
        self.export_button.setToolTip(self.tr("Export this month as PDF (Ctrl+P)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+P"))
        self.pdf = PdfExportFlow(self, dialogs)
        header = QHBoxLayout()
        for widget in (self.previous_button, self.month_label, self.next_button):
            header.addWidget(widget)
        header.addStretch(1)
        for widget in (self.ready_button, self.revision_button, self.sign_off_button, self.countersign_button,
                       self.export_button):  # fmt: skip
            header.addWidget(widget)

        self.meeting_on = DateField()
        self.meeting_on.setAccessibleName(self.tr("Meeting date"))
        self.meeting_on.setMinimumDate(NO_MEETING_DATE)  # shown as "not recorded"
        self.meeting_on.setSpecialValueText(self.tr("date not recorded"))
        self.meeting_minutes = QSpinBox()
        self.meeting_minutes.setRange(-1, 1440)
        self.meeting_minutes.setSpecialValueText(self.tr("not recorded"))
        self.meeting_minutes.setSuffix(self.tr(" min"))
        self.meeting_minutes.setAccessibleName(self.tr("Meeting duration"))
        self.meeting_format = EnumCombo(MeetingFormat, placeholder=self.tr("Format…"))
        self.meeting_format.setAccessibleName(self.tr("Meeting format"))
        self.include_reflections = QCheckBox(self.tr("Include my private reflections in this review"))
        self.include_reflections.setAccessibleName(self.tr("Include reflections"))
        meeting = QHBoxLayout()
        meeting.addWidget(QLabel(self.tr("Meeting:")))
        for widget in (self.meeting_on, self.meeting_minutes, self.meeting_format):
            meeting.addWidget(widget)
        meeting.addStretch(1)
        meeting.addWidget(self.include_reflections)

        self.signals = QLabel()
        self.signals.setWordWrap(True)
        self.signals.setTextFormat(Qt.TextFormat.RichText)
        self.signals.setAccessibleName(self.tr("Drift signals and addenda"))

        self.encounters = SummaryEncounterModel(self)
        self.table = QTableView()
        self.table.setModel(self.encounters)
        self.table.setAccessibleName(self.tr("The month's encounters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.view = EncounterView()
        self.comment = PlainText(3)
        self.comment.setAccessibleName(self.tr("Supervisor's comment on this encounter"))
        self.comment.setPlaceholderText(self.tr("Supervisor's comment on this encounter"))
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 5 + 12)
        self.discussed = QCheckBox(self.tr("&Discussed"))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.view, 1)
        detail_layout.addWidget(self.comment)
        detail_layout.addWidget(self.discussed)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([430, 750])

        self.notes = PlainText(2)
        self.notes.setAccessibleName(self.tr("Overall notes"))
        self.items = ActionItemModel(self)
        self.items_table = QTableView()
        self.items_table.setModel(self.items)
        self.items_table.setAccessibleName(self.tr("Action items"))
        self.items_table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.items_table.verticalHeader().hide()
        self.items_table.setMinimumHeight(70)
        self.item_text = QLineEdit()
        self.item_text.setPlaceholderText(self.tr("New action item"))
        self.item_text.setAccessibleName(self.tr("New action item"))
        self.item_owner = QLineEdit()
        self.item_owner.setPlaceholderText(self.tr("Owner"))
        self.item_owner.setAccessibleName(self.tr("Action item owner"))
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
        descriptions = {
            self.previous_button: self.tr("Review the month before (Alt+Left)."),
            self.next_button: self.tr("Review the month after (Alt+Right)."),
            self.ready_button: self.tr("Tell your supervisor the month is ready to go through."),
            self.revision_button: self.tr("Send the month back to the therapist with what to revise."),
            self.sign_off_button: self.tr("Sign the month off as supervisor; later changes become addenda."),
            self.countersign_button: self.tr("Countersign the supervisor's sign-off as the therapist."),
            self.export_button: self.tr("Write this month's review as a PDF (Ctrl+P)."),
            self.meeting_on: self.tr("The day of the supervision meeting."),
            self.meeting_minutes: self.tr("How long the meeting took, in minutes."),
            self.meeting_format: self.tr("In person, by video call or by phone."),
            self.include_reflections: self.tr("Show your private reflections in this review and its PDF; off by "
                                              "default."),
            self.table: self.tr("The month's encounters, highest risk first; choose one to read and comment on it."),
            self.view: self.tr("The chosen encounter, de-identified. It cannot be edited here."),
            self.comment: self.tr("The supervisor's comment on the chosen encounter; saved as you type."),
            self.discussed: self.tr("Tick once the chosen encounter has been discussed in supervision."),
            self.notes: self.tr("Notes on the month as a whole; saved as you type."),
            self.items_table: self.tr("What to do after supervision, by whom and by when. Tick Done when done."),
            self.item_text: self.tr("What is to be done."),
            self.item_owner: self.tr("Who will do it."),
            self.item_due: self.tr("By when, as YYYY-MM-DD; optional."),
            self.add_item_button: self.tr("Add the action item typed above."),
            self.remove_item_button: self.tr("Remove the chosen action item."),
        }  # fmt: skip
        for widget, description in descriptions.items():
            widget.setAccessibleDescription(description)
        month_box = QGroupBox(self.tr("The month"))
        month_form = QFormLayout(month_box)
        month_form.addRow(self.tr("Overall notes"), self.notes)
        month_form.addRow(self.tr("Action items"), self.items_table)
        month_form.addRow("", adding)
        month_form.addRow("", self.item_error)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(self.status_label)
        layout.addLayout(meeting)
        # The encounters get the room; the signals above and the month's notes and action items
        # below scroll in their own panes, so the window still works at 800×600 with a long month.
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(scrolling(self.signals))
        vertical.addWidget(splitter)
        vertical.addWidget(scrolling(month_box))
        vertical.setChildrenCollapsible(False)
        for index, stretch in enumerate((1, 4, 2)):
            vertical.setStretchFactor(index, stretch)
        vertical.setSizes([90, 360, 200])
        layout.addWidget(vertical, 1)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_texts)
        store_watch().closing.connect(self.save_timer.stop)  # a lock closes the window first, saving
        self.previous_button.clicked.connect(lambda: self.show_month(self.month.previous()))
        self.next_button.clicked.connect(lambda: self.show_month(self.month.next()))
        self.export_button.clicked.connect(lambda: (self.save_texts(), self.pdf.start(self.month)))
        self.ready_button.clicked.connect(self.mark_ready)
        self.revision_button.clicked.connect(self.request_revision)
        self.sign_off_button.clicked.connect(self.sign_off)
        self.countersign_button.clicked.connect(self.countersign)
        self.table.selectionModel().currentRowChanged.connect(self.show_selected)
        self.comment.textChanged.connect(self.text_changed)
        self.notes.textChanged.connect(self.text_changed)
        self.discussed.toggled.connect(self.save_comment)
        self.include_reflections.toggled.connect(self.toggle_reflections)
        self.meeting_on.dateChanged.connect(self.save_meeting)
        self.meeting_minutes.valueChanged.connect(self.save_meeting)
        self.meeting_format.currentIndexChanged.connect(self.save_meeting)
        self.add_item_button.clicked.connect(self.add_item)
        self.item_text.returnPressed.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        for shortcut, slot in (("Alt+Left", self.previous_button.click), ("Alt+Right", self.next_button.click)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)
        self.show_month(month)

    # ------------------------------------------------------------ loading

    def show_month(self, month: Month) -> None:
        self.save_texts()
        self.month = month
        self.current_id = None
        self.reload()

    def reload(self) -> None:
        self.loading = True
        review = review_for(self.month)
        summary = compute_summary(self.month)
        self.labels = summary.category_labels
        self.month_label.setText(f"<h2>{self.month}</h2>")
        self.next_button.setEnabled(self.month < Month.of(clock.today()))
        self.encounters.set_encounters(summary.encounters, summary.category_labels, None)
        self.comments = comments_by_encounter(self.month)
        self.show_status(review)
        self.notes.setPlainText(review.notes)
        on = review.meeting_on
        self.meeting_on.setDate(QDate(on.year, on.month, on.day) if on else NO_MEETING_DATE)
        self.meeting_minutes.setValue(review.meeting_minutes if review.meeting_minutes is not None else -1)
        self.meeting_format.set_value(review.meeting_format.value if review.meeting_format else None)
        self.include_reflections.setChecked(review.include_reflections)
        self.items.set_items(action_items(self.month))
        self.signals.setText(self.signals_html(summary))
        locked = review.locked
        for widget in (self.comment, self.notes):
            widget.setReadOnly(locked)
        for widget in (self.discussed, self.meeting_on, self.meeting_minutes, self.meeting_format,
                       self.include_reflections, self.item_text, self.item_owner, self.item_due,
                       self.add_item_button, self.remove_item_button):  # fmt: skip
            widget.setEnabled(not locked)
        self.loading = False
        if self.encounters.rowCount():
            self.table.selectRow(0)
        else:
            self.show_selected(QModelIndex())

    def show_status(self, review) -> None:
        status = ReviewStatus(review.status)
        text = self.tr("Status: <b>{0}</b>").format(escape(label(status)))
        if status == ReviewStatus.OPEN and review.revision_comment:
            text += "<br>" + self.tr("Needs revision: {0}").format(escape(review.revision_comment))
        if status == ReviewStatus.SIGNED_OFF:
            text += "<br>" + self.tr("Signed off by {0} ({1}) on {2}.").format(
                escape(review.supervisor), escape(review.credential), review.signed_at.date().isoformat()
            )
            if review.countersigned_at:
                text += " " + self.tr("Countersigned by {0} on {1}.").format(
                    escape(review.therapist), review.countersigned_at.date().isoformat()
                )
            text += " " + self.tr("The month is locked: later changes are kept as addenda.")
        self.status_label.setText(text)
        self.ready_button.setVisible(status == ReviewStatus.OPEN)
        self.revision_button.setVisible(status == ReviewStatus.READY)
        self.sign_off_button.setVisible(status == ReviewStatus.READY)
        self.countersign_button.setVisible(status == ReviewStatus.SIGNED_OFF and review.countersigned_at is None)

    def signals_html(self, summary) -> str:
        return signals_and_addenda_html(summary) or self.tr("No drift signals or addenda this month.")

    @Slot(QModelIndex)
    def show_selected(self, index: QModelIndex) -> None:
        self.save_texts()
        self.loading = True
        if not index.isValid():
            self.current_id = None
            self.view.show_encounter(None, self.labels)
            self.comment.setPlainText("")
            self.discussed.setChecked(False)
        else:
            self.current_id = self.encounters.rows[index.row()].id
            encounter = Encounter.get_by_id(uuid.UUID(self.current_id))
            [values] = encounter_dicts(
                [encounter], identified=False, include_reflection=self.include_reflections.isChecked()
            )
            self.view.show_encounter(values, self.labels)
            text, discussed = self.comments.get(self.current_id, ("", False))
            self.comment.setPlainText(text)
            self.discussed.setChecked(discussed)
        self.comment.setEnabled(self.current_id is not None and not review_for(self.month).locked)
        self.loading = False

    # ------------------------------------------------------------ saving

    @Slot()
    def text_changed(self) -> None:
        if not self.loading:
            self.save_timer.start()

    @Slot()
    def save_texts(self) -> None:
        """Save the comment and the notes now (they also save a moment after typing stops)."""
        if not self.save_timer.isActive():
            return
        self.save_timer.stop()
        self.save_comment()
        self.attempt(lambda: set_notes(self.month, self.notes.toPlainText()))

    @Slot()
    def save_comment(self) -> None:
        if self.loading or self.current_id is None:
            return
        text, discussed = self.comment.toPlainText(), self.discussed.isChecked()
        if self.attempt(lambda: set_comment(self.month, uuid.UUID(self.current_id), text, discussed)):
            self.comments[self.current_id] = (text, discussed)

    @Slot()
    def save_meeting(self) -> None:
        if self.loading:
            return
        minutes = self.meeting_minutes.value()
        fmt = self.meeting_format.value()
        self.attempt(
            lambda: set_meeting(
                self.month,
                None if self.meeting_on.date() == NO_MEETING_DATE else self.meeting_on.date().toPython(),
                minutes if minutes >= 0 else None,
                MeetingFormat(fmt) if fmt else None,
            )
        )

    @Slot(bool)
    def toggle_reflections(self, include: bool) -> None:
        if self.loading:
            return
        self.attempt(lambda: set_include_reflections(self.month, include))
        self.show_selected(self.table.currentIndex())

    @Slot()
    def add_item(self) -> None:
        due = None
        if self.item_due.text().strip():
            try:
                due = parse_date(self.item_due.text().strip())
            except ValueError as exc:
                self.item_error.setText(self.tr("Due date: {0}").format(exc))
                return
        if self.attempt(lambda: add_action_item(self.month, self.item_text.text(), self.item_owner.text(), due)):
            for field in (self.item_text, self.item_owner, self.item_due):
                field.clear()
            self.items.set_items(action_items(self.month))

    @Slot()
    def remove_item(self) -> None:
        index = self.items_table.currentIndex()
        if index.isValid() and self.attempt(lambda: remove_action_item(self.items.rows[index.row()].id)):
            self.items.set_items(action_items(self.month))

    def problem_text(self, problem: ReviewError) -> str:
        """A refused step in words: the field by its name on screen, then what is wrong."""
        names = {
            "revision_comment": self.tr("What needs revising?"), "supervisor": self.tr("Supervisor's name"),
            "credential": self.tr("Supervisor's credential"), "signed_on": self.tr("Date of sign-off"),
            "therapist": self.tr("Your name, as the therapist"), "meeting_minutes": self.tr("Meeting duration"),
            "notes": self.tr("Overall notes"), "comment": self.tr("Supervisor's comment on this encounter"),
            "action_item": self.tr("New action item"), "owner": self.tr("Action item owner"),
            "due_on": self.tr("Action item due date"),
        }  # fmt: skip
        name = names.get(problem.field, problem.field)
        return f"{name}: {problem.message}" if name else problem.message

    def attempt(self, step) -> bool:
        """Run a review step; show its problem beside the action items (or as a warning) if refused."""
        try:
            step()
        except ReviewError as exc:
            self.item_error.setText(self.problem_text(exc))
            return False
        self.item_error.clear()
        return True

    # ------------------------------------------------------------ states

    def step(self, action) -> None:
        self.save_texts()
        try:
            action()
        except ReviewError as exc:
            self.dialogs.warn(self, self.tr("Review"), self.problem_text(exc))
            return
        self.reload()
        self.review_changed.emit()

    @Slot()
    def mark_ready(self) -> None:
        self.step(lambda: mark_ready(self.month))

    @Slot()
    def request_revision(self) -> None:
        comment = self.dialogs.ask_text(self, self.tr("Needs revision"), self.tr("What needs revising?"))
        if comment:
            self.step(lambda: request_revision(self.month, comment))

    @Slot()
    def sign_off(self) -> None:
        supervisor = review_for(self.month).supervisor or Preferences.load().default_supervisor
        answer = self.dialogs.ask(SignOffDialog(str(self.month), supervisor, self))
        if answer:
            supervisor, credential, signed_on = answer
            self.step(lambda: sign_off(self.month, supervisor, credential, signed_on))

    @Slot()
    def countersign(self) -> None:
        name = self.dialogs.ask_text(self, self.tr("Countersign"), self.tr("Your name, as the therapist:"))
        if name:
            self.step(lambda: countersign(self.month, name))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_texts()
        super().closeEvent(event)


def review_month_default(today: dt.date | None = None) -> Month:
    """The month a supervision meeting usually reviews: the one just ended."""
    return Month.of(today or clock.today()).previous()
