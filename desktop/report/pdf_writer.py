"""Writing a QTextDocument to PDF page by page, with a footer on every page ("page N of M").

Pure painting on a QPdfWriter: safe to run on a worker thread (no widgets)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop.report.pagination import page_breaks, unbreakable_spans
from models.store.private_files import private_output

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300
BODY_FONT = "Noto Sans"


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


def print_font(point_size: float) -> QFont:
    """The report's font with ligatures off, so extracted text reads "confidential", not "conﬁdential"."""
    font = QFont(BODY_FONT)
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    return font


def write_pdf(
    path: str | os.PathLike[str],
    html: str,
    images: dict[str, QImage],
    *,
    paper: str,
    title: str,
    footer: str,
    page_label: Callable[[int, int], str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Render ``html`` to a PDF at ``path`` (owner-only, written whole or not at all).

    ``images`` are referenced in the HTML as ``chart:NAME``. Returns the number of pages.
    """
    with private_output(path, suffix=".pdf.part") as temporary:
        return _render(str(temporary), html, images, paper, title, footer, page_label, progress, cancelled)


def _render(target, html, images, paper, title, footer, page_label, progress, cancelled) -> int:
    writer = QPdfWriter(target)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)  # never a client detail: the title names the month only
    writer.setCreator("Caselog")

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(print_font(10))
    document.setDocumentMargin(0)
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    document.setHtml(html)

    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = print_font(8)
    footer_height = 3 * footer_font.pointSizeF() * RESOLUTION / 72
    body = QSizeF(area.width(), area.height() - footer_height)
    document.setTextWidth(body.width())  # one long page; page_breaks() decides where pages end
    spans = unbreakable_spans(document, body.height())
    breaks = page_breaks(spans, document.size().height(), body.height())
    pages = len(breaks)

    painter = QPainter(writer)
    try:
        for page in range(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if page:
                writer.newPage()
            top, bottom = breaks[page]
            painter.save()
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, body.width(), bottom - top))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            line_y = body.height() + footer_height * 0.25
            painter.drawLine(0, int(line_y), int(body.width()), int(line_y))
            box = QRectF(0, line_y, body.width(), footer_height * 0.75)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             page_label(page + 1, pages))  # fmt: skip
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages
