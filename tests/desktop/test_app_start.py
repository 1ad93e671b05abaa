"""Starting the app: `caselog --demo` opens straight onto sample data; the client manager."""

import os
import subprocess
import sys

from desktop.log.clients_dialog import ClientsDialog, ClientTableModel
from models.log.clients import Client


def start_demo(locale: str = "C.UTF-8") -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.desktop.demo_probe"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": locale, "LANG": locale},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)


def test_demo_opens_a_window_on_sample_encounters_without_a_passphrase():
    lines = start_demo()
    assert lines["WINDOWS"] == "1"
    assert lines["TITLE"] == "Caselog — demo data"
    assert int(lines["ROWS"]) > 100


def test_client_manager_adds_random_codes_and_optional_names(qtbot, store):
    dialog = ClientsDialog()
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    dialog.add_button.click()
    codes = [c.code for c in Client.select()]
    assert len(codes) == 2 and all(code.startswith("C-") for code in codes)
    row = 0
    assert dialog.model.setData(dialog.model.index(row, ClientTableModel.NAME), "  Robin Example  ")
    assert Client.get(Client.code == dialog.model.rows[row][1]).name == "Robin Example"
    assert dialog.model.setData(dialog.model.index(row, ClientTableModel.NAME), "")
    assert Client.get(Client.code == dialog.model.rows[row][1]).name is None


def test_the_app_starts_in_the_language_chosen_in_preferences(qapp):
    from PySide6.QtCore import QSettings

    from desktop import APP_NAME, ORGANIZATION_NAME
    from desktop.settings.preferences import Preferences

    settings = QSettings(ORGANIZATION_NAME, APP_NAME)  # in the tests' own configuration folder
    Preferences(language="de").save(settings)
    try:
        lines = start_demo()
    finally:
        settings.clear()
        settings.sync()
    assert (lines["TITLE"], lines["MENU"]) == ("Caselog — Beispieldaten", "&Datei")
    # "Follow the system" (the default): German on a German desktop, English where Caselog lacks the language.
    assert start_demo("de_DE.UTF-8")["MENU"] == "&Datei"
    assert start_demo("fr_FR.UTF-8")["MENU"] == "&File"
