"""An encounter's narrative read once: its language, and the concepts each field mentions."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .context import Mention, find
from .vocabulary import LANGUAGES, vocabulary

# The narrative fields the rules read, in the order their words are quoted. The location is left
# out (it names a place, not what happened), and so are the anticipated benefit and consequences:
# they are what might happen, hypothetical by nature.
NARRATIVE = (
    "what_was_said",
    "response",
    "reflection",
    "rationale",
    "consultation",
)
_WORD = re.compile(r"[^\W\d_]+")


def text_of(fields: Mapping[str, Any], name: str) -> str:
    value = fields.get(name)
    return value if isinstance(value, str) else ""


def marker_counts(texts: list[str]) -> dict[str, int]:
    """How many of each vocabulary's common words the texts use."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for text in texts:
        for word in _WORD.findall(text.lower()):
            for language in LANGUAGES:
                if word in vocabulary(language).markers:
                    counts[language] += 1
    return counts


def detect_language(texts: list[str], fallback: str = "en") -> str:
    """The vocabulary language whose common words the texts use most (``fallback`` on a tie)."""
    counts = marker_counts(texts)
    best = max(counts.values())
    if best == 0 or counts.get(fallback) == best:
        return fallback
    return max(counts, key=counts.__getitem__)


# A field with fewer of its language's common words than this is read in the encounter's language.
FIELD_EVIDENCE = 3


class Reading:
    """The concepts mentioned in each narrative field of one encounter, found on first ask."""

    def __init__(self, fields: Mapping[str, Any], language: str | None = None, default_language: str = "en"):
        self.fields = fields
        self.texts = {name: text_of(fields, name) for name in NARRATIVE}
        fallback = default_language if default_language in LANGUAGES else "en"
        self.language = language or detect_language([t for t in self.texts.values() if t], fallback)
        self.vocab = vocabulary(self.language)
        self._found: dict[str, dict[str, list[Mention]]] = {}

    def _field(self, name: str) -> dict[str, list[Mention]]:
        if name not in self._found:
            text = self.texts.get(name, "")
            vocab = self.vocab
            # A field plainly written in the other language (an English stock phrase in a German note)
            # is read with that language's vocabulary.
            counts = marker_counts([text])
            language = max(counts, key=counts.__getitem__)
            own = counts[self.language]
            if language != self.language and counts[language] >= FIELD_EVIDENCE and counts[language] > own:
                vocab = vocabulary(language)
            found = find(text, list(vocab.concepts.values()), vocab)
            for concept in vocab.concepts.values():
                if concept.raises is not None and concept.name in found:
                    found.setdefault(concept.raises, []).extend(found[concept.name])
            self._found[name] = found
        return self._found[name]

    def mentions(self, concept: str, fields: tuple[str, ...] = NARRATIVE) -> list[Mention]:
        """Mentions of ``concept`` in ``fields`` (ConText-cancelled ones left out), field by field."""
        out: list[Mention] = []
        for name in fields:
            if self.texts.get(name):
                out.extend(self._field(name).get(concept, ()))
        return out

    def first(self, concept: str, fields: tuple[str, ...] = NARRATIVE) -> Mention | None:
        found = self.mentions(concept, fields)
        return found[0] if found else None
