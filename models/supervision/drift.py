"""Drift signals (DESIGN §4): boundary violations usually grow from a slope of small crossings, so
the summary also looks across months for that slope. The rules are about the therapist's conduct
and the relationship, not about how chatty a client is:

- the therapist's own deliberate or avoidable crossings with one client (two or more in 90 days);
- contacts with one client rising over three months to at least three;
- a concern recurring with one client (a second gift, any second romantic or sexual overture, any
  second offer of money or business);
- acknowledgements without consent recurring;
- high risk in consecutive months;
- follow-ups open past 30 days;
- a client's standing overlap past its review date.

A sighting (initiated_by no_contact) never counts as contact, and administrative contact
(scheduling, cancelling, running late, payment; models.supervision.administrative) never counts at
all. Each signal names its rule and the encounters behind it; thresholds are settings with
defaults."""

from __future__ import annotations

import datetime as dt
import uuid
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, product
from operator import itemgetter

from peewee import SQL, fn

from models.i18n import QT_TRANSLATE_NOOP, translate
from models.log.clients import Client
from models.log.encounters import FOLLOW_UP_OPEN, Encounter, FollowUp
from models.log.enums import Acknowledgement, Assessment, Avoidability, Concern, Initiator, OverlapKind, Risk
from models.log.months import Month
from models.log.standing_record import StandingOverlap
from models.log.suggestions.rules import CONCERN_LABELS
from models.store.database import PreparedQuery
from models.supervision.administrative import administrative_ids, may_be_administrative

# The columns of a row (see _ROWS): as the driver returns them.
ID, DATE, CLIENT, INITIATED_BY, AVOIDABILITY, ACKNOWLEDGEMENT, RISK, ASSESSMENT, CHANNEL = range(9)
CROSSINGS = frozenset({Assessment.CROSSING_BENIGN.value, Assessment.CROSSING_RISKY.value, Assessment.VIOLATION.value})
SERIOUS = frozenset({Assessment.CROSSING_RISKY.value, Assessment.VIOLATION.value})
# The slugs as plain text: the rules compare thousands of rows, and an enum member's value costs a call.
NO_CONTACT, THERAPIST = Initiator.NO_CONTACT.value, Initiator.THERAPIST.value
BY_CHANCE = frozenset({Initiator.CHANCE.value, Initiator.THIRD_PARTY.value})
PLANNED, AVOIDABLE = Avoidability.PLANNED.value, Avoidability.AVOIDABLE.value
WITHOUT_CONSENT, HIGH = Acknowledgement.WITHOUT_CONSENT.value, Risk.HIGH.value
RECURRING_CONCERNS = ("gift", "romantic_or_sexual", "money_or_business")
# The kinds of standing overlap as the Clients dialog names them (the same catalogue entries).
OVERLAP_WORDS = {
    OverlapKind.COMMUNITY.value: QT_TRANSLATE_NOOP("Labels", "Community"),
    OverlapKind.WORK.value: QT_TRANSLATE_NOOP("Labels", "Work"),
    OverlapKind.FAMILY_FRIENDS.value: QT_TRANSLATE_NOOP("Labels", "Family and friends"),
    OverlapKind.ONLINE.value: QT_TRANSLATE_NOOP("Labels", "Online"),
    OverlapKind.OTHER.value: QT_TRANSLATE_NOOP("Labels", "Other"),
}


@dataclass(frozen=True)
class SignalThresholds:
    own_crossings: int = 2  # the therapist's own deliberate or avoidable crossings with one client ...
    own_crossings_days: int = 90  # ... within this many days
    rising_months: int = 3  # contacts with one client rising month on month over this many months ...
    rising_to: int = 3  # ... to at least this many in the month
    concern_repeats: int = 2  # the same gift, romantic or money concern with one client this often ...
    concern_days: int = 365  # ... within this many days
    without_consent: int = 2  # acknowledgements without consent ...
    without_consent_days: int = 90  # ... within this many days
    follow_up_days: int = 30  # a follow-up still open this long after its encounter
    follow_up_look_back_days: int = 60  # ... and raised for two months after that


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
        return cls(rule, title, detail, [r[ID] for r in rows], client, [f"{r[DATE]} {r[CLIENT]}" for r in rows])

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "title": self.title,
            "detail": self.detail,
            "client": self.client,
            "encounters": self.encounters,
            "occurrences": self.occurrences,
        }


