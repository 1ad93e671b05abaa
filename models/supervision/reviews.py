"""A month's supervision review (DESIGN §5).

A month moves open → ready for supervision → signed off, or back from ready to open with
"needs revision" and a comment, or from signed off to open when reopened (with a reason, kept on
the record and in the audit trail). The supervisor comments on each encounter and marks it
discussed (or states why a priority encounter was left out), writes overall notes and action
items, and signs off (name, credential, licence number, jurisdiction, date) once every priority
encounter is accounted for; the therapist countersigns. A signed-off month is locked: its
encounters change only by addendum (models.supervision.addenda). Action items stay open until
done and carry forward, with their age, into the months after.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField
from playhouse.fields import EnumField

from models import clock
from models.i18n import translate
from models.log.encounters import Encounter
from models.log.months import Month
from models.store.audit import record_audit
from models.store.database import BaseModel, PreparedQuery, db
from models.supervision.enums import MeetingFormat, MeetingKind, ReviewStatus
from models.supervision.priority import priority_encounters
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
    meeting_kind = EnumField(MeetingKind, null=True)
    licence = TextField(default="")
    jurisdiction = TextField(default="")
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
    not_discussed_reason = TextField(default="")  # why a priority encounter was left out

    class Meta:
        indexes = ((("review", "encounter"), True),)


class ActionItem(BaseModel):
    review = ForeignKeyField(MonthReview, backref="action_items", on_delete="CASCADE")
    text = TextField()
    owner = TextField(default="")
    due_on = DateField(null=True)
    done = BooleanField(default=False)
    position = IntegerField(default=0)
    agreed_on = DateField(null=True)  # the meeting's date, else the day it was written down
    done_on = DateField(null=True)


class ReviewReopening(BaseModel):
    """A signed-off month reopened: when, why, and the sign-off it undid."""

    review = ForeignKeyField(MonthReview, backref="reopenings", on_delete="CASCADE")
    reopened_at = DateTimeField(default=clock.now)
    reason = TextField()
    signed_at = DateTimeField(null=True)
    supervisor = TextField(default="")
    credential = TextField(default="")


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


@dataclass(frozen=True)
class Tally:
    """How many of the month's priority encounters were discussed, or left out with a reason."""

    priority: int
    discussed: int
    with_reason: int
    missing: tuple[str, ...]  # priority encounters neither discussed nor given a reason, in order

    def to_json(self) -> dict[str, int]:
        return {"priority": self.priority, "discussed": self.discussed}

    def sentence(self) -> str:
        """ "discussed 9 of 9 priority encounters" (and how many were left out with a reason)."""
        text = translate("Models", "discussed {discussed} of {priority} priority encounters").format(
            discussed=self.discussed, priority=self.priority
        )
        if self.with_reason:
            text += translate("Models", "; {count} left out with a reason").format(count=self.with_reason)
        return text


_PRIORITY_FIELDS = (Encounter.id, Encounter.assessment, Encounter.risk, Encounter.for_supervision,
                    Encounter.occurred_on, Encounter.occurred_time)  # fmt: skip


