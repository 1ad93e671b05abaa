"""What the monthly summary and review mode both show of a month: its encounters as a table (in
the summary's priority order), and its drift signals and addenda as an HTML list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.labels import addendum_text, label, short_label
from desktop.list_table_model import ListTableModel
from models.log.enums import Concern, Risk
from models.supervision.summary import MonthSummary, SummaryEncounter

Index = QModelIndex | QPersistentModelIndex


class MonthEncounterModel(ListTableModel):
    """The month's encounters as the summary lists them, optionally narrowed to one category."""

    DATE, CLIENT, RISK, CATEGORIES, FLAGGED, CONCERNS = range(6)
    EncounterIdRole = Qt.ItemDataRole.UserRole + 1  # the encounter's id, as text

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.headers = [self.tr("Date"), self.tr("Client"), self.tr("Risk"), self.tr("Categories"), self.tr("Flag")]
        self.headers.append(self.tr("Concerns"))
        self.all: list[SummaryEncounter] = []
        self.rows: list[SummaryEncounter] = []
        self.labels: dict[str, str] = {}

    def set_encounters(self, encounters: list[SummaryEncounter], labels: dict[str, str], category: str | None):
        self.beginResetModel()
        self.all, self.labels = encounters, labels
        self.rows = [e for e in encounters if category is None or category in e.categories]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.EncounterIdRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return {
            self.DATE: row.occurred_on,
            self.CLIENT: row.client,
            self.RISK: short_label(Risk(row.risk)),
            self.CATEGORIES: ", ".join(self.labels.get(slug, slug) for slug in row.categories),
            self.FLAGGED: self.tr("For supervision") if row.for_supervision else "",
            self.CONCERNS: ", ".join(label(kind) for kind in Concern if kind.value in row.concerns),
        }[index.column()]


def signals_and_addenda_html(s: MonthSummary) -> str:
    """The drift signals and the addenda of a summary as an HTML list ("" when there are none)."""
    html = ""
    if s.signals:
        items = "".join(
            f"<li><b>{escape(signal.title)}</b>: {escape(signal.detail)} "
            f"<br><small>{escape(', '.join(signal.occurrences))}</small></li>"
            for signal in s.signals
        )
        html += QCoreApplication.translate("Summary", "<b>Drift signals</b>") + f"<ul>{items}</ul>"
    if s.addenda:
        items = "".join(f"<li>{escape(addendum_text(a, s.category_labels))}</li>" for a in s.addenda)
        html += QCoreApplication.translate("Summary", "<b>Addenda (changes after sign-off)</b>") + f"<ul>{items}</ul>"
    return html
