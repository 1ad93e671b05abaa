"""The pseudonymised PDF (DESIGN §9), read back with pdftotext: no stored name, keep-out word or
location, in English and German; priority encounters in full and the rest in one line; reflections
only of the encounters chosen; and `export pdf --check` lists a name nobody told Caselog about."""

import datetime as dt
import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.report.pdf_export import export_month_pdf
from models.log.clients import create_client
from models.log.encounters import save_encounter
from models.log.months import Month
from models.log.standing_record import StandingRecord, save_standing_record
from models.store.database import db
from models.supervision.reviews import add_action_item, set_comment, set_notes
from tests.helpers import PASSPHRASE, TODAY, encounter_fields, pdftotext
from tests.models.strategies import REAL_NAMES, narratives_with_name, survivors

OCTOBER = Month(2026, 10)


def _fresh():
    """An empty month for the next example (the fixture's database lives across them)."""
    for table in ("review_comment", "action_item", "month_review", "encounter_category", "follow_up", "encounter",
                  "keep_out_word", "standing_overlap", "client"):  # fmt: skip
        db.execute_sql(f"DELETE FROM {table}")


def _month(name, narrative, keep_out=("Irmgard",)):
    _fresh()
    client = create_client(name=name)
    save_standing_record(client.id, StandingRecord(keep_out=keep_out), today=TODAY)
    priority = save_encounter(
        encounter_fields(client.code, occurred_on="2026-10-03", risk="high", location="Rosewood Café",
                         what_was_said=f"{narrative} and Irmgard at the Rosewood", reflection=f"Pull to rescue {name}")
    )  # fmt: skip
    quiet = save_encounter(
        encounter_fields(client.code, occurred_on="2026-10-20", what_was_said=f"Quiet nod from {name} at the bakery",
                         reflection="A second private thought")
    )  # fmt: skip
    set_comment(OCTOBER, priority.id, f"Ask about {name}'s sister", discussed=True)
    set_notes(OCTOBER, f"{name} came up twice.")
    add_action_item(OCTOBER, f"Agree a protocol with {name}", "Therapist", dt.date(2026, 12, 1))
    return client, priority, quiet


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(case=narratives_with_name(st.sampled_from(REAL_NAMES)))
def test_no_stored_name_reaches_the_pdf(qapp, store, tmp_path, case):
    name, narrative = case
    client, priority, _ = _month(name, narrative)
    path = tmp_path / "month.pdf"
    path.unlink(missing_ok=True)
    export_month_pdf(OCTOBER, path, full_detail=True, reflections=[str(priority.id)])
    text = pdftotext(path)
    assert survivors(text, name) == [], name
    assert "Irmgard" not in text and "Rosewood" not in text
    assert client.code in text and "Pull to rescue" in text  # the chosen reflection, pseudonymised


def test_priority_encounters_in_full_and_the_rest_in_one_line(qapp, store, tmp_path):
    client, _, _ = _month("Maria Schmidt", "Maria waved")
    path = tmp_path / "month.pdf"
    export_month_pdf(OCTOBER, path)
    flat = " ".join(pdftotext(path).split())
    assert f"{client.code} waved and [person] at the [place]" in flat  # the priority encounter, in full
    assert "Quiet nod from" not in flat  # the other in one line
    assert f"2026-10-20 {client.code} · In person · risk Low" in flat
    assert "Pull to rescue" not in flat and "A second private thought" not in flat  # no reflection chosen
    full = tmp_path / "full.pdf"
    export_month_pdf(OCTOBER, full, full_detail=True)
    assert f"Quiet nod from {client.code} at the bakery" in " ".join(pdftotext(full).split())


def test_an_encounter_printed_in_one_line_carries_no_narrative(store):
    """The minimum necessary: what the PDF prints in one line leaves its narratives behind (nor is
    it passed through the pseudonymiser); full detail carries them."""
    from models.supervision.report import month_report

    client, priority, quiet = _month("Maria Schmidt", "Maria waved")
    report = {e.values["id"]: e for e in month_report(OCTOBER).encounters}
    assert report[str(priority.id)].priority and report[str(priority.id)].values["what_was_said"].startswith(
        f"{client.code} waved"
    )
    assert not report[str(quiet.id)].priority
    assert report[str(quiet.id)].values["what_was_said"] is None and report[str(quiet.id)].values["response"] is None
    full = {e.values["id"]: e for e in month_report(OCTOBER, full_detail=True).encounters}
    assert full[str(quiet.id)].values["what_was_said"] == f"Quiet nod from {client.code} at the bakery"


def test_reflections_leave_one_encounter_at_a_time(qapp, store, tmp_path):
    _, _, quiet = _month("Maria Schmidt", "Maria waved")
    path = tmp_path / "month.pdf"
    export_month_pdf(OCTOBER, path, full_detail=True, reflections=[str(quiet.id)])
    text = pdftotext(path)
    assert "A second private thought" in text and "Pull to rescue" not in text


