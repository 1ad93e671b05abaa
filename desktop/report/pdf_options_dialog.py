"""Choosing how to export a month as PDF: pseudonymised (the default) or identified, every encounter
in full or only the priority ones, whose private reflections to include (encounter by encounter,
none by default), and the paper."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)


class PdfOptions(NamedTuple):
    identified: bool
    paper: str
    full_detail: bool = False
    reflections: tuple[str, ...] = ()  # ids of the encounters whose reflection goes in


class PdfOptionsDialog(QDialog):
    def __init__(self, month: str, paper: str, parent: QWidget | None = None, reflections: list[tuple[str, str]] = ()):
        """``reflections``: (encounter id, one line about it) for each encounter of the month with one."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export {0} as PDF").format(month))
        self.pseudonymised = QRadioButton(self.tr("&Pseudonymised: codes stand in for people (recommended)"))
        self.pseudonymised.setChecked(True)
        self.identified = QRadioButton(self.tr("&Identified: adds client names and locations"))
        self.full_detail = QCheckBox(self.tr("Every encounter in &full (else the priority ones, the rest in a line)"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.reflections = QListWidget()
        self.reflections.setAccessibleName(self.tr("Reflections to include"))
        for encounter_id, line in reflections:
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, encounter_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reflections.addItem(item)
        self.reflections.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        note = QLabel(
            self.tr("Private reflections leave only where you tick them (Space ticks the chosen one).")
            if reflections
            else self.tr("No encounter of this month has a private reflection.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        form = QFormLayout(self)
        form.addRow(self.pseudonymised)
        form.addRow(self.identified)
        form.addRow(self.full_detail)
        form.addRow(note)
        if reflections:
            label = QLabel(self.tr("&Reflections"))
            label.setBuddy(self.reflections)
            form.addRow(label, self.reflections)
        form.addRow(self.tr("P&aper"), self.paper)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> PdfOptions:
        chosen = [
            self.reflections.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.reflections.count())
            if self.reflections.item(row).checkState() == Qt.CheckState.Checked
        ]
        return PdfOptions(self.identified.isChecked(), self.paper.currentData(), self.full_detail.isChecked(),
                          tuple(chosen))  # fmt: skip
