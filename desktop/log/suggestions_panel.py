"""What the rules suggest for the encounter being written (DESIGN §3): categories, concerns and a
follow-up, each with its reason, to accept or dismiss; and the warnings where fields disagree,
which never block a save."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.settings.theme import banner_style

CATEGORY, CONCERN, FOLLOW_UP = "category", "concern", "follow_up"


@dataclass(frozen=True)
class Offer:
    """One suggestion as the panel shows it: what it is (``kind``, ``slug``), its name on screen
    and the reason."""

    kind: str
    slug: str
    name: str
    reason: str


class SuggestionsPanel(QWidget):
    """Shows ``Offer``s, each with Accept and Dismiss; emits ``accepted(kind, slug)`` or
    ``dismissed(kind, slug)``."""

    accepted = Signal(str, str)
    dismissed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Suggestions"))
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.shown: list[Offer] = []
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def show_offers(self, offers: list[Offer]) -> None:
        if offers == self.shown:
            return
        self.shown = list(offers)
        self.buttons = []
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for offer in offers:
            row = self._row(offer)
            self.rows.addWidget(row)
            row.show()  # now, not on the next event loop turn: Tab must reach it straight away
        self.setVisible(bool(offers))

    def _row(self, offer: Offer) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        lead = {
            CATEGORY: self.tr("Suggested: <b>{0}</b> — {1}"),
            CONCERN: self.tr("Concern: <b>{0}</b> — {1}"),
            FOLLOW_UP: self.tr("Suggested follow-up: <b>{0}</b> — {1}"),
        }[offer.kind]
        text = QLabel(lead.format(escape(offer.name), escape(offer.reason)))
        text.setWordWrap(True)
        text.setAccessibleName(text.text().replace("<b>", "").replace("</b>", ""))
        accept = QPushButton(self.tr("Accept"))
        accept.setAccessibleName(self.tr("Accept suggestion {0}").format(offer.name))
        accept.setAccessibleDescription(offer.reason)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss suggestion {0}").format(offer.name))
        dismiss.setAccessibleDescription(offer.reason)
        accept.clicked.connect(lambda: self.accepted.emit(offer.kind, offer.slug))
        dismiss.clicked.connect(lambda: self.dismissed.emit(offer.kind, offer.slug))
        self.buttons += [accept, dismiss]
        layout.addWidget(text, 1)
        layout.addWidget(accept)
        layout.addWidget(dismiss)
        return row


class WarningsPanel(QLabel):
    """Where the encounter's fields disagree, field by field ("Rationale: a deliberate contact asks
    for your rationale"). A prompt only: saving is never blocked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Worth a second look"))
        self.setStyleSheet(banner_style())
        self.lines: list[str] = []
        self.setVisible(False)

    def show_warnings(self, lines: list[str]) -> None:
        if lines == self.lines:
            return
        self.lines = list(lines)
        heading = escape(self.tr("Worth a second look (saving is not blocked):"))
        self.setText(f"{heading}<br>" + "<br>".join(f"• {escape(line)}" for line in lines))
        self.setAccessibleDescription("\n".join(lines))
        self.setVisible(bool(lines))
