"""The encounter form's fields, built in reading order (which is also the Tab order): when and
who, how it happened, what happened, a deliberate extension, categories and assessment,
afterwards, and the private reflection. Each field's problem message sits beneath it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.form_widgets import DateField, EnumCombo, Labelled, PlainText
from desktop.labels import label
from desktop.log.suggestions_panel import SuggestionsPanel
from models.log.clients import Client
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
from models.log.taxonomy import Category, ordered_categories


class EncounterFormLayout:
    """Builds the form's fields on ``self`` (mixed into EncounterForm, a QDialog)."""

    def _section(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sections.addWidget(box)
        return form

    def _row(self, form: QFormLayout, name: str, caption: str, field: QWidget, description: str = "") -> Labelled:
        field.setAccessibleName(caption.replace("&", ""))
        if description:
            field.setAccessibleDescription(description)
            field.setToolTip(description)
        row = Labelled(field)
        self.errors[name] = row.error
        form.addRow(caption, row)
        return row

    def _build_when_and_who(self) -> None:
        form = self._section(self.tr("When and who"))
        self.occurred_on = DateField()
        self._row(form, "occurred_on", self.tr("&Date"), self.occurred_on,
                  self.tr("The day it happened; not in the future."))  # fmt: skip
        self.occurred_time = QLineEdit()
        self.occurred_time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self._row(form, "occurred_time", self.tr("&Time"), self.occurred_time,
                  self.tr("The time it happened, as HH:MM; optional."))  # fmt: skip
        self.duration = QSpinBox()
        self.duration.setRange(-1, 1440)
        self.duration.setSpecialValueText(self.tr("not recorded"))
        self.duration.setSuffix(self.tr(" min"))
        self._row(form, "duration_minutes", self.tr("D&uration"), self.duration,
                  self.tr("How long it lasted, in minutes; optional."))  # fmt: skip
        self.client = QComboBox()
        self.client.setPlaceholderText(self.tr("Choose a client"))
        self.new_client_button = QPushButton(self.tr("New client…"))
        self.new_client_button.setAccessibleName(self.tr("New client"))
        self.new_client_button.setAccessibleDescription(self.tr("Add a client with a new random code."))
        client_row = QWidget()
        client_layout = QHBoxLayout(client_row)
        client_layout.setContentsMargins(0, 0, 0, 0)
        client_layout.addWidget(self.client, 1)
        client_layout.addWidget(self.new_client_button)
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setAccessibleDescription(self.tr("The client, by code (and name, if you gave one)."))
        row = Labelled(client_row)
        self.errors["client"] = row.error
        form.addRow(self.tr("&Client"), row)
        form.labelForField(row).setBuddy(self.client)
        self._fill_clients()
        self.new_client_button.clicked.connect(self.add_client)

    def _build_how(self) -> None:
        form = self._section(self.tr("How it happened"))
        self.channel = EnumCombo(Channel)
        self._row(form, "channel", self.tr("C&hannel"), self.channel,
                  self.tr("In person, by phone, by message or on social media."))  # fmt: skip
        settings = [s for s in Setting if s != Setting.NOT_APPLICABLE]
        self.setting = EnumCombo(Setting, settings, self.tr("Where did you meet?"))
        self.setting_row = self._row(form, "setting", self.tr("&Setting"), self.setting,
                                     self.tr("Where an in-person encounter happened."))  # fmt: skip
        self.setting_label = form.labelForField(self.setting_row)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Optional; identifying, so left out of de-identified output"))
        self._row(form, "location", self.tr("&Location"), self.location,
                  self.tr("Optional; identifying, so left out of de-identified output"))  # fmt: skip
        self.initiated_by = EnumCombo(Initiator, placeholder=self.tr("Choose…"))
        self._row(form, "initiated_by", self.tr("&Initiated by"), self.initiated_by,
                  self.tr("Who sought the contact, or whether it came about by chance."))  # fmt: skip
        self.avoidability = EnumCombo(Avoidability, placeholder=self.tr("Choose…"))
        self._row(form, "avoidability", self.tr("A&voidability"), self.avoidability,
                  self.tr("Whether you could have avoided it, or planned it."))  # fmt: skip
        self.acknowledgement = EnumCombo(Acknowledgement, placeholder=self.tr("Choose…"))
        self._row(
            form, "acknowledgement", self.tr("Ac&knowledgement"), self.acknowledgement,
            self.tr("Who acknowledged whom. The client leads; agree it in therapy beforehand."),
        )  # fmt: skip
        self.others_present = QCheckBox(self.tr("Others were present"))
        self._row(form, "others_present", "", self.others_present, self.tr("Anyone else was there to see or hear."))
        self.therapy_content_raised = QCheckBox(self.tr("Therapy material came up"))
        self._row(form, "therapy_content_raised", "", self.therapy_content_raised,
                  self.tr("Anything from therapy was mentioned or alluded to."))  # fmt: skip

    def _build_what_happened(self) -> None:
        form = self._section(self.tr("What happened"))
        self.what_was_said = PlainText(4)
        self.what_was_said.setPlaceholderText(self.tr("Brief and factual"))
        self._row(form, "what_was_said", self.tr("What was &said"), self.what_was_said,
                  self.tr("Brief and factual: what each of you said or did."))  # fmt: skip
        self.response = PlainText(3)
        self.response.setPlaceholderText(self.tr("How you handled it; precautions taken"))
        self._row(form, "response", self.tr("Your &response"), self.response,
                  self.tr("How you handled it; precautions taken"))  # fmt: skip

    def _build_deliberate(self) -> None:
        self.deliberate_box = QGroupBox(self.tr("A deliberate extension of the boundary"))
        form = QFormLayout(self.deliberate_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        note = QLabel(self.tr("Planned or initiated by you: record why, and what you expected."))
        note.setWordWrap(True)
        form.addRow(note)
        self.rationale = PlainText(2)
        self._row(form, "rationale", self.tr("Rationale"), self.rationale,
                  self.tr("Why you extended the boundary."))  # fmt: skip
        self.anticipated_benefit = PlainText(2)
        self._row(form, "anticipated_benefit", self.tr("Anticipated benefit"), self.anticipated_benefit,
                  self.tr("What you expected the client to gain."))  # fmt: skip
        self.anticipated_consequences = PlainText(2)
        self._row(form, "anticipated_consequences", self.tr("Anticipated consequences"), self.anticipated_consequences,
                  self.tr("What could follow, for the client and for the therapy."))  # fmt: skip
        self.sections.addWidget(self.deliberate_box)

    def _build_assessment(self) -> None:
        form = self._section(self.tr("Categories and assessment"))
        self.suggestions = SuggestionsPanel()
        form.addRow(self.suggestions)
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.category_boxes: dict[str, QCheckBox] = {}
        self.category_labels: dict[str, str] = {}
        for position, category in enumerate(ordered_categories(include_hidden=False)):
            self._add_category_box(grid, position, category)
        self.category_grid = grid
        row = Labelled(box)
        self.errors["categories"] = row.error
        form.addRow(self.tr("Categories"), row)
        self.risk = EnumCombo(Risk)
        self._row(form, "risk", self.tr("&Risk"), self.risk,
                  self.tr("The risk this encounter carries for the client and the therapy."))  # fmt: skip
        self.risk_hint = QLabel()
        self.risk_hint.setWordWrap(True)
        form.addRow("", self.risk_hint)
        self.assessment = EnumCombo(Assessment)
        self._row(
            form, "assessment", self.tr("Assess&ment"), self.assessment,
            self.tr("A crossing departs from the frame and may be benign; a violation harms or exploits."),
        )  # fmt: skip

    def _add_category_box(self, grid: QGridLayout, position: int, category: Category) -> None:
        checkbox = QCheckBox(category.shown_label)
        checkbox.setAccessibleName(self.tr("Category: {0}").format(category.shown_label))
        checkbox.setToolTip(category.shown_description)
        checkbox.setAccessibleDescription(category.shown_description)
        self.category_boxes[category.slug] = checkbox
        self.category_labels[category.slug] = category.shown_label
        grid.addWidget(checkbox, position // 2, position % 2)

    def _build_afterwards(self) -> None:
        form = self._section(self.tr("Afterwards"))
        self.consultation = PlainText(2)
        self.consultation.setPlaceholderText(self.tr("Whom you consulted (by role), when, and the advice"))
        self._row(form, "consultation", self.tr("C&onsultation"), self.consultation,
                  self.tr("Whom you consulted (by role), when, and the advice"))  # fmt: skip
        follow = QWidget()
        grid = QGridLayout(follow)
        grid.setContentsMargins(0, 0, 0, 0)
        self.follow_up_boxes: dict[str, tuple[QCheckBox, QCheckBox]] = {}
        for row, action in enumerate(FollowUpAction):
            wanted = QCheckBox(label(action))
            done = QCheckBox(self.tr("done"))
            done.setAccessibleName(self.tr("{0} done").format(label(action)))
            wanted.setAccessibleDescription(self.tr("A follow-up this encounter needs."))
            done.setAccessibleDescription(self.tr("Tick when the follow-up is done."))
            grid.addWidget(wanted, row, 0)
            grid.addWidget(done, row, 1)
            self.follow_up_boxes[action.value] = (wanted, done)
        labelled = Labelled(follow)
        self.errors["follow_up"] = labelled.error
        form.addRow(self.tr("Follow-up"), labelled)
        self.for_supervision = QCheckBox(self.tr("Flag for supervision"))
        self._row(
            form, "for_supervision", "", self.for_supervision,
            self.tr("Raise this encounter in supervision; it is listed first in the month's summary."),
        )  # fmt: skip

    def _build_private(self) -> None:
        form = self._section(self.tr("Private reflection"))
        private = self.tr(
            "Like psychotherapy notes: left out of every export and of review mode unless you include it."
        )
        note = QLabel(private)
        note.setWordWrap(True)
        form.addRow(note)
        self.reflection = PlainText(3)
        self.reflection.setPlaceholderText(self.tr("Your own thoughts and pulls: is this for me or for the client?"))
        self._row(form, "reflection", self.tr("Re&flection"), self.reflection, private)

    def _fill_clients(self, select: str | None = None) -> None:
        current = select or self.client.currentData()
        self.client.clear()
        for client in Client.select().order_by(Client.code):
            shown = f"{client.code} — {client.name}" if client.name else client.code
            self.client.addItem(shown, client.code)
        self.client.setCurrentIndex(self.client.findData(current) if current else -1)
