"""The summary's charts as images for the PDF: the same chart widgets as the app, rendered
offscreen at print resolution. Widgets: call on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from desktop.charts import CountsChart, TrendChart, chart_items
from models.log.months import Month
from models.supervision.summary import MonthSummary, monthly_trend

# Drawn at 96 dpi logical size, rendered with this scale: 600 px wide prints 6.25 in at 300 dpi.
SCALE = 300 / 96


def render(view, width: int, height: int) -> QImage:
    view.resize(width, height)
    view.chart().resize(width, height)
    # The chart lays out its axes on posted layout requests: run them before painting, or the
    # labels are measured for a stale size and come out as "…".
    QCoreApplication.sendPostedEvents()
    image = QImage(int(width * SCALE), int(height * SCALE), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.scene().render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, width, height))
    painter.end()
    return image


def chart_images(summary: MonthSummary) -> dict[str, QImage]:
    """Categories, who initiated, acknowledgement and the twelve-month trend, as print images."""
    items = chart_items(summary)
    categories = CountsChart(CountsChart.tr("Categories"), for_print=True)
    categories.show_counts(items["categories"])
    initiators = CountsChart(CountsChart.tr("Who initiated"), for_print=True)
    initiators.show_counts(items["initiators"])
    acknowledgements = CountsChart(CountsChart.tr("Acknowledgement"), for_print=True)
    acknowledgements.show_counts(items["acknowledgement"])
    trend = TrendChart(TrendChart.tr("Twelve months"), TrendChart.tr("Encounters"),
                       TrendChart.tr("Acknowledged without consent"), for_print=True)  # fmt: skip
    trend.show_trend(monthly_trend(Month.parse(summary.month)))
    return {
        "categories": render(categories, 600, categories.minimumHeight()),
        "initiators": render(initiators, 600, initiators.minimumHeight()),
        "acknowledgement": render(acknowledgements, 600, acknowledgements.minimumHeight()),
        "trend": render(trend, 600, 260),
    }
