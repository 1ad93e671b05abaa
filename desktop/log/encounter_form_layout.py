"""The encounter form's fields, built from ``ENCOUNTER`` section by section in reading order (which
is also the Tab order): each field's input under its label, with its description for screen
readers and its problem message beneath it. What only some fields have (the suggestions and
warnings above the categories, the risk hint, the client's agreements under the acknowledgement,
the deliberate section shown when it applies) is added here by name."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from desktop.form_widgets import Labelled
from desktop.log.agreements_panel import AgreementsPanel
from desktop.log.field_inputs import FieldInput, make_input
from desktop.log.suggestions_panel import SuggestionsPanel, WarningsPanel
from models.kinds import Flag
from models.log.enums import Setting
from models.log.fields import DELIBERATE, ENCOUNTER, FORM_ORDER
from models.records import Section


def _applies(setting: Setting) -> bool:
    """The settings offered: an in-person encounter happened somewhere (the row hides otherwise)."""
    return setting != Setting.NOT_APPLICABLE


class EncounterFormLayout:
    """Builds the form's fields on ``self`` (mixed into EncounterForm, a QDialog): ``inputs`` and
    ``widgets`` by field name, ``errors`` by field name, and the parts its behaviour needs."""

    def _build_fields(self) -> None:
        self.inputs: dict[str, FieldInput] = {}
        self.widgets: dict[str, QWidget] = {}
        for section in FORM_ORDER:
            form = self._section(section)
            for field in ENCOUNTER.in_section(section):
                if field.name == "categories":
                    self.suggestions = SuggestionsPanel()
                    form.addRow(self.suggestions)
                    self.warnings = WarningsPanel()
                    form.addRow(self.warnings)
                options = (
                    {"offered": lambda member: member != Setting.NOT_APPLICABLE} if field.name == "setting" else {}
                )
                field_input = make_input(field, **options)
                row = self._row(form, field_input)
                if field.name == "setting":
                    self.setting_row, self.setting_label = row, form.labelForField(row)
                elif field.name == "risk":
                    self.risk_hint = QLabel()
                    self.risk_hint.setWordWrap(True)
                    form.addRow("", self.risk_hint)
                elif field.name == "acknowledgement":  # the agreed protocol, beside the choice
                    self.agreements = AgreementsPanel()
                    form.addRow(self.agreements)
        self.category_boxes = self.inputs["categories"].boxes
        self.category_labels = self.inputs["categories"].labels
        self.follow_up_boxes = self.inputs["follow_up"].boxes
        self.new_client_button = self.inputs["client"].new_client_button
        self.new_client_button.clicked.connect(self.add_client)

    def _section(self, section: Section) -> QFormLayout:
        box = QGroupBox(ENCOUNTER.shown(section.title))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if section.note:
            note = QLabel(ENCOUNTER.shown(section.note))
            note.setWordWrap(True)
            form.addRow(note)
        if section is DELIBERATE:  # shown only for a planned or therapist-initiated contact
            self.deliberate_box = box
        self.sections.addWidget(box)
        return form

    def _row(self, form: QFormLayout, field_input: FieldInput) -> Labelled:
        field = field_input.field
        label = ENCOUNTER.shown(field.label)
        field_input.focus.setAccessibleName(label.replace("&", ""))
        if field.description:
            field_input.focus.setAccessibleDescription(ENCOUNTER.shown(field.description))
            field_input.focus.setToolTip(ENCOUNTER.shown(field.description))
        row = Labelled(field_input.widget)
        self.inputs[field.name], self.widgets[field.name] = field_input, field_input.focus
        self.errors[field.name] = row.error
        if isinstance(field.kind, Flag):
            form.addRow("", row)  # a check box says its own label
        else:
            form.addRow(label, row)
            form.labelForField(row).setBuddy(field_input.focus)  # the label's shortcut key reaches the input
        return row
