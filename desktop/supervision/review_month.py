"""Review mode's parts for the month as a whole: the meeting (date, length, format, kind) with the
choice to include reflections, and the overall notes with the action items, and the open ones of
earlier months carried forward with their age."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)

from desktop.form_widgets import DateField, EnumCombo, PlainText
from desktop.list_table_model import ListTableModel
from desktop.settings.theme import error_style
from desktop.store_watch import store_watch
from models.log.months import Month
from models.supervision.enums import MeetingFormat, MeetingKind
from models.supervision.reviews import (
    ActionItem,
    MonthReview,
    action_items,
    add_action_item,
    remove_action_item,
    set_action_item_done,
    set_meeting,
    set_notes,
)
from models.values import parse_date

Index = QModelIndex | QPersistentModelIndex
Attempt = Callable[[Callable[[], Any]], bool]
SAVE_DELAY_MS = 600
NO_MEETING_DATE = QDate(2000, 1, 1)


class MeetingPanel(QWidget):
    """The supervision meeting's date, duration and format. (The therapist's private reflections
    are shown encounter by encounter, in ReviewEncounters.)"""

    def __init__(self, attempt: Attempt, parent=None):
        super().__init__(parent)
        self.attempt = attempt
        self.month: Month | None = None
        self.loading = False
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
        self.meeting_kind = EnumCombo(MeetingKind, placeholder=self.tr("Individual or group…"))
        self.meeting_kind.setAccessibleName(self.tr("Meeting kind"))
        descriptions = {
            self.meeting_on: self.tr("The day of the supervision meeting."),
            self.meeting_minutes: self.tr("How long the meeting took, in minutes."),
            self.meeting_format: self.tr("In person, by video call or by phone."),
            self.meeting_kind: self.tr("Individual or group supervision (the hours log totals them apart)."),
        }  # fmt: skip
        for widget, description in descriptions.items():
            widget.setAccessibleDescription(description)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Meeting:")))
        for widget in (self.meeting_on, self.meeting_minutes, self.meeting_format, self.meeting_kind):
            row.addWidget(widget)
        row.addStretch(1)
        self.meeting_on.dateChanged.connect(self.save_meeting)
        self.meeting_minutes.valueChanged.connect(self.save_meeting)
        self.meeting_format.currentIndexChanged.connect(self.save_meeting)
        self.meeting_kind.currentIndexChanged.connect(self.save_meeting)

    def show_review(self, month: Month, review: MonthReview) -> None:
        self.loading, self.month = True, month
        on = review.meeting_on
        self.meeting_on.setDate(QDate(on.year, on.month, on.day) if on else NO_MEETING_DATE)
        self.meeting_minutes.setValue(review.meeting_minutes if review.meeting_minutes is not None else -1)
        self.meeting_format.set_value(review.meeting_format.value if review.meeting_format else None)
        self.meeting_kind.set_value(review.meeting_kind.value if review.meeting_kind else None)
        for widget in (self.meeting_on, self.meeting_minutes, self.meeting_format, self.meeting_kind):
            widget.setEnabled(not review.locked)
        self.loading = False

    @Slot()
    def save_meeting(self) -> None:
        if self.loading or self.month is None:
            return
        month, minutes, fmt = self.month, self.meeting_minutes.value(), self.meeting_format.value()
        kind = self.meeting_kind.value()
        on = None if self.meeting_on.date() == NO_MEETING_DATE else self.meeting_on.date().toPython()
        self.attempt(
            lambda: set_meeting(
                month, on, minutes if minutes >= 0 else None, MeetingFormat(fmt) if fmt else None,
                MeetingKind(kind) if kind else None,
            )
        )  # fmt: skip


class ActionItemModel(ListTableModel):
    """The month's action items; "done" can be ticked, even after sign-off."""

    TEXT, OWNER, DUE, DONE = range(4)

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Done")]
        self.rows: list[ActionItem] = []

    def set_items(self, items: list[ActionItem]) -> None:
        self.beginResetModel()
        self.rows = items
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if index.column() == self.DONE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            due = item.due_on.isoformat() if item.due_on else ""
            return {self.TEXT: item.text, self.OWNER: item.owner, self.DUE: due, self.DONE: ""}[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.DONE else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != self.DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item = self.rows[index.row()]
        item.done = Qt.CheckState(value) == Qt.CheckState.Checked
        set_action_item_done(item.id, item.done)
        self.dataChanged.emit(index, index)
        return True


class MonthNotesPanel(QGroupBox):
    """The supervisor's overall notes (saved as they type) and the action items, with the line
    where a refused step says why (``show_problem``)."""

    def __init__(self, attempt: Attempt, parent=None):
        super().__init__(self.tr("The month"), parent)
        self.attempt = attempt
        self.month: Month | None = None
        self.loading = False
        self.notes = PlainText(2)
        self.notes.setAccessibleName(self.tr("Overall notes"))
        self.items = ActionItemModel(self)
        self.items_table = QTableView()
        self.items_table.setModel(self.items)
        self.items_table.setAccessibleName(self.tr("Action items"))
        self.items_table.horizontalHeader().setSectionResizeMode(ActionItemModel.TEXT, QHeaderView.ResizeMode.Stretch)
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
        self.carried = QLabel()
        self.carried.setWordWrap(True)
        self.carried.setTextFormat(Qt.TextFormat.RichText)
        self.carried.setAccessibleName(self.tr("Open action items of earlier months"))
        descriptions = {
            self.notes: self.tr("Notes on the month as a whole; saved as you type."),
            self.items_table: self.tr("What to do after supervision, by whom and by when. Tick Done when done."),
            self.item_text: self.tr("What is to be done."),
            self.item_owner: self.tr("Who will do it."),
            self.item_due: self.tr("By when, as YYYY-MM-DD; optional."),
            self.add_item_button: self.tr("Add the action item typed above."),
            self.remove_item_button: self.tr("Remove the chosen action item."),
        }
        for widget, description in descriptions.items():
            widget.setAccessibleDescription(description)
        adding = QHBoxLayout()
        for widget, stretch in ((self.item_text, 3), (self.item_owner, 1), (self.item_due, 1)):
            adding.addWidget(widget, stretch)
        adding.addWidget(self.add_item_button)
        adding.addWidget(self.remove_item_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Overall notes"), self.notes)
        form.addRow(self.tr("Action items"), self.items_table)
        form.addRow("", adding)
        form.addRow("", self.item_error)
        form.addRow(self.tr("Carried forward"), self.carried)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_notes)
        store_watch().closing.connect(self.save_timer.stop)  # a lock closes the window first, saving
        self.notes.textChanged.connect(self.notes_changed)
        self.add_item_button.clicked.connect(self.add_item)
        self.item_text.returnPressed.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)

    def show_review(self, month: Month, review: MonthReview) -> None:
        self.loading, self.month = True, month
        self.notes.setPlainText(review.notes)
        self.notes.setReadOnly(review.locked)
        for widget in (self.item_text, self.item_owner, self.item_due, self.add_item_button, self.remove_item_button):
            widget.setEnabled(not review.locked)
        self.items.set_items(action_items(month))
        self.loading = False

    def show_carried(self, items: list[dict]) -> None:
        """The open action items of earlier months (pseudonymised), each with its month and age."""
        if not items:
            self.carried.setText(self.tr("No open action items from earlier months."))
            return
        lines = [
            self.tr("{text} ({owner}; agreed in {month}, open {days} days{due})").format(
                text=escape(i["text"]), owner=escape(i["owner"] or "—"), month=i["month"], days=i["age_days"],
                due=self.tr(", due {0}").format(i["due_on"]) if i["due_on"] else "",
            )
            for i in items
        ]  # fmt: skip
        self.carried.setText("<ul style='margin:0'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")

    def show_problem(self, text: str) -> None:
        self.item_error.setText(text)

    @Slot()
    def notes_changed(self) -> None:
        if not self.loading:
            self.save_timer.start()

    def flush(self) -> None:
        """Save notes still waiting for their moment (before the month changes or the window closes)."""
        if self.save_timer.isActive():
            self.save_notes()

    @Slot()
    def save_notes(self) -> None:
        self.save_timer.stop()
        if self.month is not None:
            month, notes = self.month, self.notes.toPlainText()
            self.attempt(lambda: set_notes(month, notes))

    @Slot()
    def add_item(self) -> None:
        due = None
        if self.item_due.text().strip():
            try:
                due = parse_date(self.item_due.text().strip())
            except ValueError as exc:
                self.item_error.setText(self.tr("Due date: {0}").format(exc))
                return
        month, text, owner = self.month, self.item_text.text(), self.item_owner.text()
        if self.attempt(lambda: add_action_item(month, text, owner, due)):
            for field in (self.item_text, self.item_owner, self.item_due):
                field.clear()
            self.items.set_items(action_items(month))

    @Slot()
    def remove_item(self) -> None:
        index = self.items_table.currentIndex()
        if index.isValid() and self.attempt(lambda: remove_action_item(self.items.rows[index.row()].id)):
            self.items.set_items(action_items(self.month))
