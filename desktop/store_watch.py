"""The store's closing (at a lock, a restore, the app's end) as a Qt signal, so that a timer which
writes to the database stops before the database goes: connect ``store_watch().closing`` to it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from models.opening import call_when_closing


class StoreWatch(QObject):
    closing = Signal()


_watch: StoreWatch | None = None


def store_watch() -> StoreWatch:
    """The one watch, made on first use (on the GUI thread)."""
    global _watch
    if _watch is None:
        _watch = StoreWatch()
        call_when_closing(_watch.closing.emit)
    return _watch
