"""Choosing how to export a month as PDF: de-identified (the default) or identified, and the paper."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QRadioButton, QWidget


class PdfOptionsDialog(QDialog):
    def __init__(self, month: str, paper: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export {0} as PDF").format(month))
        self.deidentified = QRadioButton(self.tr("&De-identified: client codes only (recommended)"))
        self.deidentified.setChecked(True)
        self.identified = QRadioButton(self.tr("&Identified: adds client names and locations"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.paper.setAccessibleName(self.tr("Paper size"))
        note = QLabel(self.tr("Private reflections are printed only if you included them in this month's review."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        form = QFormLayout(self)
        form.addRow(self.deidentified)
        form.addRow(self.identified)
        form.addRow(note)
        form.addRow(self.tr("&Paper"), self.paper)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> tuple[bool, str]:
        """(identified, paper)."""
        return self.identified.isChecked(), self.paper.currentData()
