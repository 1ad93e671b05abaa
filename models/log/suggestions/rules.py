"""The rules of DESIGN §3: categories and concerns suggested from an encounter, the lowest risk it
calls for, and the warnings where its fields disagree. Every finding carries its reason, in the
user's language, quoting the words that raised it where words did."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from models.i18n import QT_TRANSLATE_NOOP, translate
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

from .context import Mention
from .reading import Reading


@dataclass(frozen=True)
class Suggestion:
    """A category the encounter points to, and why (``reason`` completes "suggested: …")."""

    slug: str
    reason: str


@dataclass(frozen=True)
class ConcernSuggestion:
    """A concern the text raises, and why, quoting the words that raised it."""

    kind: str
    reason: str


@dataclass(frozen=True)
class MinimumRisk:
    risk: Risk
    reason: str


@dataclass(frozen=True)
class CoherenceWarning:
    """Two fields that disagree; shown beside ``field``, never blocking a save."""

    field: str
    message: str


@dataclass(frozen=True)
class Suggestions:
    """Everything the rules have to say about one encounter."""

    categories: list[Suggestion]
    concerns: list[ConcernSuggestion]
    minimum_risk: MinimumRisk | None
    warnings: list[CoherenceWarning]
    follow_up: list[str] = field(default_factory=list)  # follow-up actions the concerns call for

    def as_json(self, encounter_id: Any = None) -> dict[str, Any]:
        """The line `caselog suggest` prints for this encounter (DESIGN §3)."""
        return {
            "id": encounter_id,
            "categories": [{"slug": s.slug, "reason": s.reason} for s in self.categories],
            "concerns": [{"kind": c.kind, "reason": c.reason} for c in self.concerns],
            "minimum_risk": (
                {"risk": str(self.minimum_risk.risk), "reason": self.minimum_risk.reason} if self.minimum_risk else None
            ),
            "warnings": [{"field": w.field, "message": w.message} for w in self.warnings],
        }


# Why each concern was raised; "{quote}" is the therapist's own words.
CONCERN_REASONS = {
    Concern.ROMANTIC_OR_SEXUAL: QT_TRANSLATE_NOOP("Suggestion", "romantic or sexual feelings or contact: “{quote}”"),
    Concern.GIFT: QT_TRANSLATE_NOOP("Suggestion", "a gift is mentioned: “{quote}”"),
    Concern.MONEY_OR_BUSINESS: QT_TRANSLATE_NOOP("Suggestion", "money or business between you: “{quote}”"),
    Concern.SAFETY: QT_TRANSLATE_NOOP("Suggestion", "someone's safety is at risk: “{quote}”"),
    Concern.ONLINE_LOOKUP: QT_TRANSLATE_NOOP("Suggestion", "you looked the client up online: “{quote}”"),
    Concern.SOCIAL_MEDIA_CONNECTION: QT_TRANSLATE_NOOP("Suggestion", "a connection on social media: “{quote}”"),
    Concern.PHYSICAL_CONTACT: QT_TRANSLATE_NOOP("Suggestion", "physical contact: “{quote}”"),
    Concern.SELF_DISCLOSURE: QT_TRANSLATE_NOOP("Suggestion", "you told the client something personal: “{quote}”"),
}
# A concern's name in a sentence ("a concern you confirmed: gift").
CONCERN_LABELS = {
    Concern.ROMANTIC_OR_SEXUAL: QT_TRANSLATE_NOOP("Concern", "romantic or sexual"),
    Concern.GIFT: QT_TRANSLATE_NOOP("Concern", "gift"),
    Concern.MONEY_OR_BUSINESS: QT_TRANSLATE_NOOP("Concern", "money or business"),
    Concern.SAFETY: QT_TRANSLATE_NOOP("Concern", "safety"),
    Concern.ONLINE_LOOKUP: QT_TRANSLATE_NOOP("Concern", "online look-up"),
    Concern.SOCIAL_MEDIA_CONNECTION: QT_TRANSLATE_NOOP("Concern", "social media connection"),
    Concern.PHYSICAL_CONTACT: QT_TRANSLATE_NOOP("Concern", "physical contact"),
    Concern.SELF_DISCLOSURE: QT_TRANSLATE_NOOP("Concern", "self-disclosure"),
}
CONFIRMED = QT_TRANSLATE_NOOP("Suggestion", "a concern you confirmed: {concern}")
# Concerns that call for high risk and a word with the supervisor whatever else is true.
HIGH_RISK_CONCERNS = (Concern.SAFETY, Concern.ROMANTIC_OR_SEXUAL)
# Which categories each concern points to (DESIGN §3).
CONCERN_CATEGORIES = {
    Concern.ROMANTIC_OR_SEXUAL: ("professional_boundaries",),
    Concern.GIFT: ("professional_boundaries",),
    Concern.MONEY_OR_BUSINESS: ("professional_boundaries", "dual_relationship"),
    Concern.SAFETY: (),
    Concern.ONLINE_LOOKUP: ("professional_boundaries",),
    Concern.SOCIAL_MEDIA_CONNECTION: ("between_session_contact", "dual_relationship"),
    Concern.PHYSICAL_CONTACT: ("professional_boundaries",),
    Concern.SELF_DISCLOSURE: ("professional_boundaries",),
}
QUOTED = {
    "second_role": QT_TRANSLATE_NOOP("Suggestion", "a second role is named: “{quote}”"),
    "social_invitation": QT_TRANSLATE_NOOP("Suggestion", "an invitation to a social relationship: “{quote}”"),
    "confidentiality_cue": QT_TRANSLATE_NOOP(
        "Suggestion", "the relationship or its content could become known: “{quote}”"
    ),
    "support_cue": QT_TRANSLATE_NOOP("Suggestion", "support outside sessions: “{quote}”"),
    "frame_cue": QT_TRANSLATE_NOOP("Suggestion", "the frame was stretched: “{quote}”"),
    "contact_cue": QT_TRANSLATE_NOOP("Suggestion", "a message or call between you: “{quote}”"),
    "pull": QT_TRANSLATE_NOOP("Suggestion", "your reflection names a pull worth supervision: “{quote}”"),
    "sway": QT_TRANSLATE_NOOP("Suggestion", "something could sway your clinical judgment: “{quote}”"),
}
PUBLIC_IN_PERSON = QT_TRANSLATE_NOOP("Suggestion", "met in person in a public place or at a community event")
ACKNOWLEDGED_IN_PERSON = QT_TRANSLATE_NOOP("Suggestion", "you met in person and one of you acknowledged the other")
WITHOUT_CONSENT = QT_TRANSLATE_NOOP("Suggestion", "acknowledged without prior consent")
OTHERS_PRESENT = QT_TRANSLATE_NOOP("Suggestion", "others were present")
CONTENT_BEFORE_OTHERS = QT_TRANSLATE_NOOP("Suggestion", "therapy material came up in front of others")
CONTENT_OUTSIDE = QT_TRANSLATE_NOOP("Suggestion", "therapy material came up outside the session")
THIRD_PARTY = QT_TRANSLATE_NOOP("Suggestion", "someone else made the contact")
THERAPIST_INITIATED = QT_TRANSLATE_NOOP("Suggestion", "you initiated the contact")
PLANNED = QT_TRANSLATE_NOOP("Suggestion", "the contact was planned")
CONTACT_CHANNEL = QT_TRANSLATE_NOOP("Suggestion", "contact by message, phone or social media")
SECOND_PLACE = QT_TRANSLATE_NOOP("Suggestion", "met at a workplace or a private gathering")
CRISIS_REACHED_OUT = QT_TRANSLATE_NOOP("Suggestion", "a client at risk reached out")
PULL_AND_ENTANGLEMENT = QT_TRANSLATE_NOOP("Suggestion", "your own feelings meet a second role or a concern: “{quote}”")
VALUABLE_GIFT = QT_TRANSLATE_NOOP("Suggestion", "a gift of more than token value: “{quote}”")
CONNECTION_MADE = QT_TRANSLATE_NOOP("Suggestion", "a social media connection was made: “{quote}”")
ONGOING_SECOND_ROLE = QT_TRANSLATE_NOOP("Suggestion", "an ongoing second role: “{quote}”")

W_NO_CONTACT = QT_TRANSLATE_NOOP("Suggestion", "no contact took place, yet an acknowledgement is recorded")
W_REMOTE = QT_TRANSLATE_NOOP("Suggestion", "a message or call cannot be acknowledged in person")
W_VIOLATION_FLAG = QT_TRANSLATE_NOOP("Suggestion", "a violation should be flagged for supervision")
W_VIOLATION_CONSULT = QT_TRANSLATE_NOOP("Suggestion", "a violation calls for a consultation: whom, when, the advice")
W_RATIONALE = {
    "rationale": QT_TRANSLATE_NOOP("Suggestion", "a deliberate contact asks for your rationale"),
    "anticipated_benefit": QT_TRANSLATE_NOOP("Suggestion", "a deliberate contact asks for the anticipated benefit"),
    "anticipated_consequences": QT_TRANSLATE_NOOP(
        "Suggestion", "a deliberate contact asks for the anticipated consequences"
    ),
}
W_HIGH_RATED_LOW = QT_TRANSLATE_NOOP("Suggestion", "a concern of high risk is rated low: {reason}")

IN_PERSON_ACKNOWLEDGEMENTS = (
    Acknowledgement.CONSENT_ON_FILE,
    Acknowledgement.CLIENT_FIRST,
    Acknowledgement.WITHOUT_CONSENT,
)
REMOTE = (Channel.MESSAGE, Channel.PHONE, Channel.SOCIAL_MEDIA)


def _says(template: str, mention: Mention | None = None) -> str:
    text = translate("Suggestion", template)
    return text.format(quote=mention.quote) if mention is not None else text


def _confirmed(concern: Concern) -> str:
    return translate("Suggestion", CONFIRMED).format(concern=translate("Concern", CONCERN_LABELS[concern]))


def is_deliberate(fields: Mapping[str, Any]) -> bool:
    """Planned or therapist-initiated: a deliberate extension of the boundary, which asks for
    rationale, anticipated benefit and anticipated consequences."""
    return fields.get("initiated_by") == Initiator.THERAPIST or fields.get("avoidability") == Avoidability.PLANNED


def _filled(fields: Mapping[str, Any], name: str) -> bool:
    value = fields.get(name)
    return isinstance(value, str) and bool(value.strip())


def find_concerns(reading: Reading) -> dict[Concern, str]:
    """Each concern the text raises, with its reason quoting the first words that raised it."""
    found = {}
    for concern in Concern:
        mention = reading.first(str(concern))
        if mention is not None:
            found[concern] = _says(CONCERN_REASONS[concern], mention)
    return found


def _category_rules(
    fields: Mapping[str, Any], reading: Reading, concerns: dict[Concern, str]
) -> Iterable[tuple[str, str]]:
    """(slug, reason) for every rule that applies, in the order reasons are preferred."""
    channel, setting, initiator = fields.get("channel"), fields.get("setting"), fields.get("initiated_by")
    in_person = channel == Channel.IN_PERSON
    if in_person and setting in (Setting.PUBLIC_PLACE, Setting.COMMUNITY_EVENT):
        yield "public_acknowledgement", _says(PUBLIC_IN_PERSON)
    if fields.get("acknowledgement") == Acknowledgement.WITHOUT_CONSENT:
        yield "public_acknowledgement", _says(WITHOUT_CONSENT)
    if in_person and fields.get("acknowledgement") in IN_PERSON_ACKNOWLEDGEMENTS:
        yield "public_acknowledgement", _says(ACKNOWLEDGED_IN_PERSON)

    if fields.get("others_present") is True and initiator != Initiator.NO_CONTACT:
        if fields.get("therapy_content_raised") is True:
            yield "confidentiality", _says(CONTENT_BEFORE_OTHERS)
        yield "confidentiality", _says(OTHERS_PRESENT)
    mention = reading.first("confidentiality_cue")
    if mention:
        yield "confidentiality", _says(QUOTED["confidentiality_cue"], mention)
    if initiator == Initiator.THIRD_PARTY:
        yield "confidentiality", _says(THIRD_PARTY)

    if initiator == Initiator.THERAPIST:
        yield "professional_boundaries", _says(THERAPIST_INITIATED)
    if fields.get("avoidability") == Avoidability.PLANNED:
        yield "professional_boundaries", _says(PLANNED)
    if fields.get("therapy_content_raised") is True and in_person:
        yield "professional_boundaries", _says(CONTENT_OUTSIDE)

    looked_up_only = Concern.ONLINE_LOOKUP in concerns and initiator == Initiator.THERAPIST
    if channel in REMOTE and initiator != Initiator.NO_CONTACT and not looked_up_only:
        yield "between_session_contact", _says(CONTACT_CHANNEL)
    mention = reading.first("contact_cue", ("what_was_said", "response"))
    if mention and initiator != Initiator.NO_CONTACT:
        yield "between_session_contact", _says(QUOTED["contact_cue"], mention)

    if in_person and setting in (Setting.WORKPLACE, Setting.PRIVATE_GATHERING):
        yield "dual_relationship", _says(SECOND_PLACE)
    for concept in ("second_role", "social_invitation"):
        mention = reading.first(concept)
        if mention:
            yield "dual_relationship", _says(QUOTED[concept], mention)

    for concern, reason in concerns.items():
        for slug in CONCERN_CATEGORIES[concern]:
            yield slug, reason
    if Concern.SOCIAL_MEDIA_CONNECTION in concerns:
        made = reading.first("connection_made")
        if made:
            yield "professional_boundaries", _says(CONNECTION_MADE, made)
    mention = reading.first("frame_cue")
    if mention:
        yield "professional_boundaries", _says(QUOTED["frame_cue"], mention)

    if Concern.SAFETY in concerns and initiator in (Initiator.CLIENT, Initiator.THIRD_PARTY):
        yield "support_outside_sessions", _says(CRISIS_REACHED_OUT, reading.first(str(Concern.SAFETY)))
    mention = reading.first("support_cue")
    if mention:
        yield "support_outside_sessions", _says(QUOTED["support_cue"], mention)

    pull = reading.first("pull", ("reflection",))
    if pull:
        yield "personal_reflection", _says(QUOTED["pull"], pull)
    mention = reading.first("sway")
    if mention:
        yield "clinical_judgment", _says(QUOTED["sway"], mention)
    entangled = bool(concerns) or reading.first("second_role") or reading.first("social_invitation")
    stake = pull or reading.first("own_stake")
    if stake and entangled:
        yield "clinical_judgment", _says(PULL_AND_ENTANGLEMENT, stake)


def _minimum_risk(fields: Mapping[str, Any], reading: Reading, concerns: dict[Concern, str]) -> MinimumRisk | None:
    for concern in HIGH_RISK_CONCERNS:
        if concern in concerns:
            return MinimumRisk(Risk.HIGH, concerns[concern])
    if fields.get("acknowledgement") == Acknowledgement.WITHOUT_CONSENT:
        return MinimumRisk(Risk.MODERATE, _says(WITHOUT_CONSENT))
    if Concern.MONEY_OR_BUSINESS in concerns:
        return MinimumRisk(Risk.MODERATE, concerns[Concern.MONEY_OR_BUSINESS])
    if Concern.GIFT in concerns:
        valuable = reading.first("valuable")
        if valuable:
            return MinimumRisk(Risk.MODERATE, _says(VALUABLE_GIFT, valuable))
    if Concern.SOCIAL_MEDIA_CONNECTION in concerns:
        made = reading.first("connection_made")
        if made:
            return MinimumRisk(Risk.MODERATE, _says(CONNECTION_MADE, made))
    if Concern.ONLINE_LOOKUP in concerns:
        return MinimumRisk(Risk.MODERATE, concerns[Concern.ONLINE_LOOKUP])
    if Concern.SELF_DISCLOSURE in concerns:
        return MinimumRisk(Risk.MODERATE, concerns[Concern.SELF_DISCLOSURE])
    role = reading.first("second_role")
    if role:
        return MinimumRisk(Risk.MODERATE, _says(ONGOING_SECOND_ROLE, role))
    return None


def _warnings(fields: Mapping[str, Any], floor: MinimumRisk | None, high_concern: bool) -> list[CoherenceWarning]:
    warnings = []
    acknowledgement = fields.get("acknowledgement")
    if fields.get("initiated_by") == Initiator.NO_CONTACT and acknowledgement not in (
        None,
        Acknowledgement.NOT_APPLICABLE,
        Acknowledgement.NOT_ACKNOWLEDGED,
    ):
        warnings.append(CoherenceWarning("acknowledgement", _says(W_NO_CONTACT)))
    if fields.get("channel") in (Channel.MESSAGE, Channel.PHONE) and acknowledgement in IN_PERSON_ACKNOWLEDGEMENTS:
        warnings.append(CoherenceWarning("acknowledgement", _says(W_REMOTE)))
    if fields.get("assessment") == Assessment.VIOLATION:
        if not fields.get("for_supervision"):
            warnings.append(CoherenceWarning("for_supervision", _says(W_VIOLATION_FLAG)))
        if not _filled(fields, "consultation"):
            warnings.append(CoherenceWarning("consultation", _says(W_VIOLATION_CONSULT)))
    if is_deliberate(fields):
        for name, message in W_RATIONALE.items():
            if not _filled(fields, name):
                warnings.append(CoherenceWarning(name, _says(message)))
    if high_concern and floor is not None and fields.get("risk") == Risk.LOW:
        warnings.append(CoherenceWarning("risk", translate("Suggestion", W_HIGH_RATED_LOW).format(reason=floor.reason)))
    return warnings


def suggest(
    fields: Mapping[str, Any],
    language: str | None = None,
    dismissed_concerns: Iterable[str] = (),
    default_language: str = "en",
) -> Suggestions:
    """What the rules suggest for an encounter in interchange shape (DESIGN §7; any field may be
    missing, as on a half-filled form). Categories and concerns already chosen are not suggested
    again, but still count: a confirmed romantic concern still calls for high risk. ``language``
    picks the vocabulary ("en", "de"); by default the one the text is written in, or
    ``default_language`` (the user's) when the text is too short to tell."""
    reading = Reading(fields, language, default_language)
    found = find_concerns(reading)
    dismissed = set(dismissed_concerns)
    concerns = {c: m for c, m in found.items() if c not in dismissed}
    chosen_concerns = set(fields.get("concerns") or ())
    for kind in chosen_concerns:
        if kind in CONCERN_LABELS and Concern(kind) not in concerns:
            concerns[Concern(kind)] = _confirmed(Concern(kind))
    chosen = set(fields.get("categories") or ())
    categories: dict[str, Suggestion] = {}
    for slug, reason in _category_rules(fields, reading, concerns):
        if slug not in chosen and slug not in categories:
            categories[slug] = Suggestion(slug, reason)
    concern_suggestions = [ConcernSuggestion(str(c), r) for c, r in concerns.items() if str(c) not in chosen_concerns]
    floor = _minimum_risk(fields, reading, concerns)
    high = any(c in concerns for c in HIGH_RISK_CONCERNS)
    follow_up = [str(FollowUpAction.CONSULT_SUPERVISOR)] if high else []
    return Suggestions(list(categories.values()), concern_suggestions, floor, _warnings(fields, floor, high), follow_up)
