"""Review mode on a supervisee's packet (DESIGN §5, §11): the month as it was sent, pseudonymised and
read-only; the supervisor's comments and discussed marks, notes, action items, meeting and sign-off,
kept as a draft while written; then "Reply…" signs and seals the review back to the supervisee."""

from __future__ import annotations

import secrets
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.form_widgets import PlainText
from desktop.labels import field_value
from desktop.list_table_model import Index, ListTableModel
from desktop.settings.theme import error_style
from desktop.store_watch import store_watch
from desktop.supervision.packet_review_panels import MonthReviewPanel
from desktop.supervision.review_encounters import EncounterView
from desktop.supervision.review_window import scrolling
from models.store.private_files import JSON, OutputRefused, write_private_bytes
from models.supervision.exchange.contacts import own_profile
from models.supervision.exchange.errors import ExchangeError
from models.supervision.exchange.inbox import (
    check_draft,
    discussed_count,
    opened,
    received,
    reply,
    review_draft,
    save_review_draft,
    undiscussed_priority,
)
from models.supervision.priority import in_priority_order, is_priority

SAVE_DELAY_MS = 600
PRIORITY, DATE, CLIENT, RISK, DISCUSSED = range(5)
REPLY_FILTER = "Caselog review replies (*.caselog-reply)"


def reply_file_name(month: str) -> str:
    """The month and a random tag: never a person's name."""
    return f"caselog-review-{month}-{secrets.token_hex(3)}.caselog-reply"


