"""Help: the keyboard shortcuts sheet (read from the window's own actions, so it cannot drift)
and About (version, licence, where the data lives)."""

from __future__ import annotations

from html import escape
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QTextBrowser, QVBoxLayout

from desktop.help.guide_dialog import GuideDialog
from desktop.shell import Shell


def version() -> str:
    try:
        return metadata.version("caselog")
    except metadata.PackageNotFoundError:  # run from a source tree without installing
        return "development"


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a shortcut, in menu order."""
    rows = []
    for action in window.actions():
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        if keys and action.text():
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


def keys(*sequences: str) -> str:
    """Key sequences as the user's keyboard names them ("Strg+S" in German)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(QKeySequence(sequence).toString(native) for sequence in sequences)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 520)
        rows = "".join(f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>"
                       for what, keys in shortcut_rows(window))  # fmt: skip
        extra = [
            (self.tr("In a form: next and previous field"), keys("Tab", "Shift+Tab")),
            (self.tr("In a form: save"), keys("Ctrl+S")),
            (self.tr("In a form: close (asks before discarding)"), keys("Esc")),
            (self.tr("Summary and review: previous and next month"), keys("Alt+Left", "Alt+Right")),
            (self.tr("Summary and review: export PDF"), keys("Ctrl+P")),
        ]
        rows += "".join(f"<tr><td>{escape(what)}</td><td><b>{escape(keys)}</b></td></tr>" for what, keys in extra)
        self.sheet = QTextBrowser()
        self.sheet.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.sheet.setHtml(f"<table cellspacing='6'>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheet)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, window: QMainWindow, database_path: Path | None):
        super().__init__(window)
        self.setWindowTitle(self.tr("About Caselog"))
        where = str(database_path.parent) if database_path else self.tr("a temporary folder (demo data)")
        self.text = QLabel(
            self.tr(
                "<h3>Caselog {0}</h3><p>Logging encounters with clients outside sessions, for clinical "
                "supervision.</p><p>Licence: GNU GPL, version 3 or later.</p><p>Your data lives in: "
                "<br><code>{1}</code><br>encrypted with SQLCipher; backups in its <code>backups</code> "
                "folder.</p><p>What is protected, and what is not: SECURITY.md.</p>"
            ).format(escape(version()), escape(where))
        )
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class HelpActions(QObject):
    """The Help menu of the main window."""

    def __init__(self, window: Shell, database_path: Path | None):
        super().__init__(window)
        self.window, self.database_path = window, database_path
        named = window.actions_registry
        self.guide_action = named.create("guide", self.tr("&Guide to Caselog"), None, self.show_guide)
        self.shortcuts_action = named.create("shortcuts", self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts)
        self.about_action = named.create("about", self.tr("&About Caselog"), None, self.show_about)
        named.add_menu("help", self.tr("&Help"))
        named.add("help", [self.guide_action, self.shortcuts_action, self.about_action])

    @Slot()
    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window).exec()

    @Slot()
    def show_guide(self) -> None:
        GuideDialog(self.window).exec()

    @Slot()
    def show_about(self) -> None:
        AboutDialog(self.window, self.database_path).exec()
