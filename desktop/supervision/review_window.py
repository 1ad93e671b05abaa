"""Review mode (DESIGN §5): one month for the supervision meeting, pseudonymised and read-only
for encounters. The supervisor comments and marks each encounter discussed, writes notes and
action items, and signs off; the therapist countersigns.

The window holds the month and its review state (the banner, the month and status, the steps
open → ready → signed off); its panels own their parts: the meeting (review_month.MeetingPanel),
the encounters and comments (review_encounters.ReviewEncounters), the notes and action items
(review_month.MonthNotesPanel)."""

from __future__ import annotations

import datetime as dt
import uuid
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.labels import label
from desktop.report.pdf_export_flow import PdfExportFlow
from desktop.settings.preferences import Preferences
from desktop.settings.theme import banner_style
from desktop.supervision.month_view import signals_and_addenda_html
from desktop.supervision.packet_flows import PacketFlows
from desktop.supervision.review_encounters import ReviewEncounters
from desktop.supervision.review_month import MeetingPanel, MonthNotesPanel
from desktop.supervision.sign_off_dialog import SignOffDialog
from models import clock
from models.log.encounters import Encounter, encounter_dicts
from models.log.months import Month
from models.pseudonymise import pseudonymised
from models.supervision.enums import ReviewStatus
from models.supervision.reviews import (
    MonthReview,
    ReviewError,
    Tally,
    comments_by_encounter,
    countersign,
    mark_ready,
    reopen,
    reopenings,
    request_revision,
    review_for,
    sign_off,
)
from models.supervision.summary import MonthSummary, compute_summary


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that lets it shrink below its natural height."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumHeight(widget.fontMetrics().lineSpacing() * 3)
    return area


