"""Administrative contact (DESIGN §4): scheduling, cancelling, running late, payment. It is the
ordinary business of a practice, and a drift rule that counts it measures how organised a client
is, not the relationship: no drift signal ever counts it.

It is recognised from what was said, with a vocabulary kept as data (resources/vocabulary/
administrative.LANG.json, one file per language) that a clinician can read and extend. An
encounter is administrative only when that is all there is: a call or message about the
arrangements. Meeting in person, a sighting (no_contact), therapy material, more than low risk, a
risky crossing or a violation, or a long account make it something else ("texted to cancel, and
said she can't go on" is not administration)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from peewee import chunked

from models.log.encounters import Encounter
from models.log.enums import Assessment, Channel, Initiator, Risk
from models.store.database import db
from resources import read_text

LANGUAGES = ("en", "de")


@dataclass(frozen=True)
class AdministrativeTalk:
    kind: str  # payment, running_late, cancelling, scheduling
    words: str  # the words that matched (lowercased), for the reason shown


@cache
def _vocabulary() -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
    """One pattern for "any of it" (what the drift rules ask, once a text) and one a kind, in the
    files' order (to name what matched)."""
    by_kind: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for kind, patterns in json.loads(read_text(f"vocabulary/administrative.{language}.json"))["kinds"].items():
            by_kind.setdefault(kind, []).extend(patterns)

    def whole_words(patterns: list[str]) -> re.Pattern[str]:
        # Matched on lowercased text: three times quicker than IGNORECASE with this many branches.
        return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p.lower()})" for p in patterns) + r")(?!\w)")

    return whole_words([p for patterns in by_kind.values() for p in patterns]), [
        (kind, whole_words(patterns)) for kind, patterns in by_kind.items()
    ]


def administrative_talk(text: str) -> AdministrativeTalk | None:
    """The scheduling, cancelling, running-late or payment phrase in ``text``, or None."""
    lowered = (text or "").lower()
    if not _vocabulary()[0].search(lowered):
        return None
    for kind, pattern in _vocabulary()[1]:
        found = pattern.search(lowered)
        if found:
            return AdministrativeTalk(kind, found.group(0))
    return None  # pragma: no cover - the combined pattern matched, so one of its kinds does


# Administrative contact is brief: a longer account is about something else as well.
SHORT = 400
SERIOUS = frozenset({Assessment.CROSSING_RISKY.value, Assessment.VIOLATION.value})
IN_PERSON, NO_CONTACT, LOW = Channel.IN_PERSON.value, Initiator.NO_CONTACT.value, Risk.LOW.value


def may_be_administrative(initiated_by: str, risk: str, assessment: str, channel: str) -> bool:
    """What the structured fields allow: a call or message (not met in person), not a sighting, of
    low risk, and neither a risky crossing nor a violation. The text decides the rest."""
    return channel != IN_PERSON and initiated_by != NO_CONTACT and risk == LOW and assessment not in SERIOUS


def is_administrative_text(text: str) -> bool:
    """Whether what was said (of an encounter the fields allow) is scheduling, cancelling, running
    late or payment, and short: a longer account is about something else as well."""
    return len(text) <= SHORT and _vocabulary()[0].search(text.lower()) is not None


def administrative_ids(hex_ids: Iterable[str]) -> set[str]:
    """Which of these encounters (ids as stored, hex; each one the fields allow) are administrative
    contact and nothing more: no therapy material came up, and what was said is administrative.
    Call it with a rule's candidates, never a month."""
    found: set[str] = set()
    table = Encounter._meta.table_name
    for chunk in chunked(sorted(set(hex_ids)), 500):
        # Plain SQL: building a query of a few hundred values costs peewee more than SQLite takes to run it.
        rows = db.obj.execute_sql(
            f'SELECT "id", "what_was_said" FROM "{table}" WHERE "therapy_content_raised" = 0 '
            f'AND "id" IN ({", ".join("?" * len(chunk))})',
            chunk,
        ).fetchall()
        found.update(encounter_id for encounter_id, said in rows if is_administrative_text(said or ""))
    return found
