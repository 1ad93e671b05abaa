"""Writing a QTextDocument to PDF page by page, with a footer on every page ("page N of M").

Pure painting on a QPdfWriter: safe to run on a worker thread (no widgets)."""

from __future__ import annotations

import errno
import mmap
import os
import resource
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFile, QFileDevice, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
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
from desktop.report.report_html import html_document
from models.store.database import db
from models.store.private_files import PDF, SafeOutput

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300
BODY_FONT = "Noto Sans"
# Encounters laid out together at most: about 220 pages, well inside Qt's layout limits (a document
# laid out as one 8,700-page column crashed Qt) and memory; layout time grows faster than the
# document, so smaller parts are also quicker. Up to KEPT_PARTS parts stay laid out between
# counting the pages and painting them; a longer report is laid out twice, part by part.
BLOCKS_PER_DOCUMENT = 500
KEPT_PARTS = 2


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
    """Black on white, whatever the app's theme: the PDF is paper. (QTextDocument's layout
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


def write_pdf(
    path: str | os.PathLike[str],
    blocks: list[str],
    images: dict[str, QImage],
    *,
    paper: str,
    title: str,
    footer: str,
    page_label: Callable[[int, int], str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    force: bool = False,
    record: Callable[[], None] | None = None,
    blocks_per_document: int | None = None,
    screen_dpi: float = 96,
) -> int:
    """Render the report's ``blocks`` (``report_html.report_blocks``) to a PDF at ``path``: owner-only,
    whole or not at all, never over an existing file unless ``force`` (``SafeOutput``).

    ``images`` are referenced in the HTML as ``chart:NAME``, sized in CSS pixels (1/96 inch);
    ``screen_dpi`` is the primary screen's logical dpi (``screen_dpi()``, read on the GUI thread).
    A long report is laid out ``blocks_per_document`` (``BLOCKS_PER_DOCUMENT``) blocks at a time,
    each part starting on a new page, so that memory stays bounded and no laid-out document grows
    past what Qt's text layout can address. Every write is checked (Qt's PDF writer does not report
    a full disk itself), and the file gets its name only when complete; ``record`` (the audit
    entry) is written in the same transaction.
    Returns the number of pages.
    """
    parts = -(-len(blocks) // (blocks_per_document or BLOCKS_PER_DOCUMENT))
    size = -(-len(blocks) // max(parts, 1))
    chunks = [html_document(blocks[i : i + size]) for i in range(0, len(blocks), max(size, 1))] or [html_document([])]
    with SafeOutput(path, force=force, kind=PDF) as output:
        pages = _render(
            output.temporary, chunks, images, paper, title, footer, page_label, progress, cancelled, screen_dpi
        )
        if record is not None:
            with db.atomic():
                record()
                output.place()
    return pages


def check_pdf_file(path: Path) -> None:
    """Raise ``OSError`` unless ``path`` holds the whole PDF Qt meant to write.

    Qt's PDF writer does not report a failed write (and its file forgets the error when it seeks),
    so the file itself is checked: the header, the end-of-file marker, the cross-reference table
    where the trailer says it is, and every object where the table says it is. A file cut short
    by a full disk, or missing a piece, fails one of them."""
    try:
        with open(path, "rb") as stream, mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data:
            _check_pdf_bytes(data)
    except ValueError:
        raise OSError(_write_error(path), "the PDF was not written whole") from None


def _check_pdf_bytes(data) -> None:
    if data[:5] != b"%PDF-" or not data[-64:].rstrip().endswith(b"%%EOF"):
        raise ValueError("no header or end marker")
    start = data.rfind(b"startxref")
    if start < 0:
        raise ValueError("no startxref")
    offset = int(data[start + 9 :].split()[0])
    if data[offset : offset + 4] != b"xref":
        raise ValueError("the cross-reference table is not where the trailer says")
    end = data.find(b"trailer", offset)
    lines = iter(data[offset + 4 : end + 7].split(b"\n"))
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if line.startswith(b"trailer"):
            return
        first, count = map(int, line.split())
        for number in range(first, first + count):
            entry = next(lines).split()
            marker = b"%d 0 obj" % number
            if entry[2] == b"n" and data[int(entry[0]) : int(entry[0]) + len(marker)] != marker:
                raise ValueError(f"object {number} is not where the table says")
    raise ValueError("no trailer")


def screen_dpi() -> float:
    """The dpi QTextDocument sizes images in: the primary screen's logical dpi (GUI thread)."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchX() if screen is not None else 96


