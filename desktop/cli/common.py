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
