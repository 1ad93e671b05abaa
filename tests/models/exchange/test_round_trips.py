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
from models.supervision.exchange.errors import BadSignature, MonthChanged, NotAddressedHere, Replay
from models.supervision.exchange.sign_offs import sign_off_proof
from models.supervision.exchange.tables import ReceivedPacket
from models.supervision.report import month_report
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
    return [dict(e.values) for e in month_report(OCTOBER).encounters]


def review(supervisor, data: bytes, **answer) -> bytes:
    with seat(supervisor):
        packet_id = inbox.receive_packet(data).packet_id
    return reply_to(supervisor, packet_id, **answer)


def reply_to(supervisor, packet_id: str, **answer) -> bytes:
    """The supervisor's signed-off review of a packet in the inbox (``answer`` overrides REVIEW.json)."""
    with seat(supervisor):
        packet = inbox.received(packet_id)
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


def test_a_supervisor_with_several_supervisees_keeps_each_ones_months_apart(seats, tmp_path):
    therapist, supervisor, supervisor_fp = seats
    second = tmp_path / "t2.db"
    open_store(second, PASSPHRASE, create=True)
    set_profile(name="Alex Chen", credential="LPC")
    second_card = (card_bytes(), own_fingerprint())
    close_store()
    with seat(supervisor):
        supervisor_card = card_bytes()
        add_contact(read_contact_card(second_card[0]), second_card[1])
    with seat(second):
        add_contact(read_contact_card(supervisor_card), supervisor_fp)
        create_client(code="C-SEC")
        for day in ("2026-09-08", "2026-10-02"):
            save_encounter(encounter_fields("C-SEC", occurred_on=day, risk="high", for_supervision=True))
    sam_october = send(therapist, supervisor_fp)
    alex_october = send(second, supervisor_fp)
    with seat(second):
        out = []
        september = {"month": "2026-09", "carried_forward": [],
                     "encounters": [dict(e.values) for e in month_report(Month(2026, 9)).encounters]}  # fmt: skip
        outbox.send_month(Month(2026, 9), outbox.supervisor(supervisor_fp), september, "0" * 64, out.append)
        alex_september = out[0]
    with seat(supervisor):
        alex_october_id = [inbox.receive_packet(d) for d in (sam_october, alex_september, alex_october)][-1].packet_id
        september_row = ReceivedPacket.get(ReceivedPacket.month == "2026-09")
        september_row.received_at -= dt.timedelta(days=12)
        september_row.save()
        rows = [(r.supervisee, r.month, r.status, r.age_days) for r in inbox.inbox()]
        assert rows == [("Alex Chen", "2026-10", "new", 0), ("Sam Rivera", "2026-10", "new", 0),
                        ("Alex Chen", "2026-09", "new", 12)]  # fmt: skip
        assert {r.fingerprint for r in inbox.inbox()} == {second_card[1], own_fingerprint_of(therapist)}
    reply_to_alex = reply_to(supervisor, alex_october_id)
    with seat(supervisor):
        statuses = {(r.supervisee, r.month): r.status for r in inbox.inbox()}
        assert statuses == {("Alex Chen", "2026-10"): "signed_off", ("Sam Rivera", "2026-10"): "new",
                            ("Alex Chen", "2026-09"): "new"}  # fmt: skip
    with seat(therapist):  # Alex's review is sealed to Alex: Sam's database cannot merge it
        with pytest.raises(NotAddressedHere):
            outbox.merge_reply(reply_to_alex)
        assert existing_review(OCTOBER).status == ReviewStatus.READY
    with seat(second):
        assert outbox.merge_reply(reply_to_alex).status == "signed_off"
        assert existing_review(OCTOBER).status == ReviewStatus.SIGNED_OFF
        assert existing_review(Month(2026, 9)).status == ReviewStatus.READY


def own_fingerprint_of(path) -> str:
    with seat(path):
        return own_fingerprint()
