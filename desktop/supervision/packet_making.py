"""Making a month's packet (DESIGN §11), shared by "Send to supervisor" and ``caselog packet send``:
the month read once, pseudonymised, and the PDF of that same reading rendered to be hashed (and
kept, when asked for)."""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.report.pdf_export import prepare_pdf, run_pdf
from models.log.months import Month
from models.store.private_files import write_private_bytes
from models.supervision.exchange.outbox import packet_summary
from models.supervision.report import month_report


@dataclass
class PacketContents:
    summary: dict[str, Any]
    pdf_sha256: str
    pdf: bytes


def packet_contents(
    month: Month, paper: str | None = None, therapist: str = "", full_detail: bool = False
) -> PacketContents:
    """The month as a packet carries it, and the pseudonymised PDF made from the same reading.
    Reads the database and draws charts: on the GUI thread (or in a command)."""
    report = month_report(month, identified=False)
    with tempfile.TemporaryDirectory(prefix="caselog-packet-") as folder:
        path = Path(folder) / "month.pdf"  # a private temporary folder (0700), removed at once
        run_pdf(prepare_pdf(month, path, paper=paper, therapist=therapist, report=report))
        pdf = path.read_bytes()
    return PacketContents(packet_summary(report, full_detail), hashlib.sha256(pdf).hexdigest(), pdf)


def keep_pdf(contents: PacketContents, path: str | Path) -> None:
    """Save the PDF whose hash the packet carries (owner-only, whole or not at all)."""
    write_private_bytes(path, contents.pdf)
