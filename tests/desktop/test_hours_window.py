"""The supervision hours window (DESIGN §5): opened from the main window by keyboard, one year or
all, totals by supervisor, format, kind and year, and the CSV for a licensing board's form."""

import csv
import datetime as dt
import io

from PySide6.QtCore import Qt

from models.log.months import Month
from models.supervision.enums import MeetingFormat, MeetingKind
from models.supervision.reviews import review_for, set_meeting


def test_the_hours_window_totals_the_years_meetings_and_exports_them(qtbot, window, dialogs, tmp_path):
    set_meeting(Month(2025, 12), dt.date(2025, 12, 18), 90, MeetingFormat.IN_PERSON, MeetingKind.GROUP)
    set_meeting(Month(2026, 9), dt.date(2026, 9, 29), 60, MeetingFormat.VIDEO, MeetingKind.INDIVIDUAL)
    set_meeting(Month(2026, 10), dt.date(2026, 11, 4), 45, MeetingFormat.PHONE, MeetingKind.INDIVIDUAL)
    for month in (Month(2026, 9), Month(2026, 10)):
        review = review_for(month)
        review.supervisor, review.credential = "Dr Sam Rivera", "PhD"
        review.save()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    hours = window.hours_window
    assert hours is not None and hours.isVisible()
    qtbot.addWidget(hours)  # a window of its own: closed when the test ends, not left to a later test
    assert "3.25 hours of supervision in all years (3 meetings" in hours.total.text()
    assert hours.table.rowCount() == 3 and hours.table.item(2, 6).text() == "3.25"
    hours.year.setFocus()
    hours.year.setCurrentIndex(hours.year.findData(2026))
    assert "1.75 hours of supervision in 2026" in hours.total.text() and hours.table.rowCount() == 2
    assert "Dr Sam Rivera, PhD 1.75" in hours.totals.text() and "Video call 1.00" in hours.totals.text()
    assert "Individual 1.75" in hours.totals.text()
    target = tmp_path / "hours.csv"
    dialogs.answers = [str(target)]
    hours.export_button.click()
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r[0] for r in rows] == ["date", "2026-09-29", "2026-11-04", "total"] and rows[-1][3] == "1.75"
