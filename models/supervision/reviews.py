"""A month's supervision review (DESIGN §5).

A month moves open → ready for supervision → signed off, or back from ready to open with
"needs revision" and a comment. The supervisor comments on each encounter and marks it
discussed, writes overall notes and action items, and signs off (name, credential, date);
the therapist countersigns. A signed-off month is locked: its encounters change only by
addendum (models.supervision.addenda).
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField
from playhouse.fields import EnumField

from models import clock
from models.i18n import translate
from models.log.encounters import Encounter
from models.log.months import Month
from models.store.audit import record_audit
from models.store.database import BaseModel, db
from models.supervision.enums import MeetingFormat, ReviewStatus
from models.values import TEXT_MAX_LENGTH


class MonthReview(BaseModel):
    month = CharField(unique=True)  # YYYY-MM
    supervisor = TextField(default="")
    status = EnumField(ReviewStatus, default=ReviewStatus.OPEN)
    signed_at = DateTimeField(null=True)
    notes = TextField(default="")
    credential = TextField(default="")
    therapist = TextField(default="")
    countersigned_at = DateTimeField(null=True)
    meeting_on = DateField(null=True)
    meeting_minutes = IntegerField(null=True)
    meeting_format = EnumField(MeetingFormat, null=True)
    revision_comment = TextField(default="")
    include_reflections = BooleanField(default=False)

    @property
    def locked(self) -> bool:
        return self.status == ReviewStatus.SIGNED_OFF


class ReviewComment(BaseModel):
    # Not indexed alone: the unique (review, encounter) index serves lookups by review.
    review = ForeignKeyField(MonthReview, backref="comments", on_delete="CASCADE", index=False)
    encounter = ForeignKeyField(Encounter, backref="review_comments", on_delete="CASCADE")
    text = TextField(default="")
    discussed = BooleanField(default=False)

    class Meta:
        indexes = ((("review", "encounter"), True),)


class ActionItem(BaseModel):
    review = ForeignKeyField(MonthReview, backref="action_items", on_delete="CASCADE")
    text = TextField()
    owner = TextField(default="")
    due_on = DateField(null=True)
    done = BooleanField(default=False)
    position = IntegerField(default=0)


class ReviewError(ValueError):
    """A review step that cannot be taken now; ``field`` names what to fix ("" for the state)."""

    def __init__(self, field: str, message: str):
        self.field, self.message = field, message
        super().__init__(f"{field}: {message}" if field else message)


def _status(review: MonthReview) -> str:
    """A review's status in words, for messages."""
    return {
        ReviewStatus.OPEN: translate("Models", "open"),
        ReviewStatus.READY: translate("Models", "ready for supervision"),
        ReviewStatus.SIGNED_OFF: translate("Models", "signed off"),
    }[ReviewStatus(review.status)]


def review_for(month: Month) -> MonthReview:
    """The month's review, created (open) on first use."""
    review, _ = MonthReview.get_or_create(month=str(month))
    return review


def existing_review(month: Month) -> MonthReview | None:
    return MonthReview.get_or_none(MonthReview.month == str(month))


def is_locked(month: Month) -> bool:
    """Whether the month is signed off (its encounters then change only by addendum)."""
    review = existing_review(month)
    return review is not None and review.locked


def _editable(review: MonthReview) -> None:
    if review.locked:
        raise ReviewError(
            "",
            translate("Models", "{month} is signed off; its review can no longer be changed").format(
                month=review.month
            ),
        )


def _text(field: str, value: str, required: bool = False, limit: int = TEXT_MAX_LENGTH) -> str:
    if required and not value.strip():
        raise ReviewError(field, translate("Problem", "is required"))
    if len(value) > limit:
        raise ReviewError(field, translate("Models", "is longer than {limit:,} characters").format(limit=limit))
    return value.strip() if limit <= 200 else value


def _save(review: MonthReview, action: str, fields: list[str]) -> None:
    with db.atomic():
        review.save()
        record_audit(action, f"month:{review.month}", fields)


def mark_ready(month: Month) -> MonthReview:
    """open → ready for supervision."""
    review = review_for(month)
    if review.status != ReviewStatus.OPEN:
        raise ReviewError(
            "", translate("Models", "{month} is {status}, not open").format(month=month, status=_status(review))
        )
    review.status = ReviewStatus.READY
    _save(review, "review.ready", ["status"])
    return review


def request_revision(month: Month, comment: str) -> MonthReview:
    """ready → open, with the supervisor's comment on what needs revising."""
    review = review_for(month)
    if review.status != ReviewStatus.READY:
        raise ReviewError(
            "",
            translate("Models", "{month} is {status}, not ready for supervision").format(
                month=month, status=_status(review)
            ),
        )
    review.revision_comment = _text("revision_comment", comment, required=True)
    review.status = ReviewStatus.OPEN
    _save(review, "review.needs_revision", ["status", "revision_comment"])
    return review


def sign_off(month: Month, supervisor: str, credential: str, signed_on: dt.date) -> MonthReview:
    """ready → signed off by the supervisor (name, credential, date). Locks the month."""
    review = review_for(month)
    if review.status != ReviewStatus.READY:
        raise ReviewError(
            "",
            translate("Models", "{month} is {status}; only a month ready for supervision can be signed off").format(
                month=month, status=_status(review)
            ),
        )
    supervisor = _text("supervisor", supervisor, required=True, limit=200)
    credential = _text("credential", credential, required=True, limit=200)
    if signed_on > clock.today():
        raise ReviewError(
            "signed_on", translate("Models", "{date} is in the future").format(date=signed_on.isoformat())
        )
    if signed_on < month.first_day:
        raise ReviewError(
            "signed_on",
            translate("Models", "{date} is before the month it signs off").format(date=signed_on.isoformat()),
        )
    review.supervisor, review.credential = supervisor, credential
    review.signed_at = dt.datetime.combine(signed_on, clock.now().time())
    review.status = ReviewStatus.SIGNED_OFF
    _save(review, "review.sign_off", ["status", "supervisor", "credential", "signed_at"])
    return review


