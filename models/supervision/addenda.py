"""Changes after sign-off (DESIGN §5): once a month is signed off, a change to one of its
encounters is kept as an addendum (old and new values, when, why), never an edit, and shows in
that month's summary and the next one."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Mapping
from contextlib import suppress
from typing import Any

from peewee import CharField, DateTimeField, ForeignKeyField, TextField
from playhouse.fields import EnumField

from models import clock
from models.i18n import translate
from models.log.clients import Client
from models.log.encounters import Encounter, delete_encounter, encounter_dict, save_encounter, validation_context
from models.log.fields import ENCOUNTER
from models.log.months import Month
from models.log.validation import validate_encounter
from models.store.audit import record_audit
from models.store.database import BaseModel, PreparedQuery, db
from models.supervision.enums import AddendumKind
from models.supervision.reviews import is_locked
from models.values import ValidationError

# What a change is compared on: the record's own fields, not its bookkeeping.
IGNORED = ENCOUNTER.bookkeeping
# Identifying or private: shown only as "changed" wherever output is pseudonymised.
PRIVATE_FIELDS = frozenset(ENCOUNTER.identifying + ENCOUNTER.private)


class Addendum(BaseModel):
    encounter = ForeignKeyField(Encounter, backref="addenda", on_delete="CASCADE")
    month = CharField(index=True)  # the signed-off month the encounter belongs to
    kind = EnumField(AddendumKind)
    changes = TextField()  # JSON {field: [old, new]}
    reason = TextField()
    created_at = DateTimeField(default=clock.now, index=True)

    @property
    def changed(self) -> dict[str, list[Any]]:
        return json.loads(self.changes)


class LockedMonth(Exception):
    """The encounter belongs to a signed-off month: the change needs a reason and becomes an addendum."""

    def __init__(self, month: Month):
        self.month = month
        super().__init__(
            translate(
                "Models", "{month} is signed off: give a reason, and the change will be kept as an addendum"
            ).format(month=month)
        )


def current_values(encounter_id: uuid.UUID) -> dict[str, Any] | None:
    """The encounter as signed off, with every addendum since applied in order: what the form shows."""
    values = encounter_dict(encounter_id)
    if values is None:
        return None
    for addendum in (
        Addendum.select().where(Addendum.encounter == encounter_id).order_by(Addendum.created_at, Addendum.id)
    ):
        for field, (_, new) in addendum.changed.items():
            values[field] = new
    return values


def save_with_lock(raw: Mapping[str, Any], reason: str | None = None, today: dt.date | None = None) -> Encounter:
    """Save an encounter, respecting signed-off months.

    Outside a signed-off month this is ``save_encounter``. In one, without a ``reason`` it raises
    ``LockedMonth``; with one, a change to an existing encounter is kept as an addendum and the
    encounter itself is left as it was signed, and a new encounter is saved with an "added"
    addendum. Raises ``ValidationError`` for bad values first, whatever the month.
    """
    existing = Encounter.get_or_none(Encounter.id == uuid.UUID(raw["id"])) if raw.get("id") else None
    months = {Month.of(existing.occurred_on)} if existing else set()
    new_day = raw.get("occurred_on")
    if isinstance(new_day, str):
        with suppress(ValueError):
            months.add(Month.parse(new_day[:7]))
    locked = sorted(m for m in months if is_locked(m))
    if not locked:
        return save_encounter(raw, today)
    _, problems = validate_encounter(raw, validation_context(today))
    if problems:
        raise ValidationError(problems)
    if not (reason or "").strip():
        raise LockedMonth(locked[0])
    with db.atomic():
        if existing is None:
            encounter = save_encounter(raw, today)
            Addendum.create(encounter=encounter, month=str(locked[0]), kind=AddendumKind.ADDED,
                            changes=json.dumps({}), reason=reason.strip())  # fmt: skip
            record_audit("encounter.addendum", f"encounter:{encounter.id}", ["added"])
            return encounter
        before = current_values(existing.id)
        after = {**before, **{k: v for k, v in raw.items() if k not in IGNORED}}
        changes = {k: [before[k], after[k]] for k in before if k not in IGNORED and before[k] != after[k]}
        if changes:
            Addendum.create(encounter=existing, month=str(locked[0]), kind=AddendumKind.CHANGED,
                            changes=json.dumps(changes, ensure_ascii=False), reason=reason.strip())  # fmt: skip
            record_audit("encounter.addendum", f"encounter:{existing.id}", changes)
        return existing


def trash_with_lock(encounter_id: uuid.UUID) -> None:
    """Move an encounter to the trash, unless its month is signed off (then raise ``LockedMonth``)."""
    encounter = Encounter.get_by_id(encounter_id)
    month = Month.of(encounter.occurred_on)
    if is_locked(month):
        raise LockedMonth(month)
    delete_encounter(encounter_id)


def _shown_with(month_text, created_from, created_to):
    """Addenda to a month's encounters, or made during it (to earlier months)."""
    created = (Addendum.created_at >= created_from) & (Addendum.created_at < created_to)
    return (Addendum.month == month_text) | created


_ANY_SHOWN = PreparedQuery(lambda *values: Addendum.select(Addendum.id).where(_shown_with(*values)))


def addenda_for(month: Month, identified: bool = False) -> list[dict[str, Any]]:
    """Addenda to show with ``month``'s summary: those to its own encounters and those made during it
    (to earlier months). Pseudonymised by default: changes to locations and reflections show as
    changed, without their values."""
    start, end = month.range()
    values = (str(month), dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()))
    if not _ANY_SHOWN.rows(*values):  # most months have none: a prepared probe before the model query
        return []
    query = (
        Addendum.select(Addendum, Encounter.occurred_on, Client.code)
        .join(Encounter)
        .join(Client)
        .where(_shown_with(*values))
        .order_by(Addendum.created_at, Addendum.id)
        .objects()
    )
    result = []
    for row in query:
        changes = row.changed
        if not identified:
            hidden = translate("Models", "(hidden)")
            changes = {k: ([hidden, hidden] if k in PRIVATE_FIELDS else v) for k, v in changes.items()}
        result.append(
            {
                "encounter": str(uuid.UUID(str(row.encounter_id))),
                "occurred_on": row.occurred_on.isoformat(),
                "client": row.code,
                "month": row.month,
                "kind": row.kind.value,
                "changes": changes,
                "reason": row.reason,
                "created_at": row.created_at.replace(microsecond=0).isoformat(),
            }
        )
    return result


def addendum_line(
    addendum: dict[str, Any],
    field_name: Callable[[str], str] = str,
    value_text: Callable[[str, Any], str] = lambda _field, value: short_value(value),
) -> str:
    """One line for an addendum as ``addenda_for`` returns it: which encounter, what changed, when,
    why. Fields and values are named as stored unless the caller names them (the desktop shows
    each field's caption and each value's label)."""
    if addendum["kind"] == AddendumKind.ADDED:
        what = translate("Models", "added to {month} after sign-off").format(month=addendum["month"])
    else:
        what = "; ".join(
            f"{field_name(field)}: {value_text(field, old)} → {value_text(field, new)}"
            for field, (old, new) in addendum["changes"].items()
        )
    return translate("Models", "{date} {client}: {what} (on {changed_on}, because: {reason})").format(
        date=addendum["occurred_on"], client=addendum["client"], what=what,
        changed_on=addendum["created_at"][:10], reason=addendum["reason"],
    )  # fmt: skip


def short_value(value: Any) -> str:
    """A stored value as short text: strings as they are, anything else as JSON, cut at 60 characters."""
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "…"
