"""Review mode: a whole review through to sign-off and countersign, never showing a name, a
location or a reflection; then an edit after sign-off that becomes an addendum."""

import datetime as dt
import uuid

from PySide6.QtCore import Qt

from desktop.supervision.review_window import ReviewWindow
from models.log.clients import create_client
from models.log.encounters import encounter_dict, save_encounter
from models.log.months import Month
from models.supervision.addenda import addenda_for, current_values
from models.supervision.enums import ReviewStatus
from models.supervision.reviews import action_items, comments_by_encounter, review_for
from tests.helpers import encounter_fields, screen_texts

OCTOBER = Month(2026, 10)
NAME, PLACE, PRIVATE = "Jordan Privatename", "Laundrette on Mill Lane", "I felt protective, maybe too much"


def every_text(window) -> str:
    """Everything review mode puts on screen: labels, fields, documents, table cells, titles."""
    return "\n".join(screen_texts(window))


def test_a_whole_review_to_sign_off_never_shows_identifying_detail(qtbot, store, dialogs):
    create_client(code="C-REVW", name=NAME)
    high = save_encounter(
        encounter_fields("C-REVW", occurred_on="2026-10-12", risk="high", location=PLACE, reflection=PRIVATE)
    )
    low = save_encounter(encounter_fields("C-REVW", occurred_on="2026-10-20", location=PLACE, reflection=PRIVATE))
    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    window.show()
    assert "Review mode is on" in window.banner.text()
    assert "C-REVW" in every_text(window)
    for secret in (NAME, PLACE, PRIVATE):
        assert secret not in every_text(window)

    window.encounters.table.selectRow(0)
    assert window.encounters.current_id == str(high.id)  # priority order: high risk first
    qtbot.keyClicks(window.encounters.comment, "Good judgement; agree a protocol.")
    window.encounters.discussed.setChecked(True)
    window.encounters.table.selectRow(1)  # moving on saves the comment
    qtbot.keyClicks(window.encounters.comment, "Fine.")
    qtbot.keyClicks(window.notes.notes, "Two encounters with one client; watch the pattern.")
    qtbot.keyClicks(window.notes.item_text, "Agree an acknowledgement protocol")
    qtbot.keyClicks(window.notes.item_owner, "Therapist")
    qtbot.keyClicks(window.notes.item_due, "2026-12-01")
    qtbot.keyClick(window.notes.item_text, Qt.Key.Key_Return)
    window.meeting.meeting_minutes.setValue(50)
    window.meeting.meeting_format.set_value("video")

    window.ready_button.click()
    assert review_for(OCTOBER).status == ReviewStatus.READY
    dialogs.answers = ["Please add the consultation for the 12th."]
    window.revision_button.click()
    assert review_for(OCTOBER).status == ReviewStatus.OPEN
    assert "Please add the consultation" in window.status_label.text()
    window.ready_button.click()
    dialogs.answers = [("Dr Sam Rivera", "Clinical psychologist, HCPC 12345", dt.date(2026, 11, 5), "PSY 1", "CA")]
    window.sign_off_button.click()
    review = review_for(OCTOBER)
    assert review.status == ReviewStatus.SIGNED_OFF and review.credential.startswith("Clinical psychologist")
    assert "Signed off by Dr Sam Rivera" in window.status_label.text()
    assert window.encounters.comment.isReadOnly() and not window.notes.add_item_button.isEnabled()
    dialogs.answers = ["Alex Therapist"]
    window.countersign_button.click()
    assert (
        review_for(OCTOBER).countersigned_at is not None
        and "Countersigned by Alex Therapist" in window.status_label.text()
    )

    assert comments_by_encounter(OCTOBER) == {
        str(high.id): ("Good judgement; agree a protocol.", True, ""),
        str(low.id): ("Fine.", False, ""),
    }
    assert review.notes == "Two encounters with one client; watch the pattern."
    assert (review.meeting_minutes, review.meeting_format.value) == (50, "video")
    [item] = action_items(OCTOBER)
    assert (item.text, item.owner, item.due_on) == (
        "Agree an acknowledgement protocol",
        "Therapist",
        dt.date(2026, 12, 1),
    )
    for secret in (NAME, PLACE, PRIVATE):
        assert secret not in every_text(window)


def test_reflections_show_one_encounter_at_a_time_when_the_therapist_chooses(qtbot, client, dialogs):
    save_encounter(encounter_fields(occurred_on="2026-10-12", reflection=PRIVATE, risk="high"))
    save_encounter(encounter_fields(occurred_on="2026-10-13", reflection="Another private thought"))
    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    encounters = window.encounters
    encounters.table.selectRow(0)
    assert PRIVATE not in encounters.view.toPlainText()
    encounters.show_reflection.setFocus()
    qtbot.keyClick(encounters.show_reflection, Qt.Key.Key_Space)
    assert PRIVATE in encounters.view.toPlainText()
    encounters.table.selectRow(1)
    assert "Another private thought" not in encounters.view.toPlainText()
    assert not encounters.show_reflection.isChecked()
    encounters.table.selectRow(0)
    assert PRIVATE in encounters.view.toPlainText() and encounters.show_reflection.isChecked()


