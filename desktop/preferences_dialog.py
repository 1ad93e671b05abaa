"""Preferences: locking and backups (more come with the settings issue)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from desktop.preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after"), self.minutes)
        form.addRow("", self.on_minimise)
        form.addRow("", self.on_screen_lock)
        form.addRow(self.tr("Automatic backups kept"), self.kept)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def preferences(self) -> Preferences:
        return Preferences(
            auto_lock_minutes=self.minutes.value(),
            lock_on_minimise=self.on_minimise.isChecked(),
            lock_on_screen_lock=self.on_screen_lock.isChecked(),
            backups_kept=self.kept.value(),
        )
