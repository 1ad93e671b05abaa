"""Preferences kept in QSettings. Never client data: the therapist's own details, numbers and
switches only."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from desktop import APP_NAME, ORGANIZATION_NAME
from desktop.settings.translations import LANGUAGES


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
        settings = settings or QSettings(ORGANIZATION_NAME, APP_NAME)
        values = {}
        for field in fields(cls):
            raw = settings.value(f"preferences/{field.name}", field.default)
            values[field.name] = _coerce(raw, type(field.default), field.default)
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
        settings = settings or QSettings(ORGANIZATION_NAME, APP_NAME)
        for field in fields(self):
            settings.setValue(f"preferences/{field.name}", getattr(self, field.name))
        settings.sync()


def _coerce(raw, kind, default):
    """QSettings hands back strings from ini files: turn them back into the field's type."""
    try:
        if kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        return kind(raw)
    except (TypeError, ValueError):
        return default
