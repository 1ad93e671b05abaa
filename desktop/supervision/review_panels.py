"""Parts of review mode: the read-only, de-identified view of one encounter, and the action items."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTextBrowser

from desktop.labels import encounter_details
from desktop.list_table_model import ListTableModel
from models.supervision.reviews import ActionItem, set_action_item_done

Index = QModelIndex | QPersistentModelIndex


class EncounterView(QTextBrowser):
    """One encounter as review mode shows it: read-only, client code only, no location; the
    reflection only when the therapist has chosen to include it for this month."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Encounter, read-only"))
        self.setOpenLinks(False)

    def show_encounter(self, values: dict[str, Any] | None, category_labels: dict[str, str]) -> None:
        if values is None:
            self.setHtml(self.tr("<p>Choose an encounter from the list.</p>"))
            return
        facts, narratives = encounter_details(values, category_labels)
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts)
        paragraphs = "".join(
            f"<h4>{escape(title)}</h4><p style='white-space: pre-wrap'>{escape(text)}</p>" for title, text in narratives
        )
        self.setHtml(f"<table cellspacing='4'>{table}</table>{paragraphs}")


TEXT, OWNER, DUE, DONE = range(4)


class ActionItemModel(ListTableModel):
    """The month's action items; "done" can be ticked, even after sign-off."""

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
        if index.column() == DONE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            due = item.due_on.isoformat() if item.due_on else ""
            return {TEXT: item.text, OWNER: item.owner, DUE: due, DONE: ""}[index.column()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == DONE else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        item = self.rows[index.row()]
        item.done = Qt.CheckState(value) == Qt.CheckState.Checked
        set_action_item_done(item.id, item.done)
        self.dataChanged.emit(index, index)
        return True
