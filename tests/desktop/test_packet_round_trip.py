"""A month travels therapist → supervisor → therapist through the windows (DESIGN §11): two
databases in tmp_path, each opened in turn as the app opens it; "Send to supervisor" in review
mode, the supervisor's inbox and packet review, "Reply…", and "Import review" back in review mode."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.supervision.exchange_actions import ExchangeActions
from desktop.supervision.review_window import ReviewWindow
from models.log.clients import create_client
from models.log.encounters import save_encounter
from models.log.months import Month
from models.opening import close_store, open_store
from models.supervision.enums import ReviewStatus
from models.supervision.exchange.contacts import (
    add_contact,
    card_bytes,
    own_fingerprint,
    read_contact_card,
    set_profile,
)
from models.supervision.exchange.tables import MergedReply
from models.supervision.reviews import review_for
from tests.helpers import PASSPHRASE, encounter_fields, screen_texts

OCTOBER = Month(2026, 10)
NAME = "Jordan Privatename"


def seat(path, **profile) -> tuple[bytes, str]:
    """A new database with a profile: its card and fingerprint."""
    open_store(path, PASSPHRASE, create=True)
    set_profile(**profile)
    card, fingerprint = card_bytes(), own_fingerprint()
    close_store()
    return card, fingerprint


def test_a_month_travels_through_the_windows_and_comes_back_signed_off(qtbot, tmp_path, dialogs):
    therapist_db, supervisor_db = tmp_path / "therapist.db", tmp_path / "supervisor.db"
    therapist_card, therapist_fp = seat(therapist_db, name="Sam Rivera", credential="LMFT")
    supervisor_card, supervisor_fp = seat(supervisor_db, name="Dr. Anna Keller", role="supervisor",
                                          credential="PsyD", licence="PSY 12345 (CA)")  # fmt: skip

    # The therapist: the supervisor's card, a month, and "Send to supervisor" in review mode.
    open_store(therapist_db, PASSPHRASE)
    add_contact(read_contact_card(supervisor_card), supervisor_fp)
    create_client(code="C-RTRP", name=NAME)
    hug = f"{NAME} hugged me at the market."
    save_encounter(encounter_fields("C-RTRP", occurred_on="2026-10-12", risk="high", assessment="violation",
                                    for_supervision=True, what_was_said=hug))  # fmt: skip
    save_encounter(encounter_fields("C-RTRP", occurred_on="2026-10-20"))
    review = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(review)
    review.show()
    packet = tmp_path / "october.caselog-packet"
    dialogs.answers = [lambda dialog: dialog.values(), str(packet)]  # the one supervisor, no reflections; where
    review.send_action.trigger()  # Supervisor's packet ▸ Send to supervisor…
    qtbot.waitUntil(lambda: "Send to supervisor" in dialogs.asked[-1:], timeout=20_000)
    assert packet.exists() and NAME.encode() not in packet.read_bytes()
    assert review_for(OCTOBER).status == ReviewStatus.READY and review.import_action.isEnabled()
    review.close()
    close_store()

    # The supervisor: the therapist's card, the inbox, the packet in review mode, and "Reply…".
    open_store(supervisor_db, PASSPHRASE)
    add_contact(read_contact_card(therapist_card), therapist_fp)
    window = _shell(qtbot, dialogs)
    qtbot.addWidget(window)
    actions = ExchangeActions(window, dialogs, lambda: ("", ""))
    actions.inbox_action.trigger()
    inbox = actions.inbox_window
    qtbot.addWidget(inbox)
    dialogs.answers = [str(packet)]
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10_000)
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
    packet_review = actions.packet_window
    qtbot.addWidget(packet_review)
    shown = "\n".join(screen_texts(packet_review))
    assert "C-RTRP" in shown and NAME not in shown and "Supermarket on Elm Street" not in shown
    packet_review.table.selectRow(0)
    qtbot.keyClicks(packet_review.comment, "Discussed; write down the rationale.")
    packet_review.discussed.setFocus()
    qtbot.keyClick(packet_review.discussed, Qt.Key.Key_Space)
    panel = packet_review.panel
    panel.meeting_on.setDate(panel.meeting_on.date().fromString("2026-11-04", "yyyy-MM-dd"))
    panel.meeting_minutes.setValue(55)
    panel.meeting_format.set_value("video")
    reply = tmp_path / "october.caselog-reply"
    dialogs.answers = [str(reply)]
    qtbot.mouseClick(packet_review.reply_button, Qt.MouseButton.LeftButton)
    assert reply.exists(), packet_review.problem.text()
    packet_review.close()
    inbox.close()
    close_store()

    # The therapist again: "Import review" in review mode; the month arrives signed off and locked.
    open_store(therapist_db, PASSPHRASE)
    review = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(review)
    review.show()
    dialogs.answers = [str(reply)]
    review.import_action.trigger()
    assert dialogs.asked[-1] == "Import review"
    signed = review_for(OCTOBER)
    assert signed.status == ReviewStatus.SIGNED_OFF and signed.supervisor == "Dr. Anna Keller"
    assert signed.meeting_minutes == 55
    assert "Dr. Anna Keller" in review.status_label.text() and not review.import_action.isEnabled()
    dialogs.answers = [str(reply)]
    assert not review.packets.import_review(review)  # the same reply again: refused, nothing changed
    assert MergedReply.select().count() == 1 and review_for(OCTOBER).status == ReviewStatus.SIGNED_OFF
    close_store()


def _shell(qtbot, dialogs):
    from desktop.main_window import MainWindow

    main = MainWindow(dialogs)
    main.show()
    return main
