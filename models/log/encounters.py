"""Encounters: the record of DESIGN §3, and saving, trashing and restoring it.

Every save is one transaction: the encounter, its categories and its follow-ups together.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from peewee import SQL, BooleanField, CompositeKey, ForeignKeyField, IntegerField, ModelIndex, chunked, fn
from playhouse.fields import EnumField

from models import clock
from models.log.clients import Client
from models.log.enums import FollowUpAction
from models.log.fields import ENCOUNTER
from models.log.taxonomy import Category
from models.log.validation import EncounterInput, ValidationContext, validate_encounter
from models.store.audit import record_audit
from models.store.database import BaseModel, db
from models.values import ValidationError


def _columns() -> dict[str, Any]:
    """The encounter table's columns, one per stored field of ``ENCOUNTER``, in its order."""
    columns: dict[str, Any] = {}
    for field in ENCOUNTER:
        column = field.kind.column(field)
        if column is not None:
            columns[field.name] = column
        elif field.name == "client":  # by code in the interchange shape; by id in the row
            # Not indexed alone: the (client, occurred_on) index below serves lookups by client.
            columns["client"] = ForeignKeyField(Client, backref="encounters", on_delete="RESTRICT", index=False)
    return columns


class _EncounterMeta:
    indexes = ((("client", "occurred_on"), False),)


# The record of DESIGN §3, its columns read from the one declaration of its fields.
Encounter: Any = type(
    "Encounter", (BaseModel,), {"__module__": __name__, "__doc__": "One encounter.", "Meta": _EncounterMeta,
                                **_columns()}
)  # fmt: skip


# The list's order, newest first: date, time (an unknown time sorts as ""), id. Migration 0005
# creates the matching index; queries must use this very expression for SQLite to use it.
TIME_KEY = fn.COALESCE(Encounter.occurred_time, SQL("''"))
# After id, the columns the drift rules read, so their look-back comes from the index alone
# (migration 0012 added avoidability, assessment and channel).
Encounter.add_index(
    ModelIndex(
        Encounter,
        (
            Encounter.deleted_at, Encounter.occurred_on, TIME_KEY, Encounter.id, Encounter.client,
            Encounter.initiated_by, Encounter.acknowledgement, Encounter.risk, Encounter.avoidability,
            Encounter.assessment, Encounter.channel,
        ),
        name="encounter_listing",
    )
)  # fmt: skip


class EncounterCategory(BaseModel):
    # Not indexed alone: the primary key (encounter, category) serves lookups by encounter.
    encounter = ForeignKeyField(Encounter, backref="category_links", on_delete="CASCADE", index=False)
    category = ForeignKeyField(Category, backref="encounter_links", on_delete="RESTRICT")
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("encounter", "category")


class FollowUp(BaseModel):
    # Not indexed alone: the unique (encounter, action) index serves lookups by encounter.
    encounter = ForeignKeyField(Encounter, backref="follow_ups", on_delete="CASCADE", index=False)
    action = EnumField(FollowUpAction)
    done = BooleanField(default=False)
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("encounter", "action"), True),)


# The encounters with a follow-up still open (migration 0006): few, and asked for by every summary.
# Queries must say FOLLOW_UP_OPEN (a literal 0): SQLite uses a partial index only when the query's
# condition is the index's own, and "done = ?" is not.
FOLLOW_UP_OPEN = FollowUp.done == SQL("0")
FollowUp.add_index(ModelIndex(FollowUp, (FollowUp.encounter,), name="follow_up_open", where=FOLLOW_UP_OPEN))


# The columns written from an EncounterInput as they are, in one place for save and bulk import.
# Fields that change on every save and say nothing about what the therapist changed.
BOOKKEEPING = ENCOUNTER.bookkeeping
SCALAR_FIELDS = tuple(name for name in ENCOUNTER.names if name in Encounter._meta.columns and name not in BOOKKEEPING)


def validation_context(today: dt.date | None = None) -> ValidationContext:
    """A context that checks clients and categories against this database."""
    return ValidationContext(
        today=today or clock.today(),
        client_codes={code for (code,) in Client.select(Client.code).tuples()},
        category_slugs={slug for (slug,) in Category.select(Category.slug).tuples()},
    )


def save_encounter(raw: Mapping[str, Any], today: dt.date | None = None) -> Encounter:
    """Validate ``raw`` (interchange shape) and create or update the encounter, in one transaction.

    Raises ``ValidationError`` with every problem; then nothing is written.
    """
    data, problems = validate_encounter(raw, validation_context(today))
    if problems:
        raise ValidationError(problems)
    assert data is not None
    with db.atomic():
        before = encounter_dict(data.id)
        encounter = write_encounter(data)
        if before is None:
            record_audit("encounter.create", f"encounter:{data.id}", encounters=[data.id.hex])
        else:
            after = encounter_dict(data.id)
            changed = [k for k in after if k not in BOOKKEEPING and after[k] != before[k]]
            record_audit("encounter.edit", f"encounter:{data.id}", changed)
        return encounter


