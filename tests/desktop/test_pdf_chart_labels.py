"""The PDF's category chart labels every bar, in English and German, whether the screen Caselog
runs on is 60 or 110 dpi (#14 item 10): its labels and counts are text a reader (and pdftotext)
can read, beside every bar; and the charts print the same size on any screen, inside the page."""

import json
import os
import re
import subprocess
import sys

import pytest

from models.log.encounters import save_encounter
from models.opening import close_store, open_store
from tests.helpers import PASSPHRASE, encounter_fields

HEADINGS = {"en": ("Charts", "Priority encounters"), "de": ("Diagramme", "Vorrangige Begegnungen")}


def a_month_of_every_category(path):
    from models.log.clients import create_client

    open_store(path, PASSPHRASE, create=True)
    create_client(code="C-TEST")
    slugs = [
        "professional_boundaries", "public_acknowledgement", "confidentiality", "between_session_contact",
        "support_outside_sessions", "personal_reflection", "clinical_judgment",
    ]  # fmt: skip
    for day, slug in enumerate(slugs, start=1):  # each category once, and the long-named one with every one
        save_encounter(encounter_fields(occurred_on=f"2026-10-{day:02d}", categories=[slug, "dual_relationship"]))
    close_store()


@pytest.mark.parametrize("dpi", [60, 110])
@pytest.mark.parametrize("language", ["en", "de"])
def test_every_bar_of_the_category_chart_is_labelled(tmp_path, dpi, language):
    database, output = tmp_path / "caselog.db", tmp_path / "month.pdf"
    a_month_of_every_category(database)
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
    probe = subprocess.run(
        [sys.executable, "-m", "tests.desktop.pdf_probe", str(database), PASSPHRASE, "2026-10", str(output), language],
        capture_output=True, text=True, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"},
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    lines = dict(line.split(" ", 1) for line in probe.stdout.splitlines() if line.startswith("DPI"))
    assert lines["DPI"] == str(dpi)
    labels = [line[6:] for line in probe.stdout.splitlines() if line.startswith("LABEL ")]
    assert len(labels) == 8

    text = subprocess.run(["pdftotext", "-layout", str(output), "-"], capture_output=True, text=True, check=True).stdout
    start, end = HEADINGS[language]
    charts = text[text.index(start) : text.index(end, text.index(start))]
    counts = {"Dual or multiple relationship": 7, "Doppel- oder Mehrfachbeziehung": 7}
    for label in labels:
        # The label and its count on one line of the chart, whatever the label's length.
        found = re.search(re.escape(label) + r"\s+(\d+)\s*$", charts, re.MULTILINE)
        assert found, (label, charts)
        assert int(found.group(1)) == counts.get(label, 1)

    # The twelve-month chart is printed inside the page's text width (A4 less 2 × 18 mm), at any dpi.
    listing = subprocess.run(["pdfimages", "-list", str(output)], capture_output=True, text=True, check=True).stdout
    images = [row.split() for row in listing.splitlines()[2:]]
    # (an image at a page's foot is listed on both pages, clipped on one: one object)
    widths = {image[10]: int(image[3]) / int(image[12]) for image in images if int(image[3]) > 100}  # pixels / ppi
    assert len(widths) == 1 and 6.0 < min(widths.values()) <= (210 - 36) / 25.4, widths  # inches
