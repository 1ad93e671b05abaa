"""Supervisor review (DESIGN §5): states, sign-off and countersign, the lock, and addenda."""

import datetime as dt

import pytest

from models.interchange.exporting import export_document
from models.interchange.importing import import_document
from models.log.encounters import Encounter, encounter_dict, save_encounter
from models.log.months import Month
from models.opening import close_store, open_store
from models.supervision.addenda import LockedMonth, addenda_for, current_values, save_with_lock, trash_with_lock
from models.supervision.enums import MeetingFormat, ReviewStatus
from models.supervision.reviews import (
    ReviewError,
    action_items,
    add_action_item,
    comments_by_encounter,
    countersign,
    is_locked,
    mark_ready,
    request_revision,
    review_for,
    set_action_item_done,
    set_comment,
    set_meeting,
    set_notes,
    sign_off,
)
from models.supervision.summary import compute_summary
from tests.helpers import PASSPHRASE, TODAY, encounter_fields

OCTOBER = Month(2026, 10)


@pytest.fixture
def october(client):
    return save_encounter(encounter_fields(occurred_on="2026-10-14"))


def signed(month=OCTOBER):
    mark_ready(month)
    return sign_off(month, "Dr Sam Rivera", "Clinical psychologist, HCPC", dt.date(2026, 11, 5))


def test_open_ready_revision_ready_signed_off_countersigned(october):
    assert review_for(OCTOBER).status == ReviewStatus.OPEN
    mark_ready(OCTOBER)
    with pytest.raises(ReviewError, match="revision_comment: is required"):
        request_revision(OCTOBER, "  ")
    review = request_revision(OCTOBER, "Please add the consultation you mentioned for the 14th.")
    assert review.status == ReviewStatus.OPEN and "consultation" in review.revision_comment
    with pytest.raises(ReviewError, match="only a month ready for supervision"):
        sign_off(OCTOBER, "Dr Sam Rivera", "HCPC", dt.date(2026, 11, 5))
    mark_ready(OCTOBER)
    with pytest.raises(ReviewError, match="credential: is required"):
        sign_off(OCTOBER, "Dr Sam Rivera", "", dt.date(2026, 11, 5))
    with pytest.raises(ReviewError, match="signed_on: .* in the future"):
        sign_off(OCTOBER, "Dr Sam Rivera", "HCPC", TODAY + dt.timedelta(days=400))
    review = sign_off(OCTOBER, "Dr Sam Rivera", "Clinical psychologist, HCPC", dt.date(2026, 11, 5))
    assert review.status == ReviewStatus.SIGNED_OFF and review.signed_at.date() == dt.date(2026, 11, 5)
    assert is_locked(OCTOBER) and not is_locked(OCTOBER.next())
    review = countersign(OCTOBER, "Alex Therapist")
    assert review.countersigned_at is not None
    with pytest.raises(ReviewError, match="already countersigned"):
        countersign(OCTOBER, "Alex Therapist")


def test_comments_notes_meeting_and_action_items_then_locked(october):
    set_comment(OCTOBER, october.id, "Good use of the protocol.", discussed=False)
    set_comment(OCTOBER, october.id, "Good use of the protocol.", discussed=True)  # updates, not a second row
    assert comments_by_encounter(OCTOBER) == {str(october.id): ("Good use of the protocol.", True, "")}
    set_notes(OCTOBER, "A quiet month; keep an eye on the gym encounters.")
    set_meeting(OCTOBER, dt.date(2026, 11, 5), 50, MeetingFormat.VIDEO)
    item = add_action_item(OCTOBER, "Agree an acknowledgement protocol with C-TEST", "Therapist", dt.date(2026, 11, 30))
    signed()
    with pytest.raises(ReviewError, match="signed off"):
        set_notes(OCTOBER, "changed afterwards")
    with pytest.raises(ReviewError, match="signed off"):
        set_comment(OCTOBER, october.id, "changed afterwards", discussed=True)
    set_action_item_done(item.id, True, on=dt.date(2026, 11, 20))  # follow-up stays possible
    assert action_items(OCTOBER)[0].done
    review = compute_summary(OCTOBER, today=TODAY).review
    assert review["meeting_minutes"] == 50 and review["meeting_format"] == "video"
    assert review["action_items"] == [
        {"text": "Agree an acknowledgement protocol with C-TEST", "owner": "Therapist", "due_on": "2026-11-30",
         "done": True, "agreed_on": "2026-11-05", "done_on": "2026-11-20"}
    ]  # fmt: skip


