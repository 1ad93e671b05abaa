"""The one place that reads the clock, so timestamps share a format and tests can pin time."""

import datetime as dt


def now() -> dt.datetime:
    """The local time, to the second (timestamps are stored and exported without fractions)."""
    return dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    """The local calendar date."""
    return dt.date.today()
