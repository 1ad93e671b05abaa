"""The fixed vocabularies of supervision (DESIGN §5). Values are the slugs used everywhere:
database, JSON, code."""

from enum import StrEnum


class ReviewStatus(StrEnum):
    OPEN = "open"
    READY = "ready"
    SIGNED_OFF = "signed_off"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"
    OTHER = "other"


class MeetingKind(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"


class AddendumKind(StrEnum):
    CHANGED = "changed"  # an encounter of a signed-off month was corrected
    ADDED = "added"  # an encounter was added to a signed-off month
