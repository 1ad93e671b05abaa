"""The one way to run work off the GUI thread (as Picard's util/thread.py does): ``run_task(work,
on_done, on_error)`` runs ``work()`` on the thread pool and hands its result, or the exception it
raised, to ``on_done`` or ``on_error`` on the GUI thread. Work never touches widgets.

Work that reads the database does so on the worker's own connection (peewee keeps one per
thread), closed when the work ends. Long work says how far it is, and hears a cancel, through a
``Progress``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from models.store.database import db

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted on the worker reach its slots queued."""

    done = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it (in _running) until it has reported
        self.work, self.relay = work, relay

    def run(self) -> None:
        database = db.obj
        try:
            result = self.work()
        except BaseException as exc:  # every failure goes back to the GUI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)
        finally:
            if database is not None and not database.is_closed():
                database.close()  # this worker thread's own connection, not the GUI thread's
            self.relay.finished.emit()


_running: set[_Work] = set()  # work on the pool, each until it reports (then it is let go)


def run_task(work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]):
    """Run ``work()`` on the thread pool; then ``on_done(result)`` or ``on_error(exception)`` on
    the GUI thread. Call from the GUI thread. ``on_error`` decides what to show: an exception's
    message may quote client data, so most say only its type."""
    relay = _Relay()
    task = _Work(work, relay)
    relay.done.connect(on_done)
    relay.failed.connect(on_error)
    relay.finished.connect(lambda: _let_go(task))
    _running.add(task)
    QThreadPool.globalInstance().start(task)


def _let_go(task: _Work) -> None:
    _running.discard(task)
    task.relay.deleteLater()


def running_tasks() -> int:
    """How many tasks have not reported yet."""
    return len(_running)


class Progress(QObject):
    """How far long work has got, told from the worker (``report``) and heard on the GUI thread
    (``advanced``); and whether the person asked to stop (``cancel``, read by the work)."""

    advanced = Signal(int, int)  # done, of total

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancelled = False

    def report(self, done: int, total: int) -> None:
        self.advanced.emit(done, total)

    def cancel(self) -> None:
        self._cancelled = True

    def cancelled(self) -> bool:
        return self._cancelled
