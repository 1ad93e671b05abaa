"""The supervision record a licensing board accepts (DESIGN §5): sign-off gated on the priority
encounters, reopening with a reason, action items carried forward with their age, the meeting's
kind and the hours log, and what summary --json and the interchange carry of them."""

import csv
import datetime as dt
import io

import pytest

from models.interchange.exporting import export_document
from models.interchange.importing import import_document
from models.log.clients import create_client
from models.log.encounters import save_encounter
from models.log.months import Month
from models.opening import close_store, open_store
from models.store.audit import AuditEntry
from models.supervision.enums import MeetingFormat, MeetingKind, ReviewStatus
from models.supervision.hours import hours_csv, hours_log, meetings
from models.supervision.reviews import (
    ReviewError,
    add_action_item,
    carried_forward,
    discussion_tally,
    mark_ready,
    reopen,
    reopenings,
    review_for,
    set_action_item_done,
    set_comment,
    set_meeting,
    sign_off,
)
from models.supervision.summary import compute_summary
from tests.helpers import PASSPHRASE, encounter_fields

SEPTEMBER, OCTOBER, NOVEMBER = Month(2026, 9), Month(2026, 10), Month(2026, 11)
SIGNED_ON = dt.date(2026, 11, 5)


@pytest.fixture
def month(client):
    """October: a violation, a risky gift flagged for supervision, and five ordinary encounters."""
    violation = save_encounter(
        encounter_fields(occurred_on="2026-10-20", assessment="violation", risk="low", categories=["dual_relationship"])
    )
    gift = save_encounter(
        encounter_fields(
            occurred_on="2026-10-03", assessment="crossing_risky", risk="high", for_supervision=True,
            categories=["professional_boundaries"],
        )
    )  # fmt: skip
    ordinary = [save_encounter(encounter_fields(occurred_on=f"2026-10-{day:02d}")) for day in (1, 8, 12, 15, 28)]
    return violation, gift, ordinary


def test_sign_off_refuses_an_undiscussed_priority_encounter_and_names_how_many(month):
    violation, gift, ordinary = month
    mark_ready(OCTOBER)
    set_comment(OCTOBER, gift.id, "Talked it through.", discussed=True)
    with pytest.raises(ReviewError, match="discussed: 1 of 2 priority encounters are neither marked discussed"):
        sign_off(OCTOBER, "Dr Sam Rivera", "HCPC", SIGNED_ON)
    assert review_for(OCTOBER).status == ReviewStatus.READY
    # A reason for leaving it out counts; the ordinary five need nothing.
    set_comment(OCTOBER, violation.id, "", discussed=False, reason="Already reported to the board last week.")
    counted = discussion_tally(OCTOBER)
    assert (counted.priority, counted.discussed, counted.with_reason, counted.missing) == (2, 1, 1, ())
    assert counted.sentence() == "discussed 1 of 2 priority encounters; 1 left out with a reason"
    review = sign_off(
        OCTOBER, "Dr Sam Rivera", "Clinical psychologist", SIGNED_ON, licence="PSY 12345", jurisdiction="California"
    )
    assert (review.status, review.licence, review.jurisdiction) == (ReviewStatus.SIGNED_OFF, "PSY 12345", "California")
    assert compute_summary(OCTOBER).to_json()["discussed"] == {"priority": 2, "discussed": 1}


def test_a_reason_does_not_count_once_the_encounter_is_marked_discussed(month):
    violation, gift, _ = month
    set_comment(OCTOBER, violation.id, "", discussed=True, reason="ignored")
    set_comment(OCTOBER, gift.id, "", discussed=True)
    assert discussion_tally(OCTOBER).sentence() == "discussed 2 of 2 priority encounters"
    set_comment(OCTOBER, gift.id, "", discussed=False)  # unticked without a reason: missing again
    assert discussion_tally(OCTOBER).missing == (str(gift.id),)


def test_a_month_of_ordinary_encounters_signs_off_with_nothing_to_discuss(client):
    save_encounter(encounter_fields(occurred_on="2026-10-14"))
    mark_ready(OCTOBER)
    sign_off(OCTOBER, "Dr Sam Rivera", "HCPC", SIGNED_ON)
    assert discussion_tally(OCTOBER).sentence() == "discussed 0 of 0 priority encounters"