def test_an_edit_after_sign_off_asks_why_and_becomes_an_addendum(qtbot, window, client, dialogs):
    from models.supervision.reviews import mark_ready, sign_off

    saved = save_encounter(encounter_fields(occurred_on="2026-10-12"))
    mark_ready(OCTOBER)
    sign_off(OCTOBER, "Dr Sam Rivera", "HCPC", dt.date(2026, 11, 5))
    signed = encounter_dict(saved.id)
    window.refresh()
    window.table.selectRow(0)
    window.edit_action.trigger()
    form = window.form
    qtbot.waitUntil(form.isActiveWindow)
    form.widgets["risk"].set_value("moderate")
    dialogs.answers = [None]  # cancelled: nothing happens
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and addenda_for(OCTOBER) == []
    dialogs.answers = ["Reassessed after supervision."]
    with qtbot.waitSignal(window.encounter_saved):
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked[-1] == "Signed-off month"
    assert encounter_dict(saved.id) == signed
    assert addenda_for(OCTOBER)[0]["changes"] == {"risk": ["low", "moderate"]}
    assert current_values(uuid.UUID(str(saved.id)))["risk"] == "moderate"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert dialogs.asked[-1] == "Signed-off month" and window.model.rowCount() == 1


def test_review_mode_fits_an_800_by_600_window_with_a_busy_month(qtbot, client, dialogs):
    """Many drift signals scroll in their own pane instead of pushing the encounters off screen."""
    for day in range(1, 29):
        save_encounter(encounter_fields(occurred_on=f"2026-10-{day:02d}", acknowledgement="without_consent",
                                        risk="high", for_supervision=True))  # fmt: skip
    review = ReviewWindow(Month(2026, 10), dialogs)
    qtbot.addWidget(review)
    review.resize(800, 600)
    review.show()
    qtbot.waitExposed(review)
    assert review.minimumSizeHint().height() <= 600 and review.minimumSizeHint().width() <= 800
    assert (review.width(), review.height()) == (800, 600)
    assert (
        review.encounters.table.viewport().height() >= 5 * review.encounters.table.verticalHeader().defaultSectionSize()
    )


def test_a_comment_and_the_notes_save_a_moment_after_typing_stops(qtbot, client, dialogs):
    """Saved as the supervisor types: nothing is lost if Caselog stops before the window closes."""
    saved = save_encounter(encounter_fields(occurred_on="2026-10-12"))
    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.encounters.comment, "Discussed the protocol.")
    qtbot.keyClicks(window.notes.notes, "A quiet month.")
    qtbot.waitUntil(lambda: comments_by_encounter(OCTOBER) == {str(saved.id): ("Discussed the protocol.", False, "")})
    qtbot.waitUntil(lambda: review_for(OCTOBER).notes == "A quiet month.")


def test_sign_off_needs_each_priority_encounter_discussed_or_a_reason_and_reopening_asks_why(qtbot, client, dialogs):
    from models.supervision.enums import MeetingFormat
    from models.supervision.reviews import add_action_item, reopenings, set_meeting

    set_meeting(Month(2026, 8), dt.date(2026, 8, 27), 50, MeetingFormat.VIDEO)  # the item's agreed on that day
    add_action_item(Month(2026, 8), "Read the code of ethics on gifts", "Therapist", dt.date(2026, 9, 1))
    violation = save_encounter(encounter_fields(occurred_on="2026-10-20", assessment="violation"))
    save_encounter(encounter_fields(occurred_on="2026-10-12"))
    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    window.show()
    assert "discussed 0 of 1 priority encounters" in window.status_label.text()
    assert "Read the code of ethics on gifts" in window.notes.carried.text()
    assert "agreed in 2026-08" in window.notes.carried.text()
    window.ready_button.click()
    answer = ("Dr Sam Rivera", "PhD", dt.date(2026, 11, 5), "PSY 12345", "California")
    dialogs.answers = [answer]
    window.sign_off_button.click()
    assert review_for(OCTOBER).status == ReviewStatus.READY
    assert "1 of 1 priority encounters are neither marked discussed nor given a reason" in dialogs.warnings[-1]

    window.encounters.table.selectRow(0)
    assert window.encounters.current_id == str(violation.id)  # the violation first
    qtbot.keyClicks(window.encounters.reason, "Reported to the board already; discussed in September.")
    dialogs.answers = [answer]
    window.sign_off_button.click()  # the reason is saved before signing
    review = review_for(OCTOBER)
    assert review.status == ReviewStatus.SIGNED_OFF and (review.licence, review.jurisdiction) == (
        "PSY 12345",
        "California",
    )
    assert "discussed 0 of 1 priority encounters; 1 left out with a reason" in window.status_label.text()
    assert window.reopen_button.isVisible()

    dialogs.answers = [""]  # no reason given: nothing happens
    window.reopen_button.click()
    assert review_for(OCTOBER).status == ReviewStatus.SIGNED_OFF
    dialogs.answers = ["The date of the violation was wrong."]
    window.reopen_button.click()
    assert review_for(OCTOBER).status == ReviewStatus.OPEN
    assert [r.reason for r in reopenings(OCTOBER)] == ["The date of the violation was wrong."]
    assert "Reopened on" in window.status_label.text() and "was wrong" in window.status_label.text()
