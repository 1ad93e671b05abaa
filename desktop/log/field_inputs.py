"""The encounter form's inputs, one per kind of field (models/kinds.py, models/log/field_kinds.py):
each builds its widget and reads and writes the field's value in the interchange shape.

A new kind of field gets its input here and a line in ``INPUTS``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from desktop.form_widgets import DateField, EnumCombo, PlainText
from desktop.labels import label
from models import clock
from models.kinds import Choice, ChoiceSet, Day, Flag, Kind, Minutes, Text, TimeOfDay
from models.log.clients import Client
from models.log.enums import FollowUpAction
from models.log.field_kinds import CategorySlugs, ClientCode, FollowUps
from models.log.fields import ENCOUNTER
from models.log.taxonomy import Category, ordered_categories
from models.records import Field


def tr(text: str) -> str:
    # pyside6-lupdate files a bare tr() under the empty context, so it is looked up there.
    return QCoreApplication.translate("", text)


class FieldInput:
    """One field of the form: ``widget`` goes in the form's row, ``focus`` takes the keyboard and
    carries the field's accessible name; ``value`` and ``set_value`` speak the interchange shape."""

    def __init__(self, field: Field, widget: QWidget, focus: QWidget | None = None):
        self.field, self.widget = field, widget
        self.focus = focus or widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class DayInput(FieldInput):
    def __init__(self, field: Field):
        super().__init__(field, DateField())

    def value(self) -> str:
        return self.widget.date().toPython().isoformat()

    def set_value(self, value: Any) -> None:
        try:
            day = dt.date.fromisoformat(value) if value else clock.today()
        except (TypeError, ValueError):
            day = clock.today()
        self.widget.setDate(QDate(day.year, day.month, day.day))


class LineInput(FieldInput):
    """One line of text (a place); blank reads as null."""

    def __init__(self, field: Field):
        super().__init__(field, QLineEdit())
        self.widget.setPlaceholderText(ENCOUNTER.shown(field.placeholder))

    def value(self) -> str | None:
        text = self.widget.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.widget.setText(value or "")


class TimeInput(LineInput):
    """A time of day as typed (the validator says when it is not one); blank reads as null."""

    def value(self) -> str | None:
        return self.widget.text().strip() or None


class TextInput(FieldInput):
    """Several lines of text; blank reads as null where the field has no default ("" otherwise)."""

    def __init__(self, field: Field):
        super().__init__(field, PlainText(field.kind.lines))
        self.widget.setPlaceholderText(ENCOUNTER.shown(field.placeholder))

    def value(self) -> str | None:
        text = self.widget.value()
        return text if text.strip() or self.field.default is not None or self.field.required else None

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText(value or "")


class MinutesInput(FieldInput):
    def __init__(self, field: Field):
        spin = QSpinBox()
        spin.setRange(-1, 1440)
        spin.setSpecialValueText(tr("not recorded"))
        spin.setSuffix(tr(" min"))
        super().__init__(field, spin)

    def value(self) -> int | None:
        return self.widget.value() if self.widget.value() >= 0 else None

    def set_value(self, value: Any) -> None:
        self.widget.setValue(value if isinstance(value, int) and not isinstance(value, bool) else -1)


class ChoiceInput(FieldInput):
    """A choice among a vocabulary's members by label (none until chosen, unless the field has an
    initial value). ``offered`` leaves members out (a setting that does not apply is not chosen)."""

    def __init__(self, field: Field, offered: Callable[[Any], bool] = lambda member: True):
        members = [member for member in field.kind.vocabulary if offered(member)]
        super().__init__(field, EnumCombo(field.kind.vocabulary, members, ENCOUNTER.shown(field.placeholder)))

    def value(self) -> str | None:
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        self.widget.set_value(value)


class FlagInput(FieldInput):
    def __init__(self, field: Field):
        super().__init__(field, QCheckBox(ENCOUNTER.shown(field.label)))

    def value(self) -> bool:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class ClientInput(FieldInput):
    """The client by code (and name, if given), with a button beside it for a new client."""

    def __init__(self, field: Field):
        self.combo = QComboBox()
        self.combo.setPlaceholderText(ENCOUNTER.shown(field.placeholder))
        self.new_client_button = QPushButton(tr("New client…"))
        self.new_client_button.setAccessibleName(tr("New client"))
        self.new_client_button.setAccessibleDescription(tr("Add a client with a new random code."))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_client_button)
        super().__init__(field, row, self.combo)
        self.fill()

    def fill(self, select: str | None = None) -> None:
        """Every client, by code; ``select`` (or the one chosen before) stays chosen."""
        current = select or self.combo.currentData()
        self.combo.clear()
        for client in Client.select().order_by(Client.code):
            self.combo.addItem(f"{client.code} — {client.name}" if client.name else client.code, client.code)
        self.combo.setCurrentIndex(self.combo.findData(current) if current else -1)

    def value(self) -> str | None:
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        self.fill(value)


