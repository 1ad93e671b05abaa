"""A month's supervision review (DESIGN §5): its state, the supervisor's notes, and a comment per
encounter. The screens come with the review issue; the records travel through JSON already."""

from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, TextField
from playhouse.fields import EnumField

from models.database import BaseModel
from models.encounters import Encounter
from models.enums import ReviewStatus


class MonthReview(BaseModel):
    month = CharField(unique=True)  # YYYY-MM
    supervisor = TextField(default="")
    status = EnumField(ReviewStatus, default=ReviewStatus.OPEN)
    signed_at = DateTimeField(null=True)
    notes = TextField(default="")


class ReviewComment(BaseModel):
    review = ForeignKeyField(MonthReview, backref="comments", on_delete="CASCADE")
    encounter = ForeignKeyField(Encounter, backref="review_comments", on_delete="CASCADE")
    text = TextField(default="")
    discussed = BooleanField(default=False)

    class Meta:
        indexes = ((("review", "encounter"), True),)
