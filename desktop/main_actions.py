"""The main window's actions in one registry (as Picard's ui/mainwindow/actions.py): each by name,
with its text, keys and description, in the menu it belongs to. The window's own are declared
below; a feature's helper (security, import and export, help) adds its own with ``add`` instead
of reaching into the window's menus. Every action is also the window's, so its keys work
everywhere in it and the shortcuts sheet (F1) lists it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Keys = str | QKeySequence.StandardKey | Sequence[str | QKeySequence.StandardKey | Qt.Key] | None

# The window's own actions: name, text, keys, the window's method it runs, what it does. Their
# sentences stay in the MainWindow context of the catalogue.
OWN_ACTIONS = (
    ("new", QT_TRANSLATE_NOOP("MainWindow", "&New encounter"), QKeySequence.StandardKey.New, "new_encounter",
     QT_TRANSLATE_NOOP("MainWindow", "Log an encounter with a client outside a session.")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit encounter"), ("Ctrl+E", Qt.Key.Key_Return), "edit_encounter",
     QT_TRANSLATE_NOOP("MainWindow", "Open the chosen encounter in the form.")),
    ("delete", QT_TRANSLATE_NOOP("MainWindow", "&Move to trash"), QKeySequence.StandardKey.Delete, "trash_selected",
     QT_TRANSLATE_NOOP("MainWindow", "Move the chosen encounter to the trash, from where it can be restored.")),
    ("trash", QT_TRANSLATE_NOOP("MainWindow", "Show &trash"), "Ctrl+T", "apply_filter",
     QT_TRANSLATE_NOOP("MainWindow", "Show the encounters in the trash instead of the log.")),
    ("restore", QT_TRANSLATE_NOOP("MainWindow", "&Restore from trash"), "Ctrl+R", "restore_selected",
     QT_TRANSLATE_NOOP("MainWindow", "Put the chosen encounter back in the log.")),
    ("empty_trash", QT_TRANSLATE_NOOP("MainWindow", "Empty trash…"), None, "empty_trash",
     QT_TRANSLATE_NOOP("MainWindow", "Delete the encounters in the trash for good.")),
    ("clients", QT_TRANSLATE_NOOP("MainWindow", "&Clients…"), "Ctrl+K", "manage_clients",
     QT_TRANSLATE_NOOP("MainWindow", "Add clients; see their codes, optional names and encounters.")),
    ("review", QT_TRANSLATE_NOOP("MainWindow", "Supervision &review mode…"), "Ctrl+Shift+R", "show_review",
     QT_TRANSLATE_NOOP("MainWindow", "Go through a month with your supervisor, pseudonymised, and sign it off.")),
    ("hours", QT_TRANSLATE_NOOP("MainWindow", "Supervision &hours…"), "Ctrl+Shift+H", "show_hours",
     QT_TRANSLATE_NOOP("MainWindow", "The supervision hours log toward licensure, by supervisor, format and year.")),
    ("summary", QT_TRANSLATE_NOOP("MainWindow", "Monthly &summary…"), "Ctrl+M", "show_summary",
     QT_TRANSLATE_NOOP("MainWindow", "The month's figures, drift signals and charts.")),
    ("find", QT_TRANSLATE_NOOP("MainWindow", "&Find"), QKeySequence.StandardKey.Find, "focus_search",
     QT_TRANSLATE_NOOP("MainWindow", "Search what was said, responses and places.")),
    ("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "Ctrl+Q", "close",
     QT_TRANSLATE_NOOP("MainWindow", "Close Caselog. Saved notes stay encrypted.")),
    ("lock", QT_TRANSLATE_NOOP("MainWindow", "&Lock now"), "Ctrl+L", "request_lock",
     QT_TRANSLATE_NOOP("MainWindow", "Lock Caselog now; your passphrase opens it again where you were.")),
)  # fmt: skip
# The menus in the menu bar, with the window's own actions in each (None: a separator).
MENUS = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File"), ("new", None, "lock", None, "quit")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("edit", "delete", "restore", "empty_trash")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View"), ("summary", "review", "hours", "find", "trash")),
    ("clients", QT_TRANSLATE_NOOP("MainWindow", "&Clients"), ("clients",)),
)


def key_sequences(keys: Keys) -> list[QKeySequence]:
    if keys is None:
        return []
    if isinstance(keys, str | QKeySequence.StandardKey):
        return [QKeySequence(keys)]
    return [QKeySequence(key) for key in keys]


class MainActions:
    """The window's actions by name and its menus by name ("file", "edit", "view", "clients", and
    any a helper adds, such as "help")."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.by_name: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for name, text, keys, method, description in OWN_ACTIONS:
            self.create(name, _translated(text), keys, getattr(window, method), _translated(description))
        for menu, title, names in MENUS:
            self.menus[menu] = window.menuBar().addMenu(_translated(title))
            for name in names:
                self.menus[menu].addSeparator() if name is None else self.menus[menu].addAction(self.by_name[name])

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def create(self, name: str, text: str, keys: Keys, slot: Callable[[], object], description: str = "") -> QAction:
        """A new action of the window, by ``name``, not yet in a menu."""
        action = QAction(text, self.window)
        sequences = key_sequences(keys)
        if sequences:
            action.setShortcuts(sequences)
        action.setToolTip(text.replace("&", ""))
        if description:
            action.setStatusTip(description)
        action.triggered.connect(slot)
        self.window.addAction(action)
        self.by_name[name] = action
        return action

    def add(self, menu: str, actions: Sequence[QAction], *, before: str | None = None, separated: bool = False):
        """Put ``actions`` in ``menu`` ahead of the action named ``before`` (or at its end), with a
        separator after them (or, at the end, before them) when ``separated``."""
        target = self.menus[menu]
        anchor = self.by_name[before] if before is not None else None
        if separated and anchor is None:
            target.addSeparator()
        for action in actions:
            target.insertAction(anchor, action) if anchor is not None else target.addAction(action)
        if separated and anchor is not None:
            target.insertSeparator(anchor)

    def add_menu(self, menu: str, title: str) -> QMenu:
        """A new menu at the end of the menu bar."""
        self.menus[menu] = self.window.menuBar().addMenu(title)
        return self.menus[menu]


def _translated(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
