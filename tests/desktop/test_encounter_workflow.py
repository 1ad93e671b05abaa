"""A therapist's first session with Caselog, from the keyboard: create a passphrase, log an
encounter, restart and unlock, edit it, trash it and restore it."""

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop.log.encounter_form import DRAFT_DELAY_MS
from desktop.main_window import MainWindow
from desktop.security.unlock_dialog import UnlockDialog
from models.log.clients import create_client
from models.log.encounters import Encounter, encounter_dict
from models.opening import close_store
from models.store.drafts import pending_drafts

PASSPHRASE = "willow lantern orbit 42"


def type_into_focus(qtbot, text=None, key=None):
    widget = QApplication.focusWidget()
    assert widget is not None
    if text:
        qtbot.keyClicks(widget, text)
    if key is not None:
        qtbot.keyClick(widget, key)


def tab(qtbot, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def unlock(qtbot, path, passphrase, repeat=None):
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    if repeat is not None:
        qtbot.keyClicks(dialog.repeat, repeat)
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return dialog


def test_log_an_encounter_from_the_keyboard_and_find_it_after_a_restart(qtbot, tmp_path, dialogs):
    path = tmp_path / "caselog.db"
    dialog = unlock(qtbot, path, PASSPHRASE, repeat=PASSPHRASE)
    assert dialog.creating and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase.text() == "" and dialog.repeat.text() == ""  # cleared after use
    create_client(code="C-KEYB")

    window = MainWindow(dialogs)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.widgets["occurred_on"])

    tab(qtbot)  # date stays today
    type_into_focus(qtbot, "17:40")
    tab(qtbot)
    type_into_focus(qtbot, "3")
    tab(qtbot)
    type_into_focus(qtbot, "C-KEYB")
    tab(qtbot, 3)  # New client…, then channel (In person by default)
    assert QApplication.focusWidget() is form.widgets["setting"]
    type_into_focus(qtbot, "Public")
    tab(qtbot)
    type_into_focus(qtbot, "Bakery")
    tab(qtbot)
    type_into_focus(qtbot, "Client")
    tab(qtbot)
    type_into_focus(qtbot, "Unavoidable")
    tab(qtbot)
    type_into_focus(qtbot, "Cli")  # type-ahead: "Client acknowledged first"
    tab(qtbot, 3)  # two checkboxes, left unticked
    assert QApplication.focusWidget() is form.widgets["what_was_said"]
    type_into_focus(qtbot, "Client waved from the queue; I waved back.")
    tab(qtbot)
    type_into_focus(qtbot, "Kept it brief.")
    # The suggestions follow the typing after a pause: suggested, public encounter and acknowledgement.
    qtbot.waitUntil(
        lambda: ("category", "public_acknowledgement") in {(o.kind, o.slug) for o in form.suggestions.shown}
    )
    tab(qtbot)
    assert QApplication.focusWidget().text() == "Accept"
    type_into_focus(qtbot, key=Qt.Key.Key_Space)
    assert form.category_boxes["public_acknowledgement"].isChecked()
    with qtbot.waitSignal(window.encounter_saved):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert window.model.rowCount() == 1
    shown = [window.model.data(window.model.index(0, column)) for column in range(window.model.columnCount())]
    assert shown[1] == "C-KEYB" and "In person · Public place" in shown[3] and "Client" == shown[4]
    saved = encounter_dict(Encounter.get().id)
    assert (saved["occurred_time"], saved["duration_minutes"], saved["location"]) == ("17:40", 3, "Bakery")
    assert saved["acknowledgement"] == "client_first" and saved["categories"] == ["public_acknowledgement"]
    window.close()
    close_store()

    dialog = unlock(qtbot, path, PASSPHRASE)
    assert not dialog.creating and dialog.result() == QDialog.DialogCode.Accepted
    again = MainWindow(dialogs)
    qtbot.addWidget(again)
    assert again.model.rowCount() == 1
    assert again.model.data(again.model.index(0, 1)) == "C-KEYB"


