"""The encounter form: every field of DESIGN §3, shown when it applies, with suggested categories,
validation messages beside their fields, and an encrypted draft kept while typing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal, Slot
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
from desktop.settings.theme import error_style
from models import clock
from models.log.clients import create_client
from models.log.enums import Assessment, Channel, Risk, Setting
from models.log.suggestions import is_deliberate, minimum_risk, suggest_categories
from models.log.taxonomy import Category
from models.log.validation import ValidationError
from models.store.drafts import discard_draft, save_draft
from models.supervision.addenda import LockedMonth, save_with_lock

DRAFT_DELAY_MS = 800
NEW_DRAFT_KEY = "encounter:new"


def draft_key(encounter_id: str | None) -> str:
    return f"encounter:{encounter_id}" if encounter_id else NEW_DRAFT_KEY


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
        self.dismissed: set[str] = set()
        self.errors: dict[str, FieldError] = {}
        self.setWindowTitle(self.tr("Edit encounter") if encounter_id else self.tr("New encounter"))
        self.resize(760, 860)

        self.body = QWidget()
        self.sections = QVBoxLayout(self.body)
        self._build_when_and_who()
        self._build_how()
        self._build_what_happened()
        self._build_deliberate()
        self._build_assessment()
        self._build_afterwards()
        self._build_private()
        self.sections.addStretch(1)

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
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.load(initial or self.blank_values())
        # A restored draft is unsaved work: it counts as changed from the start.
        self.saved_values: dict[str, Any] = {} if from_draft else self.values()
        self._connect_changes()
        self.refresh()
        self.occurred_on.setFocus()

    # ------------------------------------------------------------ values

    def blank_values(self) -> dict[str, Any]:
        return {
            "occurred_on": clock.today().isoformat(),
            "channel": Channel.IN_PERSON.value,
            "risk": Risk.LOW.value,
            "assessment": Assessment.CROSSING_BENIGN.value,
            "categories": [],
            "follow_up": [],
        }

    def load(self, values: dict[str, Any]) -> None:
        on = values.get("occurred_on")
        try:
            date = dt.date.fromisoformat(on) if on else clock.today()
        except ValueError:
            date = clock.today()
        self.occurred_on.setDate(QDate(date.year, date.month, date.day))
        self.occurred_time.setText(values.get("occurred_time") or "")
        duration = values.get("duration_minutes")
        self.duration.setValue(duration if isinstance(duration, int) else -1)
        self._fill_clients(values.get("client"))
        self.channel.set_value(values.get("channel"))
        self.setting.set_value(values.get("setting") if values.get("setting") != "not_applicable" else None)
        self.location.setText(values.get("location") or "")
        for name in ("initiated_by", "avoidability", "acknowledgement", "risk", "assessment"):
            getattr(self, name).set_value(values.get(name))
        for name in ("others_present", "therapy_content_raised", "for_supervision"):
            getattr(self, name).setChecked(bool(values.get(name)))
        for name in ("what_was_said", "response", "rationale", "anticipated_benefit", "anticipated_consequences",
                     "consultation", "reflection"):  # fmt: skip
            getattr(self, name).setPlainText(values.get(name) or "")
        chosen = values.get("categories") or []
        for slug in chosen:
            if slug not in self.category_boxes:
                category = Category.get_or_none(Category.slug == slug)
                if category is not None:  # a hidden or retired category still on this encounter
                    self._add_category_box(self.category_grid, len(self.category_boxes), category)
        for slug, checkbox in self.category_boxes.items():
            checkbox.setChecked(slug in chosen)
        done_by_action = {item.get("action"): item.get("done") for item in values.get("follow_up") or []}
        for action, (wanted, done) in self.follow_up_boxes.items():
            wanted.setChecked(action in done_by_action)
            done.setChecked(bool(done_by_action.get(action)))

    def values(self) -> dict[str, Any]:
        """The form as an encounter in interchange shape (what the validator and the store read)."""

        def optional(text: str) -> str | None:
            return text if text.strip() else None

        in_person = self.channel.value() == Channel.IN_PERSON
        values: dict[str, Any] = {
            "occurred_on": self.occurred_on.date().toPython().isoformat(),
            "occurred_time": self.occurred_time.text().strip() or None,
            "duration_minutes": self.duration.value() if self.duration.value() >= 0 else None,
            "client": self.client.currentData() if self.client.currentIndex() >= 0 else None,
            "channel": self.channel.value(),
            "setting": self.setting.value() if in_person else Setting.NOT_APPLICABLE.value,
            "location": optional(self.location.text()),
            "initiated_by": self.initiated_by.value(),
            "avoidability": self.avoidability.value(),
            "acknowledgement": self.acknowledgement.value(),
            "others_present": self.others_present.isChecked(),
            "therapy_content_raised": self.therapy_content_raised.isChecked(),
            "what_was_said": self.what_was_said.value(),
            "response": self.response.value(),
            "reflection": optional(self.reflection.value()),
            "categories": [slug for slug, box in self.category_boxes.items() if box.isChecked()],
            "risk": self.risk.value(),
            "assessment": self.assessment.value(),
            "rationale": optional(self.rationale.value()),
            "anticipated_benefit": optional(self.anticipated_benefit.value()),
            "anticipated_consequences": optional(self.anticipated_consequences.value()),
            "consultation": optional(self.consultation.value()),
            "follow_up": [
                {"action": action, "done": done.isChecked()}
                for action, (wanted, done) in self.follow_up_boxes.items()
                if wanted.isChecked()
            ],
            "for_supervision": self.for_supervision.isChecked(),
        }
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
        self.draft_timer.start()

    def refresh(self) -> None:
        """Show the fields that apply and the suggestions that follow from the others."""
        values = self.values()
        in_person = values["channel"] == Channel.IN_PERSON
        self.setting_row.setVisible(in_person)
        self.setting_label.setVisible(in_person)
        self.deliberate_box.setVisible(is_deliberate(values))
        suggestions = [s for s in suggest_categories(values) if s.slug not in self.dismissed]
        self.suggestions.show_suggestions(
            [s for s in suggestions if s.slug in self.category_boxes], self.category_labels
        )
        # New buttons join the end of the focus chain; put them where they are read, before the categories.
        previous: QWidget = self.anticipated_consequences
        for button in self.suggestions.buttons:
            QWidget.setTabOrder(previous, button)
            previous = button
        floor = minimum_risk(values)
        if floor and values["risk"] == Risk.LOW:
            self.risk_hint.setText(self.tr("Suggested: at least {0} ({1})").format(label(floor[0]), floor[1]))
            self.risk_hint.show()
        else:
            self.risk_hint.hide()

    @Slot(str)
    def accept_suggestion(self, slug: str) -> None:
        self.category_boxes[slug].setChecked(True)

    @Slot(str)
    def dismiss_suggestion(self, slug: str) -> None:
        self.dismissed.add(slug)
        self.refresh()

    @Slot()
    def add_client(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New client"), self.tr("Name (optional; stays in the encrypted database):")
        )
        if not ok:
            return
        client = create_client(name=name)
        self._fill_clients(select=client.code)

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

    def reject(self) -> None:
        if self.is_dirty() and not self.dialogs.confirm(
            self, self.tr("Discard changes?"), self.tr("This encounter has unsaved changes. Discard them?"),
            destructive=True,
        ):  # fmt: skip
            return
        self.draft_timer.stop()
        discard_draft(draft_key(self.encounter_id))
        super().reject()
