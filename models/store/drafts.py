"""Drafts: an unsaved form kept inside the encrypted database, offered back after a crash."""

from __future__ import annotations

import json
from typing import Any

from peewee import CharField, DateTimeField, TextField

from models import clock
from models.store.database import BaseModel

NEW_ENCOUNTER = "new"


class Draft(BaseModel):
    key = CharField(unique=True)  # draft_key(): "encounter:new" or "encounter:<id>"
    payload = TextField()
    updated_at = DateTimeField(default=clock.now)


def draft_key(encounter_id: str | None) -> str:
    """The key of the draft of one encounter's form (``None``: a new encounter's)."""
    return f"encounter:{encounter_id or NEW_ENCOUNTER}"


def drafted_encounter(key: str) -> str | None:
    """The encounter a draft's key belongs to (its id as text), or None for a new encounter."""
    encounter_id = key.split(":", 1)[1]
    return None if encounter_id == NEW_ENCOUNTER else encounter_id


def save_draft(key: str, values: dict[str, Any]) -> None:
    """Keep (or replace) the draft under ``key``."""
    payload = json.dumps(values, ensure_ascii=False)
    (
        Draft.insert(key=key, payload=payload, updated_at=clock.now())
        .on_conflict(conflict_target=[Draft.key], update={Draft.payload: payload, Draft.updated_at: clock.now()})
        .execute()
    )


def load_draft(key: str) -> dict[str, Any] | None:
    """The draft kept under ``key``, or None."""
    draft = Draft.get_or_none(Draft.key == key)
    return json.loads(draft.payload) if draft is not None else None


def discard_draft(key: str) -> None:
    Draft.delete().where(Draft.key == key).execute()


def pending_drafts() -> list[tuple[str, dict[str, Any]]]:
    """Every kept draft, most recent first."""
    return [(d.key, json.loads(d.payload)) for d in Draft.select().order_by(Draft.updated_at.desc())]