class CategoriesInput(FieldInput):
    """A box for each category shown in pickers, two to a row; a hidden or retired category still
    on the encounter gets its box when the encounter is loaded."""

    def __init__(self, field: Field):
        super().__init__(field, QWidget())
        self.grid = QGridLayout(self.widget)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.labels: dict[str, str] = {}
        for category in ordered_categories(include_hidden=False):
            self.add(category)

    def add(self, category: Category) -> None:
        checkbox = QCheckBox(category.shown_label)
        checkbox.setAccessibleName(tr("Category: {0}").format(category.shown_label))
        checkbox.setToolTip(category.shown_description)
        checkbox.setAccessibleDescription(category.shown_description)
        position = len(self.boxes)
        self.boxes[category.slug] = checkbox
        self.labels[category.slug] = category.shown_label
        self.grid.addWidget(checkbox, position // 2, position % 2)

    def value(self) -> list[str]:
        return [slug for slug, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = value or []
        for slug in chosen:
            if slug not in self.boxes and (category := Category.get_or_none(Category.slug == slug)) is not None:
                self.add(category)
        for slug, checkbox in self.boxes.items():
            checkbox.setChecked(slug in chosen)


class ChoiceSetInput(FieldInput):
    """A box for each member of the field's vocabulary, two to a row (the concerns)."""

    def __init__(self, field: Field):
        super().__init__(field, QWidget())
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for position, member in enumerate(field.kind.vocabulary):
            checkbox = QCheckBox(label(member))
            checkbox.setAccessibleName(tr("{0}: {1}").format(ENCOUNTER.heading(field.name), label(member)))
            checkbox.setAccessibleDescription(ENCOUNTER.shown(field.description))
            grid.addWidget(checkbox, position // 2, position % 2)
            self.boxes[member.value] = checkbox
        self.focus = next(iter(self.boxes.values()))

    def value(self) -> list[str]:
        return [slug for slug, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for slug, checkbox in self.boxes.items():
            checkbox.setChecked(slug in chosen)


class FollowUpsInput(FieldInput):
    """For each follow-up action: wanted, and done."""

    def __init__(self, field: Field):
        super().__init__(field, QWidget())
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, tuple[QCheckBox, QCheckBox]] = {}
        for row, action in enumerate(FollowUpAction):
            wanted = QCheckBox(label(action))
            done = QCheckBox(tr("done"))
            done.setAccessibleName(tr("{0} done").format(label(action)))
            wanted.setAccessibleDescription(tr("A follow-up this encounter needs."))
            done.setAccessibleDescription(tr("Tick when the follow-up is done."))
            grid.addWidget(wanted, row, 0)
            grid.addWidget(done, row, 1)
            self.boxes[action.value] = (wanted, done)

    def value(self) -> list[dict[str, Any]]:
        return [
            {"action": action, "done": done.isChecked()}
            for action, (wanted, done) in self.boxes.items()
            if wanted.isChecked()
        ]

    def set_value(self, value: Any) -> None:
        done_by_action = {item.get("action"): item.get("done") for item in value or []}
        for action, (wanted, done) in self.boxes.items():
            wanted.setChecked(action in done_by_action)
            done.setChecked(bool(done_by_action.get(action)))


def text_input(field: Field) -> FieldInput:
    return LineInput(field) if field.kind.lines == 1 else TextInput(field)


INPUTS: dict[type[Kind], Callable[[Field], FieldInput]] = {
    Day: DayInput,
    TimeOfDay: TimeInput,
    Minutes: MinutesInput,
    Choice: ChoiceInput,
    ChoiceSet: ChoiceSetInput,
    Flag: FlagInput,
    Text: text_input,
    ClientCode: ClientInput,
    CategorySlugs: CategoriesInput,
    FollowUps: FollowUpsInput,
}


def make_input(field: Field, **options: Any) -> FieldInput:
    """The input for ``field``, by its kind."""
    return INPUTS[type(field.kind)](field, **options)