# Every column from the listing index (migration 0012 added the last three): the look-back is read
# from the index alone.
_ROWS = PreparedQuery(
    lambda start, end: (
        Encounter.select(
            Encounter.id, Encounter.occurred_on, Client.code, Encounter.initiated_by, Encounter.avoidability,
            Encounter.acknowledgement, Encounter.risk, Encounter.assessment, Encounter.channel,
        )
        .join(Client)
        .where(Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
        .order_by(Encounter.occurred_on)
    )
)  # fmt: skip
# Encounters with a follow-up still open (the partial index follow_up_open answers EXISTS), from the
# listing index: one row an encounter, however many of its follow-ups are open.
_OPEN_FOLLOW_UPS = PreparedQuery(
    lambda since, until: (
        Encounter.select(
            Encounter.id, Encounter.occurred_on, Client.code, Encounter.initiated_by, Encounter.avoidability,
            Encounter.acknowledgement, Encounter.risk, Encounter.assessment, Encounter.channel,
        )
        .join(Client)
        .where(
            Encounter.deleted_at.is_null() & (Encounter.occurred_on >= since) & (Encounter.occurred_on < until)
            & fn.EXISTS(FollowUp.select(SQL("1")).where((FollowUp.encounter == Encounter.id) & FOLLOW_UP_OPEN))
        )
    )
)  # fmt: skip
# The recurring kinds of concern confirmed in the look-back: one row an encounter that has any
# (the concerns are one text column of slugs, "gift,safety").
_CONCERNS = PreparedQuery(
    lambda start, end: (
        Encounter.select(Encounter.id, Encounter.occurred_on, Client.code, Encounter.concerns)
        .join(Client)
        .where(
            Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end)
            & (Encounter.concerns != "")
        )
    )
)  # fmt: skip
# Standing overlaps whose review date is before a day (a per-client table of a few rows).
_DUE_OVERLAPS = PreparedQuery(
    lambda before: (
        StandingOverlap.select(Client.code, StandingOverlap.kind, StandingOverlap.review_on)
        .join(Client)
        .where(StandingOverlap.review_on < before)
        .order_by(Client.code, StandingOverlap.position)
    )
)


class Rows:
    """The encounters the rules read, in (date, id) order, with each date's day number, and which of
    them are administrative: worked out from the text only for the rows a rule would otherwise
    count, and only where the other fields allow it (a call or message of low risk ...)."""

    def __init__(self, rows: list[tuple]):
        self.rows = rows
        self.day = {text: dt.date.fromisoformat(text).toordinal() for text in {r[DATE] for r in rows}}
        self.known: dict[str, bool] = {}

    def without_administrative(self, rows: list[tuple]) -> list[tuple]:
        """``rows`` less the administrative ones. A rule passes all its candidates at once: the
        texts it needs are read in one query."""
        known = self.known
        unknown = [r for r in rows if r[ID] not in known]
        if unknown:
            maybe = [
                r[ID] for r in unknown if may_be_administrative(r[INITIATED_BY], r[RISK], r[ASSESSMENT], r[CHANNEL])
            ]
            found = administrative_ids(maybe) if maybe else set()
            for r in unknown:
                known[r[ID]] = r[ID] in found
        return [r for r in rows if not known[r[ID]]]


def is_contact(row: tuple) -> bool:
    """Contact between therapist and client: a sighting (no_contact) is not (administrative contact
    is taken out separately, from the text)."""
    return row[INITIATED_BY] != NO_CONTACT


