"""The audit trail (DESIGN §9): every create, edit, delete, restore, sign-off, export and
import, with when, what, which record and which fields, never the contents.

Entries form a hash chain: each hash covers the entry and the hash before it, and a head row
holds the count and the last hash. Since migration 0009 the trail is also anchored:

- the head's count and hash are sealed with an HMAC under a key that only the passphrase
  unlocks (a random key, kept wrapped by PBKDF2 of the passphrase in ``AuditAnchor``), so cutting
  entries off the end and rewriting the head to match, or removing every entry and the head, shows;
- the trail starts at an anchor entry, which the anchor row names: an empty trail is not a clean one;
- ``EncounterLedger`` records every encounter id ever created (and each one purged from the
  trash), each batch vouched for by the audit entry it was written with (its count and digest are
  part of that entry's hash): an encounter removed, or added, outside Caselog shows.

What it cannot show: anyone with the passphrase can unwrap the key and rewrite everything
consistently; a change made directly to an encounter's contents; encounters removed before the
database reached migration 0009; a whole database put back to an older copy. SECURITY.md says so.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import CharField, DateTimeField, IntegerField, TextField

from models import clock
from models.i18n import translate
from models.store.database import DATABASE_ERRORS, BaseModel, bulk_insert, db

GENESIS = "0" * 64
ANCHOR_ACTION = "audit.anchor"
KDF_ITERATIONS = 256_000  # as SQLCipher's own key stretching: the seal is no quicker a guessing oracle
CHECK_MESSAGE = b"caselog audit anchor"


class AuditEntry(BaseModel):
    at = DateTimeField()
    action = CharField()  # e.g. encounter.create, review.sign_off, export.pdf
    record = CharField(default="")  # e.g. encounter:<id>, month:2026-10; never a name
    fields = TextField(default="")  # comma-separated field names, never values
    ledger = TextField(default="")  # "COUNT:SHA256" of the encounter ids recorded with this entry, or ""
    previous_hash = CharField()
    hash = CharField()


class AuditHead(BaseModel):
    count = IntegerField()
    hash = CharField()
    seal = CharField(default="")  # HMAC-SHA256 of "count:hash" under the anchor's key


class AuditAnchor(BaseModel):
    """The seal's key, wrapped: key XOR PBKDF2(passphrase, salt). ``pending_*`` holds the wrapping
    under a new passphrase while the database is being rekeyed (a crash between the two keeps one
    that works)."""

    entry = IntegerField()  # the id of the anchor entry: the trail is whole from there on
    salt = CharField()
    wrapped = CharField()
    proof = CharField()
    pending_salt = CharField(default="")
    pending_wrapped = CharField(default="")
    pending_proof = CharField(default="")


class EncounterLedger(BaseModel):
    """Every encounter id ever created (event "created") or purged from the trash ("purged")."""

    encounter = CharField()  # the id as 32 hex digits
    event = CharField()
    entry = IntegerField(index=True)  # the audit entry that vouches for this row


def entry_hash(previous: str, at: str, action: str, record: str, fields: str, ledger: str = "") -> str:
    items = [previous, at, action, record, fields] + ([ledger] if ledger else [])
    payload = json.dumps(items, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def ledger_digest(encounter_ids: Sequence[str]) -> str:
    """ "COUNT:SHA256" of encounter ids (hex), in the order they are recorded."""
    return f"{len(encounter_ids)}:{hashlib.sha256(chr(10).join(encounter_ids).encode('ascii')).hexdigest()}"


# ---------------------------------------------------------------- the key


def _derive(passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
    material = hashlib.pbkdf2_hmac(
        "sha512", unicodedata.normalize("NFC", passphrase).encode("utf-8"), salt, KDF_ITERATIONS, dklen=64
    )
    return material[:32], material[32:]


def wrap_key(key: bytes, passphrase: str) -> tuple[str, str, str]:
    """(salt, wrapped, check) for keeping ``key`` under ``passphrase``."""
    salt = secrets.token_bytes(16)
    wrapping, checking = _derive(passphrase, salt)
    wrapped = bytes(a ^ b for a, b in zip(key, wrapping, strict=True))
    check = hmac.new(checking, CHECK_MESSAGE, hashlib.sha256).hexdigest()
    return salt.hex(), wrapped.hex(), check


def unwrap_key(salt: str, wrapped: str, check: str, passphrase: str) -> bytes | None:
    """The key, or None when ``passphrase`` is not the one it was wrapped under."""
    if not salt:
        return None
    wrapping, checking = _derive(passphrase, bytes.fromhex(salt))
    if not hmac.compare_digest(hmac.new(checking, CHECK_MESSAGE, hashlib.sha256).hexdigest(), check):
        return None
    return bytes(a ^ b for a, b in zip(bytes.fromhex(wrapped), wrapping, strict=True))


_keys: dict[tuple[str, str, str], bytes] = {}  # (database path, salt, passphrase digest) → key


def seal_key(anchor: AuditAnchor | None = None) -> bytes | None:
    """The seal's key for the open database (derived once per passphrase; about 0.1 s), or None
    when the database has no anchor or the passphrase does not unwrap it."""
    anchor = anchor or AuditAnchor.get_or_none()
    database = db.obj
    passphrase = getattr(database, "connect_params", {}).get("passphrase") if database is not None else None
    if anchor is None or not passphrase:
        return None
    marker = hashlib.sha256(passphrase.encode("utf-8")).hexdigest()
    for salt, wrapped, check in (
        (anchor.salt, anchor.wrapped, anchor.proof),
        (anchor.pending_salt, anchor.pending_wrapped, anchor.pending_proof),
    ):
        cache = (str(database.database), salt, marker)
        if cache in _keys:
            return _keys[cache]
        key = unwrap_key(salt, wrapped, check, passphrase)
        if key is not None:
            _keys[cache] = key
            return key
    return None


def seal(key: bytes, count: int, head_hash: str) -> str:
    return hmac.new(key, f"{count}:{head_hash}".encode("ascii"), hashlib.sha256).hexdigest()


def prepare_new_passphrase(new: str) -> None:
    """Before a rekey: keep the seal's key wrapped under ``new`` beside the current wrapping."""
    anchor = AuditAnchor.get_or_none()
    key = seal_key(anchor)
    if anchor is None or key is None:
        return
    anchor.pending_salt, anchor.pending_wrapped, anchor.pending_proof = wrap_key(key, new)
    anchor.save()


