"""Export PDF in the app: ask how, confirm an identified export or go through the possible
identifiers of a pseudonymised one, ask where, then write on the thread pool with a cancellable
progress dialog, and offer to open the file."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.dialogs import UserDialogs
from desktop.interchange.identifiers_dialog import IdentifiersDialog
from desktop.labels import label
from desktop.report.pdf_export import default_paper, prepare_pdf, run_pdf
from desktop.report.pdf_options_dialog import PdfOptions, PdfOptionsDialog
from desktop.report.pdf_writer import ExportCancelled
from desktop.settings.preferences import Preferences
from desktop.tasks import Progress, run_task
from models.log.enums import Risk
from models.log.months import Month
from models.pseudonymise.pseudonymised import apply_choices, build_pseudonymiser
from models.store.private_files import PDF, OutputFailed, OutputRefused, check_destination
from models.supervision.report import (
    month_check,
    month_ids,
    record_pdf_export,
    reflections_to_choose,
    suggested_file_name,
)


class PdfExportFlow(QObject):
    """One export at a time from a window; emits ``exported(path, pages)`` when the file is written."""

    exported = Signal(str, int)

    def __init__(self, parent: QWidget, dialogs: UserDialogs, folder: Path | None = None):
        super().__init__(parent)
        self.window = parent
        self.dialogs = dialogs
        self.folder = folder or Path.home()
        self.running = False
        self.progress: QProgressDialog | None = None

    def start(self, month: Month) -> bool:
        """Ask and begin; False if the user stopped at one of the questions."""
        if self.running:
            return False
        preferences = Preferences.load()
        reflections = [
            (encounter_id, f"{day} · {code} · {label(Risk(risk))}")
            for encounter_id, day, code, risk in reflections_to_choose(month)
        ]
        paper = preferences.paper or default_paper()
        answer = self.dialogs.ask(PdfOptionsDialog(str(month), paper, self.window, reflections))
        if answer is None:
            return False
        options = PdfOptions(*answer)
        identified, paper = options.identified, options.paper
        pseudonymiser = None
        if not identified:
            findings = month_check(month, reflections=options.reflections)
            if findings:
                choices = self.dialogs.ask(IdentifiersDialog(findings, self.window))
                if choices is None:
                    return False
                keep_out, let_pass = apply_choices(choices, findings)
                pseudonymiser = build_pseudonymiser(month_ids(month), keep_out=keep_out, let_pass=let_pass)
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
        # The save dialog asked before an existing file is replaced; the writer still never replaces the
        # database, a backup or anything not a PDF, and says why.
        replace = Path(path).exists()
        try:
            check_destination(path, force=replace, kind=PDF)
        except OutputRefused as refused:
            self.dialogs.warn(self.window, self.tr("PDF not written"), str(refused))
            return False
        job = prepare_pdf(
            month, path, identified, paper, preferences.therapist, reflections=options.reflections,
            full_detail=options.full_detail, pseudonymiser=pseudonymiser,
        )  # fmt: skip
        pages = Progress(self)
        self.progress = QProgressDialog(self.tr("Writing the PDF…"), self.tr("Cancel"), 0, 0, self.window)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(pages.cancel)
        pages.advanced.connect(self.show_progress)
        self.running = True
        record = partial(record_pdf_export, month, identified)  # with the file, on the worker's connection
        run_task(
            lambda: (str(job.path), run_pdf(job, pages.report, pages.cancelled, force=replace, record=record)),
            self.finished,
            self.failed,
        )
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

    def finished(self, written: tuple[str, int]) -> None:
        path, pages = written
        self.done()
        self.exported.emit(path, pages)
        if self.dialogs.confirm(
            self.window, self.tr("PDF written"), self.tr("The PDF ({0} pages) is written. Open it now?").format(pages)
        ):
            self.dialogs.open_externally(path)

    def failed(self, error: BaseException) -> None:
        self.done()
        if isinstance(error, ExportCancelled):
            return
        if isinstance(error, (OutputFailed, OutputRefused)):  # the file's name and the reason, in words
            self.dialogs.warn(self.window, self.tr("PDF not written"), str(error))
            return
        # The type and the system's reason (a full disk, a folder without permission), never a value.
        reason = f"{type(error).__name__}: {getattr(error, 'strerror', '') or ''}".strip(": ")
        self.dialogs.warn(
            self.window, self.tr("PDF not written"), self.tr("The PDF could not be written ({0}).").format(reason)
        )
