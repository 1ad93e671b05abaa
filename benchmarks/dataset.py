"""Synthetic data for the benchmarks, shaped like a real practice's notes (DESIGN §8: realistic
text, ≈1 KB of narrative an encounter): each encounter starts from a demo vignette (real
sentences, not filler) and grows, sentence by sentence from benchmarks/phrases.py, to a length
drawn between 300 and 2,000 characters of narrative (1,000 on average). Most clients have a name,
and some narratives name the client, another client, a place or a telephone number or e-mail
address, as the pseudonymiser meets them. Every month before the last has its supervision
review (signed off, with comments, notes, action items and the meeting; the last two months
ready), and some signed-off months have addenda. Encounters are spread over a period in date
order, as therapists log them. The same arguments always give the same document."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict

from benchmarks import phrases
from models.demo.vignettes import VIGNETTES

CLIENTS = 400
# Part of the cached database's name: a change to what this module writes rebuilds the cache.
DATASET_VERSION = 2
NARRATIVE = ("what_was_said", "response", "reflection", "rationale", "anticipated_benefit",
             "anticipated_consequences", "consultation")  # fmt: skip
SHORTEST, LONGEST, MOST_LIKELY = 300, 2000, 700  # a triangular distribution: its mean is 1,000
REVIEWED_BEFORE = "2026-11"  # the month of the benchmark's today: not yet reviewed
SIGNED_OFF_BEFORE = "2026-09"  # the two months before it are ready for supervision, not signed off
HAPPENED, HANDLED, REFLECTED = phrases.HAPPENED, phrases.HANDLED, phrases.REFLECTED


def synthetic_document(count: int, start: dt.date, days: int, seed: int = 1) -> dict:
    """``count`` encounters of 400 clients spread over ``days`` days from ``start``, with the
    reviews and addenda of their months: an interchange document (DESIGN §7)."""
    rng = random.Random(seed)
    codes = [f"C-{index:04d}" for index in range(CLIENTS)]
    first, last = phrases.FIRST_NAMES, phrases.LAST_NAMES
    names = {code: None if rng.random() < 0.15 else f"{rng.choice(first)} {rng.choice(last)}" for code in codes}
    named = [name for name in names.values() if name]
    encounters = []
    for _ in range(count):
        fields = dict(rng.choice(VIGNETTES))
        follow_up = [{"action": action, "done": done} for action, done in fields.pop("follow_up", [])]
        client = rng.choice(codes)
        fields.update(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            occurred_time=f"{rng.randrange(7, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}",
            client=client,
            occurred_on=(start + dt.timedelta(days=rng.randrange(days))).isoformat(),
            follow_up=follow_up,
        )
        _write_narrative(fields, names[client], named, rng)
        encounters.append(fields)
    # Therapists log encounters as they happen, so rows arrive roughly in date order.
    encounters.sort(key=lambda e: e["occurred_on"])
    reviews, addenda = _supervision(encounters, rng)
    return {
        "format": "caselog", "version": 1, "exported_at": "2026-11-27T10:00:00", "identified": True,
        "clients": [{"code": code, "name": names[code]} for code in codes], "tags": [], "encounters": encounters,
        "reviews": reviews, "addenda": addenda,
    }  # fmt: skip


def narrative_length(encounter: dict) -> int:
    return sum(len(encounter.get(name) or "") for name in NARRATIVE)


def _write_narrative(fields: dict, name: str | None, named: list[str], rng: random.Random) -> None:
    """Grow the vignette's narrative to a length drawn between 300 and 2,000 characters."""
    parts = {key: [fields[key]] if fields.get(key) else [] for key in ("what_was_said", "response", "reflection")}
    length = narrative_length(fields)
    if "consultation" not in fields and rng.random() < 0.1:
        fields["consultation"] = rng.choice(phrases.CONSULTED)
        length += len(fields["consultation"])
    target = rng.triangular(SHORTEST, LONGEST, MOST_LIKELY)
    if rng.random() < 0.3:  # about one note in three names someone, somewhere, or a way to reach someone
        length += _add(parts["what_was_said"], _naming(name, named, rng))
    random = rng.random
    while length < target:
        pick = random()
        if pick < 0.55:
            sentence, key = HAPPENED[int(random() * len(HAPPENED))], "what_was_said"
        elif pick < 0.85:
            sentence, key = HANDLED[int(random() * len(HANDLED))], "response"
        elif pick < 0.97:
            sentence, key = REFLECTED[int(random() * len(REFLECTED))], "reflection"
        else:
            sentence, key = _naming(name, named, rng), "what_was_said"
        if length + len(sentence) + 1 > LONGEST:
            break
        length += _add(parts[key], sentence)
    for key, sentences in parts.items():
        if sentences:
            fields[key] = " ".join(sentences)