def finish_new_passphrase() -> None:
    """After a rekey: the wrapping under the new passphrase becomes the only one."""
    anchor = AuditAnchor.get_or_none()
    if anchor is None or not anchor.pending_salt:
        return
    anchor.salt, anchor.wrapped, anchor.proof = anchor.pending_salt, anchor.pending_wrapped, anchor.pending_proof
    anchor.pending_salt = anchor.pending_wrapped = anchor.pending_proof = ""
    anchor.save()


# ---------------------------------------------------------------- writing


def record_audit(
    action: str, record: str = "", fields: Iterable[str] = (), *, encounters: Sequence[str] = (), event: str = "created"
) -> AuditEntry:
    """Append an entry. Call inside the transaction of the change it records. ``encounters``: the
    ids (hex) of encounters this change creates (``event="created"``) or purges (``"purged"``),
    for the ledger."""
    head = AuditHead.get_or_none()
    previous = head.hash if head else GENESIS
    at = clock.now()
    names = ",".join(sorted(set(fields)))
    ledger = ledger_digest(encounters) if encounters else ""
    digest = entry_hash(previous, at.isoformat(), action, record, names, ledger)
    entry = AuditEntry.create(
        at=at, action=action, record=record, fields=names, ledger=ledger, previous_hash=previous, hash=digest
    )
    if encounters:
        count = len(encounters)
        bulk_insert(EncounterLedger, {
            EncounterLedger.encounter: list(encounters), EncounterLedger.event: [event] * count,
            EncounterLedger.entry: [entry.id] * count,
        })  # fmt: skip
    count = (head.count if head else 0) + 1
    key = seal_key(_anchor())
    sealed = seal(key, count, digest) if key is not None else ""
    if head is None:
        AuditHead.create(count=count, hash=digest, seal=sealed)
    else:
        AuditHead.update(count=count, hash=digest, seal=sealed).execute()
    return entry


def _anchor() -> AuditAnchor | None:
    """The anchor row; None before migration 0009 (a database being migrated, or its tests)."""
    try:
        return AuditAnchor.get_or_none()
    except DATABASE_ERRORS:
        return None


# ---------------------------------------------------------------- checking


