"""CSV for spreadsheets: pseudonymised by default, reflections only when included, no formulas."""

import csv
import io
import os
import stat

from models.interchange.csv_export import encounters_csv, export_csv
from models.log.clients import create_client
from models.log.encounters import delete_encounter, save_encounter
from tests.helpers import encounter_fields


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_pseudonymised_by_default_and_identified_when_asked(store):
    create_client(code="C-CSV1", name="Riley Spreadsheet")
    save_encounter(
        encounter_fields("C-CSV1", location="Bus station café", reflection="My own pull", concerns=["gift", "safety"])
    )
    plain = encounters_csv()
    assert "Riley" not in plain and "Bus station" not in plain and "My own pull" not in plain
    [row] = rows(plain)
    assert row["client"] == "C-CSV1" and row["location"] == "" and "client_name" not in row
    assert row["categories"] == "public_acknowledgement" and row["follow_up"] == "discuss_next_session (open)"
    assert row["concerns"] == "gift; safety"
    [named] = rows(encounters_csv(identified=True, include_reflections=True))
    assert (named["client_name"], named["location"], named["reflection"]) == (
        "Riley Spreadsheet", "Bus station café", "My own pull",
    )  # fmt: skip


def test_cells_that_a_spreadsheet_would_run_are_quoted(client):
    save_encounter(encounter_fields(what_was_said='=HYPERLINK("http://x")', response="-2+3", location="@home"))
    [row] = rows(encounters_csv(identified=True))
    assert row["what_was_said"] == '\'=HYPERLINK("http://x")'
    assert row["response"] == "'-2+3" and row["location"] == "'@home"


def test_trash_is_left_out_and_the_file_is_owner_only(client, tmp_path):
    save_encounter(encounter_fields(what_was_said="Kept"))
    delete_encounter(save_encounter(encounter_fields(what_was_said="Trashed")).id)
    path = tmp_path / "out.csv"
    assert export_csv(path) == 1
    text = path.read_text(encoding="utf-8-sig")
    assert "Kept" in text and "Trashed" not in text
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_no_cell_can_become_a_formula_behind_a_space_or_an_invisible_character():
    from models.interchange.csv_export import cell

    risky = [
        "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1", "\n=1+1", "\u00a0=1+1", "\u200b=1+1",
        "\ufeff=1", "\uff1d1+1", "\uff0bA1", "\uff0d1", "\uff20A1", "\u2028=1", " plain words",
    ]  # fmt: skip
    for text in risky:
        assert cell(text) == "'" + text, repr(text)
    for text in ("Met at the market", "1+1=2", "", "Ünïcode", "日本語"):
        assert cell(text) == text
