"""Locking (DESIGN §9): after N idle minutes, on Ctrl+L, and optionally when the window is
minimised or the screen locks. Locked, no window shows any data and the database is closed;
unlocking returns to where the person was, an open form restored from its encrypted draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop.security.idle_watcher import IdleWatcher
from desktop.security.lock_panel import LockPanel
from desktop.settings.preferences import Preferences, keep_identifying_in_database
from desktop.shell import OpenWindows, Shell
from models.opening import close_store, open_store
from models.store.database import CannotOpenDatabase, DatabaseBusy, EmptyPassphrase, WrongPassphrase


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: Shell, database_path: Path, preferences: Preferences, demo_passphrase: str = ""):
        super().__init__(window)
        self.window = window
        self.database_path = database_path
        self.preferences = preferences
        self.demo_passphrase = demo_passphrase
        self.is_locked = False
        self.state = OpenWindows()
        self.panel = LockPanel(demo=bool(demo_passphrase))
        window.add_page(self.panel)
        self.watcher = IdleWatcher(preferences.auto_lock_minutes * 60_000, self)
        self.watcher.idle.connect(self.lock)
        window.lock_requested.connect(self.lock)
        window.minimised.connect(self.on_minimised)
        self.panel.unlock_requested.connect(self.unlock)
        self.listen_for_screen_lock()

    def apply(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.watcher.set_timeout_ms(preferences.auto_lock_minutes * 60_000)

    @Slot()
    def on_minimised(self) -> None:
        if self.preferences.lock_on_minimise:
            self.lock()

    @Slot(bool)
    def on_screen_saver(self, active: bool) -> None:
        if active and self.preferences.lock_on_screen_lock:
            self.lock()

    def listen_for_screen_lock(self) -> None:
        """Best effort: the freedesktop screen saver says when the screen locks (not every desktop does)."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6 on Linux
            return
        bus = QDBusConnection.sessionBus()
        if bus.isConnected():
            bus.connect("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
                        self, "on_screen_saver(bool)")  # fmt: skip

    @Slot()
    def lock(self) -> None:
        if self.is_locked:
            return
        self.state = self.window.show_locked(self.panel)
        close_store()
        self.is_locked = True
        self.panel.reset()
        self.locked.emit()

    @Slot(str)
    def unlock(self, passphrase: str) -> None:
        if not self.is_locked:
            return
        try:
            open_store(self.database_path, self.demo_passphrase or passphrase)
        except (WrongPassphrase, EmptyPassphrase):
            self.panel.show_error(self.tr("That passphrase does not open Caselog. Try again."))
            return
        except (CannotOpenDatabase, DatabaseBusy) as exc:  # read-only, damaged, newer: one plain sentence
            self.panel.show_error(str(exc))
            return
        if not self.demo_passphrase:
            keep_identifying_in_database()
        self.is_locked = False
        self.window.show_unlocked(self.state)
        self.watcher.set_timeout_ms(self.preferences.auto_lock_minutes * 60_000)
        self.unlocked.emit()
