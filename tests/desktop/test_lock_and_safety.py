"""Locking, passphrase change, backups and restore in the app (DESIGN §9)."""

import os

import pytest
from PySide6.QtCore import QSettings, Qt

from desktop.main_window import MainWindow
from desktop.security.lock_controller import LockController
from desktop.security.security_actions import SecurityActions
from desktop.settings.preferences import Preferences
from models.log.encounters import Encounter, save_encounter
from models.log.months import Month
from models.opening import close_store, open_store
from models.store.database import db
from tests.helpers import PASSPHRASE, encounter_fields, screen_texts

SECRET_TEXT = "Waved at me outside the climbing wall"


def visible_text(window) -> str:
    return "\n".join(screen_texts(window, visible_only=True))


@pytest.fixture
def session(qtbot, store, client, db_path, dialogs, tmp_path):
    save_encounter(encounter_fields(occurred_on="2026-10-14", what_was_said=SECRET_TEXT))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    preferences = Preferences.load(settings)
    window = MainWindow(dialogs)
    qtbot.addWidget(window)
    lock = LockController(window, db_path, preferences)
    actions = SecurityActions(window, lock, db_path, preferences)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, lock, actions
    lock.watcher.stop()


def test_idle_time_locks_everything_and_unlocking_returns_to_where_you_were(qtbot, session):
    window, lock, _ = session
    window.table.selectRow(0)
    window.edit_action.trigger()
    qtbot.keyClicks(window.form.widgets["response"], " Added before lunch.")
    window.show_summary_of(Month(2026, 10))
    assert SECRET_TEXT in visible_text(window.form) and "C-TEST" in visible_text(window)

    with qtbot.waitSignal(lock.locked, timeout=3000):
        lock.watcher.set_timeout_ms(200)  # as if five idle minutes had passed
    assert db.obj is None  # the database is closed
    assert window.form is None or not window.form.isVisible()
    assert window.summary_window is None or not window.summary_window.isVisible()
    shown = visible_text(window)
    assert SECRET_TEXT not in shown and "C-TEST" not in shown and "2026-10" not in shown
    assert "Caselog is locked" in shown and not window.menuBar().isEnabled()

    qtbot.keyClicks(lock.panel.passphrase, "not the passphrase")
    qtbot.keyClick(lock.panel.passphrase, Qt.Key.Key_Return)
    assert lock.is_locked and "does not open" in lock.panel.error.text()
    assert lock.panel.passphrase.text() == ""  # cleared after use
    qtbot.keyClicks(lock.panel.passphrase, PASSPHRASE)
    with qtbot.waitSignal(lock.unlocked):
        qtbot.keyClick(lock.panel.passphrase, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1 and window.summary_window.isVisible()
    assert window.form.isVisible() and "Added before lunch." in window.form.widgets["response"].toPlainText()
    assert window.form.is_dirty()


def test_lock_now_and_lock_on_minimise(qtbot, session):
    window, lock, _ = session
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    lock.unlock(PASSPHRASE)
    assert not lock.is_locked
    window.showMinimized()  # off by default
    qtbot.wait(50)
    assert not lock.is_locked
    lock.preferences.lock_on_minimise = True
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMinimized())
    window.showMinimized()  # as the window manager does when the minimise button is pressed
    qtbot.waitUntil(lambda: lock.is_locked)


def test_change_passphrase_from_the_app(qtbot, session, db_path):
    from desktop.security.change_passphrase_dialog import ChangePassphraseDialog

    window, _, _ = session
    dialog = ChangePassphraseDialog(window)
    qtbot.addWidget(dialog)
    dialog.current.setText("wrong current one")
    dialog.new.setText("a fresh long passphrase")
    dialog.repeat.setText("a fresh long passphrase")
    dialog.change()
    assert "not right" in dialog.error.text()
    dialog.current.setText(PASSPHRASE)
    dialog.change()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.current.text(), dialog.new.text(), dialog.repeat.text()) == ("", "", "")
    close_store()
    open_store(db_path, "a fresh long passphrase")
    assert Encounter.select().count() == 1


