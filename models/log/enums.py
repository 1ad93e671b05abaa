"""The fixed vocabularies of an encounter (DESIGN §3). Values are the slugs used everywhere:
database, JSON, code."""

from enum import StrEnum


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    MESSAGE = "message"
    SOCIAL_MEDIA = "social_media"
    OTHER = "other"


class Setting(StrEnum):
    PUBLIC_PLACE = "public_place"
    COMMUNITY_EVENT = "community_event"
    PRIVATE_GATHERING = "private_gathering"
    WORKPLACE = "workplace"
    OTHER = "other"
    NOT_APPLICABLE = "not_applicable"


class Initiator(StrEnum):
    CLIENT = "client"
    THERAPIST = "therapist"
    THIRD_PARTY = "third_party"
    CHANCE = "chance"
    NO_CONTACT = "no_contact"


class Avoidability(StrEnum):
    UNAVOIDABLE = "unavoidable"
    AVOIDABLE = "avoidable"
    PLANNED = "planned"


class Acknowledgement(StrEnum):
    CONSENT_ON_FILE = "consent_on_file"
    CLIENT_FIRST = "client_first"
    NOT_ACKNOWLEDGED = "not_acknowledged"
    WITHOUT_CONSENT = "without_consent"
    NOT_APPLICABLE = "not_applicable"


class Risk(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class Assessment(StrEnum):
    NO_CROSSING = "no_crossing"  # the agreed protocol was followed; nothing was extended
    CROSSING_BENIGN = "crossing_benign"
    CROSSING_RISKY = "crossing_risky"
    VIOLATION = "violation"


class Concern(StrEnum):
    """What an encounter's text raises for supervision (DESIGN §3): suggested, then confirmed by the therapist."""

    ROMANTIC_OR_SEXUAL = "romantic_or_sexual"
    GIFT = "gift"
    MONEY_OR_BUSINESS = "money_or_business"
    SAFETY = "safety"
    ONLINE_LOOKUP = "online_lookup"
    SOCIAL_MEDIA_CONNECTION = "social_media_connection"
    PHYSICAL_CONTACT = "physical_contact"
    SELF_DISCLOSURE = "self_disclosure"


class FollowUpAction(StrEnum):
    DISCUSS_NEXT_SESSION = "discuss_next_session"
    CONSULT_SUPERVISOR = "consult_supervisor"
    DOCUMENT_CLINICAL_RECORD = "document_clinical_record"
    NO_ACTION = "no_action"


RISK_ORDER = {Risk.LOW: 0, Risk.MODERATE: 1, Risk.HIGH: 2}


class ClientStatus(StrEnum):
    ACTIVE = "active"
    FORMER = "former"


class OverlapKind(StrEnum):
    """Standing overlaps between the therapist's and the client's lives (Zur)."""

    COMMUNITY = "community"
    WORK = "work"
    FAMILY_FRIENDS = "family_friends"
    ONLINE = "online"
    OTHER = "other"
