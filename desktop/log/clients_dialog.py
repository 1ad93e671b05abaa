"""The client manager: random codes, optional names (kept only in the encrypted database)."""

from __future__ import annotations

from peewee import fn
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.list_table_model import ListTableModel
from models.log.clients import Client, create_client, rename_client
from models.log.encounters import Encounter

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(ListTableModel):
    """Clients with their code, name (editable) and number of encounters."""

    CODE, NAME, ENCOUNTERS = range(3)

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [self.tr("Code"), self.tr("Name (optional)"), self.tr("Encounters")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        counts = dict(
            Encounter.select(Encounter.client, fn.COUNT(Encounter.id))
            .where(Encounter.deleted_at.is_null())
            .group_by(Encounter.client)
            .tuples()
        )
        self.rows = [(c.id, c.code, c.name, counts.get(c.id, 0)) for c in Client.select().order_by(Client.code)]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _, code, name, count = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return {self.CODE: code, self.NAME: name or "", self.ENCOUNTERS: str(count)}[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.NAME else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.NAME:
            return False
        client_id, code, _, count = self.rows[index.row()]
        name = rename_client(client_id, str(value))
        self.rows[index.row()] = (client_id, code, name, count)
        self.dataChanged.emit(index, index)
        return True


class ClientsDialog(QDialog):
    """Add clients and set or clear their names."""

    client_added = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clients"))
        self.resize(560, 420)
        self.model = ClientTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.horizontalHeader().setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        note = QLabel(
            self.tr(
                "Codes are random so that they say nothing about the person; de-identified summaries, PDFs and "
                "review mode show only the code. Names are optional and stay in the encrypted database."
            )
        )
        note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add client"))
        self.add_button.setAccessibleName(self.tr("Add client"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_client)
        buttons.rejected.connect(self.reject)

    @Slot()
    def add_client(self) -> None:
        client = create_client()
        self.model.reload()
        row = next(i for i, c in enumerate(self.model.rows) if c[1] == client.code)
        index = self.model.index(row, ClientTableModel.NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        self.client_added.emit(client.code)
