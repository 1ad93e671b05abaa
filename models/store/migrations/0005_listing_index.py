"""An index in the encounter list's own order (newest first by date, then time, then id), so the
first page and every page after it are read straight off the index instead of sorting every
encounter; it also serves the month ranges of the summary, so the index it replaces goes."""


def up(migrator, db):
    db.execute_sql(
        "CREATE INDEX encounter_listing ON encounter (deleted_at, occurred_on, coalesce(occurred_time, ''), id)"
    )
    db.execute_sql("DROP INDEX IF EXISTS encounter_deleted_at_occurred_on")
