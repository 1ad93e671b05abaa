"""The PDF of a 300-encounter month, against a bare QTextDocument → QPdfWriter render of the same HTML:

    .venv/bin/python -m benchmarks.pdf_month

Prints the median of five runs of: preparing (reading the month, drawing the charts), writing
(layout, page breaks, footers), the whole export, and the bare render.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.summary_scale import synthetic_document  # noqa: E402
from desktop.pdf_export import prepare_pdf, run_pdf  # noqa: E402
from models.interchange import import_document  # noqa: E402
from models.months import Month  # noqa: E402
from models.store import close_store, open_store  # noqa: E402

TODAY = dt.date(2026, 11, 27)
MONTH = Month(2026, 10)


def median_ms(step, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bare_render(html: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)


def main() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841 - the charts need it
    with tempfile.TemporaryDirectory() as folder:
        open_store(Path(folder) / "pdf.db", "benchmark passphrase", create=True)
        import_document(synthetic_document(300, MONTH.first_day, 31), today=TODAY)
        target = Path(folder) / "month.pdf"
        job = prepare_pdf(MONTH, target, paper="a4")
        prepare = median_ms(lambda: prepare_pdf(MONTH, target, paper="a4"))
        write = median_ms(lambda: run_pdf(job))
        whole = median_ms(lambda: run_pdf(prepare_pdf(MONTH, target, paper="a4")))
        bare = median_ms(lambda: bare_render(job.html, Path(folder) / "bare.pdf"))
        pages = run_pdf(job)
        close_store()
    print(f"PDF of a 300-encounter month ({pages} pages), median of 5:")
    print(f"  prepare (month, charts) {prepare:7.0f} ms")
    print(f"  write (layout, pages)   {write:7.0f} ms")
    print(f"  whole export            {whole:7.0f} ms   ({whole / bare:.1f}× the bare render)")
    print(f"  bare QTextDocument → QPdfWriter of the same HTML {bare:7.0f} ms")


if __name__ == "__main__":
    main()
