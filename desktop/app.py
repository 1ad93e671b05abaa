"""Application start: paths, logging, unlock, migrate, windows, event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from desktop import APP_NAME, ORGANIZATION_NAME


def run(database_path: Path | None, demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APP_NAME)
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.resize(1100, 720)
    window.show()
    return app.exec()
