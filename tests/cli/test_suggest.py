"""`caselog suggest FILE.json` as a therapist or a script runs it (DESIGN §3): no database, one JSON
line per encounter in file order, categories may be empty; and the labelled vignettes' score."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.helpers import encounter_fields, run_caselog
from tests.models.strategies import document

ROOT = Path(__file__).resolve().parents[2]
# The labelled vignettes live beside the repository (../shared/gold), not in it.
GOLD = next((p for p in (ROOT.parent / "shared" / "gold", ROOT.parents[1] / "shared" / "gold") if p.is_dir()), None)


def written(tmp_path, encounters):
    path = tmp_path / "encounters.json"
    path.write_text(json.dumps(document(encounters), ensure_ascii=False), encoding="utf-8")
    return path


def test_one_line_per_encounter_in_file_order_with_reasons_and_no_database(tmp_path):
    overture = encounter_fields(
        id=str(uuid.uuid4()), categories=[], channel="message", setting="not_applicable",
        acknowledgement="not_applicable", what_was_said="He texted to ask me out for a drink, just the two of us.",
    )  # fmt: skip
    wave = encounter_fields(id=str(uuid.uuid4()), categories=[], what_was_said="She waved from the queue.")
    done = run_caselog("suggest", written(tmp_path, [overture, wave]), passphrase=None)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == [overture["id"], wave["id"]]
    assert all(set(line) == {"id", "categories", "concerns", "minimum_risk", "warnings"} for line in lines)
    (concern,) = lines[0]["concerns"]
    assert concern["kind"] == "romantic_or_sexual" and "“" in concern["reason"] and "drink" in concern["reason"]
    assert lines[0]["minimum_risk"]["risk"] == "high"
    assert {"slug": "between_session_contact", "reason": "contact by message, phone or social media"} in lines[0][
        "categories"
    ]
    assert lines[1]["concerns"] == [] and lines[1]["minimum_risk"] is None
    assert not list(Path(os.environ["XDG_DATA_HOME"]).rglob("*.db")), "no database is made or opened"


def test_warnings_name_the_field_and_never_stop_the_run(tmp_path):
    unseen = encounter_fields(id=str(uuid.uuid4()), categories=[], initiated_by="no_contact")
    done = run_caselog("suggest", written(tmp_path, [unseen]), passphrase=None)
    assert done.returncode == 0
    (line,) = [json.loads(text) for text in done.stdout.splitlines()]
    assert {"field": "acknowledgement", "message": "no contact took place, yet an acknowledgement is recorded"} in line[
        "warnings"
    ]


def test_a_bad_file_is_refused_naming_the_place_and_the_value(tmp_path):
    bad = encounter_fields(id=str(uuid.uuid4()), categories=[], channel="pigeon")
    done = run_caselog("suggest", written(tmp_path, [bad]), passphrase=None)
    assert done.returncode == 2 and done.stdout == ""
    assert "encounters[0].channel: 'pigeon' is not one of" in done.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    done = run_caselog("suggest", broken, passphrase=None)
    assert done.returncode == 2 and "not valid JSON" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(GOLD is None, reason="the labelled vignettes (../shared/gold) are not beside this checkout")
@pytest.mark.parametrize("vignettes", ["suggestions.json", "suggestions-de.json"])
def test_the_labelled_vignettes_meet_the_issue_s_targets(vignettes):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(GOLD / "score.py"), "--caselog", f"{sys.executable} -m desktop",
         "--set", str(GOLD / vignettes), "--show", "0", "--min-f1", "0.85", "--min-concern-f1", "0.80",
         "--min-must-catch", "1.0", "--max-risk-short", "2"],
        capture_output=True, text=True, env=environment, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-600:] + done.stderr[-600:]
