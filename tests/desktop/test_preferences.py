"""Preferences: the therapist's details reach the PDF, the theme follows the choice, and nothing
about clients is stored."""

import subprocess

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.report.pdf_export import prepare_pdf, run_pdf
from desktop.settings.preferences import Preferences
from desktop.settings.preferences_dialog import PreferencesDialog
from desktop.settings.theme import apply_theme
from models.log.months import Month


def test_the_dialog_returns_every_preference(qtbot, tmp_path):
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
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    chosen.save(settings)
    assert Preferences.load(settings) == chosen
    broken = QSettings(str(tmp_path / "broken.ini"), QSettings.Format.IniFormat)
    broken.setValue("preferences/theme", "purple")
    broken.setValue("preferences/auto_lock_minutes", "soon")
    loaded = Preferences.load(broken)
    assert (loaded.theme, loaded.auto_lock_minutes) == ("system", 5)


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
