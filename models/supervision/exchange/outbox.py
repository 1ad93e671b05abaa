"""The therapist's seat (DESIGN §11): a month sent to the supervisor as a packet, and the signed
review merged back into the month's record, whole or not at all.

The sign-off a reply carries is kept as the supervisor signed it (models.supervision.exchange.sign_offs
verifies it again for the PDF and ``caselog check``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.i18n import translate
from models.log.encounters import Encounter, encounter_dicts
from models.log.fields import ENCOUNTER
from models.log.months import Month
from models.pseudonymise import pseudonymised
from models.pseudonymise.pseudonymiser import Pseudonymiser
from models.store.audit import record_audit
from models.store.database import db
from models.supervision.enums import MeetingFormat, MeetingKind
from models.supervision.exchange.canonical import canonical
from models.supervision.exchange.contacts import find_contact, own_identity, own_profile
from models.supervision.exchange.errors import ExchangeError, MonthChanged
from models.supervision.exchange.identity import Role, normalise_fingerprint, parse_timestamp
from models.supervision.exchange.packet import SentRecord, make_packet
from models.supervision.exchange.reply import OpenedReply, open_reply
from models.supervision.exchange.tables import ExchangeContact, MergedReply, SentPacket
from models.supervision.reviews import (
    ReviewStatus,
    add_action_item,
    existing_review,
    mark_ready,
    request_revision,
    set_comment,
    set_meeting,
    set_notes,
    sign_off,
)

if TYPE_CHECKING:  # the report reads this module's sign-offs; only the type goes the other way
    from models.supervision.report import MonthReport


class SendRefused(ExchangeError):
    """A month that cannot be sent now (signed off already, no such supervisor, …)."""


def month_digest(month: Month) -> str:
    """A digest of the month's live encounters as stored, every field: it changes with any edit,
    addition or deletion, so a review of an older state is recognised as such."""
    start, end = month.range()
    rows = Encounter.select().where(
        Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end)
    )
    values = sorted(encounter_dicts(rows), key=lambda v: v["id"])
    return hashlib.sha256(canonical(values)).hexdigest()


def supervisor(fingerprint: str) -> ExchangeContact:
    """The contact a month goes to, by the fingerprint as typed; ``SendRefused`` if there is none."""
    try:
        fingerprint = normalise_fingerprint(fingerprint)
    except ValueError as error:
        raise SendRefused(str(error)) from None
    contact = find_contact(fingerprint)
    if contact is None:
        raise SendRefused(
            translate("Exchange", "{fingerprint} is not among your contacts; add your supervisor's card first").format(
                fingerprint=fingerprint
            )
        )
    if contact.role != Role.SUPERVISOR.value:
        raise SendRefused(
            translate("Exchange", "{name} is a supervisee in your contacts, not a supervisor").format(name=contact.name)
        )
    return contact


def check_sendable(month: Month) -> None:
    review = existing_review(month)
    if review is not None and review.status == ReviewStatus.SIGNED_OFF:
        raise SendRefused(translate("Exchange", "{month} is signed off already; there is nothing to send").format(
            month=month))  # fmt: skip


def packet_summary(report: MonthReport, p: Pseudonymiser) -> dict[str, Any]:
    """What a packet carries of the month: the summary (DESIGN §4) as ``summary --json`` prints it
    (pseudonymised by ``p``, the same pseudonymiser ``report`` was read with, so the packet and its
    PDF say the same), without the therapist's own review; its encounters in the review's order and
    in detail (interchange shape, pseudonymised, bookkeeping left out), those the PDF prints in one
    line without their narratives; and the category labels to read them by."""
    summary = pseudonymised.summary_json(report.summary.to_json(), p)
    summary.pop("review", None)
    lines = {e["id"]: e["line"] for e in summary["encounters"]}
    encounters = []
    for encounter in report.encounters:
        values = {k: v for k, v in encounter.values.items() if k == "id" or k not in ENCOUNTER.bookkeeping}
        if not report.in_full(encounter):
            values.update({name: None for name in ENCOUNTER.narrative})
        values["line"] = lines.get(values["id"], "")
        encounters.append(values)
    summary["encounters"] = encounters
    summary["category_labels"] = dict(report.summary.category_labels)
    summary.setdefault("carried_forward", [])
    return summary


@dataclass(frozen=True)
class Sent:
    packet_id: str
    month: str
    supervisor: str
    encounters: int


def send_month(
    month: Month, to: ExchangeContact, summary: dict[str, Any], pdf_sha256: str, deliver: Callable[[bytes], None]
) -> Sent:
    """Sign and seal ``summary`` (the month pseudonymised, made by the caller with the PDF it hashes)
    for ``to``, hand the file to ``deliver`` inside the transaction that records it, and mark the
    month ready for supervision."""
    check_sendable(month)
    sent = make_packet(own_identity(), own_profile(), to.keys, str(month), summary, pdf_sha256)
    record = sent.record
    with db.atomic():
        SentPacket.create(
            packet_id=record.packet_id, month=record.month, contact=to, payload_sha256=record.payload_sha256,
            pdf_sha256=pdf_sha256, month_digest=month_digest(month),
            encounter_ids=json.dumps(sorted(record.encounter_ids)), signed=sent.signed,
        )  # fmt: skip
        review = existing_review(month)
        if review is None or review.status == ReviewStatus.OPEN:
            mark_ready(month)
        record_audit("packet.send", f"month:{month}", ["packet"])
        deliver(sent.data)
    return Sent(record.packet_id, str(month), to.name, len(record.encounter_ids))


def _sent_record(packet_id: str) -> SentRecord | None:
    row = SentPacket.get_or_none(SentPacket.packet_id == packet_id)
    if row is None:
        return None
    return SentRecord(row.packet_id, row.month, row.contact.fingerprint, row.payload_sha256, row.encounter_id_set)


def _merged_before(packet_id: str, reply_id: str) -> bool:
    return (
        MergedReply.select()
        .join(SentPacket)
        .where((MergedReply.reply_id == reply_id) | (SentPacket.packet_id == packet_id))
        .exists()
    )


def _unchanged(record: SentRecord) -> bool:
    row = SentPacket.get(SentPacket.packet_id == record.packet_id)
    return month_digest(Month.parse(record.month)) == row.month_digest


def read_reply(data: bytes) -> OpenedReply:
    """A reply file verified against what this database sent; an ``ExchangeError`` (``MonthChanged``
    carrying the genuine reply) says why it cannot be merged as it is."""
    return open_reply(data, own_identity(), _contact_keys, _sent_record, _merged_before, _unchanged)


def _contact_keys(fingerprint: str):
    contact = find_contact(fingerprint)
    return contact.keys if contact is not None else None


@dataclass(frozen=True)
class Merged:
    month: str
    status: str  # signed_off, needs_revision, or comments (the month had changed)
    supervisor: str


def merge_reply(
    data: bytes, as_comments: bool = False, apply: Callable[[OpenedReply, bool], None] | None = None
) -> Merged:
    """Verify a reply and merge it in one transaction, or refuse it whole (``ExchangeError``).

    ``apply(reply, comments_only)`` writes the review into the month's record (reviews, action items,
    meeting, sign-off); with ``as_comments`` a reply whose month changed since the packet left is
    merged as comments without the sign-off."""
    comments_only = False
    try:
        reply = read_reply(data)
    except MonthChanged as changed:
        if not as_comments:
            raise
        reply, comments_only = changed.reply, True
    sent = SentPacket.get(SentPacket.packet_id == reply.packet_id)
    with db.atomic():
        (apply or apply_review)(reply, comments_only)
        MergedReply.create(
            reply_id=reply.reply_id, packet=sent, contact=sent.contact, month=reply.month, signed=reply.signed,
            signed_off=reply.signed_off and not comments_only, comments_only=comments_only,
        )  # fmt: skip
        record_audit("packet.merge", f"month:{reply.month}", ["comments"] if comments_only else ["review"])
    status = "comments" if comments_only else reply.review["status"]
    return Merged(reply.month, status, sent.contact.name)


def apply_review(reply: OpenedReply, comments_only: bool) -> None:
    """Write a verified reply into the month's record: comments and discussed marks, notes, action
    items and the meeting; then the sign-off or the request for revision, unless ``comments_only``
    (the month changed since the packet left: its sign-off no longer applies)."""
    month = Month.parse(reply.month)
    review = reply.review
    live = {str(e) for (e,) in Encounter.select(Encounter.id).where(Encounter.deleted_at.is_null()).tuples()}
    for comment in review["comments"]:
        if comment["encounter"] in live:  # an encounter deleted since the packet left keeps no comment
            set_comment(month, uuid.UUID(comment["encounter"]), comment["text"], comment["discussed"])
    if review["notes"] and (comments_only or review["status"] == "signed_off"):
        set_notes(month, review["notes"])  # (a request for revision carries its notes as its comment, below)
    for item in review["action_items"]:
        due = dt.date.fromisoformat(item["due"]) if item["due"] else None
        add_action_item(month, item["text"], item["owner"], due)
    meeting = review["meeting"]
    if meeting is not None:
        on = dt.date.fromisoformat(meeting["date"])
        set_meeting(month, on, meeting["minutes"], MeetingFormat(meeting["format"]), MeetingKind(meeting["kind"]))
    if comments_only:
        return
    current = existing_review(month)
    if current is None or current.status == ReviewStatus.OPEN:
        mark_ready(month)
    if review["status"] == "signed_off":
        signer = review["signed_by"]
        signed_on = parse_timestamp(reply.created_at).astimezone().date()
        sign_off(month, signer["name"], signer["credential"] or "—", signed_on, licence=signer["licence"] or "")
    else:
        request_revision(month, review["notes"])
