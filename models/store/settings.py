"""Preferences that identify the therapist or where their files go (their name and credential, the
default supervisor, the export folder): kept in the encrypted database, never in QSettings."""

from __future__ import annotations

from peewee import CharField, TextField

from models.store.database import BaseModel, db

IDENTIFYING_KEYS = ("therapist_name", "therapist_credential", "default_supervisor", "export_folder")


class Setting(BaseModel):
    key = CharField(unique=True)
    value = TextField()


def identifying_settings() -> dict[str, str]:
    """The stored identifying preferences ("" for each not set)."""
    stored = dict(Setting.select(Setting.key, Setting.value).where(Setting.key.in_(IDENTIFYING_KEYS)).tuples())
    return {key: stored.get(key, "") for key in IDENTIFYING_KEYS}


def save_identifying_settings(values: dict[str, str]) -> None:
    """Store the identifying preferences given (unknown keys are refused)."""
    unknown = set(values) - set(IDENTIFYING_KEYS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    with db.atomic():
        for key, value in values.items():
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}
            ).execute()
