"""Preferences. QSettings (a plain file) holds numbers and switches only; what identifies the
therapist or where their files go (their name and credential, the default supervisor, the export
folder) is kept in the encrypted database (models.store.settings), and is there while it is
unlocked. Values an older Caselog left in QSettings move into the database at the first unlock."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from desktop import APP_NAME, ORGANIZATION_NAME
from desktop.settings.translations import LANGUAGES
from models.store.database import DATABASE_ERRORS, db
from models.store.settings import IDENTIFYING_KEYS, identifying_settings, save_identifying_settings


@dataclass
class Preferences:
    auto_lock_minutes: int = 5
    lock_on_minimise: bool = False
    lock_on_screen_lock: bool = True
    backups_kept: int = 10
    therapist_name: str = ""
    therapist_credential: str = ""
    default_supervisor: str = ""
    paper: str = ""  # "a4", "letter", or "" to follow the locale
    export_folder: str = ""  # "" for the home folder
    theme: str = "system"  # "system", "light" or "dark"
    language: str = "system"  # "system" or a code of desktop.settings.translations.LANGUAGES

    @property
    def therapist(self) -> str:
        """How the PDF names the therapist: "name, credential"."""
        return ", ".join(part for part in (self.therapist_name, self.therapist_credential) if part)

    @classmethod
    def load(cls, settings: QSettings | None = None) -> Preferences:
        """Switches and numbers from QSettings; the identifying preferences from the database when it
        is unlocked (empty while it is locked)."""
        settings = settings or QSettings(ORGANIZATION_NAME, APP_NAME)
        values = {}
        for field in fields(cls):
            if field.name in IDENTIFYING_KEYS:
                continue
            raw = settings.value(f"preferences/{field.name}", field.default)
            values[field.name] = _coerce(raw, type(field.default), field.default)
        values.update(_stored_identifying())
        preferences = cls(**values)
        preferences.auto_lock_minutes = min(max(preferences.auto_lock_minutes, 1), 240)
        preferences.backups_kept = min(max(preferences.backups_kept, 1), 365)
        if preferences.paper not in ("", "a4", "letter"):
            preferences.paper = ""
        if preferences.theme not in ("system", "light", "dark"):
            preferences.theme = "system"
        if preferences.language not in ("system", *LANGUAGES):
            preferences.language = "system"
        return preferences

    def save(self, settings: QSettings | None = None) -> None:
        """Switches and numbers to QSettings; the identifying preferences into the database (which
        must be unlocked for them to be kept: the preferences dialog is only reached then)."""
        settings = settings or QSettings(ORGANIZATION_NAME, APP_NAME)
        for field in fields(self):
            if field.name not in IDENTIFYING_KEYS:
                settings.setValue(f"preferences/{field.name}", getattr(self, field.name))
        settings.sync()
        if db.obj is not None:
            save_identifying_settings({key: getattr(self, key) for key in IDENTIFYING_KEYS})


def keep_identifying_in_database(settings: QSettings | None = None) -> None:
    """Move identifying preferences an older Caselog kept in QSettings into the unlocked database
    (a value already in the database is kept), and remove them from QSettings."""
    settings = settings or QSettings(ORGANIZATION_NAME, APP_NAME)
    left = {key: settings.value(f"preferences/{key}") for key in IDENTIFYING_KEYS}
    left = {key: str(value) for key, value in left.items() if value is not None}
    if not left:
        return
    stored = identifying_settings()
    save_identifying_settings({key: value for key, value in left.items() if value and not stored[key]})
    for key in left:
        settings.remove(f"preferences/{key}")
    settings.sync()


def _stored_identifying() -> dict[str, str]:
    if db.obj is None:
        return {}
    try:
        return identifying_settings()
    except DATABASE_ERRORS:  # a database not yet at schema 9 (being migrated)
        return {}


def _coerce(raw, kind, default):
    """QSettings hands back strings from ini files: turn them back into the field's type."""
    try:
        if kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        return kind(raw)
    except (TypeError, ValueError):
        return default
