"""Help (shortcuts sheet, guide, About) and File → Import and Export from the app."""

import csv

from desktop.help.help_dialogs import AboutDialog, ShortcutsDialog, shortcut_rows
from desktop.interchange.transfer_actions import TransferActions
from models.log.clients import create_client
from models.log.encounters import save_encounter
from tests.helpers import encounter_fields


def test_the_shortcuts_sheet_lists_the_windows_own_shortcuts(qtbot, window):
    rows = dict(shortcut_rows(window))
    assert rows["Lock now"] == "Ctrl+L" and rows["Monthly summary"] == "Ctrl+M" and rows["Find"] == "Ctrl+F"
    sheet = ShortcutsDialog(window)
    qtbot.addWidget(sheet)
    text = sheet.sheet.toPlainText()
    assert "Lock now" in text and "Ctrl+S" in text and "Alt+Left" in text


def test_about_says_where_the_data_lives(qtbot, window, db_path):
    about = AboutDialog(window, db_path)
    qtbot.addWidget(about)
    assert str(db_path.parent) in about.text.text() and "GPL" in about.text.text()


def test_export_csv_from_the_app_is_pseudonymised_unless_confirmed(qtbot, window, dialogs, tmp_path):
    create_client(code="C-EXP1", name="Quinn Hidden")
    save_encounter(encounter_fields("C-EXP1", location="Harbour walk"))
    actions = TransferActions(window, dialogs)
    target = tmp_path / "export.csv"
    dialogs.answers = [False, str(target)]  # no names, then where
    with qtbot.waitSignal(actions.exported, timeout=10_000) as done:
        actions.csv_action.trigger()
    assert done.args == [str(target), 1]
    text = target.read_text(encoding="utf-8-sig")
    assert "C-EXP1" in text and "Quinn" not in text and "Harbour" not in text
    assert next(csv.reader(text.splitlines()))[0] == "id"


def test_the_guide_explains_every_category_and_the_protocol(qtbot, store):
    from desktop.help.guide_dialog import GuideDialog
    from models.log.taxonomy import builtin_categories

    guide = GuideDialog()
    qtbot.addWidget(guide)
    text = guide.text.toPlainText()
    for category in builtin_categories():
        assert category.label in text and category.description[:40] in text
    assert "The client leads" in text and "encrypted" in text


def test_import_from_the_app_adds_the_file_or_refuses_it_whole(qtbot, window, dialogs, tmp_path):
    import json

    from models.log.encounters import Encounter
    from tests.models.strategies import document, new_id

    actions = TransferActions(window, dialogs)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(document([encounter_fields(id=new_id()), encounter_fields(id=new_id())])))
    dialogs.answers = [str(good)]
    with qtbot.waitSignal(actions.imported, timeout=10_000) as done:
        actions.import_action.trigger()
    assert "Imported 2 encounter(s)" in done.args[0] and dialogs.asked[-1] == "Imported"
    assert Encounter.select().count() == 2 and window.model.rowCount() == 2

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document([encounter_fields(id=new_id(), risk="extreme")])))
    dialogs.answers = [str(bad)]
    actions.import_action.trigger()
    qtbot.waitUntil(lambda: dialogs.asked[-1] == "Not imported", timeout=10_000)
    assert Encounter.select().count() == 2


def test_an_export_from_the_app_never_replaces_the_database_and_replaces_only_its_own_kind(
    qtbot, window, dialogs, db_path, tmp_path
):
    from models.log.encounters import Encounter

    create_client(code="C-TEST")
    save_encounter(encounter_fields())
    actions = TransferActions(window, dialogs)
    for target in (db_path, f"{db_path}-wal"):
        dialogs.answers = [True, str(target)]  # names in; the database (the save dialog asked to replace it)
        actions.json_action.trigger()
        qtbot.waitUntil(lambda: dialogs.asked[-1] == "Not exported", timeout=10_000)
        assert "open Caselog database" in dialogs.warnings[-1]
    assert Encounter.select().count() == 1 and db_path.read_bytes()[:1] != b"{"

    older = tmp_path / "older.csv"
    older.write_text("id,occurred_on\n", encoding="utf-8")
    dialogs.answers = [False, str(older)]  # the save dialog asked, and the therapist said replace
    with qtbot.waitSignal(actions.exported, timeout=10_000):
        actions.csv_action.trigger()
    assert "C-TEST" in older.read_text(encoding="utf-8-sig")
