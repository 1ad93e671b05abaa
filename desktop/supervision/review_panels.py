"""Parts of review mode: the read-only, de-identified view of one encounter, and the action items."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTextBrowser

from desktop.labels import label
from desktop.list_table_model import ListTableModel
from models.log.enums import (
    Acknowledgement,
    Assessment,
    Avoidability,
    Channel,
    FollowUpAction,
    Initiator,
    Risk,
    Setting,
)
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
        setting = Setting(values["setting"])
        how = label(Channel(values["channel"]))
        if setting != Setting.NOT_APPLICABLE:
            how += " · " + label(setting)
        when = values["occurred_on"] + (f" {values['occurred_time']}" if values["occurred_time"] else "")
        yes, no = self.tr("yes"), self.tr("no")
        rows = [
            (self.tr("Date"), when),
            (self.tr("Client"), values["client"]),
            (self.tr("Channel"), how),
            (self.tr("Initiated by"), label(Initiator(values["initiated_by"]))),
            (self.tr("Avoidability"), label(Avoidability(values["avoidability"]))),
            (self.tr("Acknowledgement"), label(Acknowledgement(values["acknowledgement"]))),
            (self.tr("Others present"), yes if values["others_present"] else no),
            (self.tr("Therapy material came up"), yes if values["therapy_content_raised"] else no),
            (self.tr("Categories"), ", ".join(category_labels.get(s, s) for s in values["categories"])),
            (self.tr("Risk"), label(Risk(values["risk"]))),
            (self.tr("Assessment"), label(Assessment(values["assessment"]))),
        ]  # fmt: skip
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        texts = [
            (self.tr("What was said"), values["what_was_said"]),
            (self.tr("Response"), values["response"]),
            (self.tr("Rationale"), values["rationale"]),
            (self.tr("Anticipated benefit"), values["anticipated_benefit"]),
            (self.tr("Anticipated consequences"), values["anticipated_consequences"]),
            (self.tr("Consultation"), values["consultation"]),
            (self.tr("Therapist's reflection (included by the therapist)"), values["reflection"]),
        ]
        paragraphs = "".join(
            f"<h4>{escape(title)}</h4><p style='white-space: pre-wrap'>{escape(text)}</p>"
            for title, text in texts
            if text
        )
        follow = ", ".join(
            label(FollowUpAction(f["action"])) + (self.tr(" (done)") if f["done"] else self.tr(" (open)"))
            for f in values["follow_up"]
        )
        if follow:
            paragraphs += "<h4>" + escape(self.tr("Follow-up")) + f"</h4><p>{escape(follow)}</p>"
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
