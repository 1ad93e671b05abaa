"""Declaring a record's fields once (DESIGN §1): each field's kind (how its value is read from the
interchange shape, checked, stored and written back), its words on screen, whether it is
required, and whether it is narrative, identifying or private. The form, the validator, the
interchange, the labels, the CSV and the PDF read a ``Record``'s fields instead of spelling
them out.

To add a kind of value, subclass ``Kind``: ``checker`` returns the function that turns an
interchange value (never None) into the typed one or raises ``Invalid``; ``column`` gives the
peewee column that stores it (None when it lives elsewhere, as a link table does); ``dump``
turns a stored value back into its interchange form.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

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
    Problem,
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


@dataclass(frozen=True)
class Section:
    """A part of the form, in reading order, with an optional note under its title."""

    title: str
    note: str = ""


@dataclass(frozen=True, eq=False)
class Field:
    """One field of a record. Texts are marked with ``QT_TRANSLATE_NOOP`` under the record's
    translation context and translated when shown.

    ``label``: as the form captions it, with its shortcut key ("What was &said"); ``heading``: as a
    report heads it (default: the label without "&"); ``term``: as a sentence names it ("what
    was said"). ``default``: the value when it is absent (a callable makes a new one each time);
    ``nullable``: whether an explicit null counts as absent (otherwise the kind refuses it).
    ``initial``: what a new form starts with (a callable is called). ``narrative``: free text the
    therapist wrote (pseudonymised wherever it leaves the screen; ``searchable`` ones are in the
    full-text index); ``identifying``: names a person or place (left out of de-identified output);
    ``private``: left out of every export unless the therapist includes it; ``bookkeeping``:
    kept by Caselog, not written by the therapist.
    """

    name: str
    kind: Kind
    label: str = ""
    term: str = ""
    heading: str = ""
    description: str = ""
    placeholder: str = ""
    section: Section | None = None
    required: bool = False
    default: Any = None
    nullable: bool = True
    initial: Any = None
    narrative: bool = False
    identifying: bool = False
    private: bool = False
    searchable: bool = False
    bookkeeping: bool = False


# What the reader does for one field, precomputed as a plain tuple (a large import reads a hundred
# thousand records, and unpacking a tuple is the cheapest way to get at them): the name, the
# check, whether required, whether null counts as absent, the default, a factory for the default
# (or None), and the message of a missing required value.
_Step = tuple[str, Checker, bool, bool, Any, Callable[[], Any] | None, Callable[[], str]]


_ABSENT = object()


class Record:
    """The fields of one kind of record, in their interchange order, with the sets read from them."""

    def __init__(self, context: str, unknown_key: str, *fields: Field):
        self.context = context  # the translation context of the fields' texts
        self.unknown_key = unknown_key  # the problem of a key that is not a field (marked for translation)
        self.fields = fields
        self.by_name = {field.name: field for field in fields}
        self.names = tuple(field.name for field in fields)
        self.keys = frozenset(self.names)
        self.narrative = self._where(lambda f: f.narrative)
        self.identifying = self._where(lambda f: f.identifying)
        self.private = self._where(lambda f: f.private)
        self.bookkeeping = frozenset(self._where(lambda f: f.bookkeeping))
        self.searchable = self._where(lambda f: f.searchable)
        self._steps: dict[frozenset[str], tuple[_Step, ...]] = {}
        self._quick: dict[frozenset[str], Callable[[dict, Any], list[Any]]] = {}

    def _where(self, wanted: Callable[[Field], bool]) -> tuple[str, ...]:
        return tuple(field.name for field in self.fields if wanted(field))

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def __getitem__(self, name: str) -> Field:
        return self.by_name[name]

    def in_section(self, section: Section) -> list[Field]:
        return [field for field in self.fields if field.section is section]

    def shown(self, text: str) -> str:
        """One of the fields' texts in the user's language."""
        return translate(self.context, text) if text else ""

    def heading(self, name: str) -> str:
        field = self.by_name[name]
        return self.shown(field.heading) if field.heading else self.shown(field.label).replace("&", "")

    def term(self, name: str) -> str:
        """A field as a sentence names it ("what was said"), or its name when it is not one of these."""
        field = self.by_name.get(name)
        return self.shown(field.term) if field is not None and field.term else name

    def initial_values(self) -> dict[str, Any]:
        """What a new form starts with, in the interchange shape."""
        values = {}
        for field in self.fields:
            value = field.initial() if callable(field.initial) else field.initial
            if value is not None:
                values[field.name] = value
        return values

    def steps(self, required: frozenset[str] = frozenset()) -> tuple[_Step, ...]:
        """The reader's plan, with the fields of ``required`` required as well."""
        found = self._steps.get(required)
        if found is None:
            found = self._steps[required] = tuple(
                (
                    field.name,
                    field.kind.checker(field),
                    field.required or field.name in required,
                    field.nullable,
                    None if callable(field.default) else field.default,
                    field.default if callable(field.default) else None,
                    field.kind.required_message,
                )
                for field in self.fields
            )
        return found

    def read(
        self, raw: Any, context: Any, prefix: str = "", required: frozenset[str] = frozenset()
    ) -> tuple[list[Any] | None, list[Problem]]:
        """Check ``raw`` (the interchange shape). Returns the typed values in field order and no
        problems, or None and every problem found, each named by its path.

        A record with nothing wrong takes the quick road, compiled from the same checks; at the
        first problem, the field-by-field road runs and names every one."""
        if type(raw) is dict and self.keys.issuperset(raw):
            try:
                return self.quick_road(required)(raw, context), []
            except Invalid:
                pass
        return self.read_every_problem(raw, context, prefix, required)

    def read_every_problem(
        self, raw: Any, context: Any, prefix: str = "", required: frozenset[str] = frozenset()
    ) -> tuple[list[Any] | None, list[Problem]]:
        """``read`` field by field, recording every problem."""
        if not isinstance(raw, Mapping):
            kind = type_name(raw)
            return None, [
                Problem(prefix.rstrip("."), translate("Problem", "must be an object, not {kind}"), {"kind": kind})
            ]
        problems: list[Problem] = []
        if not self.keys.issuperset(raw):
            message = translate("Problem", self.unknown_key)
            problems += [Problem(f"{prefix}{key}", message) for key in sorted(set(raw) - self.keys, key=str)]
        values: list[Any] = []
        append, get = values.append, raw.get
        for name, check, needed, nullable, default, factory, missing in self.steps(required):
            value = get(name, _ABSENT)
            if value is _ABSENT or (value is None and nullable):
                if needed:
                    problems.append(Problem(f"{prefix}{name}", missing()))
                append(default if factory is None else factory())
                continue
            try:
                append(check(value, context))
            except Invalid as invalid:
                problems += [Problem(f"{prefix}{name}{place}", t, p) for place, t, p in invalid.found]
                append(None)
        return (None, problems) if problems else (values, problems)

    def quick_road(self, required: frozenset[str] = frozenset()) -> Callable[[dict, Any], list[Any]]:
        """The same steps as ``read_every_problem`` compiled into one straight function (as
        dataclasses writes ``__init__``), which raises ``Invalid`` at the first problem: without
        the loop and the bookkeeping, a valid record costs about a third less."""
        found = self._quick.get(required)
        if found is None:
            namespace: dict[str, Any] = {"ABSENT": _ABSENT, "Invalid": Invalid}
            lines = ["def quick_road(raw, context):", "    get = raw.get"]
            for index, (name, check, needed, nullable, default, factory, _) in enumerate(self.steps(required)):
                namespace[f"check{index}"], namespace[f"default{index}"] = check, default
                namespace[f"factory{index}"] = factory
                absent = f"v{index} is ABSENT or v{index} is None" if nullable else f"v{index} is ABSENT"
                if needed:
                    otherwise = "raise Invalid()"
                else:
                    otherwise = f"v{index} = factory{index}()" if factory is not None else f"v{index} = default{index}"
                lines += [
                    f"    v{index} = get({name!r}, ABSENT)",
                    f"    if {absent}:",
                    f"        {otherwise}",
                    "    else:",
                    f"        v{index} = check{index}(v{index}, context)",
                ]
            lines.append(f"    return [{', '.join(f'v{index}' for index in range(len(self.fields)))}]")
            exec("\n".join(lines), namespace)  # noqa: S102 - our own source, from the declaration
            found = self._quick[required] = namespace["quick_road"]
        return found
