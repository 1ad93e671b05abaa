"""A client's standing record (DESIGN §3): what was agreed with the client and what is known to
overlap, beside the code and name.

All of it is optional, kept in the encrypted database and identifying unless said otherwise:
status (active, or former with the date therapy ended); the acknowledgement agreement (when it was
agreed and its terms, "a nod only; the client leads"); the contact agreement ("texts for
scheduling only"); standing overlaps (Zur: community, work, family and friends, online, other),
each with a description, the plan agreed and a review date; and keep-out words (relatives' and
friends' names, workplaces, places) that pseudonymised output never shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import DateField, ForeignKeyField, IntegerField, TextField
from playhouse.fields import EnumField

from models import clock
from models.i18n import translate
from models.log.clients import Client
from models.log.enums import ClientStatus, OverlapKind
from models.store.audit import record_audit
from models.store.database import BaseModel, db

TEXT_MAX_LENGTH = 20_000
KEEP_OUT_MAX_LENGTH = 200


class StandingOverlap(BaseModel):
    client = ForeignKeyField(Client, backref="overlaps", on_delete="CASCADE")
    kind = EnumField(OverlapKind)
    description = TextField()
    plan = TextField(default="")
    review_on = DateField(null=True)
    position = IntegerField(default=0)


class KeepOutWord(BaseModel):
    client = ForeignKeyField(Client, backref="keep_out_words", on_delete="CASCADE")
    word = TextField()
    position = IntegerField(default=0)


@dataclass(frozen=True)
class AcknowledgementAgreement:
    """What was agreed in therapy beforehand about acknowledging each other in public."""

    agreed_on: dt.date | None  # required to save; None only while the therapist is still filling it in
    terms: str


@dataclass(frozen=True)
class Overlap:
    """A standing overlap: where the two lives meet, what was agreed, and when to look again."""

    kind: OverlapKind
    description: str
    plan: str = ""
    review_on: dt.date | None = None

    def overdue(self, today: dt.date) -> bool:
        """Whether its review date has passed."""
        return self.review_on is not None and self.review_on < today


@dataclass(frozen=True)
class StandingRecord:
    status: ClientStatus = ClientStatus.ACTIVE
    ended_on: dt.date | None = None
    acknowledgement_agreement: AcknowledgementAgreement | None = None
    contact_agreement: str | None = None
    overlaps: tuple[Overlap, ...] = ()
    keep_out: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return self == StandingRecord()


class StandingRecordError(ValueError):
    """A standing record that cannot be saved; ``problems`` name each field and what is wrong."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def standing_record(client_id: int) -> StandingRecord:
    """The standing record of one client."""
    return standing_records([client_id]).get(client_id, StandingRecord())


def standing_records(client_ids: list[int] | None = None) -> dict[int, StandingRecord]:
    """The standing records of the given clients (all clients when None), by client id, in three
    queries of plain rows (every export reads them all)."""
    clients = Client.select(
        Client.id, Client.status, Client.ended_on, Client.acknowledgement_agreed_on, Client.acknowledgement_terms,
        Client.contact_agreement,
    )  # fmt: skip
    overlaps = StandingOverlap.select(
        StandingOverlap.client, StandingOverlap.kind, StandingOverlap.description, StandingOverlap.plan,
        StandingOverlap.review_on,
    ).order_by(StandingOverlap.client, StandingOverlap.position)  # fmt: skip
    words = KeepOutWord.select(KeepOutWord.client, KeepOutWord.word).order_by(KeepOutWord.client, KeepOutWord.position)
    if client_ids is not None:
        clients = clients.where(Client.id.in_(client_ids))
        overlaps = overlaps.where(StandingOverlap.client.in_(client_ids))
        words = words.where(KeepOutWord.client.in_(client_ids))
    by_client: dict[int, list[Overlap]] = {}
    for client_id, kind, description, plan, review_on in overlaps.tuples():
        by_client.setdefault(client_id, []).append(Overlap(OverlapKind(kind), description, plan, review_on))
    keep_out: dict[int, list[str]] = {}
    for client_id, word in words.tuples():
        keep_out.setdefault(client_id, []).append(word)
    return {
        client_id: StandingRecord(
            status=ClientStatus(status),
            ended_on=ended_on,
            acknowledgement_agreement=(
                AcknowledgementAgreement(agreed_on, terms or "") if agreed_on is not None or terms else None
            ),
            contact_agreement=contact,
            overlaps=tuple(by_client.get(client_id, ())),
            keep_out=tuple(keep_out.get(client_id, ())),
        )
        for client_id, status, ended_on, agreed_on, terms, contact in clients.tuples()
    }


def problems(record: StandingRecord, today: dt.date | None = None) -> list[str]:
    """What is wrong with ``record``, each naming its field, in the user's language; empty if nothing."""
    today = today or clock.today()
    found = []

    def text_too_long(name: str, value: str | None, limit: int = TEXT_MAX_LENGTH) -> None:
        if value is not None and len(value) > limit:
            found.append(translate("Models", "{field}: longer than {limit} characters").format(field=name, limit=limit))

    if record.status == ClientStatus.ACTIVE and record.ended_on is not None:
        found.append(translate("Models", "ended on: only a former client has an end of therapy"))
    if record.ended_on is not None and record.ended_on > today:
        found.append(translate("Models", "ended on: {date} is in the future").format(date=record.ended_on.isoformat()))
    if record.acknowledgement_agreement is not None:
        text_too_long(translate("Models", "acknowledgement agreement"), record.acknowledgement_agreement.terms)
        agreed_on = record.acknowledgement_agreement.agreed_on
        if agreed_on is None:
            found.append(translate("Models", "acknowledgement agreement, agreed on: is required"))
        elif agreed_on > today:
            found.append(translate("Models", "agreed on: {date} is in the future").format(date=agreed_on.isoformat()))
    text_too_long(translate("Models", "contact agreement"), record.contact_agreement)
    for number, overlap in enumerate(record.overlaps, start=1):
        if not overlap.description.strip():
            found.append(translate("Models", "overlap {number}, description: is required").format(number=number))
        text_too_long(translate("Models", "overlap {number}, description").format(number=number), overlap.description)
        text_too_long(translate("Models", "overlap {number}, plan").format(number=number), overlap.plan)
    for word in record.keep_out:
        if not word.strip():
            found.append(translate("Models", "keep-out words: an empty word"))
        text_too_long(translate("Models", "keep-out word"), word, KEEP_OUT_MAX_LENGTH)
    return found


