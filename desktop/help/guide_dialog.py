"""The first-run guide, also under Help: what the eight categories mean, the acknowledgement
protocol, and how the notes are protected."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.log.taxonomy import builtin_categories


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Caselog"))
        self.resize(640, 640)
        categories = "".join(
            f"<dt><b>{escape(c.shown_label)}</b></dt><dd>{escape(c.shown_description)}</dd>"
            for c in builtin_categories()
        )
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide"))
        self.text.setHtml(
            self.tr("<h2>Log it, tag it, take it to supervision</h2>"
                    "<p>After you meet a client outside a session (in a shop, at an event, by message, at a "
                    "party) write down briefly and factually what happened and how you handled it. Caselog "
                    "suggests boundary categories with its reasons; you accept or dismiss them. Once a month, "
                    "the summary and review mode take the month to supervision.</p>")
            + "<h3>" + escape(self.tr("The eight categories")) + f"</h3><dl>{categories}</dl>"
            + self.tr("<h3>The acknowledgement protocol</h3>"
                      "<p>The client leads. Agree in therapy, before it happens, what each of you will do if you "
                      "meet outside: many clients prefer that you do not greet them first. Record whether the "
                      "client acknowledged you first, whether consent was on file, or whether you acknowledged "
                      "them without it: a pattern of the last is a drift signal.</p>"
                      "<h3>How your notes are protected</h3>"
                      "<p>Everything is encrypted on disk with your passphrase, which cannot be recovered. "
                      "Caselog locks after a few idle minutes and on Ctrl+L. Summaries, PDFs, exports and review "
                      "mode show client codes, never names or locations, unless you choose otherwise; private "
                      "reflections stay private unless you include them. Backups are made daily.</p>")
        )  # fmt: skip
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
