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


def open_for_command(args: argparse.Namespace):
    from models.opening import open_store

    return open_store(database_path(args), read_passphrase())


def parse_month(text: str):
    """``--month YYYY-MM`` as a Month, or a UsageError naming the option."""
    from models.log.months import Month

    try:
        return Month.parse(text)
    except ValueError as exc:
        raise UsageError(f"--month: {exc}") from None


def writable_output(output: Path, overwrite_refused: bool = False) -> Path:
    """``-o FILE``: refused when it is a folder (or exists, with ``overwrite_refused``) or its folder is missing."""
    if overwrite_refused and output.exists():
        raise UsageError(f"-o: {output} already exists; Caselog will not overwrite it.")
    if output.exists() and output.is_dir():
        raise UsageError(f"-o: {output} is a folder; give a file name.")
    if not output.parent.is_dir():
        raise UsageError(f"-o: the folder {output.parent} does not exist.")
    return output


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
