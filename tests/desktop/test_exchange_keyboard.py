"""The supervisor's seat from the keyboard (DESIGN §11; every feature reachable by keyboard): each
window's mnemonics are one per letter, in English and German, and a packet is opened, reviewed and
answered with keys alone, from Ctrl+I in the main window to Ctrl+Return in packet review."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabWidget, QWidget

from desktop.settings.preferences import Preferences
from desktop.settings.preferences_dialog import PreferencesDialog
from desktop.supervision.contact_card_dialog import ContactCardDialog
from desktop.supervision.exchange_actions import ExchangeActions
from desktop.supervision.identity_section import IdentitySection
from desktop.supervision.inbox_window import InboxWindow
from desktop.supervision.packet_review_window import PacketReviewWindow
from desktop.supervision.send_dialog import SendPacketDialog
from models.supervision.exchange.contacts import add_contact, own_identity, set_profile
from models.supervision.exchange.identity import Identity, Profile, Role, make_card, read_card
from models.supervision.exchange.inbox import receive_packet
from models.supervision.exchange.packet import make_packet
from models.supervision.exchange.reply import open_reply
from tests.models.exchange.world import make_summary

THERAPIST = Identity.generate()
THERAPIST_PROFILE = Profile("Sam Rivera", Role.THERAPIST, "LMFT")


def mnemonics(root: QWidget) -> Counter:
    """The letters Alt+letter reaches in ``root``: buttons and check boxes shown, labels with a buddy,
    group boxes and tabs."""
    texts = [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]
    texts += [label.text() for label in root.findChildren(QLabel) if label.buddy() and label.isVisibleTo(root)]
    texts += [box.title() for box in root.findChildren(QGroupBox) if box.isVisibleTo(root)]
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    for button in root.findChildren(QAbstractButton):  # a shortcut set on a button replaces its Alt+letter
        marked = QKeySequence.mnemonic(button.text())
        assert marked.isEmpty() or button.shortcut() == marked, f"{button.text()}: Alt+letter replaced"
    letters = Counter()
    for text in texts:
        marked = text.replace("&&", "")
        at = marked.find("&")
        if at >= 0 and at + 1 < len(marked):
            letters[marked[at + 1].lower()] += 1
    return letters


def packet_in_inbox(summary=None) -> str:
    """A packet from Sam Rivera, opened into this database's inbox: its id."""
    add_contact(read_card(make_card(THERAPIST, THERAPIST_PROFILE)), THERAPIST.fingerprint)
    sent = make_packet(THERAPIST, THERAPIST_PROFILE, own_identity().public, "2026-10", summary or _summary(), "0" * 64)
    return receive_packet(sent.data).packet_id


def _summary():
    summary = make_summary(count=2)
    details = [
        {"occurred_on": "2026-10-03", "risk": "high", "assessment": "violation", "for_supervision": True},
        {"occurred_on": "2026-10-09", "risk": "low", "assessment": "no_crossing", "for_supervision": False},
    ]
    for encounter, extra in zip(summary["encounters"], details, strict=True):
        encounter.update(extra, channel="in_person", setting="public_place", initiated_by="client",
                         avoidability="unavoidable", acknowledgement="client_first", categories=[])  # fmt: skip
    return summary


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_window_of_the_supervisors_seat_has_one_mnemonic_per_letter(qtbot, qapp, store, dialogs, language):
    from desktop.settings.translations import install_translations

    install_translations(qapp, language)
    try:
        set_profile(name="Dr. Anna Keller", role="supervisor")
        packet_id = packet_in_inbox()
        card = read_card(make_card(THERAPIST, THERAPIST_PROFILE))
        windows = {
            "inbox": InboxWindow(dialogs),
            "packet review": PacketReviewWindow(packet_id, dialogs),
            "send": SendPacketDialog("2026-10", [("1", "Dr. Keller")], [("e1", "2026-10-03 C-1")]),
            "card": ContactCardDialog(card, "00000 " * 6),
            "preferences": PreferencesDialog(Preferences(), None, [IdentitySection("Sam Rivera", "LMFT")]),
        }
        clashes = []
        for name, window in windows.items():
            qtbot.addWidget(window)
            window.show()
            if isinstance(window, PreferencesDialog):
                window.tabs.setCurrentIndex(1)  # Identity
            twice = sorted(letter for letter, n in mnemonics(window).items() if n > 1)
            if twice:
                clashes.append(f"{name}: Alt+{', Alt+'.join(twice)}")
        assert not clashes, f"reach more than one place ({language}): {'; '.join(clashes)}"
    finally:
        install_translations(qapp, "en")


