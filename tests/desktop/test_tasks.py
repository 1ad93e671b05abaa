"""run_task: work on the thread pool, its result or its error back on the GUI thread; the worker's
own database connection closed when it ends."""

import threading

from PySide6.QtCore import QThread

from desktop.tasks import Progress, run_task, running_tasks
from models.log.clients import Client
from models.store.database import db


def test_the_result_comes_back_on_the_gui_thread(qtbot, client):
    results = []

    def work():
        return Client.select().count(), threading.get_ident(), db.obj.is_closed()

    run_task(work, lambda result: results.append((result, QThread.currentThread())), results.append)
    qtbot.waitUntil(lambda: bool(results) and running_tasks() == 0, timeout=5000)
    (count, worker, closed_while_working), delivered_on = results[0]
    assert count == 1 and not closed_while_working  # it read the database on its own connection
    assert worker != threading.get_ident() and delivered_on is QThread.currentThread()
    assert not db.obj.is_closed()  # the GUI thread's connection is untouched


def test_an_error_comes_back_as_the_exception(qtbot):
    done, errors = [], []

    def work():
        raise FileNotFoundError(2, "No such file", "/a/secret/name.pdf")

    run_task(work, done.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors) and running_tasks() == 0, timeout=5000)
    assert done == [] and isinstance(errors[0], FileNotFoundError)


def test_progress_reaches_the_gui_thread_and_a_cancel_reaches_the_work(qtbot):
    progress = Progress()
    seen, results = [], []
    progress.advanced.connect(lambda done, total: seen.append((done, total)))
    started = threading.Event()

    def work():
        progress.report(1, 3)
        started.set()
        while not progress.cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    run_task(work, results.append, results.append)
    assert started.wait(5)
    progress.cancel()
    qtbot.waitUntil(lambda: results == ["stopped"], timeout=5000)
    assert seen == [(1, 3)]
