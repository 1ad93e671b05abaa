"""What the main window shows while Caselog is locked: nothing of the data, a passphrase field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.settings.theme import error_style


class LockPanel(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, demo: bool = False, parent=None):
        super().__init__(parent)
        self.demo = demo
        heading = QLabel(self.tr("<h2>Caselog is locked</h2>"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            self.tr("Demo data: press Unlock.")
            if demo
            else self.tr("Enter your passphrase to return to where you were. Unsaved work was kept as a draft.")
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMaximumWidth(360)
        self.passphrase.setVisible(not demo)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        column = QWidget()
        column.setFixedWidth(440)  # a known width, so the wrapped note gets its full height
        inner = QVBoxLayout(column)
        for widget in (heading, note, self.passphrase, self.unlock_button, self.error):
            inner.addWidget(widget)
        self.passphrase.setMaximumWidth(16777215)
        # A centred column does not pass its width down to a wrapped label: give it its height.
        note.setMinimumHeight(note.heightForWidth(420))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self.request_unlock)
        self.passphrase.returnPressed.connect(self.request_unlock)

    @Slot()
    def request_unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.passphrase.clear()  # never left in a widget
        self.unlock_requested.emit(passphrase)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.passphrase.setFocus()

    def reset(self) -> None:
        self.error.clear()
        self.passphrase.clear()
        self.passphrase.setFocus()
