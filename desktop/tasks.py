"""Work on the whole database that runs on the thread pool, each on the worker's own
connection, so the window stays responsive: backups, and the integrity check after unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from models.store.backup import BackupRefused, automatic_backup, make_backup
from models.store.database import db, integrity_problems


class BackupSignals(QObject):
    finished = Signal(str)  # the backup's path ("" when the automatic one was already made today)
    failed = Signal(str)


class BackupTask(QRunnable):
    """``make_backup`` to ``destination``, or an automatic backup into ``folder`` keeping ``keep``."""

    def __init__(self, destination: Path | None = None, folder: Path | None = None, keep: int = 10):
        super().__init__()
        self.destination, self.folder, self.keep = destination, folder, keep
        self.signals = BackupSignals()

    def run(self) -> None:
        database = db.obj
        try:
            if self.destination is not None:
                path = make_backup(database, self.destination)
            else:
                path = automatic_backup(database, self.folder, self.keep)
        except BackupRefused as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # the type only: a message could quote a file name or a value
            self.signals.failed.emit(type(exc).__name__)
        else:
            self.signals.finished.emit(str(path) if path else "")
        finally:
            if database is not None and not database.is_closed():
                database.close()  # this worker thread's own connection, not the GUI thread's


class IntegritySignals(QObject):
    checked = Signal(bool)  # True when the quick check found damage


class IntegrityTask(QRunnable):
    """SQLite's quick check over every page, after unlocking (a second at 100,000 encounters)."""

    def __init__(self):
        super().__init__()
        self.signals = IntegritySignals()

    def run(self) -> None:
        database = db.obj
        if database is None:
            return
        try:
            damaged = bool(integrity_problems(database, quick=True))
        finally:
            if not database.is_closed():
                database.close()  # this worker thread's own connection
        self.signals.checked.emit(damaged)


class ExportSignals(QObject):
    finished = Signal(int)  # encounters written
    failed = Signal(str)


class ExportTask(QRunnable):
    """A JSON or CSV export on the worker's own connection."""

    def __init__(self, export, path: Path, identified: bool):
        super().__init__()
        self.export, self.path, self.identified = export, path, identified
        self.signals = ExportSignals()

    def run(self) -> None:
        database = db.obj
        try:
            count = self.export(self.path, identified=self.identified)
        except Exception as exc:  # the type only: a message could quote a value
            self.signals.failed.emit(type(exc).__name__)
        else:
            self.signals.finished.emit(count)
        finally:
            if database is not None and not database.is_closed():
                database.close()


class ImportSignals(QObject):
    finished = Signal(str)  # what was added, in one sentence
    refused = Signal(list)  # the problems, as "path: message" lines
    failed = Signal(str)


class ImportTask(QRunnable):
    """A Caselog JSON import (all or nothing) on the worker's own connection."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self.signals = ImportSignals()

    def run(self) -> None:
        from desktop.labels import problem_line
        from models.interchange.importing import ImportFileError, import_json
        from models.values import ValidationError

        database = db.obj
        try:
            result = import_json(self.path)
        except ImportFileError as exc:
            self.signals.refused.emit([str(exc)])
        except ValidationError as exc:
            self.signals.refused.emit([problem_line(problem) for problem in exc.problems])
        except Exception as exc:  # the type only
            self.signals.failed.emit(type(exc).__name__)
        else:
            self.signals.finished.emit(result.describe())
        finally:
            if database is not None and not database.is_closed():
                database.close()
