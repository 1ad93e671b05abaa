"""The two seats in models/, without a window or a subprocess: a supervisor asks for revision, the
therapist revises and sends again, the second packet is signed off; the first reply cannot sign
off the revised month; a stored packet changed in the inbox is refused when it is read again."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

import pytest

from models.log.clients import create_client
from models.log.encounters import save_encounter
from models.log.months import Month
from models.opening import close_store, open_store
from models.store.database import db
from models.supervision.enums import ReviewStatus
from models.supervision.exchange import inbox, outbox
from models.supervision.exchange.contacts import (
    add_contact,
    card_bytes,
    own_fingerprint,
    read_contact_card,
    set_profile,
)
from models.supervision.exchange.errors import BadSignature, MonthChanged, Replay
from models.supervision.exchange.sign_offs import sign_off_proof
from models.supervision.exchange.tables import ReceivedPacket
from models.supervision.reviews import existing_review
from tests.helpers import PASSPHRASE, encounter_fields

OCTOBER = Month(2026, 10)


@contextmanager
def seat(path):
    open_store(path, PASSPHRASE)
    try:
        yield
    finally:
        close_store()


@pytest.fixture
def seats(tmp_path):
    therapist, supervisor = tmp_path / "t.db", tmp_path / "s.db"
    cards = {}
    for path, profile in (
        (therapist, {"name": "Sam Rivera"}),
        (supervisor, {"name": "Dr. Keller", "role": "supervisor"}),
    ):
        open_store(path, PASSPHRASE, create=True)
        set_profile(**profile)
        cards[path] = (card_bytes(), own_fingerprint())
        close_store()
    for one, other in ((therapist, supervisor), (supervisor, therapist)):
        with seat(one):
            add_contact(read_contact_card(cards[other][0]), cards[other][1])
    with seat(therapist):
        create_client(code="C-RND")
        save_encounter(encounter_fields("C-RND", occurred_on="2026-10-12", risk="high", for_supervision=True))
    return therapist, supervisor, cards[supervisor][1]


def send(therapist, supervisor_fp) -> bytes:
    with seat(therapist):
        out = []
        summary = {"month": str(OCTOBER), "encounters": _encounters(), "carried_forward": []}
        outbox.send_month(OCTOBER, outbox.supervisor(supervisor_fp), summary, "0" * 64, deliver=out.append)
        return out[0]


def _encounters():
    from models.supervision.report import month_report

    return [dict(e.values) for e in month_report(OCTOBER).encounters]


def review(supervisor, data: bytes, **answer) -> bytes:
    with seat(supervisor):
        packet = inbox.receive_packet(data)
        encounters = [e["id"] for e in inbox.opened(packet).summary["encounters"]]
        body = {
            "packet": packet.packet_id,
            "status": "signed_off",
            "meeting": {"date": "2026-11-04", "minutes": 45, "format": "phone", "kind": "group"},
            "comments": [{"encounter": e, "text": "Discussed.", "discussed": True} for e in encounters],
            "signed_by": {"name": "Dr. Keller", "credential": "PsyD", "licence": ""},
        } | answer
        out = []
        inbox.reply(packet, body, deliver=out.append)
        return out[0]


def test_needs_revision_then_a_second_packet_signed_off(seats):
    therapist, supervisor, supervisor_fp = seats
    first = review(supervisor, send(therapist, supervisor_fp), status="needs_revision", signed_by=None,
                   notes="Add the rationale for the 12th.")  # fmt: skip
    with seat(therapist):
        merged = outbox.merge_reply(first)
        assert merged.status == "needs_revision"
        month = existing_review(OCTOBER)
        assert month.status == ReviewStatus.OPEN and month.revision_comment == "Add the rationale for the 12th."
        save_encounter(encounter_fields("C-RND", occurred_on="2026-10-12", risk="high", for_supervision=True,
                                        rationale="Planned: the client's graduation."))  # fmt: skip
    second = review(supervisor, send(therapist, supervisor_fp))
    with seat(therapist):
        assert outbox.merge_reply(second).status == "signed_off"
        month = existing_review(OCTOBER)
        assert month.status == ReviewStatus.SIGNED_OFF and month.meeting_minutes == 45
        assert sign_off_proof(OCTOBER).verified
        with pytest.raises(Replay):
            outbox.merge_reply(first)


def test_an_old_reply_cannot_sign_off_a_month_that_changed(seats):
    therapist, supervisor, supervisor_fp = seats
    reply = review(supervisor, send(therapist, supervisor_fp))
    with seat(therapist):
        save_encounter(encounter_fields("C-RND", occurred_on="2026-10-30"))
        with pytest.raises(MonthChanged):
            outbox.merge_reply(reply)
        assert existing_review(OCTOBER).status == ReviewStatus.READY


def test_a_packet_changed_inside_the_inbox_is_refused_when_read_again(seats):
    therapist, supervisor, supervisor_fp = seats
    data = send(therapist, supervisor_fp)
    with seat(supervisor):
        packet = inbox.receive_packet(data)
        signed = bytearray(packet.signed)
        signed[-5] ^= 1
        ReceivedPacket.update(signed=bytes(signed)).where(ReceivedPacket.id == packet.id).execute()
        with pytest.raises(BadSignature):
            inbox.opened(inbox.received(packet.packet_id))
        assert db.obj is not None


def test_the_inbox_lists_supervisee_month_status_and_age(seats):
    therapist, supervisor, supervisor_fp = seats
    data = send(therapist, supervisor_fp)
    with seat(supervisor):
        inbox.receive_packet(data)
        [row] = inbox.inbox()
        assert (row.supervisee, row.month, row.status, row.age_days) == ("Sam Rivera", "2026-10", "new", 0)
        assert row.received_at <= dt.datetime.now()
