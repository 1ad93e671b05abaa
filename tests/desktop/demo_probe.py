"""Run as its own process by test_app_start: start the app as `caselog --demo` does, report what
the window shows, then quit."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import run  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402


def report_and_quit():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    print(f"WINDOWS {len(windows)}")
    print(f"TITLE {windows[0].windowTitle()}")
    print(f"MENU {windows[0].menuBar().actions()[0].text()}")
    print(f"ROWS {windows[0].model.total}", flush=True)
    QApplication.quit()


app = QApplication([])
QTimer.singleShot(300, report_and_quit)
raise SystemExit(run(None, demo=True))
