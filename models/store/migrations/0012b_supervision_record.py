"""The supervision record a licensing board accepts (DESIGN §5): the meeting's kind (individual or
group), the supervisor's licence number and jurisdiction on the sign-off, a stated reason for a
priority encounter left out of the discussion, when an action item was agreed and done (so it
carries forward with its age), and each reopening of a signed-off month with its reason."""

import datetime

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, Model, TextField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("month_review", "meeting_kind", CharField(null=True)),
        migrator.add_column("month_review", "licence", TextField(default="")),
        migrator.add_column("month_review", "jurisdiction", TextField(default="")),
        migrator.add_column("review_comment", "not_discussed_reason", TextField(default="")),
        migrator.add_column("action_item", "agreed_on", DateField(null=True)),
        migrator.add_column("action_item", "done_on", DateField(null=True)),
    )

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class MonthReview(Base):
        month = CharField(unique=True)

    class ReviewReopening(Base):
        review = ForeignKeyField(MonthReview, on_delete="CASCADE")
        reopened_at = DateTimeField(default=datetime.datetime.now)
        reason = TextField()
        signed_at = DateTimeField(null=True)
        supervisor = TextField(default="")
        credential = TextField(default="")

    db.create_tables([ReviewReopening])
