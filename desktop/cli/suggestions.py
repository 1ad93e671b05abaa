"""`caselog suggest FILE.json`: the rules' suggestions, concerns and warnings for each encounter of
an interchange document (DESIGN §3), without a database."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop.cli.common import EXIT_BAD_INPUT, EXIT_OK, MAX_PROBLEMS_SHOWN, UsageError


def add_suggest(commands) -> None:
    suggesting = commands.add_parser(
        "suggest", help="suggested categories, concerns, minimum risk and warnings per encounter (no database)"
    )
    suggesting.add_argument("file", metavar="FILE.json", type=Path)
    suggesting.set_defaults(handler=command_suggest)


def command_suggest(args: argparse.Namespace) -> int:
    """One JSON line per encounter, in file order: {"id", "categories", "concerns", "minimum_risk",
    "warnings"}. The encounters are checked as an import checks them, except that their categories
    may be empty (they are what is being suggested); any other problem is bad input (exit 2)."""
    from models import clock
    from models.interchange.importing import ImportFileError, read_import_file
    from models.log.suggestions import suggest
    from models.log.validation import ValidationContext, validate_encounter

    try:
        document = read_import_file(args.file)
    except ImportFileError as exc:
        raise UsageError(f"{args.file}: {exc}") from None
    encounters = document.get("encounters") if isinstance(document, dict) else None
    if not isinstance(encounters, list):
        raise UsageError(f"{args.file}: encounters: must be a list of encounters (a Caselog JSON document)")
    context = ValidationContext(today=clock.today())
    problems = []
    for index, encounter in enumerate(encounters):
        prefix = f"encounters[{index}]."
        _, found = validate_encounter(encounter, context, prefix)
        problems += [p for p in found if p.field != f"{prefix}categories"] if isinstance(encounter, dict) else found
    if problems:
        print(f"caselog: {args.file} has problems; no suggestions were made:", file=sys.stderr)
        for problem in problems[:MAX_PROBLEMS_SHOWN]:
            print(f"  {problem}", file=sys.stderr)
        if len(problems) > MAX_PROBLEMS_SHOWN:
            print(f"  ... and {len(problems) - MAX_PROBLEMS_SHOWN} more problem(s)", file=sys.stderr)
        return EXIT_BAD_INPUT
    write = sys.stdout.write
    try:
        for encounter in encounters:
            write(json.dumps(suggest(encounter).as_json(encounter.get("id")), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (| head): not a failure
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so that Python's own flush at exit stays quiet
    return EXIT_OK
