"""One month's summary in a small database and in a 100,000-encounter one (ten years, 400
clients), the month holding about the same number of encounters in both:

    .venv/bin/python -m benchmarks.summary_scale

The small database holds only January to June 2025 (about 4,950 encounters, the density of
100,000 over ten years): June itself plus the months its comparisons and drift signals look
back at. The large one holds ten years. Both are built through the JSON importer (so the import is
timed too); each line gives the median of nine summaries of June 2025. Equal figures mean the
summary's cost follows the month, not the database.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.dataset import synthetic_document
from models.interchange.importing import import_document
from models.log.months import Month
from models.opening import close_store, open_store
from models.supervision.summary import compute_summary

TODAY = dt.date(2026, 11, 27)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        cases = (
            ("only January to June 2025", 4_950, dt.date(2025, 1, 1), 181),
            ("ten years", 100_000, TODAY - dt.timedelta(days=3650), 3649),
        )
        for name, count, start, days in cases:
            open_store(Path(folder) / f"{count}.db", "benchmark passphrase", create=True)
            started = time.perf_counter()
            import_document(synthetic_document(count, start, days), today=TODAY)
            imported = time.perf_counter() - started
            times = []
            for _ in range(9):
                started = time.perf_counter()
                summary = compute_summary(Month(2025, 6), today=TODAY)
                times.append(time.perf_counter() - started)
            print(
                f"{count:>7} encounters ({name}): import {imported:.1f} s; summary of 2025-06 "
                f"({summary.total} encounters that month) median {statistics.median(times) * 1000:.1f} ms"
            )
            close_store()


if __name__ == "__main__":
    main()
