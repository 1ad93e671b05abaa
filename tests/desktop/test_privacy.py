"""Privacy hygiene: no client data in logs, error dialogs or left-over files; no core dumps."""

import logging
import os
import resource
import sys

import pytest

from desktop.report.pdf_export import prepare_pdf, run_pdf
from desktop.report.pdf_writer import ExportCancelled
from models.log.months import Month

SECRET = "Jamie Privatename said the diagnosis out loud"


def test_core_dumps_are_off_and_new_files_owner_only(tmp_path):
    from desktop.security.privacy import harden_process

    previous = os.umask(0o022)
    try:
        harden_process()
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
        path = tmp_path / "made-after.txt"
        path.write_text("x")
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    finally:
        os.umask(previous)


def test_an_unexpected_error_shows_and_logs_no_client_data(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    log_file = tmp_path / "caselog.log"
    handler = logging.FileHandler(log_file)
    logging.getLogger("caselog").addHandler(handler)
    previous = sys.excepthook
    try:
        app.install_exception_hook()
        try:
            raise ValueError(SECRET)
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
        logging.getLogger("caselog").removeHandler(handler)
        handler.close()
    assert shown and "ValueError" in shown[0] and SECRET not in shown[0]
    logged = log_file.read_text()
    assert "ValueError" in logged and SECRET not in logged and "Jamie" not in logged


def test_a_cancelled_pdf_leaves_no_file_behind(qapp, client, tmp_path):
    job = prepare_pdf(Month(2026, 10), tmp_path / "out.pdf", paper="a4")
    with pytest.raises(ExportCancelled):
        run_pdf(job, cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caselog.db", "caselog.db-shm", "caselog.db-wal"]
