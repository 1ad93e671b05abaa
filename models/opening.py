"""Opening the store as the app and the command line do: unlock or create, bind the models,
migrate, seed the built-in taxonomy."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from models.i18n import translate
from models.log.clients import Client
from models.log.encounters import Encounter, EncounterCategory, FollowUp
from models.log.standing_record import KeepOutWord, StandingOverlap
from models.log.taxonomy import Category, ensure_builtin_categories
from models.store.audit import (
    AuditAnchor,
    AuditEntry,
    AuditHead,
    EncounterLedger,
    finish_new_passphrase,
    prepare_new_passphrase,
    record_audit,
)
from models.store.database import (
    DATABASE_ERRORS,
    CaselogDatabase,
    DatabaseBusy,
    EmptyPassphrase,
    cannot_open,
    create_database,
    db,
    open_database,
    verify_readable,
    verify_writable,
)
from models.store.drafts import Draft
from models.store.migrate import migrate, pending_migrations, refuse_newer
from models.store.passphrase import normalised, require_new_passphrase
from models.store.settings import Setting
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
    ReceivedPacket, AuditAnchor, EncounterLedger, Setting,
)  # fmt: skip


def open_store(
    path: str | os.PathLike[str],
    passphrase: str,
    *,
    create: bool = False,
    writing: bool = True,
    verify_pages: bool = False,
) -> CaselogDatabase:
    """Unlock (or create) the database at ``path``, make it the one the models use, and bring its
    schema up to date. Raises ``CannotOpenDatabase`` subclasses, ``EmptyPassphrase`` or
    ``WeakPassphrase`` (creating).

    ``writing=False`` opens read-only when the schema is current: nothing is written, not even by
    SQLite (``summary``); an older schema is opened for writing, to be migrated. Opening for writing
    refuses a database a newer Caselog made (``NewerDatabase``) and a read-only file or folder
    (``ReadOnlyDatabase``); with ``verify_pages`` it first reads every page (``DamagedDatabase``),
    as every command that writes does. A database keyed before passphrases were normalised is
    re-keyed with the passphrase's NFC form.
    """
    try:
        return _open_store(path, passphrase, create, writing, verify_pages)
    except DATABASE_ERRORS as exc:  # met while reading what opening reads: damage, or a busy or read-only file
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseBusy(
                translate(
                    "Models",
                    "Another Caselog is writing to this database; nothing was changed. Try again when it has finished.",
                )
            ) from None
        raise cannot_open(exc, Path(path)) from None


def _open_store(path, passphrase: str, create: bool, writing: bool, verify_pages: bool) -> CaselogDatabase:
    if create:
        database = create_database(path, passphrase)
    elif not writing:
        database = open_database(path, passphrase, read_only=True)
        try:
            refuse_newer(database)
            current = not pending_migrations(database)
        except BaseException:
            database.close()
            raise
        if current:
            db.initialize(database)
            return database
        database.close()
        return _open_store(path, passphrase, False, True, True)
    else:
        database = open_database(path, passphrase)
    try:
        refuse_newer(database)
        verify_writable(database)
        if verify_pages:
            verify_readable(database)
        db.initialize(database)
        migrate(database)
        with database.atomic():
            ensure_builtin_categories()
        if database.form != normalised(passphrase):
            database.rekey(normalised(passphrase))
            with database.atomic():
                record_audit("passphrase.normalise")
    except BaseException:
        database.close()
        db.initialize(None)
        raise
    return database


def change_store_passphrase(current: str, new: str) -> None:
    """Re-encrypt the open database under a new passphrase (its NFC form), after checking the
    current one opens it. Raises ``WrongPassphrase``, ``EmptyPassphrase`` or ``WeakPassphrase``;
    nothing changes then. The audit seal's key is wrapped under the new passphrase before the
    rekey and the old wrapping dropped after it, so a crash between the two loses neither."""
    database = db.obj
    if not new:
        raise EmptyPassphrase()
    new = require_new_passphrase(new)
    probe = open_database(database.path, current, read_only=True)  # raises WrongPassphrase
    probe.close()
    with database.atomic():
        prepare_new_passphrase(new)
    database.rekey(new)
    with database.atomic():
        finish_new_passphrase()
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
