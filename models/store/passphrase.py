"""How strong a new passphrase looks: a hint for the person choosing it, not a gate beyond the minimum."""

from __future__ import annotations

import math
import string

from models.i18n import translate

MINIMUM_LENGTH = 10


def passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase cannot be used ("too_short" or "differs"), or None."""
    if len(passphrase) < MINIMUM_LENGTH:
        return "too_short"
    if passphrase != repeated:
        return "differs"
    return None


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
