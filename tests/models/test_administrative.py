"""Administrative contact as therapists write it (scheduling, cancelling, running late, payment),
and the near misses that are something else."""

import pytest

from models.log.encounters import save_encounter
from models.supervision.administrative import administrative_ids, administrative_talk, may_be_administrative
from tests.helpers import TODAY, encounter_fields

ADMINISTRATIVE = [
    ("Can we move Thursday's session to 4pm?", "scheduling"),
    ("Texted to reschedule next week.", "scheduling"),
    ("Asked to change the time of our appointment.", "scheduling"),
    ("Are we still on for Monday?", "scheduling"),
    ("Message confirming the time for next week.", "scheduling"),
    ("Need to cancel tomorrow, my kid is sick.", "cancelling"),
    ("Sorry, can't make it today.", "cancelling"),
    ("Won't be able to make it this week, flu.", "cancelling"),
    ("Running 10 minutes late, sorry!", "running_late"),
    ("Stuck in traffic, will be there soon", "running_late"),
    ("I'll be 15 minutes late", "running_late"),
    ("Could I have a receipt for my insurance?", "payment"),
    ("Paid for the last two sessions by bank transfer.", "payment"),
    ("Asked whether the invoice for March had gone out.", "payment"),
    ("Can I pay the cancellation fee next time?", "payment"),
    ("Können wir den Termin auf Donnerstag verschieben?", "scheduling"),
    ("Ich muss morgen leider absagen.", "cancelling"),
    ("Sagte die Sitzung ab, Kind krank.", "cancelling"),
    ("Ich verspäte mich um 10 Minuten.", "running_late"),
    ("Habe die Rechnung heute überwiesen.", "payment"),
]

SOMETHING_ELSE = [
    "Thank you for the session yesterday, it helped so much.",
    "Client asked me out for a drink.",
    "Offered to pay me to do their bookkeeping.",
    "Bill from the choir asked how I know her.",
    "She said she wants to talk about her mother next time.",
    "Sent a photo of her dog and said she misses our talks.",
    "Saw the client across the car park; no interaction.",
    "Er hat mich zu seiner Hochzeit eingeladen.",
    "Sie schrieb, dass sie nicht mehr leben will.",
]


@pytest.mark.parametrize(("text", "kind"), ADMINISTRATIVE)
def test_administrative_talk_is_recognised_and_named(text, kind):
    found = administrative_talk(text)
    assert found is not None and found.kind == kind, found


@pytest.mark.parametrize("text", SOMETHING_ELSE)
def test_other_talk_is_not_administrative(text):
    assert administrative_talk(text) is None


MESSAGE = {
    "channel": "message", "setting": "not_applicable", "location": None, "acknowledgement": "not_applicable",
    "initiated_by": "client", "avoidability": "avoidable", "categories": ["between_session_contact"],
}  # fmt: skip


def administrative(store, **fields) -> bool:
    """As the drift rules decide it: the fields first, then the text."""
    e = save_encounter(encounter_fields(**{**MESSAGE, **fields}), today=TODAY)
    allowed = may_be_administrative(e.initiated_by.value, e.risk.value, e.assessment.value, e.channel.value)
    return allowed and e.id.hex in administrative_ids([e.id.hex])


def test_a_plain_rescheduling_message_is_administrative(client):
    assert administrative(client, what_was_said="Can we reschedule Thursday?")
    assert administrative(client, what_was_said="Called to say she is running late.", channel="phone")


@pytest.mark.parametrize(
    "change",
    [
        {"channel": "in_person", "setting": "public_place", "acknowledgement": "client_first"},  # met, not arranged
        {"initiated_by": "no_contact"},  # a sighting is not contact at all
        {"risk": "moderate"},
        {"assessment": "crossing_risky"},
        {"assessment": "violation"},
        {"therapy_content_raised": True},
        {"what_was_said": "Texted to cancel Thursday. " + "She then wrote at length about the week. " * 12},
    ],
)
def test_anything_more_than_administration_makes_it_something_else(client, change):
    """ "Texted to cancel, and said she can't go on" is a concern, not administration."""
    assert not administrative(client, **{"what_was_said": "Texted to cancel Thursday.", **change})
