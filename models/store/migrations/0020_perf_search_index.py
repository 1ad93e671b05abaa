"""A leaner full-text index: it records which encounters hold each word, not where in them
(FTS5 ``detail=none``), and keeps no per-encounter column sizes (``columnsize=0``, used only for
ranking, which Caselog does not do). Search finds the same encounters: each word of the query
is matched as a prefix anywhere in the searchable fields. The index shrinks by about four
fifths, and filling it for a large import costs about a third less.

The index is external content, as before (migration 0002): it holds no text of its own and is
rebuilt here from the encounter table, so nothing stored is touched. The triggers that keep it
in step are recreated unchanged, and the 16 MB merge buffer of migration 0008 is set again.
"""

COLUMNS = ("what_was_said", "response", "location", "reflection", "rationale", "consultation")
SEARCH_HASH_BYTES = 16 * 1024 * 1024


def up(migrator, db):
    columns = ", ".join(COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in COLUMNS)
    for trigger in ("encounter_search_insert", "encounter_search_delete", "encounter_search_update"):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute_sql("DROP TABLE IF EXISTS encounter_search")
    db.execute_sql(
        f"CREATE VIRTUAL TABLE encounter_search USING fts5({columns}, content='encounter', "
        "tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0)"
    )
    db.execute_sql("INSERT INTO encounter_search(encounter_search, rank) VALUES ('hashsize', ?)", (SEARCH_HASH_BYTES,))
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
