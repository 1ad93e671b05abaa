"""The encrypted store: creating, opening, checking and copying it.

Everything specific to SQLite and SQLCipher (pragmas, the file header, error texts,
integrity checks, backups) lives in this module, so that another backend needs changes
here and nowhere else.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from peewee import BooleanField, DatabaseError, DatabaseProxy, DateField, DateTimeField, Model, TimeField
from playhouse.fields import EnumField
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from models.i18n import translate

db = DatabaseProxy()

# peewee wraps errors raised while executing; rows fetched later raise the driver's own.
DATABASE_ERRORS = (DatabaseError, sqlcipher.DatabaseError)

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
SQLCIPHER_PAGE_SIZE = 4096

# Order matters: the log level goes first so a wrong key does not make SQLCipher print
# "ERROR CORE ... hmac check failed" on stderr; compatibility pins SQLCipher 4's KDF and
# HMAC settings before the first page is read; WAL with FULL sync for clinical notes.
PRAGMAS = (
    ("cipher_log_level", "NONE"),
    ("cipher_compatibility", 4),
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", 5000),
    ("cache_size", -32000),  # 32 MB of decrypted pages: a month and its look-back stay in memory
)
# A bulk write (an import) holds up to 256 MB of pages: each page is encrypted and written once,
# and the search index reads the new rows back from memory (measured: a fifth off the writing).
BULK_CACHE_KIB = 256 * 1024


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class EmptyPassphrase(ValueError):
    """An empty passphrase would make SQLCipher write a plaintext file, so it is refused."""

    def __init__(self) -> None:
        super().__init__(
            translate("Models", "The passphrase is empty. An empty passphrase would leave the notes unencrypted.")
        )


class CannotOpenDatabase(Exception):
    """The database cannot be opened. ``str(exc)`` is one plain sentence for the user."""


class DatabaseNotFound(CannotOpenDatabase):
    pass


class DatabaseExists(CannotOpenDatabase):
    pass


class WrongPassphrase(CannotOpenDatabase):
    pass


class NotACaselogDatabase(CannotOpenDatabase):
    pass


class DamagedDatabase(CannotOpenDatabase):
    pass


def _connect(path: Path, passphrase: str) -> SqlCipherDatabase:
    if not passphrase:
        raise EmptyPassphrase()
    database = SqlCipherDatabase(str(path), passphrase=passphrase, pragmas=list(PRAGMAS))
    database.connect()
    return database


def create_database(path: str | os.PathLike[str], passphrase: str) -> SqlCipherDatabase:
    """Create a new encrypted database file at ``path`` (mode 0600) and return it connected.

    The schema is not created here: run ``models.store.migrate.migrate`` on the result.
    """
    path = Path(path)
    if not passphrase:
        raise EmptyPassphrase()
    if path.exists():
        raise DatabaseExists(
            translate("Models", "There is already a file at {path}; Caselog will not overwrite it.").format(path=path)
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Create the empty file ourselves so that it is owner-only from its first byte; SQLite
    # gives the -wal and -shm files the same mode.
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        database = _connect(path, passphrase)
        database.execute_sql("CREATE TABLE caselog_marker (id INTEGER PRIMARY KEY)")
    except BaseException:
        _remove_database_files(path)
        raise
    if _read_header(path) == PLAIN_SQLITE_HEADER:
        database.close()
        _remove_database_files(path)
        raise EmptyPassphrase()
    return database


def open_database(path: str | os.PathLike[str], passphrase: str) -> SqlCipherDatabase:
    """Open an existing Caselog database, or raise a ``CannotOpenDatabase`` that says why.

    Raises ``WrongPassphrase``, ``NotACaselogDatabase``, ``DamagedDatabase`` or
    ``DatabaseNotFound``; never a raw driver error. Nothing is written to a file it refuses.

    Opening checks the first page (the key), the file's length and the schema; reading every
    page (``integrity_problems(quick=True)``, a second for 100,000 encounters) is left to the
    caller, so that unlocking stays quick: the app runs it in the background after unlocking.
    """
    path = Path(path)
    if not passphrase:
        raise EmptyPassphrase()
    if not path.is_file():
        raise DatabaseNotFound(translate("Models", "There is no Caselog database at {path}.").format(path=path))
    if _read_header(path) == PLAIN_SQLITE_HEADER:
        raise NotACaselogDatabase(
            translate("Models", "{path} is a plain, unencrypted SQLite file, not a Caselog database.").format(path=path)
        )
    whole_pages = path.stat().st_size % SQLCIPHER_PAGE_SIZE == 0
    if path.stat().st_size == 0:
        raise NotACaselogDatabase(translate("Models", "{path} is empty, not a Caselog database.").format(path=path))
    try:
        database = _connect(path, passphrase)
    except DATABASE_ERRORS as exc:
        if "not a database" not in str(exc):
            raise DamagedDatabase(_unreadable(path)) from None
        if not whole_pages:
            # An encrypted SQLCipher file is whole pages; this file is something else.
            raise NotACaselogDatabase(
                translate("Models", "{path} is not a Caselog database.").format(path=path)
            ) from None
        raise WrongPassphrase(
            translate("Models", "The passphrase does not open this database (or its first page is damaged).")
        ) from None
    try:
        tables = set(database.get_tables())
        if "caselog_marker" not in tables:
            raise NotACaselogDatabase(
                translate("Models", "{path} is an encrypted database, but not one made by Caselog.").format(path=path)
            )
        if not whole_pages:
            raise DamagedDatabase(
                translate("Models", "{path} is damaged: it ends part-way through a page.").format(path=path)
            )
    except DATABASE_ERRORS:
        database.close()
        raise DamagedDatabase(_unreadable(path)) from None
    except CannotOpenDatabase:
        database.close()
        raise
    return database


def _unreadable(path: Path) -> str:
    return translate("Models", "{path} is damaged and cannot be read.").format(path=path)


def integrity_problems(database: SqlCipherDatabase, quick: bool = False) -> list[str]:
    """Run SQLite's integrity check (and SQLCipher's page HMAC check for the full one).

    Returns the problems found; an empty list means the file is sound.
    """
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [row[0] for row in database.execute_sql(f"PRAGMA {pragma}").fetchall()]
        problems = [row for row in rows if row != "ok"]
        if not quick:
            problems += [row[0] for row in database.execute_sql("PRAGMA cipher_integrity_check").fetchall()]
        problems += [f"foreign key: {row[0]}" for row in database.execute_sql("PRAGMA foreign_key_check").fetchall()]
    except DATABASE_ERRORS as exc:
        problems = [str(exc)]
    return problems


def rebuild_search_index(database: SqlCipherDatabase) -> None:
    """Rebuild the full-text index from the encounter table (after anything that renumbers rows)."""
    database.execute_sql("INSERT INTO encounter_search(encounter_search) VALUES ('rebuild')")


def search_index_problems(database: SqlCipherDatabase) -> list[str]:
    """Check that the full-text index agrees with the encounter table."""
    try:
        database.execute_sql("INSERT INTO encounter_search(encounter_search, rank) VALUES ('integrity-check', 1)")
    except DATABASE_ERRORS as exc:
        return [f"search index: {exc}"]
    return []


def change_passphrase(database: SqlCipherDatabase, current: str, new: str) -> None:
    """Re-encrypt the open database under ``new`` (SQLCipher rekey) after checking ``current``
    opens it. Raises ``WrongPassphrase`` or ``EmptyPassphrase``; nothing changes then."""
    if not new:
        raise EmptyPassphrase()
    probe = open_database(database.database, current)  # raises WrongPassphrase
    probe.close()
    database.rekey(new)


class PreparedQuery:
    """A peewee query compiled to SQL once and then run many times with new values.

    Building the SQL text of a query with joins costs peewee more than SQLite takes to run it over
    a month's index range, and a summary runs a dozen. ``build`` takes the query's values as its
    arguments and must use each one as it is (compared with a column, not computed with): it is
    called once with stand-ins, and every run binds the real values in their places. Rows come back
    as the driver returns them (ids as hex, dates as ISO text): peewee's per-value conversions would
    cost as much again.
    """

    def __init__(self, build: Callable[..., Any]):
        self.build = build
        self.compiled: tuple[str, list[tuple[bool, Any]]] | None = None

    def rows(self, *values: Any) -> list[tuple]:
        if self.compiled is None:
            stand_ins = [f"\x00caselog-value-{index}\x00" for index in range(len(values))]
            sql, params = db.obj.get_sql_context().sql(self.build(*stand_ins)).query()
            # Each parameter is either one of the values (by position) or a constant of the query.
            slots = [(True, stand_ins.index(p)) if p in stand_ins else (False, p) for p in params]
            if {i for is_value, i in slots if is_value} != set(range(len(values))):
                raise ValueError("every value of a prepared query must appear in it as it is")
            self.compiled = (sql, slots)
        sql, slots = self.compiled
        return db.obj.execute_sql(sql, [values[i] if is_value else i for is_value, i in slots]).fetchall()


def bulk_insert(model, columns: Mapping[Any, Sequence[Any]]) -> None:
    """Insert many rows at once, given column by column (each field of ``model`` with its values,
    all of one length), with the driver's ``executemany`` and one prepared statement.

    peewee's ``insert_many`` builds SQL text in Python for every batch (about 6 s for 100,000 rows
    here). Values are as the model's fields take them: text, numbers, dates, times, datetimes,
    enums, booleans; UUIDs as ``.hex``. Dates, times, datetimes, enums and booleans are turned into
    the text and integers peewee stores for them (``str`` gives the ISO forms peewee's adapters
    write and an enum's value; ``int`` gives 0 or 1): the driver would otherwise call back into
    Python for each such value, a third of the time of a large import. Working a column at a time
    keeps each conversion at C speed. Call inside a transaction.
    """
    fields = list(columns)
    if not fields:
        return
    names = ", ".join(f'"{field.column_name}"' for field in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'
    values = [plain(columns[field]) if (plain := _plain_column(field)) else columns[field] for field in fields]
    model._meta.database.cursor().executemany(sql, zip(*values, strict=True))


def _plain_column(field) -> Callable[[Sequence[Any]], list[Any]] | None:
    plain_values = getattr(field, "plain_values", None)  # a column that says how (models.kinds.ChoiceSetColumn)
    if plain_values is not None:
        return plain_values
    if isinstance(field, (DateField, TimeField, DateTimeField)):
        return _formatted_once
    if isinstance(field, EnumField):
        return partial(_converted, str)
    if isinstance(field, BooleanField):
        return partial(_converted, int)
    return None


def _formatted_once(column: Sequence[Any]) -> list[Any]:
    """Each distinct date or time formatted once, however many rows share it."""
    text = {value: None if value is None else str(value) for value in set(column)}
    return list(map(text.__getitem__, column))


def _converted(plain: Callable[[Any], Any], column: Sequence[Any]) -> list[Any]:
    if None in column:
        return [None if value is None else plain(value) for value in column]
    return list(map(plain, column))


@contextmanager
def bulk_write_cache() -> Iterator[None]:
    """For a large write in one transaction: a page cache large enough that new pages are not
    written out early and read back (each written page is encrypted, each read one decrypted);
    the usual size after it, which frees the pages above it."""
    database = db.obj
    database.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {dict(PRAGMAS)['cache_size']}")


def backup_database(database: SqlCipherDatabase, destination: str | os.PathLike[str]) -> Path:
    """Write an encrypted, consistent copy of ``database`` (same passphrase) to ``destination``.

    Uses ``VACUUM INTO`` so it is safe while the database is open; the copy is created
    owner-only. An existing destination is refused.
    """
    destination = Path(destination)
    if destination.exists():
        raise FileExistsError(f"{destination} already exists.")
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        database.execute_sql("VACUUM INTO ?", (str(destination),))
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    return destination


def _read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(16)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