def test_an_edit_after_sign_off_becomes_an_addendum(october):
    signed()
    before = encounter_dict(october.id)
    changed = {**before, "risk": "moderate", "location": "Another shop", "response": "Also told my supervisor."}
    with pytest.raises(LockedMonth, match="2026-10 is signed off"):
        save_with_lock(changed)
    assert encounter_dict(october.id) == before
    save_with_lock(changed, reason="Remembered the supervisor call afterwards.", today=TODAY)
    assert encounter_dict(october.id) == before  # the signed record is untouched
    now = current_values(october.id)
    assert (now["risk"], now["response"]) == ("moderate", "Also told my supervisor.")
    [addendum] = addenda_for(OCTOBER)
    assert addendum["kind"] == "changed" and addendum["reason"] == "Remembered the supervisor call afterwards."
    assert addendum["changes"]["risk"] == ["low", "moderate"]
    assert addendum["changes"]["location"] == ["(hidden)", "(hidden)"]  # pseudonymised
    assert addenda_for(OCTOBER, identified=True)[0]["changes"]["location"][1] == "Another shop"
    assert [a["encounter"] for a in addenda_for(OCTOBER.next())] == [str(october.id)]  # made in November
    assert compute_summary(OCTOBER, today=TODAY).to_json()["addenda"][0]["changes"]["risk"] == ["low", "moderate"]


def test_a_signed_off_month_refuses_trash_and_asks_a_reason_for_new_encounters(october):
    signed()
    with pytest.raises(LockedMonth):
        trash_with_lock(october.id)
    assert Encounter.get_by_id(october.id).deleted_at is None
    late = encounter_fields(occurred_on="2026-10-30", what_was_said="Forgotten: a wave across the car park.")
    with pytest.raises(LockedMonth):
        save_with_lock(late)
    added = save_with_lock(late, reason="Logged late; forgot on the day.", today=TODAY)
    assert addenda_for(OCTOBER)[0]["kind"] == "added" and addenda_for(OCTOBER)[0]["encounter"] == str(added.id)


def test_unlocked_months_save_as_usual(october):
    fields = {**encounter_dict(october.id), "risk": "high"}
    save_with_lock(fields)
    assert encounter_dict(october.id)["risk"] == "high"
    trash_with_lock(october.id)
    assert Encounter.get_by_id(october.id).deleted_at is not None


def test_reviews_action_items_and_addenda_travel_through_json(october, tmp_path):
    set_comment(OCTOBER, october.id, "Discussed.", discussed=True)
    set_meeting(OCTOBER, dt.date(2026, 11, 5), 50, MeetingFormat.IN_PERSON)
    add_action_item(OCTOBER, "Read the guidance on dual roles", "Therapist")
    signed()
    countersign(OCTOBER, "Alex Therapist")
    save_with_lock({**encounter_dict(october.id), "risk": "moderate"}, reason="Reassessed.", today=TODAY)
    first = export_document(identified=True, include_reflections=True)
    close_store()
    open_store(tmp_path / "second.db", PASSPHRASE, create=True)
    result = import_document(first, today=TODAY)
    assert result.addenda_added == 1 and result.reviews_added == 1
    assert import_document(first, today=TODAY).addenda_added == 0  # idempotent
    second = export_document(identified=True, include_reflections=True)
    first.pop("exported_at"), second.pop("exported_at")
    assert second == first
    assert is_locked(OCTOBER)


def test_a_version_1_review_without_the_later_fields_still_imports(store):
    import_document(
        {
            "format": "caselog", "version": 1, "exported_at": "2026-11-01T09:00:00", "identified": False,
            "clients": [], "tags": [], "encounters": [],
            "reviews": [{"month": "2026-09", "supervisor": "Dr R", "status": "open", "signed_at": None,
                         "notes": "", "comments": []}],
        },
        today=TODAY,
    )  # fmt: skip
    assert review_for(Month(2026, 9)).credential == ""


def test_addenda_read_as_lines_in_this_and_the_next_summary(october):
    from models.supervision.summary_text import summary_text

    signed()
    save_with_lock({**encounter_dict(october.id), "risk": "moderate"}, reason="Reassessed.", today=TODAY)
    for month in (OCTOBER, OCTOBER.next()):
        text = summary_text(compute_summary(month, today=TODAY))
        assert "Addenda (changes after sign-off):" in text
        assert "2026-10-14 C-TEST: risk: low → moderate" in text and "because: Reassessed." in text
    assert "Addenda" not in summary_text(compute_summary(OCTOBER.previous(), today=TODAY))
