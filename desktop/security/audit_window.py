"""Browsing the audit trail: newest first, with the result of checking its hash chain."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.list_table_model import ListTableModel
from models.store.audit import AuditEntry, verify_chain

Index = QModelIndex | QPersistentModelIndex
PAGE = 500


class AuditTableModel(ListTableModel):
    """Audit entries, newest first, fetched a page at a time."""

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [self.tr("When"), self.tr("What"), self.tr("Record"), self.tr("Fields")]
        self.rows: list[tuple[str, str, str, str]] = []
        self.more = True
        self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self.more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 - Qt override
        query = AuditEntry.select().order_by(AuditEntry.id.desc()).offset(len(self.rows)).limit(PAGE)
        page = [(e.at.isoformat(sep=" "), e.action, e.record, e.fields.replace(",", ", ")) for e in query]
        self.more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.rows[index.row()][index.column()]
        return None


class AuditWindow(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Audit trail — Caselog"))
        self.resize(900, 600)
        report = verify_chain()
        self.status = QLabel(
            self.tr("The trail is intact: {0} entries, each linked to the one before.").format(report.entries)
            if report.ok
            else self.tr("The trail is broken: {0}").format(report.problem)
        )
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Audit trail check"))
        note = QLabel(self.tr("What changed, when, and which fields: never the contents."))
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((170, 200, 300)):
            self.table.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
