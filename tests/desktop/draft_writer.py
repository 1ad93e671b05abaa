"""Run as a separate process by test_drafts: open a form, type, wait for the draft to be kept,
say so, then wait to be killed."""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.dialogs import UserDialogs  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402
from models.opening import open_store  # noqa: E402

app = QApplication([])
open_store(sys.argv[1], sys.argv[2])
window = MainWindow(UserDialogs())
window.show()
form = window.open_form(None, None)
form.widgets["client"].setCurrentIndex(form.widgets["client"].findData("C-TEST"))
form.widgets["what_was_said"].setPlainText(sys.argv[3])
form.draft_saved.connect(lambda: print("DRAFT KEPT", flush=True))
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
