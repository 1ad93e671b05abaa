"""The supervisor's sign-off: name, credential, licence number, jurisdiction and date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.form_widgets import DateField


class SignOffDialog(QDialog):
    def __init__(self, month: str, supervisor: str = "", tally: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign off {0}").format(month))
        self.setMinimumWidth(440)  # room for a credential and its hint, in any language
        self.supervisor = QLineEdit(supervisor)
        self.supervisor.setAccessibleName(self.tr("Supervisor's name"))
        self.credential = QLineEdit()
        self.credential.setAccessibleName(self.tr("Supervisor's credential"))
        self.credential.setPlaceholderText(self.tr("e.g. Licensed psychologist"))
        self.licence = QLineEdit()
        self.licence.setAccessibleName(self.tr("Supervisor's licence number"))
        self.jurisdiction = QLineEdit()
        self.jurisdiction.setAccessibleName(self.tr("Jurisdiction of the licence"))
        self.jurisdiction.setPlaceholderText(self.tr("e.g. the state or country that issued it"))
        self.signed_on = DateField()
        self.signed_on.setAccessibleName(self.tr("Date of sign-off"))
        today = dt.date.today()
        self.signed_on.setDate(QDate(today.year, today.month, today.day))
        note = QLabel(
            (tally + ". " if tally else "")
            + self.tr("Signing off locks the month: later changes to its encounters are kept as addenda.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign off"))
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Supervisor"), self.supervisor)
        form.addRow(self.tr("Credential"), self.credential)
        form.addRow(self.tr("Licence number"), self.licence)
        form.addRow(self.tr("Jurisdiction"), self.jurisdiction)
        form.addRow(self.tr("Date"), self.signed_on)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> tuple[str, str, dt.date, str, str]:
        return (
            self.supervisor.text(), self.credential.text(), self.signed_on.date().toPython(), self.licence.text(),
            self.jurisdiction.text(),
        )  # fmt: skip