def test_back_up_now_then_restore_from_it(qtbot, session, dialogs, tmp_path):
    window, lock, actions = session
    target = tmp_path / "manual.db"
    dialogs.answers = [str(target)]
    actions.back_up_now()
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage(), timeout=10_000)
    assert oct(os.stat(target).st_mode & 0o777) == "0o600"
    save_encounter(encounter_fields(occurred_on="2026-10-20", what_was_said="Written after the backup"))

    dialogs.answers = [str(target), PASSPHRASE, True]  # the file, its passphrase, the confirmation
    actions.restore()
    assert not lock.is_locked
    assert [e.what_was_said for e in Encounter.select()] == [SECRET_TEXT]
    assert window.model.rowCount() == 1
    assert list(tmp_path.glob("caselog.db.replaced-*"))


def test_damage_found_after_unlocking_offers_the_latest_good_backup(qtbot, store, client, db_path, dialogs):
    import datetime as dt

    from desktop.security.unlock_dialog import UnlockDialog
    from models.store.backup import automatic_backup, default_backup_folder

    for index in range(150):
        save_encounter(encounter_fields(what_was_said=f"Kept safe {index} " + "text " * 100))
    automatic_backup(store, default_backup_folder(db_path), now=dt.datetime(2026, 11, 20, 9))
    store.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    # The encounter table's first page (what the list reads), wherever the other tables put it.
    (root,) = store.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'encounter'").fetchone()
    close_store()
    with open(db_path, "r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(os.urandom(4096))
    dialog = UnlockDialog(db_path, dialogs=dialogs)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.result() == dialog.DialogCode.Accepted  # the first page and the schema are fine
    dialogs.answers = [False]  # the list's first page hits the damage before the check: declined here
    window = MainWindow(dialogs)
    qtbot.addWidget(window)
    lock = LockController(window, db_path, Preferences())
    actions = SecurityActions(window, lock, db_path, Preferences())
    window.refresh()
    assert dialogs.asked == ["The database is damaged"] and window.model.rowCount() == 0
    window.refresh()
    assert dialogs.asked == ["The database is damaged"]  # declined: not asked again at every read
    dialogs.asked.clear()
    actions.damage_declined = False  # as after locking and unlocking again
    dialogs.answers = [True, PASSPHRASE]
    actions.check_integrity()
    qtbot.waitUntil(lambda: dialogs.asked[:2] == ["The database is damaged", "Passphrase"], timeout=10_000)
    assert not lock.is_locked
    assert Encounter.select().count() == 150
    assert list(db_path.parent.glob("caselog.db.replaced-*"))
    lock.watcher.stop()


def test_audit_window_lists_entries_and_says_the_chain_is_intact(qtbot, session):
    window, _, actions = session
    actions.show_audit()
    audit = actions.audit_window
    qtbot.addWidget(audit)
    assert "intact" in audit.status.text()
    actions_shown = [audit.model.data(audit.model.index(r, 1)) for r in range(audit.model.rowCount())]
    assert actions_shown[:2] == ["encounter.create", "client.create"]  # newest first
    assert SECRET_TEXT not in visible_text(audit)


def test_preferences_hold_no_client_data(qtbot, session, tmp_path):
    window, lock, _ = session
    settings_file = tmp_path / "settings.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    Preferences(auto_lock_minutes=7, lock_on_minimise=True, backups_kept=4).save(settings)
    loaded = Preferences.load(settings)
    assert (loaded.auto_lock_minutes, loaded.lock_on_minimise, loaded.backups_kept) == (7, True, 4)
    text = settings_file.read_text()
    for secret in (SECRET_TEXT, "C-TEST", "Supermarket"):
        assert secret not in text


def test_the_screen_locking_locks_caselog_when_asked_to(qtbot, session):
    window, lock, _ = session
    lock.preferences.lock_on_screen_lock = False
    lock.on_screen_saver(True)
    assert not lock.is_locked
    lock.preferences.lock_on_screen_lock = True
    lock.on_screen_saver(False)
    assert not lock.is_locked
    lock.on_screen_saver(True)
    assert lock.is_locked


def test_back_up_now_never_replaces_the_database(qtbot, session, dialogs, db_path):
    window, lock, actions = session
    dialogs.answers = [str(db_path)]
    actions.back_up_now()
    assert dialogs.asked[-1] == "Backup not made" and "open Caselog database" in dialogs.warnings[-1]
    assert Encounter.select().count() == 1
