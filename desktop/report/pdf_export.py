"""Exporting a month's supervision summary as PDF: gather and draw the charts on the GUI
thread, then lay out and paint the pages on a worker thread with progress."""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage

from desktop.report.pdf_writer import screen_dpi, write_pdf
from desktop.report.report_charts import chart_images
from desktop.report.report_html import report_blocks
from models.log.months import Month
from models.pseudonymise.pseudonymiser import Pseudonymiser
from models.supervision.report import MonthReport, month_report, record_pdf_export


def tr(text: str) -> str:
    # pyside6-lupdate files a module-level tr() under the empty context, so it is looked up there.
    return QCoreApplication.translate("", text)


def default_paper() -> str:
    """US Letter where the locale measures in US units, A4 elsewhere."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if imperial else "a4"


@dataclass
class PdfJob:
    """Everything the worker needs: no database access and no widgets after this point."""

    path: Path
    blocks: list[str]
    images: dict[str, QImage]
    paper: str
    title: str
    footer: str
    screen_dpi: float = 96  # what the HTML's image sizes are taken in (pdf_writer.print_image_sizes)


def prepare_pdf(
    month: Month,
    path: str | os.PathLike[str],
    identified: bool = False,
    paper: str | None = None,
    therapist: str = "",
    *,
    reflections: Collection[str] = (),
    full_detail: bool = False,
    pseudonymiser: Pseudonymiser | None = None,
    report: MonthReport | None = None,
):
    """Read the month and draw its charts (GUI thread). Returns the job for ``run_pdf``.
    ``therapist`` ("name, credential", from the preferences) heads the report; ``reflections`` are
    the encounters whose reflection the therapist chose to include; ``pseudonymiser`` carries the
    choices made on the list of possible identifiers; ``report`` is the month already read with
    those (a packet hashes the PDF of the very report it carries)."""
    report = report or month_report(
        month, identified=identified, reflections=reflections, full_detail=full_detail, pseudonymiser=pseudonymiser
    )
    images = chart_images(report.summary)
    footer = tr("Confidential supervision material · {0} · {1}").format(
        month, tr("identified") if identified else tr("pseudonymised")
    )
    return PdfJob(
        path=Path(path),
        blocks=report_blocks(report, list(images), therapist),
        images=images,
        paper=paper or default_paper(),
        title=tr("Caselog supervision summary {0}").format(month),
        footer=footer,
        screen_dpi=screen_dpi(),
    )


def run_pdf(job: PdfJob, progress=None, cancelled=None, *, force: bool = False, record=None) -> int:
    """Lay out and write the PDF (any thread). ``record`` (the audit entry) is written in the
    transaction that gives the finished file its name. Returns the number of pages."""
    return write_pdf(
        job.path,
        job.blocks,
        job.images,
        paper=job.paper,
        title=job.title,
        footer=job.footer,
        page_label=lambda page, pages: tr("Page {0} of {1}").format(page, pages),
        progress=progress,
        cancelled=cancelled,
        force=force,
        record=record,
        screen_dpi=job.screen_dpi,
    )


def export_month_pdf(
    month: Month,
    path,
    identified: bool = False,
    paper: str | None = None,
    *,
    reflections: Collection[str] = (),
    full_detail: bool = False,
    force: bool = False,
) -> int:
    """Prepare and write in one go (the command line), the audit entry with the file."""
    job = prepare_pdf(month, path, identified, paper, reflections=reflections, full_detail=full_detail)
    return run_pdf(job, force=force, record=lambda: record_pdf_export(month, identified))