def test_reopening_a_signed_off_month_needs_a_reason_and_stays_on_the_record(month):
    violation, gift, _ = month
    for encounter in (violation, gift):
        set_comment(OCTOBER, encounter.id, "", discussed=True)
    mark_ready(OCTOBER)
    sign_off(OCTOBER, "Dr Sam Rivera", "HCPC", SIGNED_ON)
    with pytest.raises(ReviewError, match="reopen_reason: is required"):
        reopen(OCTOBER, "  ")
    review = reopen(OCTOBER, "The gift's value was recorded wrong.")
    assert review.status == ReviewStatus.OPEN and review.signed_at is None
    (kept,) = reopenings(OCTOBER)
    assert kept.reason == "The gift's value was recorded wrong." and kept.signed_at.date() == SIGNED_ON
    assert kept.supervisor == "Dr Sam Rivera"
    entry = AuditEntry.select().where(AuditEntry.action == "review.reopen").get()
    assert entry.record == "month:2026-10" and "wrong" not in entry.fields  # field names only
    with pytest.raises(ReviewError, match="not signed off"):
        reopen(OCTOBER, "again")
    mark_ready(OCTOBER)
    sign_off(OCTOBER, "Dr Sam Rivera", "HCPC", dt.date(2026, 11, 20))
    assert compute_summary(OCTOBER).review["reopenings"][0]["reason"] == "The gift's value was recorded wrong."


def test_open_action_items_carry_forward_with_their_age_until_done(client):
    set_meeting(SEPTEMBER, dt.date(2026, 9, 29), 60, MeetingFormat.VIDEO, MeetingKind.INDIVIDUAL)
    consult = add_action_item(SEPTEMBER, "Consult the ethics code on gifts", "Therapist", dt.date(2026, 10, 15))
    done_early = add_action_item(SEPTEMBER, "Read the agency's policy", "Therapist")
    set_action_item_done(done_early.id, True, on=dt.date(2026, 10, 2))
    assert consult.agreed_on == dt.date(2026, 9, 29)

    (carried,) = carried_forward(NOVEMBER, today=dt.date(2026, 11, 27))
    assert (carried.text, carried.month, carried.age_days, carried.overdue) == (
        "Consult the ethics code on gifts", "2026-09", 59, True,
    )  # fmt: skip
    october = carried_forward(OCTOBER, today=dt.date(2026, 12, 1))  # seen at October's end: both were open
    assert [(i.text, i.age_days) for i in october] == [("Consult the ethics code on gifts", 32)]
    assert compute_summary(NOVEMBER, today=dt.date(2026, 11, 27)).to_json()["carried_forward"] == [
        {"text": "Consult the ethics code on gifts", "owner": "Therapist", "due_on": "2026-10-15",
         "month": "2026-09", "age_days": 59}
    ]  # fmt: skip
    set_action_item_done(consult.id, True, on=dt.date(2026, 11, 10))
    assert carried_forward(NOVEMBER, today=dt.date(2026, 11, 27)) == []
    # October's record, printed later, still shows what was open at its end.
    assert [i.text for i in carried_forward(OCTOBER, today=dt.date(2026, 11, 27))] == [
        "Consult the ethics code on gifts"
    ]
    assert carried_forward(SEPTEMBER) == []  # a month's own items are its own, not carried


def _meetings():
    set_meeting(Month(2025, 11), dt.date(2025, 11, 28), 90, MeetingFormat.IN_PERSON, MeetingKind.GROUP)
    set_meeting(SEPTEMBER, dt.date(2026, 9, 29), 60, MeetingFormat.VIDEO, MeetingKind.INDIVIDUAL)
    set_meeting(OCTOBER, dt.date(2026, 11, 4), 45, MeetingFormat.PHONE, MeetingKind.INDIVIDUAL)
    set_meeting(NOVEMBER, None, 30, None)  # no date: not a meeting the log can count
    for month in (SEPTEMBER, OCTOBER):
        review = review_for(month)
        review.supervisor, review.credential, review.licence = "Dr Sam Rivera", "PhD", "=PSY 1"
        review.save()


