"""Opening the store as the app and the command line do: unlock or create, bind the models,
migrate, seed the built-in taxonomy."""

from __future__ import annotations

import os
from collections.abc import Callable

from playhouse.sqlcipher_ext import SqlCipherDatabase

from models.log.clients import Client
from models.log.encounters import Encounter, EncounterCategory, FollowUp
from models.log.standing_record import KeepOutWord, StandingOverlap
from models.log.taxonomy import Category, ensure_builtin_categories
from models.store.audit import AuditEntry, AuditHead, record_audit
from models.store.database import change_passphrase, create_database, db, open_database
from models.store.drafts import Draft
from models.store.migrate import migrate
from models.supervision.addenda import Addendum
from models.supervision.exchange.tables import (
    ExchangeContact,
    ExchangeIdentity,
    MergedReply,
    ReceivedPacket,
    SentPacket,
)
from models.supervision.reviews import ActionItem, MonthReview, ReviewComment

ALL_MODELS = (
    Client, Category, Encounter, EncounterCategory, FollowUp, Draft, MonthReview, ReviewComment, ActionItem, Addendum,
    AuditEntry, AuditHead, StandingOverlap, KeepOutWord, ExchangeIdentity, ExchangeContact, SentPacket, MergedReply,
    ReceivedPacket,
)  # fmt: skip


def open_store(path: str | os.PathLike[str], passphrase: str, *, create: bool = False) -> SqlCipherDatabase:
    """Unlock (or create) the database at ``path``, make it the one the models use, and bring its
    schema up to date. Raises ``CannotOpenDatabase`` subclasses or ``EmptyPassphrase``."""
    database = create_database(path, passphrase) if create else open_database(path, passphrase)
    try:
        db.initialize(database)
        migrate(database)
        with database.atomic():
            ensure_builtin_categories()
    except BaseException:
        database.close()
        raise
    return database


def change_store_passphrase(current: str, new: str) -> None:
    """Re-encrypt the open database under a new passphrase, after checking the current one."""
    change_passphrase(db.obj, current, new)
    with db.atomic():
        record_audit("passphrase.change")


_closing: list[Callable[[], None]] = []


def call_when_closing(callback: Callable[[], None]) -> None:
    """Have ``callback`` run each time the store is about to close (the desktop stops the timers
    that would write to it)."""
    _closing.append(callback)


def close_store() -> None:
    """Close the open database, if any, and unbind the models from it."""
    for callback in _closing:
        callback()
    if db.obj is not None:
        if not db.obj.is_closed():
            db.obj.close()
        db.initialize(None)
