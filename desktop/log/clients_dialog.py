"""The client manager: random codes, optional names (kept only in the encrypted database), and
each client's standing record beside the list."""

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
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.list_table_model import ListTableModel
from desktop.log.standing_record_editor import StandingRecordEditor, record_label
from models.log.clients import Client, create_client, rename_client
from models.log.encounters import Encounter
from models.log.enums import ClientStatus

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(ListTableModel):
    """Clients with their code, name (editable), status and number of encounters."""

    CODE, NAME, STATUS, ENCOUNTERS = range(4)

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [self.tr("Code"), self.tr("Name (optional)"), self.tr("Status"), self.tr("Encounters")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        counts = dict(
            Encounter.select(Encounter.client, fn.COUNT(Encounter.id))
            .where(Encounter.deleted_at.is_null())
            .group_by(Encounter.client)
            .tuples()
        )
        self.rows = [
            (c.id, c.code, c.name, counts.get(c.id, 0), ClientStatus(c.status))
            for c in Client.select().order_by(Client.code)
        ]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _, code, name, count, status = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.CODE: code,
                self.NAME: name or "",
                self.STATUS: record_label(status),
                self.ENCOUNTERS: str(count),
            }[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.NAME else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.NAME:
            return False
        client_id, code, _, count, status = self.rows[index.row()]
        name = rename_client(client_id, str(value))
        self.rows[index.row()] = (client_id, code, name, count, status)
        self.dataChanged.emit(index, index)
        return True


class ClientsDialog(QDialog):
    """Add clients, set or clear their names, and keep each one's standing record."""

    client_added = Signal(str)

    def __init__(self, parent=None, dialogs: UserDialogs | None = None):
        super().__init__(parent)
        self.dialogs = dialogs or UserDialogs()
        self.setWindowTitle(self.tr("Clients"))
        self.resize(780, 540)
        self.model = ClientTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clients"))
        header = self.table.horizontalHeader()
        for column in (ClientTableModel.CODE, ClientTableModel.STATUS, ClientTableModel.ENCOUNTERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        note = QLabel(
            self.tr(
                "Codes are random so that they say nothing about the person; pseudonymised summaries, PDFs and "
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
        self.editor = StandingRecordEditor()
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(note)
        left.addWidget(self.table, 1)
        left_side = QWidget()
        left_side.setLayout(left)
        columns = QHBoxLayout()
        columns.addWidget(left_side, 5)
        columns.addWidget(scroll, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_client)
        buttons.rejected.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(self.client_chosen)
        self.editor.record_saved.connect(self.record_saved)
        if self.model.rows:
            self.table.selectRow(0)

    @Slot(QModelIndex, QModelIndex)
    def client_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Show the chosen client's record; unsaved changes to the one before are saved first (or,
        when they cannot be, the choice goes back so that nothing typed is lost)."""
        if previous.isValid() and previous.row() != current.row() and self.editor.unsaved():
            if not self.editor.save():
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(previous.row())
                self.table.selectionModel().blockSignals(False)
                return
        if current.isValid():
            client_id, code = self.model.rows[current.row()][:2]
            self.editor.show_client(client_id, code)
        else:
            self.editor.show_client(None)

    @Slot(int)
    def record_saved(self, client_id: int) -> None:
        row = next(i for i, r in enumerate(self.model.rows) if r[0] == client_id)
        status = Client.get_by_id(client_id).status
        self.model.rows[row] = (*self.model.rows[row][:4], ClientStatus(status))
        index = self.model.index(row, ClientTableModel.STATUS)
        self.model.dataChanged.emit(index, index)

    def done(self, result: int) -> None:  # noqa: N802 - Qt's name
        """Closing saves the record being edited; a record that cannot be saved is kept open unless
        the therapist chooses to discard it."""
        if self.editor.unsaved() and not self.editor.save():
            discard = self.dialogs.confirm(
                self,
                self.tr("Discard changes?"),
                self.tr("The standing record has problems and was not saved. Close and discard the changes?"),
                destructive=True,
            )
            if not discard:
                return
        super().done(result)

    @Slot()
    def add_client(self) -> None:
        client = create_client()
        self.model.reload()
        row = next(i for i, c in enumerate(self.model.rows) if c[1] == client.code)
        index = self.model.index(row, ClientTableModel.NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        self.client_added.emit(client.code)
