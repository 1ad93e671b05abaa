"""Declaring a record's fields once (DESIGN §1): each field's kind (models/kinds.py), its words
on screen, whether it is required, and whether it is narrative, identifying or private. The form,
the validator, the interchange, the labels, the CSV and the PDF read a ``Record``'s fields instead
of spelling them out; ``Record.read`` is the one validator of a record's fields."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from models.i18n import translate
from models.kinds import Checker, Invalid, Kind
from models.values import Problem, type_name


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
    full-text index); ``identifying``: names a person or place (left out of pseudonymised output);
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
