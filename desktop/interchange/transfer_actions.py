"""File → Import and Export: a Caselog JSON file in (all or nothing), the whole database out as
Caselog JSON, or the encounters as CSV for a spreadsheet. Exports are pseudonymised unless the
therapist asks otherwise and confirms; before a pseudonymised one the possible identifiers are
listed (DESIGN §9). The check, the import and the export run on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from desktop.dialogs import UserDialogs
from desktop.interchange.identifiers_dialog import IdentifiersDialog
from desktop.labels import problem_line
from desktop.shell import Shell
from desktop.tasks import run_task
from models import clock
from models.interchange.csv_export import export_csv
from models.interchange.exporting import export_check, export_json
from models.interchange.importing import ImportFileError, import_json
from models.pseudonymise.pseudonymised import apply_choices, build_pseudonymiser
from models.store.database import DatabaseBusy
from models.store.private_files import CSV, JSON, OutputFailed, OutputRefused, check_destination
from models.values import ValidationError


class TransferActions(QObject):
    exported = Signal(str, int)
    imported = Signal(str)

    def __init__(self, window: Shell, dialogs: UserDialogs):
        super().__init__(window)
        self.window, self.dialogs = window, dialogs
        named = window.actions_registry
        self.import_action = named.create("import", self.tr("&Import Caselog JSON…"), None, self.import_file)
        self.json_action = named.create("export_json", self.tr("Export as Caselog &JSON…"), None,
                                        lambda: self.export("json"))  # fmt: skip
        self.csv_action = named.create("export_csv", self.tr("Export encounters as &CSV…"), None,
                                       lambda: self.export("csv"))  # fmt: skip
        named.add("file", [self.import_action, self.json_action, self.csv_action], before="lock")

    def busy(self, text: str) -> QProgressDialog:
        """A modal "working" note (no cancel: an import or export is all or nothing), shown after 0.4 s."""
        progress = QProgressDialog(text, "", 0, 0, self.window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        return progress

    @Slot()
    def import_file(self) -> None:
        path = self.dialogs.open_file(self.window, self.tr("Import"), self.tr("Caselog JSON (*.json)"))
        if not path:
            return
        progress = self.busy(self.tr("Importing… (all or nothing)"))

        def finished(result) -> None:
            progress.reset()
            summary = result.describe()
            self.window.refresh()
            self.dialogs.inform(self.window, self.tr("Imported"), summary)
            self.imported.emit(summary)

        def failed(error: BaseException) -> None:
            progress.reset()
            if isinstance(error, ImportFileError | ValidationError):
                problems = (
                    [str(error)] if isinstance(error, ImportFileError) else list(map(problem_line, error.problems))
                )
                shown = "\n".join(problems[:15]) + ("\n…" if len(problems) > 15 else "")
                message = self.tr("Nothing was imported. The file has these problems:\n{0}").format(shown)
            elif isinstance(error, DatabaseBusy):
                message = str(error)
            else:  # the type only: a message could quote a value
                message = self.tr("The import failed ({0}).").format(type(error).__name__)
            self.dialogs.warn(self.window, self.tr("Not imported"), message)

        run_task(lambda: import_json(Path(path)), finished, failed)

    @Slot()
    def export(self, kind: str) -> None:
        identified = self.dialogs.confirm(
            self.window, self.tr("Include names and locations?"),
            self.tr("Exports are pseudonymised unless you choose otherwise: client codes stand in for people; "
                    "no names, no locations, no private reflections, and names written in the notes replaced. "
                    "Include client names and locations in this file?"),
            destructive=True,
        )  # fmt: skip
        if identified:
            self.write(kind, True)
            return
        progress = self.busy(self.tr("Looking for possible identifiers…"))

        def found(findings: list) -> None:
            progress.reset()
            pseudonymiser = None
            if findings:
                choices = self.dialogs.ask(IdentifiersDialog(findings, self.window))
                if choices is None:
                    return
                keep_out, let_pass = apply_choices(choices, findings)
                pseudonymiser = build_pseudonymiser(keep_out=keep_out, let_pass=let_pass)
            self.write(kind, False, pseudonymiser)

        def failed(error: BaseException) -> None:
            progress.reset()
            reason = type(error).__name__  # the type only: a message could quote a value
            self.dialogs.warn(self.window, self.tr("Not exported"), self.tr("The export failed ({0}).").format(reason))

        run_task(lambda: export_check(clients=kind == "json"), found, failed)

    def write(self, kind: str, identified: bool, pseudonymiser=None) -> None:
        """Ask where, then write the export on a worker thread."""
        name = f"caselog-{'identified' if identified else 'pseudonymised'}-{clock.today().isoformat()}.{kind}"
        filters = self.tr("Caselog JSON (*.json)") if kind == "json" else self.tr("CSV (*.csv)")
        path = self.dialogs.save_file(self.window, self.tr("Export"), str(Path.home() / name), filters)
        if not path:
            return
        # The save dialog asked before an existing file is replaced; the writer still never replaces the
        # database, a backup or a file of another kind, and says why.
        replace = Path(path).exists()
        try:
            check_destination(path, force=replace, kind=JSON if kind == "json" else CSV)
        except OutputRefused as refused:
            self.dialogs.warn(self.window, self.tr("Not exported"), str(refused))
            return
        export = export_json if kind == "json" else export_csv
        progress = self.busy(self.tr("Exporting…"))

        def finished(count: int) -> None:
            progress.reset()
            self.window.statusBar().showMessage(self.tr("Exported {0} encounter(s).").format(count), 6000)
            self.exported.emit(path, count)

        def failed(error: BaseException) -> None:
            progress.reset()
            if isinstance(error, OutputFailed | OutputRefused | DatabaseBusy):  # the file and the reason, in words
                message = str(error)
            else:  # the type only: a message could quote a value
                message = self.tr("The export failed ({0}).").format(type(error).__name__)
            self.dialogs.warn(self.window, self.tr("Not exported"), message)

        options = {"pseudonymiser": pseudonymiser} if pseudonymiser is not None else {}
        run_task(lambda: export(Path(path), identified=identified, force=replace, **options), finished, failed)
