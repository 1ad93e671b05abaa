"""Backups (DESIGN §9): encrypted, consistent copies made while the database is open, rotated
automatically, and restored only after they prove they open and pass an integrity check."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from playhouse.sqlcipher_ext import SqlCipherDatabase

from models import clock
from models.i18n import translate
from models.store.audit import record_audit
from models.store.database import (
    DATABASE_ERRORS,
    CannotOpenDatabase,
    DamagedDatabase,
    backup_database,
    db,
    integrity_problems,
    open_database,
    rebuild_search_index,
)

AUTOMATIC_PREFIX = "caselog-backup-"
AUTOMATIC_SUFFIX = ".db"
DEFAULT_KEEP = 10


class BackupRefused(Exception):
    """The backup was not made or not restored; ``str(exc)`` says why in one sentence."""


def make_backup(database: SqlCipherDatabase, destination: str | os.PathLike[str]) -> Path:
    """Check every page of the open database (SQLCipher's HMACs), then write an encrypted,
    consistent copy (same passphrase, mode 0600). A damaged database is not copied."""
    try:
        problems = database.execute_sql("PRAGMA cipher_integrity_check").fetchall()
    except DATABASE_ERRORS:
        problems = ["unreadable"]
    if problems:
        raise BackupRefused(
            translate("Models", "The database failed its page check, so it was not copied over a good backup.")
        )
    path = backup_database(database, destination)
    with db.atomic():
        record_audit("backup.create", "automatic" if Path(destination).name.startswith(AUTOMATIC_PREFIX) else "file")
    return path


def default_backup_folder(database_path: str | os.PathLike[str]) -> Path:
    return Path(database_path).parent / "backups"


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, oldest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(AUTOMATIC_PREFIX) and p.suffix == AUTOMATIC_SUFFIX)


def automatic_backup(
    database: SqlCipherDatabase, folder: Path, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path | None:
    """At most once a day: a new backup in ``folder``, then only the newest ``keep`` are kept.
    Returns the new backup's path, or None when today's exists already."""
    now = now or clock.now()
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
        copy = open_database(path, passphrase)
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

    The open database must be closed first (``models.opening.close_store``). The replaced file is
    kept aside as ``NAME.replaced-TIMESTAMP`` and its path returned. Open the store again after.
    """
    backup, database_path = Path(backup), Path(database_path)
    verify_backup(backup, passphrase)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = database_path.with_name(f"{database_path.name}.replaced-{stamp}")
    staging = database_path.with_name(f".{database_path.name}.restoring")
    shutil.copyfile(backup, staging)  # a closed, verified file: copying it is safe
    os.chmod(staging, 0o600)
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
