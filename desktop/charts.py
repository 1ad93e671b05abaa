"""The summary's charts (QtCharts), each with a text equivalent for screen readers: drawn in the
summary window (desktop/supervision) and rendered for the PDF (desktop/report), so shared by both."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QPainter

from desktop.labels import label, short_label
from desktop.settings.theme import is_dark
from models.log.enums import Acknowledgement, Initiator
from models.log.taxonomy import BUILTIN_SLUGS
from models.supervision.summary import MonthSummary


def count_axis(maximum: int) -> QValueAxis:
    """An axis of whole counts from 0, ticks at whole steps (never "0, 0, 1, 1, 2")."""
    step = max(1, math.ceil(maximum / 6))
    axis = QValueAxis()
    axis.setTruncateLabels(False)
    axis.setLabelFormat("%d")
    axis.setRange(0, step * math.ceil(maximum / step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    return axis


def wrapped(label: str, width: int = 24) -> str:
    """A long axis label on two lines (axis labels are rich text), so it is neither cut nor clipped."""
    if len(label) <= width or " " not in label:
        return escape(label)
    middle = len(label) // 2
    spaces = [i for i, c in enumerate(label) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{escape(label[:cut])}<br>{escape(label[cut + 1 :])}"


def text_equivalent(title: str, pairs: list[tuple[str, int]]) -> str:
    return f"{title}: " + "; ".join(f"{name} {value}" for name, value in pairs)


class CountsChart(QChartView):
    """Horizontal bars, one per label, zeros included. Emits ``bar_clicked(key)``."""

    bar_clicked = Signal(str)

    def __init__(self, title: str, parent=None, for_print: bool = False):
        super().__init__(parent)
        self.title = title
        self.for_print = for_print
        self.keys: list[str] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(title)

    def show_counts(self, items: list[tuple[str, str, int]]) -> None:
        """``items``: (key, label, count), drawn top to bottom in the given order."""
        self.keys = [key for key, _, _ in reversed(items)]
        chart = QChart()
        if is_dark() and not self.for_print:  # paper stays light
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setTitle(self.title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        bars = QBarSet(self.title)
        bars.append([count for _, _, count in reversed(items)])
        bars.setColor(Qt.GlobalColor.darkCyan)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.clicked.connect(lambda index, _set: self.bar_clicked.emit(self.keys[index]))
        chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.setTruncateLabels(False)  # a label cut to "…" says nothing, on screen or on paper
        labels.append([wrapped(label) for _, label, _ in reversed(items)])
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(labels)
        values = count_axis(max([count for _, _, count in items] + [1]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.setChart(chart)
        description = text_equivalent(self.title, [(label, count) for _, label, count in items])
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        # Room for every label, two-line ones included, or the axis drops every other one.
        lines = sum(wrapped(label).count("<br>") + 1 for _, label, _ in items)
        self.setMinimumHeight(60 + 12 * len(items) + 18 * lines)


class TrendChart(QChartView):
    """Twelve months of totals and of acknowledgements without consent."""

    def __init__(self, title: str, total_name: str, without_name: str, parent=None, for_print: bool = False):
        super().__init__(parent)
        self.title, self.total_name, self.without_name = title, total_name, without_name
        self.for_print = for_print
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setAccessibleName(title)

    def show_trend(self, trend: list[tuple[str, int, int]]) -> None:
        chart = QChart()
        if is_dark() and not self.for_print:  # paper stays light
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setTitle(self.title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        totals = QBarSet(self.total_name)
        totals.append([total for _, total, _ in trend])
        series = QBarSeries()
        series.append(totals)
        chart.addSeries(series)
        line = QLineSeries()
        line.setName(self.without_name)
        for index, (_, _, without) in enumerate(trend):
            line.append(index, without)
        chart.addSeries(line)
        months = QBarCategoryAxis()
        months.setTruncateLabels(False)
        months.append([month[2:] for month, _, _ in trend])
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        line.attachAxis(months)
        values = count_axis(max([total for _, total, _ in trend] + [1]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        line.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        description = "; ".join(f"{m}: {t} ({w} without consent)" for m, t, w in trend)
        self.setAccessibleDescription(f"{self.title}: {description}")
        self.setToolTip(self.accessibleDescription())


def chart_items(summary: MonthSummary) -> dict[str, list[tuple[str, str, int]]]:
    """The bars of the three count charts, the same on screen and on paper: every built-in category
    (zeros included) and the tags in use; who initiated; acknowledgement."""
    labels = summary.category_labels
    slugs = list(BUILTIN_SLUGS) + [s for s in summary.counts["by_category"] if s not in BUILTIN_SLUGS]
    return {
        "categories": [(s, labels.get(s, s), summary.counts["by_category"][s]) for s in slugs],
        "initiators": [(i.value, short_label(i), summary.counts["by_initiator"][i.value]) for i in Initiator],
        "acknowledgement": [
            (
                a.value,
                label(a) if a == Acknowledgement.NOT_APPLICABLE else short_label(a),
                summary.counts["by_acknowledgement"][a.value],
            )
            for a in Acknowledgement
        ],  # fmt: skip
    }
