"""Run as its own process by the harness: start Caselog as a user does (unlock, then the main
window) and print how long after the process began the window was shown.

    python -m benchmarks.cold_start DATABASE STARTED_AT [--bare]

STARTED_AT is the parent's time.time() just before it started this process, or ``cpu`` for the
CPU time this process took (``python -m benchmarks --clock cpu``). --bare shows an
empty QMainWindow after importing peewee and sqlcipher3, for the ratio.
"""

import sys
import time

cpu = sys.argv[2] == "cpu"
started_at = 0.0 if cpu else float(sys.argv[2])
bare = "--bare" in sys.argv

if bare:
    import peewee  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow
    from sqlcipher3 import dbapi2  # noqa: F401

    app = QApplication([])
    window = QMainWindow()
else:
    from PySide6.QtWidgets import QApplication

    from desktop.main_window import MainWindow
    from models.opening import open_store

    app = QApplication([])
    open_store(sys.argv[1], "benchmark passphrase")
    window = MainWindow()
window.resize(1180, 760)
window.show()
while not window.isVisible() or not window.windowHandle() or not window.windowHandle().isExposed():
    app.processEvents()
app.processEvents()
print(f"{time.process_time() if cpu else time.time() - started_at:.4f}")
