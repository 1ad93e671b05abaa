"""Run as its own process by test_pdf_chart_labels: write a month's PDF in a language on a screen
of a given dpi (Qt reads the screen from QT_QPA_PLATFORM's offscreen config), and print the
category labels the PDF should show, one per line."""

import sys

from PySide6.QtWidgets import QApplication

from desktop.report.pdf_export import export_month_pdf
from desktop.settings.translations import install_translations
from models.log.months import Month
from models.log.taxonomy import category_labels
from models.opening import open_store

database, passphrase, month, output, language = sys.argv[1:6]
app = QApplication([])
install_translations(app, language)
open_store(database, passphrase)
export_month_pdf(Month.parse(month), output, paper="a4")
screen = app.primaryScreen()  # Qt 6 takes a fractional dpi (110) as 96 with a device pixel ratio
print(f"DPI {screen.logicalDotsPerInch() * screen.devicePixelRatio():.0f}")
for label in category_labels().values():
    print(f"LABEL {label}")
