"""Preferences: you, locking, backups, exports and looks. Nothing about clients is kept here.
A feature may add a section of its own (supervision adds Identity) as a tab beside these."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.settings.preferences import Preferences
from desktop.settings.translations import LANGUAGES


class PreferencesSection(Protocol):
    """A tab a feature adds: a widget with a title that saves itself when the dialog is accepted."""

    title: str

    def apply(self) -> bool:
        """Save what was changed; False (having shown why, inside the section) keeps the dialog open."""
        ...


class PreferencesDialog(QDialog):
    def __init__(
        self, preferences: Preferences, parent: QWidget | None = None, sections: Sequence[PreferencesSection] = ()
    ):
        super().__init__(parent)
        self.sections = list(sections)
        self.setWindowTitle(self.tr("Preferences"))
        self.original = preferences

        self.therapist_name = self._line(preferences.therapist_name, self.tr("Your name"))
        self.therapist_credential = self._line(preferences.therapist_credential, self.tr("Your credential"))
        self.default_supervisor = self._line(preferences.default_supervisor, self.tr("Default supervisor"))
        you = QGroupBox(self.tr("You (printed on the supervision PDF)"))
        you_form = QFormLayout(you)
        you_form.addRow(self.tr("&Name"), self.therapist_name)
        you_form.addRow(self.tr("&Credential"), self.therapist_credential)
        you_form.addRow(self.tr("Default &supervisor"), self.default_supervisor)

        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(preferences.auto_lock_minutes)
        self.minutes.setAccessibleName(self.tr("Lock after idle minutes"))
        self.on_minimise = QCheckBox(self.tr("Lock when the window is minimised"))
        self.on_minimise.setChecked(preferences.lock_on_minimise)
        self.on_screen_lock = QCheckBox(self.tr("Lock when the screen locks"))
        self.on_screen_lock.setChecked(preferences.lock_on_screen_lock)
        self.kept = QSpinBox()
        self.kept.setRange(1, 365)
        self.kept.setValue(preferences.backups_kept)
        self.kept.setAccessibleName(self.tr("Automatic backups kept"))
        safety = QGroupBox(self.tr("Locking and backups"))
        safety_form = QFormLayout(safety)
        safety_form.addRow(self.tr("&Lock after"), self.minutes)
        safety_form.addRow("", self.on_minimise)
        safety_form.addRow("", self.on_screen_lock)
        safety_form.addRow(self.tr("Automatic &backups kept"), self.kept)

        self.paper = self._choice(
            [(self.tr("Follow the locale"), ""), (self.tr("A4"), "a4"), (self.tr("US Letter"), "letter")],
            preferences.paper, self.tr("Paper size"),
        )  # fmt: skip
        self.export_folder = self._line(preferences.export_folder, self.tr("Default export folder"))
        self.export_folder.setPlaceholderText(self.tr("Your home folder"))
        self.theme = self._choice(
            [(self.tr("Follow the system"), "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")],
            preferences.theme, self.tr("Theme"),
        )  # fmt: skip
        self.language = self._choice(
            [(self.tr("Follow the system"), "system"), *((name, code) for code, name in LANGUAGES.items())],
            preferences.language, self.tr("Language"),
        )  # fmt: skip
        self.language.setAccessibleDescription(self.tr("Takes effect the next time Caselog starts."))
        self.language.setToolTip(self.tr("Takes effect the next time Caselog starts."))
        output = QGroupBox(self.tr("Exports and looks"))
        output_form = QFormLayout(output)
        output_form.addRow(self.tr("&Paper"), self.paper)
        output_form.addRow(self.tr("Export &folder"), self.export_folder)
        output_form.addRow(self.tr("&Theme"), self.theme)
        output_form.addRow(self.tr("Lan&guage"), self.language)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        if not self.sections:
            general_layout.setContentsMargins(0, 0, 0, 0)
        for box in (you, safety, output):
            general_layout.addWidget(box)
        if self.sections:
            self.tabs = QTabWidget()
            self.tabs.setAccessibleName(self.tr("Preferences pages"))
            self.tabs.addTab(general, self.tr("&General"))
            for section in self.sections:
                self.tabs.addTab(section, section.title)
            layout.addWidget(self.tabs)
        else:
            layout.addWidget(general)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        for index, section in enumerate(self.sections):
            if not section.apply():
                self.tabs.setCurrentIndex(index + 1)
                return
        super().accept()

    def _line(self, value: str, name: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setAccessibleName(name)
        field.setMaxLength(200)
        return field

    def _choice(self, items: list[tuple[str, str]], value: str, name: str) -> QComboBox:
        box = QComboBox()
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(value), 0))
        box.setAccessibleName(name)
        return box

    def preferences(self) -> Preferences:
        return Preferences(
            auto_lock_minutes=self.minutes.value(),
            lock_on_minimise=self.on_minimise.isChecked(),
            lock_on_screen_lock=self.on_screen_lock.isChecked(),
            backups_kept=self.kept.value(),
            therapist_name=self.therapist_name.text().strip(),
            therapist_credential=self.therapist_credential.text().strip(),
            default_supervisor=self.default_supervisor.text().strip(),
            paper=self.paper.currentData(),
            export_folder=self.export_folder.text().strip(),
            theme=self.theme.currentData(),
            language=self.language.currentData(),
        )
