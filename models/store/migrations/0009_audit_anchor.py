"""Anchor the audit trail (#12): a seal on the trail's head under a key only the passphrase
unlocks, an anchor entry the trail starts from, and a ledger of every encounter id ever created;
and a table for the therapist's identifying preferences (names, export folder), which leave
QSettings for the encrypted database.

The migration reads the passphrase from the database connection (to wrap the seal's key); a
connection without one (not SQLCipher) gets the tables but no anchor. Frozen copies of the hashing
and key wrapping, as models.store.audit had them.
"""

import datetime
import hashlib
import hmac
import json
import secrets
import unicodedata

from peewee import CharField, DateTimeField, IntegerField, Model, TextField

GENESIS = "0" * 64
KDF_ITERATIONS = 256_000
CHECK_MESSAGE = b"caselog audit anchor"


def _entry_hash(previous, at, action, record, fields, ledger=""):
    items = [previous, at, action, record, fields] + ([ledger] if ledger else [])
    return hashlib.sha256(json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()


def up(migrator, db):
    passphrase = db.connect_params.get("passphrase")
    migrator.migrate(
        migrator.add_column("audit_entry", "ledger", TextField(default="")),
        migrator.add_column("audit_head", "seal", CharField(default="")),
    )

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class AuditEntry(Base):  # as it is after this migration's column
        at = DateTimeField()
        action = CharField()
        record = CharField(default="")
        fields = TextField(default="")
        ledger = TextField(default="")
        previous_hash = CharField()
        hash = CharField()

    class AuditHead(Base):
        count = IntegerField()
        hash = CharField()
        seal = CharField(default="")

    class AuditAnchor(Base):
        entry = IntegerField()
        salt = CharField()
        wrapped = CharField()
        proof = CharField()
        pending_salt = CharField(default="")
        pending_wrapped = CharField(default="")
        pending_proof = CharField(default="")

    class EncounterLedger(Base):
        encounter = CharField()
        event = CharField()
        entry = IntegerField(index=True)

    class Setting(Base):
        key = CharField(unique=True)
        value = TextField()

    db.create_tables([AuditAnchor, EncounterLedger, Setting])
    if not passphrase:
        return

    # Every encounter present now is the ledger's start, vouched for by the anchor entry.
    ids = [row[0] for row in db.execute_sql("SELECT id FROM encounter ORDER BY id").fetchall()]
    ledger = f"{len(ids)}:{hashlib.sha256(chr(10).join(ids).encode('ascii')).hexdigest()}" if ids else ""
    head = AuditHead.select().first()
    count, previous = (head.count, head.hash) if head else (0, GENESIS)
    at = datetime.datetime.now().replace(microsecond=0)
    digest = _entry_hash(previous, at.isoformat(), "audit.anchor", "", "", ledger)
    entry = AuditEntry.create(at=at, action="audit.anchor", ledger=ledger, previous_hash=previous, hash=digest)
    for start in range(0, len(ids), 500):
        EncounterLedger.insert_many(
            [(encounter, "created", entry.id) for encounter in ids[start : start + 500]],
            fields=[EncounterLedger.encounter, EncounterLedger.event, EncounterLedger.entry],
        ).execute()

    key = secrets.token_bytes(32)
    salt = secrets.token_bytes(16)
    material = hashlib.pbkdf2_hmac(
        "sha512", unicodedata.normalize("NFC", passphrase).encode("utf-8"), salt, KDF_ITERATIONS, dklen=64
    )
    wrapped = bytes(a ^ b for a, b in zip(key, material[:32], strict=True))
    proof = hmac.new(material[32:], CHECK_MESSAGE, hashlib.sha256).hexdigest()
    AuditAnchor.create(entry=entry.id, salt=salt.hex(), wrapped=wrapped.hex(), proof=proof)
    sealed = hmac.new(key, f"{count + 1}:{digest}".encode("ascii"), hashlib.sha256).hexdigest()
    if head:
        AuditHead.update(count=count + 1, hash=digest, seal=sealed).execute()
    else:
        AuditHead.create(count=count + 1, hash=digest, seal=sealed)