@dataclass
class ChainReport:
    entries: int
    broken_at: int | None  # the id of the first entry that does not fit, or None
    problem: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.problem


def verify_chain() -> ChainReport:
    """Recompute the chain from the first entry, then check its anchor, seal and the encounter
    ledger; report the first thing that does not fit."""
    previous = GENESIS
    count = 0
    first_id = None
    for entry in AuditEntry.select().order_by(AuditEntry.id).iterator():
        first_id = entry.id if first_id is None else first_id
        if entry.previous_hash != previous:
            return ChainReport(
                count,
                entry.id,
                translate("Models", "entry {id} does not follow the one before it (removed or reordered)").format(
                    id=entry.id
                ),
            )
        expected = entry_hash(previous, entry.at.isoformat(), entry.action, entry.record, entry.fields, entry.ledger)
        if entry.hash != expected:
            return ChainReport(
                count, entry.id, translate("Models", "entry {id} was changed after it was written").format(id=entry.id)
            )
        previous = entry.hash
        count += 1
    head = AuditHead.get_or_none()
    if head is None and count:
        return ChainReport(count, None, translate("Models", "the record of the trail's end is missing"))
    if head is not None and (head.count != count or head.hash != previous):
        return ChainReport(
            count,
            None,
            translate("Models", "entries are missing from the end (expected {expected}, found {found})").format(
                expected=head.count, found=count
            ),
        )
    if "audit_anchor" not in db.obj.get_tables():
        return ChainReport(count, None, "")  # a database from before migration 0009: the chain is all there is
    problem = _anchor_problem(head, count) or _ledger_problem()
    return ChainReport(count, None, problem or "")


def _anchor_problem(head: AuditHead | None, count: int) -> str | None:
    anchor = AuditAnchor.get_or_none()
    if anchor is None and not getattr(db.obj, "connect_params", {}).get("passphrase"):
        return None  # a database without a passphrase (not SQLCipher) has no anchor to check
    if anchor is None:
        return translate("Models", "the trail's anchor is missing (the trail was removed)")
    anchor_entry = AuditEntry.get_or_none(AuditEntry.id == anchor.entry)
    if anchor_entry is None or anchor_entry.action != ANCHOR_ACTION:
        return translate("Models", "the trail's anchor entry is missing (the trail was removed or cut)")
    if head is None:
        return translate("Models", "the record of the trail's end is missing")
    key = seal_key(anchor)
    if key is None:
        return translate("Models", "the trail's seal cannot be checked: its key does not open with this passphrase")
    if not hmac.compare_digest(seal(key, head.count, head.hash), head.seal):
        return translate(
            "Models", "the trail's seal does not match its end: entries were removed and the end rewritten"
        )
    return None


def _ledger_problem() -> str | None:
    """Each ledger batch matches the entry that vouches for it; the encounters present are exactly
    those created and not purged."""
    vouched = {entry_id: ledger for entry_id, ledger in AuditEntry.select(AuditEntry.id, AuditEntry.ledger)
               .where(AuditEntry.ledger != "").tuples()}  # fmt: skip
    batches: dict[int, list[str]] = {}
    live: set[str] = set()
    for encounter, event, entry_id in (
        EncounterLedger.select(EncounterLedger.encounter, EncounterLedger.event, EncounterLedger.entry)
        .order_by(EncounterLedger.id)
        .tuples()
        .iterator()
    ):
        batches.setdefault(entry_id, []).append(encounter)
        if event == "purged":
            live.discard(encounter)
        else:
            live.add(encounter)
    for entry_id, ledger in vouched.items():
        if ledger_digest(batches.pop(entry_id, [])) != ledger:
            return translate("Models", "the record of encounter ids written with entry {id} was changed").format(
                id=entry_id
            )
    if batches:
        return translate("Models", "the record of encounter ids has rows no audit entry vouches for")
    present = {row[0] for row in db.obj.execute_sql("SELECT id FROM encounter").fetchall()}
    missing, extra = live - present, present - live
    if missing:
        return translate("Models", "{count} encounter(s) were removed outside Caselog (e.g. {id})").format(
            count=len(missing), id=min(missing)
        )
    if extra:
        return translate("Models", "{count} encounter(s) were added outside Caselog (e.g. {id})").format(
            count=len(extra), id=min(extra)
        )
    return None
