"""A small world for the exchange tests: a therapist, a supervisor and a stranger, each with
contacts and the memory a database would keep (packets opened, packets sent, replies merged)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field

from models.supervision.exchange.identity import Identity, Profile, PublicKeys, Role, make_card, read_card, trust_card
from models.supervision.exchange.packet import OpenedPacket, SentPacket, SentRecord, make_packet, open_packet
from models.supervision.exchange.reply import OpenedReply, make_reply, open_reply

MONTH = "2026-10"
NOW = dt.datetime(2026, 11, 5, 9, 30, tzinfo=dt.UTC)


@dataclass
class Seat:
    """One database's side of the exchange."""

    identity: Identity
    profile: Profile
    contacts: dict[str, PublicKeys] = field(default_factory=dict)
    opened: set[str] = field(default_factory=set)
    sent: dict[str, SentRecord] = field(default_factory=dict)
    merged: set[str] = field(default_factory=set)
    changed_months: set[str] = field(default_factory=set)

    @property
    def keys(self) -> PublicKeys:
        return self.identity.public

    def card(self) -> bytes:
        return make_card(self.identity, self.profile, NOW)

    def trust(self, other: Seat) -> None:
        """Add ``other``'s card after comparing the fingerprint they read out."""
        card = trust_card(read_card(other.card()), other.identity.fingerprint)
        self.contacts[card.fingerprint] = card.keys

    def send(self, to: Seat, summary: dict | None = None, month: str = MONTH) -> SentPacket:
        summary = summary if summary is not None else make_summary(month)
        pdf = hashlib.sha256(json.dumps(summary).encode()).hexdigest()
        sent = make_packet(self.identity, self.profile, to.keys, month, summary, pdf, now=NOW)
        self.sent[sent.record.packet_id] = sent.record
        return sent

    def open(self, data: bytes) -> OpenedPacket:
        opened = open_packet(data, self.identity, self.contacts.get, lambda pid: pid in self.opened)
        self.opened.add(opened.packet_id)
        return opened

    def reply(self, packet: OpenedPacket, review: dict | None = None) -> bytes:
        therapist = self.contacts[packet.sender]
        data, _signed = make_reply(self.identity, therapist, packet, review or sign_off(packet), now=NOW)
        return data

    def merge(self, data: bytes) -> OpenedReply:
        reply = open_reply(
            data,
            self.identity,
            self.contacts.get,
            self.sent.get,
            lambda packet_id, reply_id: packet_id in self.merged or reply_id in self.merged,
            lambda record: record.month not in self.changed_months,
        )
        self.merged.update({reply.packet_id, reply.reply_id})
        return reply


def make_summary(month: str = MONTH, count: int = 3) -> dict:
    return {
        "month": month,
        "total": count,
        "encounters": [
            {
                "id": str(uuid.UUID(int=i + 1)),
                "client": f"C-{i:04d}",
                "what_was_said": "Nodded in the queue; said hello.",
            }
            for i in range(count)
        ],
        "carried_forward": [{"text": "Review contact agreement", "owner": "therapist", "due_on": None}],
    }


def sign_off(packet: OpenedPacket) -> dict:
    return {
        "packet": packet.packet_id,
        "status": "signed_off",
        "meeting": {"date": "2026-11-04", "minutes": 60, "format": "video", "kind": "individual"},
        "notes": "A careful month.",
        "comments": [
            {"encounter": e["id"], "text": "Discussed; protocol followed.", "discussed": True}
            for e in packet.summary["encounters"]
        ],
        "action_items": [{"text": "Revisit the acknowledgement agreement", "owner": "therapist", "due": "2026-12-01"}],
        "signed_by": {"name": "Dr. Anna Keller", "credential": "PsyD", "licence": "PSY 12345 (CA)"},
    }


def world() -> tuple[Seat, Seat, Seat]:
    """(therapist, supervisor, stranger): the therapist and supervisor trust each other; the stranger,
    another supervisor, trusts the therapist and is trusted by them, but is not this month's recipient."""
    therapist = Seat(Identity.generate(), Profile("Sam Rivera", Role.THERAPIST, "LMFT", "LMFT 98765"))
    supervisor = Seat(Identity.generate(), Profile("Dr. Anna Keller", Role.SUPERVISOR, "PsyD", "PSY 12345 (CA)"))
    stranger = Seat(Identity.generate(), Profile("Dr. Other", Role.SUPERVISOR))
    therapist.trust(supervisor)
    supervisor.trust(therapist)
    therapist.trust(stranger)
    stranger.trust(therapist)
    return therapist, supervisor, stranger
