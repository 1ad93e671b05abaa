"""Send a month to your supervisor: to whom (a supervisor whose card you added), in how much detail,
and whose private reflections go with it (none unless ticked, encounter by encounter)."""

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
    QWidget,
)


class SendChoice(NamedTuple):
    supervisor: str  # fingerprint
    full_detail: bool
    reflections: tuple[str, ...]


class SendPacketDialog(QDialog):
    def __init__(
        self,
        month: str,
        supervisors: list[tuple[str, str]],
        reflections: list[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ):
        """``supervisors``: (fingerprint, name) of each supervisor contact; ``reflections``: (encounter
        id, one line about it) of each encounter of the month with a private reflection."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send {0} to your supervisor").format(month))
        self.supervisor = QComboBox()
        self.supervisor.setAccessibleName(self.tr("Supervisor"))
        for fingerprint, name in supervisors:
            self.supervisor.addItem(f"{name} — {fingerprint}", fingerprint)
        explanation = QLabel(
            self.tr(
                "The month leaves pseudonymised, as in its PDF: client codes stand in for people; no names, "
                "no locations. It is signed by you and sealed so that only the supervisor chosen here can open "
                "it. Send the file by any way you like; {month} becomes ready for supervision."
            ).format(month=month)
        )
        explanation.setWordWrap(True)
        self.full_detail = QCheckBox(self.tr("Every encounter in &full (else the priority ones, the rest in a line)"))
        self.reflections = QListWidget()
        self.reflections.setAccessibleName(self.tr("Reflections to send"))
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
        form.addRow(explanation)
        caption = QLabel(self.tr("&Supervisor"))
        caption.setBuddy(self.supervisor)
        form.addRow(caption, self.supervisor)
        form.addRow(self.full_detail)
        form.addRow(note)
        if reflections:
            label = QLabel(self.tr("&Reflections"))
            label.setBuddy(self.reflections)
            form.addRow(label, self.reflections)
        form.addRow(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def values(self) -> SendChoice:
        chosen = [
            self.reflections.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.reflections.count())
            if self.reflections.item(row).checkState() == Qt.CheckState.Checked
        ]
        return SendChoice(self.supervisor.currentData(), self.full_detail.isChecked(), tuple(chosen))
