"""Changing the passphrase (SQLCipher rekey), after the current one."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.settings.theme import error_style
from models.opening import change_store_passphrase
from models.store.database import EmptyPassphrase, WrongPassphrase
from models.store.passphrase import MINIMUM_LENGTH, describe_problem, passphrase_problem, strength


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.repeat = self._field(self.tr("New passphrase again"))
        self.strength = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        note = QLabel(self.tr("Backups made before the change still open with the old passphrase."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        form = QFormLayout(self)
        form.addRow(self.tr("Current"), self.current)
        form.addRow(self.tr("New"), self.new)
        form.addRow(self.tr("Again"), self.repeat)
        form.addRow("", self.strength)
        form.addRow(note)
        form.addRow(self.error)
        form.addRow(buttons)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        self.new.textChanged.connect(
            lambda text: self.strength.setText(self.tr("Strength: {0}").format(strength(text)[1]))
        )

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    @Slot()
    def change(self) -> None:
        problem = passphrase_problem(self.new.text(), self.repeat.text())
        if problem == "too_short":
            self.error.setText(self.tr("Use at least {0} characters.").format(MINIMUM_LENGTH))
            return
        if problem == "differs":
            self.error.setText(self.tr("The two new passphrases differ."))
            return
        if problem:  # only spaces, or the form SQLCipher would take as a raw key
            self.error.setText(describe_problem(problem))
            return
        try:
            change_store_passphrase(self.current.text(), self.new.text())
        except (WrongPassphrase, EmptyPassphrase):
            self.error.setText(self.tr("The current passphrase is not right; nothing was changed."))
            self.current.selectAll()
            self.current.setFocus()
            return
        for field in (self.current, self.new, self.repeat):
            field.clear()  # the passphrase is not left in a widget
        self.accept()
