"""The monthly summary (DESIGN §4): a plain object computed with a few indexed queries, which the
summary screen draws, the PDF prints and ``caselog summary --json`` emits."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, fields
from itertools import chain
from operator import itemgetter
from typing import Any

from peewee import fn

from models.log.clients import Client
from models.log.encounters import FOLLOW_UP_OPEN, Encounter, EncounterCategory, FollowUp
from models.log.enums import Acknowledgement, Concern, Setting
from models.log.fields import ENCOUNTER
from models.log.months import Month
from models.log.taxonomy import BUILTIN_SLUGS, Category, category_labels
from models.store.database import PreparedQuery
from models.supervision.addenda import addenda_for
from models.supervision.drift import DriftSignal, SignalThresholds, dashed_id, drift_signals
from models.supervision.hours import month_hours
from models.supervision.priority import is_priority, priority_key
from models.supervision.reviews import CarriedItem, MonthReview, Tally, carried_forward, discussion_count, review_dict

# Each count by its key in the summary (DESIGN §4), the field it counts and the column of the
# month's rows (see compute_summary) that holds it.
COUNTED = {
    "by_channel": ("channel", 4),
    "by_setting": ("setting", 5),
    "by_initiator": ("initiated_by", 6),
    "by_avoidability": ("avoidability", 7),
    "by_acknowledgement": ("acknowledgement", 8),
    "by_risk": ("risk", 9),
    "by_assessment": ("assessment", 10),
}


@dataclass(slots=True)
class SummaryEncounter:
    """One encounter as the summary lists it: pseudonymised (client code, no location, no reflection)."""

    id: str
    occurred_on: str
    occurred_time: str | None
    client: str
    channel: str
    setting: str
    initiated_by: str
    avoidability: str
    acknowledgement: str
    risk: str
    assessment: str
    categories: list[str]
    concerns: list[str]
    for_supervision: bool
    consultation: bool
    open_follow_ups: int

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def line(self) -> str:
        """One pseudonymised line: date, code, how, who initiated, acknowledgement, risk."""
        where = self.channel if self.setting == Setting.NOT_APPLICABLE else f"{self.channel}/{self.setting}"
        flag = " [for supervision]" if self.for_supervision else ""
        concerns = f", concerns {', '.join(self.concerns)}" if self.concerns else ""
        return (
            f"{self.occurred_on} {self.client} {where}, initiated by {self.initiated_by}, "
            f"acknowledgement {self.acknowledgement}, risk {self.risk}, {self.assessment}{concerns}{flag}"
        )


@dataclass
class MonthSummary:
    month: str
    total: int
    counts: dict[str, dict[str, int]]
    without_consent: int
    for_supervision: int
    consultations: int
    open_follow_ups: int
    previous_month: dict[str, Any]
    six_month_average: float
    encounters: list[SummaryEncounter]
    review: dict[str, Any] | None
    signals: list[DriftSignal] = field(default_factory=list)
    addenda: list[dict[str, Any]] = field(default_factory=list)
    category_labels: dict[str, str] = field(default_factory=dict)
    carried_forward: list[CarriedItem] = field(default_factory=list)
    discussed: Tally = field(default_factory=lambda: Tally(0, 0, 0, ()))
    hours: dict[str, int] = field(default_factory=lambda: {"meeting_minutes": 0, "year_minutes": 0})

    def to_json(self) -> dict[str, Any]:
        """The object ``caselog summary --json`` prints (DESIGN §4)."""
        return {
            "month": self.month,
            "total": self.total,
            **self.counts,
            "without_consent": self.without_consent,
            "for_supervision": self.for_supervision,
            "consultations": self.consultations,
            "open_follow_ups": self.open_follow_ups,
            "previous_month": self.previous_month,
            "six_month_average": self.six_month_average,
            "encounters": [
                {**{f.name: getattr(e, f.name) for f in fields(e)}, "line": e.line()} for e in self.encounters
            ],
            "review": self.review,
            "signals": [s.to_json() for s in self.signals],
            "addenda": self.addenda,
            "carried_forward": [item.to_json() for item in self.carried_forward],
            "discussed": self.discussed.to_json(),
            "hours": self.hours,
        }


def live_between(start, end):
    """Live encounters with ``start`` <= date < ``end``: a range on the listing index."""
    return Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end)


_COUNT = PreparedQuery(lambda start, end: Encounter.select(fn.COUNT(Encounter.id)).where(live_between(start, end)))
_MONTH_ROWS = PreparedQuery(
    lambda start, end: Encounter.select(
        Encounter.id, Encounter.occurred_on, Encounter.occurred_time, Client.code, Encounter.channel,
        Encounter.setting, Encounter.initiated_by, Encounter.avoidability, Encounter.acknowledgement,
        Encounter.risk, Encounter.assessment, Encounter.for_supervision,
        fn.COALESCE(fn.LENGTH(fn.TRIM(Encounter.consultation)), 0) > 0, Encounter.concerns,
    )
    .join(Client)
    .where(live_between(start, end))
)  # fmt: skip
# The month's categories and open follow-ups by joining on the same date range (an index
# search), not by a list of a thousand ids whose SQL costs more to build than to run.
_MONTH_CATEGORIES = PreparedQuery(
    lambda start, end: (
        EncounterCategory.select(EncounterCategory.encounter, Category.slug)
        .join_from(EncounterCategory, Category)
        .join_from(EncounterCategory, Encounter)
        .where(live_between(start, end))
        .order_by(EncounterCategory.encounter, EncounterCategory.position)
    )
)
_MONTH_OPEN_FOLLOW_UPS = PreparedQuery(
    lambda start, end: (
        FollowUp.select(FollowUp.encounter).join(Encounter).where(live_between(start, end) & FOLLOW_UP_OPEN)
    )
)


def month_total(month: Month) -> int:
    return _COUNT.rows(*month.range())[0][0]


def six_month_average(month: Month) -> float:
    """Mean total of the six months before ``month`` (months with nothing count as zero)."""
    return round(_COUNT.rows(month.back(6).first_day, month.first_day)[0][0] / 6, 2)


def compute_summary(
    month: Month, thresholds: SignalThresholds | None = None, today: dt.date | None = None
) -> MonthSummary:
    """Everything DESIGN §4 asks of one month. Deleted encounters do not count; an empty month gives zeros."""
    start, end = month.range()
    rows = _MONTH_ROWS.rows(start, end)
    categories: dict[str, list[str]] = {r[0]: [] for r in rows}
    for encounter_id, slug in _MONTH_CATEGORIES.rows(start, end):
        categories[encounter_id].append(slug)
    open_follow_ups = _MONTH_OPEN_FOLLOW_UPS.rows(start, end)
    open_actions: Counter[str] = Counter(encounter_id for (encounter_id,) in open_follow_ups)

    counts: dict[str, dict[str, int]] = {}
    labels = category_labels()
    by_category = {slug: 0 for slug in BUILTIN_SLUGS}
    by_category.update(Counter(chain.from_iterable(categories.values())))
    counts["by_category"] = by_category
    for key, (name, column) in COUNTED.items():
        tally = Counter(map(itemgetter(column), rows))
        counts[key] = {member.value: tally.get(member.value, 0) for member in ENCOUNTER[name].kind.vocabulary}
    # Concerns are stored as their slugs in one column ("gift,safety"; "" for none).
    concerns = {r[0]: r[13].split(",") if r[13] else [] for r in rows}
    tally = Counter(chain.from_iterable(concerns.values()))
    counts["by_concern"] = {member.value: tally.get(member.value, 0) for member in Concern}

    # Positional, in the fields' order: a thousand keyword calls cost a millisecond.
    listed = [
        SummaryEncounter(
            dashed_id(r[0]), r[1], r[2][:5] if r[2] else None, *r[3:11], categories[r[0]], concerns[r[0]],
            bool(r[11]), bool(r[12]), open_actions.get(r[0], 0),
        )
        for r in rows
    ]  # fmt: skip
    listed.sort(key=priority_key)
    previous = month.previous()
    review = review_json(month)
    discussions = {c["encounter"]: (c["text"], c["discussed"], c["not_discussed_reason"])
                   for c in (review["comments"] if review else [])}  # fmt: skip
    return MonthSummary(
        month=str(month),
        total=len(rows),
        counts=counts,
        without_consent=counts["by_acknowledgement"][Acknowledgement.WITHOUT_CONSENT.value],
        for_supervision=sum(1 for e in listed if e.for_supervision),
        consultations=sum(1 for e in listed if e.consultation),
        open_follow_ups=sum(open_actions.values()),
        previous_month={"month": str(previous), "total": month_total(previous)},
        six_month_average=six_month_average(month),
        encounters=listed,
        review=review,
        signals=drift_signals(month, thresholds, today),
        addenda=addenda_for(month),
        category_labels=labels,
        carried_forward=carried_forward(month, today),
        discussed=discussion_count([e.id for e in listed if is_priority(e)], discussions),
        hours=month_hours(str(month)),
    )


_REVIEW_ID = PreparedQuery(lambda month: MonthReview.select(MonthReview.id).where(MonthReview.month == month))


def review_json(month: Month) -> dict[str, Any] | None:
    """The month's review as the summary carries it (the interchange shape), or None when there is none."""
    found = _REVIEW_ID.rows(str(month))  # most months have none: a prepared probe before the model
    return review_dict(MonthReview.get_by_id(found[0][0])) if found else None


def monthly_trend(month: Month, count: int = 12) -> list[tuple[str, int, int]]:
    """(month, total, acknowledged without consent) for ``count`` months ending with ``month``:
    one grouped query over an indexed date range."""
    first = month.back(count - 1)
    start, end = first.first_day, month.next().first_day
    key = fn.substr(Encounter.occurred_on, 1, 7)
    unconsented = fn.SUM(Encounter.acknowledgement == Acknowledgement.WITHOUT_CONSENT.value)
    rows = dict(
        (m, (total, int(without or 0)))
        for m, total, without in Encounter.select(key, fn.COUNT(Encounter.id), unconsented)
        .where(Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
        .group_by(key)
        .tuples()
    )
    months = [first]
    while len(months) < count:
        months.append(months[-1].next())
    return [(str(m), *rows.get(str(m), (0, 0))) for m in months]
