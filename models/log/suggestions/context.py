"""Finding concepts in a therapist's text, with NegEx/ConText's idea of their context.

ConText (Harkema et al., 2009; after Chapman's NegEx) marks a mention as negated ("no thoughts
of self-harm"), hypothetical ("if he ever won the lottery he would buy me a car") or someone
else's experience ("her mother took an overdose") when a trigger phrase stands within a few
words before it (or, for some negations, after it: "Suizidgedanken verneint"), in the same
sentence, with no terminator (but, aber, however …) in between. Pseudo-triggers ("not only",
"asked whether") look like triggers and are not. Each concept says which of these statuses
cancel it: a gift that was not accepted is still a gift to talk about; a risk denied is no risk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import WORDS, Concept, Phrases, Vocabulary, WordLookup, word_keys

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+|\s+[–—-]\s+")
# Inside a sentence, a semicolon or colon ends the reach of a modifier ("no risk to herself; she
# has taken pills"), as a terminator word does, though a phrase may run across it.
_CLAUSE_END = re.compile(r"[;:]")
QUOTE_MIN_WORDS = 6
QUOTE_MAX_CHARS = 90


@dataclass(frozen=True)
class Mention:
    """A concept found in the text: the words to quote and its ConText statuses."""

    concept: str
    quote: str
    statuses: frozenset[str]


def _sentences(text: str):
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield text[start : match.start()]
        start = match.end()
    yield text[start:]


def _spans(phrases: Phrases | None, sentence: str, words=None) -> list[tuple[int, int]]:
    return phrases.spans(sentence, words) if phrases is not None else []


class _Sentence:
    """One sentence's words and the modifier phrases found in it."""

    def __init__(self, text: str, vocab: Vocabulary, words: list[tuple[int, str]]):
        self.text = text
        self.vocab = vocab
        self.words = words
        self.word_starts = [start for start, _ in words]
        self._modifiers: dict[str, list[tuple[int, int]]] | None = None

    def word_index(self, char: int) -> int:
        """The index of the word at or after character ``char``."""
        lo, hi = 0, len(self.word_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.word_starts[mid] < char:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def modifiers(self) -> dict[str, list[tuple[int, int]]]:
        """Modifier spans as word ranges, pseudo-triggers removed."""
        if self._modifiers is None:
            v = self.vocab
            pseudo = _spans(v.pseudo, self.text, self.words)

            def words(pattern):
                out = []
                for s, e in _spans(pattern, self.text, self.words):
                    if any(ps <= s < pe or ps < e <= pe for ps, pe in pseudo):
                        continue
                    out.append((self.word_index(s), self.word_index(e)))
                return out

            self._modifiers = {
                "negated_forward": words(v.negated_forward),
                "negated_backward": words(v.negated_backward),
                "hypothetical": words(v.hypothetical_forward),
                "other": words(v.other_forward),
                "terminate": sorted(
                    [s for s, _ in words(v.terminate)]
                    + [self.word_index(m.start()) for m in _CLAUSE_END.finditer(self.text)]
                ),
            }
        return self._modifiers

    def statuses(self, start: int, end: int) -> frozenset[str]:
        """ConText statuses of the words from character ``start`` to ``end``."""
        mods = self.modifiers()
        first, last = self.word_index(start), self.word_index(end)  # last: the word after the mention
        window = self.vocab.window
        stops = mods["terminate"]

        def governs_forward(spans, reach):
            return any(
                me <= first and first - me <= reach and not any(me <= t < first for t in stops) for _, me in spans
            )

        def governs_backward(spans, reach):
            return any(ms >= last and ms - last <= reach and not any(last <= t < ms for t in stops) for ms, _ in spans)

        found = set()
        if governs_forward(mods["negated_forward"], window) or governs_backward(mods["negated_backward"], 3):
            found.add("negated")
        if governs_forward(mods["hypothetical"], window + 2):
            found.add("hypothetical")
        if governs_forward(mods["other"], 2):
            found.add("other")
        return frozenset(found)

    def quote(self, start: int, end: int) -> str:
        """The mention, widened to a few words of its sentence so that it reads as a phrase."""
        words = list(WORDS.finditer(self.text))
        first = self.word_index(start)
        last = max(first, self.word_index(end) - 1)
        # Widen to the right first: what follows a verb ("brought me a …") says what it was.
        while last - first + 1 < QUOTE_MIN_WORDS and (first > 0 or last < len(words) - 1):
            if last < len(words) - 1:
                last += 1
            elif first > 0:
                first -= 1
        if not words:
            return self.text[start:end].strip()
        s, e = words[first].start(), words[last].end()
        s, e = min(s, start), max(e, end)
        text = " ".join(self.text[s:e].split())
        return text if len(text) <= QUOTE_MAX_CHARS else text[: QUOTE_MAX_CHARS - 1].rstrip() + "…"


def _concept_spans(
    sentence: str, words: list[tuple[int, str]], concepts: list[Concept], vocab: Vocabulary
) -> dict[str, list[tuple[int, int]]]:
    """Where each concept occurs in the sentence: each word looks up, once for all concepts, the
    phrases that can begin with it; phrases that begin in other ways are scanned for."""
    wanted = {c.name for c in concepts}
    found: dict[str, list[tuple[int, int]]] = {}
    ends: dict[str, int] = {}
    lookup = WordLookup.of(vocab.index)
    for start, word in words:
        for key in lookup.keys(word):
            for concept in vocab.index[key]:
                name = concept.name
                if name not in wanted or start < ends.get(name, -1):
                    continue
                match = concept.pattern.pattern_for(key).match(sentence, start)
                if match:
                    found.setdefault(name, []).append(match.span())
                    ends[name] = match.end()
    for concept in concepts:
        if concept.pattern.loose is not None:
            extra = [m.span() for m in concept.pattern.loose.finditer(sentence)]
            if extra:
                found[concept.name] = sorted(found.get(concept.name, []) + extra)
    return found


def find(text: str, concepts: list[Concept], vocab: Vocabulary) -> dict[str, list[Mention]]:
    """Every mention of ``concepts`` in ``text`` with its ConText statuses, by concept name.
    Mentions cancelled by their status are left out."""
    found: dict[str, list[Mention]] = {}
    if not text:
        return found
    for sentence_text in _sentences(text):
        words = word_keys(sentence_text)
        spans = _concept_spans(sentence_text, words, concepts, vocab)
        if not spans:
            continue
        sentence = _Sentence(sentence_text, vocab, words)
        for concept in concepts:
            for start, end in spans.get(concept.name, ()):
                if concept.exclude is not None and any(
                    s <= start < e for s, e in _spans(concept.exclude, sentence_text, words)
                ):
                    continue
                statuses = sentence.statuses(start, end)
                if statuses & concept.cancelled_by:
                    continue
                found.setdefault(concept.name, []).append(Mention(concept.name, sentence.quote(start, end), statuses))
    return found
