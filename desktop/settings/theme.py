"""Light and dark: follow the system unless the therapist chose one.

Asking Qt for a colour scheme only works where the platform theme supports it, so a chosen
theme also sets an explicit Fusion palette; "system" puts back the palette Caselog started with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
_started_with: QPalette | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d31", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#26282c",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#34363b",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#34363b",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#9a9ca3",
        QPalette.ColorRole.Link: "#7fb2ff",
    }  # fmt: skip
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7c82"))
    return palette


def apply_theme(theme: str) -> None:
    """Apply "system", "light" or "dark" to the whole application."""
    global _started_with
    app = QApplication.instance()
    if _started_with is None:
        _started_with = QPalette(app.palette())
    app.setStyle("Fusion")
    app.styleHints().setColorScheme(SCHEMES.get(theme, Qt.ColorScheme.Unknown))
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(_started_with)


def is_dark() -> bool:
    app = QApplication.instance()
    return app is not None and app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_style() -> str:
    """The style sheet of a problem message, readable on the light and the dark palette."""
    return "color: #ff8a80;" if is_dark() else "color: #b3261e;"


def banner_style() -> str:
    """The style sheet of a standing notice (review mode's banner), readable on either palette."""
    if is_dark():
        return "background: #4a3f12; color: #fff4ce; padding: 8px; border: 1px solid #d4b106;"
    return "background: #fff4ce; color: #3d2e00; padding: 8px; border: 1px solid #d4b106;"


def risk_colours() -> dict[str, QColor]:
    """Risk text colours (always beside a mark and a word: never colour alone)."""
    if is_dark():
        return {"low": QColor("#81c784"), "moderate": QColor("#ffb74d"), "high": QColor("#ff8a80")}
    return {"low": QColor("#2e7d32"), "moderate": QColor("#b26a00"), "high": QColor("#b3261e")}
