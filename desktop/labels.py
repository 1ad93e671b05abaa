"""What the therapist reads for each slug: translated labels for the fixed vocabularies, and the
encounter's fields (as ``ENCOUNTER`` names them) and values as shown on screen and on paper."""

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.kinds import Choice, ChoiceSet, Minutes
from models.log.enums import (
    Acknowledgement,
    Assessment,
    Avoidability,
    Channel,
    Concern,
    FollowUpAction,
    Initiator,
    Risk,
    Setting,
)
from models.log.fields import ENCOUNTER
from models.log.suggestions import is_deliberate
from models.supervision.addenda import addendum_line, short_value
from models.supervision.enums import MeetingFormat, MeetingKind, ReviewStatus
from models.values import Problem

CONTEXT = "Labels"

LABELS = [
    (Channel.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (Channel.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (Channel.MESSAGE, QT_TRANSLATE_NOOP("Labels", "Message (text, chat, email)")),
    (Channel.SOCIAL_MEDIA, QT_TRANSLATE_NOOP("Labels", "Social media")),
    (Channel.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (Setting.PUBLIC_PLACE, QT_TRANSLATE_NOOP("Labels", "Public place")),
    (Setting.COMMUNITY_EVENT, QT_TRANSLATE_NOOP("Labels", "Community event")),
    (Setting.PRIVATE_GATHERING, QT_TRANSLATE_NOOP("Labels", "Private gathering")),
    (Setting.WORKPLACE, QT_TRANSLATE_NOOP("Labels", "Workplace")),
    (Setting.OTHER, QT_TRANSLATE_NOOP("Labels", "Other place")),
    (Setting.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "Not applicable")),
    (Initiator.CLIENT, QT_TRANSLATE_NOOP("Labels", "Client")),
    (Initiator.THERAPIST, QT_TRANSLATE_NOOP("Labels", "Therapist")),
    (Initiator.THIRD_PARTY, QT_TRANSLATE_NOOP("Labels", "Someone else")),
    (Initiator.CHANCE, QT_TRANSLATE_NOOP("Labels", "Chance (neither sought it)")),
    (Initiator.NO_CONTACT, QT_TRANSLATE_NOOP("Labels", "No contact (seen, no interaction)")),
    (Avoidability.UNAVOIDABLE, QT_TRANSLATE_NOOP("Labels", "Unavoidable")),
    (Avoidability.AVOIDABLE, QT_TRANSLATE_NOOP("Labels", "Avoidable")),
    (Avoidability.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (Acknowledgement.CONSENT_ON_FILE, QT_TRANSLATE_NOOP("Labels", "Consent on file (agreed beforehand)")),
    (Acknowledgement.CLIENT_FIRST, QT_TRANSLATE_NOOP("Labels", "Client acknowledged first")),
    (Acknowledgement.NOT_ACKNOWLEDGED, QT_TRANSLATE_NOOP("Labels", "Not acknowledged (protocol followed)")),
    (Acknowledgement.WITHOUT_CONSENT, QT_TRANSLATE_NOOP("Labels", "Therapist acknowledged without prior consent")),
    (Acknowledgement.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "Not applicable")),
    (Risk.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (Risk.MODERATE, QT_TRANSLATE_NOOP("Labels", "Moderate")),
    (Risk.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (Assessment.NO_CROSSING, QT_TRANSLATE_NOOP("Labels", "No crossing (the agreed protocol was followed)")),
    (Assessment.CROSSING_BENIGN, QT_TRANSLATE_NOOP("Labels", "Boundary crossing, benign")),
    (Assessment.CROSSING_RISKY, QT_TRANSLATE_NOOP("Labels", "Boundary crossing, risky")),
    (Assessment.VIOLATION, QT_TRANSLATE_NOOP("Labels", "Boundary violation")),
    (Concern.ROMANTIC_OR_SEXUAL, QT_TRANSLATE_NOOP("Labels", "Romantic or sexual")),
    (Concern.GIFT, QT_TRANSLATE_NOOP("Labels", "Gift")),
    (Concern.MONEY_OR_BUSINESS, QT_TRANSLATE_NOOP("Labels", "Money or business")),
    (Concern.SAFETY, QT_TRANSLATE_NOOP("Labels", "Safety")),
    (Concern.ONLINE_LOOKUP, QT_TRANSLATE_NOOP("Labels", "Looked the client up online")),
    (Concern.SOCIAL_MEDIA_CONNECTION, QT_TRANSLATE_NOOP("Labels", "Social media connection")),
    (Concern.PHYSICAL_CONTACT, QT_TRANSLATE_NOOP("Labels", "Physical contact")),
    (Concern.SELF_DISCLOSURE, QT_TRANSLATE_NOOP("Labels", "Self-disclosure")),
    (FollowUpAction.DISCUSS_NEXT_SESSION, QT_TRANSLATE_NOOP("Labels", "Discuss next session")),
    (FollowUpAction.CONSULT_SUPERVISOR, QT_TRANSLATE_NOOP("Labels", "Consult supervisor")),
    (FollowUpAction.DOCUMENT_CLINICAL_RECORD, QT_TRANSLATE_NOOP("Labels", "Document in clinical record")),
    (FollowUpAction.NO_ACTION, QT_TRANSLATE_NOOP("Labels", "No action needed")),
    (ReviewStatus.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ReviewStatus.READY, QT_TRANSLATE_NOOP("Labels", "Ready for supervision")),
    (ReviewStatus.SIGNED_OFF, QT_TRANSLATE_NOOP("Labels", "Signed off")),
    (MeetingFormat.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (MeetingFormat.VIDEO, QT_TRANSLATE_NOOP("Labels", "Video call")),
    (MeetingFormat.PHONE, QT_TRANSLATE_NOOP("Labels", "Phone")),
    (MeetingFormat.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (MeetingKind.INDIVIDUAL, QT_TRANSLATE_NOOP("Labels", "Individual")),
    (MeetingKind.GROUP, QT_TRANSLATE_NOOP("Labels", "Group")),
]

# Short forms for table cells.
SHORT_LABELS = [
    (Channel.MESSAGE, QT_TRANSLATE_NOOP("Labels", "Message")),
    (Initiator.CHANCE, QT_TRANSLATE_NOOP("Labels", "Chance")),
    (Initiator.NO_CONTACT, QT_TRANSLATE_NOOP("Labels", "No contact")),
    (Assessment.NO_CROSSING, QT_TRANSLATE_NOOP("Labels", "No crossing")),
    (Acknowledgement.CONSENT_ON_FILE, QT_TRANSLATE_NOOP("Labels", "Consent on file")),
    (Acknowledgement.NOT_ACKNOWLEDGED, QT_TRANSLATE_NOOP("Labels", "Not acknowledged")),
    (Acknowledgement.WITHOUT_CONSENT, QT_TRANSLATE_NOOP("Labels", "Without consent")),
    (Acknowledgement.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "—")),
    (Setting.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "—")),
]

# Members of different enums with the same slug ("other", "not_applicable") are equal as
# StrEnums, so the tables are keyed by (enum class, slug).
_LABELS = {(type(member), member.value): text for member, text in LABELS}
_SHORT_LABELS = {(type(member), member.value): text for member, text in SHORT_LABELS}


def label(value) -> str:
    """The translated label of an enum member."""
    return QCoreApplication.translate(CONTEXT, _LABELS[(type(value), value.value)])


def short_label(value) -> str:
    """A shorter label for table cells, falling back to the full one."""
    text = _SHORT_LABELS.get((type(value), value.value))
    return QCoreApplication.translate(CONTEXT, text) if text else label(value)


# The encounter's fields with a fixed vocabulary, by name (one slug, or a set of them).
ENUM_FIELDS = {field.name: field.kind.vocabulary for field in ENCOUNTER if isinstance(field.kind, Choice)}
ENUM_SET_FIELDS = {field.name: field.kind.vocabulary for field in ENCOUNTER if isinstance(field.kind, ChoiceSet)}


def field_name(field: str) -> str:
    """An encounter field as a sentence names it ("what was said"), or its id if unknown."""
    return ENCOUNTER.term(field)


def field_value(field: str, value: Any, category_labels: dict[str, str] | None = None) -> str:
    """A stored value of an encounter field as the therapist reads it: labels for slugs, yes or no,
    long text cut short."""
    if value is None or value == "" or value == []:
        return "—"
    kind = ENUM_FIELDS.get(field)
    if kind is not None and value in kind._value2member_map_:
        return label(kind(value))
    if isinstance(value, bool):
        return QCoreApplication.translate("Labels", "yes") if value else QCoreApplication.translate("Labels", "no")
    kinds = ENUM_SET_FIELDS.get(field)
    if kinds is not None and isinstance(value, list):
        return ", ".join(label(kinds(slug)) if slug in kinds._value2member_map_ else str(slug) for slug in value)
    if field == "categories" and isinstance(value, list):
        return ", ".join((category_labels or {}).get(slug, slug) for slug in value)
    if field == "follow_up" and isinstance(value, list):
        done, still_open = QCoreApplication.translate("Labels", "done"), QCoreApplication.translate("Labels", "open")
        return ", ".join(
            f"{label(FollowUpAction(item['action']))} ({done if item.get('done') else still_open})"
            for item in value
            if isinstance(item, dict) and item.get("action") in FollowUpAction._value2member_map_
        )
    return short_value(value)


# Short facts shown in the cell of the field they belong with: the time and duration beside the date,
# the setting beside the channel.
JOINED = {"occurred_time": "occurred_on", "duration_minutes": "occurred_on", "setting": "channel"}


# What a deliberate extension of the boundary asks for (DESIGN §3): shown as "not recorded" when empty.
DELIBERATE_FIELDS = ("rationale", "anticipated_benefit", "anticipated_consequences")


def encounter_details(
    values: dict[str, Any], category_labels: dict[str, str], client_name: str | None = None, *, complete: bool = False
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """An encounter (interchange shape) as the PDF and review mode show it, every field in its
    order under its heading: (facts, narratives), the narratives in full. Left out: bookkeeping,
    and what has no value (a location or reflection withheld from this output, a setting that
    does not apply, a box not ticked). ``client_name`` (identified output only) follows the
    client's code.

    ``complete`` (the record a supervisor signs): a box not ticked shows as "no", an unknown
    duration as "not recorded", and so does a deliberate contact's missing rationale, anticipated
    benefit or consequences; only what is withheld from this output is left out."""
    facts: dict[str, tuple[str, str]] = {}
    narratives = []
    not_recorded = QCoreApplication.translate("Labels", "not recorded")
    deliberate = complete and is_deliberate(values)
    for field in ENCOUNTER:
        value = values.get(field.name)
        if complete and not field.bookkeeping and not field.private and not field.identifying:
            if value is None and field.name == "duration_minutes":
                value = not_recorded
            elif value in (None, "") and deliberate and field.name in DELIBERATE_FIELDS:
                value = not_recorded
        if field.bookkeeping or (value is False and not complete) or value in (None, "", []):
            continue
        if field.name == "setting" and value == Setting.NOT_APPLICABLE:
            continue
        if field.narrative:
            narratives.append((ENCOUNTER.heading(field.name), value))
            continue
        if field.name == "client" and client_name:
            text = f"{value} ({client_name})"
        elif isinstance(field.kind, Minutes) and value != not_recorded:
            text = QCoreApplication.translate("Labels", "{0} min").format(value)
        elif value == not_recorded:
            text = value
        else:
            text = field_value(field.name, value, category_labels)
        lead = JOINED.get(field.name) if text != not_recorded else None  # "not recorded" stands alone
        if lead in facts:
            facts[lead] = (facts[lead][0], f"{facts[lead][1]} · {text}")
        else:
            facts[field.name] = (ENCOUNTER.heading(field.name), text)
    return list(facts.values()), narratives


def addendum_text(addendum: dict[str, Any], category_labels: dict[str, str] | None = None) -> str:
    """An addendum's line with fields and values named as on screen."""
    return addendum_line(addendum, field_name, lambda field, value: field_value(field, value, category_labels))


_PLACE = re.compile(r"^(clients|tags|encounters|reviews|addenda)\[(\d+)\](?:\.(\w+))?(.*)$")
PLACES = {
    "clients": QT_TRANSLATE_NOOP("Labels", "client {0}"),
    "tags": QT_TRANSLATE_NOOP("Labels", "tag {0}"),
    "encounters": QT_TRANSLATE_NOOP("Labels", "encounter {0}"),
    "reviews": QT_TRANSLATE_NOOP("Labels", "review {0}"),
    "addenda": QT_TRANSLATE_NOOP("Labels", "addendum {0}"),
}


def problem_line(problem: Problem) -> str:
    """An import problem as the therapist reads it: "encounter 4, date: is required" for
    ``encounters[3].occurred_on`` (counted from 1, the field by its name on screen)."""
    place = problem.field
    found = _PLACE.match(place)
    if found:
        kind, index, field, rest = found.groups()
        place = QCoreApplication.translate(CONTEXT, PLACES[kind]).format(int(index) + 1)
        if field:
            shown = field_name(field) if kind == "encounters" else field
            place += f", {shown}{rest}"
    return f"{place}: {problem.message}" if place else problem.message
