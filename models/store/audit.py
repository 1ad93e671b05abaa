"""The audit trail (DESIGN §9): every create, edit, delete, restore, sign-off, export and
import, with when, what, which record and which fields, never the contents.

Entries form a hash chain: each hash covers the entry and the hash before it, and a head row
holds the count and the last hash. Editing, removing or reordering an entry, or cutting entries
off the end, breaks the chain at a place ``verify_chain`` names. (Someone who can write to the
unlocked database could rebuild the whole chain: the trail shows accidents and casual tampering,
not a determined attacker with the passphrase.)"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import CharField, DateTimeField, IntegerField, TextField

from models import clock
from models.store.database import BaseModel

GENESIS = "0" * 64


class AuditEntry(BaseModel):
    at = DateTimeField()
    action = CharField()  # e.g. encounter.create, review.sign_off, export.pdf
    record = CharField(default="")  # e.g. encounter:<id>, month:2026-10; never a name
    fields = TextField(default="")  # comma-separated field names, never values
    previous_hash = CharField()
    hash = CharField()


class AuditHead(BaseModel):
    count = IntegerField()
    hash = CharField()


def entry_hash(previous: str, at: str, action: str, record: str, fields: str) -> str:
    payload = json.dumps([previous, at, action, record, fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_audit(action: str, record: str = "", fields: Iterable[str] = ()) -> AuditEntry:
    """Append an entry. Call inside the transaction of the change it records."""
    head = AuditHead.get_or_none()
    previous = head.hash if head else GENESIS
    at = clock.now()
    names = ",".join(sorted(set(fields)))
    digest = entry_hash(previous, at.isoformat(), action, record, names)
    entry = AuditEntry.create(at=at, action=action, record=record, fields=names, previous_hash=previous, hash=digest)
    if head is None:
        AuditHead.create(count=1, hash=digest)
    else:
        AuditHead.update(count=AuditHead.count + 1, hash=digest).execute()
    return entry


@dataclass
class ChainReport:
    entries: int
    broken_at: int | None  # the id of the first entry that does not fit, or None
    problem: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.problem


def verify_chain() -> ChainReport:
    """Recompute the chain from the first entry; report where it breaks."""
    previous = GENESIS
    count = 0
    for entry in AuditEntry.select().order_by(AuditEntry.id).iterator():
        if entry.previous_hash != previous:
            return ChainReport(
                count, entry.id, f"entry {entry.id} does not follow the one before it (removed or reordered)"
            )
        expected = entry_hash(previous, entry.at.isoformat(), entry.action, entry.record, entry.fields)
        if entry.hash != expected:
            return ChainReport(count, entry.id, f"entry {entry.id} was changed after it was written")
        previous = entry.hash
        count += 1
    head = AuditHead.get_or_none()
    if head is None and count:
        return ChainReport(count, None, "the record of the trail's end is missing")
    if head is not None and (head.count != count or head.hash != previous):
        return ChainReport(count, None, f"entries are missing from the end (expected {head.count}, found {count})")
    return ChainReport(count, None, "")
