"""The kinds of value a record's field can hold (models/records.py): each says how a value is
read from the interchange shape and checked (``checker``: a function that returns the typed
value or raises ``Invalid``), which peewee column stores it (``column``; None when it lives
elsewhere, as a link table does), and how a stored value is written back (``dump``).

To add a kind of value, subclass ``Kind`` here (or beside the record that alone uses it, as
models/log/field_kinds.py does) and give it an input in desktop/log/field_inputs.py."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from peewee import (
    BooleanField,
    DateField,
    DateTimeField,
    IntegerField,
    TextField,
    TimeField,
    UUIDField,
)
from peewee import (
    Field as Column,
)
from playhouse.fields import EnumField

from models.i18n import translate
from models.values import (
    DURATION_MAX_MINUTES,
    TEXT_MAX_LENGTH,
    enum_members,
    parse_date,
    parse_duration,
    parse_time,
    parse_timestamp,
    parse_uuid,
    short_repr,
    text_problem,
    type_name,
)

if TYPE_CHECKING:
    from models.records import Field

Checker = Callable[[Any, Any], Any]  # (interchange value, context) → typed value, or raise Invalid


class Invalid(ValueError):
    """A value its kind refuses: one or more (place inside the value, template, parameters). The
    place is "" for the value itself or a path such as "[2]" or "[0].action"."""

    def __init__(self, template: str = "", place: str = "", **params: Any):
        super().__init__(template)
        self.found: list[tuple[str, str, dict[str, Any]]] = [(place, template, params)] if template else []

    def add(self, place: str, template: str, **params: Any) -> None:
        self.found.append((place, template, params))


def parsed_by(parse: Callable[[Any], Any]) -> Checker:
    """A check that parses with ``parse`` (models.values), whose plain reason becomes the problem."""

    def check(value: Any, context: Any) -> Any:
        try:
            return parse(value)
        except ValueError as exc:
            raise Invalid("{reason}", reason=str(exc)) from None

    return check


class Kind:
    """How one type of value is read, stored and written back. Subclasses say which."""

    def checker(self, field: Field) -> Checker:
        return lambda value, context: value

    def required_message(self) -> str:
        return translate("Problem", "is required")

    def column(self, field: Field) -> Column | None:
        return None

    def dump(self, value: Any) -> Any:
        """A stored value in the interchange shape."""
        return value


class Identifier(Kind):
    """A UUID, as text with dashes in the interchange shape."""

    def checker(self, field: Field) -> Checker:
        parse = parsed_by(parse_uuid)

        def check(value: Any, context: Any) -> uuid.UUID:
            if value is None:  # an explicit null is not "absent": there is no id to keep
                raise Invalid(translate("Problem", "is required"))
            return parse(value, context)

        return check

    def column(self, field: Field) -> Column:
        return UUIDField(primary_key=True, default=uuid.uuid4)

    def dump(self, value: Any) -> str:
        return str(value)


class Day(Kind):
    """A calendar date, ``YYYY-MM-DD``; with ``not_future``, not after the context's today."""

    def __init__(self, not_future: bool = False):
        self.not_future = not_future

    def checker(self, field: Field) -> Checker:
        not_future, parse = self.not_future, parsed_by(parse_date)

        def check(value: Any, context: Any) -> dt.date:
            day = parse(value, context)
            if not_future and day > context.today:
                raise Invalid(translate("Problem", "{date} is in the future"), date=day.isoformat())
            return day

        return check

    def column(self, field: Field) -> Column:
        return DateField(null=not field.required)

    def dump(self, value: dt.date | None) -> str | None:
        return value.isoformat() if value is not None else None


class TimeOfDay(Kind):
    """A time of day, ``HH:MM``."""

    def checker(self, field: Field) -> Checker:
        return parsed_by(parse_time)

    def column(self, field: Field) -> Column:
        return TimeField(null=not field.required, formats=["%H:%M:%S", "%H:%M"])

    def dump(self, value: dt.time | None) -> str | None:
        return value.strftime("%H:%M") if value is not None else None


class Timestamp(Kind):
    """A moment, ``YYYY-MM-DDTHH:MM:SS`` (stored without fractions of a second). ``stored_default``
    fills the column when nothing is given (the clock, for "created at")."""

    def __init__(self, stored_default: Callable[[], dt.datetime] | None = None):
        self.stored_default = stored_default

    def checker(self, field: Field) -> Checker:
        return parsed_by(parse_timestamp)

    def column(self, field: Field) -> Column:
        if self.stored_default is not None:
            return DateTimeField(default=self.stored_default)
        return DateTimeField(null=True)

    def dump(self, value: dt.datetime | None) -> str | None:
        return value.replace(microsecond=0).isoformat() if value is not None else None