def is_own_crossing(row: tuple) -> bool:
    """A crossing the therapist chose or could have avoided: initiated or planned by the therapist;
    a chance or third-party meeting the therapist could have avoided; or a client's approach the
    therapist could have declined and took up (rated a risky crossing or a violation). A client's
    text answered as agreed is the client's doing, not the therapist's."""
    initiated_by, avoidability = row[INITIATED_BY], row[AVOIDABILITY]
    if initiated_by == NO_CONTACT or row[ASSESSMENT] not in CROSSINGS:
        return False
    if initiated_by == THERAPIST or avoidability == PLANNED:
        return True
    return avoidability == AVOIDABLE and (initiated_by in BY_CHANCE or row[ASSESSMENT] in SERIOUS)


# Every (initiated by, avoidability, assessment) that is one of the therapist's own crossings: the
# rules look up each row's three slugs instead of asking is_own_crossing thousands of times.
OWN_CROSSINGS = frozenset(
    (initiated_by.value, avoidability.value, assessment.value)
    for initiated_by, avoidability, assessment in product(Initiator, Avoidability, Assessment)
    if is_own_crossing((None, None, None, initiated_by.value, avoidability.value, None, None, assessment.value))
)


def look_back(month: Month, t: SignalThresholds) -> dt.date:
    """The first day the encounter rules read for ``month``."""
    start = month.first_day
    return min(
        month.back(t.rising_months - 1).first_day,
        start - dt.timedelta(days=max(t.own_crossings_days, t.without_consent_days)),
        month.previous().first_day,
    )


def drift_signals(
    month: Month,
    thresholds: SignalThresholds | None = None,
    today: dt.date | None = None,
) -> list[DriftSignal]:
    """The signals that concern ``month``: each involves at least one of its encounters, or (open
    follow-ups, overlaps) stands at its end, or today when the month is not over.

    Recurring concerns are the therapist's confirmed concerns (DESIGN §3), read over a year."""
    t = thresholds or SignalThresholds()
    start, end = month.range()
    rows = Rows(sorted(_ROWS.rows(look_back(month, t), end), key=itemgetter(DATE, ID)))
    as_of = min(end - dt.timedelta(days=1), today or dt.date.today())
    until = as_of - dt.timedelta(days=t.follow_up_days)
    overdue = sorted(_OPEN_FOLLOW_UPS.rows(until - dt.timedelta(days=t.follow_up_look_back_days), until),
                     key=itemgetter(DATE, ID))  # fmt: skip
    signals = own_crossings(month, rows, t)
    signals += contacts_rising(month, rows, t)
    signals += without_consent_recurring(month, rows, t)
    signals += high_risk_consecutive(month, rows.rows)
    signals += follow_ups_open(rows, overdue, as_of, t)
    signals += concerns_recurring(month, concern_rows(month, t), t)
    return signals + overlaps_due(_DUE_OVERLAPS.rows(as_of), as_of)


def _by_client(rows: Iterable[tuple]) -> dict[str, list[tuple]]:
    grouped: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        grouped[row[CLIENT]].append(row)
    return dict(sorted(grouped.items()))


def _densest_run(month: Month, rows: list[tuple], days: int, day: dict[str, int] | None = None) -> list[tuple]:
    """The largest run of ``rows`` (in date order) spanning fewer than ``days`` days whose last one
    falls in ``month``: a sliding window, on day numbers (``day``: a date's, worked out once)."""
    first, last = _bounds(month)
    if day is None:
        day = {text: dt.date.fromisoformat(text).toordinal() for text in {r[DATE] for r in rows}}
    best: list[tuple] = []
    low = 0
    for high, row in enumerate(rows):
        while day[row[DATE]] - day[rows[low][DATE]] >= days:
            low += 1
        if first <= row[DATE] <= last and high - low + 1 > len(best):
            best = rows[low : high + 1]
    return best


@cache
def _bounds(month: Month) -> tuple[str, str]:
    return month.first_day.isoformat(), month.last_day.isoformat()


