"""What several tests share: the test passphrase and date, a valid encounter, a reader of
everything a window puts on screen, the command line run as a user runs it, a click on a
chart's bar, and a PDF's text as pdftotext reads it. (Fixtures stay in conftest.py; tests
import these from here, not from conftest.) Qt is imported only by the helpers that need it, so
tests/models stays free of it."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata

PASSPHRASE = "correct horse battery staple"
TODAY = dt.date(2026, 11, 27)


def encounter_fields(client_code="C-TEST", **overrides):
    """A valid encounter in interchange shape; override any field."""
    fields = {
        "occurred_on": "2026-10-14",
        "occurred_time": "17:40",
        "duration_minutes": 3,
        "client": client_code,
        "channel": "in_person",
        "setting": "public_place",
        "location": "Supermarket on Elm Street",
        "initiated_by": "client",
        "avoidability": "unavoidable",
        "acknowledgement": "client_first",
        "others_present": True,
        "therapy_content_raised": False,
        "what_was_said": "Client said hello by the checkout; I returned the greeting and we parted.",
        "response": "Kept it brief and friendly; will check in next session about how it felt.",
        "reflection": "Felt a pull to ask how the week had gone.",
        "categories": ["public_acknowledgement"],
        "risk": "low",
        "assessment": "crossing_benign",
        "follow_up": [{"action": "discuss_next_session", "done": False}],
        "for_supervision": False,
    }
    fields.update(overrides)
    return fields


def screen_texts(root, *, visible_only: bool = False) -> list[str]:
    """Everything ``root`` puts before a person, seen or heard: its title; each widget's text,
    placeholder, choices, cells, accessible name and description and tooltip; its actions.
    ``visible_only`` leaves out widgets not shown now (what a glance at the screen shows)."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if visible_only and not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.data(model.index(row, column)) or "") for row in range(model.rowCount())
                      for column in range(model.columnCount())]  # fmt: skip
    if not visible_only:
        for action in root.findChildren(QAction):
            texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text]


def run_caselog(*args, passphrase: str | None = PASSPHRASE, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess:
    """``caselog ARGS`` as a user runs it on a machine without a screen: a subprocess, the
    passphrase from CASELOG_PASSPHRASE (none when ``passphrase`` is None)."""
    env = {k: v for k, v in os.environ.items() if k not in ("CASELOG_PASSPHRASE", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if passphrase is not None:
        env["CASELOG_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True, text=True, env=env, stdin=stdin, timeout=120,
    )  # fmt: skip


def click_bar(qtbot, chart_view, key: str) -> None:
    """Click the middle of the bar of ``key`` in a CountsChart, as a person does with the mouse."""
    from PySide6.QtCore import QPoint, QPointF, Qt

    chart = chart_view.chart()
    series = chart.series()[0]
    index = chart_view.keys.index(key)
    value = series.barSets()[0].at(index)
    assert value > 0, f"the bar of {key} has no length to click"
    scene_point = chart.mapToPosition(QPointF(value / 2, index), series)
    point = chart_view.mapFromScene(scene_point)
    qtbot.mouseClick(chart_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def pdftotext(path, *extra) -> str:
    """A PDF's text as poppler's pdftotext reads it (what a reader could copy out of it)."""
    return subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True).stdout


# Characters that print as nothing: a soft hyphen, zero-width space, non-joiner and joiner, word
# joiner, byte-order mark, left-to-right mark, combining grapheme joiner.
INVISIBLE = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u034f")
PARTICLES = frozenset("van der den de la le von zu da di del mc mac o".split())


def as_read(text: str) -> str:
    """``text`` as a reader takes it in: without what prints as nothing, words broken at a line's
    end joined, without accents, in lowercase (written without the pseudonymiser's own code)."""
    text = re.sub("[" + "".join(INVISIBLE) + "]", "", text)
    text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "", text)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return text.replace("ø", "o").replace("Ø", "o").casefold()


def seen(output: str, name: str) -> list[str]:
    """The words of ``name`` (and the whole name run together) a reader still finds in ``output``
    whatever their case or accents, where a digit or an underscore ends a word."""
    read = as_read(output)
    words = [w for w in re.split(r"[\s\-]+", name) if len(w) > 1 and w.casefold() not in PARTICLES]
    keys = {w: as_read(re.sub(r"[\s\-]+", "", w)) for w in [*words, name]}
    return [w for w, key in keys.items() if re.search(rf"(?<![^\W\d_]){re.escape(key)}(?![^\W\d_])", read)]
