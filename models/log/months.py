"""Calendar months: the unit of supervision. The month of an encounter is the month of its
``occurred_on`` (local calendar); queries use half-open date ranges so the date index is used."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.values import parse_month


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        """``YYYY-MM`` → Month; ValueError with a plain reason for ``2026-13`` or ``Oct``."""
        return cls(*parse_month(text))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return self.next().first_day - dt.timedelta(days=1)

    def range(self) -> tuple[dt.date, dt.date]:
        """(first day, first day of the next month): a half-open range."""
        return self.first_day, self.next().first_day

    def next(self) -> Month:
        return Month(self.year + (self.month == 12), self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def back(self, count: int) -> Month:
        month = self
        for _ in range(count):
            month = month.previous()
        return month
