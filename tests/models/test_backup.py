"""Backups and passphrase changes (DESIGN §9)."""

import datetime as dt
import os
import stat

import pytest

from models.log.encounters import Encounter, save_encounter
from models.log.search import text_search_condition
from models.opening import change_store_passphrase, close_store, open_store
from models.store.backup import (
    BackupRefused,
    automatic_backup,
    automatic_backups,
    latest_good_backup,
    make_backup,
    restore_backup,
    verify_backup,
)
from models.store.database import WrongPassphrase, db, open_database
from tests.helpers import PASSPHRASE, encounter_fields


def test_a_backup_is_an_encrypted_owner_only_copy_that_verifies(store, client, tmp_path):
    save_encounter(encounter_fields(what_was_said="Met at the farmers' market"))
    path = make_backup(store, tmp_path / "copy.db")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    verify_backup(path, PASSPHRASE)
    with pytest.raises(BackupRefused, match="cannot be used"):
        verify_backup(path, "a different passphrase")
    with pytest.raises(FileExistsError):
        make_backup(store, path)


def test_automatic_backups_once_a_day_keeping_the_newest(store, tmp_path):
    folder = tmp_path / "backups"
    day = dt.datetime(2026, 11, 1, 9, 0, 0)
    for offset in range(6):
        assert automatic_backup(store, folder, keep=3, now=day + dt.timedelta(days=offset)) is not None
        assert automatic_backup(store, folder, keep=3, now=day + dt.timedelta(days=offset, hours=5)) is None
    names = [p.name for p in automatic_backups(folder)]
    assert names == [f"caselog-backup-2026110{d}-090000.db" for d in (4, 5, 6)]
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_restore_checks_the_backup_keeps_the_replaced_file_and_search_still_works(store, client, db_path, tmp_path):
    save_encounter(encounter_fields(what_was_said="Before the backup: a wave at the bakery"))
    backup = make_backup(store, tmp_path / "good.db")
    save_encounter(encounter_fields(what_was_said="After the backup"))
    close_store()
    aside = restore_backup(backup, db_path, PASSPHRASE)
    assert aside.exists() and aside.name.startswith("caselog.db.replaced-")
    open_store(db_path, PASSPHRASE)
    assert [e.what_was_said for e in Encounter.select()] == ["Before the backup: a wave at the bakery"]
    assert Encounter.select().where(text_search_condition("bakery")).count() == 1
    previous = open_database(aside, PASSPHRASE)
    assert previous.execute_sql("SELECT count(*) FROM encounter").fetchone()[0] == 2
    previous.close()


def test_a_damaged_backup_is_refused_and_the_database_is_untouched(store, client, db_path, tmp_path):
    for index in range(200):
        save_encounter(encounter_fields(what_was_said=f"entry {index} " + "text " * 200))
    backup = make_backup(store, tmp_path / "bad.db")
    with open(backup, "r+b") as handle:
        handle.seek(backup.stat().st_size // 2)
        handle.write(os.urandom(256))
    close_store()
    before = db_path.read_bytes()
    with pytest.raises(BackupRefused):
        restore_backup(backup, db_path, PASSPHRASE)
    assert db_path.read_bytes() == before


def test_latest_good_backup_skips_damaged_ones(store, client, tmp_path):
    folder = tmp_path / "backups"
    for _ in range(50):
        save_encounter(encounter_fields(what_was_said="text " * 300))
    good = automatic_backup(store, folder, now=dt.datetime(2026, 11, 1, 9))
    bad = automatic_backup(store, folder, now=dt.datetime(2026, 11, 2, 9))
    with open(bad, "r+b") as handle:
        handle.seek(bad.stat().st_size // 2)
        handle.write(os.urandom(512))
    assert latest_good_backup(folder, PASSPHRASE) == good


def test_change_passphrase_asks_for_the_current_one(store, client, db_path):
    save_encounter(encounter_fields())
    with pytest.raises(WrongPassphrase):
        change_store_passphrase("not the current one", "a brand new passphrase")
    change_store_passphrase(PASSPHRASE, "a brand new passphrase")
    close_store()
    with pytest.raises(WrongPassphrase):
        open_database(db_path, PASSPHRASE)
    open_store(db_path, "a brand new passphrase")
    assert Encounter.select().count() == 1
    assert db.obj is not None


def test_a_partial_automatic_backup_does_not_count_as_the_days(store, client, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    partial = folder / "caselog-backup-20261101-090000.db"
    partial.write_bytes(b"\0" * 1024)  # cut short by an older Caselog, with its journal beside it
    (folder / "caselog-backup-20261101-090000.db-journal").write_bytes(b"\0" * 512)
    made = automatic_backup(store, folder, now=dt.datetime(2026, 11, 1, 15, 0, 0))
    assert made is not None and made.name == "caselog-backup-20261101-150000.db"
    assert [p.name for p in folder.iterdir()] == [made.name]
    verify_backup(made, PASSPHRASE)


def test_restore_onto_a_full_disk_fails_cleanly(store, client, db_path, tmp_path, monkeypatch):
    from models.store import backup as backups

    save_encounter(encounter_fields())
    good = make_backup(store, tmp_path / "good.db")
    close_store()
    before = sorted(p.name for p in db_path.parent.iterdir())
    contents = db_path.read_bytes()

    def copy_until_full(source, target, length=0):
        target.write(source.read(8192))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups.shutil, "copyfileobj", copy_until_full)
    with pytest.raises(BackupRefused, match="the disk is full"):
        restore_backup(good, db_path, PASSPHRASE)
    assert sorted(p.name for p in db_path.parent.iterdir()) == before and db_path.read_bytes() == contents
    open_store(db_path, PASSPHRASE)
