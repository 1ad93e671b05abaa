"""The encounter list as a lazily fetched table model, and its view: filtering, sorting and paging
happen in SQL (models.log.encounter_list); rows arrive a page at a time as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.labels import short_label
from desktop.list_table_model import ListTableModel
from desktop.settings.theme import risk_colours
from models.log.encounter_list import EncounterRow, ListFilter, SortKey, count_encounters, fetch_page
from models.log.enums import Acknowledgement, Channel, Initiator, Risk, Setting
from models.store.database import DATABASE_ERRORS

RISK_MARKS = {Risk.LOW: "●", Risk.MODERATE: "▲", Risk.HIGH: "■"}

Index = QModelIndex | QPersistentModelIndex


class EncounterTableModel(ListTableModel):
    """Rows of ``EncounterRow``, fetched a page at a time by keyset."""

    PAGE_SIZE = 200
    DATE, CLIENT, RISK, CHANNEL, INITIATED_BY, ACKNOWLEDGEMENT, FLAGGED, CATEGORIES = range(8)
    SORT_KEYS = {
        DATE: SortKey.DATE,
        CLIENT: SortKey.CLIENT,
        CHANNEL: SortKey.CHANNEL,
        INITIATED_BY: SortKey.INITIATED_BY,
        ACKNOWLEDGEMENT: SortKey.ACKNOWLEDGEMENT,
        RISK: SortKey.RISK,
        FLAGGED: SortKey.FLAGGED,
    }
    EncounterIdRole = Qt.ItemDataRole.UserRole + 1  # the encounter's id, as text
    read_failed = Signal()  # a page could not be read: the database is damaged

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.rows: list[EncounterRow] = []
        self.list_filter = ListFilter()
        self.sort_key = SortKey.DATE
        self.descending = True
        self.next_page: tuple | None = None
        self.exhausted = True
        self.total = 0
        self.risk_colours = risk_colours()
        self.headers = [
            self.tr("Date"),
            self.tr("Client"),
            self.tr("Risk"),
            self.tr("Channel / setting"),
            self.tr("Initiated by"),
            self.tr("Acknowledgement"),
            self.tr("Supervision"),
            self.tr("Categories"),
        ]

    # ------------------------------------------------------------ loading

    def set_filter(self, list_filter: ListFilter) -> None:
        self.list_filter = list_filter
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after a filter, a sort, or a change to the data)."""
        self.beginResetModel()
        try:
            self.rows, self.next_page = fetch_page(
                self.list_filter, self.sort_key, self.descending, None, self.PAGE_SIZE
            )
            self.total = count_encounters(self.list_filter)
        except DATABASE_ERRORS:
            self.rows, self.next_page, self.total = [], None, 0
            self.read_failed.emit()
        self.exhausted = self.next_page is None
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (the database is about to close)."""
        self.beginResetModel()
        self.rows, self.next_page, self.exhausted, self.total = [], None, True, 0
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self.exhausted:
            return
        try:
            page, self.next_page = fetch_page(
                self.list_filter, self.sort_key, self.descending, self.next_page, self.PAGE_SIZE
            )
        except DATABASE_ERRORS:
            page, self.next_page = [], None
            self.read_failed.emit()
        self.exhausted = self.next_page is None
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ------------------------------------------------------------ reading

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CATEGORIES:
            return "\n".join(row.categories)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RISK:
            return self.risk_colours[row.risk]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, column)
        if role == self.EncounterIdRole:
            return str(row.id)
        return None

    def display(self, row: EncounterRow, column: int) -> str:
        if column == self.DATE:
            text = row.occurred_on.isoformat()
            return f"{text}  {row.occurred_time.strftime('%H:%M')}" if row.occurred_time else text
        if column == self.CLIENT:
            return row.client_code
        if column == self.CHANNEL:
            channel = short_label(Channel(row.channel))
            setting = Setting(row.setting)
            return channel if setting == Setting.NOT_APPLICABLE else f"{channel} · {short_label(setting)}"
        if column == self.INITIATED_BY:
            return short_label(Initiator(row.initiated_by))
        if column == self.ACKNOWLEDGEMENT:
            return short_label(Acknowledgement(row.acknowledgement))
        if column == self.CATEGORIES:
            return ", ".join(row.categories)
        if column == self.RISK:
            risk = Risk(row.risk)
            return f"{RISK_MARKS[risk]} {short_label(risk)}"
        if column == self.FLAGGED:
            return self.tr("Flagged") if row.for_supervision else ""
        return ""


class EncounterTable(QTableView):
    """The encounter list on screen: one row chosen at a time, sorted by a click on a heading
    (newest first to begin with), the long categories column last."""

    def __init__(self, model: EncounterTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Encounters"))
        self.setAccessibleDescription(
            self.tr("The log, newest first. Return opens the chosen encounter; Delete moves it to the trash.")
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(EncounterTableModel.DATE, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate([130, 72, 100, 190, 100, 140, 92]):
            self.setColumnWidth(column, width)
