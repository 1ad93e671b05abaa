"""The twelve-month trend as an image for the PDF: the app's chart widget, rendered offscreen at
print resolution (the count charts are tables of text bars: report_html.bar_chart_html). Widgets:
call on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.charts import TrendChart
from desktop.report.report_html import BAR_COLOUR, BAR_IMAGE
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
    """The twelve-month trend, as a print image, and the one-colour image the count charts' bars
    are drawn with."""
    trend = TrendChart(TrendChart.tr("Twelve months"), TrendChart.tr("Encounters"),
                       TrendChart.tr("Acknowledged without consent"), for_print=True)  # fmt: skip
    trend.show_trend(monthly_trend(Month.parse(summary.month)))
    bar = QImage(4, 4, QImage.Format.Format_RGB32)
    bar.fill(QColor(BAR_COLOUR))
    return {"trend": render(trend, 600, 260), BAR_IMAGE: bar}
