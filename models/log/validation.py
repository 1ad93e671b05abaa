"""One validator for an encounter, used by the form, the importer and the tests.

It reads an encounter in its interchange shape (DESIGN §7: dates as ``YYYY-MM-DD``, times as
``HH:MM``, enums as slugs, the client by code) and returns either a typed ``EncounterInput``
or every problem found, each naming its field.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from models.i18n import translate
from models.log.enums import (
    Acknowledgement,
    Assessment,
    Avoidability,
    Channel,
    FollowUpAction,
    Initiator,
    Risk,
    Setting,
)

TEXT_MAX_LENGTH = 20_000
DURATION_MAX_MINUTES = 24 * 60
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_PATTERN = re.compile(r"^\d{2}:\d{2}$")
TIMESTAMP_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
MONTH_PATTERN = re.compile(r"^\d{4}-\d{2}$")


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


@dataclass(slots=True)
class EncounterInput:
    """A validated encounter, with Python values. (Slots: an import holds a hundred thousand.)"""

    id: uuid.UUID
    occurred_on: dt.date
    occurred_time: dt.time | None
    duration_minutes: int | None
    client: str
    channel: Channel
    setting: Setting
    location: str | None
    initiated_by: Initiator
    avoidability: Avoidability
    acknowledgement: Acknowledgement
    others_present: bool
    therapy_content_raised: bool
    what_was_said: str
    response: str
    reflection: str | None
    categories: list[str]
    risk: Risk
    assessment: Assessment
    rationale: str | None
    anticipated_benefit: str | None
    anticipated_consequences: str | None
    consultation: str | None
    follow_up: list[tuple[FollowUpAction, bool]]
    for_supervision: bool
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    deleted_at: dt.datetime | None


@dataclass
class ValidationContext:
    """What the validator checks against: today's date and, when known, the clients and categories."""

    today: dt.date
    client_codes: Container[str] | None = None
    category_slugs: Container[str] | None = None
    require_id: bool = False


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


