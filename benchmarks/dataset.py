"""Synthetic data for the benchmarks: encounters written from the demo vignettes (real sentences,
not filler), spread over a period, in date order as therapists log them."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from models.demo.vignettes import VIGNETTES

CLIENTS = 400


def synthetic_document(count: int, start: dt.date, days: int, seed: int = 1) -> dict:
    """``count`` encounters built from the demo vignettes, spread over ``days`` days from ``start``."""
    rng = random.Random(seed)
    clients = [f"C-{index:04d}" for index in range(CLIENTS)]
    encounters = []
    for _ in range(count):
        fields = dict(rng.choice(VIGNETTES))
        follow_up = [{"action": action, "done": done} for action, done in fields.pop("follow_up", [])]
        fields.update(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            occurred_time=f"{rng.randrange(7, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}",
            client=rng.choice(clients),
            occurred_on=(start + dt.timedelta(days=rng.randrange(days))).isoformat(),
            follow_up=follow_up,
        )
        encounters.append(fields)
    # Therapists log encounters as they happen, so rows arrive roughly in date order.
    encounters.sort(key=lambda e: e["occurred_on"])
    return {
        "format": "caselog", "version": 1, "exported_at": "2026-11-27T10:00:00", "identified": False,
        "clients": [{"code": code, "name": None} for code in clients], "tags": [], "encounters": encounters,
        "reviews": [],
    }  # fmt: skip
