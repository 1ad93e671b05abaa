"""Review mode's encounters: the month's list, the chosen encounter read-only and pseudonymised
(its reflection only when the therapist shows it, encounter by encounter), and the supervisor's
comment on it with whether it was discussed (saved as the supervisor types)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.form_widgets import PlainText
from desktop.labels import encounter_details
from desktop.store_watch import store_watch
from desktop.supervision.month_view import MonthEncounterModel
from models.log.months import Month
from models.pseudonymise import pseudonymised
from models.pseudonymise.pseudonymiser import Pseudonymiser
from models.supervision.reviews import set_comment
from models.supervision.summary import SummaryEncounter

SAVE_DELAY_MS = 600


class EncounterView(QTextBrowser):
    """One encounter as review mode shows it: read-only, pseudonymised; the reflection only when
    the therapist has chosen to show it for this encounter."""

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


class ReviewEncounters(QSplitter):
    """The list beside the chosen encounter and its comment. ``attempt(step)`` runs a review step
    and shows its problem if refused (the window's); returns whether it was taken."""

    def __init__(self, attempt: Callable[[Callable[[], Any]], bool], parent=None):
        super().__init__(parent)
        self.attempt = attempt
        self.month: Month | None = None
        self.current_id: str | None = None
        self.values: dict[str, dict[str, Any]] = {}  # as identified: pseudonymised as each is shown
        self.pseudonymiser: Pseudonymiser | None = None
        self.shared_reflections: set[str] = set()  # encounters whose reflection the therapist shows
        self.comments: dict[str, tuple[str, bool, str]] = {}
        self.labels: dict[str, str] = {}
        self.locked = False
        self.loading = False

        self.encounters = MonthEncounterModel(self)
        self.table = QTableView()
        self.table.setModel(self.encounters)
        self.table.setAccessibleName(self.tr("The month's encounters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.view = EncounterView()
        self.comment = PlainText(3)
        self.comment.setAccessibleName(self.tr("Supervisor's comment on this encounter"))
        self.comment.setPlaceholderText(self.tr("Supervisor's comment on this encounter"))
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 5 + 12)
        self.discussed = QCheckBox(self.tr("&Discussed"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for leaving it out"))
        self.reason.setPlaceholderText(self.tr("Not discussed? Say why (sign-off needs it for a priority encounter)"))
        self.show_reflection = QCheckBox(self.tr("Show my private &reflection on this encounter"))
        self.show_reflection.setAccessibleName(self.tr("Show my reflection on this encounter"))
        descriptions = {
            self.show_reflection: self.tr(
                "Show your private reflection on the chosen encounter here; off for each encounter until you tick it."
            ),
            self.table: self.tr(
                "The month's encounters in priority order: violations, concerns, flagged or "
                "risky, then the rest by date. Choose one to read and comment on it."
            ),
            self.view: self.tr("The chosen encounter, pseudonymised. It cannot be edited here."),
            self.comment: self.tr("The supervisor's comment on the chosen encounter; saved as you type."),
            self.discussed: self.tr("Tick once the chosen encounter has been discussed in supervision."),
            self.reason: self.tr(
                "Why the chosen encounter was left out of the discussion; sign-off needs every priority "
                "encounter discussed or given a reason."
            ),
        }
        for widget, description in descriptions.items():
            widget.setAccessibleDescription(description)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.view, 1)
        detail_layout.addWidget(self.show_reflection)
        detail_layout.addWidget(self.comment)
        detail_layout.addWidget(self.discussed)
        detail_layout.addWidget(self.reason)
        self.addWidget(self.table)
        self.addWidget(detail)
        self.setSizes([430, 750])

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_comment)
        store_watch().closing.connect(self.save_timer.stop)  # a lock closes the window first, saving
        self.table.selectionModel().currentRowChanged.connect(self.show_selected)
        self.comment.textChanged.connect(self.comment_changed)
        self.discussed.toggled.connect(self.save_comment)
        self.discussed.toggled.connect(lambda on: self.reason.setEnabled(not on and not self.locked))
        self.reason.textEdited.connect(self.comment_changed)
        self.show_reflection.toggled.connect(self.toggle_reflection)

    def show_month(
        self,
        month: Month,
        encounters: list[SummaryEncounter],
        values: dict[str, dict[str, Any]],
        comments: dict[str, tuple[str, bool, str]],
        labels: dict[str, str],
        locked: bool,
        pseudonymiser: Pseudonymiser,
    ) -> None:
        """The month's encounters in priority order, each one's values (interchange shape, as
        identified: ``pseudonymiser`` is applied as each is shown) and comment; the first one chosen."""
        chosen = self.current_id if month == self.month else None
        if month != self.month:
            self.shared_reflections = set()
        self.pseudonymiser = pseudonymiser
        self.month, self.values, self.comments, self.labels, self.locked = month, values, comments, labels, locked
        self.current_id = None
        self.encounters.set_encounters(encounters, labels, None)
        self.comment.setReadOnly(locked)
        self.discussed.setEnabled(not locked)
        self.reason.setReadOnly(locked)
        rows = [row for row, e in enumerate(encounters) if e.id == chosen] or [0]
        if self.encounters.rowCount():
            self.table.selectRow(rows[0])  # the one chosen before, when it is still listed
        else:
            self.show_selected(QModelIndex())

    @Slot(QModelIndex)
    def show_selected(self, index: QModelIndex) -> None:
        self.flush()
        self.loading = True
        self.current_id = index.data(MonthEncounterModel.EncounterIdRole) if index.isValid() else None
        values = self.values.get(self.current_id)
        shown = None
        if values is not None and self.pseudonymiser is not None:
            shown = pseudonymised.encounter(values, self.pseudonymiser, include_reflection=self.shared_reflections)
        self.view.show_encounter(shown, self.labels)
        self.show_reflection.setEnabled(bool(values and values.get("reflection")))
        self.show_reflection.setChecked(self.current_id in self.shared_reflections)
        text, discussed, reason = self.comments.get(self.current_id, ("", False, ""))
        self.comment.setPlainText(text)
        self.discussed.setChecked(discussed)
        self.reason.setText(reason)
        self.reason.setEnabled(self.current_id is not None and not discussed and not self.locked)
        self.comment.setEnabled(self.current_id is not None and not self.locked)
        self.loading = False

    @Slot(bool)
    def toggle_reflection(self, show: bool) -> None:
        """Show or hide the therapist's reflection on the chosen encounter (one at a time, never the
        whole month's at once)."""
        if self.loading or self.current_id is None:
            return
        if show:
            self.shared_reflections.add(self.current_id)
        else:
            self.shared_reflections.discard(self.current_id)
        self.show_selected(self.table.currentIndex())

    @Slot()
    def comment_changed(self) -> None:
        if not self.loading:
            self.save_timer.start()

    def flush(self) -> None:
        """Save a comment still waiting for its moment (before the list or the month changes)."""
        if self.save_timer.isActive():
            self.save_comment()

    @Slot()
    def save_comment(self) -> None:
        self.save_timer.stop()
        if self.loading or self.current_id is None or self.month is None:
            return
        encounter_id, text, discussed = self.current_id, self.comment.toPlainText(), self.discussed.isChecked()
        reason = "" if discussed else self.reason.text()
        if self.attempt(lambda: set_comment(self.month, uuid.UUID(encounter_id), text, discussed, reason)):
            self.comments[encounter_id] = (text, discussed, reason)
