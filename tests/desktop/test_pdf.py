"""The monthly PDF, read back with pdftotext and pdfinfo (poppler-utils)."""

import datetime as dt
import json
import os
import re
import stat
import subprocess
import uuid

import pytest

from desktop.report.pdf_export import export_month_pdf
from models.interchange.importing import import_document
from models.log.clients import Client, create_client
from models.log.encounters import encounter_dict, save_encounter
from models.log.months import Month
from models.supervision.enums import MeetingFormat
from models.supervision.report import suggested_file_name
from models.supervision.reviews import add_action_item, countersign, mark_ready, set_comment, set_meeting, sign_off
from tests.helpers import encounter_fields, run_caselog

OCTOBER = Month(2026, 10)
NAME, PLACE, PRIVATE = "Morgan Identifiable", "Riverside office block", "A private pull to rescue"
HOSTILE = (
    "<b>not bold</b> <script>alert('x')</script> & &amp; < > \"quoted\"\n"
    "second line\twith a tab\n"
    "Hebrew שלום עולם · Arabic مرحبا بالعالم · CJK 你好世界 こんにちは · emoji 🙂👍🏽"
)
LONG = (" ".join(f"word{index}" for index in range(2300)) + " THE_END_OF_THE_LONG_ACCOUNT")[:20_000]


