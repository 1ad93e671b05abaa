"""Locking (DESIGN §9): after N idle minutes, on Ctrl+L, and optionally when the window is
minimised or the screen locks. Locked, no window shows any data and the database is closed;
unlocking returns to where the person was, an open form restored from its encrypted draft."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop.main_window import MainWindow
from desktop.security.idle_watcher import IdleWatcher
from desktop.security.lock_panel import LockPanel
from desktop.settings.preferences import Preferences
from models.log.encounter_list import ListFilter
from models.log.months import Month
from models.opening import close_store, open_store
from models.store.database import CannotOpenDatabase, EmptyPassphrase
from models.store.drafts import draft_key, load_draft


@dataclass
class WhereTheyWere:
    """What was open when Caselog locked, to open again after unlocking."""

    form_key: str | None = None
    form_encounter: str | None = None
    summary: Month | None = None
    review: Month | None = None


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: MainWindow, database_path: Path, preferences: Preferences, demo_passphrase: str = ""):
        super().__init__(window)
        self.window = window
        self.database_path = database_path
        self.preferences = preferences
        self.demo_passphrase = demo_passphrase
        self.is_locked = False
        self.state = WhereTheyWere()
        self.panel = LockPanel(demo=bool(demo_passphrase))
        window.stack.addWidget(self.panel)
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
        window = self.window
        self.state = WhereTheyWere()
        if window.form is not None and window.form.isVisible():
            self.state.form_key = draft_key(window.form.encounter_id)
            self.state.form_encounter = window.form.encounter_id
            window.form.close_keeping_draft()
        if window.summary_window is not None and window.summary_window.isVisible():
            self.state.summary = window.summary_window.month
            window.summary_window.close()
        if window.review_window is not None and window.review_window.isVisible():
            self.state.review = window.review_window.month
            window.review_window.close()
        window.model.clear()
        window.month.clear()
        window.count_label.clear()
        window.stack.setCurrentWidget(self.panel)
        window.menuBar().setEnabled(False)
        window.toolbar.setEnabled(False)
        window.toolbar.hide()
        for action in window.actions():
            action.setEnabled(False)
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
        except (CannotOpenDatabase, EmptyPassphrase):
            self.panel.show_error(self.tr("That passphrase does not open Caselog. Try again."))
            return
        window = self.window
        self.is_locked = False
        for action in window.actions():
            action.setEnabled(True)
        window.menuBar().setEnabled(True)
        window.toolbar.setEnabled(True)
        window.toolbar.show()
        window.stack.setCurrentWidget(window.table)
        window.fill_months()
        window.model.set_filter(window.current_filter() if window.month.count() else ListFilter())
        window.show_count()
        window.update_actions()
        if self.state.summary is not None:
            window.show_summary_of(self.state.summary)
        if self.state.review is not None:
            window.show_review_of(self.state.review)
        if self.state.form_key is not None:
            values = load_draft(self.state.form_key)
            if values is not None:
                window.open_form(self.state.form_encounter, values, from_draft=True)
        self.watcher.set_timeout_ms(self.preferences.auto_lock_minutes * 60_000)
        self.unlocked.emit()
