"""Drift signals: boundary violations usually grow from a slope of small crossings, so the
summary also looks across months for patterns. Each signal names its rule and the encounters
behind it; thresholds are settings with defaults."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from models.i18n import translate
from models.log.clients import Client
from models.log.encounters import FOLLOW_UP_OPEN, Encounter, FollowUp
from models.log.enums import Acknowledgement, Initiator, Risk
from models.log.months import Month
from models.store.database import PreparedQuery


@dataclass(frozen=True)
class SignalThresholds:
    repeated_contacts: int = 3  # outside contacts with one client ...
    repeated_contacts_days: int = 60  # ... within this many days
    rising_months: int = 3  # client-initiated contacts rising over this many months
    without_consent: int = 2  # acknowledgements without consent ...
    without_consent_days: int = 90  # ... within this many days
    follow_up_days: int = 14  # a follow-up still open this long after the encounter (past the next session);
    # the rule looks at encounters from repeated_contacts_days before the month, so an old open
    # item is reported in the months after it, not forever.


@dataclass
class DriftSignal:
    """A pattern across months that supervision should look at (a drift signal, not a Qt signal)."""

    rule: str
    title: str
    detail: str
    hex_ids: list[str] = field(default_factory=list)  # the encounters behind it, as stored
    client: str | None = None
    occurrences: list[str] = field(default_factory=list)  # "YYYY-MM-DD CODE", one per encounter

    @property
    def encounters(self) -> list[str]:
        """The ids of the encounters behind the signal (formatted only when asked for: a summary
        over a busy month can hold hundreds of signals)."""
        return [dashed_id(h) for h in self.hex_ids]

    @classmethod
    def from_rows(cls, rule: str, title: str, detail: str, rows, client: str | None = None) -> DriftSignal:
        """A signal about ``rows`` of (id, date as ISO text, client code, ...), each once and in
        (date, id) order, as ``drift_signals`` keeps them."""
        return cls(rule, title, detail, [r[0] for r in rows], client, [f"{r[1]} {r[2]}" for r in rows])

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "title": self.title,
            "detail": self.detail,
            "client": self.client,
            "encounters": self.encounters,
            "occurrences": self.occurrences,
        }


def _rows_query(notable_only: bool) -> PreparedQuery:
    """Live encounters in [start, end) with what the rules need: one indexed range query. With
    ``notable_only``, just those an earlier-month rule can use (client-initiated, acknowledged
    without consent, high risk)."""

    def build(start, end):
        condition = Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end)
        if notable_only:
            condition &= (
                (Encounter.initiated_by == Initiator.CLIENT.value)
                | (Encounter.acknowledgement == Acknowledgement.WITHOUT_CONSENT.value)
                | (Encounter.risk == Risk.HIGH.value)
            )
        return (
            Encounter.select(
                Encounter.id, Encounter.occurred_on, Client.code, Encounter.initiated_by, Encounter.acknowledgement,
                Encounter.risk,
            )
            .join(Client)
            .where(condition)
            .order_by(Encounter.occurred_on)
        )  # fmt: skip

    return PreparedQuery(build)


_ROWS, _NOTABLE_ROWS = _rows_query(False), _rows_query(True)
_OPEN_FOLLOW_UPS = PreparedQuery(
    lambda since, until: (
        FollowUp.select(FollowUp.encounter, Encounter.occurred_on, Client.code)
        .join(Encounter)
        .join(Client)
        .where(
            FOLLOW_UP_OPEN
            & Encounter.deleted_at.is_null()
            & (Encounter.occurred_on <= until)
            & (Encounter.occurred_on >= since)
        )
        .distinct()
    )
)


def _rows(start: dt.date, end: dt.date, notable_only: bool = False) -> list[tuple]:
    """(id, date, client code, initiated by, acknowledgement, risk) as the driver returns them: the
    id as hex, the date as ISO text (which sorts and compares as the dates do), the rest as slugs.
    peewee's per-value conversions would cost more than the query on a few thousand rows."""
    return (_NOTABLE_ROWS if notable_only else _ROWS).rows(start, end)


