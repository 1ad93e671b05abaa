"""The main window: the encounter list with its month and text filters, the trash, and the
actions that open the form and the client manager."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop import APP_NAME
from desktop.dialogs import UserDialogs
from desktop.log.clients_dialog import ClientsDialog
from desktop.log.encounter_form import EncounterForm
from desktop.log.encounter_table_model import EncounterTable, EncounterTableModel
from desktop.main_actions import MainActions
from desktop.shell import OpenWindows
from desktop.supervision.hours_window import HoursWindow
from desktop.supervision.review_window import ReviewWindow, review_month_default
from desktop.supervision.summary_window import SummaryWindow
from models.log.encounter_list import ListFilter, months_with_encounters
from models.log.encounters import empty_trash, restore_encounter
from models.log.months import Month
from models.store.database import DATABASE_ERRORS
from models.store.drafts import discard_draft, draft_key, drafted_encounter, load_draft, pending_drafts
from models.supervision.addenda import LockedMonth, current_values, trash_with_lock


class MainWindow(QMainWindow):
    """Lists encounters; New, Edit, Delete, Trash, Clients; opens the summary and review mode.
    Its helpers (locking, security, import and export, help) use it as a ``desktop.shell.Shell``."""

    encounter_saved = Signal(str)
    minimised = Signal()
    lock_requested = Signal()
    read_failed = Signal()  # the list could not be read: the database is damaged

    def __init__(self, dialogs: UserDialogs | None = None, demo: bool = False):
        super().__init__()
        self.dialogs = dialogs or UserDialogs()
        self.form: EncounterForm | None = None
        self.summary_window: SummaryWindow | None = None
        self.review_window: ReviewWindow | None = None
        self.hours_window: HoursWindow | None = None
        # Never a client's name or any narrative in the title: it shows in task switchers.
        self.setWindowTitle(self.tr("{0} — demo data").format(APP_NAME) if demo else APP_NAME)
        self.resize(1180, 760)
        self.model = EncounterTableModel(self)
        self.table = EncounterTable(self.model)
        # The table, and the lock panel a LockController adds: locked, nothing of the data shows.
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.setCentralWidget(self.stack)

        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        self.month.setAccessibleDescription(self.tr("Show only the encounters of one month."))
        self.month.setMinimumContentsLength(12)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search what was said, responses, places… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search encounters"))
        self.search.setAccessibleDescription(
            self.tr("Shows the encounters that contain every word you type, as the start of a word.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self._build_toolbar()
        self.month.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(self.edit_encounter)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        self.model.read_failed.connect(self.read_failed)
        self.fill_months()
        self.apply_filter()
        self.table.setFocus()

    # ------------------------------------------------------------ building

    def _build_actions(self) -> None:
        self.actions_registry = MainActions(self)
        named = self.actions_registry
        self.new_action, self.edit_action, self.delete_action = named["new"], named["edit"], named["delete"]
        self.trash_action, self.restore_action = named["trash"], named["restore"]
        self.empty_trash_action, self.lock_action = named["empty_trash"], named["lock"]
        self.trash_action.setCheckable(True)

    def _build_toolbar(self) -> None:
        named = self.actions_registry
        self.toolbar = toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("new", "edit", "delete"):
            toolbar.addAction(named[name])
        toolbar.addSeparator()
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        toolbar.addWidget(month_label)
        toolbar.addWidget(self.month)
        toolbar.addWidget(self.search)
        toolbar.addSeparator()
        for name in ("trash", "restore", "clients", "summary", "review"):
            toolbar.addAction(named[name])
        for action in toolbar.actions():
            if (button := toolbar.widgetForAction(action)) is not None and action.statusTip():
                button.setAccessibleDescription(action.statusTip())
        self.addToolBar(toolbar)

    # ------------------------------------------------------------ locking (desktop/security/lock_controller.py)

    @Slot()
    def request_lock(self) -> None:
        self.lock_requested.emit()

    def add_page(self, page: QWidget) -> None:
        """A page shown instead of the list (the lock panel)."""
        self.stack.addWidget(page)

    def show_locked(self, page: QWidget) -> OpenWindows:
        """Close every window that shows data (an open form kept as its draft), forget the list,
        show ``page`` instead, and turn every action off. Returns what was open."""
        opened = OpenWindows()
        if self.form is not None and self.form.isVisible():
            opened.form_key, opened.form_encounter = draft_key(self.form.encounter_id), self.form.encounter_id
            self.form.close_keeping_draft()
        if self.summary_window is not None and self.summary_window.isVisible():
            opened.summary = self.summary_window.month
            self.summary_window.close()
        if self.review_window is not None and self.review_window.isVisible():
            opened.review = self.review_window.month
            self.review_window.close()
        if self.hours_window is not None:
            self.hours_window.close()  # shows data: closed while locked
        self.model.clear()
        self.month.clear()
        self.count_label.clear()
        self.stack.setCurrentWidget(page)
        self.set_usable(False)
        return opened

    def show_unlocked(self, opened: OpenWindows) -> None:
        """The list again, the actions on, and what was open opened again (a form from its draft)."""
        self.set_usable(True)
        self.stack.setCurrentWidget(self.table)
        self.fill_months()
        self.model.set_filter(self.current_filter() if self.month.count() else ListFilter())
        self.show_count()
        self.update_actions()
        if opened.summary is not None:
            self.show_summary_of(opened.summary)
        if opened.review is not None:
            self.show_review_of(opened.review)
        if opened.form_key is not None and (values := load_draft(opened.form_key)) is not None:
            self.open_form(opened.form_encounter, values, from_draft=True)

    def set_usable(self, usable: bool) -> None:
        for action in self.actions():
            action.setEnabled(usable)
        self.menuBar().setEnabled(usable)
        self.toolbar.setEnabled(usable)
        self.toolbar.setVisible(usable)

    # ------------------------------------------------------------ filtering

    def fill_months(self) -> None:
        current = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItem(self.tr("All months"), None)
        try:
            months = months_with_encounters(self.trash_action.isChecked())
        except DATABASE_ERRORS:
            months = []
            self.read_failed.emit()  # as for a page of the list that cannot be read
        for year, month in months:
            self.month.addItem(f"{year:04d}-{month:02d}", (year, month))
        index = self.month.findData(current) if current else 0
        self.month.setCurrentIndex(max(index, 0))
        self.month.blockSignals(False)

    def current_filter(self) -> ListFilter:
        return ListFilter(month=self.month.currentData(), text=self.search.text(), trash=self.trash_action.isChecked())

    @Slot()
    def apply_filter(self) -> None:
        if self.sender() is self.trash_action:
            self.fill_months()
        self.model.set_filter(self.current_filter())
        self.show_count()

    def refresh(self) -> None:
        """Re-read the list after a change, keeping the filter."""
        self.fill_months()
        self.model.set_filter(self.current_filter())
        self.show_count()

    def show_count(self) -> None:
        if self.trash_action.isChecked():
            self.count_label.setText(self.tr("%n encounter(s) in the trash", "", self.model.total))
        else:
            self.count_label.setText(self.tr("%n encounter(s)", "", self.model.total))

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def update_actions(self) -> None:
        selected = self.selected_id() is not None
        in_trash = self.trash_action.isChecked()
        self.edit_action.setEnabled(selected and not in_trash)
        self.delete_action.setEnabled(selected and not in_trash)
        self.restore_action.setEnabled(selected and in_trash)
        self.empty_trash_action.setEnabled(in_trash and self.model.total > 0)
        self.new_action.setEnabled(not in_trash)

    # ------------------------------------------------------------ actions

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(EncounterTableModel.EncounterIdRole)

    def open_form(self, encounter_id: str | None, values: dict | None, from_draft: bool = False) -> EncounterForm:
        """Open the form window-modal (one at a time); it stays reachable as ``self.form``."""
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            return self.form
        self.form = EncounterForm(self.dialogs, encounter_id, values, self, from_draft=from_draft)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.encounter_saved.connect(self.on_encounter_saved)
        self.form.destroyed.connect(self.forget_form)
        self.form.open()
        self.form.activateWindow()
        return self.form

    @Slot()
    def forget_form(self) -> None:
        self.form = None

    @Slot()
    def new_encounter(self) -> None:
        if not self.trash_action.isChecked():
            self.open_form(None, None)

    @Slot()
    def edit_encounter(self, index: QModelIndex | None = None) -> None:
        if self.trash_action.isChecked():
            return
        encounter_id = self.selected_id()
        if encounter_id is None:
            return
        values = current_values(uuid.UUID(encounter_id))
        if values is not None:
            self.open_form(encounter_id, values)

    @Slot(str)
    def on_encounter_saved(self, encounter_id: str) -> None:
        self.refresh()
        self.select(encounter_id)
        self.statusBar().showMessage(self.tr("Encounter saved."), 4000)
        self.encounter_saved.emit(encounter_id)

    def select(self, encounter_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(EncounterTableModel.EncounterIdRole) == encounter_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    @Slot()
    def trash_selected(self) -> None:
        encounter_id = self.selected_id()
        if encounter_id is None or self.trash_action.isChecked():
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        try:
            trash_with_lock(uuid.UUID(encounter_id))
        except LockedMonth as locked:
            self.dialogs.warn(
                self, self.tr("Signed-off month"),
                self.tr("{0} has been signed off in supervision, so its encounters stay. Edit one to add an "
                        "addendum instead.").format(locked.month),
            )  # fmt: skip
            return
        self.refresh()
        self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.statusBar().showMessage(self.tr("Moved to the trash. Show the trash (Ctrl+T) to restore it."), 6000)

    @Slot()
    def restore_selected(self) -> None:
        encounter_id = self.selected_id()
        if encounter_id is None or not self.trash_action.isChecked():
            return
        restore_encounter(uuid.UUID(encounter_id))
        self.refresh()
        self.statusBar().showMessage(self.tr("Encounter restored."), 4000)

    @Slot()
    def empty_trash(self) -> None:
        if not self.dialogs.confirm(
            self, self.tr("Empty trash?"),
            self.tr("Delete the %n encounter(s) in the trash for good? This cannot be undone.", "", self.model.total),
            destructive=True,
        ):  # fmt: skip
            return
        removed = empty_trash()
        self.refresh()
        self.statusBar().showMessage(self.tr("%n encounter(s) deleted for good.", "", removed), 4000)

    @Slot()
    def show_summary(self) -> None:
        month = self.month.currentData()
        self.show_summary_of(Month(*month) if month else None)

    def show_summary_of(self, month: Month | None) -> None:
        self.summary_window = SummaryWindow(month, self.dialogs)
        self.summary_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_window.open_encounter.connect(self.open_encounter_by_id)
        self.encounter_saved.connect(self.summary_window.reload)
        self.summary_window.destroyed.connect(self.forget_summary)
        self.summary_window.show()

    @Slot()
    def show_review(self) -> None:
        month = self.month.currentData()
        self.show_review_of(Month(*month) if month else review_month_default())

    def show_review_of(self, month: Month) -> None:
        self.review_window = ReviewWindow(month, self.dialogs)
        self.review_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.review_window.destroyed.connect(self.forget_review)
        self.review_window.show()

    @Slot()
    def show_hours(self) -> None:
        self.hours_window = HoursWindow(self.dialogs)
        self.hours_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.hours_window.destroyed.connect(self.forget_hours)
        self.hours_window.show()

    @Slot()
    def forget_hours(self) -> None:
        self.hours_window = None

    @Slot()
    def forget_summary(self) -> None:
        self.summary_window = None

    @Slot()
    def forget_review(self) -> None:
        self.review_window = None

    @Slot(str)
    def open_encounter_by_id(self, encounter_id: str) -> None:
        values = current_values(uuid.UUID(encounter_id))
        if values is not None:
            self.open_form(encounter_id, values)

    @Slot()
    def manage_clients(self) -> None:
        ClientsDialog(self).exec()
        self.refresh()

    def offer_drafts(self) -> None:
        """After a crash: offer back the most recent unsaved form that was kept as a draft (the
        form edits one encounter at a time, so there is normally only one)."""
        drafts = pending_drafts()
        if not drafts:
            return
        key, values = drafts[0]
        encounter_id = drafted_encounter(key)
        if self.dialogs.confirm(
            self, self.tr("Unsaved encounter recovered"),
            self.tr("Caselog closed before an encounter was saved. Open it to finish it?"),
        ):  # fmt: skip
            self.open_form(encounter_id, values, from_draft=True)
        else:
            discard_draft(key)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimised.emit()
