"""The supervisor's seat in the menus (DESIGN §11): File → Add a supervisor or supervisee from a card,
Export my identity card, and View → Supervision inbox; the Identity tab of Preferences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from desktop.dialogs import UserDialogs
from desktop.shell import Shell
from desktop.supervision.contact_card_dialog import ContactCardDialog
from desktop.supervision.identity_section import IdentitySection
from desktop.supervision.inbox_window import InboxWindow, read_limited
from desktop.supervision.packet_flows import PacketFlows
from desktop.supervision.packet_review_window import PacketReviewWindow
from models.store.private_files import JSON, OutputRefused, write_private_bytes
from models.supervision.exchange.contacts import (
    ProfileError,
    add_contact,
    card_bytes,
    is_supervisor,
    own_fingerprint,
    read_contact_card,
)
from models.supervision.exchange.errors import ExchangeError
from models.supervision.exchange.identity import CARD_MAX_BYTES, Role

CARD_FILTER = "Caselog identity cards (*.caselog-id)"


def card_file_name(fingerprint: str) -> str:
    """A card's suggested file name: the first group of the fingerprint, never a person's name."""
    return f"caselog-card-{fingerprint.split()[0]}.caselog-id"


class ExchangeActions(QObject):
    def __init__(self, window: Shell, dialogs: UserDialogs, suggested_profile: Callable[[], tuple[str, str]]):
        super().__init__(window)
        self.window, self.dialogs = window, dialogs
        self.suggested_profile = suggested_profile  # (name, credential) from Preferences → You
        self.inbox_window: InboxWindow | None = None
        self.packet_window: PacketReviewWindow | None = None
        named = window.actions_registry
        self.add_contact_action = named.create(
            "add_contact", self.tr("Add a supervisor or supervisee from a &card…"), None, self.add_contact,
            self.tr("Trust a colleague's identity card after comparing fingerprints, to exchange supervision packets."),
        )  # fmt: skip
        self.export_card_action = named.create(
            "export_card", self.tr("Export my identity &card…"), None, self.export_card,
            self.tr("Write your public card for a supervisor or supervisee to add."),
        )  # fmt: skip
        self.flows = PacketFlows(window, dialogs)
        self.flows.month_changed.connect(lambda _: window.refresh())
        self.import_review_action = named.create(
            "import_review", self.tr("Import a supervisor's &review…"), None, self.flows.import_review,
            self.tr("Merge the signed review your supervisor sent back for a month."),
        )  # fmt: skip
        named.add("file", [self.add_contact_action, self.export_card_action, self.import_review_action], before="lock",
                  separated=True)  # fmt: skip
        self.inbox_action = named.create(
            "inbox", self.tr("Supervision &inbox…"), "Ctrl+I", self.show_inbox,
            self.tr("Months your supervisees sent you: open, review and reply."),
        )  # fmt: skip
        named.add("view", [self.inbox_action])

    def identity_section(self) -> IdentitySection:
        """The Identity tab for Preferences (made anew each time Preferences opens)."""
        return IdentitySection(*self.suggested_profile())

    @Slot()
    def add_contact(self) -> None:
        path = self.dialogs.open_file(self.window, self.tr("Add a supervisor or supervisee"), self.tr(CARD_FILTER))
        if not path:
            return
        title = self.tr("Card not added")
        try:
            card = read_contact_card(read_limited(path, CARD_MAX_BYTES))
        except OSError:
            self.dialogs.warn(self.window, title, self.tr("The file could not be read."))
            return
        except ExchangeError as error:
            self.dialogs.warn(self.window, title, error.reason)
            return
        typed = self.dialogs.ask(ContactCardDialog(card, own_fingerprint(), self.window))
        if typed is None:
            return
        try:
            contact = add_contact(card, typed)
        except ExchangeError as error:
            self.dialogs.warn(self.window, title, error.reason)
            return
        role = self.tr("supervisor") if contact.role == Role.SUPERVISOR.value else self.tr("supervisee")
        self.dialogs.inform(
            self.window, self.tr("Card added"),
            self.tr("{name} is now among your contacts as a {role}, with fingerprint {fingerprint}.").format(
                name=contact.name, role=role, fingerprint=contact.fingerprint
            ),
        )  # fmt: skip

    @Slot()
    def export_card(self) -> None:
        title = self.tr("Export my identity card")
        try:
            data = card_bytes()
        except ProfileError:
            self.dialogs.warn(
                self.window, title,
                self.tr("Set your name first, in Edit → Preferences → Identity: a card shows whose it is."),
            )  # fmt: skip
            return
        fingerprint = own_fingerprint()
        path = self.dialogs.save_file(self.window, title, card_file_name(fingerprint), self.tr(CARD_FILTER))
        if not path:
            return
        try:
            write_private_bytes(path, data, force=Path(path).exists(), kind=JSON)  # the save dialog asked
        except OutputRefused as refused:  # the database, or a file that is not a card: never replaced
            self.dialogs.warn(self.window, title, str(refused))
            return
        except OSError:
            self.dialogs.warn(self.window, title, self.tr("The card could not be written there; nothing was written."))
            return
        self.dialogs.inform(
            self.window, title,
            self.tr(
                "Your card is saved. Whoever adds it will ask you to read out your fingerprint, in person or by "
                "phone:\n\n{fingerprint}"
            ).format(fingerprint=fingerprint),
        )  # fmt: skip

    def started(self) -> None:
        """Caselog opened on this database: a supervisor's Caselog shows the inbox beside the log."""
        if is_supervisor():
            self.show_inbox()

    @Slot()
    def show_inbox(self) -> None:
        if self.inbox_window is None or not self.inbox_window.isVisible():
            self.inbox_window = InboxWindow(self.dialogs)
            self.inbox_window.review_requested.connect(self.review_packet)
        self.inbox_window.show()
        self.inbox_window.raise_()
        self.inbox_window.activateWindow()

    @Slot(str)
    def review_packet(self, packet_id: str) -> None:
        """Review mode on a packet from the inbox (one at a time)."""
        if self.packet_window is not None and self.packet_window.isVisible():
            self.packet_window.close()
        try:
            self.packet_window = PacketReviewWindow(packet_id, self.dialogs)
        except ExchangeError as error:  # the stored copy no longer verifies
            self.dialogs.warn(self.window, self.tr("Packet refused"), error.reason)
            return
        if self.inbox_window is not None:
            self.packet_window.replied.connect(lambda _: self.inbox_window.reload(select=packet_id))
        self.packet_window.show()
        self.packet_window.raise_()
        self.packet_window.activateWindow()
