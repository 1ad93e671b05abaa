"""An adversarial pass over what leaves the therapist's screen, as a user runs it: a database built
by importing an identified file, then every pseudonymised export read back as a recipient reads it
(the JSON and CSV files, the PDF through pdftotext, what ``summary`` prints). Whatever is written,
no stored client name, keep-out word or location comes out (DESIGN §9)."""

import json

import pytest

from tests.helpers import encounter_fields, pdftotext, run_caselog, seen
from tests.models.strategies import document, new_id

caselog = run_caselog
NAME = "Juergen Strauss"  # stored without umlaut or ß: written "Jürgen Strauß" in the notes
OTHER = "Anna-Lena Vogelsang"
# What a therapist pastes or types: accents the stored name lacks, a soft hyphen or a zero-width
# space from a word processor, a word broken at the end of a line, a name run together or beside digits.
PLACE = "Quillfeather Bakery, Hollin Lane"
PLACES = ("Quillfeather", "Hollin", "Larkspur")
WRITTEN = (
    "Jürgen waved; Strauß's sister was there. Later Annalena Vogel\u00adsang joined, and "
    "Vogel\u200bsang's friend mentioned Stra-\nuss. Her handle is anna_lena_vogelsang85."
)


def leaks(text: str) -> list[str]:
    return seen(text, NAME) + seen(text, OTHER)


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("leaks")
    path = folder / "caselog.db"
    assert caselog("init", "--db", path).returncode == 0
    source = folder / "in.json"
    encounters = [
        encounter_fields("C-7K2F", id=new_id(), occurred_on="2026-10-14", what_was_said=WRITTEN, risk="high",
                         consultation=WRITTEN, reflection=WRITTEN, categories=["juergen_gifts", "visits"]),
        encounter_fields("C-Q9X3", id=new_id(), occurred_on="2026-10-20", response=WRITTEN, categories=["visits"]),
        encounter_fields("C-7K2F", id=new_id(), occurred_on="2026-09-10", location=PLACE, what_was_said="Met."),
    ]  # fmt: skip
    # Changed in November, after September was signed off: a month whose own encounters (none)
    # have none of these places.
    addendum = {
        "encounter": encounters[2]["id"], "month": "2026-09", "kind": "changed", "created_at": "2026-11-03T10:00:00",
        "reason": "Forgot where: Quillfeather, then Larkspur",
        "changes": {
            "what_was_said": ["Met.", "Met by chance at the Quillfeather Bakery on Hollin Lane with Haverbrook."],
            "location": [PLACE, "Larkspur Tearooms"],
            "reflection": [None, "Jürgen reminds me of my brother; we met at Larkspur."],
            "categories": [["public_acknowledgement"], ["juergen_gifts"]],
        },
    }  # fmt: skip
    record = {
        "acknowledgement_agreement": {"agreed_on": "2026-03-01", "terms": "A nod only at Lindqvist Gym; she leads"},
        "overlaps": [{"kind": "community", "description": "Sings in my choir at St Luke's, Brackenridge",
                      "plan": "Leave St Luke's choir practice early; greet Irmtraud only if she greets first",
                      "review_on": None}],
        "keep_out": ["Irmtraud"],
    }  # fmt: skip
    clients = [{"code": "C-7K2F", "name": NAME, **record}, {"code": "C-Q9X3", "name": OTHER}]
    # The therapist's own tags, named after clients: by label, and by a slug chosen in an import.
    tags = [{"slug": "juergen_gifts", "label": "Gifts"}, {"slug": "visits", "label": "Visits from Anna-Lena's mother"},
            {"slug": "lifts", "label": "Lifts home from Bob"}]  # fmt: skip
    encounters[1]["location"] = "Corner Shop, High Street"  # only common words: found as the phrase it is
    review = {
        "month": "2026-10", "supervisor": "Dr Supervisor", "status": "open", "signed_at": None, "notes": "",
        "revision_comment": "Ask how Juergen took it",
        "comments": [{"encounter": encounters[1]["id"], "text": "Outside the corner shop again?", "discussed": True}],
        "action_items": [{"text": "Agree a protocol", "owner": "Jürgen's key worker", "due_on": None, "done": False}],
    }  # fmt: skip
    written = {**document(encounters, clients=clients, tags=tags, reviews=[review]), "addenda": [addendum]}
    source.write_text(json.dumps(written))
    result = caselog("import", source, "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def test_names_in_disguise_leave_in_no_export(database, tmp_path):
    written = {}
    for kind in ("json", "csv"):
        result = caselog("export", kind, "-o", tmp_path / f"out.{kind}", "--include-reflections", "--db", database)
        assert result.returncode == 0, result.stderr
        written[kind] = (tmp_path / f"out.{kind}").read_text(encoding="utf-8-sig")
    pdf = tmp_path / "out.pdf"
    result = caselog("export", "pdf", "--month", "2026-10", "-o", pdf, "--full-detail", "--db", database)
    assert result.returncode == 0, result.stderr
    written["pdf"] = pdftotext(pdf)
    summary = caselog("summary", "--month", "2026-10", "--json", "--db", database)
    assert summary.returncode == 0, summary.stderr
    written["summary"] = summary.stdout
    for kind, text in written.items():
        assert leaks(text) == [], (kind, text)
    assert "C-7K2F" in written["pdf"] and "Jürgen" not in written["json"]


def test_the_therapists_tags_leave_pseudonymised(database, tmp_path):
    """A tag named after a client, by its label or its slug, leaves as one made from its
    pseudonymised label, the same in every place of an export; the export still imports."""
    out = tmp_path / "out.json"
    assert caselog("export", "json", "-o", out, "--db", database).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    slugs = {t["slug"]: t["label"] for t in exported["tags"]}
    assert slugs == {"gifts": "Gifts", "visits_from_c_q9x3_s_mother": "Visits from C-Q9X3's mother",
                     "lifts": "Lifts home from Bob"}  # fmt: skip
    assert set(slugs) - {"lifts"} <= {s for e in exported["encounters"] for s in e["categories"]}
    csv = tmp_path / "out.csv"
    assert caselog("export", "csv", "-o", csv, "--db", database).returncode == 0
    pdf = tmp_path / "out.pdf"
    assert caselog("export", "pdf", "--month", "2026-10", "-o", pdf, "--full-detail", "--db", database).returncode == 0
    outputs = {
        "json": out.read_text(encoding="utf-8"), "csv": csv.read_text(encoding="utf-8-sig"), "pdf": pdftotext(pdf),
        "summary": caselog("summary", "--month", "2026-10", "--db", database).stdout,
        "summary --json": caselog("summary", "--month", "2026-10", "--json", "--db", database).stdout,
    }  # fmt: skip
    for kind, text in outputs.items():
        assert leaks(text) == [] and "juergen" not in text.casefold(), (kind, text)
    assert "Visits from C-Q9X3's mother" in " ".join(outputs["pdf"].split())
    again = tmp_path / "again.db"
    assert caselog("init", "--db", again).returncode == 0
    result = caselog("import", out, "--db", again)
    assert result.returncode == 0, result.stderr


def test_an_addendum_to_an_earlier_month_leaves_pseudonymised(database, tmp_path):
    """An addendum shown with the month it was made in, whose encounter (and so its locations) is
    not of that month: its old and new values and its reason carry no place or name; with the
    reflections included, the reflection it changed neither."""
    pdf = tmp_path / "november.pdf"
    assert caselog("export", "pdf", "--month", "2026-11", "-o", pdf, "--db", database).returncode == 0
    out = tmp_path / "out.json"
    result = caselog("export", "json", "-o", out, "--include-reflections", "--db", database)
    assert result.returncode == 0, result.stderr
    outputs = {
        "pdf": pdftotext(pdf), "json": out.read_text(encoding="utf-8"),
        "summary": caselog("summary", "--month", "2026-11", "--db", database).stdout,
        "summary --json": caselog("summary", "--month", "2026-11", "--json", "--db", database).stdout,
    }  # fmt: skip
    for kind, text in outputs.items():
        assert "2026-09-10 C-7K2F" in text or kind == "json", (kind, text)
        assert leaks(text) == [] and not [p for p in PLACES if p in text], (kind, text)
    changes = json.loads(outputs["json"])["addenda"][0]["changes"]
    assert changes["reflection"][1] == "C-7K2F reminds me of my brother; we met at [place]."
    assert changes["categories"] == [["public_acknowledgement"], ["gifts"]]


def test_the_reviews_words_leave_pseudonymised(database, tmp_path):
    """A supervisor's comment, with its encounter's location (a phrase of common words), and an
    action item's owner: pseudonymised in the PDF, summary --json and the JSON export."""
    pdf = tmp_path / "out.pdf"
    assert caselog("export", "pdf", "--month", "2026-10", "-o", pdf, "--full-detail", "--db", database).returncode == 0
    out = tmp_path / "out.json"
    assert caselog("export", "json", "-o", out, "--db", database).returncode == 0
    outputs = {
        "pdf": " ".join(pdftotext(pdf).split()), "json": out.read_text(encoding="utf-8"),
        "summary --json": caselog("summary", "--month", "2026-10", "--json", "--db", database).stdout,
    }  # fmt: skip
    for kind, text in outputs.items():
        assert leaks(text) == [] and "corner shop" not in text.casefold(), (kind, text)
        assert "Outside the [place] again?" in text and "C-7K2F's key worker" in text, (kind, text)


def test_a_standing_records_plans_keep_what_the_dropped_description_names_out(database, tmp_path):
    """An overlap's description is dropped from pseudonymised output; the plan agreed for it
    often names the same place, so the description's words are replaced there too; and the list
    before a JSON export (``--check``) covers the record's words."""
    out = tmp_path / "out.json"
    assert caselog("export", "json", "-o", out, "--db", database).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    record = next(c for c in exported["clients"] if c["code"] == "C-7K2F")
    plan = record["overlaps"][0]["plan"]
    assert record["overlaps"][0]["description"] == "" and record["keep_out"] == []
    assert "Luke" not in plan and "Irmtraud" not in plan and plan.startswith("Leave St [place] choir practice"), plan
    check = caselog("export", "json", "--check", "--db", database)
    assert check.returncode == 0, check.stderr
    assert "'Lindqvist Gym' (school): client C-7K2F, acknowledgement agreement" in check.stdout, check.stdout
    csv_check = caselog("export", "csv", "--check", "--db", database)
    assert "Lindqvist" not in csv_check.stdout  # the CSV carries no standing records


def test_the_list_before_an_export_covers_addenda_and_tags(database):
    """An unknown name in an addendum the PDF prints, or in a tag's label, is listed by --check
    (a tag's own words do not hide it: "Bob" of a tag "Lifts home from Bob")."""
    pdf = caselog("export", "pdf", "--month", "2026-11", "--check", "--db", database)
    assert pdf.returncode == 0, pdf.stderr
    assert "'Haverbrook' (name): 2026-09-10 C-7K2F, addendum, what was said" in pdf.stdout, pdf.stdout
    exported = caselog("export", "json", "--check", "--db", database)
    assert "'Haverbrook' (name)" in exported.stdout and "'Bob' (name): tag lifts" in exported.stdout, exported.stdout
