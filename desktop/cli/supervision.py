"""Commands for supervision: a month's summary, its PDF (export pdf), the hours log, and marking a
month ready for supervision."""

from __future__ import annotations

import argparse
import json
import os

from desktop.cli.common import (
    EXIT_OK,
    UsageError,
    add_output,
    encounter_ids,
    open_for_command,
    parse_month,
    print_check,
    refuse_identified_check,
    writable_output,
)


def add_summary(commands, database: argparse.ArgumentParser) -> None:
    summary = commands.add_parser("summary", parents=[database], help="a month's summary for supervision")
    summary.add_argument("--month", metavar="YYYY-MM", required=True)
    summary.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    summary.set_defaults(handler=command_summary)


def add_hours(commands, database: argparse.ArgumentParser) -> None:
    hours = commands.add_parser("hours", parents=[database], help="the supervision hours log (toward licensure)")
    hours.add_argument(
        "--year", metavar="YYYY", type=_year, help="only this year's meetings (the running total counts all)"
    )
    hours.add_argument("--csv", action="store_true", help="one CSV row a meeting, then the total")
    hours.set_defaults(handler=command_hours)


def add_review(commands, database: argparse.ArgumentParser) -> None:
    review = commands.add_parser("review", help="a month's supervision review")
    steps = review.add_subparsers(dest="step", metavar="STEP", required=True)
    ready = steps.add_parser("ready", parents=[database], help="mark a month ready for supervision")
    ready.add_argument("--month", metavar="YYYY-MM", required=True)
    ready.set_defaults(handler=command_review_ready)


def _year(text: str) -> int:
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 9999):
        raise argparse.ArgumentTypeError(f"--year: {text!r} is not a year as YYYY")
    return int(text)


def command_hours(args: argparse.Namespace) -> int:
    from models.supervision.hours import hours, hours_csv, hours_log

    open_for_command(args)
    log = hours_log(year=args.year)
    if args.csv:
        print(hours_csv(log), end="")
        return EXIT_OK
    scope = f"in {args.year}" if args.year else "in all"
    print(f"Supervision hours {scope}: {hours(log.total_minutes)} ({len(log.meetings)} meeting(s); "
          f"{hours(log.signed_off_minutes)} in signed-off months)")  # fmt: skip
    for m, running in zip(log.meetings, log.running_minutes, strict=True):
        supervisor = m.supervisor_key or "supervisor not recorded"
        print(f"  {m.on} ({m.month})  {hours(m.minutes):>6} h  {m.format or '-':<9} {m.kind or '-':<10} "
              f"{supervisor}  running {hours(running)}")  # fmt: skip
    for title, totals in (("By supervisor", log.by_supervisor), ("By format", log.by_format),
                          ("By kind", log.by_kind), ("By month", log.by_month), ("By year", log.by_year)):  # fmt: skip
        print(f"{title}: " + ", ".join(f"{key or 'not recorded'} {hours(value)}" for key, value in totals.items()))
    return EXIT_OK


def command_review_ready(args: argparse.Namespace) -> int:
    from models.supervision.reviews import ReviewError, mark_ready

    month = parse_month(args.month)
    open_for_command(args)
    try:
        mark_ready(month)
    except ReviewError as exc:
        raise UsageError(f"--month: {exc}") from exc
    print(f"{month} is ready for supervision.")
    return EXIT_OK


def add_pdf_export(formats, database: argparse.ArgumentParser) -> None:
    export_pdf = formats.add_parser("pdf", parents=[database], help="a month's supervision summary as PDF")
    export_pdf.add_argument("--month", metavar="YYYY-MM", required=True)
    add_output(export_pdf, "FILE.pdf")
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
    open_for_command(args, writing=False)
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
    from models.store.private_files import PDF

    month = parse_month(args.month)
    if args.check:
        from models.supervision.report import month_check

        refuse_identified_check(args)
        open_for_command(args, writing=False)
        findings = month_check(month, reflections=encounter_ids(args.include_reflection, month))
        return print_check(findings, f"the pseudonymised PDF of {month}")
    output = writable_output(args, PDF)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # charts need Qt's widgets, not a screen
    from PySide6.QtWidgets import QApplication

    from desktop.report.pdf_export import export_month_pdf

    app = QApplication.instance() or QApplication([])  # noqa: F841 - must live while the charts draw
    open_for_command(args)
    reflections = encounter_ids(args.include_reflection, month)
    pages = export_month_pdf(
        month, output, identified=args.identified, paper=args.paper, reflections=reflections,
        full_detail=args.full_detail, force=args.force,
    )  # fmt: skip
    kind = "identified" if args.identified else "pseudonymised"
    print(f"Wrote the {kind} supervision summary of {month} ({pages} page(s)) to {output}.")
    return EXIT_OK