def write_encounter(data: EncounterInput) -> Encounter:
    """Write a validated encounter (create, or update the one with its id). Call inside a transaction."""
    client = Client.get(Client.code == data.client)
    encounter = Encounter.get_or_none(Encounter.id == data.id)
    now = clock.now()
    if encounter is None:
        encounter = Encounter(id=data.id, created_at=data.created_at or now)
        created = True
    else:
        created = False
    for name in SCALAR_FIELDS:
        setattr(encounter, name, getattr(data, name))
    encounter.client = client
    encounter.updated_at = data.updated_at or now
    if data.deleted_at is not None or created:
        encounter.deleted_at = data.deleted_at
    encounter.save(force_insert=created)
    _write_links(encounter, data)
    return encounter


def _write_links(encounter: Encounter, data: EncounterInput) -> None:
    EncounterCategory.delete().where(EncounterCategory.encounter == encounter).execute()
    FollowUp.delete().where(FollowUp.encounter == encounter).execute()
    ids = dict(Category.select(Category.slug, Category.id).where(Category.slug.in_(data.categories)).tuples())
    EncounterCategory.insert_many(
        [(encounter.id, ids[slug], position) for position, slug in enumerate(data.categories)],
        fields=[EncounterCategory.encounter, EncounterCategory.category, EncounterCategory.position],
    ).execute()
    if data.follow_up:
        FollowUp.insert_many(
            [(encounter.id, action, done, position) for position, (action, done) in enumerate(data.follow_up)],
            fields=[FollowUp.encounter, FollowUp.action, FollowUp.done, FollowUp.position],
        ).execute()


def delete_encounter(encounter_id: uuid.UUID) -> None:
    """Move an encounter to the trash (soft delete)."""
    with db.atomic():
        Encounter.update(deleted_at=clock.now()).where(Encounter.id == encounter_id).execute()
        record_audit("encounter.delete", f"encounter:{encounter_id}")


def restore_encounter(encounter_id: uuid.UUID) -> None:
    """Bring an encounter back from the trash."""
    with db.atomic():
        Encounter.update(deleted_at=None).where(Encounter.id == encounter_id).execute()
        record_audit("encounter.restore", f"encounter:{encounter_id}")


def empty_trash() -> int:
    """Delete every trashed encounter for good. Returns how many were removed."""
    with db.atomic():
        trashed = Encounter.select(Encounter.id).where(Encounter.deleted_at.is_null(False))
        purged = [row[0] for row in db.obj.execute_sql(*trashed.sql()).fetchall()]  # ids as stored: hex
        removed = Encounter.delete().where(Encounter.deleted_at.is_null(False)).execute()
        record_audit("trash.empty", f"encounters:{removed}", encounters=purged, event="purged")
        return removed


def live_encounters():
    """A query of the encounters not in the trash."""
    return Encounter.select().where(Encounter.deleted_at.is_null())


def category_slugs(ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    """Each encounter's category slugs, in the order chosen, in one query (keep ``ids`` to a few hundred)."""
    slugs: dict[uuid.UUID, list[str]] = defaultdict(list)
    links = (
        EncounterCategory.select(EncounterCategory.encounter, Category.slug)
        .join(Category)
        .where(EncounterCategory.encounter.in_(ids))
        .order_by(EncounterCategory.position)
        .tuples()
    )
    for encounter_id, slug in links:  # peewee hands back UUIDs already
        slugs[encounter_id if isinstance(encounter_id, uuid.UUID) else uuid.UUID(encounter_id)].append(slug)
    return slugs


def format_timestamp(value: dt.datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value is not None else None


# How each field of a stored encounter reads in the interchange shape. The client, categories and
# follow-ups live elsewhere (the client's code, the link tables): encounter_dicts fills them in.
_DUMPS = tuple((field.name, field.kind.dump) for field in ENCOUNTER)


def encounter_dicts(
    encounters: Iterable[Encounter], *, identified: bool = True, include_reflection: bool = True
) -> list[dict[str, Any]]:
    """Encounters in interchange shape (DESIGN §7), in field order, loading categories and
    follow-ups in two queries per 500.

    Pseudonymised (``identified=False``): no identifying fields (the location). Without
    ``include_reflection``: no private fields (the reflection).
    """
    encounters = list(encounters)
    ids = [e.id for e in encounters]
    categories: dict[uuid.UUID, list[str]] = defaultdict(list)
    follow_ups: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)
    codes = dict(Client.select(Client.id, Client.code).tuples())
    for chunk in chunked(ids, 500):
        categories.update(category_slugs(chunk))
        actions = (
            FollowUp.select(FollowUp.encounter, FollowUp.action, FollowUp.done)
            .where(FollowUp.encounter.in_(chunk))
            .order_by(FollowUp.position)
        )
        for row in actions:
            follow_ups[uuid.UUID(str(row.encounter_id))].append({"action": row.action.value, "done": row.done})
    hidden = set() if identified else set(ENCOUNTER.identifying)
    if not include_reflection:
        hidden.update(ENCOUNTER.private)
    result = []
    for e in encounters:
        linked = {"client": codes[e.client_id], "categories": categories[e.id], "follow_up": follow_ups[e.id]}
        values = {name: linked[name] if name in linked else dump(getattr(e, name)) for name, dump in _DUMPS}
        for name in hidden:
            values[name] = None
        result.append(values)
    return result


def encounter_dict(encounter_id: uuid.UUID) -> dict[str, Any] | None:
    """One encounter in interchange shape, with everything (for the form), or None if there is none."""
    encounter = Encounter.get_or_none(Encounter.id == encounter_id)
    return encounter_dicts([encounter])[0] if encounter is not None else None
