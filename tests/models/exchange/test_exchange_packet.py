"""Packets: only the named supervisor opens them, nobody alters or forges them, each is opened once."""

from __future__ import annotations

import json
import uuid

import pytest

from models.supervision.exchange.canonical import b64decode, b64encode, canonical
from models.supervision.exchange.envelope import PACKET, REPLY, seal_signed
from models.supervision.exchange.errors import (
    BadSignature,
    BrokenSeal,
    InvalidContent,
    NotAddressedHere,
    Replay,
    TooLarge,
    UnknownSender,
    Unreadable,
    UnsupportedVersion,
)
from models.supervision.exchange.identity import Identity, utc_timestamp
from models.supervision.exchange.packet import open_packet
from tests.models.exchange.world import MONTH, NOW, make_summary, world


def _envelope(data: bytes) -> dict:
    return json.loads(data)


def _payload(therapist, supervisor, **changes) -> dict:
    summary = make_summary()
    payload = {
        "format": "caselog-packet", "version": 1, "packet": str(uuid.uuid4()), "month": MONTH,
        "from": therapist.identity.fingerprint, "to": supervisor.identity.fingerprint,
        "created_at": utc_timestamp(NOW), "sender": therapist.profile.to_json(), "pseudonymised": True,
        "summary": summary, "pdf_sha256": "0" * 64,
    }  # fmt: skip
    payload.update(changes)
    return payload


def test_supervisor_opens_the_month_the_therapist_sent():
    therapist, supervisor, _ = world()
    summary = make_summary(count=5)
    sent = therapist.send(supervisor, summary)
    opened = supervisor.open(sent.data)
    assert opened.packet_id == sent.record.packet_id
    assert opened.month == MONTH and opened.summary == summary
    assert opened.sender == therapist.identity.fingerprint and opened.sender_profile == therapist.profile
    assert opened.payload_sha256 == sent.record.payload_sha256
    assert sent.record.to == supervisor.identity.fingerprint
    assert opened.encounter_ids == sent.record.encounter_ids and len(opened.encounter_ids) == 5


def test_the_packet_file_shows_no_content_and_no_name():
    therapist, supervisor, _ = world()
    sent = therapist.send(supervisor)
    assert b"C-0000" not in sent.data and b"Nodded" not in sent.data
    assert therapist.profile.name.encode() not in sent.data and supervisor.profile.name.encode() not in sent.data
    assert set(_envelope(sent.data)) == {"format", "version", "to", "sealed"}


def test_a_third_database_cannot_open_a_packet_addressed_to_another():
    therapist, supervisor, stranger = world()
    sent = therapist.send(supervisor)
    with pytest.raises(NotAddressedHere, match="not to this database"):
        stranger.open(sent.data)


def test_readdressing_the_envelope_only_breaks_the_seal():
    therapist, supervisor, stranger = world()
    envelope = _envelope(therapist.send(supervisor).data) | {"to": stranger.identity.fingerprint}
    with pytest.raises(BrokenSeal):
        stranger.open(canonical(envelope))


def test_a_recipient_who_reseals_a_packet_to_someone_else_is_caught():
    """Surreptitious forwarding: the supervisor re-seals the therapist's signed packet to a colleague
    who also knows the therapist. The signature is good; the signed address is not the colleague's."""
    therapist, supervisor, stranger = world()
    sent = therapist.send(supervisor)
    forwarded = {
        "format": "caselog-packet", "version": 1, "to": stranger.identity.fingerprint,
        "sealed": b64encode(stranger.keys.seal(sent.signed)),
    }  # fmt: skip
    with pytest.raises(NotAddressedHere, match="someone re-sent it"):
        stranger.open(canonical(forwarded))


def test_an_unknown_sender_is_refused():
    therapist, supervisor, _ = world()
    supervisor.contacts.clear()
    with pytest.raises(UnknownSender, match="not among your contacts"):
        supervisor.open(therapist.send(supervisor).data)


def test_a_packet_signed_by_an_attacker_in_the_therapists_name_is_refused():
    """Substituting the sender: the payload names the therapist, the signature is the attacker's. The
    supervisor verifies with the key pinned from the therapist's card, never one the file brings."""
    therapist, supervisor, _ = world()
    attacker = Identity.generate()
    data, _ = seal_signed(attacker, PACKET, _payload(therapist, supervisor), supervisor.keys)
    with pytest.raises(BadSignature, match="altered or forged"):
        supervisor.open(data)


def test_a_packet_opened_twice_is_a_replay():
    therapist, supervisor, _ = world()
    sent = therapist.send(supervisor)
    supervisor.open(sent.data)
    with pytest.raises(Replay, match="opened before"):
        supervisor.open(sent.data)


def test_a_reply_signature_cannot_pass_for_a_packet():
    """The supervisor re-wraps a packet-shaped payload signed as a reply: the signature's context differs."""
    therapist, supervisor, _ = world()
    payload = _payload(supervisor, therapist)
    reply_data, reply_signed = seal_signed(supervisor.identity, REPLY, payload, therapist.keys)
    envelope = _envelope(reply_data) | {"format": "caselog-packet"}
    with pytest.raises(BadSignature):
        therapist.open(canonical(envelope))


