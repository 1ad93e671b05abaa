"""File → Add a supervisor or supervisee from a card: the fingerprint comparison, spelled out.

The card's own fingerprint is not shown until the person's read-out has been typed: a comparison
the user can skip by copying the screen is no comparison.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.settings.theme import error_style
from desktop.supervision.identity_section import fingerprint_font
from models.supervision.exchange.identity import (
    FINGERPRINT_GROUP_DIGITS,
    FINGERPRINT_GROUPS,
    Card,
    Role,
)

DIGITS = FINGERPRINT_GROUPS * FINGERPRINT_GROUP_DIGITS


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isdigit())


class ContactCardDialog(QDialog):
    """Shows who the card says it is, how to compare, and adds the contact only on a match."""

    def __init__(self, card: Card, own_fingerprint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = card
        role = self.tr("supervisor") if card.profile.role == Role.SUPERVISOR else self.tr("supervisee")
        self.setWindowTitle(self.tr("Add a supervisor or supervisee"))
        who = QFormLayout()
        for label, value in (
            (self.tr("Name"), card.profile.name),
            (self.tr("Role"), role),
            (self.tr("Credential"), card.profile.credential or "—"),
            (self.tr("Licence"), card.profile.licence or "—"),
        ):
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setAccessibleName(label)
            who.addRow(label + ":", shown)

        steps = QLabel(
            self.tr(
                "<p>Anyone can make a card in any name. Before Caselog trusts this one, compare fingerprints:</p>"
                "<ol><li>Call {name} on a number you already know, or meet in person. Do not use a number or "
                "address that came with this card.</li>"
                "<li>Ask them to open Caselog → Edit → Preferences → Identity and read out their fingerprint: "
                "{groups} groups of {digits} digits.</li>"
                "<li>Type what they read below. Caselog adds the card only if every digit matches.</li>"
                "<li>Then read your own fingerprint back to them, so they can add your card: "
                "<b>{own}</b></li></ol>"
            ).format(
                name=card.profile.name, groups=FINGERPRINT_GROUPS, digits=FINGERPRINT_GROUP_DIGITS, own=own_fingerprint
            )
        )
        steps.setWordWrap(True)
        steps.setAccessibleName(self.tr("How to compare fingerprints"))

        self.read_out = QLineEdit()
        self.read_out.setAccessibleName(self.tr("Fingerprint read out"))
        self.read_out.setPlaceholderText(self.tr("e.g. 12345 67890 …"))
        self.read_out.setFont(fingerprint_font())
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Comparison result"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        shown_name = card.profile.name.replace("&", "&&")  # an "&" in a name is not a shortcut
        self.add_button = self.buttons.addButton(self.tr("&Add {name}").format(name=shown_name),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.read_out.textChanged.connect(self.compare)

        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addWidget(steps)
        form = QFormLayout()
        form.addRow(self.tr("&Fingerprint they read out:"), self.read_out)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.compare()

    @Slot()
    def compare(self) -> None:
        typed = _digits(self.read_out.text())
        expected = _digits(self.card.fingerprint)
        matches = typed == expected
        self.add_button.setEnabled(matches)
        if not typed:
            self.verdict.setText(self.tr("Type the digits as they are read to you; spaces do not matter."))
            self.verdict.setStyleSheet("")
        elif len(typed) < DIGITS and expected.startswith(typed):
            self.verdict.setText(self.tr("{count} of {total} digits typed; so far they match.").format(
                count=len(typed), total=DIGITS))  # fmt: skip
            self.verdict.setStyleSheet("")
        elif matches:
            self.verdict.setText(self.tr("All {total} digits match: this card is theirs.").format(total=DIGITS))
            self.verdict.setStyleSheet("")
        else:
            group = next((i for i in range(DIGITS) if i >= len(typed) or typed[i] != expected[i]), DIGITS - 1)
            self.verdict.setText(
                self.tr(
                    "Does not match this card (from group {group} on). Check what was read; if it still differs, "
                    "do not add the card: it may not come from {name}."
                ).format(group=group // FINGERPRINT_GROUP_DIGITS + 1, name=self.card.profile.name)
            )
            self.verdict.setStyleSheet(error_style())

    def values(self) -> str:
        """The fingerprint as typed (``UserDialogs.ask`` returns it when the dialog is accepted)."""
        return self.read_out.text()
