"""The suggestion vocabularies: resources/suggestions/<language>.toml, read once and compiled.

A vocabulary names, per language, the words that mark the language, the ConText modifiers
(negation, hypothetical, someone else's experience, pseudo-triggers, scope terminators) and the
concepts the rules look for (a gift, a second role, a pull worth supervision …), each with the
phrases that express it and the modifiers that cancel it.

Phrases are written for a clinician to read and extend: words as they are written, with a
little notation (documented at the top of en.toml): a space stands for any run of spaces or a
hyphen, ``*`` lets a word go on (``hug*``: hug, hugs, hugged), ``'`` is either apostrophe,
``...`` allows up to three words in between, `` ~ `` anything up to 60 characters further in
the same sentence, ``(a|b)`` offers alternatives, and ``(a|b)?`` or ``word?`` makes the next
word optional. Anything else is read as a regular expression.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from resources import read_text

LANGUAGES = ("en", "de")
STATUSES = ("negated", "hypothetical", "other")

_GAP = r"(?:[\s,;:–-]+[\w'’-]+){0,3}?[\s,;:–-]+"
_NEAR = r"\W(?:[^.!?\n]{0,60}?\W)?"  # later in the same sentence, within 60 characters


def phrase_to_regex(phrase: str) -> str:
    """The regular expression a vocabulary phrase stands for (without the word boundaries)."""
    text = phrase.strip()
    text = text.replace(" ... ", "\x00").replace(" ~ ", "\x02")
    text = re.sub(r"\(([^()]*)\)\? ", lambda m: "(?:(" + m.group(1) + ")\x01)?", text)  # (a|b)? next
    text = re.sub(r"([\w'’]+)\? ", lambda m: "(?:" + m.group(1) + "\x01)?", text)  # word? next
    text = text.replace("*", r"\w*").replace("'", "['’]")
    text = re.sub(r"\((?!\?)", "(?:", text)
    text = text.replace(" ", r"[\s-]+").replace("\x01", r"[\s-]+").replace("\x00", _GAP).replace("\x02", _NEAR)
    return text


def _word_regex(parts: list[str]) -> re.Pattern[str]:
    # Whole words: not inside a word, nor inside an elision ("don't"); a quotation mark around a
    # phrase ('the gift of time') does not glue it to anything.
    return re.compile(r"(?<!\w)(?<!\w['’])(?:" + "|".join(parts) + r")(?!\w)(?!['’]\w)", re.IGNORECASE)


_PLAIN_WORD = re.compile(r"^[\w'’-]+$")
WORDS = re.compile(r"\w[\w'’]*(?:-\w[\w'’]*)*")


def _top_level(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` where it is not inside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def first_words(phrase: str) -> set[str] | None:
    """The plain words (lower case) a match of ``phrase`` can begin with, or None when that is not
    known (a wildcard, a regular expression, an optional start that runs on)."""
    tokens = _top_level(phrase.strip(), " ")
    words: set[str] = set()
    for index, token in enumerate(tokens):
        optional = token.endswith("?") and not token.endswith("\\?")
        body = token[:-1] if optional else token
        if body.startswith("(") and body.endswith(")"):
            for alternative in _top_level(body[1:-1], "|"):
                found = first_words(alternative) if alternative.strip() else None
                if found is None:
                    return None
                words |= found
        elif _PLAIN_WORD.match(body):
            words.add(body.lower().replace("’", "'"))
        elif body.endswith("*") and _PLAIN_WORD.match(body[:-1]) and len(body) > 2:
            words.add(body.lower().replace("’", "'"))  # a prefix: "hug*"
        else:
            return None
        if not optional:
            return words
        if index == len(tokens) - 1:
            return None
    return None


class Phrases:
    """A list of phrases compiled for speed. Python tries each alternative of a pattern at every
    position of a text; here each word of the text looks up the few phrases that can begin with
    it, and only phrases that begin with a wildcard or a pattern are scanned for everywhere."""

    def __init__(self, phrases: list[str]):
        self.by_first: dict[str, list[str]] = {}
        loose = []
        for phrase in phrases:
            words = first_words(phrase)
            if words is None:
                loose.append(phrase)
                continue
            for word in words:
                self.by_first.setdefault(word, []).append(phrase)
        self._compiled: dict[str, re.Pattern[str]] = {}
        self.loose = _word_regex(_longest_first(loose)) if loose else None

    def _for(self, word: str) -> re.Pattern[str] | None:
        pattern = self._compiled.get(word)
        if pattern is None:
            phrases = self.by_first.get(word)
            if phrases is None:
                return None
            pattern = self._compiled[word] = _word_regex(_longest_first(phrases))
        return pattern

    def pattern_for(self, key: str) -> re.Pattern[str] | None:
        """The phrases that can begin with ``key`` (a lower-case word, or a prefix ending in "*")."""
        return self._for(key) if key in self.by_first else None

    def spans(self, text: str, words: list[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
        """Where the phrases occur in ``text``, left to right, not overlapping; ``words`` are the
        text's words (start, lower-case form) when the caller has them."""
        found = []
        end = -1
        if words is None:
            words = word_keys(text)
        lookup = WordLookup.of(self.by_first)
        for start, word in words:
            if start < end:
                continue
            for key in lookup.keys(word):
                match = self._for(key).match(text, start)
                if match:
                    found.append(match.span())
                    end = match.end()
                    break
        if self.loose is not None:
            found.extend(m.span() for m in self.loose.finditer(text))
            found.sort()
        return found


