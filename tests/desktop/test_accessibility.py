"""Every input of the main window, the form, the summary and review mode has a name a screen
reader can say (its accessible name, or the text it shows: buttons, check boxes) and a
description of what it is for."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.supervision.review_window import ReviewWindow
from desktop.supervision.summary_window import SummaryWindow
from models.log.encounters import save_encounter
from models.log.months import Month
from tests.helpers import encounter_fields

INPUTS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces: a combo box's list and line edit, a table's headers and corner button,
    a toolbar's extension arrow. They are read out as part of their control."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):  # e.g. the clear button of a search field
            return True
        parent = parent.parentWidget()
    return type(widget).__name__ == "QToolBarExtension"


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.parent() is None:
            continue
        if part_of_another_control(widget):
            continue
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def undescribed(root: QWidget) -> list[str]:
    return [
        widget.accessibleName() or type(widget).__name__
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INPUTS) and widget.parent() is not None and not part_of_another_control(widget)
        and not widget.accessibleDescription().strip()
    ]  # fmt: skip


def test_main_window_and_form(qtbot, window, client):
    save_encounter(encounter_fields())
    window.refresh()
    assert unnamed(window) == [] and undescribed(window) == []
    window.new_action.trigger()
    assert unnamed(window.form) == [] and undescribed(window.form) == []


def test_summary_and_review_mode(qtbot, client, dialogs):
    save_encounter(encounter_fields(occurred_on="2026-10-14"))
    summary = SummaryWindow(Month(2026, 10), dialogs)
    qtbot.addWidget(summary)
    assert unnamed(summary) == [] and undescribed(summary) == []
    review = ReviewWindow(Month(2026, 10), dialogs)
    qtbot.addWidget(review)
    assert unnamed(review) == [] and undescribed(review) == []
