"""The supervisor's seat (DESIGN §11): packets opened into an inbox, a review written for each, and
the signed reply sealed back to the supervisee."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models import clock
from models.i18n import translate
from models.store.audit import record_audit
from models.store.database import db
from models.supervision.exchange.contacts import contact_keys, own_identity
from models.supervision.exchange.envelope import SIGNATURE_BYTES
from models.supervision.exchange.errors import ExchangeError, InvalidContent
from models.supervision.exchange.packet import OpenedPacket, open_packet, stored_packet
from models.supervision.exchange.reply import check_review, make_reply
from models.supervision.exchange.tables import ExchangeContact, ReceivedPacket
from models.supervision.priority import priority_encounters


@dataclass(frozen=True)
class InboxRow:
    """One packet as the inbox lists it."""

    packet_id: str
    supervisee: str
    fingerprint: str
    month: str
    status: str  # new, in_review, signed_off, needs_revision
    received_at: dt.datetime
    superseded: bool  # a newer packet of the same month from the same supervisee is in the inbox

    @property
    def age_days(self) -> int:
        return (clock.now() - self.received_at).days


def receive_packet(data: bytes) -> ReceivedPacket:
    """Verify a packet file and file it in the inbox; an ``ExchangeError`` says why it is refused."""
    opened = open_packet(
        data,
        own_identity(),
        contact_keys,
        lambda packet_id: ReceivedPacket.select().where(ReceivedPacket.packet_id == packet_id).exists(),
    )
    contact = ExchangeContact.get(ExchangeContact.fingerprint == opened.sender)
    with db.atomic():
        received = ReceivedPacket.create(
            packet_id=opened.packet_id, contact=contact, month=opened.month, sent_at=opened.created_at,
            signed=opened.signed,
        )  # fmt: skip
        record_audit("packet.receive", f"packet:{opened.packet_id}")
    return received


def _status(packet: ReceivedPacket) -> str:
    if packet.reply_status:
        return packet.reply_status
    return "in_review" if packet.review not in ("", "{}") else "new"


def inbox() -> list[InboxRow]:
    """Every packet received, newest month first, each with its supervisee and status."""
    query = (
        ReceivedPacket.select(ReceivedPacket, ExchangeContact)
        .join(ExchangeContact)
        .order_by(ReceivedPacket.month.desc(), ExchangeContact.name, ReceivedPacket.received_at.desc())
    )
    rows, latest = [], set()
    for packet in query:
        key = (packet.contact_id, packet.month)
        rows.append(
            InboxRow(
                packet_id=packet.packet_id,
                supervisee=packet.contact.name,
                fingerprint=packet.contact.fingerprint,
                month=packet.month,
                status=_status(packet),
                received_at=packet.received_at,
                superseded=key in latest,
            )
        )
        latest.add(key)
    return rows


def received(packet_id: str) -> ReceivedPacket:
    packet = ReceivedPacket.get_or_none(ReceivedPacket.packet_id == packet_id)
    if packet is None:
        raise ExchangeError(translate("Exchange", "There is no packet {packet} in your inbox").format(packet=packet_id))
    return packet


def opened(packet: ReceivedPacket) -> OpenedPacket:
    """The packet as it arrived, its signature checked again (a changed stored copy is refused)."""
    return stored_packet(bytes(packet.signed), packet.contact.keys)


def review_draft(packet: ReceivedPacket) -> dict[str, Any]:
    """The review written so far (REVIEW.json shape), or a fresh one."""
    draft = json.loads(packet.review or "{}")
    return {"packet": packet.packet_id, "status": "signed_off", "meeting": None, "notes": "", "comments": [],
            "action_items": [], "signed_by": None} | draft  # fmt: skip


def save_review_draft(packet: ReceivedPacket, review: dict[str, Any]) -> None:
    """Keep the review in progress; refused once the reply was made."""
    if packet.reply_id:
        raise ExchangeError(translate("Exchange", "This packet was answered; its review can no longer be changed"))
    with db.atomic():
        ReceivedPacket.update(review=json.dumps(review, ensure_ascii=False)).where(
            ReceivedPacket.id == packet.id
        ).execute()
        record_audit("packet.review", f"packet:{packet.packet_id}", ["review"])
    packet.review = json.dumps(review, ensure_ascii=False)


def undiscussed_priority(packet: OpenedPacket, review: dict[str, Any]) -> list[dict[str, Any]]:
    """The packet's priority encounters (DESIGN §4) neither marked discussed nor given a reason for
    leaving them out (a comment): a sign-off needs none (DESIGN §5)."""
    answered = {
        c.get("encounter")
        for c in review.get("comments") or []
        if isinstance(c, dict) and (c.get("discussed") is True or str(c.get("text") or "").strip())
    }
    return [e for e in priority_encounters(packet.summary["encounters"]) if e["id"] not in answered]


def discussed_count(packet: OpenedPacket, review: dict[str, Any]) -> tuple[int, int]:
    """(priority encounters discussed, priority encounters) — "discussed 9 of 9 priority encounters"."""
    discussed = {c.get("encounter") for c in review.get("comments") or [] if isinstance(c, dict) and c.get("discussed")}
    priority = priority_encounters(packet.summary["encounters"])
    return sum(e["id"] in discussed for e in priority), len(priority)


def reply(packet: ReceivedPacket, review: dict[str, Any], deliver: Callable[[bytes], None]) -> str:
    """Sign and seal ``review`` (REVIEW.json) for ``packet`` and hand the file to ``deliver`` (which
    writes it) inside the transaction that records it, so a reply is recorded only if its file was
    written. The review is checked first (``InvalidContent`` naming a field). One reply per packet.
    Returns the reply's status."""
    if packet.reply_id:
        raise ExchangeError(
            translate("Exchange", "This packet was answered on {date}; a packet is answered once").format(
                date=packet.replied_at.date().isoformat()
            )
        )
    packet_opened = opened(packet)
    if isinstance(review, dict) and review.get("status") == "signed_off":
        missing = undiscussed_priority(packet_opened, review)
        if missing:
            raise InvalidContent(
                translate(
                    "Exchange",
                    "comments: a sign-off needs every priority encounter discussed, or a comment giving the reason "
                    "it was left out; {count} have neither (first: {date}, {client})",
                ).format(count=len(missing), date=missing[0].get("occurred_on"), client=missing[0].get("client"))
            )
    data, signed = make_reply(own_identity(), packet.contact.keys, packet_opened, review)
    payload = json.loads(signed[SIGNATURE_BYTES:])
    with db.atomic():
        ReceivedPacket.update(
            review=json.dumps(payload["review"], ensure_ascii=False), reply_id=payload["reply"],
            replied_at=clock.now(), reply_status=payload["review"]["status"], reply_signed=signed,
        ).where(ReceivedPacket.id == packet.id).execute()  # fmt: skip
        record_audit("packet.reply", f"packet:{packet.packet_id}", ["reply"])
        deliver(data)
    return payload["review"]["status"]


def check_draft(packet: ReceivedPacket, review: dict[str, Any]) -> dict[str, Any]:
    """``review`` as the reply would carry it, or ``InvalidContent`` naming the field to fix."""
    return check_review(review, packet.packet_id, packet.month, opened(packet).encounter_ids, clock.today())
