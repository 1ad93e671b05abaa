"""The main window's safety menu items: change passphrase, back up now, restore from a backup,
the audit trail, and preferences for locking and backups."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QProgressDialog

from desktop.security.audit_window import AuditWindow
from desktop.security.change_passphrase_dialog import ChangePassphraseDialog
from desktop.security.lock_controller import LockController
from desktop.settings.preferences import Preferences
from desktop.settings.preferences_dialog import PreferencesDialog, PreferencesSection
from desktop.settings.theme import apply_theme
from desktop.shell import Shell
from desktop.tasks import run_task
from models import clock
from models.store.audit import seal_key
from models.store.backup import (
    BackupRefused,
    default_backup_folder,
    latest_good_backup,
    make_backup,
    restore_backup,
)
from models.store.backup import (
    automatic_backup as backup_once_a_day,
)
from models.store.database import CannotOpenDatabase, DatabaseBusy, db, integrity_problems
from models.store.private_files import BACKUP, OutputFailed, OutputRefused, check_destination

log = logging.getLogger(__name__)


class SecurityActions(QObject):
    def __init__(self, window: Shell, lock: LockController, database_path: Path, preferences: Preferences):
        super().__init__(window)
        self.window, self.lock, self.database_path, self.preferences = window, lock, database_path, preferences
        self.dialogs = window.dialogs
        self.audit_window: AuditWindow | None = None
        self.offering_restore = False
        self.damage_declined = False  # asked once per unlock, not at every page that fails to read
        window.read_failed.connect(lambda: self.integrity_checked(True))
        lock.unlocked.connect(self.forget_declined)
        named = window.actions_registry
        self.passphrase_action = named.create(
            "passphrase", self.tr("Change &passphrase…"), None, self.change_passphrase
        )
        self.backup_action = named.create("back_up", self.tr("&Back up now…"), "Ctrl+Shift+B", self.back_up_now)
        self.restore_action = named.create("restore_backup", self.tr("Restore from a backup…"), None, self.restore)
        named.add("file", [self.passphrase_action, self.backup_action, self.restore_action], before="lock",
                  separated=True)  # fmt: skip
        self.audit_action = named.create("audit", self.tr("&Audit trail…"), None, self.show_audit)
        named.add("view", [self.audit_action])
        # Tabs other features add to Preferences (supervision: Identity), each made anew when it opens.
        self.preference_sections: list[Callable[[], PreferencesSection]] = []
        self.preferences_action = named.create("preferences", self.tr("&Preferences…"), "Ctrl+,", self.edit_preferences)
        named.add("edit", [self.preferences_action], separated=True)

    # ------------------------------------------------------------ backups

    def start_backup(self, back_up, on_done) -> None:
        """Run ``back_up(database)`` on the thread pool (on the worker's own connection)."""
        run_task(lambda: back_up(db.obj), on_done, self.backup_failed)

    def automatic_backup(self) -> None:
        """Once a day, in the background, into the data folder's backups/ (called after unlocking)."""
        if db.obj is None:  # locked since it was scheduled
            return
        folder, keep = default_backup_folder(self.database_path), self.preferences.backups_kept
        self.start_backup(lambda database: backup_once_a_day(database, folder, keep), lambda path: None)

    def check_integrity(self) -> None:
        """The quick check over every page, in the background (called after unlocking)."""
        if db.obj is None:
            return

        def check() -> bool:
            seal_key()  # derived once now (about 0.3 s), so that the first save after unlocking is quick
            return bool(integrity_problems(db.obj, quick=True))

        run_task(
            check,
            self.integrity_checked,
            lambda error: log.warning("integrity check failed: %s", type(error).__name__),
        )

    @Slot(bool)
    def integrity_checked(self, damaged: bool) -> None:
        if not damaged or self.offering_restore or self.damage_declined:
            return
        self.offering_restore = True
        try:
            self.offer_restore()
        finally:
            self.offering_restore = False

    def offer_restore(self) -> None:
        if not self.dialogs.confirm(
            self.window, self.tr("The database is damaged"),
            self.tr("Caselog's check found damage in its database. Restore the latest good automatic backup? "
                    "The damaged file is kept aside."),
        ):  # fmt: skip
            self.damage_declined = True
            return
        passphrase = self.dialogs.ask_secret(self.window, self.tr("Passphrase"), self.tr("Your passphrase:"))
        if passphrase is None:
            return
        backup = latest_good_backup(default_backup_folder(self.database_path), passphrase)
        if backup is None:
            message = self.tr("No automatic backup opens and passes its checks. Restore one by hand.")
            self.dialogs.warn(self.window, self.tr("No good backup"), message)
            return
        self.replace_with(backup, passphrase)

    @Slot()
    def forget_declined(self) -> None:
        self.damage_declined = False

    def replace_with(self, backup, passphrase: str) -> None:
        """Lock, restore ``backup`` over the database (the old file kept aside), unlock on the result."""
        self.lock.lock()
        try:
            restore_backup(backup, self.database_path, passphrase)
        except (BackupRefused, CannotOpenDatabase) as exc:
            self.dialogs.warn(self.window, self.tr("Not restored"), str(exc))
        self.lock.unlock(passphrase)
        if not self.lock.is_locked:
            self.window.statusBar().showMessage(self.tr("Restored from the backup."), 6000)

    @Slot()
    def back_up_now(self) -> None:
        suggested = default_backup_folder(self.database_path) / f"caselog-manual-{clock.now():%Y%m%d-%H%M%S}.db"
        suggested.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.dialogs.save_file(self.window, self.tr("Back up now"), str(suggested), self.tr("Backup (*.db)"))
        if not path:
            return
        # The save dialog asked before an existing file is replaced; the writer still never replaces the
        # database itself or anything that is not a backup, and says why.
        replace = Path(path).exists()
        try:
            check_destination(path, force=replace, kind=BACKUP, protect=[self.database_path])
        except OutputRefused as refused:
            self.dialogs.warn(self.window, self.tr("Backup not made"), str(refused))
            return
        progress = QProgressDialog(self.tr("Making an encrypted backup…"), "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)

        def done(made) -> None:
            progress.reset()
            self.window.statusBar().showMessage(self.tr("Backup written: it opens with the current passphrase."), 6000)

        destination = Path(path)
        self.start_backup(lambda database: make_backup(database, destination, force=replace), done)

    def backup_failed(self, error: BaseException) -> None:
        # A refusal or a failed write says why in plain words; anything else only by its type (a message
        # could quote a value).
        plain = isinstance(error, BackupRefused | OutputFailed | OutputRefused | CannotOpenDatabase | DatabaseBusy)
        reason = str(error) if plain else type(error).__name__
        self.dialogs.warn(
            self.window, self.tr("Backup not made"), self.tr("The backup was not made ({0}).").format(reason)
        )

    @Slot()
    def restore(self) -> None:
        path = self.dialogs.open_file(self.window, self.tr("Restore from a backup"), self.tr("Backup (*.db)"))
        if not path:
            return
        passphrase = self.dialogs.ask_secret(
            self.window, self.tr("Backup passphrase"), self.tr("The passphrase the backup was made with:")
        )
        if passphrase is None:
            return
        if not self.dialogs.confirm(
            self.window, self.tr("Restore from a backup?"),
            self.tr("The backup will replace what Caselog holds now. The current database is kept aside, next to it, "
                    "in case you need it. Continue?"),
            destructive=True,
        ):  # fmt: skip
            return
        self.replace_with(path, passphrase)

    # ------------------------------------------------------------ the rest

    @Slot()
    def change_passphrase(self) -> None:
        if ChangePassphraseDialog(self.window).exec():
            self.window.statusBar().showMessage(self.tr("Passphrase changed."), 6000)

    @Slot()
    def show_audit(self) -> None:
        self.audit_window = AuditWindow()
        self.audit_window.show()

    @Slot()
    def edit_preferences(self) -> None:
        self.preferences = Preferences.load()  # the identifying ones come from the unlocked database
        dialog = PreferencesDialog(self.preferences, self.window, [make() for make in self.preference_sections])
        if dialog.exec():
            self.preferences = dialog.preferences()
            self.preferences.save()
            self.lock.apply(self.preferences)
            apply_theme(self.preferences.theme)