def pdftotext(path, *extra) -> str:
    return subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdfinfo(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def month_with_everything(store):
    create_client(code="C-PDF1", name=NAME)
    high = save_encounter(
        encounter_fields("C-PDF1", occurred_on="2026-10-03", risk="high", location=PLACE, reflection=PRIVATE,
                         what_was_said=HOSTILE, for_supervision=True)
    )  # fmt: skip
    save_encounter(encounter_fields("C-PDF1", occurred_on="2026-10-09", what_was_said=LONG, location=PLACE))
    save_encounter(encounter_fields("C-PDF1", occurred_on="2026-10-21", channel="message", setting="not_applicable",
                                    acknowledgement="without_consent", location=None))  # fmt: skip
    set_comment(OCTOBER, high.id, "Talk about the protocol at the office next week.", discussed=True)
    set_meeting(OCTOBER, dt.date(2026, 11, 5), 50, MeetingFormat.VIDEO)
    add_action_item(OCTOBER, "Agree an acknowledgement protocol", "Therapist", dt.date(2026, 12, 1))
    mark_ready(OCTOBER)
    sign_off(OCTOBER, "Dr Sam Rivera", "Clinical psychologist, HCPC 12345", dt.date(2026, 11, 5))
    countersign(OCTOBER, "Alex Therapist")
    return high


def test_the_pseudonymised_pdf_has_the_figures_footers_and_no_identifier(qapp, month_with_everything, tmp_path):
    path = tmp_path / suggested_file_name(OCTOBER)
    pages = export_month_pdf(OCTOBER, path, paper="a4")
    assert path.name == "caselog-supervision-2026-10.pdf"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = pdftotext(path)
    assert "Caselog supervision summary" in text and "2026-10" in text
    expected_texts = (
        "Dr Sam Rivera", "Clinical psychologist, HCPC 12345", "Alex Therapist", "Video call", "50 min",
        "Agree an acknowledgement protocol", "Talk about the protocol", "C-PDF1", "Acknowledged without consent",
        "Professional boundaries", "Influence on clinical judgment",
    )  # fmt: skip
    flat = " ".join(text.split())
    for expected in expected_texts:
        assert expected in flat, expected
    assert pages >= 3
    page_texts = text.split("\f")[:pages]
    for number, page in enumerate(page_texts, start=1):
        assert "Confidential supervision material" in page
        assert f"Page {number} of {pages}" in page
    for secret in (NAME, PLACE, PRIVATE):
        assert secret not in text
    info = pdfinfo(path)
    assert "Title:           Caselog supervision summary 2026-10" in info
    assert NAME not in info and "C-PDF1" not in info
    assert re.search(r"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)", info)


def test_hostile_text_prints_literally_and_long_accounts_run_over_pages(qapp, month_with_everything, tmp_path):
    path = tmp_path / "out.pdf"
    export_month_pdf(OCTOBER, path, paper="letter", full_detail=True)
    text = pdftotext(path)
    flat = " ".join(text.split())
    for literal in ("<b>not bold</b>", "<script>alert('x')</script>", "& &amp; < >", '"quoted"', "你好世界",
                    "こんにちは", "second line"):  # fmt: skip
        assert literal in flat, literal
    assert "word2299 THE_END_OF_THE_LONG_ACCOUNT" in flat  # 20,000 characters, nothing lost across pages
    assert "confidential" in text.lower() and "ﬁ" not in text  # searchable: no fi ligature glyphs
    assert "office" in text
    assert re.search(r"Page size:\s+612 x 792 pts \(letter\)", pdfinfo(path))


def test_the_identified_pdf_adds_names_and_locations_but_not_unshared_reflections(
    qapp, month_with_everything, tmp_path
):
    path = tmp_path / "identified.pdf"
    export_month_pdf(OCTOBER, path, identified=True, paper="a4")
    text = pdftotext(path)
    assert NAME in text and PLACE in text
    assert PRIVATE not in text  # the therapist did not include reflections in this review
    assert NAME not in pdfinfo(path)


def test_an_encounter_in_full_prints_each_field_after_its_label_in_paragraphs(qapp, month_with_everything, tmp_path):
    """Labels and values run as text ("Channel: Phone"), each narrative a paragraph after its label:
    no table per encounter (Qt lays out and paints every table cell as a block of its own, which
    doubled the time of a month's PDF)."""
    from desktop.report.report_html import encounter_html
    from models.supervision.report import month_report

    path = tmp_path / "full.pdf"
    export_month_pdf(OCTOBER, path, paper="a4", full_detail=True)
    flat = " ".join(pdftotext(path).split())
    for expected in ("Channel: Message", "Risk: High", "Flagged for supervision: yes", "What was said: word0 word1",
                     "Supervisor's comment (discussed): Talk about the protocol"):  # fmt: skip
        assert expected in flat, expected
    report = month_report(OCTOBER, full_detail=True)
    html = encounter_html(report.encounters[0], report.summary.category_labels)
    assert "<table" not in html and html.count("<p") == 1 + html.count("class='field'")


def test_an_empty_month_still_makes_a_complete_pdf(qapp, store, tmp_path):
    path = tmp_path / "empty.pdf"
    assert export_month_pdf(Month(2025, 2), path, paper="a4") >= 1
    text = pdftotext(path)
    assert "No encounters were logged this month." in text and "Page 1 of" in text


def one_encounter_document() -> dict:
    """An identified document of one encounter (written by hand, as another program might)."""
    return {"format": "caselog", "version": 1, "exported_at": "2026-11-01T09:00:00", "identified": True,
            "clients": [{"code": "C-TEST", "name": NAME}], "tags": [], "reviews": [],
            "encounters": [{**encounter_fields(), "id": "6f1e2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"}]}  # fmt: skip


def test_the_command_line_exports_a_pdf(db_path, tmp_path):
    assert run_caselog("init", "--db", db_path).returncode == 0
    (tmp_path / "in.json").write_text(json.dumps(one_encounter_document()))
    assert run_caselog("import", tmp_path / "in.json", "--db", db_path).returncode == 0
    result = run_caselog("export", "pdf", "--month", "2026-10", "-o", tmp_path / "m.pdf", "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert "pseudonymised" in result.stdout
    text = pdftotext(tmp_path / "m.pdf")
    assert "C-TEST" in text and NAME not in text
    bad = run_caselog("export", "pdf", "--month", "2026-13", "-o", tmp_path / "x.pdf", "--db", db_path)
    assert bad.returncode == 2 and "--month" in bad.stderr and not (tmp_path / "x.pdf").exists()


def test_the_hand_written_document_of_the_command_line_test_imports_whole(store):
    """The document the command-line test writes by hand is a real export: its encounter comes in,
    field for field, under its client's name."""
    document = one_encounter_document()
    result = import_document(document)
    assert (result.encounters_added, result.clients_added) == (1, 1)
    [written] = document["encounters"]
    stored = encounter_dict(uuid.UUID(written["id"]))
    assert {key: stored[key] for key in written} == written
    assert Client.get(Client.code == "C-TEST").name == NAME


def test_export_pdf_from_the_summary_screen_runs_in_the_background_and_offers_to_open(
    qtbot, month_with_everything, dialogs, tmp_path
):
    from desktop.supervision.summary_window import SummaryWindow

    window = SummaryWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    target = tmp_path / "from-app.pdf"
    dialogs.answers = [(True, "a4"), False]  # identified, then decline the confirmation: nothing happens
    window.export_button.click()
    assert dialogs.asked == ["Export 2026-10 as PDF", "Identified PDF"] and not target.exists()
    dialogs.answers = [(False, "letter"), str(target), True]
    with qtbot.waitSignal(window.pdf.exported, timeout=30_000) as exported:
        window.export_button.click()
    assert exported.args[0] == str(target) and exported.args[1] >= 3
    assert dialogs.asked[-2:] == ["PDF written", f"open {target}"]
    text = pdftotext(target)
    assert "Confidential supervision material" in text and NAME not in text


def test_export_pdf_from_review_mode(qtbot, month_with_everything, dialogs, tmp_path):
    from desktop.supervision.review_window import ReviewWindow

    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    target = tmp_path / "review.pdf"
    dialogs.answers = [(False, "a4"), str(target), False]
    with qtbot.waitSignal(window.pdf.exported, timeout=30_000):
        window.export_button.click()
    assert "Dr Sam Rivera" in pdftotext(target)


def test_a_german_pdf_is_german_throughout(qapp, month_with_everything, tmp_path):
    """Headings, tables, signals, labels, categories and page footers all come from the catalogue."""
    from desktop.settings.translations import install_translations

    install_translations(qapp, "de")
    try:
        export_month_pdf(OCTOBER, tmp_path / "de.pdf", paper="a4", full_detail=True)
    finally:
        install_translations(qapp, "en")
    text = " ".join(pdftotext(tmp_path / "de.pdf").split())
    for german in ("Caselog-Supervisionsbericht", "Eckdaten", "Driftsignale", "Häufigkeiten", "Sechsmonatsschnitt",
                   "Alle Begegnungen des Monats", "Professionelle Grenzen", "Videoanruf", "50 Min.", "Abgezeichnet",
                   "Seite 1 von", "Vertrauliches Supervisionsmaterial", "Kommentar der Supervisorin"):  # fmt: skip
        assert german in text, german
    for english in ("Headline figures", "Drift signals", "Counts", "Every encounter of the month", "Page 1 of",
                    "Professional boundaries", "Video call", "six-month average", "Sign-off"):  # fmt: skip
        assert english not in text, english


def test_a_long_month_is_laid_out_in_parts_and_reads_as_one_document(qapp, store, tmp_path, monkeypatch):
    """A month of thousands of encounters is laid out a few hundred at a time (one document of
    20,000 crashed Qt after 3 minutes and 2.5 GB): here, parts of five blocks."""
    from desktop.report import pdf_writer

    create_client(code="C-LONG")
    for day in range(1, 13):
        save_encounter(encounter_fields("C-LONG", occurred_on=f"2026-10-{day:02d}", what_was_said=f"Marker{day:02d}"))
    parts = []
    lay_out = pdf_writer.html_document
    monkeypatch.setattr(pdf_writer, "html_document", lambda blocks: parts.append(len(blocks)) or lay_out(blocks))
    monkeypatch.setattr(pdf_writer, "BLOCKS_PER_DOCUMENT", 5)
    path = tmp_path / "long.pdf"
    pages = export_month_pdf(OCTOBER, path, paper="a4", full_detail=True)
    assert len(parts) == 3 and max(parts) <= 5 and sum(parts) == 14  # before, twelve encounters, after
    text = pdftotext(path)
    assert [text.count(f"Marker{day:02d}") for day in range(1, 13)] == [1] * 12
    assert f"Pages:           {pages}" in pdfinfo(path)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_a_pdf_whose_audit_entry_fails_leaves_no_file(qapp, store, tmp_path, monkeypatch):
    """The audit entry and the file come together: a refused audit write (a read-only or damaged
    database) leaves no PDF behind, so "nothing was changed" is true (#12)."""
    import errno

    from desktop.report import pdf_export
    from models.store.audit import AuditEntry

    create_client(code="C-AUDIT")
    save_encounter(encounter_fields("C-AUDIT", occurred_on="2026-10-05"))
    before = AuditEntry.select().count()

    def refused(*args, **kwargs):
        raise OSError(errno.EROFS, "attempt to write a readonly database")

    monkeypatch.setattr(pdf_export, "record_pdf_export", refused)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(OSError):
        export_month_pdf(OCTOBER, folder / "month.pdf", paper="a4")
    assert list(folder.iterdir()) == [] and AuditEntry.select().count() == before
    monkeypatch.undo()
    pages = export_month_pdf(OCTOBER, folder / "month.pdf", paper="a4")
    assert pages >= 1 and AuditEntry.select().count() == before + 1


def test_a_paragraph_crossing_page_breaks_prints_every_line_once_and_whole(qapp, tmp_path):
    """A paragraph longer than a page splits between two of its lines: each line is drawn on one
    page only and inside the page's body. (Qt's text layout draws the last line above the area it
    is asked to paint as well: the line before each break was printed again above the next page,
    clipped out of sight but in the file's text.) The encounter-sized case is the long month's test."""
    from desktop.report.pdf_writer import write_pdf

    words = [f"w{index:04d}" for index in range(1500)]
    path = tmp_path / "paragraph.pdf"
    pages = write_pdf(path, ["<h2>Heading</h2><p>" + " ".join(words) + "</p>"], {}, paper="a4", title="t",
                      footer="FOOTER", page_label=lambda page, pages: f"Page {page} of {pages}")  # fmt: skip
    assert pages >= 3
    text, wanted = pdftotext(path), set(words)
    assert [text.split().count(word) for word in words] == [1] * len(words)
    on_page = [[word for word in page.split() if word in wanted] for page in text.split("\f")[:pages]]
    assert all(on_page) and sum(on_page, []) == words  # every page has some of it, in order
    boxes = re.findall(r'<page width="[\d.]+" height="([\d.]+)">|yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(w\d+)<',
                       pdftotext(path, "-bbox"))  # fmt: skip
    top, foot = 16 / 25.4 * 72, (14 / 25.4 + 3 * 8 / 72) * 72  # the margins and the footer, in points
    page_height = 0.0
    for height, y_min, y_max, word in boxes:
        page_height = float(height) if height else page_height
        if word:  # inside the page's body, not cut by its top or its foot
            assert top - 1 <= float(y_min) and float(y_max) <= page_height - foot + 1, word
