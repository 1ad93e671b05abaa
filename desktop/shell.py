"""What a feature's helper may ask of the main window (the shell), so that features depend on this
small interface rather than on the window that uses them: its prompts, its actions registry, its
status line, a page shown instead of the list, showing itself locked and unlocked, re-reading its
list, and telling when it was minimised, asked to lock, or could not read the list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from models.log.months import Month

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStatusBar, QWidget

    from desktop.dialogs import UserDialogs
    from desktop.main_actions import MainActions


@dataclass
class OpenWindows:
    """What was open when Caselog locked, to open again after unlocking."""

    form_key: str | None = None
    form_encounter: str | None = None
    summary: Month | None = None
    review: Month | None = None


class Shell(Protocol):
    dialogs: UserDialogs
    actions_registry: MainActions
    minimised: SignalInstance
    lock_requested: SignalInstance
    read_failed: SignalInstance

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def add_page(self, page: QWidget) -> None: ...

    def show_locked(self, page: QWidget) -> OpenWindows: ...

    def show_unlocked(self, opened: OpenWindows) -> None: ...

    def refresh(self) -> None: ...
