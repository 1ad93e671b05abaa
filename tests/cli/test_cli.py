"""The command line as a user runs it: a subprocess, real files, exit codes (DESIGN §6)."""

import json

import pytest

from models.store.migrate import latest_schema_version
from tests.helpers import PASSPHRASE, encounter_fields, run_caselog
from tests.models.strategies import document, new_id

caselog = run_caselog


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "caselog.db"
    result = caselog("init", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def write_json(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_init_creates_an_encrypted_owner_only_database(database):
    assert oct(database.stat().st_mode & 0o777) == "0o600"
    assert database.read_bytes()[:16] != b"SQLite format 3\x00"
    result = caselog("init", "--db", database)
    assert result.returncode == 2 and "already exists" in result.stderr


def test_init_refuses_an_empty_passphrase(tmp_path):
    result = caselog("init", "--db", tmp_path / "x.db", passphrase="")
    assert result.returncode == 2
    assert "passphrase is empty" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_no_passphrase_and_no_terminal_is_bad_input(database):
    result = caselog("check", "--db", database, passphrase=None)
    assert result.returncode == 2
    assert "CASELOG_PASSPHRASE" in result.stderr


def test_import_export_and_reimport(database, tmp_path):
    source = write_json(
        tmp_path / "in.json",
        document(
            [encounter_fields(id=new_id()), encounter_fields(id=new_id(), location="Riverside café")],
            clients=[{"code": "C-TEST", "name": "Alex Example"}],
        ),
    )
    result = caselog("import", source, "--db", database)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 encounter(s)" in result.stdout
    again = caselog("import", source, "--db", database)
    assert again.returncode == 0 and "Imported 0 encounter(s)" in again.stdout and "2 encounter(s)" in again.stdout

    out = tmp_path / "out.json"
    result = caselog("export", "json", "-o", out, "--db", database)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Alex Example" not in text and "Riverside" not in text and "Felt a pull" not in text
    assert len(json.loads(text)["encounters"]) == 2
    assert oct(out.stat().st_mode & 0o777) == "0o600"

    full = tmp_path / "full.json"
    assert (
        caselog("export", "json", "-o", full, "--identified", "--include-reflections", "--db", database).returncode == 0
    )
    exported = json.loads(full.read_text(encoding="utf-8"))
    assert exported["clients"][0]["name"] == "Alex Example"
    assert {e["location"] for e in exported["encounters"]} == {"Supermarket on Elm Street", "Riverside café"}
    assert exported["encounters"][0]["reflection"] == "Felt a pull to ask how the week had gone."


def test_a_bad_file_exits_2_names_the_field_and_changes_nothing(database, tmp_path):
    good = write_json(tmp_path / "good.json", document([encounter_fields(id=new_id())]))
    assert caselog("import", good, "--db", database).returncode == 0
    before = caselog("export", "json", "-o", tmp_path / "before.json", "--db", database)
    assert before.returncode == 0
    bad = write_json(
        tmp_path / "bad.json",
        document([encounter_fields(id=new_id()), encounter_fields(id=new_id(), initiated_by="stranger")]),
    )
    result = caselog("import", bad, "--db", database)
    assert result.returncode == 2
    assert "encounters[1].initiated_by: 'stranger' is not one of client, therapist" in result.stderr
    assert "nothing was changed" in result.stderr
    caselog("export", "json", "-o", tmp_path / "after.json", "--db", database)
    strip = lambda p: {k: v for k, v in json.loads(p.read_text()).items() if k != "exported_at"}  # noqa: E731
    assert strip(tmp_path / "after.json") == strip(tmp_path / "before.json")


def test_a_file_that_is_not_json_exits_2(database, tmp_path):
    path = tmp_path / "notes.json"
    path.write_text("this is not json")
    result = caselog("import", path, "--db", database)
    assert result.returncode == 2 and "not valid JSON" in result.stderr
    missing = caselog("import", tmp_path / "missing.json", "--db", database)
    assert missing.returncode == 2 and "cannot read" in missing.stderr


def test_wrong_passphrase_exits_3_with_one_plain_sentence(database):
    before = database.read_bytes()
    result = caselog("check", "--db", database, passphrase="wrong passphrase")
    assert result.returncode == 3
    assert (
        result.stderr.strip() == "caselog: The passphrase does not open this database (or its first page is damaged)."
    )
    assert "Traceback" not in result.stderr and "ERROR CORE" not in result.stderr and "hmac" not in result.stderr
    assert database.read_bytes() == before


@pytest.mark.parametrize("content", [b"hello, not a database\n", b"SQLite format 3\x00" + bytes(4080)])
def test_not_a_caselog_database_exits_3(tmp_path, content):
    path = tmp_path / "other.db"
    path.write_bytes(content)
    result = caselog("check", "--db", path)
    assert result.returncode == 3
    assert "not a Caselog database" in result.stderr and "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_missing_database_exits_3(tmp_path):
    result = caselog("export", "json", "-o", tmp_path / "x.json", "--db", tmp_path / "none.db")
    assert result.returncode == 3 and "no Caselog database" in result.stderr


def test_check_reports_schema_version_and_integrity(database):
    result = caselog("check", "--db", database)
    assert result.returncode == 0, result.stderr
    latest = latest_schema_version()
    assert f"Schema version: {latest} (this Caselog: {latest})" in result.stdout
    assert "Integrity: ok" in result.stdout


def test_usage_errors_exit_2(database):
    assert caselog("export", "json", "--db", database).returncode == 2  # -o missing
    assert caselog("frobnicate").returncode == 2


def test_summary_prints_text_and_json(database, tmp_path):
    source = write_json(
        tmp_path / "in.json",
        document(
            [
                encounter_fields(id=new_id(), occurred_on="2026-10-31", risk="high"),
                encounter_fields(id=new_id(), occurred_on="2026-11-01"),
            ],
            clients=[{"code": "C-TEST", "name": "Alex Example"}],
        ),
    )
    assert caselog("import", source, "--db", database).returncode == 0
    text = caselog("summary", "--month", "2026-10", "--db", database)
    assert text.returncode == 0, text.stderr
    assert "Caselog supervision summary — 2026-10" in text.stdout and "Encounters: 1" in text.stdout
    assert "Alex Example" not in text.stdout and "Supermarket" not in text.stdout
    result = caselog("summary", "--month", "2026-10", "--json", "--db", database)
    summary = json.loads(result.stdout)
    assert summary["total"] == 1 and summary["by_risk"] == {"low": 0, "moderate": 0, "high": 1}
    assert summary["previous_month"] == {"month": "2026-09", "total": 0}


@pytest.mark.parametrize("month", ["2026-13", "Oct", "2026-1"])
def test_summary_refuses_a_malformed_month(database, month):
    result = caselog("summary", "--month", month, "--db", database)
    assert result.returncode == 2
    assert result.stderr.startswith("caselog: --month:") and "Traceback" not in result.stderr


def test_backup_writes_a_copy_that_check_accepts(database, tmp_path):
    copy = tmp_path / "copy.db"
    result = caselog("backup", "-o", copy, "--db", database)
    assert result.returncode == 0, result.stderr
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    checked = caselog("check", "--db", copy)
    assert checked.returncode == 0 and "Audit trail: ok" in checked.stdout
    again = caselog("backup", "-o", copy, "--db", database)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_check_reports_where_the_audit_trail_breaks(database, tmp_path):
    from models.opening import close_store, open_store
    from models.store.audit import AuditEntry

    source = write_json(tmp_path / "in.json", document([encounter_fields(id=new_id())]))
    assert caselog("import", source, "--db", database).returncode == 0
    open_store(database, PASSPHRASE)
    AuditEntry.update(fields="tampered").where(AuditEntry.id == 1).execute()
    close_store()
    result = caselog("check", "--db", database)
    assert result.returncode == 3
    assert "Audit trail: BROKEN after 0 good entries: entry 1 was changed after it was written" in result.stdout


def test_export_csv_from_the_command_line(database, tmp_path):
    named = [{"code": "C-TEST", "name": "Alex Example"}]
    source = write_json(tmp_path / "in.json", document([encounter_fields(id=new_id())], clients=named))
    assert caselog("import", source, "--db", database).returncode == 0
    result = caselog("export", "csv", "-o", tmp_path / "out.csv", "--db", database)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "C-TEST" in text and "Alex Example" not in text


def _review(month, on, minutes, meeting_format, kind, status="signed_off"):
    return {
        "month": month, "supervisor": "Dr Sam Rivera", "status": status, "signed_at": None, "notes": "",
        "comments": [], "credential": "PhD", "meeting_on": on, "meeting_minutes": minutes,
        "meeting_format": meeting_format, "meeting_kind": kind, "licence": "PSY 12345", "jurisdiction": "California",
    }  # fmt: skip


def test_hours_csv_totals_the_years_meetings_and_review_ready_marks_a_month(database, tmp_path):
    reviews = [
        _review("2025-12", "2025-12-18", 90, "in_person", "group"),
        _review("2026-09", "2026-09-29", 60, "video", "individual"),
        _review("2026-10", "2026-11-04", 45, "phone", "individual", status="open"),
    ]
    source = write_json(tmp_path / "in.json", document([], clients=[], reviews=reviews))
    assert caselog("import", source, "--db", database).returncode == 0
    result = caselog("hours", "--year", "2026", "--csv", "--db", database)
    assert result.returncode == 0, result.stderr
    rows = [line.split(",") for line in result.stdout.splitlines()]
    assert [r[0] for r in rows] == ["date", "2026-09-29", "2026-11-04", "total"]
    assert rows[-1][:4] == ["total", "", "105", "1.75"]
    assert rows[1][4:10] == ["video", "individual", "Dr Sam Rivera", "PhD", "PSY 12345", "California"]
    assert rows[2][-1] == "3.25"  # the running total counts December 2025 too
    text = caselog("hours", "--db", database)
    assert text.returncode == 0 and "Supervision hours in all: 3.25" in text.stdout
    assert "By kind: individual 1.75, group 1.50" in text.stdout
    assert caselog("hours", "--year", "26", "--db", database).returncode == 2

    ready = caselog("review", "ready", "--month", "2026-10", "--db", database)
    assert ready.returncode == 0 and "2026-10 is ready for supervision" in ready.stdout
    again = caselog("review", "ready", "--month", "2026-10", "--db", database)
    assert again.returncode == 2 and "--month: 2026-10 is ready for supervision, not open" in again.stderr
    summary = json.loads(caselog("summary", "--month", "2026-10", "--json", "--db", database).stdout)
    assert summary["review"]["status"] == "ready"
    assert summary["hours"] == {"meeting_minutes": 45, "year_minutes": 105}
