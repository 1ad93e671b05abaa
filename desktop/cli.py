"""The command line (DESIGN §6).

Exit codes: 0 done; 1 unexpected failure; 2 bad input (the message names the field and the
value, and nothing was changed); 3 the database cannot be opened.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
EXIT_CANNOT_OPEN = 3
PASSPHRASE_VARIABLE = "CASELOG_PASSPHRASE"
MAX_PROBLEMS_SHOWN = 20


class UsageError(Exception):
    """Bad input on the command line: exit 2 with this message."""


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("init", parents=[database], help="create a new encrypted database")

    importing = commands.add_parser("import", parents=[database], help="import a Caselog JSON file (all or nothing)")
    importing.add_argument("file", metavar="FILE.json", type=Path)

    # What every data export takes: where, and whether names, locations and reflections go in.
    exported = argparse.ArgumentParser(add_help=False, parents=[database])
    exported.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    exported.add_argument("--identified", action="store_true", help="include client names and locations")
    exported.add_argument(
        "--include-reflections", action="store_true", help="include the private reflections (left out by default)"
    )
    export = commands.add_parser("export", help="export encounters")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    formats.add_parser("json", parents=[exported], help="the whole database as Caselog JSON")
    formats.add_parser("csv", parents=[exported], help="encounters as CSV for spreadsheets")

    summary = commands.add_parser("summary", parents=[database], help="a month's summary for supervision")
    summary.add_argument("--month", metavar="YYYY-MM", required=True)
    summary.add_argument("--json", action="store_true", help="print the summary as one JSON object")

    export_pdf = formats.add_parser("pdf", parents=[database], help="a month's supervision summary as PDF")
    export_pdf.add_argument("--month", metavar="YYYY-MM", required=True)
    export_pdf.add_argument("-o", "--output", metavar="FILE.pdf", type=Path, required=True)
    export_pdf.add_argument("--identified", action="store_true", help="include client names and locations")
    export_pdf.add_argument("--paper", choices=["a4", "letter"], help="paper size (default: from your locale)")

    backup = commands.add_parser("backup", parents=[database], help="write an encrypted, consistent copy")
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)

    commands.add_parser("check", parents=[database], help="check integrity, schema version and the audit trail")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.privacy import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers: dict[str | None, Callable[[argparse.Namespace], int]] = {
        None: run_app,
        "init": command_init,
        "import": command_import,
        "export": command_export,
        "check": command_check,
        "summary": command_summary,
        "backup": command_backup,
    }
    from models.database import CannotOpenDatabase, EmptyPassphrase

    try:
        return handlers[args.command](args)
    except UsageError as exc:
        print(f"caselog: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except EmptyPassphrase as exc:
        print(f"caselog: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CannotOpenDatabase as exc:
        print(f"caselog: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except KeyboardInterrupt:
        print("caselog: interrupted; nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # the last line of defence: no traceback, no client data
        if os.environ.get("CASELOG_DEBUG"):
            raise
        print(f"caselog: unexpected failure ({type(exc).__name__}); nothing was changed.", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        from models.store import close_store

        close_store()


def database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return args.db
    from desktop.paths import default_database_path

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
    from models.store import open_store

    return open_store(database_path(args), read_passphrase())


def command_init(args: argparse.Namespace) -> int:
    from models.database import DatabaseExists
    from models.store import open_store

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


def command_import(args: argparse.Namespace) -> int:
    from models.interchange import ImportFileError, import_document, read_import_file
    from models.validation import ValidationError

    try:
        document = read_import_file(args.file)
    except ImportFileError as exc:
        raise UsageError(f"{args.file}: {exc}; nothing was imported.") from None
    database = open_for_command(args)
    from models.database import DamagedDatabase, integrity_problems

    if integrity_problems(database, quick=True):
        raise DamagedDatabase("The database is damaged; nothing was imported. Restore a backup first.")
    try:
        result = import_document(document)
    except ValidationError as exc:
        print(f"caselog: {args.file} was not imported; nothing was changed:", file=sys.stderr)
        for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"  {problem}", file=sys.stderr)
        if len(exc.problems) > MAX_PROBLEMS_SHOWN:
            print(f"  ... and {len(exc.problems) - MAX_PROBLEMS_SHOWN} more problem(s)", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(result.describe())
    return EXIT_OK


def command_export(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.exists() and output.is_dir():
        raise UsageError(f"-o: {output} is a folder; give a file name.")
    if not output.parent.is_dir():
        raise UsageError(f"-o: the folder {output.parent} does not exist.")
    if args.format == "pdf":
        return export_pdf(args, output)
    from models.csv_export import export_csv
    from models.interchange import export_json

    open_for_command(args)
    export = export_csv if args.format == "csv" else export_json
    count = export(output, identified=args.identified, include_reflections=args.include_reflections)
    kind = "identified" if args.identified else "de-identified"
    reflections = ", with reflections" if args.include_reflections else ""
    print(f"Wrote {count} encounter(s), {kind}{reflections}, to {output}.")
    return EXIT_OK


def export_pdf(args: argparse.Namespace, output: Path) -> int:
    from models.months import Month

    try:
        month = Month.parse(args.month)
    except ValueError as exc:
        raise UsageError(f"--month: {exc}") from None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # charts need Qt's widgets, not a screen
    from PySide6.QtWidgets import QApplication

    from desktop.pdf_export import export_month_pdf

    app = QApplication.instance() or QApplication([])  # noqa: F841 - must live while the charts draw
    open_for_command(args)
    pages = export_month_pdf(month, output, identified=args.identified, paper=args.paper)
    kind = "identified" if args.identified else "de-identified"
    print(f"Wrote the {kind} supervision summary of {month} ({pages} page(s)) to {output}.")
    return EXIT_OK


def command_summary(args: argparse.Namespace) -> int:
    import json

    from models.months import Month
    from models.summary import compute_summary
    from models.summary_text import summary_text

    try:
        month = Month.parse(args.month)
    except ValueError as exc:
        raise UsageError(f"--month: {exc}") from None
    open_for_command(args)
    summary = compute_summary(month)
    if args.json:
        print(json.dumps(summary.to_json(), ensure_ascii=False, indent=1))
    else:
        print(summary_text(summary))
    return EXIT_OK


def command_backup(args: argparse.Namespace) -> int:
    from models.backup import BackupRefused, make_backup
    from models.database import db

    output: Path = args.output
    if output.exists():
        raise UsageError(f"-o: {output} already exists; Caselog will not overwrite it.")
    if not output.parent.is_dir():
        raise UsageError(f"-o: the folder {output.parent} does not exist.")
    open_for_command(args)
    try:
        make_backup(db.obj, output)
    except BackupRefused as exc:
        print(f"caselog: {exc}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    print(f"Wrote an encrypted backup to {output} (it opens with the same passphrase).")
    return EXIT_OK


def command_check(args: argparse.Namespace) -> int:
    from models.audit import verify_chain
    from models.database import db, integrity_problems, open_database, search_index_problems
    from models.migrate import latest_schema_version, pending_migrations, schema_version

    path = database_path(args)
    database = open_database(path, read_passphrase())
    try:
        version, latest = schema_version(database), latest_schema_version()
        pending = pending_migrations(database)
        problems = integrity_problems(database)
        chain = None
        if not pending:
            problems += search_index_problems(database)
            db.initialize(database)
            chain = verify_chain()
    finally:
        database.close()
    print(f"Database: {path}")
    print(f"Schema version: {version} (this Caselog: {latest})")
    if pending:
        print(f"Pending migrations (applied when the database is next opened): {', '.join(pending)}")
    if version > latest:
        print("This database was made by a newer Caselog; update Caselog to use it.")
    if problems:
        print("Integrity: DAMAGED")
        for problem in problems[:MAX_PROBLEMS_SHOWN]:
            print(f"  {problem}")
        return EXIT_CANNOT_OPEN
    print("Integrity: ok (SQLite integrity check, SQLCipher page check, foreign keys, search index)")
    if chain is not None:
        if not chain.ok:
            print(f"Audit trail: BROKEN after {chain.entries} good entries: {chain.problem}")
            return EXIT_CANNOT_OPEN
        print(f"Audit trail: ok ({chain.entries} entries, hash chain intact)")
    return EXIT_OK


def run_app(args: argparse.Namespace) -> int:
    from desktop.app import run

    return run(database_path=None if args.demo else database_path(args), demo=args.demo)
