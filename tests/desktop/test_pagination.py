"""Page breaks never cut a line, a table row or a heading from what follows it."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.report.pagination import merge, page_breaks

PAGE = 100.0


@st.composite
def layouts(draw):
    """Consecutive spans (lines, rows) as a laid-out document makes them, with gaps between."""
    spans, y = [], 0.0
    for _ in range(draw(st.integers(1, 60))):
        y += draw(st.floats(0, 5))
        height = draw(st.floats(1, 140))
        spans.append((y, y + height))
        y += height
    return spans, y + draw(st.floats(0, 10))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # timings belong in benchmarks
@given(layouts())
def test_pages_cover_the_document_in_order_and_cut_only_between_spans(layout):
    spans, total = layout
    merged = merge(spans)
    pages = page_breaks(merged, total, PAGE)
    content_end = max(bottom for _, bottom in merged)
    assert pages[0][0] == 0 and abs(pages[-1][1] - content_end) < 1e-6
    for (top, bottom), (next_top, _) in zip(pages, pages[1:], strict=False):
        assert next_top == bottom and bottom > top
    for top, bottom in pages:
        assert bottom - top <= PAGE + 1e-6
    for _, cut in pages[:-1]:
        for span_top, span_bottom in merged:
            if span_top < cut < span_bottom:
                assert span_bottom - span_top > PAGE  # only a span taller than a page may be cut


def test_a_row_that_would_cross_the_foot_of_the_page_moves_to_the_next():
    spans = [(0, 40), (40, 90), (90, 130), (130, 160)]
    assert page_breaks(merge(spans), 160, PAGE) == [(0, 90), (90, 160)]


def test_touching_spans_stay_apart_and_overlapping_ones_merge():
    assert merge([(0, 10), (10, 20), (15, 30)]) == [(0, 10), (10, 30)]
