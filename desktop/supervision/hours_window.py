"""The supervision hours log (DESIGN §5): every recorded meeting with its running total, the totals
by supervisor, format, kind, month and year ("toward licensure"), one year or all, and the CSV a
licensing board's form asks for."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import UserDialogs
from desktop.labels import label
from models.store.private_files import write_private_file
from models.supervision.enums import MeetingFormat, MeetingKind
from models.supervision.hours import HoursLog, hours, hours_csv, hours_log, meetings


class HoursWindow(QWidget):
    def __init__(self, dialogs: UserDialogs, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.dialogs = dialogs
        self.log: HoursLog | None = None
        self.setWindowTitle(self.tr("Supervision hours — Caselog"))
        self.resize(900, 560)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setAccessibleDescription(self.tr("Show one year's meetings, or every year's."))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.setAccessibleDescription(
            self.tr("Write the shown meetings and their total as CSV, for a licensing board's form.")
        )
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Total supervision hours"))
        self.total.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(self.tr("Supervision meetings"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Month reviewed"), self.tr("Hours"), self.tr("Format"), self.tr("Kind"),
            self.tr("Supervisor"), self.tr("Running total"),
        ])  # fmt: skip
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Hours by supervisor, format, kind and year"))
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        header = QHBoxLayout()
        header.addWidget(year_label)
        header.addWidget(self.year)
        header.addStretch(1)
        header.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        years = sorted({m.on.year for m in meetings()}, reverse=True)
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export_csv)
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.log = log = hours_log(year=self.year.currentData())
        scope = str(log.year) if log.year else self.tr("all years")
        self.total.setText(
            self.tr("{0} hours of supervision in {1} ({2} meetings; {3} hours in signed-off months).").format(
                hours(log.total_minutes), scope, len(log.meetings), hours(log.signed_off_minutes)
            )
        )
        self.table.setRowCount(len(log.meetings))
        for row, (m, running) in enumerate(zip(log.meetings, log.running_minutes, strict=True)):
            cells = [
                m.on.isoformat(), m.month, hours(m.minutes), label(MeetingFormat(m.format)) if m.format else "—",
                label(MeetingKind(m.kind)) if m.kind else "—", m.supervisor_key or "—", hours(running),
            ]  # fmt: skip
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        missing = self.tr("not recorded")
        groups = [
            (self.tr("By supervisor"), {k or missing: v for k, v in log.by_supervisor.items()}),
            (self.tr("By format"), {label(MeetingFormat(k)) if k else missing: v for k, v in log.by_format.items()}),
            (self.tr("By kind"), {label(MeetingKind(k)) if k else missing: v for k, v in log.by_kind.items()}),
            (self.tr("By year"), {str(k): v for k, v in log.by_year.items()}),
        ]  # fmt: skip
        self.totals.setText(
            "<br>".join(
                f"<b>{escape(title)}</b>: " + escape(", ".join(f"{k} {hours(v)}" for k, v in totals.items()))
                for title, totals in groups
            )
        )
        self.export_button.setEnabled(bool(log.meetings))

    @Slot()
    def export_csv(self) -> None:
        if self.log is None:
            return
        suggested = f"caselog-supervision-hours-{self.log.year or 'all'}.csv"
        path = self.dialogs.save_file(self, self.tr("Export supervision hours"), suggested, self.tr("CSV (*.csv)"))
        if path:
            write_private_file(path, hours_csv(self.log))
