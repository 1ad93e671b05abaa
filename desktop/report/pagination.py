"""Page breaks for a laid-out QTextDocument that keep table rows, lines and headings whole.

Qt paginates by slicing the document at fixed heights, which splits table rows (and can leave a
heading alone at the foot of a page). Here the document is laid out as one long page; every
text line, every table row shorter than a page, and every heading together with what follows
it is a span that a page break may not cut. Each page ends at the last allowed position."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextFrame, QTextTable

Span = tuple[float, float]


def unbreakable_spans(document: QTextDocument, page_height: float) -> list[Span]:
    """The vertical spans (document coordinates) a page break must not cut, merged and sorted."""
    layout = document.documentLayout()
    rows, row_of_block = table_rows(document)
    spans: list[Span] = [row for row in rows if row[1] - row[0] < page_height]
    blocks = []
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            top = rect.top() + line.y()
            spans.append((top, top + line.height()))
        blocks.append((block.blockFormat().headingLevel(), rect.top(), rect.bottom(), block.blockNumber()))
        block = block.next()
    for index, (heading, top, _, _) in enumerate(blocks[:-1]):
        if heading:  # keep a heading with the line or table row that follows it
            _, _, next_bottom, number = blocks[index + 1]
            bottom = rows[row_of_block[number]][1] if number in row_of_block else next_bottom
            if bottom - top < page_height:
                spans.append((top, bottom))
    return merge(spans)


def table_rows(document: QTextDocument) -> tuple[list[Span], dict[int, int]]:
    """Every table row's vertical span (nested tables included), and for the first block of each
    cell, the index of its row. (Walks the frames: asking each block for its table made PySide
    crash on the many blocks outside tables.)"""
    layout = document.documentLayout()
    rows: list[Span] = []
    row_of_block: dict[int, int] = {}

    def visit(frame: QTextFrame) -> None:
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                for row in range(child.rows()):
                    top, bottom = float("inf"), float("-inf")
                    for column in range(child.columns()):
                        cell = child.cellAt(row, column)
                        first = document.findBlock(cell.firstPosition())
                        last = document.findBlock(cell.lastPosition())
                        top = min(top, layout.blockBoundingRect(first).top())
                        bottom = max(bottom, layout.blockBoundingRect(last).bottom())
                        row_of_block[first.blockNumber()] = len(rows)
                    rows.append((top, bottom))
            visit(child)

    visit(document.rootFrame())
    return rows, row_of_block


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans joined; spans that only touch stay apart (a break may fall between them)."""
    merged: list[list[float]] = []
    for top, bottom in sorted(spans):
        if merged and top < merged[-1][1] - 0.01:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [(top, bottom) for top, bottom in merged]


def page_breaks(spans: list[Span], total_height: float, page_height: float) -> list[Span]:
    """The (top, bottom) of each page: as full as possible without cutting a span. Blank space
    after the last span does not get a page of its own."""
    if spans:
        total_height = min(total_height, max(bottom for _, bottom in spans))
    pages: list[Span] = []
    start, index = 0.0, 0
    while start < total_height - 1e-6:
        end = start + page_height
        if end >= total_height:
            pages.append((start, total_height))
            break
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        cut = end
        probe = index
        while probe < len(spans) and spans[probe][0] < end:
            top, bottom = spans[probe]
            if top < end < bottom:  # the natural break falls inside this span: break before it
                cut = top if top > start else end
                break
            probe += 1
        pages.append((start, cut))
        start = cut
    return pages