def countersign(month: Month, therapist: str) -> MonthReview:
    """The therapist's countersign of a signed-off month."""
    review = review_for(month)
    if review.status != ReviewStatus.SIGNED_OFF:
        raise ReviewError(
            "", translate("Models", "{month} is not signed off by the supervisor yet").format(month=month)
        )
    if review.countersigned_at is not None:
        raise ReviewError("", translate("Models", "{month} is already countersigned").format(month=month))
    review.therapist = _text("therapist", therapist, required=True, limit=200)
    review.countersigned_at = clock.now()
    _save(review, "review.countersign", ["therapist", "countersigned_at"])
    return review


def set_meeting(month: Month, on: dt.date | None, minutes: int | None, meeting_format: MeetingFormat | None) -> None:
    """The supervision meeting's date, duration and format."""
    review = review_for(month)
    _editable(review)
    if minutes is not None and not 0 <= minutes <= 24 * 60:
        raise ReviewError(
            "meeting_minutes",
            translate("Problem", "{value} is outside 0–{limit} minutes").format(value=minutes, limit=1440),
        )
    review.meeting_on, review.meeting_minutes, review.meeting_format = on, minutes, meeting_format
    _save(review, "review.edit", ["meeting_on", "meeting_minutes", "meeting_format"])


def set_notes(month: Month, notes: str) -> None:
    review = review_for(month)
    _editable(review)
    review.notes = _text("notes", notes)
    _save(review, "review.edit", ["notes"])


def set_include_reflections(month: Month, include: bool) -> None:
    """The therapist's choice to show private reflections in this month's review."""
    review = review_for(month)
    _editable(review)
    review.include_reflections = include
    _save(review, "review.edit", ["include_reflections"])


def set_comment(month: Month, encounter_id: uuid.UUID, text: str, discussed: bool) -> None:
    """The supervisor's comment on one encounter, and whether it was discussed."""
    review = review_for(month)
    _editable(review)
    _text("comment", text)
    with db.atomic():
        record_audit("review.comment", f"encounter:{encounter_id}", ["comment", "discussed"])
        (
            ReviewComment.insert(review=review, encounter=encounter_id, text=text, discussed=discussed)
            .on_conflict(
                conflict_target=[ReviewComment.review, ReviewComment.encounter],
                update={ReviewComment.text: text, ReviewComment.discussed: discussed},
            )
            .execute()
        )


def comments_by_encounter(month: Month) -> dict[str, tuple[str, bool]]:
    """{encounter id: (comment, discussed)} for the month's review."""
    review = existing_review(month)
    if review is None:
        return {}
    query = ReviewComment.select().where(ReviewComment.review == review)
    return {str(uuid.UUID(str(c.encounter_id))): (c.text, c.discussed) for c in query}


def add_action_item(month: Month, text: str, owner: str = "", due_on: dt.date | None = None) -> ActionItem:
    review = review_for(month)
    _editable(review)
    text = _text("action_item", text, required=True)
    owner = _text("owner", owner, limit=200)
    with db.atomic():
        position = ActionItem.select().where(ActionItem.review == review).count()
        record_audit("review.action_item.create", f"month:{review.month}", ["text", "owner", "due_on"])
        return ActionItem.create(review=review, text=text, owner=owner, due_on=due_on, position=position)


def set_action_item_done(item_id: int, done: bool) -> None:
    """Ticking an action item off stays possible after sign-off: it is follow-up, not the record."""
    with db.atomic():
        ActionItem.update(done=done).where(ActionItem.id == item_id).execute()
        record_audit("review.action_item.edit", f"action_item:{item_id}", ["done"])


def remove_action_item(item_id: int) -> None:
    item = ActionItem.get_by_id(item_id)
    _editable(item.review)
    with db.atomic():
        item.delete_instance()
        record_audit("review.action_item.delete", f"action_item:{item_id}")


def action_items(month: Month) -> list[ActionItem]:
    review = existing_review(month)
    if review is None:
        return []
    return list(ActionItem.select().where(ActionItem.review == review).order_by(ActionItem.position, ActionItem.id))


def _timestamp(value: dt.datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value is not None else None


def review_dict(review: MonthReview) -> dict[str, Any]:
    """A review in interchange shape (DESIGN §7, with the fields later issues added)."""
    comments = ReviewComment.select().where(ReviewComment.review == review).order_by(ReviewComment.id)
    items = ActionItem.select().where(ActionItem.review == review).order_by(ActionItem.position, ActionItem.id)
    return {
        "month": review.month,
        "supervisor": review.supervisor,
        "status": review.status.value,
        "signed_at": _timestamp(review.signed_at),
        "notes": review.notes,
        "comments": [
            {"encounter": str(uuid.UUID(str(c.encounter_id))), "text": c.text, "discussed": c.discussed}
            for c in comments
        ],
        "credential": review.credential,
        "therapist": review.therapist,
        "countersigned_at": _timestamp(review.countersigned_at),
        "meeting_on": review.meeting_on.isoformat() if review.meeting_on else None,
        "meeting_minutes": review.meeting_minutes,
        "meeting_format": review.meeting_format.value if review.meeting_format else None,
        "revision_comment": review.revision_comment,
        "include_reflections": review.include_reflections,
        "action_items": [
            {"text": i.text, "owner": i.owner, "due_on": i.due_on.isoformat() if i.due_on else None, "done": i.done}
            for i in items
        ],
    }
