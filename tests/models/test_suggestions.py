"""The suggestion rules' structured side (DESIGN §3): categories from the fields, the lowest risk,
the reasons shown, and what is not suggested again."""

from models.log.enums import Risk
from models.log.suggestions import is_deliberate, prepare, prepared, suggest
from tests.helpers import encounter_fields


def suggested(**overrides):
    fields = encounter_fields(**{"categories": [], "reflection": None, "others_present": False, **overrides})
    return {s.slug: s.reason for s in suggest(fields).categories}


def test_public_place_in_person_suggests_public_acknowledgement():
    assert suggested()["public_acknowledgement"] == "met in person in a public place or at a community event"


def test_a_chance_public_meeting_alone_is_not_a_dual_relationship():
    assert "dual_relationship" not in suggested(what_was_said="Said hello at the bakery.", response="")


def test_acknowledged_without_consent_suggests_acknowledgement_and_at_least_moderate_risk():
    fields = encounter_fields(
        channel="phone", setting="not_applicable", acknowledgement="without_consent", categories=[]
    )
    found = suggest(fields)
    assert {s.slug: s.reason for s in found.categories}[
        "public_acknowledgement"
    ] == "acknowledged without prior consent"
    assert (found.minimum_risk.risk, found.minimum_risk.reason) == (Risk.MODERATE, "acknowledged without prior consent")
    assert suggest(encounter_fields()).minimum_risk is None


def test_others_present_suggests_confidentiality_and_therapy_material_says_so():
    assert suggested(others_present=True)["confidentiality"] == "others were present"
    both = suggested(others_present=True, therapy_content_raised=True)["confidentiality"]
    assert both == "therapy material came up in front of others"
    assert "confidentiality" not in suggested(others_present=False)


def test_therapist_initiated_or_planned_suggests_professional_boundaries():
    assert suggested(initiated_by="therapist")["professional_boundaries"] == "you initiated the contact"
    assert suggested(avoidability="planned")["professional_boundaries"] == "the contact was planned"
    assert is_deliberate(encounter_fields(avoidability="planned"))
    assert not is_deliberate(encounter_fields())


def test_messages_suggest_between_session_contact():
    assert "between_session_contact" in suggested(channel="message", setting="not_applicable")


def test_a_named_second_role_suggests_dual_relationship_quoting_it():
    reason = suggested(what_was_said="Turns out she is my new neighbour; she moved in next door.")["dual_relationship"]
    assert reason.startswith("a second role is named: “") and "neighbour" in reason


def test_a_reflection_alone_is_not_a_personal_reflection():
    assert "personal_reflection" not in suggested(reflection="Nothing to add; it was a routine hello.")
    assert "personal_reflection" in suggested(reflection="I noticed I wanted to rescue her.")


def test_chosen_categories_are_not_suggested_again():
    fields = encounter_fields(categories=["public_acknowledgement"])
    assert "public_acknowledgement" not in {s.slug for s in suggest(fields).categories}


def test_a_dismissed_concern_is_not_suggested_and_does_not_raise_the_risk():
    fields = encounter_fields(what_was_said="He asked me out for dinner.", categories=[])
    assert suggest(fields).minimum_risk.risk == Risk.HIGH
    found = suggest(fields, dismissed_concerns=["romantic_or_sexual"])
    assert "romantic_or_sexual" not in {c.kind for c in found.concerns}
    assert found.minimum_risk is None or found.minimum_risk.risk != Risk.HIGH


def test_the_text_s_language_chooses_the_vocabulary_and_the_user_s_language_settles_a_short_note():
    german = encounter_fields(what_was_said="Er fragte, ob wir mal was trinken gehen, nur wir zwei.", categories=[])
    assert "romantic_or_sexual" in {c.kind for c in suggest(german).concerns}
    short = encounter_fields(what_was_said="Umarmung.", response="", reflection=None, categories=[])
    assert "physical_contact" in {c.kind for c in suggest(short, default_language="de").concerns}


def test_every_vocabulary_can_be_prepared_ahead():
    prepare()
    assert prepared()
