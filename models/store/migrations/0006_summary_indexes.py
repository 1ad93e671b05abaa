"""Indexes for the monthly summary's drift rules: the listing index also carries the client and the
fields the rules read, so their look-back is read from the index alone, and a partial index lists
the encounters with a follow-up still open."""


def up(migrator, db):
    db.execute_sql("DROP INDEX IF EXISTS encounter_listing")
    db.execute_sql(
        "CREATE INDEX encounter_listing ON encounter (deleted_at, occurred_on, coalesce(occurred_time, ''), id,"
        " client_id, initiated_by, acknowledgement, risk)"
    )
    db.execute_sql("CREATE INDEX follow_up_open ON follow_up (encounter_id) WHERE done = 0")
