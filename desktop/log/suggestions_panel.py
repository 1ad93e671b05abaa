"""Suggested categories with their reasons, each to accept or dismiss."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.log.suggestions import Suggestion


class SuggestionsPanel(QWidget):
    """Shows ``Suggestion``s; emits ``accepted(slug)`` or ``dismissed(slug)``."""

    accepted = Signal(str)
    dismissed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Suggested categories"))
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.shown: list[str] = []
        self.buttons: list[QPushButton] = []

    def show_suggestions(self, suggestions: list[Suggestion], labels: dict[str, str]) -> None:
        slugs = [s.slug for s in suggestions]
        if slugs == self.shown:
            return
        self.shown = slugs
        self.buttons = []
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for suggestion in suggestions:
            row = self._row(suggestion, labels.get(suggestion.slug, suggestion.slug))
            self.rows.addWidget(row)
            row.show()  # now, not on the next event loop turn: Tab must reach it straight away
        self.setVisible(bool(suggestions))

    def _row(self, suggestion: Suggestion, category_label: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        reason = QCoreApplication.translate("Suggestion", suggestion.reason)
        text = QLabel(self.tr("Suggested: <b>{0}</b> — {1}").format(escape(category_label), escape(reason)))
        text.setWordWrap(True)
        accept = QPushButton(self.tr("Accept"))
        accept.setAccessibleName(self.tr("Accept suggestion {0}").format(category_label))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss suggestion {0}").format(category_label))
        accept.clicked.connect(lambda: self.accepted.emit(suggestion.slug))
        dismiss.clicked.connect(lambda: self.dismissed.emit(suggestion.slug))
        self.buttons += [accept, dismiss]
        layout.addWidget(text, 1)
        layout.addWidget(accept)
        layout.addWidget(dismiss)
        return row
