"""Sign-offs that came by packet, verified again whenever they are shown or checked: the PDF prints
"signature verified" only when the supervisor's stored signed reply still verifies against their
pinned key and still matches the month's record; ``caselog check`` names any that does not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.i18n import translate
from models.log.months import Month
from models.supervision.enums import ReviewStatus
from models.supervision.exchange.errors import ExchangeError
from models.supervision.exchange.identity import parse_timestamp
from models.supervision.exchange.reply import verify_stored_reply
from models.supervision.exchange.tables import MergedReply
from models.supervision.reviews import existing_review


@dataclass(frozen=True)
class SignOffProof:
    """A merged sign-off, verified again: what the PDF prints under the supervisor's signature."""

    month: str
    name: str
    credential: str
    licence: str
    fingerprint: str
    signed_at: dt.datetime
    verified: bool
    problem: str = ""


def _proof(merged: MergedReply) -> SignOffProof:
    contact = merged.contact
    try:
        payload = verify_stored_reply(bytes(merged.signed), contact.keys, merged.packet.packet_id, merged.month)
        problem = ""
    except ExchangeError as error:
        payload, problem = None, error.reason
    if payload is not None:
        signed_by = payload["review"].get("signed_by") or {}
        review = existing_review(Month.parse(merged.month))
        if review is None or review.status != ReviewStatus.SIGNED_OFF or review.supervisor != signed_by.get("name"):
            problem = translate("Exchange", "the month's sign-off no longer matches the supervisor's signed reply")
        signed_at = parse_timestamp(payload["created_at"]).astimezone().replace(tzinfo=None)
    else:
        signed_by, signed_at = {}, merged.merged_at
    return SignOffProof(
        month=merged.month, name=signed_by.get("name", contact.name), credential=signed_by.get("credential", ""),
        licence=signed_by.get("licence", ""), fingerprint=contact.fingerprint, signed_at=signed_at,
        verified=not problem, problem=problem,
    )  # fmt: skip


def sign_off_proof(month: Month) -> SignOffProof | None:
    """The month's signed sign-off, verified again now; None when it was not signed off by packet."""
    merged = (
        MergedReply.select()
        .where((MergedReply.month == str(month)) & MergedReply.signed_off)
        .order_by(MergedReply.merged_at.desc())
        .first()
    )
    return _proof(merged) if merged is not None else None


def check_sign_offs() -> list[SignOffProof]:
    """Every stored sign-off verified again, oldest first (``caselog check``)."""
    query = MergedReply.select().where(MergedReply.signed_off).order_by(MergedReply.month, MergedReply.merged_at)
    return [_proof(merged) for merged in query]
