"""Before a pseudonymised export (DESIGN §9): what may still identify someone, for the therapist to
keep out from now on, pseudonymise in this export, or let pass."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.list_table_model import Index, ListTableModel
from models.i18n import QT_TRANSLATE_NOOP
from models.pseudonymise.pseudonymised import Finding

KEEP_OUT, PSEUDONYMISE, LET_PASS = "keep_out", "pseudonymise", "let_pass"
CHOICES = {
    KEEP_OUT: QT_TRANSLATE_NOOP("IdentifiersDialog", "Keep out from now on"),
    PSEUDONYMISE: QT_TRANSLATE_NOOP("IdentifiersDialog", "Pseudonymise here"),
    LET_PASS: QT_TRANSLATE_NOOP("IdentifiersDialog", "Let pass"),
}
KINDS = {
    "name": QT_TRANSLATE_NOOP("IdentifiersDialog", "May be a name"),
    "street": QT_TRANSLATE_NOOP("IdentifiersDialog", "Street"),
    "school": QT_TRANSLATE_NOOP("IdentifiersDialog", "School or named place"),
    "date_of_birth": QT_TRANSLATE_NOOP("IdentifiersDialog", "May be a date of birth"),
}
TEXT, KIND, WHERE, CHOICE = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("IdentifiersDialog", text)


class FindingTableModel(ListTableModel):
    """Each possible identifier, what it may be, where it was found, and the therapist's choice."""

    def __init__(self, findings: list[Finding], parent=None):
        super().__init__([self.tr("Words"), self.tr("What it may be"), self.tr("Where"), self.tr("Choice")], parent)
        self.rows = list(findings)
        self.choices = {finding.text: PSEUDONYMISE for finding in findings}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        finding = self.rows[index.row()]
        if index.column() == TEXT:
            return finding.text
        if index.column() == KIND:
            return _tr(KINDS.get(finding.kind, finding.kind))
        if index.column() == WHERE:
            more = len(finding.places) - 1
            return finding.places[0] + (self.tr(" and {0} more").format(more) if more else "")
        return _tr(CHOICES[self.choices[finding.text]])

    def choose(self, row: int, choice: str) -> None:
        self.choices[self.rows[row].text] = choice
        index = self.index(row, CHOICE)
        self.dataChanged.emit(index, index)


class IdentifiersDialog(QDialog):
    """The list, and three choices for the chosen row (each a button with its own key)."""

    def __init__(self, findings: list[Finding], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible identifiers"))
        self.resize(760, 440)
        intro = QLabel(
            self.tr(
                "Caselog replaced the names, keep-out words, places and contacts it knows. These words may still "
                "identify someone. For each, choose: keep it out from now on (it becomes a keep-out word of the "
                "client it was written about), pseudonymise it in this export only, or let it pass."
            )
        )
        intro.setWordWrap(True)
        self.model = FindingTableModel(findings, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Possible identifiers"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        for column in (TEXT, KIND, CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.keep_out_button = QPushButton(self.tr("&Keep out from now on"))
        self.pseudonymise_button = QPushButton(self.tr("&Pseudonymise here"))
        self.let_pass_button = QPushButton(self.tr("&Let pass"))
        for button, choice in ((self.keep_out_button, KEEP_OUT), (self.pseudonymise_button, PSEUDONYMISE),
                               (self.let_pass_button, LET_PASS)):  # fmt: skip
            button.setAccessibleName(_tr(CHOICES[choice]))
            button.clicked.connect(lambda _checked=False, c=choice: self.choose(c))
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("For the chosen words:")))
        for button in (self.keep_out_button, self.pseudonymise_button, self.let_pass_button):
            choices.addWidget(button)
        choices.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(choices)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if findings:
            self.table.selectRow(0)
        self.table.setFocus()

    @Slot(str)
    def choose(self, choice: str) -> None:
        """Give the chosen row ``choice`` and move to the next."""
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.choose(row, choice)
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def choices(self) -> dict[str, str]:
        """The choice for each possible identifier, by its words."""
        return dict(self.model.choices)

    def values(self) -> dict[str, str]:
        """What ``UserDialogs.ask`` returns when the therapist goes on with the export."""
        return self.choices()

    def current(self) -> QModelIndex:
        return self.table.currentIndex()
