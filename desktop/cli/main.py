"""The command line (DESIGN §6): the parser, built from each command group's module, and the
dispatch with its exit codes.

Exit codes: 0 done; 1 unexpected failure; 2 bad input (the message names the field and the
value, and nothing was changed); 3 the database cannot be opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli import exchange, store, suggestions, supervision, transfer
from desktop.cli.common import (
    EXIT_FAILURE,
    PASSPHRASE_VARIABLE,
    database_path,
    exit_code_for,
)


def build_parser() -> argparse.ArgumentParser:
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--db",
        metavar="PATH",
        type=Path,
        default=argparse.SUPPRESS,
        help="the database file (default: your data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="caselog",
        description="Log encounters with clients outside sessions and prepare them for supervision.",
        epilog=f"The passphrase is read from {PASSPHRASE_VARIABLE}, or asked for on the terminal.",
    )
    parser.add_argument("--db", metavar="PATH", type=Path, default=None, help="the database file")
    parser.add_argument("--demo", action="store_true", help="open the app on a throwaway database of sample encounters")
    parser.set_defaults(handler=run_app)
    # Each command group's module adds its own commands; this order is the order of `caselog --help`.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    store.add_init(commands, database)
    transfer.add_import(commands, database)
    export = commands.add_parser("export", help="export encounters")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    transfer.add_exports(formats, database)
    supervision.add_summary(commands, database)
    suggestions.add_suggest(commands)
    supervision.add_pdf_export(formats, database)
    supervision.add_review(commands, database)
    supervision.add_hours(commands, database)
    store.add_backup_and_check(commands, database)
    exchange.add_exchange(commands, database)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.security.privacy import harden_process

    harden_process()
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("caselog: interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # the last line of defence: no traceback, no client data
        known = exit_code_for(exc)
        if known is not None:
            code, message = known
            print(f"caselog: {message}", file=sys.stderr)
            return code
        if os.environ.get("CASELOG_DEBUG"):
            raise
        print(f"caselog: unexpected failure ({type(exc).__name__}); nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        from models.opening import close_store

        close_store()


def run_app(args: argparse.Namespace) -> int:
    from desktop.app import run

    return run(database_path=None if args.demo else database_path(args), demo=args.demo)
