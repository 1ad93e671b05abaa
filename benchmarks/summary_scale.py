"""One month's summary in a small and in a 100,000-encounter database (ten years, 400 clients).

    .venv/bin/python -m benchmarks.summary_scale

Builds both databases in a temporary folder through the JSON importer (so it also times the
import), then prints the median of nine summaries of June 2025.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from models.demo_vignettes import VIGNETTES
from models.interchange import import_document
from models.months import Month
from models.store import close_store, open_store
from models.summary import compute_summary

TODAY = dt.date(2026, 11, 27)


def synthetic_document(count: int, seed: int = 1) -> dict:
    """``count`` encounters built from the demo vignettes over the ten years before TODAY."""
    rng = random.Random(seed)
    clients = [f"C-{index:04d}" for index in range(400)]
    start = TODAY - dt.timedelta(days=3650)
    encounters = []
    for _ in range(count):
        fields = dict(rng.choice(VIGNETTES))
        follow_up = [{"action": action, "done": done} for action, done in fields.pop("follow_up", [])]
        fields.update(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            client=rng.choice(clients),
            occurred_on=(start + dt.timedelta(days=rng.randrange(3650))).isoformat(),
            follow_up=follow_up,
        )
        encounters.append(fields)
    return {
        "format": "caselog", "version": 1, "exported_at": "2026-11-27T10:00:00", "identified": False,
        "clients": [{"code": code, "name": None} for code in clients], "tags": [], "encounters": encounters,
        "reviews": [],
    }  # fmt: skip


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for count in (1_000, 100_000):
            open_store(Path(folder) / f"{count}.db", "benchmark passphrase", create=True)
            started = time.perf_counter()
            import_document(synthetic_document(count), today=TODAY)
            imported = time.perf_counter() - started
            times = []
            for _ in range(9):
                started = time.perf_counter()
                summary = compute_summary(Month(2025, 6), today=TODAY)
                times.append(time.perf_counter() - started)
            print(
                f"{count:>7} encounters: import {imported:.1f} s; summary of 2025-06 "
                f"({summary.total} encounters that month) median {statistics.median(times) * 1000:.1f} ms"
            )
            close_store()


if __name__ == "__main__":
    main()
