"""Values in the interchange shape (DESIGN §7): dates as ``YYYY-MM-DD``, times as ``HH:MM``,
timestamps, months, ids, minutes, enums by slug, and text of any Unicode up to a limit. Each
parser returns the typed value or raises ValueError with a plain reason; a ``Problem`` says
where a value was refused and why, in words the desktop can translate."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from models import clock
from models.i18n import translate

TEXT_MAX_LENGTH = 20_000
DURATION_MAX_MINUTES = 24 * 60
# Patterns are matched whole (fullmatch): "$" would let a final line break through.
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
TIME_PATTERN = re.compile(r"\d{2}:\d{2}")
TIMESTAMP_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")
MONTH_PATTERN = re.compile(r"\d{4}-\d{2}")
# The years a record can be dated in: nothing Caselog keeps is older, and a month's arithmetic (the
# month after, the six before) stays within the calendar.
EARLIEST_YEAR, LATEST_YEAR = 1900, 9998
# A record's time (created, changed, signed) is never later than now; a day of slack for clocks.
CLOCK_SLACK = dt.timedelta(days=1)


@dataclass
class Problem:
    """One thing wrong with an input: where (``field``, a path such as ``encounters[3].risk``) and what.

    ``template`` and ``params`` are kept apart so the desktop can translate the sentence.
    """

    field: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def field_name(self) -> str:
        """The top-level field the problem belongs to (``categories`` for ``categories[2]``)."""
        return re.split(r"[.\[]", self.field, maxsplit=1)[0]

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(ValueError):
    """Raised with every problem found; nothing was saved."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "; ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(shown + more)


def short_repr(value: object) -> str:
    """``repr`` of a value, cut short so a 20,000-character string doesn't fill a message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def type_name(value: object) -> str:
    return {
        type(None): translate("Problem", "null"),
        bool: translate("Problem", "true/false"),
        int: translate("Problem", "a number"),
        float: translate("Problem", "a number"),
        str: translate("Problem", "text"),
        list: translate("Problem", "a list"),
        dict: translate("Problem", "an object"),
    }.get(type(value), type(value).__name__)


def parse_or_report(value: Any, parse: Callable[[Any], Any], report: Callable[..., None]):
    try:
        return parse(value)
    except ValueError as exc:
        report("{reason}", reason=str(exc))
        return None


def enum_members(kind: type[StrEnum]) -> dict[str, Any]:
    """An enum's members by slug: a dictionary lookup is about six times faster than ``kind(value)``."""
    members = _MEMBERS.get(kind)
    if members is None:
        members = _MEMBERS[kind] = {member.value: member for member in kind}
    return members


_MEMBERS: dict[type, dict[str, Any]] = {}


def parse_enum(value: Any, kind: type[StrEnum], report: Callable[..., None]):
    members = enum_members(kind)
    if isinstance(value, str) and value in members:
        return members[value]
    report(
        translate("Problem", "{value} is not one of {choices}"),
        value=short_repr(value),
        choices=", ".join(m.value for m in kind),
    )
    return None


def text_problem(value: str) -> str | None:
    """Why a text cannot be stored, or None. Any Unicode is fine; unpaired surrogates are not."""
    if len(value) > TEXT_MAX_LENGTH:
        return translate("Problem", "is {length:,} characters long; the limit is {limit:,}").format(
            length=len(value), limit=TEXT_MAX_LENGTH
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return translate("Problem", "contains a character that is not valid Unicode text")
    return None


def parse_date(value: Any) -> dt.date:
    """A ``YYYY-MM-DD`` string as a date; ValueError with a plain reason otherwise."""
    if not isinstance(value, str) or not DATE_PATTERN.fullmatch(value):
        raise ValueError(
            translate("Problem", "{value} is not a date in the form YYYY-MM-DD").format(value=short_repr(value))
        )
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(translate("Problem", "{value} is not a real date").format(value=repr(value))) from None
    _check_year(value, day.year)
    return day


def _check_year(value: str, year: int) -> None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValueError(
            translate("Problem", "{value} is outside the years Caselog keeps ({first}–{last})").format(
                value=repr(value), first=EARLIEST_YEAR, last=LATEST_YEAR
            )
        )


def parse_time(value: Any) -> dt.time:
    """An ``HH:MM`` string as a time of day."""
    if not isinstance(value, str) or not TIME_PATTERN.fullmatch(value):
        raise ValueError(
            translate("Problem", "{value} is not a time in the form HH:MM").format(value=short_repr(value))
        )
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise ValueError(translate("Problem", "{value} is not a real time of day").format(value=repr(value))) from None


def parse_timestamp(value: Any) -> dt.datetime:
    """A ``YYYY-MM-DDTHH:MM:SS`` string as a datetime: when something was recorded, so not later
    than now (a day's slack for another machine's clock)."""
    if not isinstance(value, str) or not TIMESTAMP_PATTERN.fullmatch(value):
        raise ValueError(
            translate("Problem", "{value} is not a timestamp in the form YYYY-MM-DDTHH:MM:SS").format(
                value=short_repr(value)
            )
        )
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            translate("Problem", "{value} is not a real date and time").format(value=repr(value))
        ) from None
    _check_year(value, moment.year)
    if moment > _latest_moment[0]:
        _latest_moment[0] = clock.now() + CLOCK_SLACK  # time has moved on since it was last read
        if moment > _latest_moment[0]:
            raise ValueError(translate("Problem", "{value} is in the future").format(value=repr(value)))
    return moment


# The latest moment a record may carry, read from the clock only when a value passes it: a large
# import checks hundreds of thousands of timestamps. It only grows, so an old reading is never lenient.
_latest_moment = [dt.datetime.min]


def parse_month(value: Any) -> tuple[int, int]:
    """A ``YYYY-MM`` string as (year, month)."""
    if not isinstance(value, str) or not MONTH_PATTERN.fullmatch(value):
        raise ValueError(
            translate("Problem", "{value} is not a month in the form YYYY-MM").format(value=short_repr(value))
        )
    year, month = int(value[:4]), int(value[5:])
    if not 1 <= month <= 12:
        raise ValueError(translate("Problem", "{value} is not a real month").format(value=repr(value)))
    _check_year(value, year)
    return year, month


def parse_uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise ValueError(translate("Problem", "{value} is not an id (a UUID as text)").format(value=short_repr(value)))
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueError(
            translate("Problem", "{value} is not an id (a UUID)").format(value=short_repr(value))
        ) from None


def parse_duration(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(
            translate("Problem", "must be a whole number of minutes, not {value}").format(value=short_repr(value))
        )
    if not 0 <= value <= DURATION_MAX_MINUTES:
        raise ValueError(
            translate("Problem", "{value} is outside 0–{limit} minutes").format(value=value, limit=DURATION_MAX_MINUTES)
        )
    return value