class ReviewWindow(QWidget):
    """One month in review mode. Emits ``review_changed`` after each step of the review."""

    review_changed = Signal()

    def __init__(self, month: Month, dialogs: UserDialogs, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.month = month
        self.dialogs = dialogs
        self.review: MonthReview | None = None
        self.summary: MonthSummary | None = None
        self.summary_tally: Tally | None = None
        self.setWindowTitle(self.tr("Review mode — Caselog"))
        self.resize(1180, 820)

        self.banner = QLabel(
            self.tr(
                "<b>Review mode is on.</b> Pseudonymised: codes stand in for people (it is not anonymous); no "
                "names or locations, names in the notes replaced, and no private reflection unless you show it, "
                "encounter by encounter. Encounters cannot be edited here."
            )
        )
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Review mode banner"))
        self.banner.setStyleSheet(banner_style())
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Review status"))
        self.status_label.setWordWrap(True)
        self.signals = QLabel()
        self.signals.setWordWrap(True)
        self.signals.setTextFormat(Qt.TextFormat.RichText)
        self.signals.setAccessibleName(self.tr("Drift signals and addenda"))
        self.pdf = PdfExportFlow(self, dialogs)
        self.packets = PacketFlows(self, dialogs)
        self.packets.month_changed.connect(self.packet_moved)
        self.meeting = MeetingPanel(self.attempt)
        self.encounters = ReviewEncounters(self.attempt)
        self.notes = MonthNotesPanel(self.attempt)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self._header())
        status_row = QHBoxLayout()  # the packet button beside the status: the header must fit 800 px
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.packet_button)
        layout.addLayout(status_row)
        layout.addWidget(self.meeting)
        # The encounters get the room; the signals above and the month's notes and action items
        # below scroll in their own panes, so the window still works at 800×600 with a long month.
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(scrolling(self.signals))
        vertical.addWidget(self.encounters)
        vertical.addWidget(scrolling(self.notes))
        vertical.setChildrenCollapsible(False)
        for index, stretch in enumerate((1, 4, 2)):
            vertical.setStretchFactor(index, stretch)
        vertical.setSizes([90, 360, 200])
        layout.addWidget(vertical, 1)
        self.show_month(month)

    def _header(self) -> QHBoxLayout:
        self.previous_button = QPushButton(self.tr("◀ Previous month"))
        self.next_button = QPushButton(self.tr("Next month ▶"))
        self.month_label = QLabel()
        self.ready_button = QPushButton(self.tr("Mark &ready for supervision"))
        self.revision_button = QPushButton(self.tr("Needs re&vision…"))
        self.sign_off_button = QPushButton(self.tr("&Sign off…"))
        self.countersign_button = QPushButton(self.tr("&Countersign…"))
        # Sending to the supervisor and importing their review share one button, beside the status.
        self.packet_button = QPushButton(self.tr("Supervisor's p&acket"))
        packet_menu = QMenu(self.packet_button)
        self.send_action = packet_menu.addAction(self.tr("Send to s&upervisor…"))
        self.send_action.setStatusTip(
            self.tr("Sign and seal this month, pseudonymised, as a file only your supervisor can open.")
        )
        self.import_action = packet_menu.addAction(self.tr("&Import review…"))
        self.import_action.setStatusTip(self.tr("Merge the signed review your supervisor sent back for this month."))
        self.packet_button.setMenu(packet_menu)
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.export_button = QPushButton(self.tr("Export &PDF…"))
        self.export_button.setToolTip(self.tr("Export this month as PDF (Ctrl+P)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+P"))
        descriptions = {
            self.previous_button: self.tr("Review the month before (Alt+Left)."),
            self.next_button: self.tr("Review the month after (Alt+Right)."),
            self.ready_button: self.tr("Tell your supervisor the month is ready to go through."),
            self.revision_button: self.tr("Send the month back to the therapist with what to revise."),
            self.sign_off_button: self.tr("Sign the month off as supervisor; later changes become addenda."),
            self.countersign_button: self.tr("Countersign the supervisor's sign-off as the therapist."),
            self.packet_button: self.tr("Send this month to your supervisor as a sealed file, or import their review."),
            self.reopen_button: self.tr("Reopen the signed-off month, saying why; the reopening stays on the record."),
            self.export_button: self.tr("Write this month's review as a PDF (Ctrl+P)."),
        }
        header = QHBoxLayout()
        for widget in (self.previous_button, self.month_label, self.next_button):
            header.addWidget(widget)
        header.addStretch(1)
        for widget, description in descriptions.items():
            widget.setAccessibleDescription(description)
            if widget not in (self.previous_button, self.next_button, self.packet_button):
                header.addWidget(widget)
        self.previous_button.clicked.connect(lambda: self.show_month(self.month.previous()))
        self.next_button.clicked.connect(lambda: self.show_month(self.month.next()))
        self.export_button.clicked.connect(lambda: (self.flush(), self.pdf.start(self.month)))
        self.ready_button.clicked.connect(self.mark_ready)
        self.revision_button.clicked.connect(self.request_revision)
        self.sign_off_button.clicked.connect(self.sign_off)
        self.countersign_button.clicked.connect(self.countersign)
        self.send_action.triggered.connect(lambda: (self.flush(), self.packets.send(self.month, self)))
        self.import_action.triggered.connect(lambda: (self.flush(), self.packets.import_review(self)))
        self.reopen_button.clicked.connect(self.reopen)
        for shortcut, slot in (("Alt+Left", self.previous_button.click), ("Alt+Right", self.next_button.click)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)
        return header

    def packet_moved(self, month: str) -> None:
        """A packet of this month was sent (it is ready now) or its review merged: read it again."""
        if month == str(self.month):
            self.reload()
            self.review_changed.emit()

    # ------------------------------------------------------------ loading

    def show_month(self, month: Month) -> None:
        self.flush()
        self.month = month
        self.reload()

    def reload(self) -> None:
        """Read the month once: its review, summary, comments and encounters, for every panel."""
        self.review = review = review_for(self.month)
        summary = compute_summary(self.month)
        self.pseudonymiser = pseudonymised.build_pseudonymiser([e.id for e in summary.encounters])
        summary = pseudonymised.summary(summary, self.pseudonymiser)
        self.month_label.setText(f"<h2>{self.month}</h2>")
        self.next_button.setEnabled(self.month < Month.of(clock.today()))
        self.summary_tally = summary.discussed
        self.show_status(review)
        self.signals.setText(signals_and_addenda_html(summary) or self.tr("No drift signals or addenda this month."))
        self.meeting.show_review(self.month, review)
        self.notes.show_review(self.month, review)
        self.notes.show_carried(
            pseudonymised.action_items([i.to_json() for i in summary.carried_forward], self.pseudonymiser)
        )
        self.summary = summary
        self.show_encounters()

    def show_encounters(self) -> None:
        """The month's encounters, pseudonymised as each is shown (see ReviewEncounters)."""
        self.flush()
        ids = [uuid.UUID(e.id) for e in self.summary.encounters]
        rows = Encounter.select().where(Encounter.id.in_(ids)) if ids else []
        values = {v["id"]: v for v in encounter_dicts(rows, identified=True, include_reflection=True)}
        self.encounters.show_month(self.month, self.summary.encounters, values, comments_by_encounter(self.month),
                                   self.summary.category_labels, self.review.locked, self.pseudonymiser)  # fmt: skip

    def show_status(self, review: MonthReview) -> None:
        status = ReviewStatus(review.status)
        text = self.tr("Status: <b>{0}</b>").format(escape(label(status)))
        if self.summary_tally is not None:
            text += " · " + escape(self.summary_tally.sentence())
        if status == ReviewStatus.OPEN and review.revision_comment:
            comment = self.pseudonymiser.text(review.revision_comment)  # the supervisor's words, shown back
            text += "<br>" + self.tr("Needs revision: {0}").format(escape(comment))
        if status == ReviewStatus.SIGNED_OFF:
            text += "<br>" + self.tr("Signed off by {0} ({1}) on {2}.").format(
                escape(review.supervisor), escape(review.credential), review.signed_at.date().isoformat()
            )
            if review.countersigned_at:
                text += " " + self.tr("Countersigned by {0} on {1}.").format(
                    escape(review.therapist), review.countersigned_at.date().isoformat()
                )
            if review.licence or review.jurisdiction:
                text += " " + self.tr("Licence {0}, {1}.").format(
                    escape(review.licence or "—"), escape(review.jurisdiction or "—")
                )
            text += " " + self.tr("The month is locked: later changes are kept as addenda.")
        for kept in reopenings(self.month):
            text += "<br>" + self.tr("Reopened on {0} (signed off by {1} on {2}): {3}").format(
                kept.reopened_at.date().isoformat(), escape(kept.supervisor),
                kept.signed_at.date().isoformat() if kept.signed_at else "—", escape(kept.reason),
            )  # fmt: skip
        self.status_label.setText(text)
        self.ready_button.setVisible(status == ReviewStatus.OPEN)
        self.revision_button.setVisible(status == ReviewStatus.READY)
        self.packet_button.setVisible(status != ReviewStatus.SIGNED_OFF)
        self.import_action.setEnabled(status == ReviewStatus.READY)
        self.sign_off_button.setVisible(status == ReviewStatus.READY)
        self.countersign_button.setVisible(status == ReviewStatus.SIGNED_OFF and review.countersigned_at is None)
        self.reopen_button.setVisible(status == ReviewStatus.SIGNED_OFF)

    def flush(self) -> None:
        """Save the comment and the notes now (they also save a moment after typing stops)."""
        self.encounters.flush()
        self.notes.flush()

    # ------------------------------------------------------------ steps

    def problem_text(self, problem: ReviewError) -> str:
        """A refused step in words: the field by its name on screen, then what is wrong."""
        names = {
            "revision_comment": self.tr("What needs revising?"), "supervisor": self.tr("Supervisor's name"),
            "credential": self.tr("Supervisor's credential"), "signed_on": self.tr("Date of sign-off"),
            "therapist": self.tr("Your name, as the therapist"), "meeting_minutes": self.tr("Meeting duration"),
            "notes": self.tr("Overall notes"), "comment": self.tr("Supervisor's comment on this encounter"),
            "action_item": self.tr("New action item"), "owner": self.tr("Action item owner"),
            "due_on": self.tr("Action item due date"), "licence": self.tr("Supervisor's licence number"),
            "jurisdiction": self.tr("Jurisdiction of the licence"), "discussed": self.tr("Priority encounters"),
            "not_discussed_reason": self.tr("Reason for leaving it out"), "reopen_reason": self.tr("Why reopen?"),
        }  # fmt: skip
        name = names.get(problem.field, problem.field)
        return f"{name}: {problem.message}" if name else problem.message

    def attempt(self, step) -> bool:
        """Run a review step; show its problem beside the action items if refused."""
        try:
            step()
        except ReviewError as exc:
            self.notes.show_problem(self.problem_text(exc))
            return False
        self.notes.show_problem("")
        return True

    def step(self, action) -> None:
        """A step of the review's state: warned about when refused; the month read again when taken."""
        self.flush()
        try:
            action()
        except ReviewError as exc:
            self.dialogs.warn(self, self.tr("Review"), self.problem_text(exc))
            return
        self.reload()
        self.review_changed.emit()

    @Slot()
    def mark_ready(self) -> None:
        self.step(lambda: mark_ready(self.month))

    @Slot()
    def request_revision(self) -> None:
        comment = self.dialogs.ask_text(self, self.tr("Needs revision"), self.tr("What needs revising?"))
        if comment:
            self.step(lambda: request_revision(self.month, comment))

    @Slot()
    def sign_off(self) -> None:
        supervisor = self.review.supervisor or Preferences.load().default_supervisor
        self.flush()
        tally = self.summary_tally.sentence() if self.summary_tally else ""
        answer = self.dialogs.ask(SignOffDialog(str(self.month), supervisor, tally, self))
        if answer:
            supervisor, credential, signed_on, licence, jurisdiction = answer
            self.step(lambda: sign_off(self.month, supervisor, credential, signed_on, licence, jurisdiction))

    @Slot()
    def reopen(self) -> None:
        reason = self.dialogs.ask_text(
            self, self.tr("Reopen"), self.tr("Why reopen this signed-off month? The reason stays on the record.")
        )
        if reason:
            self.step(lambda: reopen(self.month, reason))

    @Slot()
    def countersign(self) -> None:
        name = self.dialogs.ask_text(self, self.tr("Countersign"), self.tr("Your name, as the therapist:"))
        if name:
            self.step(lambda: countersign(self.month, name))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.flush()
        super().closeEvent(event)


def review_month_default(today: dt.date | None = None) -> Month:
    """The month a supervision meeting usually reviews: the one just ended."""
    return Month.of(today or clock.today()).previous()
