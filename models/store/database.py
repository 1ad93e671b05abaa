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
from models.store.passphrase import candidate_forms, require_new_passphrase

db = DatabaseProxy()

# peewee wraps errors raised while executing; rows fetched later raise the driver's own.
DATABASE_ERRORS = (DatabaseError, sqlcipher.DatabaseError)

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
SQLCIPHER_PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another Caselog's write to finish

# Order matters: the log level goes first so a wrong key does not make SQLCipher print
# "ERROR CORE ... hmac check failed" on stderr; compatibility pins SQLCipher 4's KDF and
# HMAC settings before the first page is read; WAL with FULL sync for clinical notes.
PRAGMAS = (
    ("cipher_log_level", "NONE"),
    ("cipher_compatibility", 4),
    ("journal_mode", "wal"),
    ("synchronous", "full"),
    ("foreign_keys", 1),
    ("busy_timeout", BUSY_TIMEOUT_MS),
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


class ReadOnlyDatabase(CannotOpenDatabase):
    """The file (or its folder) cannot be written, and the command needs to write."""


class NewerDatabase(CannotOpenDatabase):
    """The database has migrations this Caselog does not know: a newer version made it."""


class DatabaseBusy(Exception):
    """Another Caselog holds the database's write lock for longer than Caselog waits."""


class CaselogDatabase(SqlCipherDatabase):
    """An encrypted Caselog database: the file's ``path``, whether it was opened ``read_only``, and
    the passphrase ``form`` that opened it (``normalised`` unless an older key needed another)."""

    def __init__(self, path: Path, passphrase: str, *, read_only: bool = False, immutable: bool = False):
        self.path, self.read_only = path, read_only
        self.form = passphrase  # the form of the passphrase that opened it (open_database sets it)
        # Read-only, the journal mode is left as the file has it (a backup stays a plain file).
        reading = [pragma for pragma in PRAGMAS if pragma[0] not in ("journal_mode", "synchronous")]
        self.in_place = read_only and not immutable and _readable_in_place(path)
        if self.in_place:
            # A writable file with no changes waiting in a -wal: an ordinary connection that refuses
            # to write (query_only). Closing it checkpoints nothing and removes the -wal and -shm it
            # made, so the folder is left as it was found.
            super().__init__(str(path), passphrase=passphrase, pragmas=[*reading, ("query_only", 1)])
        elif read_only:
            # A read-only connection (a read-only file or folder) never writes, not even a checkpoint;
            # "immutable" opens a file in a folder where SQLite cannot make its -shm (no -wal there).
            uri = path.absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
            super().__init__(uri, passphrase=passphrase, pragmas=reading, uri=True)
        else:
            super().__init__(str(path), passphrase=passphrase, pragmas=list(PRAGMAS))

    @property
    def passphrase(self) -> str:
        return self.connect_params["passphrase"]


def _readable_in_place(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    try:
        waiting = wal.exists() and wal.stat().st_size > 0
    except OSError:
        return False
    return not waiting and read_only_reason(path) is None


def _connect(path: Path, passphrase: str, read_only: bool = False, immutable: bool = False) -> CaselogDatabase:
    if not passphrase:
        raise EmptyPassphrase()
    database = CaselogDatabase(path, passphrase, read_only=read_only, immutable=immutable)
    database.connect()
    try:
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()  # the key is tried on the first read
    except BaseException:
        database.close()
        raise
    return database


def create_database(path: str | os.PathLike[str], passphrase: str) -> CaselogDatabase:
    """Create a new encrypted database file at ``path`` (mode 0600) and return it connected.

    The passphrase must pass ``require_new_passphrase`` (``WeakPassphrase`` otherwise); the
    database is keyed with its NFC form. The schema is not created here: run
    ``models.store.migrate.migrate`` on the result.
    """
    path = Path(path)
    if not passphrase:
        raise EmptyPassphrase()
    passphrase = require_new_passphrase(passphrase)
    if path.exists() or path.is_symlink():
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


def open_database(path: str | os.PathLike[str], passphrase: str, *, read_only: bool = False) -> CaselogDatabase:
    """Open an existing Caselog database, or raise a ``CannotOpenDatabase`` that says why.

    Raises ``WrongPassphrase``, ``NotACaselogDatabase``, ``DamagedDatabase``, ``ReadOnlyDatabase``
    or ``DatabaseNotFound``; never a raw driver error. Nothing is written to a file it refuses, and
    nothing at all with ``read_only`` (``check``, ``verify_backup``): such a connection cannot write,
    not even the checkpoint SQLite makes when the last connection closes.

    The passphrase is tried in its NFC form first, then as typed and in NFD (databases keyed before
    Caselog normalised passphrases); ``database.form`` is the one that opened it.

    Opening checks the first page (the key), the file's length and the schema; reading every
    page (``verify_readable``, about a second for 100,000 encounters) is left to the caller, so
    that unlocking stays quick: the app runs it in the background after unlocking.
    """
    path = Path(path)
    if not passphrase:
        raise EmptyPassphrase()
    if not path.is_file():
        raise DatabaseNotFound(translate("Models", "There is no Caselog database at {path}.").format(path=path))
    try:
        header = _read_header(path)
    except PermissionError:
        raise CannotOpenDatabase(
            translate("Models", "Caselog is not allowed to read {path}.").format(path=path)
        ) from None
    if header == PLAIN_SQLITE_HEADER:
        raise NotACaselogDatabase(
            translate("Models", "{path} is a plain, unencrypted SQLite file, not a Caselog database.").format(path=path)
        )
    if path.stat().st_size == 0:
        raise NotACaselogDatabase(translate("Models", "{path} is empty, not a Caselog database.").format(path=path))
    whole_pages = path.stat().st_size % SQLCIPHER_PAGE_SIZE == 0
    forms = candidate_forms(passphrase)
    for form in forms:
        try:
            database = _open_form(path, form, read_only)
        except WrongPassphrase:
            if form is forms[-1]:
                if not whole_pages:
                    # An encrypted SQLCipher file is whole pages; this file is something else.
                    raise NotACaselogDatabase(
                        translate("Models", "{path} is not a Caselog database.").format(path=path)
                    ) from None
                raise
            continue
        database.form = form
        break
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
    except DATABASE_ERRORS as exc:
        database.close()
        raise cannot_open(exc, path) from None
    except CannotOpenDatabase:
        database.close()
        raise
    return database


def _open_form(path: Path, passphrase: str, read_only: bool) -> CaselogDatabase:
    try:
        return _connect(path, passphrase, read_only)
    except DATABASE_ERRORS as exc:
        error = cannot_open(exc, path)
    if read_only and isinstance(error, ReadOnlyDatabase) and not Path(f"{path}-wal").exists():
        try:  # a read-only folder: nothing can be writing, and no -wal holds changes
            return _connect(path, passphrase, read_only, immutable=True)
        except DATABASE_ERRORS as exc:
            error = cannot_open(exc, path)
    raise error


def cannot_open(exc: BaseException, path: Path) -> CannotOpenDatabase:
    """What a driver error met while opening or reading ``path`` means, as a ``CannotOpenDatabase``."""
    text = str(exc).lower()
    if "not a database" in text:
        return WrongPassphrase(
            translate("Models", "The passphrase does not open this database (or its first page is damaged).")
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        reason = read_only_reason(path)
        if reason:
            return ReadOnlyDatabase(reason)
    return DamagedDatabase(_unreadable(path))


def read_only_reason(path: Path) -> str | None:
    """Why Caselog cannot write to the database at ``path`` (the file or its folder is read-only),
    or None when both can be written."""
    path = Path(path)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return translate(
            "Models", "The folder of {path} is read-only, so Caselog cannot write to the database in it."
        ).format(path=path)
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError:
        return translate("Models", "{path} is read-only, so Caselog cannot write to it.").format(path=path)
    for companion in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        if companion.exists() and not os.access(companion, os.W_OK):
            return translate("Models", "{path} is read-only, so Caselog cannot write to it.").format(path=companion)
    return None


def verify_writable(database: CaselogDatabase) -> None:
    """Raise ``ReadOnlyDatabase`` unless the database can be written (takes and drops the write lock)."""
    path = database.path
    reason = None if not database.read_only else translate("Models", "{path} was opened read-only.").format(path=path)
    if reason is None:
        try:
            database.execute_sql("PRAGMA busy_timeout = 0")  # a writer at work is no reason to wait here
            try:
                database.execute_sql("BEGIN IMMEDIATE")
                database.execute_sql("ROLLBACK")
            finally:
                database.execute_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except DATABASE_ERRORS as exc:
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                return  # another Caselog is writing: the write itself will wait for it and say so
            reason = read_only_reason(path) or (None if "readonly" not in text else str(exc))
            if reason is None:
                raise cannot_open(exc, path) from None
    if reason:
        raise ReadOnlyDatabase(reason)


def verify_readable(database: CaselogDatabase) -> None:
    """Read every page and check its HMAC (SQLCipher's page check; about 0.6 s for 57 MB); raise
    ``DamagedDatabase`` if any page fails. Run before a command writes, so that nothing is ever
    written into a damaged file."""
    try:
        problems = database.execute_sql("PRAGMA cipher_integrity_check").fetchall()
    except DATABASE_ERRORS as exc:
        raise cannot_open(exc, database.path) from None
    if problems:
        raise DamagedDatabase(
            translate("Models", "{path} is damaged ({count} page(s) fail their check); nothing was changed.").format(
                path=database.path, count=len(problems)
            )
        )


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
    """Check that the full-text index agrees with the encounter table.

    The index holds exactly the encounters' rows (compared where the index keeps its per-row sizes,
    before migration 0020; its structure is part of SQLite's integrity check); and, unless the
    file is read-only, FTS5's own check compares every token with the text,
    in a transaction that is rolled back (FTS5 runs it as an INSERT, which writes nothing).
    """
    try:
        # An index that keeps column sizes (before migration 0020) lists its rows in _docsize.
        sized = database.execute_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'encounter_search_docsize'"
        ).fetchone()[0]
        indexed = unindexed = 0
        if sized:
            indexed = database.execute_sql(
                "SELECT count(*) FROM encounter_search_docsize d LEFT JOIN encounter e ON e.rowid = d.id "
                "WHERE e.rowid IS NULL"
            ).fetchone()[0]
            unindexed = database.execute_sql(
                "SELECT count(*) FROM encounter e LEFT JOIN encounter_search_docsize d ON d.id = e.rowid "
                "WHERE d.id IS NULL"
            ).fetchone()[0]
    except DATABASE_ERRORS as exc:
        return [f"search index: {exc}"]
    problems = []
    if indexed or unindexed:
        problems.append(f"search index: {indexed} row(s) for no encounter, {unindexed} encounter(s) not indexed")
    if getattr(database, "read_only", False) and not database.in_place:
        return problems  # a read-only file: FTS5's own check needs to write, so only the rows are compared
    reading_only = getattr(database, "in_place", False)
    try:
        if reading_only:
            database.execute_sql("PRAGMA query_only = 0")
        with database.atomic() as transaction:
            database.execute_sql("INSERT INTO encounter_search(encounter_search, rank) VALUES ('integrity-check', 1)")
            transaction.rollback()
    except DATABASE_ERRORS as exc:
        problems.append(f"search index: {exc}")
    finally:
        if reading_only:
            database.execute_sql("PRAGMA query_only = 1")
    return problems


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


@contextmanager
def writing_transaction():
    """A transaction that takes the write lock at once (BEGIN IMMEDIATE) and waits up to the busy
    timeout for another writer; ``DatabaseBusy`` if that one still holds it. Nothing is written then."""
    try:
        with db.obj.atomic("IMMEDIATE"):
            yield
    except DATABASE_ERRORS as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseBusy(
                translate(
                    "Models",
                    "Another Caselog is writing to this database; nothing was changed. Try again when it has finished.",
                )
            ) from None
        raise


def _read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(16)


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