class FieldReader:
    """Reads typed values out of a mapping, recording a Problem for each bad one."""

    def __init__(self, raw: Mapping[str, Any], prefix: str, problems: list[Problem]):
        self.raw = raw
        self.prefix = prefix
        self.problems = problems

    def path(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def problem(self, name: str, template: str, **params: Any) -> None:
        self.problems.append(Problem(self.path(name), template, params))

    def value(self, name: str, required: bool) -> Any:
        value = self.raw.get(name)
        if value is None and required:
            self.problem(name, translate("Problem", "is required"))
        return value

    def text(self, name: str, *, required: bool = False, nullable: bool = True, default: str | None = None):
        value = self.value(name, required)
        if value is None:
            if required:
                return None
            if not nullable:
                if name in self.raw:
                    self.problem(name, translate("Problem", "must be text, not null"))
                return default
            return default
        if not isinstance(value, str):
            self.problem(name, translate("Problem", "must be text, not {kind}"), kind=type_name(value))
            return None
        problem = text_problem(value)
        if problem:
            self.problem(name, "{reason}", reason=problem)
            return None
        if required and not value.strip():
            self.problem(name, translate("Problem", "must not be empty"))
            return None
        return value

    def boolean(self, name: str) -> bool | None:
        value = self.raw.get(name, False)
        if not isinstance(value, bool):
            self.problem(name, translate("Problem", "must be true or false, not {value}"), value=short_repr(value))
            return None
        return value

    def enum(self, name: str, kind: type[StrEnum], required: bool = True):
        value = self.value(name, required)
        if value is None:
            return None
        return parse_enum(value, kind, lambda t, **p: self.problem(name, t, **p))

    def parsed(self, name: str, parse: Callable[[Any], Any], required: bool = False):
        value = self.value(name, required)
        if value is None:
            return None
        return parse_or_report(value, parse, lambda t, **p: self.problem(name, t, **p))


def parse_or_report(value: Any, parse: Callable[[Any], Any], report: Callable[..., None]):
    try:
        return parse(value)
    except ValueError as exc:
        report("{reason}", reason=str(exc))
        return None


def _members(kind: type[StrEnum]) -> dict[str, Any]:
    return {member.value: member for member in kind}


# Dictionary lookups: about six times faster than kind(value) on big imports.
_MEMBERS: dict[type, dict[str, Any]] = {
    kind: _members(kind)
    for kind in (Channel, Setting, Initiator, Avoidability, Acknowledgement, Risk, Assessment, FollowUpAction)
}
_CHANNELS, _SETTINGS, _INITIATORS, _AVOIDABILITIES, _ACKNOWLEDGEMENTS, _RISKS, _ASSESSMENTS, _FOLLOW_UP_ACTIONS = (
    _MEMBERS.values()
)
_FOLLOW_UP_KEYS = frozenset({"action", "done"})


def parse_enum(value: Any, kind: type[StrEnum], report: Callable[..., None]):
    members = _MEMBERS.get(kind) or _members(kind)
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
    if not isinstance(value, str) or not DATE_PATTERN.match(value):
        raise ValueError(
            translate("Problem", "{value} is not a date in the form YYYY-MM-DD").format(value=short_repr(value))
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(translate("Problem", "{value} is not a real date").format(value=repr(value))) from None


def parse_time(value: Any) -> dt.time:
    """An ``HH:MM`` string as a time of day."""
    if not isinstance(value, str) or not TIME_PATTERN.match(value):
        raise ValueError(
            translate("Problem", "{value} is not a time in the form HH:MM").format(value=short_repr(value))
        )
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise ValueError(translate("Problem", "{value} is not a real time of day").format(value=repr(value))) from None


def parse_timestamp(value: Any) -> dt.datetime:
    """A ``YYYY-MM-DDTHH:MM:SS`` string as a datetime."""
    if not isinstance(value, str) or not TIMESTAMP_PATTERN.match(value):
        raise ValueError(
            translate("Problem", "{value} is not a timestamp in the form YYYY-MM-DDTHH:MM:SS").format(
                value=short_repr(value)
            )
        )
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            translate("Problem", "{value} is not a real date and time").format(value=repr(value))
        ) from None


def parse_month(value: Any) -> tuple[int, int]:
    """A ``YYYY-MM`` string as (year, month)."""
    if not isinstance(value, str) or not MONTH_PATTERN.match(value):
        raise ValueError(
            translate("Problem", "{value} is not a month in the form YYYY-MM").format(value=short_repr(value))
        )
    year, month = int(value[:4]), int(value[5:])
    if not 1 <= month <= 12 or year < 1:
        raise ValueError(translate("Problem", "{value} is not a real month").format(value=repr(value)))
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


ENCOUNTER_KEYS = frozenset(
    {
        "id", "occurred_on", "occurred_time", "duration_minutes", "client", "channel", "setting",
        "location", "initiated_by", "avoidability", "acknowledgement", "others_present",
        "therapy_content_raised", "what_was_said", "response", "reflection", "categories", "risk",
        "assessment", "rationale", "anticipated_benefit", "anticipated_consequences", "consultation",
        "follow_up", "for_supervision", "created_at", "updated_at", "deleted_at",
    }
)  # fmt: skip
OPTIONAL_TEXT_FIELDS = (
    "location", "reflection", "rationale", "anticipated_benefit", "anticipated_consequences", "consultation",
)  # fmt: skip


def validate_encounter(
    raw: Any, context: ValidationContext, prefix: str = ""
) -> tuple[EncounterInput | None, list[Problem]]:
    """Check one encounter in interchange shape. Returns (the typed encounter, []) or (None, problems)."""
    data = quick_valid_encounter(raw, context)
    if data is not None:
        return data, []
    return validate_encounter_fully(raw, context, prefix)


def validate_encounter_fully(
    raw: Any, context: ValidationContext, prefix: str = ""
) -> tuple[EncounterInput | None, list[Problem]]:
    """``validate_encounter`` the long way: every rule through a ``FieldReader``, so that each
    problem is found and named."""
    problems: list[Problem] = []
    if not isinstance(raw, Mapping):
        return None, [
            Problem(prefix.rstrip("."), translate("Problem", "must be an object, not {kind}"), {"kind": type_name(raw)})
        ]
    read = FieldReader(raw, prefix, problems)
    for key in sorted(set(raw) - ENCOUNTER_KEYS, key=str):
        read.problem(str(key), translate("Problem", "is not a field of an encounter"))

    if "id" in raw or context.require_id:
        encounter_id = read.parsed("id", parse_uuid, required=True)
    else:
        encounter_id = uuid.uuid4()
    occurred_on = read.parsed("occurred_on", parse_date, required=True)
    if occurred_on is not None and occurred_on > context.today:
        read.problem("occurred_on", translate("Problem", "{date} is in the future"), date=occurred_on.isoformat())
    occurred_time = read.parsed("occurred_time", parse_time)
    duration = read.parsed("duration_minutes", parse_duration)

    client = read.value("client", required=True)
    if client is not None:
        if not isinstance(client, str):
            read.problem(
                "client", translate("Problem", "must be a client code (text), not {kind}"), kind=type_name(client)
            )
            client = None
        elif context.client_codes is not None and client not in context.client_codes:
            read.problem("client", translate("Problem", "{code} is not a known client"), code=short_repr(client))
            client = None

    channel = read.enum("channel", Channel)
    setting = read.enum("setting", Setting)
    if channel is not None and setting is not None:
        if channel == Channel.IN_PERSON and setting == Setting.NOT_APPLICABLE:
            read.problem("setting", translate("Problem", "choose where an in-person encounter happened"))
        elif channel != Channel.IN_PERSON and setting != Setting.NOT_APPLICABLE:
            read.problem(
                "setting",
                translate("Problem", "applies to in-person contact only; use not_applicable for {channel}"),
                channel=channel.value,
            )
    initiated_by = read.enum("initiated_by", Initiator)
    avoidability = read.enum("avoidability", Avoidability)
    acknowledgement = read.enum("acknowledgement", Acknowledgement)
    risk = read.enum("risk", Risk)
    assessment = read.enum("assessment", Assessment)

    what_was_said = read.text("what_was_said", required=True)
    response = read.text("response", nullable=False, default="")
    texts = {name: read.text(name) for name in OPTIONAL_TEXT_FIELDS}
    flags = {name: read.boolean(name) for name in ("others_present", "therapy_content_raised", "for_supervision")}

    categories = _read_categories(read, context)
    follow_up = _read_follow_up(read)
    created_at = read.parsed("created_at", parse_timestamp)
    updated_at = read.parsed("updated_at", parse_timestamp)
    deleted_at = read.parsed("deleted_at", parse_timestamp)

    if problems:
        return None, problems
    return (
        EncounterInput(
            id=encounter_id,
            occurred_on=occurred_on,
            occurred_time=occurred_time,
            duration_minutes=duration,
            client=client,
            channel=channel,
            setting=setting,
            initiated_by=initiated_by,
            avoidability=avoidability,
            acknowledgement=acknowledgement,
            what_was_said=what_was_said,
            response=response,
            categories=categories,
            risk=risk,
            assessment=assessment,
            follow_up=follow_up,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            **texts,
            **flags,
        ),
        [],
    )


_NOT_VALID = object()


def quick_valid_encounter(raw: Any, context: ValidationContext) -> EncounterInput | None:
    """The typed encounter when ``raw`` breaks no rule at all, by a short road; None otherwise.

    It applies ``validate_encounter_fully``'s rules without recording anything, so that a large
    import checks a valid encounter in a fraction of the time. At the first doubt it returns None
    and the full validator runs, names the problems, and has the last word; a property test
    (tests/models/test_validation.py) holds the two to the same answers.
    """
    if type(raw) is not dict or not ENCOUNTER_KEYS.issuperset(raw):
        return None
    get = raw.get
    try:
        encounter_id = uuid.UUID(raw["id"]) if "id" in raw or context.require_id else None
        occurred_on = _quick_parsed(raw["occurred_on"], DATE_PATTERN, dt.date.fromisoformat)
        occurred_time = _quick_parsed(get("occurred_time"), TIME_PATTERN, dt.time.fromisoformat)
        created_at = _quick_parsed(get("created_at"), TIMESTAMP_PATTERN, dt.datetime.fromisoformat)
        updated_at = _quick_parsed(get("updated_at"), TIMESTAMP_PATTERN, dt.datetime.fromisoformat)
        deleted_at = _quick_parsed(get("deleted_at"), TIMESTAMP_PATTERN, dt.datetime.fromisoformat)
        duration = get("duration_minutes")
        client = raw["client"]
        channel = _CHANNELS[raw["channel"]]
        setting = _SETTINGS[raw["setting"]]
        what_was_said = raw["what_was_said"]
        response = get("response", "")
        location, reflection, rationale = get("location"), get("reflection"), get("rationale")
        benefit, consequences = get("anticipated_benefit"), get("anticipated_consequences")
        consultation = get("consultation")
        others_present, content_raised = get("others_present", False), get("therapy_content_raised", False)
        for_supervision = get("for_supervision", False)
        categories = raw["categories"]
        follow_up = _quick_follow_up(get("follow_up"))
        encounter = EncounterInput(
            id=encounter_id or uuid.uuid4(),
            occurred_on=occurred_on,
            occurred_time=occurred_time,
            duration_minutes=duration,
            client=client,
            channel=channel,
            setting=setting,
            location=location,
            initiated_by=_INITIATORS[raw["initiated_by"]],
            avoidability=_AVOIDABILITIES[raw["avoidability"]],
            acknowledgement=_ACKNOWLEDGEMENTS[raw["acknowledgement"]],
            others_present=others_present,
            therapy_content_raised=content_raised,
            what_was_said=what_was_said,
            response=response,
            reflection=reflection,
            categories=list(categories),
            risk=_RISKS[raw["risk"]],
            assessment=_ASSESSMENTS[raw["assessment"]],
            rationale=rationale,
            anticipated_benefit=benefit,
            anticipated_consequences=consequences,
            consultation=consultation,
            follow_up=follow_up,
            for_supervision=for_supervision,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    slugs, codes = context.category_slugs, context.client_codes
    valid = (
        occurred_on is not None
        and _NOT_VALID not in (occurred_on, occurred_time, created_at, updated_at, deleted_at, follow_up)
        and occurred_on <= context.today
        and (duration is None or (type(duration) is int and 0 <= duration <= DURATION_MAX_MINUTES))
        and type(client) is str
        and (codes is None or client in codes)
        and (channel is Channel.IN_PERSON) != (setting is Setting.NOT_APPLICABLE)
        and _quick_text(what_was_said)
        and what_was_said.strip() != ""
        and _quick_text(response)
        and (location is None or _quick_text(location))
        and (reflection is None or _quick_text(reflection))
        and (rationale is None or _quick_text(rationale))
        and (benefit is None or _quick_text(benefit))
        and (consequences is None or _quick_text(consequences))
        and (consultation is None or _quick_text(consultation))
        and type(others_present) is bool
        and type(content_raised) is bool
        and type(for_supervision) is bool
        and type(categories) is list
        and all(type(slug) is str for slug in categories)
        and len(categories) == len(set(categories)) > 0
        and (slugs is None or all(slug in slugs for slug in categories))
    )
    return encounter if valid else None


def _quick_parsed(value: Any, pattern: re.Pattern[str], parse: Callable[[str], Any]) -> Any:
    """None for None; the parsed value of well-formed text; _NOT_VALID for anything else."""
    if value is None:
        return None
    if type(value) is not str or not pattern.match(value):
        return _NOT_VALID
    try:
        return parse(value)
    except ValueError:
        return _NOT_VALID


def _quick_text(value: Any) -> bool:
    return type(value) is str and len(value) <= TEXT_MAX_LENGTH and (value.isascii() or text_problem(value) is None)


def _quick_follow_up(value: Any) -> Any:
    """The follow-up actions, or _NOT_VALID."""
    if value is None:
        return []
    if type(value) is not list:
        return _NOT_VALID
    actions = []
    for item in value:
        if type(item) is not dict or not _FOLLOW_UP_KEYS.issuperset(item):
            return _NOT_VALID
        done = item.get("done", False)
        if type(done) is not bool:
            return _NOT_VALID
        actions.append((_FOLLOW_UP_ACTIONS[item["action"]], done))
    if len({action for action, _ in actions}) != len(actions):
        return _NOT_VALID
    return actions


def _read_categories(read: FieldReader, context: ValidationContext) -> list[str]:
    value = read.raw.get("categories")
    if value is None or value == []:
        read.problem("categories", translate("Problem", "choose at least one category"))
        return []
    if not isinstance(value, list):
        read.problem(
            "categories", translate("Problem", "must be a list of category slugs, not {kind}"), kind=type_name(value)
        )
        return []
    seen: set[str] = set()
    for index, slug in enumerate(value):
        name = f"categories[{index}]"
        if not isinstance(slug, str):
            read.problem(name, translate("Problem", "must be a category slug (text), not {kind}"), kind=type_name(slug))
        elif context.category_slugs is not None and slug not in context.category_slugs:
            read.problem(name, translate("Problem", "{slug} is not a known category"), slug=short_repr(slug))
        elif slug in seen:
            read.problem(name, translate("Problem", "{slug} is listed twice"), slug=short_repr(slug))
        else:
            seen.add(slug)
    return list(value)


def _read_follow_up(read: FieldReader) -> list[tuple[FollowUpAction, bool]]:
    value = read.raw.get("follow_up")
    if value is None:
        return []
    if not isinstance(value, list):
        read.problem("follow_up", translate("Problem", "must be a list, not {kind}"), kind=type_name(value))
        return []
    actions: list[tuple[FollowUpAction, bool]] = []
    for index, item in enumerate(value):
        name = f"follow_up[{index}]"
        if not isinstance(item, Mapping):
            read.problem(
                name, translate("Problem", "must be an object with action and done, not {kind}"), kind=type_name(item)
            )
            continue
        for key in sorted(set(item) - {"action", "done"}, key=str):
            read.problem(f"{name}.{key}", translate("Problem", "is not a field of a follow-up"))
        action = item.get("action")
        if action is None:
            read.problem(f"{name}.action", translate("Problem", "is required"))
        else:
            action = parse_enum(action, FollowUpAction, lambda t, n=name, **p: read.problem(f"{n}.action", t, **p))
        done = item.get("done", False)
        if not isinstance(done, bool):
            read.problem(
                f"{name}.done", translate("Problem", "must be true or false, not {value}"), value=short_repr(done)
            )
            continue
        if action is None:
            continue
        if any(existing == action for existing, _ in actions):
            read.problem(f"{name}.action", translate("Problem", "{action} is listed twice"), action=action.value)
            continue
        actions.append((action, done))
    return actions
