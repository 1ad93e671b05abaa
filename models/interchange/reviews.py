"""The supervision part of the JSON interchange: month reviews (with their comments and action
items) and addenda. Version-1 files without the later fields stay importable: those keys are
optional on import and always written on export."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from models.i18n import translate
from models.kinds import Invalid
from models.log.encounters import Encounter
from models.log.fields import ENCOUNTER
from models.log.validation import ValidationContext
from models.supervision.addenda import Addendum
from models.supervision.enums import AddendumKind, MeetingFormat, MeetingKind, ReviewStatus
from models.supervision.reviews import ActionItem, MonthReview, ReviewComment, ReviewReopening
from models.values import (
    parse_date,
    parse_duration,
    parse_enum,
    parse_month,
    parse_or_report,
    parse_timestamp,
    parse_uuid,
    short_repr,
    text_problem,
    type_name,
)

REVIEW_KEYS = frozenset({"month", "supervisor", "status", "signed_at", "notes", "comments"})
REVIEW_OPTIONAL_KEYS = frozenset(
    {
        "credential", "therapist", "countersigned_at", "meeting_on", "meeting_minutes", "meeting_format",
        "revision_comment", "include_reflections", "action_items", "meeting_kind", "licence", "jurisdiction",
        "reopenings",
    }
)  # fmt: skip
COMMENT_KEYS = frozenset({"encounter", "text", "discussed"})
COMMENT_OPTIONAL_KEYS = frozenset({"not_discussed_reason"})
ACTION_ITEM_KEYS = frozenset({"text", "owner", "due_on", "done", "agreed_on", "done_on"})
REOPENING_KEYS = frozenset({"reopened_at", "reason", "signed_at", "supervisor", "credential"})
ADDENDUM_KEYS = frozenset({"encounter", "month", "kind", "changes", "reason", "created_at"})

Report = Callable[..., None]


@dataclass
class ReviewInput:
    month: str
    supervisor: str
    status: ReviewStatus
    signed_at: dt.datetime | None
    notes: str
    comments: list[tuple[str, str, bool, str]]  # (encounter id hex, text, discussed, reason left out)
    extra: dict[str, Any] = field(default_factory=dict)  # the optional review columns, typed
    action_items: list[dict[str, Any]] = field(default_factory=list)  # ActionItem's columns
    reopenings: list[dict[str, Any]] = field(default_factory=list)  # ReviewReopening's columns


@dataclass
class AddendumInput:
    encounter: str  # id hex
    month: str
    kind: AddendumKind
    changes: dict[str, list[Any]]
    reason: str
    created_at: dt.datetime


def check_object(item: Any, allowed, path: str, report: Report, required=()) -> bool:
    """Report a non-object, unknown keys and missing required keys; True when the object is usable."""
    if not isinstance(item, Mapping):
        report(path, translate("Problem", "must be an object, not {kind}"), kind=type_name(item))
        return False
    ok = True
    for key in sorted(set(item) - set(allowed), key=str):
        report(f"{path}.{key}", translate("Problem", "is not a field here"))
        ok = False
    for key in sorted(set(required) - set(item)):
        report(f"{path}.{key}", translate("Problem", "is required"))
        ok = False
    return ok


def encounter_exists(encounter: uuid.UUID, known_encounters: set[str]) -> bool:
    return encounter.hex in known_encounters or Encounter.select().where(Encounter.id == encounter).exists()


# ---------------------------------------------------------------- reviews


def plan_reviews(items: list[Any], known_encounters: set[str], report: Report) -> list[ReviewInput]:
    reviews: list[ReviewInput] = []
    months: set[str] = set()
    for index, item in enumerate(items):
        path = f"reviews[{index}]"
        if not check_object(item, REVIEW_KEYS | REVIEW_OPTIONAL_KEYS, path, report, required=REVIEW_KEYS):
            continue
        if not isinstance(item["month"], str):  # a list or an object cannot be compared with the others
            parse_or_report(item["month"], parse_month, lambda t, path=path, **p: report(f"{path}.month", t, **p))
            continue
        if item["month"] in months:
            report(f"{path}.month", translate("Problem", "{month} has two reviews"), month=short_repr(item["month"]))
            continue
        review = _plan_review(item, path, known_encounters, report)
        if review is not None:
            months.add(review.month)
            reviews.append(review)
    return reviews


def _plan_review(item: Mapping[str, Any], path: str, known_encounters: set[str], report: Report):
    found: list[str] = []

    def flag(sub: str, template: str, **params: Any) -> None:
        found.append(sub)
        report(f"{path}.{sub}", template, **params)

    def text(key: str, default: str = "") -> str:
        value = item.get(key, default)
        if not isinstance(value, str):
            flag(key, translate("Problem", "must be text, not {kind}"), kind=type_name(value))
        elif text_problem(value):
            flag(key, "{reason}", reason=text_problem(value))
        return value

    def optional(key: str, parse: Callable[[Any], Any]):
        value = item.get(key)
        return None if value is None else parse_or_report(value, parse, lambda t, **p: flag(key, t, **p))

    parse_or_report(item["month"], parse_month, lambda t, **p: flag("month", t, **p))
    supervisor, notes = text("supervisor"), text("notes")
    status = parse_enum(item["status"], ReviewStatus, lambda t, **p: flag("status", t, **p))
    signed_at = optional("signed_at", parse_timestamp)
    comments = _plan_comments(item["comments"], known_encounters, flag)
    meeting_format = None
    if item.get("meeting_format") is not None:
        meeting_format = parse_enum(
            item["meeting_format"], MeetingFormat, lambda t, **p: flag("meeting_format", t, **p)
        )
    meeting_kind = None
    if item.get("meeting_kind") is not None:
        meeting_kind = parse_enum(item["meeting_kind"], MeetingKind, lambda t, **p: flag("meeting_kind", t, **p))
    include = item.get("include_reflections", False)
    if not isinstance(include, bool):
        flag(
            "include_reflections", translate("Problem", "must be true or false, not {value}"), value=short_repr(include)
        )
    extra = {
        "credential": text("credential"),
        "therapist": text("therapist"),
        "countersigned_at": optional("countersigned_at", parse_timestamp),
        "meeting_on": optional("meeting_on", parse_date),
        "meeting_minutes": optional("meeting_minutes", parse_duration),
        "meeting_format": meeting_format,
        "meeting_kind": meeting_kind,
        "licence": text("licence"),
        "jurisdiction": text("jurisdiction"),
        "revision_comment": text("revision_comment"),
        "include_reflections": include,
    }
    items = _plan_action_items(item.get("action_items", []), flag)
    reopenings = _plan_reopenings(item.get("reopenings", []), flag)
    if found:
        return None
    return ReviewInput(item["month"], supervisor, status, signed_at, notes, comments, extra, items, reopenings)


def _plan_comments(items: Any, known_encounters: set[str], flag) -> list[tuple[str, str, bool, str]]:
    if not isinstance(items, list):
        flag("comments", translate("Problem", "must be a list, not {kind}"), kind=type_name(items))
        return []
    comments: list[tuple[str, str, bool, str]] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        sub = f"comments[{index}]"
        if not isinstance(item, Mapping):
            flag(sub, translate("Problem", "must be an object, not {kind}"), kind=type_name(item))
            continue
        for key in sorted(set(item) - COMMENT_KEYS - COMMENT_OPTIONAL_KEYS, key=str):
            flag(f"{sub}.{key}", translate("Problem", "is not a field of a comment"))
        for key in sorted(COMMENT_KEYS - set(item)):
            flag(f"{sub}.{key}", translate("Problem", "is required"))
        if not COMMENT_KEYS <= set(item):
            continue
        encounter = parse_or_report(
            item["encounter"], parse_uuid, lambda t, sub=sub, **p: flag(f"{sub}.encounter", t, **p)
        )
        if encounter is None:
            continue
        if not encounter_exists(encounter, known_encounters):
            flag(
                f"{sub}.encounter",
                translate("Problem", "{id} is not an encounter in this file or database"),
                id=short_repr(item["encounter"]),
            )
        elif encounter.hex in seen:
            flag(f"{sub}.encounter", translate("Problem", "has two comments in one review"))
        elif not isinstance(item["text"], str) or text_problem(item["text"]):
            flag(f"{sub}.text", translate("Problem", "must be text of at most 20,000 characters"))
        elif not isinstance(item["discussed"], bool):
            flag(
                f"{sub}.discussed",
                translate("Problem", "must be true or false, not {value}"),
                value=short_repr(item["discussed"]),
            )
        elif not isinstance(reason := item.get("not_discussed_reason", ""), str) or text_problem(reason):
            flag(f"{sub}.not_discussed_reason", translate("Problem", "must be text of at most 20,000 characters"))
        else:
            seen.add(encounter.hex)
            comments.append((encounter.hex, item["text"], item["discussed"], reason))
    return comments


def _plan_action_items(items: Any, flag) -> list[dict[str, Any]]:
    if not isinstance(items, list):
        flag("action_items", translate("Problem", "must be a list, not {kind}"), kind=type_name(items))
        return []
    planned = []
    for index, item in enumerate(items):
        sub = f"action_items[{index}]"
        if not isinstance(item, Mapping):
            flag(sub, translate("Problem", "must be an object, not {kind}"), kind=type_name(item))
            continue
        problems = [key for key in sorted(set(item) - ACTION_ITEM_KEYS, key=str)]
        for key in problems:
            flag(f"{sub}.{key}", translate("Problem", "is not a field of an action item"))
        text, owner, done = item.get("text"), item.get("owner", ""), item.get("done", False)
        if not isinstance(text, str) or not text.strip() or text_problem(text):
            flag(f"{sub}.text", translate("Problem", "must be non-empty text of at most 20,000 characters"))
        elif not isinstance(owner, str) or len(owner) > 200 or text_problem(owner):
            flag(f"{sub}.owner", translate("Problem", "must be text of at most 200 characters"))
        elif not isinstance(done, bool):
            flag(f"{sub}.done", translate("Problem", "must be true or false, not {value}"), value=short_repr(done))
        elif problems:
            continue
        else:
            days, bad = {}, False
            for key in ("due_on", "agreed_on", "done_on"):
                days[key] = None
                if item.get(key) is not None:
                    days[key] = parse_or_report(
                        item[key], parse_date, lambda t, sub=sub, key=key, **p: flag(f"{sub}.{key}", t, **p)
                    )
                    bad = bad or days[key] is None
            if not bad:
                planned.append({"text": text, "owner": owner, "done": done, **days})
    return planned


def _plan_reopenings(items: Any, flag) -> list[dict[str, Any]]:
    if not isinstance(items, list):
        flag("reopenings", translate("Problem", "must be a list, not {kind}"), kind=type_name(items))
        return []
    planned = []
    for index, item in enumerate(items):
        sub = f"reopenings[{index}]"
        if not isinstance(item, Mapping):
            flag(sub, translate("Problem", "must be an object, not {kind}"), kind=type_name(item))
            continue
        problems = sorted(set(item) - REOPENING_KEYS, key=str)
        for key in problems:
            flag(f"{sub}.{key}", translate("Problem", "is not a field here"))
        reason = item.get("reason")
        if not isinstance(reason, str) or not reason.strip() or text_problem(reason):
            flag(f"{sub}.reason", translate("Problem", "must be non-empty text of at most 20,000 characters"))
            continue
        names = {}
        for key in ("supervisor", "credential"):
            names[key] = item.get(key, "")
            if not isinstance(names[key], str) or len(names[key]) > 200 or text_problem(names[key]):
                flag(f"{sub}.{key}", translate("Problem", "must be text of at most 200 characters"))
                problems.append(key)
        times = {}
        for key in ("reopened_at", "signed_at"):
            times[key] = None
            if item.get(key) is not None:
                times[key] = parse_or_report(
                    item[key], parse_timestamp, lambda t, sub=sub, key=key, **p: flag(f"{sub}.{key}", t, **p)
                )
                if times[key] is None:
                    problems.append(key)
        if times["reopened_at"] is None and "reopened_at" not in problems:
            flag(f"{sub}.reopened_at", translate("Problem", "is required"))
            problems.append("reopened_at")
        if not problems:
            planned.append({"reason": reason, **names, **times})
    return planned


def write_reviews(reviews: list[ReviewInput]) -> tuple[int, int]:
    """Add the reviews for months that have none. Returns (added, already present)."""
    existing = {m for (m,) in MonthReview.select(MonthReview.month).tuples()}
    added = 0
    for review in reviews:
        if review.month in existing:
            continue
        row = MonthReview.create(
            month=review.month,
            supervisor=review.supervisor,
            status=review.status,
            signed_at=review.signed_at,
            notes=review.notes,
            **review.extra,
        )
        for encounter_hex, text, discussed, reason in review.comments:
            ReviewComment.create(
                review=row, encounter=encounter_hex, text=text, discussed=discussed, not_discussed_reason=reason
            )
        for position, values in enumerate(review.action_items):
            ActionItem.create(review=row, position=position, **values)
        for values in review.reopenings:
            ReviewReopening.create(review=row, **values)
        added += 1
    return added, len(reviews) - added


# ---------------------------------------------------------------- addenda


def plan_addenda(items: Any, known_encounters: set[str], report: Report) -> list[AddendumInput]:
    if not isinstance(items, list):
        report("addenda", translate("Problem", "must be a list, not {kind}"), kind=type_name(items))
        return []
    planned = []
    for index, item in enumerate(items):
        path = f"addenda[{index}]"
        if not check_object(item, ADDENDUM_KEYS, path, report, required=ADDENDUM_KEYS):
            continue
        errors: list[str] = []

        def flag(sub: str, template: str, path=path, errors=errors, **params: Any) -> None:
            errors.append(sub)
            report(f"{path}.{sub}", template, **params)

        encounter = parse_or_report(item["encounter"], parse_uuid, lambda t, **p: flag("encounter", t, **p))
        if encounter is not None and not encounter_exists(encounter, known_encounters):
            flag(
                "encounter",
                translate("Problem", "{id} is not an encounter in this file or database"),
                id=short_repr(item["encounter"]),
            )
        parse_or_report(item["month"], parse_month, lambda t, **p: flag("month", t, **p))
        kind = parse_enum(item["kind"], AddendumKind, lambda t, **p: flag("kind", t, **p))
        created_at = parse_or_report(item["created_at"], parse_timestamp, lambda t, **p: flag("created_at", t, **p))
        reason = item["reason"]
        if not isinstance(reason, str) or not reason.strip() or text_problem(reason):
            flag("reason", translate("Problem", "must be non-empty text of at most 20,000 characters"))
        changes = item["changes"]
        if not isinstance(changes, Mapping):
            flag(
                "changes",
                translate("Problem", "must be an object of field: [old, new], not {kind}"),
                kind=type_name(changes),
            )
        else:
            for key, pair in changes.items():
                if key not in ENCOUNTER.keys:
                    flag(f"changes.{key}", translate("Problem", "is not a field of an encounter"))
                elif not isinstance(pair, list) or len(pair) != 2:
                    flag(f"changes.{key}", translate("Problem", "must be [old value, new value]"))
                else:
                    for position, value in enumerate(pair):
                        problem = changed_value_problem(key, value)
                        if problem:
                            flag(f"changes.{key}[{position}]", "{reason}", reason=problem)
        if errors:
            continue
        planned.append(AddendumInput(encounter.hex, item["month"], kind, dict(changes), reason, created_at))
    return planned


# An old or new value is checked as the field itself is, without what depends on today or on this
# database (a client or category of then may be gone now).
_ANY_TIME = ValidationContext(today=dt.date.max)


def changed_value_problem(name: str, value: Any) -> str | None:
    """Why ``value`` cannot be an old or new value of the encounter field ``name``, or None (null
    is always allowed: an empty field, or a value left out of a de-identified file)."""
    if value is None:
        return None
    field = ENCOUNTER[name]
    try:
        field.kind.checker(field)(value, _ANY_TIME)
    except Invalid as exc:
        return "; ".join(template.format(**params) for _, template, params in exc.found) or str(exc)
    except (ValueError, TypeError):
        return translate("Problem", "{value} is not a value of this field").format(value=short_repr(value))
    return None


def write_addenda(addenda: list[AddendumInput]) -> int:
    """Add the addenda the database does not hold yet (same encounter, time and reason). Returns how many."""
    added = 0
    for addendum in addenda:
        exists = (
            Addendum.select()
            .where(
                (Addendum.encounter == addendum.encounter)
                & (Addendum.created_at == addendum.created_at)
                & (Addendum.reason == addendum.reason)
            )
            .exists()
        )
        if not exists:
            Addendum.create(
                encounter=addendum.encounter,
                month=addendum.month,
                kind=addendum.kind,
                changes=json.dumps(addendum.changes, ensure_ascii=False),
                reason=addendum.reason,
                created_at=addendum.created_at,
            )
            added += 1
    return added


def export_addenda(identified: bool, include_reflections: bool) -> list[dict[str, Any]]:
    """Every addendum; values of locations (unless identified) and reflections (unless included) are null."""
    hidden = set() if identified else set(ENCOUNTER.identifying)
    if not include_reflections:
        hidden.update(ENCOUNTER.private)
    return [
        {
            "encounter": str(uuid.UUID(str(a.encounter_id))),
            "month": a.month,
            "kind": a.kind.value,
            "changes": {k: ([None, None] if k in hidden else v) for k, v in a.changed.items()},
            "reason": a.reason,
            "created_at": a.created_at.replace(microsecond=0).isoformat(),
        }
        for a in Addendum.select().order_by(Addendum.created_at, Addendum.id)
    ]