def month_priority_ids(month: Month) -> list[str]:
    """The month's priority encounters (DESIGN §4), as dashed ids in priority order."""
    start, end = month.range()
    rows = (
        Encounter.select(*_PRIORITY_FIELDS)
        .where(Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
        .dicts()
    )
    # The priority order reads the fields by name. An encounter's concerns (DESIGN §3) are not a
    # field yet; when they are, they belong in _PRIORITY_FIELDS and in the summary's rows.
    found = [{**r, "id": str(r["id"])} for r in rows]
    return [r["id"] for r in priority_encounters(found)]


def discussion_count(priority_ids: list[str], discussions: dict[str, tuple[str, bool, str]]) -> Tally:
    """``discussions``: {encounter id: (comment, discussed, reason for leaving it out)}."""
    empty = ("", False, "")
    found = [discussions.get(i, empty) for i in priority_ids]
    discussed = sum(1 for _, d, _ in found if d)
    with_reason = sum(1 for _, d, reason in found if not d and reason.strip())
    missing = tuple(i for i, (_, d, reason) in zip(priority_ids, found, strict=True) if not d and not reason.strip())
    return Tally(len(priority_ids), discussed, with_reason, missing)


def discussion_tally(month: Month) -> Tally:
    """The month's tally as review mode and the PDF show it."""
    return discussion_count(month_priority_ids(month), comments_by_encounter(month))


def sign_off(
    month: Month, supervisor: str, credential: str, signed_on: dt.date, licence: str = "", jurisdiction: str = ""
) -> MonthReview:
    """ready → signed off by the supervisor (name, credential, licence number, jurisdiction, date).
    Refused while a priority encounter is neither marked discussed nor given a reason for leaving it
    out. Locks the month."""
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
    licence = _text("licence", licence, limit=200)
    jurisdiction = _text("jurisdiction", jurisdiction, limit=200)
    if signed_on > clock.today():
        raise ReviewError(
            "signed_on", translate("Models", "{date} is in the future").format(date=signed_on.isoformat())
        )
    if signed_on < month.first_day:
        raise ReviewError(
            "signed_on",
            translate("Models", "{date} is before the month it signs off").format(date=signed_on.isoformat()),
        )
    counted = discussion_tally(month)
    if counted.missing:
        raise ReviewError(
            "discussed",
            translate(
                "Models",
                "{missing} of {priority} priority encounters are neither marked discussed nor given a reason "
                "for leaving them out",
            ).format(missing=len(counted.missing), priority=counted.priority),
        )
    review.supervisor, review.credential = supervisor, credential
    review.licence, review.jurisdiction = licence, jurisdiction
    review.signed_at = dt.datetime.combine(signed_on, clock.now().time())
    review.status = ReviewStatus.SIGNED_OFF
    _save(review, "review.sign_off", ["status", "supervisor", "credential", "licence", "jurisdiction", "signed_at"])
    return review


def reopen(month: Month, reason: str) -> MonthReview:
    """signed off → open, with the reason: the sign-off and countersign are undone, and the
    reopening (when, why, the sign-off it undid) stays on the record and in the audit trail."""
    review = review_for(month)
    if review.status != ReviewStatus.SIGNED_OFF:
        raise ReviewError(
            "", translate("Models", "{month} is {status}, not signed off").format(month=month, status=_status(review))
        )
    reason = _text("reopen_reason", reason, required=True)
    with db.atomic():
        ReviewReopening.create(
            review=review, reason=reason, signed_at=review.signed_at, supervisor=review.supervisor,
            credential=review.credential,
        )  # fmt: skip
        review.status, review.signed_at = ReviewStatus.OPEN, None
        review.countersigned_at, review.therapist = None, ""
        review.save()
        record_audit(
            "review.reopen", f"month:{review.month}", ["status", "signed_at", "countersigned_at", "reopen_reason"]
        )
    return review


def reopenings(month: Month) -> list[ReviewReopening]:
    review = existing_review(month)
    if review is None:
        return []
    return list(ReviewReopening.select().where(ReviewReopening.review == review).order_by(ReviewReopening.id))


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


def set_meeting(
    month: Month,
    on: dt.date | None,
    minutes: int | None,
    meeting_format: MeetingFormat | None,
    kind: MeetingKind | None = None,
) -> None:
    """The supervision meeting: date, duration, format and kind (individual or group)."""
    review = review_for(month)
    _editable(review)
    if minutes is not None and not 0 <= minutes <= 24 * 60:
        raise ReviewError(
            "meeting_minutes",
            translate("Problem", "{value} is outside 0–{limit} minutes").format(value=minutes, limit=1440),
        )
    review.meeting_on, review.meeting_minutes, review.meeting_format = on, minutes, meeting_format
    review.meeting_kind = kind
    _save(review, "review.edit", ["meeting_on", "meeting_minutes", "meeting_format", "meeting_kind"])


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


def set_comment(month: Month, encounter_id: uuid.UUID, text: str, discussed: bool, reason: str = "") -> None:
    """The supervisor's comment on one encounter, whether it was discussed, and if not, why it
    was left out (a reason counts for sign-off only while the encounter is not marked discussed)."""
    review = review_for(month)
    _editable(review)
    _text("comment", text)
    reason = _text("not_discussed_reason", reason)
    if discussed:
        reason = ""
    with db.atomic():
        record_audit("review.comment", f"encounter:{encounter_id}", ["comment", "discussed", "not_discussed_reason"])
        (
            ReviewComment.insert(
                review=review, encounter=encounter_id, text=text, discussed=discussed, not_discussed_reason=reason
            )
            .on_conflict(
                conflict_target=[ReviewComment.review, ReviewComment.encounter],
                update={
                    ReviewComment.text: text, ReviewComment.discussed: discussed,
                    ReviewComment.not_discussed_reason: reason,
                },
            )
            .execute()
        )  # fmt: skip


def comments_by_encounter(month: Month) -> dict[str, tuple[str, bool, str]]:
    """{encounter id: (comment, discussed, reason for leaving it out)} for the month's review."""
    review = existing_review(month)
    if review is None:
        return {}
    query = ReviewComment.select().where(ReviewComment.review == review)
    return {str(uuid.UUID(str(c.encounter_id))): (c.text, c.discussed, c.not_discussed_reason) for c in query}


def add_action_item(month: Month, text: str, owner: str = "", due_on: dt.date | None = None) -> ActionItem:
    """A new action item, agreed at the month's meeting (or today when no meeting is recorded)."""
    review = review_for(month)
    _editable(review)
    text = _text("action_item", text, required=True)
    owner = _text("owner", owner, limit=200)
    with db.atomic():
        position = ActionItem.select().where(ActionItem.review == review).count()
        record_audit("review.action_item.create", f"month:{review.month}", ["text", "owner", "due_on", "agreed_on"])
        return ActionItem.create(
            review=review, text=text, owner=owner, due_on=due_on, position=position,
            agreed_on=review.meeting_on or clock.today(),
        )  # fmt: skip


def set_action_item_done(item_id: int, done: bool, on: dt.date | None = None) -> None:
    """Ticking an action item off (on ``on``, default today) stays possible after sign-off, and
    from any later month: it is follow-up, not the record."""
    done_on = (on or clock.today()) if done else None
    with db.atomic():
        ActionItem.update(done=done, done_on=done_on).where(ActionItem.id == item_id).execute()
        record_audit("review.action_item.edit", f"action_item:{item_id}", ["done", "done_on"])


@dataclass(frozen=True)
class CarriedItem:
    """An open action item of an earlier month, as a later month lists it."""

    id: int
    text: str
    owner: str
    due_on: dt.date | None
    month: str
    age_days: int
    as_of: dt.date  # the day its age is counted to

    @property
    def overdue(self) -> bool:
        return self.due_on is not None and self.due_on < self.as_of

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "owner": self.owner,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "month": self.month,
            "age_days": self.age_days,
        }


