"""What every command shares: exit codes, the database path, the passphrase, opening the store."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
EXIT_CANNOT_OPEN = 3
PASSPHRASE_VARIABLE = "CASELOG_PASSPHRASE"
MAX_PROBLEMS_SHOWN = 20


class UsageError(Exception):
    """Bad input on the command line: exit 2 with this message."""


class CommandFailed(Exception):
    """The command could not be done, for a reason the message gives in plain words: exit 1."""


def exit_code_for(exc: BaseException) -> tuple[int, str] | None:
    """The exit code and the one-line message for an exception a command let through, or None when
    it is unexpected (exit 1 naming only its type: a message could quote client data).

    2 bad input: ``UsageError``, an empty or weak passphrase, an output path Caselog will not write.
    3 the database cannot be opened (for this command): wrong passphrase, not Caselog's, damaged,
      read-only, made by a newer Caselog; a driver error that shows damage met while reading.
    1 with a reason: the disk is full, another Caselog is writing, ``CommandFailed``.
    """
    from models.store.database import (
        DATABASE_ERRORS,
        CannotOpenDatabase,
        DatabaseBusy,
        EmptyPassphrase,
        db,
    )
    from models.store.passphrase import WeakPassphrase
    from models.store.private_files import OutputFailed, OutputRefused, plain_reason

    if isinstance(exc, (UsageError, EmptyPassphrase, WeakPassphrase)):
        return EXIT_BAD_INPUT, str(exc)
    if isinstance(exc, OutputRefused):
        return EXIT_BAD_INPUT, f"-o: {exc}; nothing was written."
    if isinstance(exc, CannotOpenDatabase):
        return EXIT_CANNOT_OPEN, str(exc)
    if isinstance(exc, (OutputFailed, DatabaseBusy, CommandFailed)):
        return EXIT_FAILURE, str(exc)
    if isinstance(exc, DATABASE_ERRORS):
        from models.store.database import cannot_open

        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return EXIT_FAILURE, "another Caselog is writing to this database; nothing was changed. Try again later."
        if "full" in text:
            return EXIT_FAILURE, f"{plain_reason(exc)}; nothing was changed."
        path = getattr(db.obj, "path", None)
        if path is not None:
            return EXIT_CANNOT_OPEN, str(cannot_open(exc, path))
    return None


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return args.db
    from desktop.settings.paths import default_database_path

    return default_database_path()


def read_passphrase(confirm: bool = False) -> str:
    """The passphrase from CASELOG_PASSPHRASE, else asked on the terminal (twice when creating)."""
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase is not None:
        return passphrase
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {PASSPHRASE_VARIABLE} or run caselog in a terminal.")
    passphrase = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != passphrase:
        raise UsageError("the two passphrases differ; nothing was created.")
    return passphrase


def open_for_command(args: argparse.Namespace, *, writing: bool = True):
    """Open the store for a command. A command that writes (an audit entry counts) first checks
    that the file can be written and that every page reads: nothing is written into a damaged or
    read-only file. ``writing=False`` opens read-only (nothing written, not even by SQLite)."""
    from models.opening import open_store

    return open_store(database_path(args), read_passphrase(), writing=writing, verify_pages=writing)


def parse_month(text: str):
    """``--month YYYY-MM`` as a Month, or a UsageError naming the option."""
    from models.log.months import Month

    try:
        return Month.parse(text)
    except ValueError as exc:
        raise UsageError(f"--month: {exc}") from None


def add_output(parser: argparse.ArgumentParser, metavar: str = "FILE") -> None:
    """``-o FILE`` and ``--force``, as every command that writes a file takes them (DESIGN §6)."""
    parser.add_argument("-o", "--output", metavar=metavar, type=Path)
    parser.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (only a file of the same kind, atomically)"
    )


def writable_output(args: argparse.Namespace, kind=None, *, path: Path | None = None, option: str = "-o") -> Path:
    """``-o FILE`` (or ``option`` naming ``path``) checked before any work
    (``models.store.private_files.check_destination``): a refusal is bad input (exit 2), e.g. an
    existing file without ``--force``, the database itself, a folder, a device. The writer checks
    again when it writes."""
    from models.store.private_files import OutputRefused, check_destination

    target = required_output(args) if path is None else path
    protect = [args.db] if getattr(args, "db", None) is not None else []
    try:
        check_destination(target, force=args.force, kind=kind, protect=protect)
    except OutputRefused as exc:
        hint = " (use --force to replace it)" if "already exists" in str(exc) else ""
        raise UsageError(f"{option}: {exc}{hint}; nothing was written.") from None
    return target


def required_output(args) -> Path:
    """``-o FILE``, which every export needs unless it only checks (``--check``)."""
    if args.output is None:
        raise UsageError("-o/--output is required (or --check to list possible identifiers and write nothing).")
    return args.output


def refuse_identified_check(args) -> None:
    if args.identified:
        raise UsageError("--check looks at pseudonymised output; an --identified export is not pseudonymised.")


def encounter_ids(given: list[str], month=None) -> list[str]:
    """Encounter ids from the command line, each whole or by its first 8 characters (with or
    without dashes); a usage error names one that matches no encounter or more than one."""
    import uuid

    from models.log.encounters import Encounter

    found = []
    for text in given:
        wanted = text.strip().lower().replace("-", "")
        query = Encounter.select(Encounter.id)
        if month is not None:
            start, end = month.range()
            query = query.where((Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
        matches = [str(uuid.UUID(str(i))) for (i,) in query.tuples() if uuid.UUID(str(i)).hex.startswith(wanted)]
        if len(wanted) < 8 or len(matches) != 1:
            where = f" in {month}" if month is not None else ""
            raise UsageError(f"--include-reflection {text!r}: names no single encounter{where}.")
        found.append(matches[0])
    return found


def print_check(findings, what: str) -> int:
    """Print the possible identifiers of an export that was not written (``--check``)."""
    if not findings:
        print(f"No possible identifiers in {what}; nothing was written.")
        return EXIT_OK
    print(f"{len(findings)} possible identifier(s) in {what}; nothing was written:")
    for finding in findings:
        print(f"  {finding.line()}")
    print("Add a name to a client's keep-out words (Clients dialog) to keep it out from now on.")
    return EXIT_OK
