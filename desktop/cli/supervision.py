"""Commands for supervision: a month's summary, and its PDF (export pdf)."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from desktop.cli.common import (
    EXIT_OK,
    encounter_ids,
    open_for_command,
    parse_month,
    print_check,
    refuse_identified_check,
    required_output,
    writable_output,
)


def add_summary(commands, database: argparse.ArgumentParser) -> None:
    summary = commands.add_parser("summary", parents=[database], help="a month's summary for supervision")
    summary.add_argument("--month", metavar="YYYY-MM", required=True)
    summary.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    summary.set_defaults(handler=command_summary)


def add_pdf_export(formats, database: argparse.ArgumentParser) -> None:
    export_pdf = formats.add_parser("pdf", parents=[database], help="a month's supervision summary as PDF")
    export_pdf.add_argument("--month", metavar="YYYY-MM", required=True)
    export_pdf.add_argument("-o", "--output", metavar="FILE.pdf", type=Path)
    export_pdf.add_argument("--identified", action="store_true", help="include client names and locations")
    export_pdf.add_argument("--paper", choices=["a4", "letter"], help="paper size (default: from your locale)")
    export_pdf.add_argument(
        "--full-detail",
        action="store_true",
        help="every encounter in full (default: priority ones in full, the rest in a line)",
    )
    export_pdf.add_argument(
        "--include-reflection", metavar="ID", action="append", default=[],
        help="include the private reflection of this encounter (an id, or its first 8 characters); repeatable",
    )  # fmt: skip
    export_pdf.add_argument(
        "--check", action="store_true", help="list possible identifiers left in the narratives; write nothing"
    )
    export_pdf.set_defaults(handler=command_export_pdf)


def command_summary(args: argparse.Namespace) -> int:
    from models.pseudonymise import pseudonymised
    from models.supervision.summary import compute_summary
    from models.supervision.summary_text import summary_text

    month = parse_month(args.month)
    open_for_command(args)
    summary = compute_summary(month)
    # Pseudonymised either way: the text is pasted into e-mails and notes as readily as the JSON.
    pseudonymiser = pseudonymised.build_pseudonymiser([e.id for e in summary.encounters])
    if args.json:
        document = pseudonymised.summary_json(summary.to_json(), pseudonymiser)
        print(json.dumps(document, ensure_ascii=False, indent=1))
    else:
        print(summary_text(pseudonymised.summary(summary, pseudonymiser)))
    return EXIT_OK


def command_export_pdf(args: argparse.Namespace) -> int:
    month = parse_month(args.month)
    if args.check:
        from models.supervision.report import month_check

        refuse_identified_check(args)
        open_for_command(args)
        findings = month_check(month, reflections=encounter_ids(args.include_reflection, month))
        return print_check(findings, f"the pseudonymised PDF of {month}")
    output = writable_output(required_output(args))
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # charts need Qt's widgets, not a screen
    from PySide6.QtWidgets import QApplication

    from desktop.report.pdf_export import export_month_pdf

    app = QApplication.instance() or QApplication([])  # noqa: F841 - must live while the charts draw
    open_for_command(args)
    reflections = encounter_ids(args.include_reflection, month)
    pages = export_month_pdf(
        month, output, identified=args.identified, paper=args.paper, reflections=reflections,
        full_detail=args.full_detail,
    )  # fmt: skip
    kind = "identified" if args.identified else "pseudonymised"
    print(f"Wrote the {kind} supervision summary of {month} ({pages} page(s)) to {output}.")
    return EXIT_OK
