"""Supervision review in full: the meeting, credential and countersign on the month's review,
action items, and addenda (changes to encounters of a signed-off month, kept beside them)."""

import datetime

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("month_review", "credential", TextField(default="")),
        migrator.add_column("month_review", "therapist", TextField(default="")),
        migrator.add_column("month_review", "countersigned_at", DateTimeField(null=True)),
        migrator.add_column("month_review", "meeting_on", DateField(null=True)),
        migrator.add_column("month_review", "meeting_minutes", IntegerField(null=True)),
        migrator.add_column("month_review", "meeting_format", CharField(null=True)),
        migrator.add_column("month_review", "revision_comment", TextField(default="")),
        migrator.add_column("month_review", "include_reflections", BooleanField(default=False)),
    )

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class MonthReview(Base):
        month = CharField(unique=True)

    class Encounter(Base):
        id = CharField(primary_key=True)

    class ActionItem(Base):
        review = ForeignKeyField(MonthReview, on_delete="CASCADE")
        text = TextField()
        owner = TextField(default="")
        due_on = DateField(null=True)
        done = BooleanField(default=False)
        position = IntegerField(default=0)

    class Addendum(Base):
        encounter = ForeignKeyField(Encounter, on_delete="CASCADE")
        month = CharField(index=True)
        kind = CharField()
        changes = TextField()
        reason = TextField()
        created_at = DateTimeField(default=datetime.datetime.now, index=True)

    db.create_tables([ActionItem, Addendum])
