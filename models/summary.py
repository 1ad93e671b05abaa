"""The monthly summary (DESIGN §4): a plain object computed with a few indexed queries, which the
summary screen draws, the PDF prints and ``caselog summary --json`` emits."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from models.addenda import addenda_for
from models.clients import Client
from models.encounters import Encounter, FollowUp, category_slugs
from models.enums import (
    RISK_ORDER,
    Acknowledgement,
    Assessment,
    Avoidability,
    Channel,
    Initiator,
    Risk,
    Setting,
)
from models.months import Month
from models.reviews import MonthReview, review_dict
from models.signals import Signal, SignalThresholds, drift_signals
from models.taxonomy import BUILTIN_SLUGS, Category

COUNTED = {
    "by_channel": ("channel", Channel),
    "by_setting": ("setting", Setting),
    "by_initiator": ("initiated_by", Initiator),
    "by_avoidability": ("avoidability", Avoidability),
    "by_acknowledgement": ("acknowledgement", Acknowledgement),
    "by_risk": ("risk", Risk),
    "by_assessment": ("assessment", Assessment),
}


@dataclass
class SummaryEncounter:
    """One encounter as the summary lists it: de-identified (client code, no location, no reflection)."""

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
    for_supervision: bool
    consultation: bool
    open_follow_ups: int

    def line(self) -> str:
        """One de-identified line: date, code, how, who initiated, acknowledgement, risk."""
        where = self.channel if self.setting == Setting.NOT_APPLICABLE else f"{self.channel}/{self.setting}"
        flag = " [for supervision]" if self.for_supervision else ""
        return (
            f"{self.occurred_on} {self.client} {where}, initiated by {self.initiated_by}, "
            f"acknowledgement {self.acknowledgement}, risk {self.risk}, {self.assessment}{flag}"
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
    signals: list[Signal] = field(default_factory=list)
    addenda: list[dict[str, Any]] = field(default_factory=list)
    category_labels: dict[str, str] = field(default_factory=dict)

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
            "encounters": [{**vars(e), "line": e.line()} for e in self.encounters],
            "review": self.review,
            "signals": [s.to_json() for s in self.signals],
            "addenda": self.addenda,
        }


def month_total(month: Month) -> int:
    start, end = month.range()
    return (
        Encounter.select()
        .where(Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
        .count()
    )


def six_month_average(month: Month) -> float:
    """Mean total of the six months before ``month`` (months with nothing count as zero)."""
    start, end = month.back(6).first_day, month.first_day
    total = (
        Encounter.select(fn.COUNT(Encounter.id))
        .where(Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
        .scalar()
    )
    return round(total / 6, 2)


def compute_summary(
    month: Month, thresholds: SignalThresholds | None = None, today: dt.date | None = None
) -> MonthSummary:
    """Everything DESIGN §4 asks of one month. Deleted encounters do not count; an empty month gives zeros."""
    start, end = month.range()
    rows = list(
        Encounter.select(Encounter, Client.code)
        .join(Client)
        .where(Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
        .objects()
    )
    ids = [r.id for r in rows]
    categories: dict[uuid.UUID, list[str]] = {i: [] for i in ids}
    open_actions: Counter[uuid.UUID] = Counter()
    if ids:
        for start_index in range(0, len(ids), 500):
            categories.update(category_slugs(ids[start_index : start_index + 500]))
        for (encounter_id,) in (
            FollowUp.select(FollowUp.encounter).where(FollowUp.encounter.in_(ids) & (FollowUp.done == False)).tuples()  # noqa: E712
        ):
            open_actions[uuid.UUID(str(encounter_id))] += 1

    counts: dict[str, dict[str, int]] = {}
    labels = {c.slug: c.label for c in Category.select()}
    by_category = {slug: 0 for slug in BUILTIN_SLUGS}
    for slugs in categories.values():
        for slug in slugs:
            by_category[slug] = by_category.get(slug, 0) + 1
    counts["by_category"] = by_category
    for key, (attribute, kind) in COUNTED.items():
        tally = Counter(getattr(r, attribute).value for r in rows)
        counts[key] = {member.value: tally.get(member.value, 0) for member in kind}

    listed = [
        SummaryEncounter(
            id=str(r.id),
            occurred_on=r.occurred_on.isoformat(),
            occurred_time=r.occurred_time.strftime("%H:%M") if r.occurred_time else None,
            client=r.code,
            channel=r.channel.value,
            setting=r.setting.value,
            initiated_by=r.initiated_by.value,
            avoidability=r.avoidability.value,
            acknowledgement=r.acknowledgement.value,
            risk=r.risk.value,
            assessment=r.assessment.value,
            categories=categories[r.id],
            for_supervision=r.for_supervision,
            consultation=bool((r.consultation or "").strip()),
            open_follow_ups=open_actions[r.id],
        )
        for r in rows
    ]
    listed.sort(key=lambda e: (-RISK_ORDER[Risk(e.risk)], not e.for_supervision, e.occurred_on, e.occurred_time or ""))
    previous = month.previous()
    return MonthSummary(
        month=str(month),
        total=len(rows),
        counts=counts,
        without_consent=counts["by_acknowledgement"][Acknowledgement.WITHOUT_CONSENT.value],
        for_supervision=sum(1 for r in rows if r.for_supervision),
        consultations=sum(1 for e in listed if e.consultation),
        open_follow_ups=sum(open_actions.values()),
        previous_month={"month": str(previous), "total": month_total(previous)},
        six_month_average=six_month_average(month),
        encounters=listed,
        review=review_json(month),
        signals=drift_signals(month, thresholds, today),
        addenda=addenda_for(month),
        category_labels=labels,
    )


def review_json(month: Month) -> dict[str, Any] | None:
    """The month's review as the summary carries it (the interchange shape), or None when there is none."""
    review = MonthReview.get_or_none(MonthReview.month == str(month))
    return review_dict(review) if review is not None else None


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
