"""Desktop fixtures: scripted answers for prompts, and a window on a fresh database."""

import pytest

from desktop.dialogs import UserDialogs


class ScriptedDialogs(UserDialogs):
    """Answers prompts from a list instead of showing them, and records what was asked."""

    def __init__(self, answers=()):
        self.answers = list(answers)
        self.asked: list[str] = []
        self.warnings: list[str] = []  # the text of each warning, in order

    def confirm(self, parent, title, text, *, destructive=False):
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else True

    def inform(self, parent, title, text):
        self.asked.append(title)

    def warn(self, parent, title, text):
        self.asked.append(title)
        self.warnings.append(text)

    def ask_text(self, parent, title, text):
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else None

    def ask_secret(self, parent, title, text):
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else None

    def ask(self, dialog):
        """The next answer; a callable answer is handed the dialog, to fill it in as a person does,
        and its result is the answer (e.g. ``dialog.values()`` once it is accepted)."""
        from desktop.interchange.identifiers_dialog import IdentifiersDialog

        self.asked.append(dialog.windowTitle())
        if isinstance(dialog, IdentifiersDialog):
            # The list before a pseudonymised export: a scripted dict (or None, to cancel) when one
            # is next, else every finding is let pass, so tests about other steps need not answer it.
            self.findings = list(dialog.model.rows)
            if not (self.answers and (self.answers[0] is None or isinstance(self.answers[0], dict))):
                return {}
        answer = self.answers.pop(0) if self.answers else None
        return answer(dialog) if callable(answer) else answer

    def open_externally(self, path):
        self.asked.append(f"open {path}")

    def save_file(self, parent, title, suggested, filters):
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else None

    def open_file(self, parent, title, filters):
        self.asked.append(title)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def window(qtbot, store, dialogs):
    from desktop.main_window import MainWindow

    main = MainWindow(dialogs)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main