class Minutes(Kind):
    """A whole number of minutes within a day."""

    def checker(self, field: Field) -> Checker:
        parse = parsed_by(parse_duration)

        def check(value: Any, context: Any) -> int:
            if type(value) is int and 0 <= value <= DURATION_MAX_MINUTES:
                return value
            return parse(value, context)

        return check

    def column(self, field: Field) -> Column:
        return IntegerField(null=not field.required)


class Choice(Kind):
    """One slug of a fixed vocabulary (an enum), kept as the enum member."""

    def __init__(self, vocabulary: type[StrEnum]):
        self.vocabulary = vocabulary

    def checker(self, field: Field) -> Checker:
        members, vocabulary = enum_members(self.vocabulary), self.vocabulary

        def check(value: Any, context: Any) -> StrEnum:
            try:
                return members[value]
            except (KeyError, TypeError):
                raise Invalid(
                    translate("Problem", "{value} is not one of {choices}"),
                    value=short_repr(value),
                    choices=", ".join(m.value for m in vocabulary),
                ) from None

        return check

    def column(self, field: Field) -> Column:
        return EnumField(self.vocabulary, null=not field.required)

    def dump(self, value: StrEnum | None) -> str | None:
        return value.value if value is not None else None


class ChoiceSetColumn(TextField):
    """Several slugs of one vocabulary in one text column ("gift,safety", "" for none), read back
    as a list of enum members in the order given."""

    def __init__(self, vocabulary: type[StrEnum], *args: Any, **kwargs: Any):
        self.vocabulary = vocabulary
        super().__init__(*args, **kwargs)

    def db_value(self, value: Any) -> str:
        return self.plain(value)

    @staticmethod
    def plain(value: Any) -> str:
        """The stored text of a list of members (or slugs)."""
        return ",".join(str(member) for member in value or ())

    def plain_values(self, values: list[Any]) -> list[str]:
        """A column of lists as stored text (bulk_insert asks for this)."""
        return list(map(self.plain, values))

    def python_value(self, value: str | None) -> list[StrEnum]:
        return [self.vocabulary(slug) for slug in value.split(",")] if value else []


class ChoiceSet(Kind):
    """Slugs of a fixed vocabulary (an enum), each at most once, in the order given; none is an
    empty list. Stored in one text column."""

    def __init__(self, vocabulary: type[StrEnum]):
        self.vocabulary = vocabulary

    def checker(self, field: Field) -> Checker:
        members, vocabulary = enum_members(self.vocabulary), self.vocabulary

        def check(value: Any, context: Any) -> list[StrEnum]:
            if type(value) is list:
                try:
                    found = [members[slug] for slug in value]
                    if len(set(found)) == len(found):
                        return found
                except (KeyError, TypeError):
                    pass
            return read_slowly(value)

        def read_slowly(value: Any) -> list[StrEnum]:
            if not isinstance(value, list):
                raise Invalid(translate("Problem", "must be a list, not {kind}"), kind=type_name(value))
            invalid, found = Invalid(), []
            for index, slug in enumerate(value):
                try:
                    member = members[slug]
                except (KeyError, TypeError):
                    invalid.add(f"[{index}]", translate("Problem", "{value} is not one of {choices}"),
                                value=short_repr(slug), choices=", ".join(m.value for m in vocabulary))  # fmt: skip
                    continue
                if member in found:
                    invalid.add(f"[{index}]", translate("Problem", "{slug} is listed twice"), slug=short_repr(slug))
                else:
                    found.append(member)
            if invalid.found:
                raise invalid
            return found

        return check

    def column(self, field: Field) -> Column:
        return ChoiceSetColumn(self.vocabulary, default="")

    def dump(self, value: list[StrEnum] | None) -> list[str]:
        return [member.value for member in value or ()]


class Flag(Kind):
    """Yes or no."""

    def checker(self, field: Field) -> Checker:
        def check(value: Any, context: Any) -> bool:
            if value is True or value is False:
                return value
            raise Invalid(translate("Problem", "must be true or false, not {value}"), value=short_repr(value))

        return check

    def column(self, field: Field) -> Column:
        return BooleanField(default=bool(field.default))


class Text(Kind):
    """Free text in any Unicode, up to 20,000 characters; a required text must not be blank.
    ``lines`` is how many lines the form shows (1: a single-line field)."""

    def __init__(self, lines: int = 1):
        self.lines = lines

    def checker(self, field: Field) -> Checker:
        required = field.required

        def check(value: Any, context: Any) -> str:
            if type(value) is not str or len(value) > TEXT_MAX_LENGTH or not value.isascii():
                if not isinstance(value, str):
                    raise Invalid(translate("Problem", "must be text, not {kind}"), kind=type_name(value))
                problem = text_problem(value)
                if problem:
                    raise Invalid("{reason}", reason=problem)
            if required and not value.strip():
                raise Invalid(translate("Problem", "must not be empty"))
            return value

        return check

    def column(self, field: Field) -> Column:
        if field.default is not None:
            return TextField(default=field.default)
        return TextField(null=not field.required)