def _render(target: Path, chunks, images, paper, title, footer, page_label, progress, cancelled, dpi) -> int:
    device = QFile(str(target))
    if not device.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
        raise OSError(errno.EIO, device.errorString())
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)  # never a client detail: the title names the month only
    writer.setCreator("Caselog")

    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_font = print_font(8)
    footer_height = 3 * footer_font.pointSizeF() * RESOLUTION / 72
    body = QSizeF(area.width(), area.height() - footer_height)

    def lay_out(html: str) -> tuple[QTextDocument, list]:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(print_font(10))
        document.setDocumentMargin(0)
        for name, image in images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
        document.setHtml(html)
        print_image_sizes(document, dpi)
        document.setTextWidth(body.width())  # one long page; page_breaks() decides where pages end
        spans = unbreakable_spans(document, body.height())
        return document, page_breaks(spans, document.size().height(), body.height())

    # The total page count comes first (every footer says "page N of M").
    laid_out: list[tuple[QTextDocument | None, list]] = []
    for html in chunks:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        document, breaks = lay_out(html)
        laid_out.append((document if len(chunks) <= KEPT_PARTS else None, breaks))
        del document
    pages = sum(len(breaks) for _, breaks in laid_out)

    palette = print_palette()
    painter = QPainter(writer)
    page = 0
    try:
        for html, (document, breaks) in zip(chunks, laid_out, strict=True):
            if document is None:
                document, breaks = lay_out(html)
            for top, bottom in breaks:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if page:
                    writer.newPage()
                draw_page(painter, document, top, bottom, body.width(), palette)
                painter.setFont(footer_font)
                painter.setPen(Qt.GlobalColor.darkGray)
                line_y = body.height() + footer_height * 0.25
                painter.drawLine(0, int(line_y), int(body.width()), int(line_y))
                box = QRectF(0, line_y, body.width(), footer_height * 0.75)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 page_label(page + 1, pages))  # fmt: skip
                page += 1
                if progress is not None:
                    progress(page, pages)
            document = None
    finally:
        painter.end()
        failed = device.error() != QFileDevice.FileError.NoError
        reason = device.errorString()
        flushed = device.flush()
        device.close()
    if failed or not flushed:
        raise OSError(_write_error(target), reason)
    check_pdf_file(target)
    return pages


# How far inside its page a line must reach to be drawn on it, in device pixels (1/300 inch): more
# than Qt's 1/64 pixel, and nothing a reader sees. Pages end where one line ends and the next begins,
# and Qt draws the blocks and lines that touch the area it is asked for, edges included.
EDGE = 0.5


def draw_page(
    painter: QPainter, document: QTextDocument, top: float, bottom: float, width: float, palette: QPalette
) -> None:
    """Paint the part of ``document`` between ``top`` and ``bottom`` (a page) at the painter's origin,
    every line on one page only.

    Not ``QTextDocument.drawContents``, which printed a line on the break twice, clipped away but
    still in the file's text (copied, searched, read aloud): Qt draws what touches the area, so
    the area is narrowed by ``EDGE`` at either end; and ``QTextLayout.draw`` always draws the last
    line above the area too, so a paragraph that began on an earlier page has the lines of this
    page drawn one by one here, and the layout draws only what follows it. ``palette`` is the
    print palette (black on white whatever the app's theme: the PDF is paper)."""
    layout = document.documentLayout()
    painter.save()
    painter.translate(0, -top)
    painter.setClipRect(QRectF(0, top, width, bottom - top))
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = palette
    rest = top
    block = document.findBlock(layout.hitTest(QPointF(1, top + EDGE), Qt.HitTestAccuracy.FuzzyHit))
    rect = layout.blockBoundingRect(block) if block.isValid() else QRectF()
    in_flow = block.isValid() and document.frameAt(block.position()) == document.rootFrame()  # not a table cell
    if in_flow and rect.top() < top - EDGE and rect.bottom() > top + EDGE:
        text_layout = block.layout()
        origin = rect.topLeft() - text_layout.boundingRect().topLeft()
        painter.setPen(context.palette.color(QPalette.ColorRole.Text))
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            line_top = origin.y() + line.y()
            if line_top >= top - EDGE and line_top + line.height() <= bottom + EDGE:
                line.draw(painter, origin)
        rest = rect.bottom()
    if rest < bottom - EDGE:
        context.clip = QRectF(0, rest + EDGE, width, bottom - rest - 2 * EDGE)
        layout.draw(painter, context)
    painter.restore()


def _write_error(target: Path) -> int:
    """Why Qt could not write a whole file, as far as can be seen: a full disk, a file-size limit,
    or else an input/output error."""
    try:
        space = os.statvfs(target.parent)
        if space.f_bavail * space.f_frsize < 1024 * 1024:
            return errno.ENOSPC
        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if limit != resource.RLIM_INFINITY and target.stat().st_size >= limit:
            return errno.EFBIG
    except OSError:
        pass
    return errno.EIO
