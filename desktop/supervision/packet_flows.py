"""The therapist's two steps in the app (DESIGN §11): "Send to supervisor" (choose whom and how, go
through the possible identifiers, choose where, then pseudonymise, render the PDF to hash, sign and
seal on the thread pool) and "Import review" (verify, and merge whole or refuse with the reason;
a month changed since it left is offered as comments without the sign-off)."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.dialogs import UserDialogs
from desktop.interchange.identifiers_dialog import IdentifiersDialog
from desktop.labels import label
from desktop.report.pdf_export import default_paper
from desktop.report.pdf_writer import ExportCancelled
from desktop.settings.preferences import Preferences
from desktop.supervision.inbox_window import read_limited
from desktop.supervision.packet_making import PacketContents, prepare_packet
from desktop.supervision.send_dialog import SendChoice, SendPacketDialog
from desktop.tasks import Progress, run_task
from models.log.enums import Risk
from models.log.months import Month
from models.pseudonymise.pseudonymised import apply_choices
from models.store.private_files import JSON, OutputRefused, check_destination, write_private_bytes
from models.supervision.exchange.contacts import contacts
from models.supervision.exchange.envelope import REPLY
from models.supervision.exchange.errors import ExchangeError, MonthChanged
from models.supervision.exchange.identity import Role
from models.supervision.exchange.outbox import check_sendable, merge_reply, send_month, supervisor
from models.supervision.report import month_check, reflections_to_choose

PACKET_FILTER = "Caselog packets (*.caselog-packet)"
REPLY_FILTER = "Caselog review replies (*.caselog-reply)"


def packet_file_name(month: Month) -> str:
    """The month and a random tag: never a person's name."""
    return f"caselog-{month}-{secrets.token_hex(3)}.caselog-packet"


class PacketFlows(QObject):
    """Emits ``month_changed(month)`` after a month was sent (it became ready) or a review merged."""

    month_changed = Signal(str)

    def __init__(self, parent: QWidget, dialogs: UserDialogs):
        super().__init__(parent)
        self.window, self.dialogs = parent, dialogs
        self.running = False
        self.progress: QProgressDialog | None = None

    # ------------------------------------------------------------ sending

    def send(self, month: Month, parent: QWidget | None = None) -> bool:
        """Ask and begin sending ``month``; False if refused or stopped at a question."""
        parent = parent or self.window
        title = self.tr("Send to supervisor")
        if self.running:
            return False
        supervisors = [(c.fingerprint, c.name) for c in contacts(Role.SUPERVISOR)]
        if not supervisors:
            self.dialogs.warn(parent, title, self.tr(
                "Add your supervisor's card first (File → Add a supervisor or supervisee from a card), after "
                "comparing fingerprints with them."))  # fmt: skip
            return False
        try:
            check_sendable(month)
        except ExchangeError as error:
            self.dialogs.warn(parent, title, error.reason)
            return False
        reflections = [
            (encounter_id, f"{day} · {code} · {label(Risk(risk))}")
            for encounter_id, day, code, risk in reflections_to_choose(month)
        ]
        choice: SendChoice | None = self.dialogs.ask(SendPacketDialog(str(month), supervisors, reflections, parent))
        if choice is None:
            return False
        keep_out, let_pass = (), ()
        findings = month_check(month, reflections=choice.reflections)
        if findings:
            choices = self.dialogs.ask(IdentifiersDialog(findings, parent))
            if choices is None:
                return False
            keep_out, let_pass = apply_choices(choices, findings)
        preferences = Preferences.load()
        folder = Path(preferences.export_folder) if preferences.export_folder else Path.home()
        path = self.dialogs.save_file(parent, self.tr("Save the packet"), str(folder / packet_file_name(month)),
                                      self.tr(PACKET_FILTER))  # fmt: skip
        if not path:
            return False
        # The save dialog asked before an existing file is replaced; the writer still never replaces the
        # database or a file of another kind, and says why.
        replace = Path(path).exists()
        try:
            check_destination(path, force=replace, kind=JSON)
        except OutputRefused as refused:
            self.dialogs.warn(parent, title, str(refused))
            return False
        to = supervisor(choice.supervisor)
        job = prepare_packet(
            month, preferences.paper or default_paper(), preferences.therapist, reflections=choice.reflections,
            full_detail=choice.full_detail, keep_out=keep_out, let_pass=let_pass,
        )  # fmt: skip
        pages = Progress(self)
        self.progress = QProgressDialog(self.tr("Preparing the packet…"), self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(pages.cancel)
        self.running = True

        def rendered(contents: PacketContents) -> None:
            self.done()
            try:
                sent = send_month(month, to, contents.summary, contents.pdf_sha256,
                                  deliver=lambda data: write_private_bytes(path, data, force=replace, kind=JSON))  # noqa: E501 # fmt: skip
            except ExchangeError as error:
                self.dialogs.warn(parent, title, error.reason)
                return
            except OutputRefused as refused:
                self.dialogs.warn(parent, title, str(refused))
                return
            except OSError:
                self.dialogs.warn(parent, title, self.tr("The packet could not be written there; nothing was sent."))
                return
            self.month_changed.emit(str(month))
            self.dialogs.inform(parent, title, self.tr(
                "The packet of {month} ({count} encounters, pseudonymised) is saved for {name}; only they can open "
                "it. Send them the file. {month} is now ready for supervision.").format(
                    month=month, count=sent.encounters, name=sent.supervisor))  # fmt: skip

        def failed(error: BaseException) -> None:
            self.done()
            if not isinstance(error, ExportCancelled):
                self.dialogs.warn(parent, title, self.tr("The packet could not be made ({0}); nothing was sent.")
                                  .format(type(error).__name__))  # fmt: skip

        run_task(lambda: job.render(pages.report, pages.cancelled), rendered, failed)
        return True

    def done(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
        self.progress = None
        self.running = False

    # ------------------------------------------------------------ merging

    def import_review(self, parent: QWidget | None = None) -> bool:
        """Ask for a reply file and merge it, whole or not at all; True if something was merged."""
        parent = parent or self.window
        title = self.tr("Import review")
        path = self.dialogs.open_file(parent, self.tr("Import your supervisor's review"), self.tr(REPLY_FILTER))
        if not path:
            return False
        try:
            data = read_limited(path, REPLY.max_bytes)
            merged = merge_reply(data)
        except OSError:
            self.dialogs.warn(parent, title, self.tr("The file could not be read."))
            return False
        except MonthChanged as changed:
            question = self.tr("Add the supervisor's comments, notes, action items and meeting without the sign-off?")
            if not self.dialogs.confirm(parent, title, changed.reason + "\n\n" + question):
                return False
            try:
                merged = merge_reply(data, as_comments=True)
            except ExchangeError as error:
                self.dialogs.warn(parent, title, error.reason + "\n\n" + self.tr("Nothing was changed."))
                return False
        except ExchangeError as error:
            self.dialogs.warn(parent, title, error.reason + "\n\n" + self.tr("Nothing was changed."))
            return False
        outcome = {
            "signed_off": self.tr("{month} is signed off by {name}; the signature is verified and the month is "
                                  "locked."),
            "needs_revision": self.tr("{name} asks for revision of {month}; the month is open again."),
            "comments": self.tr("{name}'s comments, notes, action items and meeting for {month} were added, without "
                                "the sign-off."),
        }[merged.status].format(month=merged.month, name=merged.supervisor)  # fmt: skip
        self.month_changed.emit(merged.month)
        self.dialogs.inform(parent, title, outcome)
        return True
