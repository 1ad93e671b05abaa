"""The supervisor's inbox (DESIGN §11): each supervisee's months as packets arrived, with their
status and age; a packet file is opened (verified and filed) from here, and reviewed from here."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.list_table_model import Index, ListTableModel
from desktop.store_watch import store_watch
from desktop.tasks import run_task
from models.supervision.exchange.envelope import PACKET
from models.supervision.exchange.errors import ExchangeError
from models.supervision.exchange.inbox import InboxRow, inbox, receive_packet

SUPERVISEE, MONTH, STATUS, AGE = range(4)


def read_limited(path: str, limit: int) -> bytes:
    """At most ``limit`` + 1 bytes of ``path``: enough to tell an oversized file without reading it all."""
    with open(path, "rb") as stream:
        return stream.read(limit + 1)


class InboxModel(ListTableModel):
    """Packets received, newest month first."""

    def __init__(self, parent=None):
        super().__init__([self.tr("Supervisee"), self.tr("Month"), self.tr("Status"), self.tr("Received")], parent)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = inbox()
        self.endResetModel()

    def status_text(self, row: InboxRow) -> str:
        text = {
            "new": self.tr("New"),
            "in_review": self.tr("In review"),
            "signed_off": self.tr("Signed off, reply sent"),
            "needs_revision": self.tr("Needs revision, reply sent"),
        }[row.status]
        return self.tr("{status} (a newer packet came)").format(status=text) if row.superseded else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: InboxRow = self.rows[index.row()]
        if index.column() == SUPERVISEE:
            return row.supervisee if role == Qt.ItemDataRole.DisplayRole else row.fingerprint
        if index.column() == MONTH:
            return row.month
        if index.column() == STATUS:
            return self.status_text(row)
        days = row.age_days
        age = self.tr("today") if days == 0 else self.tr("%n day(s) ago", "", days)
        return age if role == Qt.ItemDataRole.DisplayRole else row.received_at.strftime("%Y-%m-%d %H:%M")


class InboxWindow(QWidget):
    """Lists the packets; opens a packet file; asks for one to be reviewed (``review_requested``)."""

    review_requested = Signal(str)  # packet id
    packet_filed = Signal(str)

    def __init__(self, dialogs: UserDialogs, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Supervision inbox — Caselog"))
        self.resize(760, 460)
        note = QLabel(
            self.tr(
                "Months your supervisees sent you. Each packet was verified when it was opened: it comes from "
                "the person whose card you added, and nobody changed it on the way. Client codes stand in for "
                "people (pseudonymised)."
            )
        )
        note.setWordWrap(True)
        self.model = InboxModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Packets received"))
        self.table.setAccessibleDescription(self.tr("Supervisee, month, status and when it arrived; Enter reviews it."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setSectionResizeMode(SUPERVISEE, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No packets yet. When a supervisee sends you a month, open its file here."))
        self.empty.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open a packet file…"))
        self.open_button.setAccessibleDescription(self.tr("Verify a .caselog-packet file and file it here."))
        self.review_button = QPushButton(self.tr("&Review"))
        self.review_button.setAccessibleDescription(self.tr("Review the chosen month, comment and reply."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)

        self.open_button.clicked.connect(self.open_packet_file)
        self.review_button.clicked.connect(self.review_selected)
        self.table.activated.connect(self.review_selected)  # Enter, or a double click
        self.model.modelReset.connect(self.update_buttons)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        store_watch().closing.connect(self.close)  # locked: nothing of the data stays on screen
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.model.reload()
        self.empty.setVisible(not self.model.rows)
        ids = [row.packet_id for row in self.model.rows]
        if ids:
            self.table.selectRow(ids.index(select) if select in ids else 0)
        self.update_buttons()

    @Slot()
    def update_buttons(self) -> None:
        self.review_button.setEnabled(self.selected() is not None)

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].packet_id if rows else None

    @Slot()
    def review_selected(self, index: QModelIndex | None = None) -> None:
        packet_id = self.selected()
        if packet_id is not None:
            self.review_requested.emit(packet_id)

    @Slot()
    def open_packet_file(self) -> None:
        path = self.dialogs.open_file(self, self.tr("Open a supervision packet"),
                                      self.tr("Caselog packets (*.caselog-packet)"))  # fmt: skip
        if not path:
            return
        self.open_button.setEnabled(False)
        run_task(lambda: receive_packet(read_limited(path, PACKET.max_bytes)).packet_id, self.filed, self.refused)

    def filed(self, packet_id: str) -> None:
        self.open_button.setEnabled(True)
        self.reload(select=packet_id)
        self.packet_filed.emit(packet_id)

    def refused(self, error: BaseException) -> None:
        self.open_button.setEnabled(True)
        if isinstance(error, ExchangeError):
            reason = error.reason
        elif isinstance(error, OSError):
            reason = self.tr("The file could not be read.")
        else:
            reason = self.tr("Something went wrong ({kind}); nothing was filed.").format(kind=type(error).__name__)
        self.dialogs.warn(self, self.tr("Packet refused"), reason + "\n\n" + self.tr("Nothing was changed."))
