"""Application start, in order: paths → logging → unlock → migrate (inside unlock) → windows →
event loop, with an exception hook that shows a dialog without client data."""

from __future__ import annotations

import logging
import secrets
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, ORGANIZATION_NAME
from desktop.dialogs import UserDialogs
from desktop.help.guide_dialog import GuideDialog
from desktop.help.help_dialogs import HelpActions
from desktop.interchange.transfer_actions import TransferActions
from desktop.main_window import MainWindow
from desktop.security.lock_controller import LockController
from desktop.security.privacy import harden_process
from desktop.security.security_actions import SecurityActions
from desktop.security.unlock_dialog import UnlockDialog
from desktop.settings.preferences import Preferences
from desktop.settings.theme import apply_theme
from desktop.settings.translations import install_translations
from desktop.supervision.exchange_actions import ExchangeActions
from models.demo.builder import build_demo_database
from models.opening import close_store, open_store
from resources import resource_path

log = logging.getLogger("caselog")


def setup_logging(folder: Path | None) -> None:
    """Log events (never client data) to caselog.log in the data folder, owner-only."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / "caselog.log"
        path.touch(mode=0o600, exist_ok=True)
        handlers.append(logging.FileHandler(path, encoding="utf-8"))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", handlers=handlers)
    # peewee logs every query with its parameters at DEBUG: keep it quiet, parameters are client data.
    logging.getLogger("peewee").setLevel(logging.WARNING)


def install_exception_hook() -> None:
    """Show unexpected errors as a plain dialog; log the exception's type and place, not its values."""

    def hook(kind, value, tb):
        frames = traceback.extract_tb(tb)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        log.error("unexpected %s at %s", kind.__name__, where)
        QMessageBox.critical(
            None,
            APP_NAME,
            QApplication.translate(
                "App", "Something went wrong (%1). Your saved notes are safe; unsaved changes are kept as a draft."
            ).replace("%1", kind.__name__),
        )

    sys.excepthook = hook


def run(database_path: Path | None, demo: bool = False) -> int:
    """Start the desktop app on ``database_path``, or on a throwaway demo database."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons/caselog.svg"))))
    app.setDesktopFileName("org.caselog.Caselog")
    setup_logging(None if demo else database_path.parent)
    install_exception_hook()
    harden_process()
    dialogs = UserDialogs()
    preferences = Preferences.load()
    install_translations(app, preferences.language)
    apply_theme(preferences.theme)
    with tempfile.TemporaryDirectory(prefix="caselog-demo-") as scratch:
        demo_passphrase = ""
        if demo:
            database_path = Path(scratch) / "demo.db"
            demo_passphrase = secrets.token_urlsafe(24)
            open_store(database_path, demo_passphrase, create=True)
            build_demo_database()
        else:
            unlock = UnlockDialog(database_path, dialogs=dialogs)
            if unlock.exec() != UnlockDialog.DialogCode.Accepted:
                return 0
            if unlock.creating:
                GuideDialog().exec()  # the first run: what the categories mean, and how the notes are kept
        window = MainWindow(dialogs, demo=demo)
        lock = LockController(window, database_path, preferences, demo_passphrase)
        safety = SecurityActions(window, lock, database_path, preferences)
        HelpActions(window, None if demo else database_path)
        TransferActions(window, dialogs)
        you = lambda: (safety.preferences.therapist_name, safety.preferences.therapist_credential)  # noqa: E731
        exchange = ExchangeActions(window, dialogs, you)
        safety.preference_sections.append(exchange.identity_section)
        window.show()
        exchange.started()
        window.offer_drafts()
        if not demo:
            QTimer.singleShot(500, safety.check_integrity)
            QTimer.singleShot(3000, safety.automatic_backup)
        try:
            return app.exec()
        finally:
            close_store()
