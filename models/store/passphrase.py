"""Passphrases: the one form a passphrase is used in (NFC), what a new one must be, and how strong
it looks (a hint for the person choosing it, not a gate beyond the minimum)."""

from __future__ import annotations

import math
import re
import string
import unicodedata

from models.i18n import translate

MINIMUM_LENGTH = 10
# SQLCipher takes a key of this form as the raw key itself, skipping key stretching: never a passphrase.
RAW_KEY_FORM = re.compile(r"^\s*[xX]'[0-9A-Fa-f]*'\s*$")


def normalised(passphrase: str) -> str:
    """The passphrase as Caselog keys a database with it: Unicode NFC, so that "é" typed as one
    character or as "e" and an accent opens the same database."""
    return unicodedata.normalize("NFC", passphrase)


def candidate_forms(passphrase: str) -> list[str]:
    """The forms to try when opening: NFC first; then the text as typed and its NFD form, which
    open databases keyed before Caselog normalised passphrases."""
    forms = []
    for form in (normalised(passphrase), passphrase, unicodedata.normalize("NFD", passphrase)):
        if form and form not in forms:
            forms.append(form)
    return forms


def passphrase_problem(passphrase: str, repeated: str | None = None) -> str | None:
    """Why a new passphrase cannot be used ("too_short", "blank", "raw_key" or "differs"), or None."""
    passphrase = normalised(passphrase)
    if not passphrase.strip():
        return "blank"
    if len(passphrase) < MINIMUM_LENGTH:
        return "too_short"
    if RAW_KEY_FORM.match(passphrase):
        return "raw_key"
    if repeated is not None and passphrase != normalised(repeated):
        return "differs"
    return None


def describe_problem(problem: str) -> str:
    """A sentence for a ``passphrase_problem`` code."""
    return {
        "blank": translate("Models", "The passphrase is empty or only spaces."),
        "too_short": translate("Models", "Use at least {count} characters.").format(count=MINIMUM_LENGTH),
        "raw_key": translate(
            "Models",
            "A passphrase of the form x'…' would be taken as a raw key, without key stretching; choose another.",
        ),
        "differs": translate("Models", "The two passphrases differ."),
    }[problem]


class WeakPassphrase(ValueError):
    """A new passphrase that Caselog will not key a database with; ``str(exc)`` says why."""

    def __init__(self, problem: str):
        self.problem = problem
        super().__init__(describe_problem(problem))


def require_new_passphrase(passphrase: str) -> str:
    """The NFC form of a new passphrase, or ``WeakPassphrase``."""
    problem = passphrase_problem(passphrase)
    if problem:
        raise WeakPassphrase(problem)
    return normalised(passphrase)


def strength(passphrase: str) -> tuple[int, str]:
    """A 0–4 score and a word for it, from a rough estimate of the bits of guessing needed."""
    if not passphrase:
        return 0, "empty"
    pool = 0
    pool += 26 if any(c in string.ascii_lowercase for c in passphrase) else 0
    pool += 26 if any(c in string.ascii_uppercase for c in passphrase) else 0
    pool += 10 if any(c in string.digits for c in passphrase) else 0
    pool += 33 if any(c in string.punctuation or c == " " for c in passphrase) else 0
    pool += 100 if any(ord(c) > 127 for c in passphrase) else 0
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    words = [
        (28, translate("Models", "very weak")),
        (40, translate("Models", "weak")),
        (60, translate("Models", "fair")),
        (80, translate("Models", "strong")),
    ]
    for score, (threshold, word) in enumerate(words):
        if bits < threshold:
            return score, word
    return 4, translate("Models", "very strong")
