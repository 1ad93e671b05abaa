"""Small input widgets of the encounter form, each reading and writing interchange values."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.labels import label
from desktop.settings.theme import error_style


class EnumCombo(QComboBox):
    """A choice among an enum's members, shown by label, valued by slug (None until chosen)."""

    def __init__(self, kind: type[StrEnum], members=None, placeholder: str = "", parent=None):
        super().__init__(parent)
        for member in members or list(kind):
            self.addItem(label(member), member.value)
        self.setPlaceholderText(placeholder)
        self.setCurrentIndex(-1)

    def value(self) -> str | None:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: str | None) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else -1)


class DateField(QDateEdit):
    """A date in ``YYYY-MM-DD`` with a calendar popup, where Tab leaves the field instead of
    stepping through year, month and day (type the digits; arrows change a part)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's signature
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A date that may be "not recorded" (the minimum, shown as the special value's text): a digit
        # typed there starts from today with the year chosen, so "2026-11-04" can be typed; the
        # special value's text would otherwise swallow the digits.
        if self.specialValueText() and self.date() == self.minimumDate() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.YearSection)
        super().keyPressEvent(event)


class PlainText(QPlainTextEdit):
    """A multi-line text field where Tab moves focus (as in every other field) instead of typing a tab."""

    def __init__(self, minimum_lines: int = 3, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * minimum_lines + 12)
        self.setMaximumHeight(line * (minimum_lines * 2 + 2) + 12)

    def value(self) -> str:
        return self.toPlainText()


class FieldError(QLabel):
    """The message beside a field when its value is refused; hidden otherwise."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.setStyleSheet(error_style())
        self.hide()

    def show_problem(self, text: str) -> None:
        # Validator messages follow a field name ("is required"); beside the field they stand alone.
        text = self.tr("Required") if text == "is required" else text[:1].upper() + text[1:]
        self.setText("⚠ " + text)
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()


class Labelled(QWidget):
    """An input with its error message underneath, as one row of a form layout."""

    def __init__(self, field: QWidget, parent=None):
        super().__init__(parent)
        self.field = field
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)