def test_a_reply_given_as_a_packet_says_what_it_is():
    therapist, supervisor, _ = world()
    opened = supervisor.open(therapist.send(supervisor).data)
    with pytest.raises(Unreadable, match="review reply, not a packet"):
        therapist.open(supervisor.reply(opened))


@pytest.mark.parametrize("version, reason", [(2, "newer Caselog"), (0, "no longer accepts"), ("1", "version")])
def test_other_versions_are_refused(version, reason):
    therapist, supervisor, _ = world()
    envelope = _envelope(therapist.send(supervisor).data) | {"version": version}
    with pytest.raises((UnsupportedVersion, Unreadable), match=reason):
        supervisor.open(canonical(envelope))


def test_a_signed_payload_of_another_version_is_refused():
    """Downgrade: the signed contents say version 0 inside a version-1 envelope."""
    therapist, supervisor, _ = world()
    data, _ = seal_signed(therapist.identity, PACKET, _payload(therapist, supervisor, version=0), supervisor.keys)
    with pytest.raises(InvalidContent, match="another kind or version"):
        supervisor.open(data)


@pytest.mark.parametrize(
    "change, path",
    [
        ({"pseudonymised": False}, "pseudonymised"),
        ({"month": "2026-13"}, "month"),
        ({"packet": "not-an-id"}, "packet"),
        ({"pdf_sha256": "abc"}, "pdf_sha256"),
        ({"created_at": "2026-11-05 09:30"}, "created_at"),
        ({"summary": {"month": "2026-09", "encounters": [], "carried_forward": []}}, "summary.month"),
        (
            {"summary": {"month": MONTH, "encounters": [{"id": 3}], "carried_forward": []}},
            r"summary.encounters\[0\].id",
        ),
        ({"summary": {"month": MONTH, "encounters": [], "carried_forward": {}}}, "summary.carried_forward"),
        ({"extra": 1}, "extra"),
    ],
)
def test_signed_but_malformed_contents_are_refused_naming_the_field(change, path):
    therapist, supervisor, _ = world()
    data, _ = seal_signed(therapist.identity, PACKET, _payload(therapist, supervisor, **change), supervisor.keys)
    with pytest.raises(InvalidContent, match=path):
        supervisor.open(data)


def test_the_same_encounter_twice_is_refused():
    therapist, supervisor, _ = world()
    summary = make_summary()
    summary["encounters"].append(summary["encounters"][0])
    data, _ = seal_signed(therapist.identity, PACKET, _payload(therapist, supervisor, summary=summary), supervisor.keys)
    with pytest.raises(InvalidContent, match="appears twice"):
        supervisor.open(data)


def _sealed_raw(therapist, supervisor, payload_bytes: bytes) -> bytes:
    signed = therapist.identity.sign(PACKET.context, payload_bytes) + payload_bytes
    envelope = {"format": "caselog-packet", "version": 1, "to": supervisor.identity.fingerprint,
                "sealed": b64encode(supervisor.keys.seal(signed))}  # fmt: skip
    return canonical(envelope)


@pytest.mark.parametrize(
    "raw",
    [
        lambda p: json.dumps(p).encode(),  # spaces: not canonical
        lambda p: canonical(p)[:-1] + b',"month":"2026-11"}',  # a duplicate key
        lambda p: canonical(p)[:-1] + b',"x":NaN}',
        lambda p: b"[" * 100_000,
    ],
)
def test_signed_bytes_that_are_not_canonical_json_are_refused(raw):
    therapist, supervisor, _ = world()
    with pytest.raises(Unreadable):
        supervisor.open(_sealed_raw(therapist, supervisor, raw(_payload(therapist, supervisor))))


def test_an_oversized_packet_is_refused_before_it_is_read():
    _, supervisor, _ = world()
    with pytest.raises(TooLarge):
        supervisor.open(b"{" + b" " * PACKET.max_bytes + b"}")


def test_a_packet_too_large_to_send_is_refused_when_made():
    therapist, supervisor, _ = world()
    summary = make_summary()
    summary["padding"] = "x" * (PACKET.max_bytes * 3 // 4)
    with pytest.raises(TooLarge):
        therapist.send(supervisor, summary)


def test_base64_with_changed_padding_bits_is_refused():
    """Two base64 texts can decode to the same bytes; only the canonical one is accepted."""
    therapist, supervisor, _ = world()
    envelope = _envelope(therapist.send(supervisor).data)
    sealed = envelope["sealed"]
    assert b64decode(sealed, "packet")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    stripped = sealed.rstrip("=")
    if len(stripped) % 4 in (2, 3):  # the last character carries unused bits
        last = alphabet.index(stripped[-1])
        variant = stripped[:-1] + alphabet[last | 1 if not last & 1 else last & ~1] + sealed[len(stripped) :]
        with pytest.raises(Unreadable):
            supervisor.open(canonical(envelope | {"sealed": variant}))


def test_open_packet_is_pure_given_its_callbacks():
    therapist, supervisor, _ = world()
    sent = therapist.send(supervisor)
    opened = open_packet(sent.data, supervisor.identity, supervisor.contacts.get, lambda _: False)
    assert opened.month == MONTH
