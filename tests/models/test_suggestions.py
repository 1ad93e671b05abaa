"""Explainable category suggestions."""

from models.log.enums import Risk
from models.log.suggestions import minimum_risk, suggest_categories
from tests.helpers import encounter_fields


def suggested(**overrides):
    fields = encounter_fields(**{"categories": [], "reflection": None, "others_present": False, **overrides})
    return {s.slug: s.reason for s in suggest_categories(fields)}


def test_public_place_in_person_suggests_public_acknowledgement():
    assert "public_acknowledgement" in suggested()
    assert "public" in suggested()["public_acknowledgement"]


def test_a_chance_public_meeting_alone_is_not_a_dual_relationship():
    assert "dual_relationship" not in suggested(what_was_said="Said hello at the bakery.", response="")


def test_acknowledged_without_consent_suggests_acknowledgement_and_at_least_moderate_risk():
    fields = encounter_fields(channel="phone", setting="not_applicable", acknowledgement="without_consent")
    reasons = {s.slug: s.reason for s in suggest_categories({**fields, "categories": []})}
    assert reasons["public_acknowledgement"] == "acknowledged without prior consent"
    assert minimum_risk(fields) == (Risk.MODERATE, "acknowledged without prior consent")
    assert minimum_risk(encounter_fields()) is None


def test_others_present_and_therapy_content_suggest_confidentiality():
    assert "confidentiality" in suggested(others_present=True, therapy_content_raised=True)
    assert "confidentiality" not in suggested(others_present=True, therapy_content_raised=False)


def test_therapist_initiated_or_planned_suggests_professional_boundaries():
    assert suggested(initiated_by="therapist")["professional_boundaries"] == "you initiated the contact"
    assert suggested(avoidability="planned")["professional_boundaries"] == "the contact was planned"


def test_messages_suggest_between_session_contact():
    assert "between_session_contact" in suggested(channel="message", setting="not_applicable")


def test_workplace_or_named_second_role_suggests_dual_relationship():
    assert "dual_relationship" in suggested(setting="workplace")
    reason = suggested(what_was_said="Turns out she is my neighbour's sister-in-law; a new neighbour.")
    assert reason["dual_relationship"] == "a second role is named: “neighbour”"


def test_reflection_suggests_personal_reflection():
    fields = encounter_fields(categories=[], reflection="I noticed I wanted to rescue.")
    assert "personal_reflection" in {s.slug for s in suggest_categories(fields)}


def test_chosen_categories_are_not_suggested_again():
    fields = encounter_fields(categories=["public_acknowledgement"])
    assert "public_acknowledgement" not in {s.slug for s in suggest_categories(fields)}
