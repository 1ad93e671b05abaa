"""Explainable category suggestions (DESIGN §3).

Each rule reads the encounter's other fields and, when it applies, suggests a category with
the reason shown to the therapist, who accepts or dismisses it. Rules read the interchange
shape, so they work on a half-filled form as well as on a saved encounter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from models.i18n import QT_TRANSLATE_NOOP, translate
from models.log.enums import Acknowledgement, Avoidability, Channel, Initiator, Risk, Setting


@dataclass(frozen=True)
class Suggestion:
    """A category the fields point to, and why (``reason`` completes "suggested: …")."""

    slug: str
    reason: str


@dataclass(frozen=True)
class Rule:
    slug: str
    reason: str
    applies: Callable[[Mapping[str, Any]], bool]


# Words that name a second role with the client or someone close to them. A match is only a
# prompt: the therapist decides whether there is a dual relationship.
SECOND_ROLE_WORDS = (
    "colleague", "co-worker", "coworker", "neighbour", "neighbor", "landlord", "tenant", "employer",
    "employee", "customer", "business", "classmate", "teammate", "same gym", "same church", "same school",
    "our children", "my child", "my son", "my daughter", "my partner", "friend of a friend", "mutual friend",
    "committee", "book club", "choir", "congregation", "volunteer",
)  # fmt: skip
SECOND_ROLE_PATTERN = re.compile(r"\b(" + "|".join(re.escape(w) for w in SECOND_ROLE_WORDS) + r")s?\b", re.I)


def _text(fields: Mapping[str, Any], name: str) -> str:
    value = fields.get(name)
    return value if isinstance(value, str) else ""


def second_role_named(fields: Mapping[str, Any]) -> str | None:
    """The first word in what was said, the response or the location that names a second role."""
    for name in ("what_was_said", "response", "location"):
        match = SECOND_ROLE_PATTERN.search(_text(fields, name))
        if match:
            return match.group(1).lower()
    return None


def is_deliberate(fields: Mapping[str, Any]) -> bool:
    """Planned or therapist-initiated: a deliberate extension of the boundary, which asks for
    rationale, anticipated benefit and anticipated consequences."""
    return fields.get("initiated_by") == Initiator.THERAPIST or fields.get("avoidability") == Avoidability.PLANNED


RULES: tuple[Rule, ...] = (
    Rule(
        "public_acknowledgement",
        QT_TRANSLATE_NOOP("Suggestion", "met in person in a public place or at a community event"),
        lambda f: (
            f.get("channel") == Channel.IN_PERSON
            and f.get("setting") in (Setting.PUBLIC_PLACE, Setting.COMMUNITY_EVENT)
        ),
    ),
    Rule(
        "public_acknowledgement",
        QT_TRANSLATE_NOOP("Suggestion", "acknowledged without prior consent"),
        lambda f: f.get("acknowledgement") == Acknowledgement.WITHOUT_CONSENT,
    ),
    Rule(
        "confidentiality",
        QT_TRANSLATE_NOOP("Suggestion", "others were present and therapy material came up"),
        lambda f: f.get("others_present") is True and f.get("therapy_content_raised") is True,
    ),
    Rule(
        "professional_boundaries",
        QT_TRANSLATE_NOOP("Suggestion", "you initiated the contact"),
        lambda f: f.get("initiated_by") == Initiator.THERAPIST,
    ),
    Rule(
        "professional_boundaries",
        QT_TRANSLATE_NOOP("Suggestion", "the contact was planned"),
        lambda f: f.get("avoidability") == Avoidability.PLANNED,
    ),
    Rule(
        "between_session_contact",
        QT_TRANSLATE_NOOP("Suggestion", "contact by message, phone or social media"),
        lambda f: f.get("channel") in (Channel.MESSAGE, Channel.PHONE, Channel.SOCIAL_MEDIA),
    ),
    Rule(
        "dual_relationship",
        QT_TRANSLATE_NOOP("Suggestion", "met at a workplace or a private gathering"),
        lambda f: (
            f.get("channel") == Channel.IN_PERSON and f.get("setting") in (Setting.WORKPLACE, Setting.PRIVATE_GATHERING)
        ),
    ),
    Rule(
        "personal_reflection",
        QT_TRANSLATE_NOOP("Suggestion", "you wrote a personal reflection"),
        lambda f: bool(_text(f, "reflection").strip()),
    ),
)


def suggest_categories(fields: Mapping[str, Any]) -> list[Suggestion]:
    """Categories suggested by the rules, one per category (the first reason that applies), in
    rule order. Categories already chosen are not suggested again."""
    chosen = set(fields.get("categories") or [])
    suggestions: dict[str, Suggestion] = {}
    for rule in RULES:
        if rule.slug not in chosen and rule.slug not in suggestions and rule.applies(fields):
            suggestions[rule.slug] = Suggestion(rule.slug, rule.reason)
    role = second_role_named(fields)
    if role and "dual_relationship" not in chosen and "dual_relationship" not in suggestions:
        suggestions["dual_relationship"] = Suggestion(
            "dual_relationship", translate("Suggestion", "a second role is named: “{role}”").format(role=role)
        )
    return list(suggestions.values())


def minimum_risk(fields: Mapping[str, Any]) -> tuple[Risk, str] | None:
    """The lowest risk the fields call for, with the reason, or None when any risk will do."""
    if fields.get("acknowledgement") == Acknowledgement.WITHOUT_CONSENT:
        return Risk.MODERATE, translate("Suggestion", "acknowledged without prior consent")
    return None
