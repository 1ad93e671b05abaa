"""Preferences: the therapist's details reach the PDF, the theme follows the choice, and nothing
about clients is stored."""

import subprocess

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.report.pdf_export import prepare_pdf, run_pdf
from desktop.settings.preferences import Preferences
from desktop.settings.preferences_dialog import PreferencesDialog
from desktop.settings.theme import apply_theme
from models.log.months import Month
from models.store.database import db


def test_the_dialog_returns_every_preference(qtbot, store, tmp_path):
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.therapist_name.setText(" Alex Therapist ")
    dialog.therapist_credential.setText("UKCP registered")
    dialog.default_supervisor.setText("Dr Sam Rivera")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.minutes.setValue(12)
    chosen = dialog.preferences()
    assert (chosen.therapist, chosen.default_supervisor, chosen.paper, chosen.theme, chosen.auto_lock_minutes) == (
        "Alex Therapist, UKCP registered", "Dr Sam Rivera", "letter", "dark", 12,
    )  # fmt: skip
    dialog.export_folder.setText("/home/alex/Supervision/Rivera")
    chosen = dialog.preferences()
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    chosen.save(settings)
    assert Preferences.load(settings) == chosen
    # What identifies the therapist, their supervisor or their folders stays in the encrypted database.
    plain = (tmp_path / "p.ini").read_text(encoding="utf-8")
    for identifying in ("Alex", "UKCP", "Rivera", "Supervision"):
        assert identifying not in plain
    assert "dark" in plain and "letter" in plain
    broken = QSettings(str(tmp_path / "broken.ini"), QSettings.Format.IniFormat)
    broken.setValue("preferences/theme", "purple")
    broken.setValue("preferences/auto_lock_minutes", "soon")
    loaded = Preferences.load(broken)
    assert (loaded.theme, loaded.auto_lock_minutes) == ("system", 5)


def test_names_an_older_caselog_left_in_qsettings_move_into_the_database(qtbot, db_path):
    from desktop import APP_NAME, ORGANIZATION_NAME
    from desktop.security.unlock_dialog import UnlockDialog
    from models.opening import close_store, open_store
    from models.store.settings import identifying_settings
    from tests.helpers import PASSPHRASE

    open_store(db_path, PASSPHRASE, create=True)
    close_store()
    settings = QSettings(ORGANIZATION_NAME, APP_NAME)  # the application's own, in the tests' scratch folder
    settings.setValue("preferences/therapist_name", "Alex Therapist")
    settings.setValue("preferences/default_supervisor", "Dr Sam Rivera")
    settings.setValue("preferences/export_folder", "/home/alex/Rivera")
    settings.setValue("preferences/paper", "letter")
    settings.sync()
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: db.obj is not None)
    try:
        stored = identifying_settings()
        assert (stored["therapist_name"], stored["default_supervisor"], stored["export_folder"]) == (
            "Alex Therapist", "Dr Sam Rivera", "/home/alex/Rivera",
        )  # fmt: skip
        plain = open(settings.fileName(), encoding="utf-8").read()
        assert "Alex" not in plain and "Rivera" not in plain and "letter" in plain
        assert Preferences.load().therapist_name == "Alex Therapist"
    finally:
        close_store()
    assert Preferences.load().therapist_name == ""  # locked: not there to read


def test_the_theme_follows_the_choice(qapp):
    window = lambda: QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness()  # noqa: E731
    started = window()
    apply_theme("dark")
    assert window() < 80
    apply_theme("light")
    assert window() > 180
    apply_theme("system")
    assert window() == started


def test_the_therapist_heads_the_pdf(qapp, client, tmp_path):
    path = tmp_path / "m.pdf"
    run_pdf(prepare_pdf(Month(2026, 10), path, paper="a4", therapist="Alex Therapist, UKCP registered"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Alex Therapist, UKCP registered" in text


def test_charts_follow_the_dark_theme_on_screen_but_print_light(qapp):
    from PySide6.QtCharts import QChart

    from desktop.charts import CountsChart

    apply_theme("dark")
    try:
        screen, paper = CountsChart("On screen"), CountsChart("On paper", for_print=True)
        for chart in (screen, paper):
            chart.show_counts([("a", "A", 1)])
        assert screen.chart().theme() == QChart.ChartTheme.ChartThemeDark
        assert paper.chart().theme() == QChart.ChartTheme.ChartThemeLight
    finally:
        apply_theme("system")


def darkest_text_pixels(path) -> int:
    """Pixels of the PDF's first page (rasterised at 50 dpi) as dark as body text in print."""
    from PySide6.QtGui import QImage

    subprocess.run(["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", str(path), str(path.with_suffix(""))],
                   check=True)  # fmt: skip
    image = QImage(str(next(path.parent.glob(path.stem + "-*.png"))))
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).lightness() < 90
    )


def test_the_pdf_prints_dark_text_under_the_dark_theme(qapp, client, tmp_path):
    """The PDF is paper: under the dark theme its text is as dark as under the light one, not the
    pale grey of the app's dark palette."""
    inked = {}
    for theme in ("light", "dark"):
        apply_theme(theme)
        try:
            path = tmp_path / theme / "m.pdf"
            path.parent.mkdir()
            run_pdf(prepare_pdf(Month(2026, 10), path, paper="a4", therapist="Alex Therapist"))
            inked[theme] = darkest_text_pixels(path)
        finally:
            apply_theme("system")
    assert inked["light"] > 500, inked
    assert inked["dark"] >= 0.95 * inked["light"], inked
