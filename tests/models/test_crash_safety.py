"""SIGKILL in the middle of an import and of saves, many times at different moments: the database
always passes its integrity checks and holds all or nothing of the interrupted work."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from models.opening import close_store, open_store
from models.store.database import integrity_problems, open_database
from tests.helpers import PASSPHRASE, encounter_fields
from tests.models.strategies import document, new_id

IMPORT_SIZE = 1500


def start_writer(*args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.models.crash_writer", *map(str, args)],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert process.stdout.readline().strip() == "START"
    return process


def kill(process):
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def fresh_database(path):
    open_store(path, PASSPHRASE, create=True)
    from models.log.clients import create_client

    create_client(code="C-TEST")
    close_store()


def counts(path):
    database = open_database(path, PASSPHRASE)
    try:
        assert integrity_problems(database) == []
        row = lambda sql: database.execute_sql(sql).fetchone()[0]  # noqa: E731
        return {
            "encounters": row("SELECT count(*) FROM encounter"),
            "links": row("SELECT count(*) FROM encounter_category"),
            "follow_ups": row("SELECT count(*) FROM follow_up"),
            "audit": row("SELECT count(*) FROM audit_entry WHERE action = 'encounter.create'"),
            "imports": row("SELECT count(*) FROM audit_entry WHERE action = 'import.json'"),
        }
    finally:
        database.close()


@pytest.fixture(scope="module")
def import_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("crash") / "big.json"
    encounters = [encounter_fields(id=new_id(), categories=["public_acknowledgement", "confidentiality"])
                  for _ in range(IMPORT_SIZE)]  # fmt: skip
    path.write_text(json.dumps(document(encounters)))
    return path


def test_killing_an_import_leaves_all_or_nothing(tmp_path, import_file):
    timing = tmp_path / "timing.db"
    fresh_database(timing)
    writer = start_writer(timing, PASSPHRASE, "import", import_file)
    duration = float(writer.stdout.readline().split()[1])
    writer.wait(timeout=60)
    outcomes = set()
    for attempt in range(8):
        path = tmp_path / f"import-{attempt}.db"
        fresh_database(path)
        writer = start_writer(path, PASSPHRASE, "import", import_file)
        time.sleep(duration * (attempt + 0.5) / 8)  # spread the kills across the whole import
        kill(writer)
        found = counts(path)
        assert found["encounters"] in (0, IMPORT_SIZE), found
        assert found["links"] == 2 * found["encounters"] and found["follow_ups"] == found["encounters"]
        assert found["imports"] == (1 if found["encounters"] else 0)
        outcomes.add(found["encounters"])
    assert 0 in outcomes  # at least one kill landed before the commit


def test_killing_saves_never_leaves_half_an_encounter(tmp_path):
    path = tmp_path / "saves.db"
    fresh_database(path)
    total = 0
    for attempt in range(8):
        writer = start_writer(path, PASSPHRASE, "save")
        time.sleep(0.05 + 0.06 * attempt)
        kill(writer)
        found = counts(path)
        assert found["links"] == 2 * found["encounters"], found
        assert found["follow_ups"] == found["encounters"] and found["audit"] == found["encounters"]
        assert found["encounters"] >= total  # nothing saved before was lost
        total = found["encounters"]
    assert total > 0


def test_killing_backups_never_leaves_a_partial_copy_under_its_name(tmp_path, import_file):
    from models.store.backup import make_backup, verify_backup

    path, folder = tmp_path / "backed-up.db", tmp_path / "copies"
    folder.mkdir()
    fresh_database(path)
    open_store(path, PASSPHRASE)
    from models.interchange.importing import import_json

    import_json(import_file)  # a database large enough that a copy takes a while
    close_store()
    for attempt in range(8):
        writer = start_writer(path, PASSPHRASE, "backup", folder)
        time.sleep(0.2 + 0.35 * attempt)  # from the first copy's start to several copies
        kill(writer)
    copies = sorted(folder.glob("copy-*"))
    assert copies and not [p for p in copies if not p.name.endswith(".db")]  # no journal under a copy's name
    for copy in copies:
        verify_backup(copy, PASSPHRASE)  # every copy that has its name is whole
    database = open_store(path, PASSPHRASE)
    make_backup(database, folder / "after.db")  # the next backup clears what the killed ones left
    close_store()
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".caselog-")]