def drift_signals(
    month: Month, thresholds: SignalThresholds | None = None, today: dt.date | None = None
) -> list[DriftSignal]:
    """Signals that concern ``month``: each involves at least one of its encounters (or, for open
    follow-ups, was still open at its end)."""
    t = thresholds or SignalThresholds()
    start, end = month.range()
    look_back = min(month.back(t.rising_months - 1).first_day, start - dt.timedelta(days=t.without_consent_days))
    # Every encounter of the repeated-contacts window; before it, only the ones another rule reads.
    recent_from = min(start - dt.timedelta(days=t.repeated_contacts_days), start)
    rows = _rows(look_back, recent_from, notable_only=True) + _rows(recent_from, end)
    # The two ranges do not overlap, so each encounter is here once; in (date, id) order, every
    # list the rules take from it is in the order a signal lists its encounters.
    rows.sort(key=itemgetter(1, 0))
    first_day = start.isoformat()
    in_month = {r[0] for r in rows if r[1] >= first_day}
    signals: list[DriftSignal] = []

    by_client: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_client[row[2]].append(row)
    window = t.repeated_contacts_days
    cutoff = (start - dt.timedelta(days=window - 1)).isoformat()
    # Day numbers for the window's arithmetic, one per date (a few dozen), not per row.
    day = {text: dt.date.fromisoformat(text).toordinal() for text in {r[1] for r in rows if r[1] >= cutoff}}
    title = translate("Signals", "Repeated outside contacts with {client}")
    detail = translate("Signals", "{count} contacts within {days} days (threshold {threshold}).")
    for code, contacts in sorted(by_client.items()):
        recent = [r for r in contacts if r[1] >= cutoff]  # contacts are in date order
        if len(recent) < t.repeated_contacts or recent[-1][1] < first_day:
            continue
        # The largest run of contacts closer together than the window that ends inside the month
        # (contacts are in date order, so the run's last one is its latest): a sliding window.
        best: list[tuple] = []
        low = 0
        for high, last in enumerate(recent):
            while day[last[1]] - day[recent[low][1]] >= window:
                low += 1
            if last[1] >= first_day and high - low + 1 > len(best):
                best = recent[low : high + 1]
        if len(best) >= t.repeated_contacts:
            signals.append(
                DriftSignal.from_rows(
                    "repeated_contacts",
                    title.format(client=code),
                    detail.format(count=len(best), days=t.repeated_contacts_days, threshold=t.repeated_contacts),
                    best,
                    code,
                )
            )
    signals.extend(_rising_client_initiated(rows, month, t))

    since = (end - dt.timedelta(days=t.without_consent_days)).isoformat()
    unconsented = [r for r in rows if r[4] == Acknowledgement.WITHOUT_CONSENT and r[1] >= since]
    if len(unconsented) >= t.without_consent and any(r[0] in in_month for r in unconsented):
        signals.append(
            DriftSignal.from_rows(
                "without_consent_recurring",
                translate("Signals", "Acknowledgements without consent recurring"),
                translate("Signals", "{count} in the {days} days to {date} (threshold {threshold}).").format(
                    count=len(unconsented),
                    days=t.without_consent_days,
                    date=month.last_day.isoformat(),
                    threshold=t.without_consent,
                ),  # fmt: skip
                unconsented,
            )
        )

    previous = month.previous()
    high_now = [r for r in rows if r[5] == Risk.HIGH and r[1] >= first_day]
    previous_key = str(previous)
    high_before = [r for r in rows if r[5] == Risk.HIGH and r[1][:7] == previous_key]
    if high_now and high_before:
        signals.append(
            DriftSignal.from_rows(
                "high_risk_consecutive",
                translate("Signals", "High-risk encounters in consecutive months"),
                translate("Signals", "{before} in {previous}, {now} in {month}.").format(
                    before=len(high_before), previous=previous, now=len(high_now), month=month
                ),
                high_before + high_now,
            )
        )

    as_of = min(end - dt.timedelta(days=1), today or dt.date.today())
    overdue_before = as_of - dt.timedelta(days=t.follow_up_days)
    overdue = _OPEN_FOLLOW_UPS.rows(start - dt.timedelta(days=t.repeated_contacts_days), overdue_before)
    overdue.sort(key=itemgetter(1, 0))  # one row an encounter (DISTINCT), in a signal's order
    if overdue:
        signals.append(
            DriftSignal.from_rows(
                "open_follow_ups",
                translate("Signals", "Follow-ups left open"),
                translate(
                    "Signals",
                    "{count} encounter(s) with a follow-up still open more than {days} days later (as of {date}).",
                ).format(count=len(overdue), days=t.follow_up_days, date=as_of.isoformat()),
                overdue,
            )
        )
    return signals


def _rising_client_initiated(rows: list[tuple], month: Month, t: SignalThresholds) -> list[DriftSignal]:
    """Clients whose client-initiated contacts rose month on month over the last
    ``t.rising_months`` months, to at least two in ``month``: one pass over the rows."""
    month_keys = [str(month.back(k)) for k in reversed(range(t.rising_months))]
    position = {key: index for index, key in enumerate(month_keys)}
    initiated: dict[str, list[list[tuple]]] = {}
    client_initiated = Initiator.CLIENT.value
    for r in rows:
        if r[3] != client_initiated or (index := position.get(r[1][:7])) is None:
            continue
        by_month = initiated.get(r[2])
        if by_month is None:
            by_month = initiated[r[2]] = [[] for _ in month_keys]
        by_month[index].append(r)
    signals = []
    title = translate("Signals", "Client-initiated contacts rising for {client}")
    detail = translate("Signals", "Client-initiated contacts by month: {counts}")
    for code, by_month in sorted(initiated.items()):
        counts = [len(found) for found in by_month]
        if counts[-1] >= 2 and all(a < b for a, b in zip(counts, counts[1:], strict=False)):
            signals.append(
                DriftSignal.from_rows(
                    "client_initiated_rising",
                    title.format(client=code),
                    detail.format(counts=", ".join(f"{m}: {c}" for m, c in zip(month_keys, counts, strict=True))),
                    [r for found in by_month for r in found],
                    code,
                )
            )
    return signals


def dashed_id(value) -> str:
    """An id as text with dashes, whether it came as a UUID or as the stored hex (sliced: the
    summary formats thousands of them)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
