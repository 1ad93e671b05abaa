"""The audit trail: what changed and which fields, never the contents; tampering is detected."""

import datetime as dt

from models.interchange.exporting import export_json
from models.interchange.importing import import_document
from models.log.clients import create_client
from models.log.encounters import delete_encounter, encounter_dict, restore_encounter, save_encounter
from models.log.months import Month
from models.store.audit import AuditEntry, AuditHead, verify_chain
from models.store.database import db
from models.supervision.reviews import mark_ready, set_comment, sign_off
from tests.helpers import TODAY, encounter_fields
from tests.models.strategies import document, new_id


def trail():
    return [(e.action, e.record, e.fields) for e in AuditEntry.select().order_by(AuditEntry.id)]


def test_changes_are_recorded_with_fields_but_never_contents(store, tmp_path):
    create_client(code="C-AUD1", name="Casey Secretname")
    saved = save_encounter(encounter_fields("C-AUD1", what_was_said="A very private sentence."))
    save_encounter({**encounter_dict(saved.id), "risk": "high", "response": "Changed response text."})
    delete_encounter(saved.id)
    restore_encounter(saved.id)
    mark_ready(Month(2026, 10))
    set_comment(Month(2026, 10), saved.id, "", discussed=True)  # high risk: a priority encounter
    sign_off(Month(2026, 10), "Dr Sam Rivera", "HCPC", dt.date(2026, 11, 5))
    export_json(tmp_path / "out.json")
    import_document(document([encounter_fields("C-AUD1", id=new_id())], clients=[]), today=TODAY)
    actions = [a for a, _, _ in trail()]
    assert actions == [
        "client.create", "encounter.create", "encounter.edit", "encounter.delete", "encounter.restore",
        "review.ready", "review.comment", "review.sign_off", "export.json", "import.json",
    ]  # fmt: skip
    assert trail()[2] == ("encounter.edit", f"encounter:{saved.id}", "response,risk")
    everything = " ".join(" ".join(row) for row in trail())
    for secret in ("Casey Secretname", "A very private sentence.", "Changed response text.", "Dr Sam Rivera"):
        assert secret not in everything
    assert verify_chain().ok and verify_chain().entries == 10


def test_an_edited_entry_is_detected(client):
    save_encounter(encounter_fields())
    save_encounter(encounter_fields())
    second = AuditEntry.select().order_by(AuditEntry.id).offset(1).get()
    AuditEntry.update(action="encounter.delete").where(AuditEntry.id == second.id).execute()
    report = verify_chain()
    assert not report.ok and report.broken_at == second.id and "changed" in report.problem


def test_a_removed_entry_is_detected(client):
    for _ in range(3):
        save_encounter(encounter_fields())
    middle = AuditEntry.select().order_by(AuditEntry.id).offset(2).get()
    middle.delete_instance()
    report = verify_chain()
    assert not report.ok and "removed or reordered" in report.problem


def test_entries_cut_off_the_end_are_detected(client):
    for _ in range(3):
        save_encounter(encounter_fields())
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    last.delete_instance()
    report = verify_chain()
    assert not report.ok and "missing from the end" in report.problem
    assert AuditHead.get().count == 4


def test_a_refused_save_records_nothing(client):
    before = AuditEntry.select().count()
    try:
        save_encounter(encounter_fields(what_was_said=""))
    except ValueError:
        pass
    assert AuditEntry.select().count() == before
    assert db.obj is not None
