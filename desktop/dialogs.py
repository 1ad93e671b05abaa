"""The seam for prompts: every message box and file dialog goes through one object, which
tests replace with scripted answers."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class UserDialogs:
    """Asks the user things. Widgets call these; tests swap in a ``ScriptedDialogs``."""

    def confirm(self, parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def ask_text(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """A line of text from the user (a reason, a name, a comment), or None if cancelled."""
        value, ok = QInputDialog.getMultiLineText(parent, title, text)
        return value.strip() or None if ok else None

    def ask_secret(self, parent: QWidget | None, title: str, text: str) -> str | None:
        """A passphrase, typed hidden, or None if cancelled."""
        value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
        return value if ok and value else None

    def ask(self, dialog: QDialog):
        """Show a dialog that gathers values (a sign-off, the PDF's options): its ``values()`` when
        accepted, None when cancelled. The feature builds its own dialog; this seam only shows it."""
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def open_externally(self, path: str) -> None:
        """Open a file Caselog wrote (a PDF) in the system's viewer."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return path or None
