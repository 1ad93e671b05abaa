"""Sentences from models/ in the user's language, while models/ stays free of Qt.

Every sentence a person may read goes through ``translate(context, text)``: it returns ``text``
unchanged (English, as the command line and the tests use it) until the desktop installs Qt's
translator with ``set_translator``. pyside6-lupdate reads these calls as it reads
``QCoreApplication.translate``, so the sentences land in the catalogue with the desktop's own.
Templates keep their ``{name}`` fields, and are translated before they are filled in.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the user's language, or as it is when there is no translation."""
    return _translator(context, text) if _translator is not None else text


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Install (or, with None, remove) the function that translates; the desktop passes
    ``QCoreApplication.translate``."""
    global _translator
    _translator = translator


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for the catalogue under ``context`` without translating it yet: for
    sentences defined when a module loads, which the desktop translates when it shows them."""
    return text
