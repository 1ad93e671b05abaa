"""The supervisor's review of a packet, signed and sealed back to the therapist (DESIGN §11).

REVIEW.json, as the supervisor writes it (or the reply window makes it)::

    {"packet": UUID, "status": "signed_off" | "needs_revision",
     "meeting": {"date": "YYYY-MM-DD", "minutes": int, "format": "in_person"|"video"|"phone"|"other",
                 "kind": "individual"|"group"} | null,
     "notes": str, "comments": [{"encounter": UUID, "text": str, "discussed": bool}],
     "action_items": [{"text": str, "owner": str, "due": "YYYY-MM-DD" | null}],
     "signed_by": {"name": str, "credential": str, "licence": str} | null}

The signed reply payload (canonical JSON, version 1) wraps it with what it answers::

    {"format": "caselog-reply", "version": 1, "reply": UUID, "packet": UUID,
     "packet_sha256": hex digest of the packet's signed payload, "month": "YYYY-MM",
     "from": FINGERPRINT, "to": FINGERPRINT, "created_at": "YYYY-MM-DDTHH:MM:SSZ",
     "review": {REVIEW.json, every key present}}

``packet_sha256`` binds the sign-off to the very contents the supervisor read, not only to an id.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models.i18n import translate
from models.supervision.exchange import fields
from models.supervision.exchange.envelope import PACKET, REPLY, authenticate, seal_signed, unseal, verify_signed
from models.supervision.exchange.errors import (
    InvalidContent,
    MonthChanged,
    Replay,
    UnknownPacket,
    WrongMonth,
    WrongSender,
)
from models.supervision.exchange.identity import Identity, PublicKeys, check_profile_text, utc_timestamp
from models.supervision.exchange.packet import OpenedPacket, SentRecord

STATUSES = ("signed_off", "needs_revision")
MEETING_FORMATS = ("in_person", "video", "phone", "other")
MEETING_KINDS = ("individual", "group")
MAX_ACTION_ITEMS = 200
_REVIEW_KEYS = {"packet", "status", "meeting", "notes", "comments", "action_items", "signed_by"}
_PAYLOAD_KEYS = {"format", "version", "reply", "packet", "packet_sha256", "month", "from", "to", "created_at", "review"}


@dataclass(frozen=True)
class OpenedReply:
    """A verified reply answering a packet this database sent."""

    reply_id: str
    packet_id: str
    month: str
    sender: str  # the supervisor's fingerprint
    created_at: str
    review: dict[str, Any]
    signed: bytes  # keep: ``verify_stored_reply`` checks it again later

    @property
    def signed_off(self) -> bool:
        return self.review["status"] == "signed_off"


def check_review(
    value: Any, packet_id: str, month: str, encounter_ids: frozenset[str], signed_on: dt.date
) -> dict[str, Any]:
    """REVIEW.json checked against the packet it answers, with every key present; ``InvalidContent``
    naming the field otherwise. ``signed_on`` is the reply's date (a meeting cannot be after it)."""
    review = fields.exact_keys(value, "", {"packet", "status"}, frozenset(_REVIEW_KEYS))
    if fields.packet_id(review["packet"], "packet") != packet_id:
        raise fields.problem("packet", translate("Exchange", "is not the packet this review answers"))
    status = fields.one_of(review["status"], "status", STATUSES)
    first_day = dt.date.fromisoformat(f"{month}-01")
    meeting = _meeting(review.get("meeting"), first_day, signed_on)
    notes = fields.text(review.get("notes", ""), "notes", required=status == "needs_revision")
    comments = []
    seen: set[str] = set()
    for index, comment in enumerate(fields.items(review.get("comments", []), "comments", len(encounter_ids))):
        path = f"comments[{index}]"
        comment = fields.exact_keys(comment, path, {"encounter", "text", "discussed"})
        encounter = fields.packet_id(comment["encounter"], f"{path}.encounter")
        if encounter not in encounter_ids:
            raise fields.problem(f"{path}.encounter", translate("Exchange", "is not an encounter of this packet"))
        if encounter in seen:
            raise fields.problem(f"{path}.encounter", translate("Exchange", "appears twice"))
        seen.add(encounter)
        comments.append({
            "encounter": encounter,
            "text": fields.text(comment["text"], f"{path}.text"),
            "discussed": fields.boolean(comment["discussed"], f"{path}.discussed"),
        })  # fmt: skip
    action_items = []
    for index, item in enumerate(fields.items(review.get("action_items", []), "action_items", MAX_ACTION_ITEMS)):
        path = f"action_items[{index}]"
        item = fields.exact_keys(item, path, {"text"}, frozenset({"owner", "due"}))
        due = item.get("due")
        action_items.append({
            "text": fields.text(item["text"], f"{path}.text", required=True),
            "owner": fields.text(item.get("owner", ""), f"{path}.owner", limit=fields.SHORT_TEXT_MAX),
            "due": None if due is None else fields.date(due, f"{path}.due").isoformat(),
        })  # fmt: skip
    signed_by = _signed_by(review.get("signed_by"), required=status == "signed_off")
    if status == "signed_off" and meeting is None:
        raise fields.problem("meeting", translate("Exchange", "a sign-off records the meeting it follows"))
    return {
        "packet": packet_id,
        "status": status,
        "meeting": meeting,
        "notes": notes,
        "comments": comments,
        "action_items": action_items,
        "signed_by": signed_by,
    }


