"""An unsaved form survives the process being killed, and is offered back on the next start."""

import os
import signal
import subprocess
import sys

from PySide6.QtCore import Qt

from desktop.main_window import MainWindow
from models.log.encounters import Encounter
from models.opening import close_store, open_store
from models.store.drafts import pending_drafts
from tests.helpers import PASSPHRASE

TEXT = "Met at the bus stop — half-written when the power went"


def test_a_draft_is_offered_back_after_the_process_was_killed(qtbot, store, client, db_path, dialogs):
    close_store()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.desktop.draft_writer", str(db_path), PASSPHRASE, TEXT],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert writer.stdout.readline().strip() == "DRAFT KEPT"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    open_store(db_path, PASSPHRASE)
    assert [key for key, _ in pending_drafts()] == ["encounter:new"]
    window = MainWindow(dialogs)
    qtbot.addWidget(window)
    window.show()
    dialogs.answers = [True]
    window.offer_drafts()
    assert dialogs.asked == ["Unsaved encounter recovered"]
    form = window.form
    assert form.widgets["what_was_said"].toPlainText() == TEXT
    assert form.widgets["client"].currentData() == "C-TEST"
    assert form.is_dirty()

    form.widgets["initiated_by"].set_value("chance")
    form.widgets["avoidability"].set_value("unavoidable")
    form.widgets["acknowledgement"].set_value("not_acknowledged")
    form.widgets["setting"].set_value("public_place")
    form.category_boxes["public_acknowledgement"].setChecked(True)
    qtbot.waitUntil(form.isActiveWindow)
    with qtbot.waitSignal(form.encounter_saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Encounter.get().what_was_said == TEXT
    assert pending_drafts() == []


def test_declining_a_recovered_draft_discards_it(qtbot, window, dialogs):
    from models.store.drafts import save_draft

    save_draft("encounter:new", {"what_was_said": "never mind"})
    dialogs.answers = [False]
    window.offer_drafts()
    assert window.form is None
    assert pending_drafts() == []