def test_edit_then_trash_then_restore(qtbot, window, client):
    from models.log.encounters import save_encounter
    from tests.helpers import encounter_fields

    saved = save_encounter(encounter_fields())
    window.refresh()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    qtbot.waitUntil(form.isActiveWindow)
    form.widgets["risk"].set_value("moderate")
    with qtbot.waitSignal(window.encounter_saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert encounter_dict(saved.id)["risk"] == "moderate"
    assert "Moderate" in window.model.data(window.model.index(0, 2))

    window.activateWindow()  # the offscreen platform does not hand activation back by itself
    qtbot.waitUntil(window.isActiveWindow)
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.model.rowCount() == 0
    assert Encounter.get_by_id(saved.id).deleted_at is not None

    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.trash_action.isChecked() and window.model.rowCount() == 1
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 0
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.model.rowCount() == 1
    assert Encounter.get_by_id(saved.id).deleted_at is None


def test_empty_trash_asks_first(qtbot, window, client, dialogs):
    from models.log.encounters import delete_encounter, save_encounter
    from tests.helpers import encounter_fields

    delete_encounter(save_encounter(encounter_fields()).id)
    window.trash_action.trigger()
    dialogs.answers = [False]
    window.empty_trash_action.trigger()
    assert Encounter.select().count() == 1
    dialogs.answers = [True]
    window.empty_trash_action.trigger()
    assert Encounter.select().count() == 0


def test_a_validation_message_shows_beside_its_field_and_nothing_is_saved(qtbot, window, client):
    window.new_action.trigger()
    form = window.form
    qtbot.waitUntil(form.isActiveWindow)
    form.widgets["client"].setCurrentIndex(form.widgets["client"].findData("C-TEST"))
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    assert form.errors["what_was_said"].isVisible()
    assert form.errors["what_was_said"].text() == "⚠ Must not be empty"
    assert form.errors["initiated_by"].text() == "⚠ Required"
    assert form.errors["initiated_by"].isVisible()
    assert not form.errors["client"].isVisible()
    assert "need attention" in form.summary.text()
    assert Encounter.select().count() == 0
    form.widgets["occurred_time"].setText("25:99")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "not a real time of day" in form.errors["occurred_time"].text()


def test_escape_asks_before_discarding_changes(qtbot, window, client, dialogs):
    window.new_action.trigger()
    form = window.form
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClicks(form.widgets["what_was_said"], "Half-written note")
    dialogs.answers = [False]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible() and dialogs.asked == ["Discard changes?"]
    dialogs.answers = [True]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.form is None)


def test_fields_show_when_they_apply(qtbot, window, client):
    window.new_action.trigger()
    form = window.form
    assert form.widgets["setting"].isVisibleTo(form) and not form.deliberate_box.isVisibleTo(form)
    form.widgets["channel"].set_value("message")
    assert not form.widgets["setting"].isVisibleTo(form)
    assert form.values()["setting"] == "not_applicable"
    form.widgets["avoidability"].set_value("planned")
    assert form.deliberate_box.isVisibleTo(form)
    form.widgets["acknowledgement"].set_value("without_consent")
    qtbot.waitUntil(lambda: form.risk_hint.isVisibleTo(form))  # after a pause, as suggestions follow typing
    assert "Moderate" in form.risk_hint.text()


def test_wrong_passphrase_then_the_right_one(qtbot, store, db_path):
    close_store()
    from tests.helpers import PASSPHRASE as RIGHT

    dialog = unlock(qtbot, db_path, "not it at all")
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "does not open" in dialog.error.text()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, RIGHT)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_new_passphrase_must_be_long_enough_and_typed_twice(qtbot, tmp_path):
    dialog = unlock(qtbot, tmp_path / "new.db", "short", repeat="short")
    assert dialog.isVisible() and "at least 10" in dialog.error.text()
    dialog.passphrase.setText("long enough passphrase")
    dialog.repeat.setText("long enough passphrasf")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text()
    assert not (tmp_path / "new.db").exists()


def test_a_new_passphrase_of_spaces_or_a_raw_key_is_refused_by_the_app(qtbot, tmp_path):
    for weak, said in ((" " * 12, "spaces"), ("x'" + "ab" * 32 + "'", "raw key")):
        dialog = unlock(qtbot, tmp_path / "new.db", weak, repeat=weak)
        assert dialog.isVisible() and said in dialog.error.text(), dialog.error.text()
        assert not (tmp_path / "new.db").exists()


def test_window_title_never_shows_client_detail(qtbot, window, client):
    from models.log.encounters import save_encounter
    from tests.helpers import encounter_fields

    save_encounter(encounter_fields())
    window.refresh()
    window.table.selectRow(0)
    window.edit_action.trigger()
    assert window.windowTitle() == "Caselog"
    assert window.form.windowTitle() == "Edit encounter"
    assert str(uuid.UUID(window.form.encounter_id)) not in window.form.windowTitle()


def test_the_draft_timer_stops_when_the_store_closes(qtbot, window, client):
    """A draft is written a moment after typing stops; a store closed in that moment (locked,
    restored, the app ending) must not be written to afterwards."""
    window.new_action.trigger()
    form = window.form
    qtbot.keyClicks(form.widgets["what_was_said"], "Typed just before the store closed")
    assert form.draft_timer.isActive()
    close_store()
    assert not form.draft_timer.isActive()
    qtbot.wait(DRAFT_DELAY_MS + 200)  # had it fired, the draft would go to no database and raise here


def test_no_draft_is_written_after_the_form_closes(qtbot, window, client, dialogs):
    window.new_action.trigger()
    form = window.form
    qtbot.keyClicks(form.widgets["what_was_said"], "Typed, then discarded")
    dialogs.answers = [True]
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.form is None)
    qtbot.wait(DRAFT_DELAY_MS + 200)
    assert pending_drafts() == []
