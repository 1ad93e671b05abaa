"""Starting the app: `caselog --demo` opens straight onto sample data; the client manager."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import run
from desktop.clients_dialog import NAME, ClientsDialog
from desktop.main_window import MainWindow
from models.clients import Client


def test_demo_opens_a_window_on_sample_encounters_without_a_passphrase(qapp):
    seen = {}

    def inspect_and_quit():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["title"] = windows[0].windowTitle()
        seen["rows"] = windows[0].model.total
        for window in windows:
            window.close()
        QApplication.quit()

    QTimer.singleShot(300, inspect_and_quit)
    assert run(None, demo=True) == 0
    assert seen["title"] == "Caselog — demo data"
    assert seen["rows"] > 100


def test_client_manager_adds_random_codes_and_optional_names(qtbot, store):
    dialog = ClientsDialog()
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    dialog.add_button.click()
    codes = [c.code for c in Client.select()]
    assert len(codes) == 2 and all(code.startswith("C-") for code in codes)
    row = 0
    assert dialog.model.setData(dialog.model.index(row, NAME), "  Robin Example  ")
    assert Client.get(Client.code == dialog.model.clients[row][1]).name == "Robin Example"
    assert dialog.model.setData(dialog.model.index(row, NAME), "")
    assert Client.get(Client.code == dialog.model.clients[row][1]).name is None
