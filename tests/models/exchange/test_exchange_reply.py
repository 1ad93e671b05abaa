"""Replies: the supervisor's review comes back signed, answers one packet, for its month, once."""

from __future__ import annotations

import json
import uuid

import pytest

from models.supervision.exchange.canonical import canonical
from models.supervision.exchange.envelope import REPLY, seal_signed
from models.supervision.exchange.errors import (
    BadSignature,
    InvalidContent,
    MonthChanged,
    NotAddressedHere,
    Replay,
    UnknownPacket,
    Unreadable,
    WrongMonth,
    WrongSender,
)
from models.supervision.exchange.identity import utc_timestamp
from models.supervision.exchange.packet import OpenedPacket
from models.supervision.exchange.reply import check_review, make_reply, verify_stored_reply
from tests.models.exchange.world import MONTH, NOW, sign_off, world


def _round(therapist, supervisor):
    sent = therapist.send(supervisor)
    return sent, supervisor.open(sent.data)


def test_a_month_travels_there_and_back_signed_off():
    therapist, supervisor, _ = world()
    sent, opened = _round(therapist, supervisor)
    reply = therapist.merge(supervisor.reply(opened))
    assert reply.signed_off and reply.month == MONTH and reply.packet_id == sent.record.packet_id
    assert reply.sender == supervisor.identity.fingerprint
    assert reply.review["signed_by"]["name"] == "Dr. Anna Keller"
    assert [c["encounter"] for c in reply.review["comments"]] == [e["id"] for e in opened.summary["encounters"]]
    stored = verify_stored_reply(reply.signed, supervisor.keys, reply.packet_id, MONTH)
    assert stored["review"] == reply.review


def test_a_stored_reply_that_was_changed_fails_verification():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    reply = therapist.merge(supervisor.reply(opened))
    altered = reply.signed.replace(b"Dr. Anna Keller", b"Dr. Anna Kellar")
    with pytest.raises(BadSignature, match="no longer matches"):
        verify_stored_reply(altered, supervisor.keys, reply.packet_id, MONTH)
    with pytest.raises(WrongMonth):
        verify_stored_reply(reply.signed, supervisor.keys, reply.packet_id, "2026-09")


def test_a_reply_merged_twice_is_a_replay():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    data = supervisor.reply(opened)
    therapist.merge(data)
    with pytest.raises(Replay, match="merged before"):
        therapist.merge(data)


def test_a_second_reply_to_the_same_packet_is_refused():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    therapist.merge(supervisor.reply(opened))
    with pytest.raises(Replay):
        therapist.merge(supervisor.reply(opened))


def test_a_reply_to_a_packet_this_database_never_sent_is_refused():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    therapist.sent.clear()
    with pytest.raises(UnknownPacket, match="never sent"):
        therapist.merge(supervisor.reply(opened))


def test_a_reply_to_a_packet_with_the_same_id_but_other_contents_is_refused():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    other = OpenedPacket(**{**opened.__dict__, "payload_sha256": "1" * 64})
    with pytest.raises(UnknownPacket):
        therapist.merge(supervisor.reply(other, sign_off(opened)))


def test_a_reply_from_someone_the_packet_was_not_sent_to_is_refused():
    """Another supervisor the therapist trusts signs a review of the month sent to the first one."""
    therapist, supervisor, stranger = world()
    _, opened = _round(therapist, supervisor)
    data, _ = make_reply(stranger.identity, therapist.keys, opened, sign_off(opened), now=NOW)
    with pytest.raises(WrongSender, match="was sent to"):
        therapist.merge(data)


def _signed_reply(supervisor, therapist, opened, **changes) -> bytes:
    payload = {
        "format": "caselog-reply", "version": 1, "reply": str(uuid.uuid4()), "packet": opened.packet_id,
        "packet_sha256": opened.payload_sha256, "month": opened.month, "from": supervisor.identity.fingerprint,
        "to": therapist.identity.fingerprint, "created_at": utc_timestamp(NOW),
        "review": check_review(sign_off(opened), opened.packet_id, opened.month, opened.encounter_ids, NOW.date()),
    }  # fmt: skip
    payload.update(changes)
    data, _ = seal_signed(supervisor.identity, REPLY, payload, therapist.keys)
    return data


def test_the_signed_reply_crafted_in_the_world_helper_is_accepted():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    assert therapist.merge(_signed_reply(supervisor, therapist, opened)).signed_off


def test_a_reply_for_the_wrong_month_is_refused():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    with pytest.raises(WrongMonth, match="is for 2026-09, but the packet it answers is for 2026-10"):
        therapist.merge(_signed_reply(supervisor, therapist, opened, month="2026-09"))


