"""A client's standing record (DESIGN §3, §7): saved whole or refused with each problem named,
audited without its contents, carried in interchange with the optional keys of §7."""

import datetime as dt
import json

import pytest

from models.interchange.importing import import_document
from models.log.clients import Client, create_client
from models.log.enums import ClientStatus, OverlapKind
from models.log.standing_record import (
    AcknowledgementAgreement,
    Overlap,
    StandingRecord,
    StandingRecordError,
    add_keep_out_word,
    save_standing_record,
    standing_record,
)
from models.store.audit import AuditEntry
from models.values import ValidationError
from tests.helpers import TODAY

RECORD = StandingRecord(
    status=ClientStatus.FORMER,
    ended_on=dt.date(2026, 9, 30),
    acknowledgement_agreement=AcknowledgementAgreement(dt.date(2026, 3, 2), "A nod only; the client leads."),
    contact_agreement="Texts for scheduling only.",
    overlaps=(
        Overlap(
            OverlapKind.COMMUNITY,
            "Same choir as her sister Ilse",
            "Sit apart; no talk of therapy",
            dt.date(2026, 12, 1),
        ),
        Overlap(OverlapKind.ONLINE, "Mutual follower on Instagram"),
    ),
    keep_out=("Ilse", "Rosewood Choir"),
)


def test_a_new_client_has_an_empty_record(store):
    client = create_client(name="Maria Schmidt")
    assert standing_record(client.id) == StandingRecord()
    assert standing_record(client.id).empty


def test_saved_and_read_back_whole(store):
    client = create_client()
    save_standing_record(client.id, RECORD, today=TODAY)
    assert standing_record(client.id) == RECORD


def test_the_audit_trail_names_parts_never_contents(store):
    client = create_client()
    save_standing_record(client.id, RECORD, today=TODAY)
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert entry.action == "client.edit"
    assert "overlaps" in entry.fields and "keep_out" in entry.fields
    assert "Ilse" not in json.dumps([entry.fields, entry.record])


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        (StandingRecord(ended_on=dt.date(2026, 9, 30)), "ended on: only a former client has an end of therapy"),
        (StandingRecord(ClientStatus.FORMER, dt.date(2027, 1, 1)), "ended on: 2027-01-01 is in the future"),
        (StandingRecord(acknowledgement_agreement=AcknowledgementAgreement(None, "a nod")),
         "acknowledgement agreement, agreed on: is required"),
        (StandingRecord(overlaps=(Overlap(OverlapKind.WORK, "  "),)), "overlap 1, description: is required"),
        (StandingRecord(keep_out=("x" * 201,)), "keep-out word: longer than 200 characters"),
    ],
)  # fmt: skip
def test_a_bad_record_is_refused_naming_the_field(store, record, problem):
    client = create_client()
    with pytest.raises(StandingRecordError) as refused:
        save_standing_record(client.id, record, today=TODAY)
    assert problem in refused.value.problems
    assert standing_record(client.id).empty


def test_keep_out_from_now_on_adds_a_word_once(store):
    client = create_client()
    add_keep_out_word(client.id, "Bob")
    add_keep_out_word(client.id, " bob ")
    assert standing_record(client.id).keep_out == ("Bob",)


def _document(clients):
    return {"format": "caselog", "version": 1, "exported_at": "2026-11-01T10:00:00", "identified": True,
            "clients": clients, "tags": [], "encounters": [], "reviews": []}  # fmt: skip


def test_a_version_1_file_without_the_record_still_imports(store):
    import_document(_document([{"code": "C-OLD1", "name": None}]), today=TODAY)
    assert standing_record(Client.get(Client.code == "C-OLD1").id).empty


def test_the_record_is_imported_with_a_new_client(store):
    client = {
        "code": "C-NEW1", "name": "Maria", "status": "former", "ended_on": "2026-09-30",
        "acknowledgement_agreement": {"agreed_on": "2026-03-02", "terms": "A nod only; the client leads."},
        "contact_agreement": "Texts for scheduling only.",
        "overlaps": [
            {"kind": "community", "description": "Same choir as her sister Ilse",
             "plan": "Sit apart; no talk of therapy", "review_on": "2026-12-01"},
            {"kind": "online", "description": "Mutual follower on Instagram", "plan": "", "review_on": None},
        ],
        "keep_out": ["Ilse", "Rosewood Choir"],
    }  # fmt: skip
    import_document(_document([client]), today=TODAY)
    assert standing_record(Client.get(Client.code == "C-NEW1").id) == RECORD


@pytest.mark.parametrize(
    ("extra", "path"),
    [
        ({"status": "retired"}, "clients[0].status: 'retired' is not one of active, former"),
        ({"overlaps": [{"kind": "church", "description": "x"}]}, "clients[0].overlaps[0].kind"),
        ({"overlaps": [{"kind": "work"}]}, "clients[0].overlaps[0].description: is required"),
        ({"acknowledgement_agreement": {"terms": "a nod"}}, "clients[0].acknowledgement_agreement.agreed_on"),
        ({"keep_out": ["Bob", 3]}, "clients[0].keep_out[1]"),
        ({"ended_on": "30.9.2026"}, "clients[0].ended_on"),
        ({"favourite_colour": "blue"}, "clients[0].favourite_colour: is not a field here"),
    ],
)
def test_a_bad_record_in_a_file_is_named_by_its_path(store, extra, path):
    with pytest.raises(ValidationError) as refused:
        import_document(_document([{"code": "C-BAD1", "name": None, **extra}]), today=TODAY)
    assert any(str(p).startswith(path) for p in refused.value.problems), refused.value.problems
    assert not Client.select().where(Client.code == "C-BAD1").exists()
