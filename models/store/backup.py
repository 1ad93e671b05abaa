"""Backups (DESIGN §9): encrypted, consistent copies made while the database is open, rotated
automatically, and restored only after they prove they open and pass an integrity check."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from playhouse.sqlcipher_ext import SqlCipherDatabase

from models import clock
from models.i18n import translate
from models.store.audit import record_audit
from models.store.database import (
    DATABASE_ERRORS,
    SQLCIPHER_PAGE_SIZE,
    CannotOpenDatabase,
    CaselogDatabase,
    DamagedDatabase,
    integrity_problems,
    open_database,
    rebuild_search_index,
    verify_readable,
)
from models.store.private_files import BACKUP, SafeOutput, plain_reason, remove_leftovers, temporary_path

AUTOMATIC_PREFIX = "caselog-backup-"
AUTOMATIC_SUFFIX = ".db"
DEFAULT_KEEP = 10


def backup_database(
    database: CaselogDatabase,
    destination: str | os.PathLike[str],
    *,
    force: bool = False,
    record: Callable[[], None] | None = None,
) -> Path:
    """Write an encrypted, consistent copy of ``database`` (same passphrase) to ``destination``.

    ``VACUUM INTO`` a temporary file beside the destination (safe while the database is open),
    which must then open with the passphrase and pass SQLCipher's page check before it gets its
    name (``models.store.private_files``: an existing destination only with ``force``, never the
    database itself, nothing left behind on failure or after a kill). ``record`` (an audit entry)
    runs in the transaction that the copy's appearance commits with.
    """

    def check(copy: Path) -> None:
        verify_copy(copy, database.passphrase)

    with SafeOutput(destination, force=force, kind=BACKUP, protect=[database.path], check=check) as output:
        try:
            database.execute_sql("VACUUM INTO ?", (str(output.temporary),))
        except DATABASE_ERRORS as exc:
            raise OSError(errno.EIO, str(exc)) from None
        if record is not None:
            with database.atomic():
                record()
                output.place()
    return output.path


def verify_copy(path: Path, passphrase: str) -> None:
    """Raise ``DamagedDatabase`` unless the copy at ``path`` opens with ``passphrase`` and every page
    passes its check. The copy is opened read-only."""
    copy = open_database(path, passphrase, read_only=True)
    try:
        verify_readable(copy)
    finally:
        copy.close()


class BackupRefused(Exception):
    """The backup was not made or not restored; ``str(exc)`` says why in one sentence."""


def make_backup(database: SqlCipherDatabase, destination: str | os.PathLike[str], *, force: bool = False) -> Path:
    """Check every page of the open database (SQLCipher's HMACs), then write an encrypted,
    consistent copy (same passphrase, mode 0600) that appears only once it is complete and checked
    (``backup_database``), together with its audit entry. A damaged database is not copied;
    an existing destination is replaced only with ``force``."""
    try:
        problems = database.execute_sql("PRAGMA cipher_integrity_check").fetchall()
    except DATABASE_ERRORS:
        problems = ["unreadable"]
    if problems:
        raise BackupRefused(
            translate("Models", "The database failed its page check, so it was not copied over a good backup.")
        )
    kind = "automatic" if Path(destination).name.startswith(AUTOMATIC_PREFIX) else "file"
    return backup_database(database, destination, force=force, record=lambda: record_audit("backup.create", kind))


def default_backup_folder(database_path: str | os.PathLike[str]) -> Path:
    return Path(database_path).parent / "backups"


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, oldest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(AUTOMATIC_PREFIX) and p.suffix == AUTOMATIC_SUFFIX)


def looks_whole(path: Path) -> bool:
    """Whether a backup file looks complete without opening it: whole pages, and no journal beside
    it (a copy cut short by an older Caselog, which wrote backups under their final name)."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size > 0 and size % SQLCIPHER_PAGE_SIZE == 0 and not Path(f"{path}-journal").exists()


def automatic_backup(
    database: SqlCipherDatabase, folder: Path, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path | None:
    """At most once a day: a new backup in ``folder``, then only the newest ``keep`` are kept.
    Returns the new backup's path, or None when today's exists already. A partial backup left by an
    older Caselog is removed (with its journal) and does not count as today's."""
    now = now or clock.now()
    for partial in [p for p in automatic_backups(folder) if not looks_whole(p)]:
        for leftover in (partial, Path(f"{partial}-journal")):
            leftover.unlink(missing_ok=True)
    existing = automatic_backups(folder)
    today = f"{AUTOMATIC_PREFIX}{now:%Y%m%d}"
    if existing and existing[-1].name.startswith(today):
        return None
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = make_backup(database, folder / f"{AUTOMATIC_PREFIX}{now:%Y%m%d-%H%M%S}{AUTOMATIC_SUFFIX}")
    for old in automatic_backups(folder)[: -max(keep, 1)]:
        old.unlink()
    return path


def verify_backup(path: str | os.PathLike[str], passphrase: str) -> None:
    """Open a backup with ``passphrase`` and run the full integrity checks; raise ``BackupRefused`` if it
    does not open or is not sound. The backup file is not changed."""
    try:
        copy = open_database(path, passphrase, read_only=True)
    except CannotOpenDatabase as exc:
        raise BackupRefused(translate("Models", "The backup cannot be used: {reason}").format(reason=exc)) from None
    try:
        problems = integrity_problems(copy)
    finally:
        copy.close()
    if problems:
        raise BackupRefused(
            translate(
                "Models", "The backup is damaged ({count} problem(s) found); the database was not replaced."
            ).format(count=len(problems))
        )


def restore_backup(backup: str | os.PathLike[str], database_path: str | os.PathLike[str], passphrase: str) -> Path:
    """Replace the database at ``database_path`` with ``backup`` after ``verify_backup``.

    The open database must be closed first (``models.opening.close_store``). The backup is first
    copied whole beside the database (a temporary name; on a full disk the copy fails, is removed,
    and the database stays as it was); then the replaced file is kept aside as
    ``NAME.replaced-TIMESTAMP`` and its path returned. Open the store again after.
    """
    backup, database_path = Path(backup), Path(database_path)
    verify_backup(backup, passphrase)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = database_path.with_name(f"{database_path.name}.replaced-{stamp}")
    remove_leftovers(database_path.parent)
    staging = temporary_path(database_path.parent)
    try:
        with open(backup, "rb") as source, open(staging, "xb") as target:
            os.chmod(staging, 0o600)
            shutil.copyfileobj(source, target, 1024 * 1024)
            target.flush()
            os.fsync(target.fileno())
    except OSError as exc:
        staging.unlink(missing_ok=True)
        raise BackupRefused(
            translate("Models", "The backup could not be copied ({reason}); the database was not replaced.").format(
                reason=plain_reason(exc)
            )
        ) from None
    if database_path.exists():
        os.replace(database_path, aside)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{database_path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
    os.replace(staging, database_path)
    restored = open_database(database_path, passphrase)
    try:
        rebuild_search_index(restored)  # VACUUM INTO may have renumbered the rows the index points at
        if integrity_problems(restored, quick=True):
            raise DamagedDatabase(translate("Models", "The restored database failed its check."))
    finally:
        restored.close()
    return aside


def latest_good_backup(folder: Path, passphrase: str) -> Path | None:
    """The newest automatic backup that opens and passes the checks, or None."""
    for candidate in reversed(automatic_backups(folder)):
        try:
            verify_backup(candidate, passphrase)
        except BackupRefused:
            continue
        return candidate
    return None
