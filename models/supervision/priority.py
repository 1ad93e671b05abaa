"""The order of a month's encounters in supervision (DESIGN §4): what a supervisor must hear
about first.

1. boundary violations;
2. encounters with a concern (high risk first);
3. those flagged for supervision, risky crossings, and those of moderate or higher risk;
4. the rest, by date.

The first three groups are the month's *priority encounters*: the PDF prints them in full and the
rest in one line (DESIGN §9), and sign-off needs each of them discussed or given a reason for
leaving it out (DESIGN §5). Within a group, higher risk comes first, then date, time and id, so
the order is the same on every run.

Works on anything that has the encounter's fields by name, as attributes (the summary's
encounters) or keys (interchange values). ``concerns`` counts where the record has it and is
empty where it does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from models.log.enums import Assessment, Risk

VIOLATIONS, CONCERNS, FLAGGED_OR_RISKY, THE_REST = range(4)
RISK_RANK = {Risk.HIGH.value: 0, Risk.MODERATE.value: 1, Risk.LOW.value: 2}

T = TypeVar("T")


def _get(encounter: Any, name: str, default: Any = None) -> Any:
    if isinstance(encounter, dict):
        return encounter.get(name, default)
    return getattr(encounter, name, default)


def priority_group(encounter: Any) -> int:
    """Which of the four groups the encounter falls in (0 comes first)."""
    assessment = str(_get(encounter, "assessment"))
    if assessment == Assessment.VIOLATION.value:
        return VIOLATIONS
    if _get(encounter, "concerns"):
        return CONCERNS
    if (
        _get(encounter, "for_supervision")
        or assessment == Assessment.CROSSING_RISKY.value
        or str(_get(encounter, "risk")) != Risk.LOW.value
    ):
        return FLAGGED_OR_RISKY
    return THE_REST


def is_priority(encounter: Any) -> bool:
    """Whether the encounter is one of the month's priority encounters (the first three groups)."""
    return priority_group(encounter) != THE_REST


def priority_key(encounter: Any) -> tuple:
    """The sort key: group, then higher risk first, then date, time and id."""
    return (
        priority_group(encounter),
        RISK_RANK.get(str(_get(encounter, "risk")), 3),
        str(_get(encounter, "occurred_on") or ""),
        str(_get(encounter, "occurred_time") or ""),
        str(_get(encounter, "id") or ""),
    )


def in_priority_order(encounters: Iterable[T]) -> list[T]:
    """The encounters in the order the summary, review mode and the PDF list them."""
    return sorted(encounters, key=priority_key)


def priority_encounters(encounters: Iterable[T]) -> list[T]:
    """The month's priority encounters, in order."""
    return [e for e in in_priority_order(encounters) if is_priority(e)]
