"""Schema migrations: each applies to an empty database and to one made by the migration before
it, and the result matches the application's models."""

import pytest
from playhouse.migrations import Migration
from playhouse.schema_diff import diff_models

from models.log.clients import create_client
from models.log.encounters import Encounter, encounter_dict, save_encounter
from models.log.search import text_search_condition
from models.log.taxonomy import Category, ensure_builtin_categories
from models.opening import ALL_MODELS, close_store, open_store
from models.store.database import create_database, db, open_database
from models.store.migrate import (
    MIGRATIONS_DIRECTORY,
    applied_migrations,
    latest_schema_version,
    migrate,
    pending_migrations,
    schema_version,
)
from tests.helpers import PASSPHRASE, encounter_fields

NAMES = [m.name for m in Migration.load_directory(str(MIGRATIONS_DIRECTORY))]


def test_migrations_are_numbered_in_order_each_number_once():
    """Numbers are reserved per issue (TEAM.md), so a higher one may land before a lower one; each
    is used once, a second migration of an issue by a letter after its number (0012b), and the
    runner applies them in that order."""
    numbers = [(int(name[:4]), name[4:].split("_")[0]) for name in NAMES]
    assert numbers == sorted(set(numbers)) and numbers[0] == (1, "")
    assert all(suffix == "" or (len(suffix) == 1 and suffix.isalpha()) for _, suffix in numbers)


def test_migrating_an_empty_database_matches_the_models(tmp_path):
    database = create_database(tmp_path / "new.db", PASSPHRASE)
    assert migrate(database) == NAMES
    assert schema_version(database) == latest_schema_version() == int(NAMES[-1][:4])
    assert pending_migrations(database) == []
    assert not diff_models(database, list(ALL_MODELS))
    assert migrate(database) == []  # a second run does nothing
    database.close()


@pytest.mark.parametrize("name", NAMES[1:])
def test_each_migration_applies_to_a_database_made_by_the_previous_one(tmp_path, name):
    previous = NAMES[NAMES.index(name) - 1]
    path = tmp_path / "old.db"
    database = create_database(path, PASSPHRASE)
    migrate(database, target=previous)
    db.initialize(database)
    ensure_builtin_categories()
    _insert_old_encounter(database)
    database.close()

    database = open_database(path, PASSPHRASE)
    assert migrate(database, target=name)[-1] == name
    assert applied_migrations(database)[-1] == name
    assert list(tmp_path.glob(f"old.db.before-{name}-*.bak")), "the file is backed up before migrating"
    database.close()
    store = open_store(path, PASSPHRASE)
    assert Encounter.select().count() == 1
    assert Encounter.get().what_was_said == "Written before the migration."
    close_store()
    store.close()


def _insert_old_encounter(database):
    """Insert one encounter with plain SQL, so it works whatever the schema version."""
    database.execute_sql("INSERT INTO client (code, name, created_at) VALUES ('C-OLD1', NULL, '2026-01-01 10:00:00')")
    database.execute_sql(
        "INSERT INTO encounter (id, occurred_on, client_id, channel, setting, initiated_by, avoidability,"
        " acknowledgement, others_present, therapy_content_raised, what_was_said, response, risk, assessment,"
        " for_supervision, created_at, updated_at) VALUES ('0123456789abcdef0123456789abcdef', '2026-01-02', 1,"
        " 'phone', 'not_applicable', 'client', 'unavoidable', 'not_applicable', 0, 0,"
        " 'Written before the migration.', '', 'low', 'crossing_benign', 0, '2026-01-02 10:00:00',"
        " '2026-01-02 10:00:00')"
    )
    category = Category.get(Category.slug == "between_session_contact")
    database.execute_sql(
        "INSERT INTO encounter_category (encounter_id, category_id, position) VALUES (?, ?, 0)",
        ("0123456789abcdef0123456789abcdef", category.id),
    )


def test_opening_a_current_database_takes_no_backup(tmp_path, store):
    create_client(code="C-TEST")
    save_encounter(encounter_fields())
    close_store()
    open_store(tmp_path / "caselog.db", PASSPHRASE)
    assert not list(tmp_path.glob("*.bak"))


def test_no_index_repeats_the_leading_columns_of_another(tmp_path):
    """A narrower index whose columns begin a wider one on the same table only slows every insert."""
    database = create_database(tmp_path / "new.db", PASSPHRASE)
    migrate(database)
    columns: dict[str, tuple[str, list[str]]] = {}
    for name, table in database.execute_sql("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"):
        rows = database.execute_sql(f"PRAGMA index_xinfo('{name}')").fetchall()
        partial = database.execute_sql("SELECT sql LIKE '% WHERE %' FROM sqlite_master WHERE name = ?", (name,))
        if partial.fetchone()[0]:
            continue  # a partial index lists fewer rows: it is not covered by a wider one
        columns[name] = (table, [str(row[2] if row[2] is not None else row[1]) for row in rows if row[5]])
    redundant = [
        (narrow, wide)
        for narrow, (table, cols) in columns.items()
        for wide, (other_table, wide_cols) in columns.items()
        if narrow != wide and table == other_table and len(cols) < len(wide_cols) and wide_cols[: len(cols)] == cols
    ]
    database.close()
    assert redundant == []


def test_the_lean_search_index_keeps_what_was_stored_and_finds_it(tmp_path):
    """Migration 0020 rebuilds the search index as detail=none from the stored encounters: their
    text is untouched and searching finds them as before."""
    path = tmp_path / "old.db"
    database = create_database(path, PASSPHRASE)
    migrate(database, target="0008_search_index_memory")
    db.initialize(database)
    ensure_builtin_categories()
    _insert_old_encounter(database)
    database.close()

    store = open_store(path, PASSPHRASE)  # migrates to the latest schema
    table = store.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'encounter_search'").fetchone()[0]
    assert "detail=none" in table
    assert Encounter.get().what_was_said == "Written before the migration."
    assert [e.what_was_said for e in Encounter.select().where(text_search_condition("migrat written"))] == [
        "Written before the migration."
    ]
    store.execute_sql("INSERT INTO encounter_search(encounter_search, rank) VALUES ('integrity-check', 1)")
    save_encounter(encounter_fields(client_code="C-OLD1", what_was_said="Saved after the migration."))
    assert Encounter.select().where(text_search_condition("after")).count() == 1
    close_store()


def test_encounters_stored_before_concerns_existed_have_none(tmp_path):
    path = tmp_path / "old.db"
    database = create_database(path, PASSPHRASE)
    migrate(database, target=NAMES[NAMES.index("0010_encounter_concerns") - 1])
    db.initialize(database)
    ensure_builtin_categories()
    _insert_old_encounter(database)
    database.close()
    store = open_store(path, PASSPHRASE)  # migrates to the latest
    assert "0010_encounter_concerns" in applied_migrations(store)
    old = encounter_dict(Encounter.get().id)
    assert old["concerns"] == [] and old["what_was_said"] == "Written before the migration."
    saved = save_encounter({**old, "concerns": ["gift", "safety"]})
    assert encounter_dict(saved.id)["concerns"] == ["gift", "safety"]
    close_store()
    store.close()