def _meeting(value: Any, first_day: dt.date, signed_on: dt.date) -> dict[str, Any] | None:
    if value is None:
        return None
    meeting = fields.exact_keys(value, "meeting", {"date", "minutes", "format", "kind"})
    on = fields.date(meeting["date"], "meeting.date")
    if on < first_day:
        raise fields.problem("meeting.date", translate("Exchange", "is before the month it reviews"))
    if on > signed_on + dt.timedelta(days=1):  # a day's grace: the reply's date is UTC, the meeting's local
        raise fields.problem("meeting.date", translate("Exchange", "is after the review was signed"))
    return {
        "date": on.isoformat(),
        "minutes": fields.integer(meeting["minutes"], "meeting.minutes", 0, 24 * 60),
        "format": fields.one_of(meeting["format"], "meeting.format", MEETING_FORMATS),
        "kind": fields.one_of(meeting["kind"], "meeting.kind", MEETING_KINDS),
    }


def _signed_by(value: Any, required: bool) -> dict[str, str] | None:
    if value is None:
        if required:
            raise fields.problem("signed_by", translate("Exchange", "a sign-off names who signs it"))
        return None
    signed_by = fields.exact_keys(value, "signed_by", {"name", "credential", "licence"})
    checked = {}
    for key in ("name", "credential", "licence"):
        try:
            checked[key] = check_profile_text(f"signed_by.{key}", signed_by[key], required=key == "name")
        except ValueError as error:
            raise InvalidContent(str(error)) from None
    return checked


def make_reply(
    identity: Identity,
    recipient: PublicKeys,
    packet: OpenedPacket,
    review: Any,
    *,
    reply_id: str | None = None,
    now: dt.datetime | None = None,
) -> tuple[bytes, bytes]:
    """(the reply file, its signed bytes): ``review`` (REVIEW.json) checked, signed and sealed to
    ``recipient``, the therapist who sent ``packet``."""
    created_at = utc_timestamp(now)
    signed_on = fields.timestamp(created_at, "created_at").date()
    checked = check_review(review, packet.packet_id, packet.month, packet.encounter_ids, signed_on)
    if recipient.fingerprint != packet.sender:
        raise WrongSender(translate("Exchange", "A reply goes back to the therapist who sent the packet"))
    payload = {
        "format": REPLY.format,
        "version": REPLY.version,
        "reply": reply_id or str(uuid.uuid4()),
        "packet": packet.packet_id,
        "packet_sha256": packet.payload_sha256,
        "month": packet.month,
        "from": identity.fingerprint,
        "to": recipient.fingerprint,
        "created_at": created_at,
        "review": checked,
    }
    return seal_signed(identity, REPLY, payload, recipient)


def open_reply(
    data: bytes,
    identity: Identity,
    find_contact: Callable[[str], PublicKeys | None],
    find_sent: Callable[[str], SentRecord | None],
    merged_before: Callable[[str, str], bool],
    month_unchanged: Callable[[SentRecord], bool],
) -> OpenedReply:
    """A reply file verified against what this database sent, or the reason it is refused.

    In order: the seal; the sender among the contacts; the signature; the address; a packet this
    database sent, with the same contents; from the supervisor it was sent to; for its month; a
    well-formed review; not merged before (``merged_before(packet_id, reply_id)``). Last, whether
    the month changed since the packet left: then ``MonthChanged`` carries the verified reply, so
    its comments can be offered without the sign-off.
    """
    unsealed = unseal(data, REPLY, identity, others=(PACKET,))
    authenticate(unsealed, REPLY, identity, find_contact)
    payload = fields.exact_keys(unsealed.payload, "", _PAYLOAD_KEYS)
    packet_id = fields.packet_id(payload["packet"], "packet")
    reply_id = fields.packet_id(payload["reply"], "reply")
    created = fields.timestamp(payload["created_at"], "created_at")
    fields.sha256(payload["packet_sha256"], "packet_sha256")
    fields.month(payload["month"], "month")
    sent = find_sent(packet_id)
    if sent is None or sent.payload_sha256 != payload["packet_sha256"]:
        raise UnknownPacket(
            translate("Exchange", "This review answers a packet that this database never sent ({month})").format(
                month=payload["month"]
            )
        )
    if payload["from"] != sent.to:
        raise WrongSender(
            translate(
                "Exchange", "This review is signed by {sender}, but the packet for {month} was sent to {recipient}"
            ).format(sender=payload["from"], month=sent.month, recipient=sent.to)
        )
    if payload["month"] != sent.month:
        raise WrongMonth(
            translate("Exchange", "This review is for {month}, but the packet it answers is for {sent}").format(
                month=payload["month"], sent=sent.month
            )
        )
    review = check_review(payload["review"], packet_id, sent.month, sent.encounter_ids, created.date())
    if review != payload["review"]:
        raise fields.problem("review", translate("Exchange", "is not in the form Caselog signs"))
    reply = OpenedReply(
        reply_id=reply_id,
        packet_id=packet_id,
        month=sent.month,
        sender=payload["from"],
        created_at=payload["created_at"],
        review=review,
        signed=unsealed.signed,
    )
    if merged_before(packet_id, reply_id):
        raise Replay(translate("Exchange", "This review of {month} was merged before").format(month=sent.month))
    if not month_unchanged(sent):
        raise MonthChanged(
            translate(
                "Exchange",
                "{month} changed after the packet left, so this review no longer reviews it: its comments can be "
                "added without the sign-off, and the month sent again",
            ).format(month=sent.month),
            reply,
        )
    return reply


def verify_stored_reply(signed: bytes, sender: PublicKeys, packet_id: str, month: str) -> dict[str, Any]:
    """A stored reply's payload, its signature checked again against ``sender`` and its packet and month
    against the record it was merged into; ``ExchangeError`` otherwise."""
    payload = verify_signed(signed, REPLY, sender)
    if payload.get("packet") != packet_id or payload.get("month") != month or payload.get("from") != sender.fingerprint:
        raise WrongMonth(
            translate("Exchange", "The stored review of {month} does not answer this month's packet").format(
                month=month
            )
        )
    return payload
