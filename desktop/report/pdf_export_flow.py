"""Export PDF in the app: ask how, ask where, confirm an identified export, then write on the
thread pool with a cancellable progress dialog, and offer to open the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.dialogs import UserDialogs
from desktop.report.pdf_export import PdfExportTask, default_paper, prepare_pdf
from desktop.settings.preferences import Preferences
from models.log.months import Month
from models.supervision.report import record_pdf_export, suggested_file_name


class PdfExportFlow(QObject):
    """One export at a time from a window; emits ``exported(path, pages)`` when the file is written."""

    exported = Signal(str, int)

    def __init__(self, parent: QWidget, dialogs: UserDialogs, folder: Path | None = None):
        super().__init__(parent)
        self.window = parent
        self.dialogs = dialogs
        self.folder = folder or Path.home()
        # The last task stays referenced after it reports: its run() may still be returning on the worker.
        self.task: PdfExportTask | None = None
        self.running = False
        self.progress: QProgressDialog | None = None

    def start(self, month: Month) -> bool:
        """Ask and begin; False if the user stopped at one of the questions."""
        if self.running:
            return False
        preferences = Preferences.load()
        options = self.dialogs.ask_pdf_options(self.window, str(month), preferences.paper or default_paper())
        if options is None:
            return False
        identified, paper = options
        if identified and not self.dialogs.confirm(
            self.window, self.tr("Identified PDF"),
            self.tr("This PDF will contain client names and locations. Keep it as you keep clinical records, "
                    "and do not send it by ordinary email. Export it identified?"),
            destructive=True,
        ):  # fmt: skip
            return False
        folder = Path(preferences.export_folder) if preferences.export_folder else self.folder
        path = self.dialogs.save_file(
            self.window, self.tr("Export PDF"), str(folder / suggested_file_name(month)), self.tr("PDF (*.pdf)")
        )
        if not path:
            return False
        job = prepare_pdf(month, path, identified, paper, preferences.therapist)
        self.month, self.identified = month, identified
        self.task = PdfExportTask(job)
        self.task.setAutoDelete(False)
        self.progress = QProgressDialog(self.tr("Writing the PDF…"), self.tr("Cancel"), 0, 0, self.window)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.task.cancel)
        self.task.signals.progress.connect(self.show_progress)
        self.task.signals.finished.connect(self.finished)
        self.task.signals.failed.connect(self.failed)
        self.task.signals.cancelled.connect(self.cancelled)
        self.running = True
        QThreadPool.globalInstance().start(self.task)
        return True

    @Slot(int, int)
    def show_progress(self, page: int, pages: int) -> None:
        progress = self.progress
        if progress is not None:
            # setValue() on a modal progress dialog runs the event loop, which may deliver
            # "finished" and close the dialog: set everything else first.
            progress.setLabelText(self.tr("Writing page {0} of {1}…").format(page, pages))
            progress.setMaximum(pages)
            progress.setValue(page)

    def done(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
        self.progress = None
        self.running = False

    @Slot(str, int)
    def finished(self, path: str, pages: int) -> None:
        self.done()
        record_pdf_export(self.month, self.identified)
        self.exported.emit(path, pages)
        if self.dialogs.confirm(
            self.window, self.tr("PDF written"), self.tr("The PDF ({0} pages) is written. Open it now?").format(pages)
        ):
            self.dialogs.open_externally(path)

    @Slot(str)
    def failed(self, reason: str) -> None:
        self.done()
        self.dialogs.warn(
            self.window, self.tr("PDF not written"), self.tr("The PDF could not be written ({0}).").format(reason)
        )

    @Slot()
    def cancelled(self) -> None:
        self.done()
