"""Unlocking the database, or creating it with a new passphrase on first run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.settings.preferences import keep_identifying_in_database
from desktop.settings.theme import error_style
from models.opening import open_store
from models.store.backup import BackupRefused, default_backup_folder, latest_good_backup, restore_backup
from models.store.database import CannotOpenDatabase, DamagedDatabase, DatabaseBusy, WrongPassphrase
from models.store.passphrase import MINIMUM_LENGTH, describe_problem, passphrase_problem, strength


class UnlockDialog(QDialog):
    """Asks for the passphrase; when there is no database yet, asks for a new one twice."""

    unlocked = Signal()

    def __init__(self, database_path: Path, parent: QWidget | None = None, dialogs: UserDialogs | None = None):
        super().__init__(parent)
        self.database_path = database_path
        self.dialogs = dialogs or UserDialogs()
        self.creating = not database_path.exists()
        self.setWindowTitle(self.tr("Caselog"))
        self.setMinimumWidth(420)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.repeat.setPlaceholderText(self.tr("Type it again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(6)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        self.warning = QLabel(
            self.tr(
                "<b>Write it down somewhere safe.</b> The passphrase encrypts your notes and cannot be "
                "recovered: without it, nobody (including you) can read them."
            )
        )
        self.warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self.error.setStyleSheet(error_style())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.passphrase)
        if self.creating:
            layout.addWidget(self.repeat)
            layout.addWidget(self.meter)
            layout.addWidget(self.strength_label)
            layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if self.creating:
            self.heading.setText(self.tr("<h2>Create your passphrase</h2>"))
            self.explanation.setText(
                self.tr(
                    "Caselog keeps your notes in an encrypted file on this computer. Choose a passphrase of at "
                    "least %n characters; a few unrelated words are easy to remember and hard to guess.",
                    "",
                    MINIMUM_LENGTH,
                )
            )
            self.ok_button.setText(self.tr("Create"))
        else:
            self.heading.setText(self.tr("<h2>Unlock Caselog</h2>"))
            self.explanation.setText(self.tr("Enter your passphrase to open your notes."))
            self.ok_button.setText(self.tr("Unlock"))
        self.error.hide()

        self.passphrase.textChanged.connect(self.update_strength)
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        self.update_strength("")

    @Slot(str)
    def update_strength(self, text: str) -> None:
        score, word = strength(text)
        self.meter.setValue(score)
        self.strength_label.setText(self.tr("Strength: {0}").format(word) if text else "")

    @Slot()
    def try_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if self.creating:
            problem = passphrase_problem(passphrase, self.repeat.text())
            if problem == "too_short":
                self.show_error(self.tr("Use at least {0} characters.").format(MINIMUM_LENGTH))
                return
            if problem == "differs":
                self.show_error(self.tr("The two passphrases differ."))
                return
            if problem:  # only spaces, or the form SQLCipher would take as a raw key
                self.show_error(describe_problem(problem))
                return
        elif not passphrase:
            self.show_error(self.tr("Enter your passphrase."))
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            open_store(self.database_path, passphrase, create=self.creating)
        except WrongPassphrase:
            self.show_error(self.tr("That passphrase does not open this database. Try again."))
            self.passphrase.selectAll()
            return
        except DamagedDatabase as exc:
            if not self.offer_restore(passphrase):
                self.show_error(str(exc))
                return
        except (CannotOpenDatabase, DatabaseBusy) as exc:  # read-only, newer, busy: one plain sentence
            self.show_error(str(exc))
            return
        finally:
            self.unsetCursor()
        self.passphrase.clear()
        self.repeat.clear()
        keep_identifying_in_database()
        self.unlocked.emit()
        self.accept()

    def offer_restore(self, passphrase: str) -> bool:
        """The database is damaged: offer the newest automatic backup that opens and passes its checks.
        True when it was restored and opened."""
        backup = latest_good_backup(default_backup_folder(self.database_path), passphrase)
        if backup is None:
            return False
        taken = backup.name.removeprefix("caselog-backup-").removesuffix(".db")
        if not self.dialogs.confirm(
            self, self.tr("The database is damaged"),
            self.tr("Caselog's database is damaged and cannot be read safely. Restore the latest good backup "
                    "(made {0})? The damaged file is kept aside.").format(taken),
        ):  # fmt: skip
            return False
        try:
            restore_backup(backup, self.database_path, passphrase)
            open_store(self.database_path, passphrase)
        except (BackupRefused, CannotOpenDatabase):
            return False
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.passphrase.setFocus()
