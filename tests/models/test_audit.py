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
        "audit.anchor", "client.create", "encounter.create", "encounter.edit", "encounter.delete", "encounter.restore",
        "review.ready", "review.comment", "review.sign_off", "export.json", "import.json",
    ]  # fmt: skip
    assert trail()[3] == ("encounter.edit", f"encounter:{saved.id}", "response,risk")
    everything = " ".join(" ".join(row) for row in trail())
    for secret in ("Casey Secretname", "A very private sentence.", "Changed response text.", "Dr Sam Rivera"):
        assert secret not in everything
    assert verify_chain().ok and verify_chain().entries == 11


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
    assert AuditHead.get().count == 5  # the anchor, the client and three encounters


def test_a_refused_save_records_nothing(client):
    before = AuditEntry.select().count()
    try:
        save_encounter(encounter_fields(what_was_said=""))
    except ValueError:
        pass
    assert AuditEntry.select().count() == before
    assert db.obj is not None


# ---------------------------------------------------------------- the anchor (#12)


def test_removing_the_whole_trail_is_detected(client):
    save_encounter(encounter_fields())
    AuditEntry.delete().execute()
    AuditHead.delete().execute()
    report = verify_chain()
    assert not report.ok and "anchor" in report.problem


def test_cutting_the_end_and_rewriting_the_head_to_match_is_detected(client):
    for _ in range(4):
        save_encounter(encounter_fields())
    kept = list(AuditEntry.select().order_by(AuditEntry.id))[:-2]
    AuditEntry.delete().where(AuditEntry.id > kept[-1].id).execute()
    AuditHead.update(count=len(kept), hash=kept[-1].hash).execute()
    report = verify_chain()
    assert not report.ok and "seal" in report.problem


def test_an_encounter_removed_outside_caselog_is_detected(client):
    saved = save_encounter(encounter_fields())
    save_encounter(encounter_fields())
    db.obj.execute_sql("DELETE FROM encounter_category WHERE encounter_id = ?", (saved.id.hex,))
    db.obj.execute_sql("DELETE FROM follow_up WHERE encounter_id = ?", (saved.id.hex,))
    db.obj.execute_sql("DELETE FROM encounter WHERE id = ?", (saved.id.hex,))
    report = verify_chain()
    assert not report.ok and "removed outside Caselog" in report.problem and saved.id.hex in report.problem


def test_an_encounter_removed_with_its_record_is_detected(client):
    saved = save_encounter(encounter_fields())
    db.obj.execute_sql("DELETE FROM encounter_ledger WHERE encounter = ?", (saved.id.hex,))
    db.obj.execute_sql("DELETE FROM encounter_category WHERE encounter_id = ?", (saved.id.hex,))
    db.obj.execute_sql("DELETE FROM follow_up WHERE encounter_id = ?", (saved.id.hex,))
    db.obj.execute_sql("DELETE FROM encounter WHERE id = ?", (saved.id.hex,))
    report = verify_chain()
    assert not report.ok and "record of encounter ids" in report.problem


def test_an_encounter_added_outside_caselog_is_detected(client):
    saved = save_encounter(encounter_fields())
    columns = [row[1] for row in db.obj.execute_sql("PRAGMA table_info(encounter)").fetchall()]
    copied = ", ".join(f'"{c}"' for c in columns if c != "id")
    db.obj.execute_sql(
        f"INSERT INTO encounter (id, {copied}) SELECT ?, {copied} FROM encounter WHERE id = ?",
        (new_id().replace("-", ""), saved.id.hex),
    )
    report = verify_chain()
    assert not report.ok and "added outside Caselog" in report.problem


def test_what_caselog_itself_does_keeps_the_trail_whole(store, tmp_path):
    from models.log.encounters import empty_trash
    from models.opening import change_store_passphrase, close_store, open_store
    from tests.conftest import PASSPHRASE

    create_client(code="C-AUD2")
    kept = save_encounter(encounter_fields("C-AUD2"))
    gone = save_encounter(encounter_fields("C-AUD2"))
    delete_encounter(gone.id)
    assert empty_trash() == 1
    import_document(document([encounter_fields("C-AUD2", id=new_id()) for _ in range(3)], clients=[]), today=TODAY)
    assert verify_chain().ok, verify_chain().problem
    change_store_passphrase(PASSPHRASE, "a new and longer passphrase")
    assert verify_chain().ok, verify_chain().problem
    path = db.obj.path
    close_store()
    open_store(path, "a new and longer passphrase")
    report = verify_chain()
    assert report.ok and report.entries >= 8, report.problem
    assert encounter_dict(kept.id) is not None


def test_a_crash_part_way_through_a_passphrase_change_keeps_the_seal_checkable(store, client):
    from models.opening import close_store, open_store
    from models.store.audit import finish_new_passphrase, prepare_new_passphrase
    from tests.conftest import PASSPHRASE

    save_encounter(encounter_fields())
    new = "a new and longer passphrase"
    path = db.obj.path
    with db.atomic():
        prepare_new_passphrase(new)  # then the process dies before the rekey
    close_store()
    open_store(path, PASSPHRASE)
    assert verify_chain().ok, verify_chain().problem
    db.obj.rekey(new)  # this time it dies after the rekey, before the new wrapping replaced the old
    close_store()
    open_store(path, new)
    assert verify_chain().ok, verify_chain().problem
    with db.atomic():
        finish_new_passphrase()
    assert verify_chain().ok
