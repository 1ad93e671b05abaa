"""Commands that move data in and out: import, export json, export csv."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    MAX_PROBLEMS_SHOWN,
    UsageError,
    add_output,
    open_for_command,
    print_check,
    refuse_identified_check,
    writable_output,
)


def add_import(commands, database: argparse.ArgumentParser) -> None:
    importing = commands.add_parser("import", parents=[database], help="import a Caselog JSON file (all or nothing)")
    importing.add_argument("file", metavar="FILE.json", type=Path)
    importing.set_defaults(handler=command_import)


def add_exports(formats, database: argparse.ArgumentParser) -> None:
    # What every data export takes: where, and whether names, locations and reflections go in.
    exported = argparse.ArgumentParser(add_help=False, parents=[database])
    add_output(exported)
    exported.add_argument("--identified", action="store_true", help="include client names and locations")
    exported.add_argument(
        "--include-reflections", action="store_true", help="include the private reflections (left out by default)"
    )
    exported.add_argument(
        "--check", action="store_true", help="list possible identifiers left in the narratives; write nothing"
    )
    formats.add_parser("json", parents=[exported], help="the whole database as Caselog JSON").set_defaults(
        handler=command_export
    )
    formats.add_parser("csv", parents=[exported], help="encounters as CSV for spreadsheets").set_defaults(
        handler=command_export
    )


def command_import(args: argparse.Namespace) -> int:
    from models.interchange.importing import ImportFileError, import_document, read_import_file
    from models.values import ValidationError

    try:
        document = read_import_file(args.file)
    except ImportFileError as exc:
        raise UsageError(f"{args.file}: {exc}; nothing was imported.") from None
    open_for_command(args)  # reads every page first: nothing is imported into a damaged file
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
    from models.interchange.csv_export import export_csv
    from models.interchange.exporting import export_json
    from models.store.private_files import CSV, JSON

    if args.check:
        from models.interchange.exporting import export_check

        refuse_identified_check(args)
        open_for_command(args, writing=False)
        findings = export_check(include_reflections=args.include_reflections, clients=args.format == "json")
        return print_check(findings, f"a {args.format} export")
    output = writable_output(args, CSV if args.format == "csv" else JSON)
    open_for_command(args)
    export = export_csv if args.format == "csv" else export_json
    count = export(output, identified=args.identified, include_reflections=args.include_reflections, force=args.force)
    kind = "identified" if args.identified else "pseudonymised"
    reflections = ", with reflections" if args.include_reflections else ""
    print(f"Wrote {count} encounter(s), {kind}{reflections}, to {output}.")
    return EXIT_OK