def _add(sentences: list[str], sentence: str) -> int:
    sentences.append(sentence)
    return len(sentence) + (1 if len(sentences) > 1 else 0)


def _naming(name: str | None, named: list[str], rng: random.Random) -> str:
    """A sentence naming the client (when they have a name), another client or a place; one in ten
    gives a telephone number or an e-mail address instead."""
    if rng.random() < 0.1:
        contact = rng.choice(
            (
                f"07{rng.randrange(10**8, 10**9)}",
                f"{rng.choice(phrases.FIRST_NAMES).lower()}{rng.randrange(10, 99)}@example.org",
            )
        )
        return rng.choice(phrases.CONTACTING).format(contact=contact)
    template = rng.choice(phrases.NAMING if name else [t for t in phrases.NAMING if "{first}" not in t])
    return template.format(first=(name or "").split(" ")[0], other=rng.choice(named), place=rng.choice(phrases.PLACES))


def _supervision(encounters: list[dict], rng: random.Random) -> tuple[list[dict], list[dict]]:
    """A review for every month before the benchmark's today (comments on up to eight of its
    encounters, notes, one to three action items, the meeting), and for some signed-off months an
    addendum or two."""
    by_month: dict[str, list[dict]] = defaultdict(list)
    for encounter in encounters:
        by_month[encounter["occurred_on"][:7]].append(encounter)
    reviews, addenda = [], []
    for month, listed in sorted(by_month.items()):
        if month >= REVIEWED_BEFORE:
            continue
        signed = month < SIGNED_OFF_BEFORE
        year, number = map(int, month.split("-"))
        meeting = dt.date(year + number // 12, number % 12 + 1, 5)
        due = meeting + dt.timedelta(days=28)
        commented = rng.sample(listed, min(8, len(listed)))
        reviews.append({
            "month": month, "supervisor": "R. Hale", "status": "signed_off" if signed else "ready",
            "signed_at": f"{meeting.isoformat()}T17:00:00" if signed else None,
            "notes": " ".join(rng.sample(phrases.SUPERVISOR_NOTES, 2)),
            "comments": [{"encounter": e["id"], "text": rng.choice(phrases.SUPERVISOR_COMMENTS), "discussed": signed}
                         for e in commented],
            "credential": "Clinical psychologist, accredited supervisor", "therapist": "J. Doe",
            "countersigned_at": f"{(meeting + dt.timedelta(days=1)).isoformat()}T09:00:00" if signed else None,
            "meeting_on": meeting.isoformat() if signed else None, "meeting_minutes": 60 if signed else None,
            "meeting_format": rng.choice(("in_person", "video")) if signed else None,
            "action_items": [{"text": text, "owner": "therapist", "due_on": due.isoformat(),
                              "done": signed and rng.random() < 0.9}
                             for text in rng.sample(phrases.ACTION_ITEMS, rng.randint(1, 3))],
        })  # fmt: skip
        if signed and rng.random() < 0.5:
            for encounter in rng.sample(listed, min(rng.randint(1, 2), len(listed))):
                risk = encounter["risk"]
                addenda.append({
                    "encounter": encounter["id"], "month": month, "kind": "changed",
                    "changes": {"risk": [risk, "moderate" if risk != "moderate" else "high"]},
                    "reason": rng.choice(phrases.ADDENDUM_REASONS),
                    "created_at": f"{(meeting + dt.timedelta(days=rng.randint(2, 20))).isoformat()}T12:00:00",
                })  # fmt: skip
    return reviews, addenda
