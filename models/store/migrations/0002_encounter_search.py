"""Full-text search over an encounter's narrative fields (SQLite FTS5, external content).

The index holds no text of its own: it reads the encounter table, kept in step by triggers on
every insert, update and delete, so imports and edits never leave it behind. Its rowids are the
encounter table's; anything that may renumber them (restoring a copy) rebuilds it.
"""

COLUMNS = ("what_was_said", "response", "location", "reflection", "rationale", "consultation")


def up(migrator, db):
    columns = ", ".join(COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in COLUMNS)
    db.execute_sql(
        f"CREATE VIRTUAL TABLE encounter_search USING fts5({columns}, content='encounter', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute_sql(
        "CREATE TRIGGER encounter_search_insert AFTER INSERT ON encounter BEGIN "
        f"INSERT INTO encounter_search(rowid, {columns}) VALUES (new.rowid, {new_values}); END"
    )
    db.execute_sql(
        "CREATE TRIGGER encounter_search_delete AFTER DELETE ON encounter BEGIN "
        f"INSERT INTO encounter_search(encounter_search, rowid, {columns}) VALUES ('delete', old.rowid, {old_values});"
        " END"
    )
    db.execute_sql(
        f"CREATE TRIGGER encounter_search_update AFTER UPDATE OF {columns} ON encounter BEGIN "
        f"INSERT INTO encounter_search(encounter_search, rowid, {columns}) VALUES ('delete', old.rowid, {old_values}); "
        f"INSERT INTO encounter_search(rowid, {columns}) VALUES (new.rowid, {new_values}); END"
    )
    db.execute_sql("INSERT INTO encounter_search(encounter_search) VALUES ('rebuild')")