def word_keys(text: str) -> list[tuple[int, str]]:
    """Each word of ``text``: where it starts, and its lower-case form."""
    return [(m.start(), m.group().lower().replace("’", "'")) for m in WORDS.finditer(text)]


class WordLookup:
    """Finds, for a word, the keys of a mapping that it can begin: the word itself, a hyphenated
    word's first part ("self-harm" for "self harm"), and every prefix key ("hug*" for "hugged")."""

    _cache: dict[int, WordLookup] = {}

    def __init__(self, keys):
        self.exact = frozenset(k for k in keys if not k.endswith("*"))
        prefixes = [k[:-1] for k in keys if k.endswith("*")]
        self.prefixes = frozenset(prefixes)
        self.lengths = sorted({len(k) for k in prefixes})
        self._memo: dict[str, list[str]] = {}  # words recur: each is looked up once

    @classmethod
    def of(cls, mapping) -> WordLookup:
        lookup = cls._cache.get(id(mapping))
        if lookup is None:
            lookup = cls._cache[id(mapping)] = cls(mapping.keys())
        return lookup

    def keys(self, word: str) -> list[str]:
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = self._keys(word)
        return found

    def _keys(self, word: str) -> list[str]:
        found = []
        if word in self.exact:
            found.append(word)
        elif "-" in word:
            head = word.split("-", 1)[0]
            if head in self.exact:
                found.append(head)
        for length in self.lengths:
            if length > len(word):
                break
            if word[:length] in self.prefixes:
                found.append(word[:length] + "*")
        return found


def _longest_first(phrases: list[str]) -> list[str]:
    # Longer phrases first, so that "did not accept" wins over "not".
    return sorted((phrase_to_regex(p) for p in phrases), key=len, reverse=True)


def compile_phrases(phrases: list[str]) -> Phrases | None:
    """``phrases`` as whole words, case-insensitively; None for an empty list."""
    return Phrases(phrases) if phrases else None


@dataclass(frozen=True)
class Concept:
    """Something the rules look for in the text, e.g. ``gift``: its phrases, and which ConText
    statuses cancel a mention (a negated gift is still a gift; a negated risk is no risk)."""

    name: str
    pattern: Phrases
    exclude: Phrases | None  # phrases that look like the concept and are not (idiom)
    cancelled_by: frozenset[str]
    # Another concept this one counts as (a facet with its own cancelling statuses: violence done
    # by a relative is the client's danger, not someone else's experience), or None.
    raises: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    language: str
    markers: frozenset[str]
    negated_forward: Phrases | None
    negated_backward: Phrases | None
    hypothetical_forward: Phrases | None
    other_forward: Phrases | None
    pseudo: Phrases | None
    terminate: Phrases | None
    window: int
    concepts: dict[str, Concept]
    # For each word that can begin a phrase of some concept: those concepts, in vocabulary order.
    index: dict[str, tuple[Concept, ...]]


def _compile(language: str, data: dict) -> Vocabulary:
    modifiers = data.get("modifiers", {})
    concepts = {}
    for name, entry in data.get("concepts", {}).items():
        pattern = compile_phrases(entry.get("phrases", []))
        if pattern is None:
            continue
        cancelled = frozenset(entry.get("cancelled_by", []))
        unknown = cancelled - set(STATUSES)
        if unknown:
            raise ValueError(f"{language}.toml: concepts.{name}.cancelled_by: unknown {sorted(unknown)}")
        concepts[name] = Concept(name, pattern, compile_phrases(entry.get("not", [])), cancelled, entry.get("raises"))
    for name, concept in concepts.items():
        if concept.raises is not None and concept.raises not in concepts:
            raise ValueError(f"{language}.toml: concepts.{name}.raises: no concept {concept.raises!r}")
    return Vocabulary(
        language=language,
        markers=frozenset(w.lower() for w in data.get("markers", [])),
        negated_forward=compile_phrases(modifiers.get("negated_forward", [])),
        negated_backward=compile_phrases(modifiers.get("negated_backward", [])),
        hypothetical_forward=compile_phrases(modifiers.get("hypothetical_forward", [])),
        other_forward=compile_phrases(modifiers.get("other_forward", [])),
        pseudo=compile_phrases(modifiers.get("pseudo", [])),
        terminate=compile_phrases(modifiers.get("terminate", [])),
        window=int(modifiers.get("window", 6)),
        concepts=concepts,
        index=_index(concepts),
    )


def _index(concepts: dict[str, Concept]) -> dict[str, tuple[Concept, ...]]:
    index: dict[str, list[Concept]] = {}
    for concept in concepts.values():
        for word in concept.pattern.by_first:
            index.setdefault(word, []).append(concept)
    return {word: tuple(found) for word, found in index.items()}


@cache
def vocabulary(language: str) -> Vocabulary:
    """The compiled vocabulary of ``language`` ("en" or "de"), read on first use."""
    if language not in LANGUAGES:
        raise ValueError(f"no suggestion vocabulary for {language!r}")
    return _compile(language, tomllib.loads(read_text(f"suggestions/{language}.toml")))


def prepare() -> None:
    """Read every vocabulary now rather than on first use (the desktop calls this off the GUI
    thread). The phrases that begin with a word are compiled when that word first occurs: a few
    at a time, too few to notice."""
    for language in LANGUAGES:
        vocabulary(language)


def prepared() -> bool:
    """Whether every vocabulary has been read (``prepare`` or a first suggestion did it)."""
    return vocabulary.cache_info().currsize == len(LANGUAGES)