class PacketEncounters(ListTableModel):
    """The packet's encounters in priority order, with whether each was discussed."""

    def __init__(self, parent=None):
        super().__init__([self.tr("Priority"), self.tr("Date"), self.tr("Client"), self.tr("Risk"),
                          self.tr("Discussed")], parent)  # fmt: skip
        self.discussed: set[str] = set()

    def set_encounters(self, encounters: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = in_priority_order(encounters)
        self.endResetModel()

    def set_discussed(self, discussed: set[str]) -> None:
        self.discussed = discussed
        if self.rows:
            self.dataChanged.emit(self.index(0, DISCUSSED), self.index(len(self.rows) - 1, DISCUSSED))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        encounter = self.rows[index.row()]
        column = index.column()
        if column == PRIORITY:
            return self.tr("priority") if is_priority(encounter) else ""
        if column == DATE:
            return str(encounter.get("occurred_on") or "")
        if column == CLIENT:
            return str(encounter.get("client") or "")
        if column == RISK:
            return field_value("risk", encounter.get("risk"))
        return self.tr("yes") if encounter["id"] in self.discussed else ""


class PacketReviewWindow(QWidget):
    """One packet in review. Emits ``replied`` once the reply file is written."""

    replied = Signal(str)

    def __init__(self, packet_id: str, dialogs: UserDialogs, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.dialogs = dialogs
        self.packet = received(packet_id)
        self.opened = opened(self.packet)  # verified again: a changed stored copy is refused
        self.review = review_draft(self.packet)
        self.read_only = self.packet.reply_id is not None
        self.comments: dict[str, dict[str, Any]] = {c["encounter"]: dict(c) for c in self.review["comments"]}
        self.current_id: str | None = None
        self.loading = False
        summary = self.opened.summary
        self.labels: dict[str, str] = summary.get("category_labels") or {}
        # The title says what the window is, never whose month (it shows in task switchers).
        self.setWindowTitle(self.tr("Packet review — Caselog"))
        self.resize(1180, 820)

        sender = self.opened.sender_profile
        self.banner = QLabel(
            self.tr(
                "{month} from {name}, sent {sent}. Signature verified (fingerprint {fingerprint}). Pseudonymised: "
                "client codes stand in for people. The encounters cannot be edited here."
            ).format(
                month=self.opened.month,
                name=sender.name,
                sent=self.opened.created_at[:10],
                fingerprint=self.opened.sender,
            )  # fmt: skip
        )
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Packet"))
        self.banner.setStyleSheet("background: #fff4ce; color: #3d2e00; padding: 8px; border: 1px solid #d4b106;")

        self.encounters = PacketEncounters(self)
        self.table = QTableView()
        self.table.setModel(self.encounters)
        self.table.setAccessibleName(self.tr("The month's encounters"))
        self.table.setAccessibleDescription(self.tr("Priority encounters first; choose one to read and comment."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view = EncounterView()
        self.comment = PlainText(3)
        self.comment.setAccessibleName(self.tr("Your comment on this encounter"))
        self.comment.setPlaceholderText(
            self.tr("Your comment on this encounter (for a priority encounter not discussed: the reason)")
        )
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 5 + 12)
        self.discussed = QCheckBox(self.tr("&Discussed"))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.view, 1)
        detail_layout.addWidget(self.comment)
        detail_layout.addWidget(self.discussed)
        encounters = QSplitter()
        encounters.addWidget(self.table)
        encounters.addWidget(detail)
        encounters.setSizes([380, 800])

        self.month_view = QTextBrowser()
        self.month_view.setAccessibleName(self.tr("The month: figures, drift signals, carried-forward items"))
        self.month_view.setHtml(self.month_html(summary))
        self.panel = MonthReviewPanel()
        tabs = QTabWidget()
        tabs.addTab(scrolling(self.panel), self.tr("Re&view"))
        tabs.addTab(self.month_view, self.tr("The mon&th"))

        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Priority encounters discussed"))
        self.problem = QLabel()
        self.problem.setStyleSheet(error_style())
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.reply_button = QPushButton(self.tr("&Reply…"))
        self.reply_button.setToolTip(self.tr("Sign, seal and save your reply (Alt+R or Ctrl+Return)"))
        reply_key = QAction(self)  # beside the button's own Alt+R, which a shortcut set on it would replace
        reply_key.setShortcut(QKeySequence("Ctrl+Return"))
        reply_key.triggered.connect(lambda: self.reply_button.isEnabled() and self.reply_button.animateClick())
        self.addAction(reply_key)
        self.reply_button.setAccessibleDescription(
            self.tr("Sign and seal your review for the supervisee, and save it as a file to send them.")
        )
        footer = QHBoxLayout()
        footer.addWidget(self.progress, 1)
        footer.addWidget(self.reply_button)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(encounters)
        splitter.addWidget(tabs)
        splitter.setSizes([440, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addLayout(footer)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_draft)
        store_watch().closing.connect(self.close)  # locked: saved, then nothing of the month stays on screen
        self.table.selectionModel().currentRowChanged.connect(self.show_selected)
        self.comment.textChanged.connect(self.comment_changed)
        self.discussed.toggled.connect(self.comment_changed)
        self.panel.changed.connect(self.save_timer.start)
        self.reply_button.clicked.connect(self.send_reply)

        self.encounters.set_encounters(list(self.opened.summary["encounters"]))
        self.panel.show_review(self.review, own_profile(), self.read_only)
        self.comment.setReadOnly(self.read_only)
        self.discussed.setEnabled(not self.read_only)
        self.reply_button.setEnabled(not self.read_only)
        self.show_progress()
        if self.encounters.rowCount():
            self.table.selectRow(0)
        else:
            self.show_selected(QModelIndex())
        if self.read_only:
            self.problem.setStyleSheet("")
            self.problem.setText(self.tr("You replied to this packet on {date}; the review is as it was sent.").format(
                date=self.packet.replied_at.date().isoformat()))  # fmt: skip

    def _age(self, item: dict[str, Any]) -> str:
        """Where a carried-forward item comes from, and how long it has been open (#17's age)."""
        month = str(item.get("month") or "")
        days = item.get("age_days")
        if not isinstance(days, int) or isinstance(days, bool):
            return month
        return self.tr("{month}, open {days} days").format(month=month, days=days)

    def month_html(self, summary: dict[str, Any]) -> str:
        parts = [f"<p>{escape(self.tr('Encounters this month: {count}').format(count=len(summary['encounters'])))}</p>"]
        carried = summary.get("carried_forward") or []
        parts.append(f"<h4>{escape(self.tr('Open action items carried forward'))}</h4>")
        if carried:
            rows = "".join(
                f"<li>{escape(str(item.get('text', '')))} — {escape(str(item.get('owner') or ''))} "
                f"{escape(str(item.get('due_on') or ''))} ({escape(self._age(item))})</li>"
                for item in carried
            )
            parts.append(f"<ul>{rows}</ul>")
        else:
            parts.append(f"<p>{escape(self.tr('None.'))}</p>")
        signals = summary.get("signals") or []
        if signals:
            parts.append(f"<h4>{escape(self.tr('Drift signals'))}</h4>")
            items = "".join(f"<li>{escape(str(s.get('title') or s.get('rule') or ''))}</li>" for s in signals)
            parts.append(f"<ul>{items}</ul>")
        return "".join(parts)

    # ------------------------------------------------------------ encounters and comments

    @Slot(QModelIndex)
    def show_selected(self, index: QModelIndex) -> None:
        self.store_comment()
        self.loading = True
        self.current_id = self.encounters.rows[index.row()]["id"] if index.isValid() else None
        values = self.encounters.rows[index.row()] if index.isValid() else None
        try:
            self.view.show_encounter(values, self.labels)
        except (ValueError, KeyError, TypeError):  # a value this Caselog does not know: show it as it came
            self.view.setPlainText("\n".join(f"{k}: {v}" for k, v in (values or {}).items()))
        comment = self.comments.get(self.current_id or "", {})
        self.comment.setPlainText(comment.get("text", ""))
        self.discussed.setChecked(bool(comment.get("discussed")))
        self.comment.setEnabled(self.current_id is not None)
        self.loading = False

    @Slot()
    def comment_changed(self) -> None:
        if not self.loading and not self.read_only:
            self.store_comment()
            self.save_timer.start()

    def store_comment(self) -> None:
        if self.current_id is None or self.loading or self.read_only:
            return
        text, discussed = self.comment.toPlainText(), self.discussed.isChecked()
        if text.strip() or discussed:
            self.comments[self.current_id] = {"encounter": self.current_id, "text": text, "discussed": discussed}
        else:
            self.comments.pop(self.current_id, None)
        self.show_progress()

    def show_progress(self) -> None:
        review = self.values()
        done, total = discussed_count(self.opened, review)
        self.encounters.set_discussed({c["encounter"] for c in review["comments"] if c["discussed"]})
        self.progress.setText(self.tr("Discussed {done} of {total} priority encounters").format(done=done, total=total))

    # ------------------------------------------------------------ the review

    def values(self) -> dict[str, Any]:
        """The review as REVIEW.json holds it, comments in the packet's order."""
        order = {e["id"]: index for index, e in enumerate(self.opened.summary["encounters"])}
        comments = sorted(self.comments.values(), key=lambda c: order.get(c["encounter"], 0))
        return {"packet": self.packet.packet_id, **self.panel.values(), "comments": comments}

    @Slot()
    def save_draft(self) -> None:
        self.save_timer.stop()
        if not self.read_only:
            self.store_comment()
            save_review_draft(self.packet, self.values())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.save_timer.isActive():
            self.save_draft()
        super().closeEvent(event)

    def in_words(self, reason: str) -> str:
        """A refusal naming a REVIEW.json path ("meeting.format: …") with the field's name on screen."""
        path, _, message = reason.partition(": ")
        names = {
            "meeting": self.tr("Meeting"), "meeting.date": self.tr("Meeting date"),
            "meeting.minutes": self.tr("Meeting duration"), "meeting.format": self.tr("Meeting format"),
            "notes": self.tr("Overall notes"), "signed_by": self.tr("Signed by"),
            "signed_by.name": self.tr("Signed by: name"), "signed_by.credential": self.tr("Signed by: credential"),
            "signed_by.licence": self.tr("Signed by: licence"),
        }  # fmt: skip
        if path in names:
            return f"{names[path]}: {message}"
        if path.startswith("action_items"):
            return f"{self.tr('Action item')}: {message}"
        if path.startswith("comments"):
            return f"{self.tr('Comment')}: {message}"
        return reason

    @Slot()
    def send_reply(self) -> None:
        self.store_comment()
        review = self.values()
        if review["status"] != "signed_off":
            review["signed_by"] = review["signed_by"] if review["signed_by"]["name"] else None
        self.save_draft()
        try:
            check_draft(self.packet, review)
        except ExchangeError as error:
            self.problem.setText(self.in_words(error.reason))
            return
        missing = undiscussed_priority(self.opened, review) if review["status"] == "signed_off" else []
        if missing:
            self.problem.setText(
                self.tr(
                    "To sign off, mark every priority encounter discussed, or write in its comment why it was left "
                    "out: {count} have neither."
                ).format(count=len(missing))
            )
            self.table.selectRow(self.encounters.rows.index(missing[0]))
            return
        path = self.dialogs.save_file(self, self.tr("Save your reply"), reply_file_name(self.opened.month),
                                      self.tr(REPLY_FILTER))  # fmt: skip
        if not path:
            return
        replace = Path(path).exists()  # the save dialog asked before replacing it
        try:
            reply(self.packet, review, deliver=lambda data: write_private_bytes(path, data, force=replace, kind=JSON))
        except ExchangeError as error:
            self.problem.setText(self.in_words(error.reason))
            return
        except OutputRefused as refused:  # the database, or a file that is not a reply: never replaced
            self.problem.setText(str(refused))
            return
        except OSError:
            self.problem.setText(self.tr("The reply could not be written there; nothing was sent or recorded."))
            return
        self.packet = received(self.packet.packet_id)
        self.read_only = True
        self.panel.show_review(review, own_profile(), True)
        self.comment.setReadOnly(True)
        self.discussed.setEnabled(False)
        self.reply_button.setEnabled(False)
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Reply saved. Send the file to {name}; only they can open it.").format(
            name=self.opened.sender_profile.name))  # fmt: skip
        self.replied.emit(self.packet.packet_id)
