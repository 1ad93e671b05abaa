"""A month sent to supervision: made by the therapist, opened by the supervisor (DESIGN §11).

The signed payload (canonical JSON, version 1)::

    {"format": "caselog-packet", "version": 1,
     "packet": UUID, "month": "YYYY-MM",
     "from": FINGERPRINT, "to": FINGERPRINT, "created_at": "YYYY-MM-DDTHH:MM:SSZ",
     "sender": {"name", "role", "credential", "licence"},
     "pseudonymised": true,
     "summary": {the month's pseudonymised summary: "month", "encounters": [{"id", …}],
                 "carried_forward": […], …},
     "pdf_sha256": hex digest of the pseudonymised PDF made from the same summary}

No keys travel in a packet: the supervisor verifies it with the key pinned when the therapist's
card was added, so a payload cannot bring its own key along.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models.i18n import translate
from models.supervision.exchange import fields
from models.supervision.exchange.envelope import (
    PACKET,
    REPLY,
    SIGNATURE_BYTES,
    authenticate,
    seal_signed,
    unseal,
    verify_signed,
)
from models.supervision.exchange.errors import Replay
from models.supervision.exchange.identity import Identity, Profile, PublicKeys, profile_from_json, utc_timestamp

MAX_ENCOUNTERS = 5_000
MAX_CARRIED_FORWARD = 1_000
_PAYLOAD_KEYS = {
    "format", "version", "packet", "month", "from", "to", "created_at", "sender", "pseudonymised", "summary",
    "pdf_sha256",
}  # fmt: skip


@dataclass(frozen=True)
class SentRecord:
    """What the sending database keeps of a packet, to recognise the reply that answers it."""

    packet_id: str
    month: str
    to: str  # the supervisor's fingerprint
    payload_sha256: str
    encounter_ids: frozenset[str]


@dataclass(frozen=True)
class SentPacket:
    """A packet made: the file to hand over, and the record the sender keeps."""

    data: bytes
    signed: bytes
    record: SentRecord
    created_at: str


@dataclass(frozen=True)
class OpenedPacket:
    """A packet verified and addressed to this database: whom it is from, for which month, and the summary."""

    packet_id: str
    month: str
    sender: str  # fingerprint
    sender_profile: Profile
    created_at: str
    summary: dict[str, Any]
    pdf_sha256: str
    payload_sha256: str
    signed: bytes

    @property
    def encounter_ids(self) -> frozenset[str]:
        return frozenset(e["id"] for e in self.summary["encounters"])


def _check_summary(summary: Any, month: str) -> dict[str, Any]:
    summary = fields.exact_keys(summary, "summary", {"month", "encounters", "carried_forward"}, open_ended=True)
    if summary["month"] != month:
        raise fields.problem("summary.month", translate("Exchange", "is not the packet's month"))
    seen: set[str] = set()
    for index, encounter in enumerate(fields.items(summary["encounters"], "summary.encounters", MAX_ENCOUNTERS)):
        path = f"summary.encounters[{index}]"
        if not isinstance(encounter, dict):
            raise fields.problem(path, translate("Exchange", "is not an object"))
        encounter_id = fields.packet_id(encounter.get("id"), f"{path}.id")
        if encounter_id in seen:
            raise fields.problem(f"{path}.id", translate("Exchange", "appears twice"))
        seen.add(encounter_id)
    for index, item in enumerate(
        fields.items(summary["carried_forward"], "summary.carried_forward", MAX_CARRIED_FORWARD)
    ):
        if not isinstance(item, dict):
            raise fields.problem(f"summary.carried_forward[{index}]", translate("Exchange", "is not an object"))
    return summary


def make_packet(
    identity: Identity,
    sender: Profile,
    recipient: PublicKeys,
    month: str,
    summary: dict[str, Any],
    pdf_sha256: str,
    *,
    packet_id: str | None = None,
    now: dt.datetime | None = None,
) -> SentPacket:
    """The month's pseudonymised ``summary`` signed by ``identity`` and sealed to ``recipient``.

    ``summary`` must already be pseudonymised (DESIGN §9): this module moves it, it does not clean it.
    """
    payload = {
        "format": PACKET.format,
        "version": PACKET.version,
        "packet": packet_id or str(uuid.uuid4()),
        "month": fields.month(month, "month"),
        "from": identity.fingerprint,
        "to": recipient.fingerprint,
        "created_at": utc_timestamp(now),
        "sender": sender.to_json(),
        "pseudonymised": True,
        "summary": summary,
        "pdf_sha256": fields.sha256(pdf_sha256, "pdf_sha256"),
    }
    _check_payload(payload)
    data, signed = seal_signed(identity, PACKET, payload, recipient)
    record = SentRecord(
        packet_id=payload["packet"],
        month=month,
        to=recipient.fingerprint,
        payload_sha256=hashlib.sha256(signed[SIGNATURE_BYTES:]).hexdigest(),
        encounter_ids=frozenset(e["id"] for e in summary["encounters"]),
    )
    return SentPacket(data=data, signed=signed, record=record, created_at=payload["created_at"])


def _check_payload(payload: dict[str, Any]) -> Profile:
    fields.exact_keys(payload, "", _PAYLOAD_KEYS)
    fields.packet_id(payload["packet"], "packet")
    fields.month(payload["month"], "month")
    fields.timestamp(payload["created_at"], "created_at")
    fields.sha256(payload["pdf_sha256"], "pdf_sha256")
    if payload["pseudonymised"] is not True:
        raise fields.problem("pseudonymised", translate("Exchange", "a packet carries only pseudonymised months"))
    try:
        profile = profile_from_json(payload["sender"])
    except ValueError as error:
        raise fields.problem("sender", str(error)) from error
    _check_summary(payload["summary"], payload["month"])
    return profile


def open_packet(
    data: bytes,
    identity: Identity,
    find_contact: Callable[[str], PublicKeys | None],
    seen_before: Callable[[str], bool],
) -> OpenedPacket:
    """A packet file verified for this database, or the reason it is refused (an ``ExchangeError``):
    the seal, the sender among the contacts, the signature, the address, the content, and not opened before."""
    unsealed = unseal(data, PACKET, identity, others=(REPLY,))
    authenticate(unsealed, PACKET, identity, find_contact)
    payload = unsealed.payload
    _check_payload(payload)
    if seen_before(payload["packet"]):
        raise Replay(
            translate("Exchange", "This packet ({month}) was opened before: it is already in your inbox").format(
                month=payload["month"]
            )
        )
    return _opened(payload, unsealed.payload_bytes, unsealed.signed)


def _opened(payload: dict[str, Any], payload_bytes: bytes, signed: bytes) -> OpenedPacket:
    return OpenedPacket(
        packet_id=payload["packet"],
        month=payload["month"],
        sender=payload["from"],
        sender_profile=profile_from_json(payload["sender"]),
        created_at=payload["created_at"],
        summary=payload["summary"],
        pdf_sha256=payload["pdf_sha256"],
        payload_sha256=hashlib.sha256(payload_bytes).hexdigest(),
        signed=signed,
    )


def stored_packet(signed: bytes, sender: PublicKeys) -> OpenedPacket:
    """A packet kept in the inbox, its signature checked again against ``sender`` (``BadSignature`` if
    the stored copy was changed)."""
    payload = verify_signed(signed, PACKET, sender)
    _check_payload(payload)
    return _opened(payload, signed[SIGNATURE_BYTES:], signed)
