"""Commands on the store itself: init, backup, check."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import (
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    MAX_PROBLEMS_SHOWN,
    UsageError,
    add_output,
    database_path,
    open_for_command,
    read_passphrase,
    writable_output,
)


def add_init(commands, database: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[database], help="create a new encrypted database")
    init.set_defaults(handler=command_init)


def add_backup_and_check(commands, database: argparse.ArgumentParser) -> None:
    backup = commands.add_parser("backup", parents=[database], help="write an encrypted, consistent copy")
    add_output(backup)
    backup.set_defaults(handler=command_backup)
    check = commands.add_parser("check", parents=[database], help="check integrity, schema version and the audit trail")
    check.set_defaults(handler=command_check)


def command_init(args: argparse.Namespace) -> int:
    from models.opening import open_store
    from models.store.database import DatabaseExists

    path = database_path(args)
    if path.exists():
        raise UsageError(f"--db: {path} already exists; Caselog will not overwrite it.")
    try:
        open_store(path, read_passphrase(confirm=True), create=True)
    except DatabaseExists as exc:
        raise UsageError(str(exc)) from None
    print(f"Created an encrypted Caselog database at {path}.")
    print("Keep the passphrase safe: it cannot be recovered, and without it the notes cannot be read.")
    return EXIT_OK


def command_backup(args: argparse.Namespace) -> int:
    from models.store.backup import BackupRefused, make_backup
    from models.store.database import db
    from models.store.private_files import BACKUP

    output = writable_output(args, BACKUP)
    open_for_command(args)
    try:
        make_backup(db.obj, output, force=args.force)
    except BackupRefused as exc:
        print(f"caselog: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    print(f"Wrote an encrypted backup to {output} (it opens with the same passphrase).")
    return EXIT_OK


def command_check(args: argparse.Namespace) -> int:
    """Integrity, schema version and the audit trail, on a read-only connection: check never
    changes the file it checks (not even SQLite's checkpoint), works on a read-only file or
    folder, and reports damage as damage (exit 3) wherever it is met."""
    from models.store.audit import verify_chain
    from models.store.database import (
        DATABASE_ERRORS,
        DamagedDatabase,
        db,
        integrity_problems,
        open_database,
        search_index_problems,
    )
    from models.store.migrate import latest_schema_version, pending_migrations, schema_version, unknown_migrations
    from models.supervision.exchange.sign_offs import check_sign_offs

    path = database_path(args)
    database = open_database(path, read_passphrase(), read_only=True)
    try:
        version, latest = schema_version(database), latest_schema_version()
        pending, unknown = pending_migrations(database), unknown_migrations(database)
        problems = integrity_problems(database)
        chain, sign_offs = None, []
        if not problems and not pending and not unknown:
            problems += search_index_problems(database)
            db.initialize(database)
            chain = verify_chain()
            sign_offs = check_sign_offs()  # every supervisor's signed reply, verified again
    except DATABASE_ERRORS:
        raise DamagedDatabase(f"{path} is damaged and cannot be read.") from None
    finally:
        database.close()
        db.initialize(None)
    print(f"Database: {path}")
    print(f"Schema version: {version} (this Caselog: {latest})")
    if pending:
        print(f"Pending migrations (applied when the database is next opened): {', '.join(pending)}")
    if problems:
        print("Integrity: DAMAGED")
        for problem in problems[:MAX_PROBLEMS_SHOWN]:
            print(f"  {problem}")
        return EXIT_CANNOT_OPEN
    print("Integrity: ok (SQLite integrity check, SQLCipher page check, foreign keys, search index)")
    if unknown:
        print(f"This database was made by a newer Caselog (it has {', '.join(unknown)}); update Caselog to open it.")
        return EXIT_CANNOT_OPEN
    if chain is not None:
        if not chain.ok:
            print(f"Audit trail: BROKEN after {chain.entries} good entries: {chain.problem}")
            return EXIT_CANNOT_OPEN
        print(f"Audit trail: ok ({chain.entries} entries, hash chain intact, sealed, every encounter accounted for)")
    failed = [proof for proof in sign_offs if not proof.verified]
    for proof in failed:
        print(f"Sign-off of {proof.month} by {proof.name} ({proof.fingerprint}): FAILS: {proof.problem}")
    if failed:
        return EXIT_CANNOT_OPEN
    if sign_offs:
        print(f"Sign-offs: ok ({len(sign_offs)} signed by supervisors' keys, each verified again)")
    return EXIT_OK
