"""The encounter form: every field of DESIGN §3, shown when it applies, with the suggested
categories, concerns and follow-up (each with its reason) and the warnings where fields disagree,
all updated as the therapist types; validation messages beside their fields; and an encrypted
draft kept while typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.form_widgets import FieldError, PlainText
from desktop.labels import label
from desktop.log.encounter_form_layout import EncounterFormLayout
from desktop.log.suggestions_panel import CATEGORY, CONCERN, FOLLOW_UP, Offer
from desktop.settings.theme import error_style
from desktop.store_watch import store_watch
from desktop.tasks import run_task
from models.log.clients import create_client
from models.log.enums import RISK_ORDER, Channel, Concern, FollowUpAction, Risk, Setting
from models.log.fields import ENCOUNTER
from models.log.suggestions import is_deliberate, prepare, prepared, suggest
from models.store.drafts import discard_draft, draft_key, save_draft
from models.supervision.addenda import LockedMonth, save_with_lock
from models.values import ValidationError

DRAFT_DELAY_MS = 800
# Suggestions follow the typing after a short pause, not at every key.
SUGGEST_DELAY_MS = 250


class EncounterForm(EncounterFormLayout, QDialog):
    """Create or edit one encounter. ``initial`` holds interchange values (an encounter or a draft)."""

    encounter_saved = Signal(str)
    draft_saved = Signal()

    def __init__(
        self,
        dialogs: UserDialogs,
        encounter_id: str | None = None,
        initial: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        from_draft: bool = False,
    ):
        super().__init__(parent)
        self.dialogs = dialogs
        self.encounter_id = encounter_id
        self.dismissed: set[tuple[str, str]] = set()  # (kind, slug) the therapist dismissed in this form
        self.errors: dict[str, FieldError] = {}
        self.setWindowTitle(self.tr("Edit encounter") if encounter_id else self.tr("New encounter"))
        self.resize(760, 860)

        self.body = QWidget()
        self.sections = QVBoxLayout(self.body)
        self._build_fields()
        self.sections.addStretch(1)
        # Suggestion buttons come and go; in the Tab order they follow the field read before the categories.
        in_order = list(self.widgets)
        self._widget_before_categories = self.widgets[in_order[in_order.index("categories") - 1]]

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.summary = QLabel()
        self.summary.setStyleSheet(error_style())
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleDescription(
            self.tr("Save the encounter (Ctrl+S). Problems are shown beside their fields.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close the form; asks before discarding changes (Esc).")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.keep_draft)
        self.suggest_timer = QTimer(self)
        self.suggest_timer.setSingleShot(True)
        self.suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self.suggest_timer.timeout.connect(self.show_suggestions)
        store_watch().closing.connect(self.draft_timer.stop)  # never a draft into a closed (or locked) store
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.load(initial or self.blank_values())
        # A restored draft is unsaved work: it counts as changed from the start.
        self.saved_values: dict[str, Any] = {} if from_draft else self.values()
        self._connect_changes()
        self.refresh()
        if prepared():
            self.show_suggestions()
        else:  # the vocabularies are read once, on the thread pool; the suggestions follow
            run_task(prepare, self.vocabularies_ready, self.vocabularies_ready)
        self.widgets["occurred_on"].setFocus()

    # ------------------------------------------------------------ values

    def blank_values(self) -> dict[str, Any]:
        return ENCOUNTER.initial_values()

    def load(self, values: dict[str, Any]) -> None:
        for name, field_input in self.inputs.items():
            value = values.get(name)
            if name == "setting" and value == Setting.NOT_APPLICABLE:
                value = None  # not offered: the setting row is hidden for contact not in person
            field_input.set_value(value)

    def values(self) -> dict[str, Any]:
        """The form as an encounter in interchange shape (what the validator and the store read)."""
        values = {name: field_input.value() for name, field_input in self.inputs.items()}
        if values["channel"] != Channel.IN_PERSON:
            values["setting"] = Setting.NOT_APPLICABLE.value
        if self.encounter_id:
            values["id"] = self.encounter_id
        return values

    def is_dirty(self) -> bool:
        return self.values() != self.saved_values

    # ------------------------------------------------------------ behaviour

    def _connect_changes(self) -> None:
        for widget in self.body.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox | QDateEdit | QSpinBox):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, PlainText):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.changed)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self.changed)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self.changed)
        self.suggestions.accepted.connect(self.accept_suggestion)
        self.suggestions.dismissed.connect(self.dismiss_suggestion)

    @Slot()
    def changed(self) -> None:
        self.refresh()
        self.suggest_timer.start()
        self.draft_timer.start()

    def refresh(self) -> None:
        """Show the fields that apply, and the client's agreements beside the acknowledgement."""
        values = self.values()
        in_person = values["channel"] == Channel.IN_PERSON
        self.setting_row.setVisible(in_person)
        self.setting_label.setVisible(in_person)
        self.deliberate_box.setVisible(is_deliberate(values))
        self.agreements.show_for(values["client"], values["acknowledgement"], values["channel"])

    @Slot(object)
    def vocabularies_ready(self, _result: object = None) -> None:
        self.show_suggestions()

    @Slot()
    def show_suggestions(self) -> None:
        """What the rules make of the form as it stands: suggestions to accept or dismiss, the
        lowest risk it calls for, and the warnings where its fields disagree."""
        self.suggest_timer.stop()
        values = self.values()
        dismissed_concerns = [slug for kind, slug in self.dismissed if kind == CONCERN]
        found = suggest(values, dismissed_concerns=dismissed_concerns, default_language=QLocale().name()[:2])
        # Concerns first: they are what a supervisor most needs to hear about; then what they call for.
        offers = [
            Offer(CONCERN, c.kind, label(Concern(c.kind)), c.reason)
            for c in found.concerns
            if (CONCERN, c.kind) not in self.dismissed
        ]
        wanted = {item["action"] for item in values["follow_up"]}
        offers += [
            Offer(FOLLOW_UP, action, label(FollowUpAction(action)), found.minimum_risk.reason)
            for action in found.follow_up
            if action not in wanted and (FOLLOW_UP, action) not in self.dismissed and found.minimum_risk
        ]
        offers += [
            Offer(CATEGORY, s.slug, self.category_labels[s.slug], s.reason)
            for s in found.categories
            if s.slug in self.category_boxes and (CATEGORY, s.slug) not in self.dismissed
        ]
        self.suggestions.show_offers(offers)
        # New buttons join the end of the focus chain; put them where they are read, before the categories.
        previous = self._widget_before_categories
        for button in self.suggestions.buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        floor = found.minimum_risk
        if floor and values["risk"] in RISK_ORDER and RISK_ORDER[Risk(values["risk"])] < RISK_ORDER[floor.risk]:
            self.risk_hint.setText(self.tr("Suggested: at least {0} ({1})").format(label(floor.risk), floor.reason))
            self.risk_hint.show()
        else:
            self.risk_hint.hide()
        self.warnings.show_warnings([f"{ENCOUNTER.heading(w.field)}: {w.message}" for w in found.warnings])

    @Slot(str, str)
    def accept_suggestion(self, kind: str, slug: str) -> None:
        if kind == CATEGORY:
            self.category_boxes[slug].setChecked(True)
        elif kind == CONCERN:
            self.inputs["concerns"].boxes[slug].setChecked(True)
        else:
            self.follow_up_boxes[slug][0].setChecked(True)
        self.show_suggestions()

    @Slot(str, str)
    def dismiss_suggestion(self, kind: str, slug: str) -> None:
        self.dismissed.add((kind, slug))
        self.show_suggestions()

    @Slot()
    def add_client(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New client"), self.tr("Name (optional; stays in the encrypted database):")
        )
        if not ok:
            return
        client = create_client(name=name)
        self.inputs["client"].fill(select=client.code)

    @Slot()
    def keep_draft(self) -> None:
        if self.is_dirty():
            save_draft(draft_key(self.encounter_id), self.values())
            self.draft_saved.emit()

    @Slot()
    def save(self) -> None:
        for error in self.errors.values():
            error.clear_problem()
        self.summary.hide()
        try:
            encounter = save_with_lock(self.values())
        except ValidationError as exc:
            self.show_problems(exc)
            return
        except LockedMonth as locked:
            reason = self.dialogs.ask_text(
                self,
                self.tr("Signed-off month"),
                self.tr(
                    "{0} has been signed off in supervision. The change will be kept as an addendum beside the "
                    "signed record, with the date and your reason. Why is it changing?"
                ).format(locked.month),
            )
            if not reason:
                return
            encounter = save_with_lock(self.values(), reason=reason)
        self.draft_timer.stop()
        discard_draft(draft_key(self.encounter_id))
        self.encounter_id = str(encounter.id)
        self.saved_values = self.values()
        self.encounter_saved.emit(self.encounter_id)
        self.accept()

    def show_problems(self, error: ValidationError) -> None:
        first = None
        for problem in error.problems:
            shown = self.errors.get(problem.field_name)
            if shown is None:
                continue
            shown.show_problem(problem.message)
            first = first or shown
        count = len({p.field_name for p in error.problems})
        self.summary.setText(self.tr("Not saved: %n field(s) need attention (marked below).", "", count))
        self.summary.show()
        if first is not None:
            field = first.parentWidget().field if hasattr(first.parentWidget(), "field") else None
            if field is not None:
                field.setFocus()

    def close_keeping_draft(self) -> None:
        """Close without asking, keeping unsaved work as an encrypted draft (used when Caselog locks)."""
        self.draft_timer.stop()
        if self.is_dirty():
            save_draft(draft_key(self.encounter_id), self.values())
        super().reject()

    def done(self, result: int) -> None:
        """Every way the form closes (saved, discarded, locked) ends here: no draft after it."""
        self.draft_timer.stop()
        super().done(result)

    def reject(self) -> None:
        if self.is_dirty() and not self.dialogs.confirm(
            self, self.tr("Discard changes?"), self.tr("This encounter has unsaved changes. Discard them?"),
            destructive=True,
        ):  # fmt: skip
            return
        self.draft_timer.stop()
        discard_draft(draft_key(self.encounter_id))
        super().reject()