def test_the_german_pdf(qapp, store, tmp_path):
    from desktop.settings.translations import install_translations

    client, _, _ = _month("Jürgen Strauß", "Herr Strauß grüßte; JÜRGEN lächelte")
    install_translations(qapp, "de")
    try:
        export_month_pdf(OCTOBER, tmp_path / "de.pdf")
    finally:
        install_translations(qapp, "en")
    flat = " ".join(pdftotext(tmp_path / "de.pdf").split())
    assert "Jürgen" not in flat and "Strauß" not in flat and "JÜRGEN" not in flat and "Irmgard" not in flat
    assert f"Herr {client.code} grüßte; {client.code} lächelte and [person] at the [place]" in flat
    assert "Pseudonymisiert: Codes stehen für Personen; das ist nicht anonym" in flat
    assert "pseudonymisiert" in flat and "de-identifiziert" not in flat


def test_check_lists_an_unknown_name_and_writes_nothing(store, tmp_path, db_path):
    client = create_client(name="Test Person")
    note = "Test Person said hi at Aldi on Main St with her husband Bob"
    save_encounter(encounter_fields(client.code, occurred_on="2026-10-14", risk="high", what_was_said=note))
    from models.opening import close_store

    close_store()
    env = {**os.environ, "CASELOG_PASSPHRASE": PASSPHRASE}
    output = tmp_path / "never.pdf"
    for args in (["pdf", "--month", "2026-10", "-o", output], ["json", "-o", output], ["csv"]):
        command = [sys.executable, "-m", "desktop", "export", *map(str, args), "--check", "--db", db_path]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "nothing was written" in result.stdout
        assert f"'Bob' (name): 2026-10-14 {client.code}, what was said" in result.stdout
        assert "'Main St' (street)" in result.stdout and "Test Person" not in result.stdout
        assert not output.exists()


def test_the_list_before_a_pdf_keeps_a_word_out_from_now_on(qtbot, store, dialogs, tmp_path):
    from desktop.report.pdf_options_dialog import PdfOptions
    from desktop.supervision.summary_window import SummaryWindow

    client, priority, _ = _month("Test Person", "Test Person said hi at Aldi with her husband Bob")
    window = SummaryWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    target = tmp_path / "from-app.pdf"
    dialogs.answers = [PdfOptions(False, "a4", False, (str(priority.id),)), None]  # cancelled at the list
    window.export_button.click()
    assert dialogs.asked == ["Export 2026-10 as PDF", "Possible identifiers"] and not target.exists()
    assert [f.text for f in dialogs.findings] == ["Aldi", "Bob"]
    dialogs.answers = [PdfOptions(False, "a4"), {"Bob": "keep_out", "Aldi": "pseudonymise"}, str(target), False]
    with qtbot.waitSignal(window.pdf.exported, timeout=30_000):
        window.export_button.click()
    flat = " ".join(pdftotext(target).split())
    assert (
        "Bob" not in flat
        and "Aldi" not in flat
        and f"{client.code} said hi at [person] with her husband [person]" in flat
    )
    assert "Irmgard" not in flat and "Test Person" not in flat
    from models.log.standing_record import standing_record

    assert standing_record(client.id).keep_out == ("Irmgard", "Bob")  # from now on; "Aldi" only in that PDF


def test_the_identifiers_dialog_from_the_keyboard(qtbot):
    from desktop.interchange.identifiers_dialog import IdentifiersDialog
    from models.pseudonymise.pseudonymised import Finding

    places = ["2026-10-14 C-7K2F, what was said", "2026-10-20 C-7K2F, response"]
    findings = [Finding("Bob", "name", places[:1], ["C-7K2F"]), Finding("Main St", "street", places)]
    dialog = IdentifiersDialog(findings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.model.index(1, 2).data() == "2026-10-14 C-7K2F, what was said and 1 more"
    assert dialog.choices() == {"Bob": "pseudonymise", "Main St": "pseudonymise"}  # the safe default
    qtbot.keyClick(dialog.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Bob: keep out; on to Main St
    qtbot.waitUntil(lambda: dialog.choices()["Bob"] == "keep_out")
    qtbot.keyClick(dialog.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choices()["Main St"] == "let_pass")
    assert dialog.model.index(0, 3).data() == "Keep out from now on"


def test_the_list_before_a_json_export_from_the_app(qtbot, window, dialogs, tmp_path):
    import json

    from desktop.interchange.transfer_actions import TransferActions

    client = create_client(name="Test Person")
    note = "Test Person said hi at Aldi with her husband Bob"
    save_encounter(encounter_fields(client.code, occurred_on="2026-10-14", what_was_said=note))
    actions = TransferActions(window, dialogs)
    target = tmp_path / "export.json"
    dialogs.answers = [False, {"Bob": "pseudonymise", "Aldi": "let_pass"}, str(target)]
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.json_action.trigger()
    assert [f.text for f in dialogs.findings] == ["Aldi", "Bob"]
    what = json.loads(target.read_text(encoding="utf-8"))["encounters"][0]["what_was_said"]
    assert what == f"{client.code} said hi at Aldi with her husband [person]"


def test_summary_json_from_the_command_line_is_pseudonymised(store, db_path):
    import json

    client, priority, _ = _month("Maria Schmidt", "Maria waved")
    from models.opening import close_store

    close_store()
    env = {**os.environ, "CASELOG_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "desktop", "summary", "--month", "2026-10", "--json", "--db", db_path]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    review = json.loads(result.stdout)["review"]
    assert review["notes"] == f"{client.code} came up twice."
    assert review["comments"][0]["text"] == f"Ask about {client.code}'s sister"
    assert review["action_items"][0]["text"] == f"Agree a protocol with {client.code}"
    assert "Maria" not in result.stdout and "Schmidt" not in result.stdout