def own_crossings(month: Month, rows: Rows, t: SignalThresholds) -> list[DriftSignal]:
    title = translate("Signals", "Therapist's own crossings with {client}")
    detail = translate(
        "Signals", "{count} crossings the therapist initiated, planned or could have avoided, within {days} days."
    )
    # Taking administrative contact out only thins a run: the clients whose run is long enough with
    # it are the only ones whose texts are read.
    days, day, first_day = t.own_crossings_days, rows.day, month.first_day.isoformat()
    candidates = {
        code: found
        for code, found in _by_client(
            r for r in rows.rows if (r[INITIATED_BY], r[AVOIDABILITY], r[ASSESSMENT]) in OWN_CROSSINGS
        ).items()
        if len(found) >= t.own_crossings
        and found[-1][DATE] >= first_day  # rows are in date order: the last is the latest
        and len(_densest_run(month, found, days, day)) >= t.own_crossings
    }
    kept = {r[ID] for r in rows.without_administrative([r for found in candidates.values() for r in found])}
    signals = []
    for code, found in candidates.items():
        run = _densest_run(month, [r for r in found if r[ID] in kept], days, day)
        if len(run) >= t.own_crossings:
            signals.append(
                DriftSignal.from_rows(
                    "own_crossings", title.format(client=code),
                    detail.format(count=len(run), days=t.own_crossings_days), run, code,
                )
            )  # fmt: skip
    return signals


def contacts_rising(month: Month, rows: Rows, t: SignalThresholds) -> list[DriftSignal]:
    keys = [str(month.back(k)) for k in reversed(range(t.rising_months))]
    position = {key: index for index, key in enumerate(keys)}
    by_client: dict[str, list[list[tuple]]] = {}
    first = bisect_left(rows.rows, keys[0], key=itemgetter(DATE))  # rows are in date order
    for r in islice(rows.rows, first, None):
        if r[INITIATED_BY] == NO_CONTACT or (index := position.get(r[DATE][:7])) is None:
            continue
        by_month = by_client.get(r[CLIENT])
        if by_month is None:
            by_month = by_client[r[CLIENT]] = [[] for _ in keys]
        by_month[index].append(r)
    title = translate("Signals", "Contacts with {client} rising")
    detail = translate("Signals", "Contacts by month: {counts}")
    # Taking administrative contact out only lowers counts: a client whose raw count this month is
    # under the mark, or who had none last month, cannot rise to it; only the others' texts are read.
    candidates = {
        code: by_month
        for code, by_month in sorted(by_client.items())
        if len(by_month[-1]) >= t.rising_to and (len(keys) == 1 or by_month[-2])
    }
    kept = {r[ID] for r in rows.without_administrative([r for m in candidates.values() for found in m for r in found])}
    signals = []
    for code, by_month in candidates.items():
        by_month = [[r for r in found if r[ID] in kept] for found in by_month]
        counts = [len(found) for found in by_month]
        if counts[-1] >= t.rising_to and all(a < b for a, b in zip(counts, counts[1:], strict=False)):
            signals.append(
                DriftSignal.from_rows(
                    "contacts_rising", title.format(client=code),
                    detail.format(counts=", ".join(f"{m}: {c}" for m, c in zip(keys, counts, strict=True))),
                    [r for found in by_month for r in found], code,
                )
            )  # fmt: skip
    return signals


def concern_rows(month: Month, t: SignalThresholds) -> list[tuple]:
    """(id, date, client code, concern slug) for each recurring-kind concern confirmed within
    ``t.concern_days`` before ``month`` ends."""
    end = month.next().first_day
    start = end - dt.timedelta(days=t.concern_days)
    return [
        (row[ID], row[DATE], row[CLIENT], slug)
        for row in _CONCERNS.rows(start, end)
        for slug in (row[3] or "").split(",")
        if slug in RECURRING_CONCERNS
    ]


def concerns_recurring(month: Month, rows: Iterable[tuple], t: SignalThresholds) -> list[DriftSignal]:
    """``rows``: (id, date, client code, concern kind) for each recurring-kind concern of the look-back."""
    by_kind: dict[str, list[tuple]] = defaultdict(list)
    for row in sorted(rows, key=itemgetter(DATE, ID)):
        if row[3] in RECURRING_CONCERNS:
            by_kind[row[3]].append(row)
    title = translate("Signals", "A concern recurring with {client}")
    detail = translate("Signals", "{count} encounters with the concern “{concern}” within {days} days.")
    signals = []
    for kind in RECURRING_CONCERNS:
        for code, found in _by_client(by_kind[kind]).items():
            run = _densest_run(month, found, t.concern_days)
            if len(run) >= t.concern_repeats:
                signals.append(
                    DriftSignal.from_rows(
                        "concerns_recurring", title.format(client=code),
                        detail.format(count=len(run), concern=translate("Concern", CONCERN_LABELS[Concern(kind)]),
                                      days=t.concern_days),
                        run, code,
                    )
                )  # fmt: skip
    return signals