def test_a_reply_signed_for_another_therapist_is_refused():
    therapist, supervisor, stranger = world()
    _, opened = _round(therapist, supervisor)
    with pytest.raises(NotAddressedHere):
        therapist.merge(_signed_reply(supervisor, therapist, opened, to=stranger.identity.fingerprint))


def test_a_review_not_in_signed_form_is_refused():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    review = sign_off(opened)
    del review["action_items"]  # valid REVIEW.json, but a signed reply holds every key
    with pytest.raises(InvalidContent, match="review"):
        therapist.merge(_signed_reply(supervisor, therapist, opened, review=review))


def test_a_month_changed_since_the_packet_left_offers_the_review_without_sign_off():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    therapist.changed_months.add(MONTH)
    with pytest.raises(MonthChanged, match="changed after the packet left") as caught:
        therapist.merge(supervisor.reply(opened))
    assert caught.value.reply.review["comments"] and caught.value.reply.month == MONTH


def test_a_packet_given_as_a_reply_says_what_it_is():
    therapist, supervisor, _ = world()
    sent = supervisor.send(therapist)
    with pytest.raises(Unreadable, match="packet, not a review reply"):
        therapist.merge(sent.data)


def test_a_reply_goes_back_only_to_the_packets_sender():
    therapist, supervisor, stranger = world()
    _, opened = _round(therapist, supervisor)
    supervisor.trust(stranger)
    with pytest.raises(WrongSender):
        make_reply(supervisor.identity, stranger.keys, opened, sign_off(opened), now=NOW)


def _review(opened, **changes):
    return sign_off(opened) | changes


def _meeting(**changes):
    return {"date": "2026-11-04", "minutes": 60, "format": "video", "kind": "individual"} | changes


ONE = str(uuid.UUID(int=1))


@pytest.mark.parametrize(
    "changes, path",
    [
        ({"status": "approved"}, "status"),
        ({"signed_by": None}, "signed_by"),
        ({"signed_by": {"name": "", "credential": "", "licence": ""}}, "signed_by.name"),
        ({"meeting": None}, "meeting"),
        ({"meeting": _meeting(date="2026-09-30")}, "meeting.date"),
        ({"meeting": _meeting(date="2026-12-30")}, "meeting.date"),
        (
            {"meeting": _meeting(minutes=2000)},
            "meeting.minutes",
        ),
        ({"meeting": _meeting(format="fax")}, "meeting.format"),
        ({"meeting": _meeting(minutes=True, kind="group")}, "meeting.minutes"),
        ({"comments": [{"encounter": str(uuid.uuid4()), "text": "", "discussed": True}]}, r"comments\[0\].encounter"),
        ({"comments": [{"encounter": "x", "text": "", "discussed": True}]}, r"comments\[0\].encounter"),
        (
            {"comments": [{"encounter": ONE, "text": "", "discussed": "yes"}]},
            r"comments\[0\].discussed",
        ),
        ({"action_items": [{"text": " "}]}, r"action_items\[0\].text"),
        ({"action_items": [{"text": "x", "due": "soon"}]}, r"action_items\[0\].due"),
        ({"notes": "x" * 20_001}, "notes"),
        ({"packet": str(uuid.uuid4())}, "packet"),
        ({"mood": "good"}, "mood"),
        ({"status": "needs_revision", "notes": ""}, "notes"),
    ],
)
def test_review_json_problems_name_the_field(changes, path):
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    with pytest.raises(InvalidContent, match=f"^{path}: "):
        supervisor.reply(opened, _review(opened, **changes))


def test_a_duplicate_comment_is_refused():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    review = sign_off(opened)
    review["comments"] = review["comments"] + review["comments"][:1]
    with pytest.raises(InvalidContent, match="comments"):
        supervisor.reply(opened, review)


def test_needs_revision_travels_without_a_sign_off():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    review = {"packet": opened.packet_id, "status": "needs_revision", "notes": "Add the rationale for 14 Oct."}
    reply = therapist.merge(supervisor.reply(opened, review))
    assert not reply.signed_off and reply.review["signed_by"] is None and reply.review["comments"] == []


def test_a_reply_file_carries_no_review_text_in_the_clear():
    therapist, supervisor, _ = world()
    _, opened = _round(therapist, supervisor)
    data = supervisor.reply(opened)
    assert b"Keller" not in data and b"careful" not in data
    assert json.loads(data)["to"] == therapist.identity.fingerprint
    assert canonical(json.loads(data)) + b"\n" == data
