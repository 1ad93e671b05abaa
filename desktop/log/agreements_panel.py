"""Beside the encounter form: what was agreed with the chosen client and what is known to overlap
(the standing record, DESIGN §3), so that the protocol is in view while the encounter is logged.
Where the therapist chooses "consent on file", the agreed protocol is what that choice rests on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.log.standing_record_editor import overlap_line
from desktop.settings.theme import error_style
from models import clock
from models.log.clients import Client
from models.log.enums import Acknowledgement, Channel, ClientStatus
from models.log.standing_record import StandingRecord, standing_record

MESSAGING = {Channel.PHONE.value, Channel.MESSAGE.value, Channel.SOCIAL_MEDIA.value}


class AgreementsPanel(QLabel):
    """The chosen client's agreements and standing overlaps; hidden when there is nothing to show."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("What was agreed with this client"))
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setMargin(6)
        self.client_code: str | None = None
        self.record = StandingRecord()
        self.hide()

    def show_for(self, client_code: str | None, acknowledgement: str | None, channel: str | None) -> None:
        """Show what applies to ``client_code``; "consent on file" without an agreement on file is
        pointed out, as is a message or call beside a contact agreement."""
        if client_code != self.client_code:
            self.client_code = client_code
            client = Client.get_or_none(Client.code == client_code) if client_code else None
            self.record = standing_record(client.id) if client is not None else StandingRecord()
        lines, warning = self.lines(acknowledgement, channel)
        self.setText("<br>".join(lines))
        self.setStyleSheet(error_style() if warning else "")
        self.setVisible(bool(lines))

    def lines(self, acknowledgement: str | None, channel: str | None) -> tuple[list[str], bool]:
        record, lines, warning = self.record, [], False
        if self.client_code is None:
            return lines, warning
        if record.status == ClientStatus.FORMER:
            ended = record.ended_on.isoformat() if record.ended_on else self.tr("a date not recorded")
            lines.append(escape(self.tr("Former client: therapy ended on {0}.").format(ended)))
        agreement = record.acknowledgement_agreement
        consent_on_file = acknowledgement == Acknowledgement.CONSENT_ON_FILE.value
        if agreement is not None:
            text = escape(self.tr("Acknowledgement agreed on {0}: {1}").format(agreement.agreed_on, agreement.terms))
            lines.append(f"<b>{text}</b>" if consent_on_file else text)
        elif consent_on_file:
            lines.append(escape(self.tr("No acknowledgement agreement is on file for this client.")))
            warning = True
        if record.contact_agreement:
            text = escape(self.tr("Contact agreement: {0}").format(record.contact_agreement))
            lines.append(f"<b>{text}</b>" if channel in MESSAGING else text)
        today = clock.today()
        for overlap in record.overlaps:
            text = escape(self.tr("Standing overlap — {0}").format(overlap_line(overlap)))
            if overlap.plan:
                text += escape(self.tr("; plan: {0}").format(overlap.plan))
            if overlap.overdue(today):
                text += " " + escape(self.tr("(past its review date)"))
            lines.append(text)
        return lines, warning
