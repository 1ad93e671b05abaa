"""What the therapist reads for each slug: translated labels for the fixed vocabularies."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.enums import (
    Acknowledgement,
    Assessment,
    Avoidability,
    Channel,
    FollowUpAction,
    Initiator,
    MeetingFormat,
    ReviewStatus,
    Risk,
    Setting,
)

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
    (Initiator.THERAPIST, QT_TRANSLATE_NOOP("Labels", "Me (therapist)")),
    (Initiator.THIRD_PARTY, QT_TRANSLATE_NOOP("Labels", "Someone else")),
    (Initiator.CHANCE, QT_TRANSLATE_NOOP("Labels", "Chance (neither sought it)")),
    (Initiator.NO_CONTACT, QT_TRANSLATE_NOOP("Labels", "No contact (seen, no interaction)")),
    (Avoidability.UNAVOIDABLE, QT_TRANSLATE_NOOP("Labels", "Unavoidable")),
    (Avoidability.AVOIDABLE, QT_TRANSLATE_NOOP("Labels", "Avoidable")),
    (Avoidability.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (Acknowledgement.CONSENT_ON_FILE, QT_TRANSLATE_NOOP("Labels", "Consent on file (agreed beforehand)")),
    (Acknowledgement.CLIENT_FIRST, QT_TRANSLATE_NOOP("Labels", "Client acknowledged first")),
    (Acknowledgement.NOT_ACKNOWLEDGED, QT_TRANSLATE_NOOP("Labels", "Not acknowledged (protocol followed)")),
    (Acknowledgement.WITHOUT_CONSENT, QT_TRANSLATE_NOOP("Labels", "I acknowledged without prior consent")),
    (Acknowledgement.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "Not applicable")),
    (Risk.LOW, QT_TRANSLATE_NOOP("Labels", "Low")),
    (Risk.MODERATE, QT_TRANSLATE_NOOP("Labels", "Moderate")),
    (Risk.HIGH, QT_TRANSLATE_NOOP("Labels", "High")),
    (Assessment.CROSSING_BENIGN, QT_TRANSLATE_NOOP("Labels", "Boundary crossing, benign")),
    (Assessment.CROSSING_RISKY, QT_TRANSLATE_NOOP("Labels", "Boundary crossing, risky")),
    (Assessment.VIOLATION, QT_TRANSLATE_NOOP("Labels", "Boundary violation")),
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
]

# Short forms for table cells.
SHORT_LABELS = [
    (Channel.MESSAGE, QT_TRANSLATE_NOOP("Labels", "Message")),
    (Initiator.THERAPIST, QT_TRANSLATE_NOOP("Labels", "Me")),
    (Initiator.CHANCE, QT_TRANSLATE_NOOP("Labels", "Chance")),
    (Initiator.NO_CONTACT, QT_TRANSLATE_NOOP("Labels", "No contact")),
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
