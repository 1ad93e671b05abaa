"""Drop four indexes that repeat the first column of a wider one on the same table (the wider one
serves the same lookups): each cost time on every insert, most of all in a large import."""

REDUNDANT = (
    "encounter_client_id",  # encounter_client_id_occurred_on
    "encounter_category_encounter_id",  # the primary key (encounter_id, category_id)
    "follow_up_encounter_id",  # follow_up_encounter_id_action
    "review_comment_review_id",  # review_comment_review_id_encounter_id
)


def up(migrator, db):
    for name in REDUNDANT:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
