"""The supervision hours log (DESIGN §5): each month's meeting (date, minutes, format, kind,
supervisor with credential, licence number and jurisdiction) totalled by supervisor, format, kind,
month and year, with a running total since the first meeting ("toward licensure"): what a trainee
reports to a licensing board."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass

from models.store.database import PreparedQuery
from models.supervision.enums import MeetingFormat, MeetingKind, ReviewStatus
from models.supervision.reviews import MonthReview


@dataclass(frozen=True)
class Meeting:
    month: str
    on: dt.date
    minutes: int
    format: str  # a MeetingFormat slug, or "" when not recorded
    kind: str  # a MeetingKind slug, or "" when not recorded
    supervisor: str
    credential: str = ""
    licence: str = ""
    jurisdiction: str = ""
    signed_off: bool = False

    @property
    def supervisor_key(self) -> str:
        """The supervisor as the log totals them: name and credential."""
        return f"{self.supervisor}, {self.credential}" if self.credential else self.supervisor


@dataclass
class HoursLog:
    year: int | None  # the year shown, or None for every year
    meetings: list[Meeting]  # in date order
    running_minutes: list[int]  # beside each meeting: the total since the first meeting of all
    total_minutes: int
    signed_off_minutes: int
    by_supervisor: dict[str, int]
    by_format: dict[str, int]
    by_kind: dict[str, int]
    by_month: dict[str, int]
    by_year: dict[int, int]


def meetings() -> list[Meeting]:
    """Every recorded meeting (a review with a date and a duration), in date order."""
    query = (
        MonthReview.select()
        .where(MonthReview.meeting_on.is_null(False) & MonthReview.meeting_minutes.is_null(False))
        .order_by(MonthReview.meeting_on, MonthReview.month)
    )
    return [
        Meeting(
            r.month, r.meeting_on, r.meeting_minutes, r.meeting_format.value if r.meeting_format else "",
            r.meeting_kind.value if r.meeting_kind else "", r.supervisor, r.credential, r.licence, r.jurisdiction,
            r.status == ReviewStatus.SIGNED_OFF,
        )
        for r in query
    ]  # fmt: skip


def hours_log(found: list[Meeting] | None = None, year: int | None = None) -> HoursLog:
    """The log, optionally of one year; the running total always counts from the first meeting."""
    ordered = sorted(meetings() if found is None else found, key=lambda m: (m.on, m.month))
    running, total = [], 0
    for m in ordered:
        total += m.minutes
        running.append(total)
    chosen = [(m, r) for m, r in zip(ordered, running, strict=True) if year is None or m.on.year == year]
    shown = [m for m, _ in chosen]

    def by(key) -> Counter:
        counts: Counter = Counter()
        for m in shown:
            counts[key(m)] += m.minutes
        return counts

    formats, kinds = by(lambda m: m.format), by(lambda m: m.kind)
    unrecorded = {"": formats[""]} if formats[""] else {}  # meetings whose format was not recorded
    return HoursLog(
        year=year,
        meetings=shown,
        running_minutes=[r for _, r in chosen],
        total_minutes=sum(m.minutes for m in shown),
        signed_off_minutes=sum(m.minutes for m in shown if m.signed_off),
        by_supervisor=dict(by(lambda m: m.supervisor_key)),
        by_format={f.value: formats.get(f.value, 0) for f in MeetingFormat} | unrecorded,
        by_kind={k.value: kinds.get(k.value, 0) for k in MeetingKind} | ({"": kinds[""]} if kinds[""] else {}),
        by_month=dict(by(lambda m: m.month)),
        by_year=dict(by(lambda m: m.on.year)),
    )


# The meetings of a year up to a month (prepared once: the summary asks for every month it shows).
_YEAR_TO_MONTH = PreparedQuery(
    lambda first, month: (
        MonthReview.select(MonthReview.month, MonthReview.meeting_minutes).where(
            MonthReview.meeting_minutes.is_null(False) & MonthReview.meeting_on.is_null(False)
            & (MonthReview.month >= first) & (MonthReview.month <= month)
        )
    )
)  # fmt: skip


def month_hours(month: str) -> dict[str, int]:
    """The summary's ``hours``: the month's meeting minutes, and the minutes of its calendar year up
    to and including it."""
    minutes = dict(_YEAR_TO_MONTH.rows(f"{month[:4]}-01", month))
    return {"meeting_minutes": minutes.get(month, 0), "year_minutes": sum(minutes.values())}


def hours(minutes: int) -> str:
    """Minutes as hours with two decimals, as the log prints them."""
    return f"{minutes / 60:.2f}"


CSV_COLUMNS = (
    "date", "month", "minutes", "hours", "format", "kind", "supervisor", "credential", "licence", "jurisdiction",
    "signed_off", "running_hours",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """Spreadsheet text that never runs as a formula (as the encounters' CSV writes it)."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def hours_csv(log: HoursLog) -> str:
    """One row a meeting, then a total row: what a licensing board's form asks for."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for m, running in zip(log.meetings, log.running_minutes, strict=True):
        writer.writerow([
            m.on.isoformat(), m.month, m.minutes, hours(m.minutes), m.format, m.kind, _cell(m.supervisor),
            _cell(m.credential), _cell(m.licence), _cell(m.jurisdiction), "yes" if m.signed_off else "no",
            hours(running),
        ])  # fmt: skip
    writer.writerow(["total", "", log.total_minutes, hours(log.total_minutes), "", "", "", "", "", "", "", ""])
    return out.getvalue()
