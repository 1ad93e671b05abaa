"""Preferences → Identity: who this database is to supervisors and supervisees (name, role,
credential, licence) and the fingerprint they compare, read aloud, before trusting its card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.settings.theme import error_style
from models.supervision.exchange.contacts import ProfileError, own_fingerprint, own_profile, set_profile
from models.supervision.exchange.identity import PROFILE_TEXT_MAX, Role


def fingerprint_font() -> QFont:
    """Fixed-width and a little larger: six groups of five digits, read out one group at a time."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.25)
    return font


class IdentitySection(QWidget):
    """A Preferences tab; ``apply()`` saves into the database (the identity lives there, not in the
    settings file), or shows which field is wrong and returns False."""

    def __init__(self, suggested_name: str = "", suggested_credential: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = self.tr("&Identity")
        profile = own_profile()
        self.name = self._line(profile.name or suggested_name, self.tr("Your name on your card"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Therapist (I send months to a supervisor)"), Role.THERAPIST.value)
        self.role.addItem(self.tr("Supervisor (I review supervisees' months)"), Role.SUPERVISOR.value)
        self.role.setCurrentIndex(max(self.role.findData(profile.role.value), 0))
        self.role.setAccessibleName(self.tr("Role"))
        self.credential = self._line(profile.credential or suggested_credential, self.tr("Credential"))
        self.credential.setPlaceholderText(self.tr("e.g. PsyD, LMFT, UKCP registered"))
        self.licence = self._line(profile.licence, self.tr("Licence number and jurisdiction"))
        self.licence.setPlaceholderText(self.tr("e.g. PSY 12345 (California)"))
        self.fingerprint = QLabel(own_fingerprint())
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        explanation = QLabel(
            self.tr(
                "Supervisors and supervisees add your card (File → Export my identity card) only after you read "
                "this fingerprint out to them, in person or by phone. It stays the same when you change your "
                "passphrase or restore a backup. Your secret keys never leave the encrypted database."
            )
        )
        explanation.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Credential"), self.credential)
        form.addRow(self.tr("&Licence"), self.licence)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _line(self, value: str, name: str) -> QLineEdit:
        field = QLineEdit(value)
        field.setAccessibleName(name)
        field.setMaxLength(PROFILE_TEXT_MAX)
        return field

    def apply(self) -> bool:
        try:
            set_profile(self.name.text(), self.role.currentData(), self.credential.text(), self.licence.text())
        except ProfileError as error:
            self.error.setText(error.message)
            self.error.show()
            {"name": self.name, "credential": self.credential, "licence": self.licence}.get(
                error.field, self.name
            ).setFocus()
            return False
        return True
