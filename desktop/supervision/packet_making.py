"""Making a month's packet (DESIGN §11), shared by "Send to supervisor" and ``caselog packet send``:
the month read once with one pseudonymiser (the therapist's choices on the possible identifiers,
the reflections chosen encounter by encounter), and the PDF of that same reading rendered to be
hashed (and kept, when asked for)."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.report.pdf_export import PdfJob, prepare_pdf, run_pdf
from models.log.months import Month
from models.pseudonymise import pseudonymised
from models.store.private_files import PDF, write_private_bytes
from models.supervision.exchange.outbox import packet_summary
from models.supervision.report import month_ids, month_report


@dataclass
class PacketContents:
    summary: dict[str, Any]
    pdf_sha256: str
    pdf: bytes


@dataclass
class PacketJob:
    """The month read and its charts drawn (GUI thread); ``render`` writes the PDF (any thread)."""

    summary: dict[str, Any]
    pdf: PdfJob
    folder: tempfile.TemporaryDirectory

    def render(self, progress: Callable[[int, int], None] | None = None, cancelled=None) -> PacketContents:
        try:
            run_pdf(self.pdf, progress, cancelled)
            data = self.pdf.path.read_bytes()
        finally:
            self.folder.cleanup()  # the PDF is not kept unless asked for (keep_pdf)
        return PacketContents(self.summary, hashlib.sha256(data).hexdigest(), data)


def prepare_packet(
    month: Month,
    paper: str | None = None,
    therapist: str = "",
    *,
    reflections: Collection[str] = (),
    full_detail: bool = False,
    keep_out: Collection[str] = (),
    let_pass: Collection[str] = (),
) -> PacketJob:
    """Read the month for its packet and prepare the PDF of the same reading (GUI thread)."""
    p = pseudonymised.build_pseudonymiser(month_ids(month), keep_out=keep_out, let_pass=let_pass)
    report = month_report(month, reflections=reflections, full_detail=full_detail, pseudonymiser=p)
    folder = tempfile.TemporaryDirectory(prefix="caselog-packet-")  # private (0700), removed after rendering
    job = prepare_pdf(month, Path(folder.name) / "month.pdf", paper=paper, therapist=therapist, report=report)
    return PacketJob(packet_summary(report, p), job, folder)


def packet_contents(month: Month, **options) -> PacketContents:
    """Prepare and render in one go (the command line)."""
    return prepare_packet(month, **options).render()


def keep_pdf(contents: PacketContents, path: str | Path, *, force: bool = False) -> None:
    """Save the PDF whose hash the packet carries (owner-only, whole or not at all; an existing file
    only with ``force``, and only a PDF)."""
    write_private_bytes(path, contents.pdf, force=force, kind=PDF)
