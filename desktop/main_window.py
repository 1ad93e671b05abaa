"""The main window: the encounter list with its month and text filters, the trash, and the
actions that open the form and the client manager."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QToolBar,
)

from desktop import APP_NAME
from desktop.dialogs import UserDialogs
from desktop.log.clients_dialog import ClientsDialog
from desktop.log.encounter_form import EncounterForm
from desktop.log.encounter_table_model import DATE, EncounterTableModel
from desktop.supervision.review_window import ReviewWindow, review_month_default
from desktop.supervision.summary_window import SummaryWindow
from models.log.encounter_list import ListFilter, months_with_encounters
from models.log.encounters import empty_trash, restore_encounter
from models.log.months import Month
from models.store.database import DATABASE_ERRORS
from models.store.drafts import discard_draft, drafted_encounter, pending_drafts
from models.supervision.addenda import LockedMonth, current_values, trash_with_lock


class MainWindow(QMainWindow):
    """Lists encounters; New, Edit, Delete, Trash, Clients."""

    encounter_saved = Signal(str)
    minimised = Signal()
    lock_requested = Signal()

    def __init__(self, dialogs: UserDialogs | None = None, demo: bool = False):
        super().__init__()
        self.dialogs = dialogs or UserDialogs()
        self.form: EncounterForm | None = None
        self.summary_window: SummaryWindow | None = None
        self.review_window: ReviewWindow | None = None
        # Never a client's name or any narrative in the title: it shows in task switchers.
        self.setWindowTitle(self.tr("{0} — demo data").format(APP_NAME) if demo else APP_NAME)
        self.resize(1180, 760)
        self.model = EncounterTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Encounters"))
        self.table.setAccessibleDescription(
            self.tr("The log, newest first. Return opens the chosen encounter; Delete moves it to the trash.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # categories: the long column goes last
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate([130, 72, 100, 190, 100, 140, 92]):
            self.table.setColumnWidth(column, width)
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
        self._build_menus_and_toolbar()
        self.month.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(self.edit_encounter)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        self.fill_months()
        self.apply_filter()
        self.table.setFocus()

    # ------------------------------------------------------------ building

    def _action(self, text: str, shortcut, slot, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setToolTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New encounter"), QKeySequence.StandardKey.New, self.new_encounter)
        self.edit_action = self._action(
            self.tr("&Edit encounter"),
            [QKeySequence("Ctrl+E"), QKeySequence(Qt.Key.Key_Return)],
            self.edit_encounter,
        )
        self.delete_action = self._action(
            self.tr("&Move to trash"), QKeySequence.StandardKey.Delete, self.trash_selected
        )
        self.trash_action = self._action(self.tr("Show &trash"), "Ctrl+T", self.apply_filter)
        self.trash_action.setCheckable(True)
        self.restore_action = self._action(self.tr("&Restore from trash"), "Ctrl+R", self.restore_selected)
        self.empty_trash_action = self._action(self.tr("Empty trash…"), None, self.empty_trash)
        self.clients_action = self._action(self.tr("&Clients…"), "Ctrl+K", self.manage_clients)
        self.review_action = self._action(self.tr("Supervision &review mode…"), "Ctrl+Shift+R", self.show_review)
        self.summary_action = self._action(self.tr("Monthly &summary…"), "Ctrl+M", self.show_summary)
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        # Handled by the LockController (desktop/security/lock_controller.py).
        self.lock_action = self._action(self.tr("&Lock now"), "Ctrl+L", self.lock_requested.emit)
        descriptions = {
            self.new_action: self.tr("Log an encounter with a client outside a session."),
            self.edit_action: self.tr("Open the chosen encounter in the form."),
            self.delete_action: self.tr("Move the chosen encounter to the trash, from where it can be restored."),
            self.trash_action: self.tr("Show the encounters in the trash instead of the log."),
            self.restore_action: self.tr("Put the chosen encounter back in the log."),
            self.empty_trash_action: self.tr("Delete the encounters in the trash for good."),
            self.clients_action: self.tr("Add clients; see their codes, optional names and encounters."),
            self.review_action: self.tr("Go through a month with your supervisor, de-identified, and sign it off."),
            self.summary_action: self.tr("The month's figures, drift signals and charts."),
            self.find_action: self.tr("Search what was said, responses and places."),
            self.quit_action: self.tr("Close Caselog. Saved notes stay encrypted."),
            self.lock_action: self.tr("Lock Caselog now; your passphrase opens it again where you were."),
        }
        for action, description in descriptions.items():
            action.setStatusTip(description)

    def _build_menus_and_toolbar(self) -> None:
        menus = self.menuBar()
        self.file_menu = menus.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menus.addMenu(self.tr("&Edit"))
        for action in (self.edit_action, self.delete_action, self.restore_action, self.empty_trash_action):
            self.edit_menu.addAction(action)
        self.view_menu = menus.addMenu(self.tr("&View"))
        self.view_menu.addAction(self.summary_action)
        self.view_menu.addAction(self.review_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.trash_action)
        clients_menu = menus.addMenu(self.tr("&Clients"))
        clients_menu.addAction(self.clients_action)

        self.toolbar = toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.edit_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month)
        toolbar.addWidget(month_label)
        toolbar.addWidget(self.month)
        toolbar.addWidget(self.search)
        toolbar.addSeparator()
        toolbar.addAction(self.trash_action)
        toolbar.addAction(self.restore_action)
        toolbar.addAction(self.clients_action)
        toolbar.addAction(self.summary_action)
        toolbar.addAction(self.review_action)
        for action in toolbar.actions():
            if (button := toolbar.widgetForAction(action)) is not None and action.statusTip():
                button.setAccessibleDescription(action.statusTip())
        self.addToolBar(toolbar)

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
            self.model.read_failed.emit()  # the same path as a page that cannot be read
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
        return str(self.model.encounter_id(rows[0].row()))

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
            if str(self.model.encounter_id(row)) == encounter_id:
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
