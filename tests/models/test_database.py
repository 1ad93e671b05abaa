"""The encrypted store: created owner-only and encrypted, and every way of failing to open it
has its own clear exception."""

import os
import stat
import unicodedata

import pytest
from peewee import SqliteDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase

from models.log.encounters import save_encounter
from models.opening import close_store, open_store
from models.store.backup import backup_database
from models.store.database import (
    PLAIN_SQLITE_HEADER,
    DamagedDatabase,
    DatabaseExists,
    DatabaseNotFound,
    EmptyPassphrase,
    NotACaselogDatabase,
    WrongPassphrase,
    create_database,
    integrity_problems,
    open_database,
)
from models.store.passphrase import WeakPassphrase
from tests.helpers import PASSPHRASE, encounter_fields


def test_new_database_is_encrypted_and_owner_only(store, db_path):
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    for suffix in ("-wal", "-shm"):
        side = f"{db_path}{suffix}"
        if os.path.exists(side):
            assert stat.S_IMODE(os.stat(side).st_mode) == 0o600
    with open(db_path, "rb") as handle:
        assert handle.read(16) != PLAIN_SQLITE_HEADER


def test_text_is_not_readable_in_the_file(store, db_path, client):
    save_encounter(encounter_fields(what_was_said="Unmistakable phrase about the allotment"))
    close_store()
    raw = b"".join(open(f"{db_path}{s}", "rb").read() for s in ("", "-wal") if os.path.exists(f"{db_path}{s}"))
    assert b"allotment" not in raw
    assert b"C-TEST" not in raw


def test_pragmas_pin_wal_full_sync_and_foreign_keys(store):
    assert store.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.execute_sql("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_empty_passphrase_is_refused_and_leaves_no_file(db_path):
    with pytest.raises(EmptyPassphrase):
        open_store(db_path, "", create=True)
    assert not db_path.exists()


def test_create_refuses_an_existing_file(db_path):
    db_path.write_text("keep me")
    with pytest.raises(DatabaseExists):
        open_store(db_path, PASSPHRASE, create=True)
    assert db_path.read_text() == "keep me"


def test_wrong_passphrase(store, db_path):
    close_store()
    before = db_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        open_database(db_path, "not the passphrase")
    assert db_path.read_bytes() == before


def test_missing_file(tmp_path):
    with pytest.raises(DatabaseNotFound):
        open_database(tmp_path / "nothing.db", PASSPHRASE)


def test_plain_sqlite_file_is_not_a_caselog_database(tmp_path):
    path = tmp_path / "plain.db"
    plain = SqliteDatabase(str(path))
    plain.execute_sql("CREATE TABLE t (x)")
    plain.close()
    with pytest.raises(NotACaselogDatabase, match="unencrypted"):
        open_database(path, PASSPHRASE)


def test_text_file_is_not_a_caselog_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    with pytest.raises(NotACaselogDatabase):
        open_database(path, PASSPHRASE)


def test_other_encrypted_database_is_not_a_caselog_database(tmp_path):
    path = tmp_path / "other.db"
    other = SqlCipherDatabase(str(path), passphrase=PASSPHRASE)
    other.execute_sql("CREATE TABLE t (x)")
    other.close()
    with pytest.raises(NotACaselogDatabase, match="not one made by Caselog"):
        open_database(path, PASSPHRASE)


def test_damaged_pages_are_reported_as_damage(store, db_path, client):
    for index in range(300):
        save_encounter(encounter_fields(what_was_said=f"Encounter number {index} " + "text " * 200))
    store.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_store()
    size = db_path.stat().st_size
    assert size > 40 * 4096
    with open(db_path, "r+b") as handle:
        for page in range(size // 4096 // 2, size // 4096 // 2 + 4):
            handle.seek(page * 4096 + 100)
            handle.write(os.urandom(64))
    opened = open_database(db_path, PASSPHRASE)  # the first page and the schema are fine ...
    try:
        assert integrity_problems(opened, quick=True)  # ... the quick check finds the damage
    finally:
        opened.close()


def test_truncated_file_is_reported_as_damage(store, db_path, client):
    for _ in range(50):
        save_encounter(encounter_fields(what_was_said="text " * 300))
    store.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_store()
    with open(db_path, "r+b") as handle:
        handle.truncate(db_path.stat().st_size - 3000)
    with pytest.raises(DamagedDatabase):
        open_database(db_path, PASSPHRASE)


def test_backup_is_an_encrypted_consistent_copy(store, tmp_path, client):
    save_encounter(encounter_fields())
    copy = backup_database(store, tmp_path / "backup.db")
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    assert copy.read_bytes()[:16] != PLAIN_SQLITE_HEADER
    opened = open_database(copy, PASSPHRASE)
    assert opened.execute_sql("SELECT count(*) FROM encounter").fetchone()[0] == 1
    assert integrity_problems(opened) == []
    opened.close()
    with pytest.raises(WrongPassphrase):
        open_database(copy, "another passphrase")


def test_a_prepared_query_gives_what_peewee_gives_for_each_set_of_values(store, client):
    import datetime as dt

    from models.log.encounters import Encounter
    from models.store.database import PreparedQuery

    for day in ("2026-09-30", "2026-10-01", "2026-10-31", "2026-11-01"):
        save_encounter(encounter_fields(occurred_on=day))

    def build(start, end):
        return Encounter.select(Encounter.occurred_on).where(
            (Encounter.occurred_on >= start) & (Encounter.occurred_on < end) & Encounter.deleted_at.is_null()
        )

    prepared = PreparedQuery(build)
    for start, end in ((dt.date(2026, 10, 1), dt.date(2026, 11, 1)), (dt.date(2026, 9, 1), dt.date(2026, 12, 1))):
        expected = sorted(str(d) for (d,) in build(start, end).tuples())
        assert sorted(d for (d,) in prepared.rows(start, end)) == expected
    assert len(prepared.rows(dt.date(2026, 10, 1), dt.date(2026, 11, 1))) == 2

    computed = PreparedQuery(lambda start: Encounter.select().where(Encounter.occurred_on >= start + "x"))
    with pytest.raises(ValueError, match="as it is"):
        computed.rows(dt.date(2026, 10, 1))


@pytest.mark.parametrize("weak", ["a", "short", " " * 15, "x'" + "00" * 32 + "'", "x'" + "ab" * 48 + "'"])
def test_a_new_passphrase_is_long_enough_and_never_a_raw_key(tmp_path, weak):
    with pytest.raises(WeakPassphrase):
        create_database(tmp_path / "weak.db", weak)
    assert not (tmp_path / "weak.db").exists()


def test_a_passphrase_change_to_a_raw_key_is_refused(store, db_path):
    from models.opening import change_store_passphrase

    with pytest.raises(WeakPassphrase):
        change_store_passphrase(PASSPHRASE, "x'" + "ab" * 32 + "'")
    store.close()
    open_database(db_path, PASSPHRASE).close()


def test_a_passphrase_is_keyed_in_its_composed_form_and_opens_in_either(tmp_path):
    composed = unicodedata.normalize("NFC", "Straße nach Köln 2026")
    decomposed = unicodedata.normalize("NFD", composed)
    create_database(tmp_path / "typed-decomposed.db", decomposed).close()
    for form in (composed, decomposed):
        opened = open_database(tmp_path / "typed-decomposed.db", form)
        assert opened.form == composed
        opened.close()