# Open action items of months before a month, as of a day (a small table: read raw, prepared once,
# as the summary's other queries are).
_CARRIED = PreparedQuery(
    lambda month, as_of: (
        ActionItem.select(
            ActionItem.id, ActionItem.text, ActionItem.owner, ActionItem.due_on, ActionItem.agreed_on,
            MonthReview.month,
        )
        .join(MonthReview)
        .where((MonthReview.month < month) & ((ActionItem.done == False) | (ActionItem.done_on > as_of)))  # noqa: E712
        .order_by(MonthReview.month, ActionItem.position, ActionItem.id)
    )
)  # fmt: skip


def carried_forward(month: Month, today: dt.date | None = None) -> list[CarriedItem]:
    """Action items of months before ``month`` still open at its end (or today, if sooner), oldest
    first, each with its age on that day (counted from when it was agreed, else from the end of its
    month). A month's PDF printed later shows what was open then."""
    as_of = min(month.last_day, today or clock.today())
    carried = []
    for item_id, text, owner, due_on, agreed_on, item_month in _CARRIED.rows(str(month), as_of.isoformat()):
        since = dt.date.fromisoformat(agreed_on) if agreed_on else Month.parse(item_month).last_day
        if since > as_of:
            continue  # agreed after the day the month is seen from: not open then
        due = dt.date.fromisoformat(due_on) if due_on else None
        carried.append(CarriedItem(item_id, text, owner, due, item_month, (as_of - since).days, as_of))
    return carried


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
            {
                "encounter": str(uuid.UUID(str(c.encounter_id))), "text": c.text, "discussed": c.discussed,
                "not_discussed_reason": c.not_discussed_reason,
            }
            for c in comments
        ],
        "credential": review.credential,
        "therapist": review.therapist,
        "countersigned_at": _timestamp(review.countersigned_at),
        "meeting_on": review.meeting_on.isoformat() if review.meeting_on else None,
        "meeting_minutes": review.meeting_minutes,
        "meeting_format": review.meeting_format.value if review.meeting_format else None,
        "meeting_kind": review.meeting_kind.value if review.meeting_kind else None,
        "licence": review.licence,
        "jurisdiction": review.jurisdiction,
        "revision_comment": review.revision_comment,
        "include_reflections": review.include_reflections,
        "action_items": [
            {
                "text": i.text, "owner": i.owner, "due_on": _day(i.due_on), "done": i.done,
                "agreed_on": _day(i.agreed_on), "done_on": _day(i.done_on),
            }
            for i in items
        ],
        "reopenings": [
            {
                "reopened_at": _timestamp(r.reopened_at), "reason": r.reason, "signed_at": _timestamp(r.signed_at),
                "supervisor": r.supervisor, "credential": r.credential,
            }
            for r in ReviewReopening.select().where(ReviewReopening.review == review).order_by(ReviewReopening.id)
        ],
    }  # fmt: skip


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None
