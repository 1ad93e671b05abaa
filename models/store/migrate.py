"""Schema migrations: numbered scripts in models/store/migrations, applied by peewee's runner in a
transaction each and recorded in its history table. The file is backed up before migrating."""

from __future__ import annotations

from pathlib import Path

from playhouse.migrations import Migration, Runner
from playhouse.sqlcipher_ext import SqlCipherDatabase

from models import clock
from models.i18n import translate
from models.store.backup import backup_database
from models.store.database import NewerDatabase

MIGRATIONS_DIRECTORY = Path(__file__).parent / "migrations"


def runner(database: SqlCipherDatabase) -> Runner:
    return Runner(database, directory=str(MIGRATIONS_DIRECTORY))


def applied_migrations(database: SqlCipherDatabase) -> list[str]:
    """Names of the migrations this database has had, in order."""
    return [m.name for m in runner(database).status() if m.applied]


def pending_migrations(database: SqlCipherDatabase) -> list[str]:
    """Names of the migrations this database still needs, in order."""
    return [m.name for m in runner(database).status() if not m.applied and m.path]


def unknown_migrations(database: SqlCipherDatabase) -> list[str]:
    """Names of migrations this database has had that this Caselog does not ship: a newer Caselog
    made it, and this one must not write to it."""
    return [m.name for m in runner(database).status() if m.applied and not m.path]


def refuse_newer(database: SqlCipherDatabase) -> None:
    """Raise ``NewerDatabase`` if a newer Caselog made ``database``."""
    if unknown_migrations(database):
        raise NewerDatabase(
            translate("Models", "{path} was made by a newer Caselog; update Caselog to open it.").format(
                path=getattr(database, "path", database.database)
            )
        )


def schema_version(database: SqlCipherDatabase) -> int:
    """The number of the last migration applied (0 for a database with none)."""
    return max((m.idx for m in runner(database).status() if m.applied), default=0)


def latest_schema_version() -> int:
    """The number of the newest migration this version of Caselog ships."""
    return max(m.idx for m in Migration.load_directory(str(MIGRATIONS_DIRECTORY)))


def migrate(database: SqlCipherDatabase, target: str | None = None) -> list[str]:
    """Apply pending migrations (up to ``target``). A database that already has a schema is backed
    up first, next to itself, as ``NAME.before-MIGRATION-TIMESTAMP.bak``. Returns the names applied."""
    refuse_newer(database)
    pending = pending_migrations(database)
    if not pending:
        return []
    if applied_migrations(database):
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        path = getattr(database, "path", None) or Path(database.database)
        backup_database(database, Path(f"{path}.before-{pending[0]}-{stamp}.bak"))
    return runner(database).up(target)
