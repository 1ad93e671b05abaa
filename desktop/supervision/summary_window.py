"""The monthly summary screen: month picker, headline figures with their change, drift signals,
charts, and the month's encounters (in priority order) that open on Enter or double-click."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.charts import CountsChart, TrendChart, chart_items
from desktop.dialogs import UserDialogs
from desktop.labels import label
from desktop.report.pdf_export_flow import PdfExportFlow
from desktop.supervision.month_view import MonthEncounterModel, signals_and_addenda_html
from models import clock
from models.log.enums import Acknowledgement, Concern
from models.log.months import Month
from models.supervision.summary import MonthSummary, compute_summary, monthly_trend

Index = QModelIndex | QPersistentModelIndex


class SummaryWindow(QWidget):
    """One month's summary. Emits ``open_encounter(id)`` when the therapist opens a row."""

    open_encounter = Signal(str)

    def __init__(self, month: Month | None = None, dialogs: UserDialogs | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Monthly summary — Caselog"))
        self.resize(1100, 820)
        self.month = month or Month.of(clock.today())
        self.category: str | None = None
        self.summary: MonthSummary | None = None

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.month_label = QLabel()
        self.month_label.setAccessibleName(self.tr("Month"))
        self.export_button = QPushButton(self.tr("Export &PDF…"))
        self.export_button.setToolTip(self.tr("Export this month as PDF (Ctrl+P)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+P"))
        self.pdf = PdfExportFlow(self, dialogs or UserDialogs())
        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.month_label, 1, Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.next_button)
        header.addWidget(self.export_button)

        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("Headline figures"))
        self.signals = QLabel()
        self.signals.setWordWrap(True)
        self.signals.setTextFormat(Qt.TextFormat.RichText)
        self.signals.setAccessibleName(self.tr("Drift signals"))

        self.category_chart = CountsChart(self.tr("Categories"))
        self.initiator_chart = CountsChart(self.tr("Who initiated"))
        self.acknowledgement_chart = CountsChart(self.tr("Acknowledgement"))
        self.trend_chart = TrendChart(
            self.tr("Twelve months"), self.tr("Encounters"), self.tr("Acknowledged without consent")
        )
        charts = QGridLayout()
        charts.addWidget(self.category_chart, 0, 0, 2, 1)
        charts.addWidget(self.initiator_chart, 0, 1)
        charts.addWidget(self.acknowledgement_chart, 1, 1)
        charts.addWidget(self.trend_chart, 2, 0, 1, 2)

        self.filter_label = QLabel()
        self.model = MonthEncounterModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The month's encounters, in priority order"))
        descriptions = {
            self.previous_button: self.tr("Show the month before (Alt+Left)."),
            self.next_button: self.tr("Show the month after (Alt+Right)."),
            self.export_button: self.tr("Write this month's summary as a PDF for supervision (Ctrl+P)."),
            self.table: self.tr("Violations first, then encounters with a concern, then those flagged, risky or of "
                                "moderate or high risk, then the rest by date. Click a bar of the categories chart to "
                                "list only that category."),
        }  # fmt: skip
        for widget, description in descriptions.items():
            widget.setAccessibleDescription(description)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            MonthEncounterModel.CATEGORIES, QHeaderView.ResizeMode.Stretch
        )
        self.table.setMinimumHeight(220)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(header)
        layout.addWidget(self.figures)
        layout.addWidget(self.signals)
        layout.addLayout(charts)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.export_button.clicked.connect(lambda: self.pdf.start(self.month))
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.category_chart.bar_clicked.connect(self.narrow_to_category)
        self.table.activated.connect(self.open_row)
        self.table.doubleClicked.connect(self.open_row)
        for shortcut, slot in (("Alt+Left", self.show_previous), ("Alt+Right", self.show_next)):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)
        self.reload()

    @Slot()
    def show_previous(self) -> None:
        self.month, self.category = self.month.previous(), None
        self.reload()

    @Slot()
    def show_next(self) -> None:
        self.month, self.category = self.month.next(), None
        self.reload()

    @Slot(str)
    def narrow_to_category(self, slug: str) -> None:
        self.category = None if self.category == slug else slug
        self.show_encounters()

    @Slot(QModelIndex)
    def open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_encounter.emit(index.data(MonthEncounterModel.EncounterIdRole))

    def reload(self) -> None:
        summary = compute_summary(self.month)
        self.summary = summary
        self.month_label.setText(f"<h2>{summary.month}</h2>")
        self.next_button.setEnabled(self.month < Month.of(clock.today()))
        self.figures.setText(self.figures_html(summary))
        self.signals.setText(self.signals_html(summary))
        items = chart_items(summary)
        self.category_chart.show_counts(items["categories"])
        self.initiator_chart.show_counts(items["initiators"])
        self.acknowledgement_chart.show_counts(items["acknowledgement"])
        self.trend_chart.show_trend(monthly_trend(self.month))
        self.show_encounters()

    def show_encounters(self) -> None:
        assert self.summary is not None
        self.model.set_encounters(self.summary.encounters, self.summary.category_labels, self.category)
        if self.category:
            name = self.summary.category_labels.get(self.category, self.category)
            self.filter_label.setText(self.tr("Encounters in “{0}” (click the bar again for all)").format(name))
        else:
            self.filter_label.setText(self.tr("Encounters in priority order"))

    def figures_html(self, s: MonthSummary) -> str:
        def change(now: float, before: float) -> str:
            """A signed difference in the user's number format ("+1.5", "+1,5" in German)."""
            difference = now - before
            if not difference:
                return "±0"
            text = QLocale().toString(float(abs(difference)), "g", 6)
            return ("+" if difference > 0 else "−") + text

        previous = s.previous_month["total"]
        by_concern = s.counts.get("by_concern", {})
        with_concern = sum(1 for e in s.encounters if e.concerns)
        named = ", ".join(f"{label(Concern(kind))} ({count})" for kind, count in by_concern.items() if count)
        cells = [
            (self.tr("Encounters"), f"{s.total}",
             self.tr("{0} on last month, {1} on the six-month average").format(
                 change(s.total, previous), change(s.total, s.six_month_average))),
            (self.tr("Without consent"), f"{s.without_consent}", label(Acknowledgement.WITHOUT_CONSENT)),
            (self.tr("With a concern"), f"{with_concern}", named or self.tr("none")),
            (self.tr("For supervision"), f"{s.for_supervision}", self.tr("flagged")),
            (self.tr("Consultations"), f"{s.consultations}", self.tr("recorded")),
            (self.tr("Open follow-ups"), f"{s.open_follow_ups}", self.tr("not yet done")),
        ]  # fmt: skip
        row = "".join(
            f"<td style='padding-right:24px'><span style='font-size:22pt'><b>{escape(value)}</b></span><br>"
            f"<b>{escape(title)}</b><br><small>{escape(note)}</small></td>"
            for title, value, note in cells
        )
        return f"<table><tr>{row}</tr></table>"

    def signals_html(self, s: MonthSummary) -> str:
        html = signals_and_addenda_html(s) or self.tr("<b>Drift signals:</b> none this month.")
        if s.carried_forward:
            items = "".join(
                "<li>"
                + escape(
                    self.tr("{text} ({owner}; agreed in {month}, open {days} days{due})").format(
                        text=i.text, owner=i.owner or "—", month=i.month, days=i.age_days,
                        due=self.tr(", due {0}").format(i.due_on.isoformat()) if i.due_on else "",
                    )
                )
                + "</li>"
                for i in s.carried_forward
            )  # fmt: skip
            html += self.tr("<b>Action items carried forward</b>") + f"<ul>{items}</ul>"
        return html