def save_standing_record(client_id: int, record: StandingRecord, today: dt.date | None = None) -> StandingRecord:
    """Replace the client's standing record with ``record`` in one transaction; the audit trail notes
    which parts changed, never what they say. Raises StandingRecordError naming each problem."""
    record = tidied(record)
    found = problems(record, today)
    if found:
        raise StandingRecordError(found)
    before = standing_record(client_id)
    changed = _changed_parts(before, record)
    if not changed:
        return record
    with db.atomic():
        _write(client_id, record)
        code = Client.get_by_id(client_id).code
        record_audit("client.edit", f"client:{code}", changed)
    return record


def write_standing_records(records: dict[int, StandingRecord]) -> None:
    """Write already validated records (an import, inside its transaction and audit entry)."""
    for client_id, record in records.items():
        _write(client_id, tidied(record))


def _write(client_id: int, record: StandingRecord) -> None:
    agreement = record.acknowledgement_agreement
    Client.update(
        status=record.status,
        ended_on=record.ended_on,
        acknowledgement_agreed_on=agreement.agreed_on if agreement else None,
        acknowledgement_terms=agreement.terms if agreement else None,
        contact_agreement=record.contact_agreement,
    ).where(Client.id == client_id).execute()
    StandingOverlap.delete().where(StandingOverlap.client == client_id).execute()
    KeepOutWord.delete().where(KeepOutWord.client == client_id).execute()
    if record.overlaps:
        StandingOverlap.insert_many(
            [(client_id, o.kind, o.description, o.plan, o.review_on, i) for i, o in enumerate(record.overlaps)],
            fields=[
                StandingOverlap.client,
                StandingOverlap.kind,
                StandingOverlap.description,
                StandingOverlap.plan,
                StandingOverlap.review_on,
                StandingOverlap.position,
            ],  # fmt: skip
        ).execute()
    if record.keep_out:
        KeepOutWord.insert_many(
            [(client_id, w, i) for i, w in enumerate(record.keep_out)],
            fields=[KeepOutWord.client, KeepOutWord.word, KeepOutWord.position],
        ).execute()


def add_keep_out_word(client_id: int, word: str) -> StandingRecord:
    """Add one keep-out word to a client ("keep out from now on" before an export); a word already
    there (in any case) is not added twice."""
    record = standing_record(client_id)
    word = " ".join(word.split())
    if any(w.casefold() == word.casefold() for w in record.keep_out):
        return record
    return save_standing_record(client_id, StandingRecord(**{**record.__dict__, "keep_out": (*record.keep_out, word)}))


def tidied(record: StandingRecord) -> StandingRecord:
    """The record as it is saved: text trimmed, empty parts left out, keep-out words once each."""
    agreement = record.acknowledgement_agreement
    if agreement is not None and agreement.agreed_on is None and not agreement.terms.strip():
        agreement = None
    elif agreement is not None:
        agreement = AcknowledgementAgreement(agreement.agreed_on, agreement.terms.strip())
    words = []
    for word in record.keep_out:
        word = " ".join(word.split())
        if word and not any(w.casefold() == word.casefold() for w in words):
            words.append(word)
    return StandingRecord(
        status=ClientStatus(record.status),
        ended_on=record.ended_on,
        acknowledgement_agreement=agreement,
        contact_agreement=(record.contact_agreement or "").strip() or None,
        overlaps=tuple(
            Overlap(OverlapKind(o.kind), o.description.strip(), o.plan.strip(), o.review_on) for o in record.overlaps
        ),  # fmt: skip
        keep_out=tuple(words),
    )


def _changed_parts(before: StandingRecord, after: StandingRecord) -> list[str]:
    parts = ("status", "ended_on", "acknowledgement_agreement", "contact_agreement", "overlaps", "keep_out")
    return [part for part in parts if getattr(before, part) != getattr(after, part)]


# ---------------------------------------------------------------- interchange (DESIGN §7)


def record_json(record: StandingRecord) -> dict[str, Any]:
    """The optional keys of a client in the interchange format, identified (names and all)."""
    agreement = record.acknowledgement_agreement
    return {
        "status": str(record.status),
        "ended_on": record.ended_on.isoformat() if record.ended_on else None,
        "acknowledgement_agreement": (
            {"agreed_on": agreement.agreed_on.isoformat() if agreement.agreed_on else None, "terms": agreement.terms}
            if agreement
            else None
        ),
        "contact_agreement": record.contact_agreement,
        "overlaps": [
            {
                "kind": str(o.kind),
                "description": o.description,
                "plan": o.plan,
                "review_on": o.review_on.isoformat() if o.review_on else None,
            }
            for o in record.overlaps
        ],  # fmt: skip
        "keep_out": list(record.keep_out),
    }
