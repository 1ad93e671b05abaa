"""The first schema: clients, categories, encounters with their categories and follow-ups,
drafts, and month reviews with their comments.

The models here are frozen copies, independent of the application's models, so this script
keeps building the same version-1 schema whatever the models become.
"""

import datetime
import uuid

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
    UUIDField,
)


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Client(Base):
        code = CharField(unique=True)
        name = TextField(null=True)
        created_at = DateTimeField(default=datetime.datetime.now)

    class Category(Base):
        slug = CharField(unique=True)
        label = TextField()
        description = TextField(default="")
        builtin = BooleanField(default=False)
        hidden = BooleanField(default=False)
        retired = BooleanField(default=False)
        position = IntegerField(default=0)

    class Encounter(Base):
        id = UUIDField(primary_key=True, default=uuid.uuid4)
        occurred_on = DateField()
        occurred_time = TimeField(null=True)
        duration_minutes = IntegerField(null=True)
        client = ForeignKeyField(Client, on_delete="RESTRICT")
        channel = CharField()
        setting = CharField()
        location = TextField(null=True)
        initiated_by = CharField()
        avoidability = CharField()
        acknowledgement = CharField()
        others_present = BooleanField(default=False)
        therapy_content_raised = BooleanField(default=False)
        what_was_said = TextField()
        response = TextField(default="")
        reflection = TextField(null=True)
        risk = CharField()
        assessment = CharField()
        rationale = TextField(null=True)
        anticipated_benefit = TextField(null=True)
        anticipated_consequences = TextField(null=True)
        consultation = TextField(null=True)
        for_supervision = BooleanField(default=False)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        deleted_at = DateTimeField(null=True)

        class Meta:
            indexes = ((("deleted_at", "occurred_on"), False), (("client", "occurred_on"), False))

    class EncounterCategory(Base):
        encounter = ForeignKeyField(Encounter, on_delete="CASCADE")
        category = ForeignKeyField(Category, on_delete="RESTRICT")
        position = IntegerField(default=0)

        class Meta:
            primary_key = CompositeKey("encounter", "category")

    class FollowUp(Base):
        encounter = ForeignKeyField(Encounter, on_delete="CASCADE")
        action = CharField()
        done = BooleanField(default=False)
        position = IntegerField(default=0)

        class Meta:
            indexes = ((("encounter", "action"), True),)

    class Draft(Base):
        key = CharField(unique=True)
        payload = TextField()
        updated_at = DateTimeField()

    class MonthReview(Base):
        month = CharField(unique=True)
        supervisor = TextField(default="")
        status = CharField(default="open")
        signed_at = DateTimeField(null=True)
        notes = TextField(default="")

    class ReviewComment(Base):
        review = ForeignKeyField(MonthReview, on_delete="CASCADE")
        encounter = ForeignKeyField(Encounter, on_delete="CASCADE")
        text = TextField(default="")
        discussed = BooleanField(default=False)

        class Meta:
            indexes = ((("review", "encounter"), True),)

    db.create_tables([Client, Category, Encounter, EncounterCategory, FollowUp, Draft, MonthReview, ReviewComment])
