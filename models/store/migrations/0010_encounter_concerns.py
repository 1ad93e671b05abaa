"""An encounter's concerns (DESIGN §3: romantic_or_sexual, gift, money_or_business, safety,
online_lookup, social_media_connection, physical_contact, self_disclosure), confirmed by the
therapist: their slugs in one text column, "" for none, which every encounter stored before has."""


def up(migrator, db):
    # SQLite adds a NOT NULL column with a constant default in place, without copying the table.
    db.execute_sql("ALTER TABLE encounter ADD COLUMN concerns TEXT NOT NULL DEFAULT ''")