def test_a_packet_is_opened_reviewed_and_answered_with_keys_alone(qtbot, window, dialogs, tmp_path):
    set_profile(name="Dr. Anna Keller", role="supervisor", credential="PsyD", licence="PSY 12345 (CA)")
    add_contact(read_card(make_card(THERAPIST, THERAPIST_PROFILE)), THERAPIST.fingerprint)
    sent = make_packet(THERAPIST, THERAPIST_PROFILE, own_identity().public, "2026-10", _summary(), "0" * 64)
    packet_path = tmp_path / "month.caselog-packet"
    packet_path.write_bytes(sent.data)
    actions = ExchangeActions(window, dialogs, lambda: ("", ""))

    qtbot.keyClick(window.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # View → Supervision inbox
    inbox = actions.inbox_window
    assert inbox is not None and inbox.isVisible()
    qtbot.addWidget(inbox)
    qtbot.waitUntil(inbox.isActiveWindow)
    dialogs.answers = [str(packet_path)]
    qtbot.keyClick(inbox, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # &Open a packet file…
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10_000)
    inbox.table.setFocus()
    qtbot.keyClick(inbox.table, Qt.Key.Key_Return)

    review = actions.packet_window
    qtbot.addWidget(review)
    qtbot.waitUntil(review.isActiveWindow)
    focus = QApplication.focusWidget
    review.table.setFocus()  # the encounters first; the first (the priority one) is chosen
    qtbot.keyClick(review.table, Qt.Key.Key_Tab)
    assert focus() is review.view  # the encounter, to scroll with the arrows
    qtbot.keyClick(review.view, Qt.Key.Key_Tab)
    assert focus() is review.comment
    qtbot.keyClicks(review.comment, "Discussed; write down the rationale.")
    qtbot.keyClick(review.comment, Qt.Key.Key_Tab)
    assert focus() is review.discussed
    qtbot.keyClick(review.discussed, Qt.Key.Key_Space)
    assert review.progress.text() == "Discussed 1 of 1 priority encounters"

    panel = review.panel
    qtbot.keyClick(review, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # &Meeting:
    assert focus() is panel.meeting_on
    qtbot.keyClicks(panel.meeting_on, "20261104")  # the digits; each part moves on to the next
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is panel.meeting_minutes
    qtbot.keyClick(panel.meeting_minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.meeting_minutes, "55")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is panel.meeting_format
    qtbot.keyClicks(panel.meeting_format, "Video")
    qtbot.keyClick(review, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Signed &by: (filled from the profile)
    assert focus() is panel.signer_name and panel.signer_name.text() == "Dr. Anna Keller"

    reply_path = tmp_path / "month.caselog-reply"
    dialogs.answers = [str(reply_path)]
    qtbot.keyClick(focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Reply…
    qtbot.waitUntil(lambda: reply_path.exists() or bool(review.problem.text()))
    assert reply_path.exists(), review.problem.text()

    records = {sent.record.packet_id: sent.record}
    own = own_identity().public
    reply = open_reply(reply_path.read_bytes(), THERAPIST, {own.fingerprint: own}.get, records.get,
                       lambda *_: False, lambda _: True)  # fmt: skip
    assert reply.signed_off and reply.review["meeting"] == {
        "date": "2026-11-04", "minutes": 55, "format": "video", "kind": "individual"
    }  # fmt: skip
    assert reply.review["comments"] == [
        {"encounter": reply.review["comments"][0]["encounter"], "text": "Discussed; write down the rationale.",
         "discussed": True}
    ]  # fmt: skip
    assert reply.review["signed_by"] == {"name": "Dr. Anna Keller", "credential": "PsyD", "licence": "PSY 12345 (CA)"}
