"""The supervisor's seat in the app (DESIGN §11), driven as a person does: Preferences → Identity,
File → Add a supervisor or supervisee from a card (typing the fingerprint read out), Export my
identity card, and the supervision inbox opening a packet file."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.settings.preferences import Preferences
from desktop.settings.preferences_dialog import PreferencesDialog
from desktop.supervision.exchange_actions import ExchangeActions
from models.supervision.exchange.contacts import contacts, own_fingerprint, own_profile, set_profile
from models.supervision.exchange.identity import Identity, Profile, Role, make_card, read_card
from models.supervision.exchange.packet import make_packet
from models.supervision.exchange.tables import ReceivedPacket
from tests.helpers import screen_texts
from tests.models.exchange.world import make_summary

SUPERVISOR = Identity.generate()
SUPERVISOR_PROFILE = Profile("Dr. Anna Keller", Role.SUPERVISOR, "PsyD", "PSY 12345 (CA)")


def exchange(window, dialogs) -> ExchangeActions:
    return ExchangeActions(window, dialogs, lambda: ("Sam Rivera", "LMFT"))


def test_preferences_identity_tab_saves_into_the_database(qtbot, store):
    from desktop.supervision.identity_section import IdentitySection

    dialog = PreferencesDialog(Preferences(), None, [IdentitySection("Sam Rivera", "LMFT")])
    qtbot.addWidget(dialog)
    dialog.show()
    section = dialog.sections[0]
    assert section.name.text() == "Sam Rivera"  # suggested from Preferences → You until set
    assert section.fingerprint.text() == own_fingerprint()
    dialog.tabs.setCurrentIndex(1)
    section.licence.clear()
    qtbot.keyClicks(section.licence, "LMFT 98765 (Oregon)")
    section.role.setCurrentIndex(section.role.findData("supervisor"))
    section.name.setText("Sam <Rivera>")
    dialog.accept()
    assert dialog.result() == 0 and section.error.isVisible() and "name" in section.error.text()
    assert own_profile().name == ""
    section.name.setText("Sam Rivera")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.result() == 1
    assert own_profile() == Profile("Sam Rivera", Role.SUPERVISOR, "LMFT", "LMFT 98765 (Oregon)")


def test_a_card_is_added_only_after_typing_the_fingerprint_read_out(qtbot, window, dialogs, tmp_path):
    card_path = tmp_path / "card.caselog-id"
    card_path.write_bytes(make_card(SUPERVISOR, SUPERVISOR_PROFILE))
    seen = {}

    def compare(dialog):
        qtbot.addWidget(dialog)
        seen["before"] = screen_texts(dialog)
        assert not dialog.add_button.isEnabled()
        wrong = SUPERVISOR.fingerprint[:-1] + str((int(SUPERVISOR.fingerprint[-1]) + 1) % 10)
        qtbot.keyClicks(dialog.read_out, wrong)
        assert not dialog.add_button.isEnabled() and "group 6" in dialog.verdict.text()
        dialog.read_out.clear()
        qtbot.keyClicks(dialog.read_out, SUPERVISOR.fingerprint.replace(" ", ""))
        assert dialog.add_button.isEnabled() and "match" in dialog.verdict.text()
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        return dialog.values() if dialog.result() else None

    dialogs.answers = [str(card_path), compare]
    actions = exchange(window, dialogs)
    actions.add_contact_action.trigger()
    shown = " ".join(seen["before"])
    assert "Dr. Anna Keller" in shown and "number you already know" in shown
    assert SUPERVISOR.fingerprint not in shown  # compared, not copied
    assert own_fingerprint() in shown  # yours, to read back
    assert [c.fingerprint for c in contacts()] == [SUPERVISOR.fingerprint]
    assert dialogs.asked[-1] == "Card added"


def test_an_altered_card_is_refused_with_its_reason(window, dialogs, tmp_path):
    card_path = tmp_path / "card.caselog-id"
    card_path.write_bytes(make_card(SUPERVISOR, SUPERVISOR_PROFILE).replace(b"Anna", b"Anne"))
    dialogs.answers = [str(card_path)]
    exchange(window, dialogs).add_contact_action.trigger()
    assert dialogs.asked[-1] == "Card not added" and contacts() == []


def test_export_my_card_needs_a_name_and_writes_an_owner_only_file(window, dialogs, tmp_path):
    actions = exchange(window, dialogs)
    actions.export_card_action.trigger()
    assert dialogs.asked == ["Export my identity card"]  # a warning: no name yet
    set_profile(name="Sam Rivera")
    path = tmp_path / "mine.caselog-id"
    dialogs.answers = [str(path)]
    actions.export_card_action.trigger()
    assert read_card(path.read_bytes()).fingerprint == own_fingerprint()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_inbox_opens_a_packet_file_and_lists_it(qtbot, window, dialogs, tmp_path):
    from models.supervision.exchange.contacts import add_contact

    therapist = Identity.generate()
    add_contact(read_card(make_card(therapist, Profile("Sam Rivera", Role.THERAPIST))), therapist.fingerprint)
    me = read_card(make_card(Identity.from_secret(_own_secret()), SUPERVISOR_PROFILE))
    sent = make_packet(therapist, Profile("Sam Rivera", Role.THERAPIST), me.keys, "2026-10", make_summary(), "0" * 64)
    packet_path = tmp_path / "month.caselog-packet"
    packet_path.write_bytes(sent.data)
    actions = exchange(window, dialogs)
    actions.inbox_action.trigger()
    inbox = actions.inbox_window
    qtbot.addWidget(inbox)
    assert inbox.empty.isVisible() and not inbox.review_button.isEnabled()
    dialogs.answers = [str(packet_path)]
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    texts = screen_texts(inbox)
    assert "Sam Rivera" in texts and "2026-10" in texts and "New" in texts
    assert inbox.review_button.isEnabled()
    with qtbot.waitSignal(inbox.review_requested) as requested:
        qtbot.keyClick(inbox.table, Qt.Key.Key_Return)
    assert requested.args == [sent.record.packet_id]
    dialogs.answers = [str(packet_path)]
    qtbot.mouseClick(inbox.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogs.asked[-1] == "Packet refused")
    assert ReceivedPacket.select().count() == 1


def test_the_inbox_closes_when_caselog_locks(qtbot, window, dialogs):
    from models.opening import close_store

    actions = exchange(window, dialogs)
    actions.inbox_action.trigger()
    qtbot.addWidget(actions.inbox_window)
    assert actions.inbox_window.isVisible()
    close_store()
    QApplication.processEvents()
    assert not actions.inbox_window.isVisible()


def _own_secret() -> bytes:
    from models.supervision.exchange.contacts import own_identity

    return own_identity().secret


def _packet_summary():
    summary = make_summary(count=3)
    details = [
        {"occurred_on": "2026-10-03", "risk": "high", "assessment": "violation", "for_supervision": True},
        {"occurred_on": "2026-10-09", "risk": "low", "assessment": "no_crossing", "for_supervision": False},
        {"occurred_on": "2026-10-21", "risk": "low", "assessment": "crossing_benign", "for_supervision": False},
    ]
    for encounter, extra in zip(summary["encounters"], details, strict=True):
        encounter.update(extra, channel="in_person", setting="public_place", initiated_by="client",
                         avoidability="unavoidable", acknowledgement="client_first", categories=[])  # fmt: skip
    summary["carried_forward"] = [
        {"text": "Read the code on gifts", "owner": "therapist", "due_on": None, "month": "2026-09", "age_days": 39}
    ]
    return summary


def test_a_packet_is_reviewed_signed_off_and_replied_from_the_window(qtbot, window, dialogs, tmp_path):
    from models.supervision.exchange.contacts import add_contact, own_identity
    from models.supervision.exchange.reply import open_reply

    therapist = Identity.generate()
    add_contact(read_card(make_card(therapist, Profile("Sam Rivera", Role.THERAPIST))), therapist.fingerprint)
    set_profile(name="Dr. Anna Keller", role="supervisor", credential="PsyD", licence="PSY 12345 (CA)")
    me = own_identity().public
    sent = make_packet(therapist, Profile("Sam Rivera", Role.THERAPIST), me, "2026-10", _packet_summary(), "0" * 64)
    packet_path = tmp_path / "month.caselog-packet"
    packet_path.write_bytes(sent.data)
    actions = exchange(window, dialogs)
    actions.inbox_action.trigger()
    qtbot.addWidget(actions.inbox_window)
    dialogs.answers = [str(packet_path)]
    qtbot.mouseClick(actions.inbox_window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.inbox_window.model.rowCount() == 1)
    qtbot.keyClick(actions.inbox_window.table, Qt.Key.Key_Return)
    review = actions.packet_window
    qtbot.addWidget(review)
    assert "Sam Rivera" not in review.windowTitle()
    assert review.encounters.rows[0]["assessment"] == "violation"  # priority first
    assert review.progress.text() == "Discussed 0 of 1 priority encounters"
    month_text = review.month_view.toPlainText()
    assert "Read the code on gifts" in month_text and "2026-09, open 39 days" in month_text

    panel = review.panel
    panel.meeting_on.setDate(panel.meeting_on.date().fromString("2026-11-04", "yyyy-MM-dd"))
    panel.meeting_minutes.setValue(50)
    panel.meeting_format.set_value("video")
    output = tmp_path / "reply.caselog-reply"
    dialogs.answers = [str(output)]
    qtbot.mouseClick(review.reply_button, Qt.MouseButton.LeftButton)
    assert "priority" in review.problem.text() and not output.exists()  # gated: the violation not discussed

    review.table.selectRow(0)
    qtbot.keyClicks(review.comment, "Discussed at length; consult the ethics code.")
    review.discussed.setFocus()
    qtbot.keyClick(review.discussed, Qt.Key.Key_Space)
    assert review.progress.text() == "Discussed 1 of 1 priority encounters"
    qtbot.keyClicks(panel.item_text, "Write up the rationale")
    qtbot.keyClick(panel.item_text, Qt.Key.Key_Return)
    assert panel.items.rowCount() == 1
    review.save_draft()
    review.close()  # the draft is kept; opening again shows it
    qtbot.keyClick(actions.inbox_window.table, Qt.Key.Key_Return)
    review = actions.packet_window
    qtbot.addWidget(review)
    assert review.progress.text() == "Discussed 1 of 1 priority encounters"
    assert review.panel.items.rowCount() == 1 and review.panel.signer_name.text() == "Dr. Anna Keller"
    dialogs.answers = [str(output)]
    qtbot.mouseClick(review.reply_button, Qt.MouseButton.LeftButton)
    assert output.exists(), review.problem.text()
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert not review.reply_button.isEnabled() and review.comment.isReadOnly()
    assert "Signed off" in " ".join(screen_texts(actions.inbox_window))

    sent_records = {sent.record.packet_id: sent.record}
    reply = open_reply(output.read_bytes(), therapist, {own_fingerprint(): me}.get, sent_records.get,
                       lambda *_: False, lambda _: True)  # fmt: skip
    assert reply.signed_off and reply.review["meeting"] == {
        "date": "2026-11-04", "minutes": 50, "format": "video", "kind": "individual"
    }  # fmt: skip
    assert reply.review["action_items"] == [{"text": "Write up the rationale", "owner": "", "due": None}]
    assert reply.review["comments"][0]["discussed"] is True


def test_a_supervisors_caselog_opens_on_the_inbox_and_a_therapists_does_not(qtbot, window, dialogs):
    from models.supervision.exchange.tables import ExchangeIdentity

    actions = exchange(window, dialogs)
    actions.started()
    assert actions.inbox_window is None and ExchangeIdentity.select().count() == 0  # no keys made for this
    set_profile(name="Dr. Anna Keller", role="supervisor")
    actions.started()
    assert actions.inbox_window is not None and actions.inbox_window.isVisible()
    qtbot.addWidget(actions.inbox_window)
