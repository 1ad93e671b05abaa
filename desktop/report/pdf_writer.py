"""Writing a QTextDocument to PDF page by page, with a footer on every page ("page N of M").

Pure painting on a QPdfWriter: safe to run on a worker thread (no widgets)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

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


def print_palette() -> QPalette:
    """Black on white, whatever the app's theme: the PDF is paper. (QTextDocument.drawContents
    paints with the application's palette, which under the dark theme is pale text for a dark
    background.)"""
    palette = QPalette(QColor("white"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("black"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b4f8a"))
    return palette


def print_image_sizes(document: QTextDocument, screen_dpi: float) -> None:
    """Make the <img> sizes of ``document``'s HTML mean CSS pixels (1/96 inch) on paper.
    QTextDocument takes them in the screen's pixels (the primary screen's logical dpi), so that
    the same HTML would print a chart half again as wide on a 60 dpi screen as on a 96 dpi one,
    wider than the page, and squeeze the text beside a bar."""
    factor = screen_dpi / 96
    if abs(factor - 1) < 1e-6:
        return
    block = document.begin()
    while block.isValid():
        for position in block:
            fragment = position.fragment()
            if not fragment.charFormat().isImageFormat():
                continue
            image = fragment.charFormat().toImageFormat()
            if image.width() > 0:
                image.setWidth(image.width() * factor)
            if image.height() > 0:
                image.setHeight(image.height() * factor)
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
        block = block.next()


def draw_page(document: QTextDocument, painter: QPainter, clip: QRectF, palette: QPalette) -> None:
    """Draw the part of ``document`` inside ``clip`` with ``palette`` (what drawContents does,
    but with the print palette rather than the application's)."""
    painter.save()
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    context.palette = palette
    document.documentLayout().draw(painter, context)
    painter.restore()


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
    screen_dpi: float = 96,
) -> int:
    """Render ``html`` to a PDF at ``path`` (owner-only, written whole or not at all).

    ``images`` are referenced in the HTML as ``chart:NAME``, sized in CSS pixels (1/96 inch);
    ``screen_dpi`` is the primary screen's logical dpi (``screen_dpi()``, read on the GUI thread).
    Returns the number of pages.
    """
    with private_output(path, suffix=".pdf.part") as temporary:
        return _render(str(temporary), html, images, paper, title, footer, page_label, progress, cancelled, screen_dpi)


def screen_dpi() -> float:
    """The dpi QTextDocument sizes images in: the primary screen's logical dpi (GUI thread)."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchX() if screen is not None else 96


def _render(target, html, images, paper, title, footer, page_label, progress, cancelled, dpi) -> int:
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
    print_image_sizes(document, dpi)

    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = print_font(8)
    footer_height = 3 * footer_font.pointSizeF() * RESOLUTION / 72
    body = QSizeF(area.width(), area.height() - footer_height)
    document.setTextWidth(body.width())  # one long page; page_breaks() decides where pages end
    spans = unbreakable_spans(document, body.height())
    breaks = page_breaks(spans, document.size().height(), body.height())
    pages = len(breaks)

    palette = print_palette()
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
            draw_page(document, painter, QRectF(0, top, body.width(), bottom - top), palette)
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