def without_consent_recurring(month: Month, rows: Rows, t: SignalThresholds) -> list[DriftSignal]:
    since = (month.next().first_day - dt.timedelta(days=t.without_consent_days)).isoformat()
    first_day = month.first_day.isoformat()
    found = [r for r in rows.rows if r[ACKNOWLEDGEMENT] == WITHOUT_CONSENT and r[DATE] >= since and is_contact(r)]
    if len(found) >= t.without_consent:
        found = rows.without_administrative(found)
    if len(found) < t.without_consent or not any(r[DATE] >= first_day for r in found):
        return []
    return [
        DriftSignal.from_rows(
            "without_consent_recurring",
            translate("Signals", "Acknowledgements without consent recurring"),
            translate("Signals", "{count} in the {days} days to {date} (threshold {threshold}).").format(
                count=len(found), days=t.without_consent_days, date=month.last_day.isoformat(),
                threshold=t.without_consent,
            ),
            found,
        )
    ]  # fmt: skip


def high_risk_consecutive(month: Month, rows: list[tuple]) -> list[DriftSignal]:
    """High risk this month and the month before (administrative contact is low risk by definition)."""
    previous, key = str(month.previous()), str(month)
    now = [r for r in rows if r[RISK] == HIGH and r[DATE][:7] == key]
    before = [r for r in rows if r[RISK] == HIGH and r[DATE][:7] == previous]
    if not (now and before):
        return []
    return [
        DriftSignal.from_rows(
            "high_risk_consecutive",
            translate("Signals", "High-risk encounters in consecutive months"),
            translate("Signals", "{before} in {previous}, {now} in {month}.").format(
                before=len(before), previous=previous, now=len(now), month=month
            ),
            before + now,
        )
    ]


def follow_ups_open(rows: Rows, overdue: list[tuple], as_of: dt.date, t: SignalThresholds) -> list[DriftSignal]:
    """Follow-ups still open more than ``t.follow_up_days`` after their encounter, as of ``as_of``
    (``overdue``: one row an encounter, in (date, id) order)."""
    overdue = rows.without_administrative(overdue)
    if not overdue:
        return []
    return [
        DriftSignal.from_rows(
            "open_follow_ups",
            translate("Signals", "Follow-ups left open"),
            translate(
                "Signals",
                "{count} encounter(s) with a follow-up still open more than {days} days later (as of {date}).",
            ).format(count=len(overdue), days=t.follow_up_days, date=as_of.isoformat()),
            overdue,
        )
    ]


def overlaps_due(overlaps: Iterable[tuple[str, str, str]], as_of: dt.date) -> list[DriftSignal]:
    """``overlaps``: (client code, kind, review date as ISO text) of standing overlaps; those whose
    review date is before ``as_of``, by client."""
    due: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for code, kind, review_on in overlaps:
        if review_on and str(review_on) < as_of.isoformat():
            due[code].append((kind, str(review_on)))
    title = translate("Signals", "A standing overlap with {client} is due for review")
    detail = translate("Signals", "Review date passed: {overlaps}.")
    return [
        DriftSignal(
            "overlap_review_due", title.format(client=code),
            detail.format(overlaps=", ".join(f"{_overlap_word(kind)} ({day})" for kind, day in found)), [], code, [],
        )
        for code, found in sorted(due.items())
    ]  # fmt: skip


def _overlap_word(kind: str) -> str:
    return translate("Labels", OVERLAP_WORDS[kind]) if kind in OVERLAP_WORDS else kind


def dashed_id(value) -> str:
    """An id as text with dashes, whether it came as a UUID or as the stored hex (sliced: the
    summary formats thousands of them)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
