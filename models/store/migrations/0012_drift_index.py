"""The drift signals read who initiated, avoidability, acknowledgement, risk, assessment and channel
of every encounter of a few months (DESIGN §4): the listing index carries them all, so that
look-back is read from the index alone."""


def up(migrator, db):
    db.execute_sql("DROP INDEX IF EXISTS encounter_listing")
    db.execute_sql(
        "CREATE INDEX encounter_listing ON encounter (deleted_at, occurred_on, coalesce(occurred_time, ''), id,"
        " client_id, initiated_by, acknowledgement, risk, avoidability, assessment, channel)"
    )