def test_the_hours_log_totals_by_supervisor_format_kind_month_and_year(store):
    _meetings()
    log = hours_log()
    assert [m.month for m in log.meetings] == ["2025-11", "2026-09", "2026-10"]
    assert log.total_minutes == 195 and log.running_minutes == [90, 150, 195]
    assert log.by_supervisor == {"": 90, "Dr Sam Rivera, PhD": 105}
    assert log.by_format == {"in_person": 90, "video": 60, "phone": 45, "other": 0}
    assert log.by_kind == {"individual": 105, "group": 90}
    assert log.by_year == {2025: 90, 2026: 105}
    year = hours_log(year=2026)
    assert year.total_minutes == 105 and year.running_minutes == [150, 195]  # toward licensure: since the first
    assert compute_summary(OCTOBER).to_json()["hours"] == {"meeting_minutes": 45, "year_minutes": 105}
    assert compute_summary(Month(2026, 12)).to_json()["hours"] == {"meeting_minutes": 0, "year_minutes": 105}


def test_the_hours_csv_has_a_row_a_meeting_and_the_total(store):
    _meetings()
    rows = list(csv.reader(io.StringIO(hours_csv(hours_log(year=2026)))))
    assert rows[0][:4] == ["date", "month", "minutes", "hours"]
    assert rows[1] == ["2026-09-29", "2026-09", "60", "1.00", "video", "individual", "Dr Sam Rivera", "PhD",
                       "'=PSY 1", "", "no", "2.50"]  # fmt: skip
    assert rows[-1][:4] == ["total", "", "105", "1.75"] and len(rows) == 4


def test_the_new_review_fields_survive_export_and_import(month, tmp_path):
    violation, gift, _ = month
    set_meeting(SEPTEMBER, dt.date(2026, 9, 29), 60, MeetingFormat.VIDEO, MeetingKind.GROUP)
    add_action_item(SEPTEMBER, "Consult the ethics code on gifts", "Therapist")
    set_comment(OCTOBER, violation.id, "", discussed=False, reason="Reported already.")
    set_comment(OCTOBER, gift.id, "Fine.", discussed=True)
    mark_ready(OCTOBER)
    sign_off(OCTOBER, "Dr Sam Rivera", "PhD", SIGNED_ON, licence="PSY 12345", jurisdiction="California")
    reopen(OCTOBER, "A date was wrong.")
    document = export_document(identified=True)
    close_store()
    open_store(tmp_path / "other.db", PASSPHRASE, create=True)
    import_document(document)
    again = export_document(identified=True)
    assert again["reviews"] == document["reviews"]
    september = next(r for r in again["reviews"] if r["month"] == "2026-09")
    assert september["meeting_kind"] == "group" and september["action_items"][0]["agreed_on"] == "2026-09-29"
    october = next(r for r in again["reviews"] if r["month"] == "2026-10")
    assert october["licence"] == "PSY 12345" and october["reopenings"][0]["reason"] == "A date was wrong."
    assert {c["not_discussed_reason"] for c in october["comments"]} == {"Reported already.", ""}


def test_a_version_1_review_without_the_new_fields_still_imports(store):
    create_client(code="C-TEST")
    document = {
        "format": "caselog", "version": 1, "exported_at": "2026-11-27T10:00:00", "identified": True,
        "clients": [{"code": "C-TEST", "name": None}], "tags": [], "encounters": [],
        "reviews": [{"month": "2026-10", "supervisor": "Dr Sam Rivera", "status": "open", "signed_at": None,
                     "notes": "", "comments": [],
                     "action_items": [{"text": "Read the code", "owner": "", "due_on": None, "done": False}]}],
    }  # fmt: skip
    import_document(document)
    assert [i.text for i in carried_forward(NOVEMBER, today=dt.date(2026, 11, 27))] == ["Read the code"]
    assert carried_forward(NOVEMBER, today=dt.date(2026, 11, 27))[0].age_days == 27  # from October's end
    assert meetings() == []
