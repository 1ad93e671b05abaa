"""The words the pseudonymiser needs to tell a name from a word, loaded on first use.

``common``: the frequent words of English and German without those that are only people's names,
most frequent first (resources/words/common.txt; sources and licences in resources/words/README.md).
``ordinary``: the common words that dictionaries also write in lowercase ("will", "rose", "klein").
``conventional``: words written with a capital that name nobody (weekdays, months, languages,
titles, festivals, platforms, clinical abbreviations), in English and German.

Reading both lists takes about 30 ms, so it happens when the first export needs it, not at start.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from resources import read_text

# Written with a capital in English or German prose without naming anyone. Lowercase here.
CONVENTIONAL = frozenset(
    """
    i i'm i've i'd i'll
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
    januar jänner februar märz juni juli oktober dezember
    english british american german austrian swiss french spanish italian polish turkish arabic thai
    russian ukrainian greek dutch danish swedish norwegian irish scottish welsh european african
    asian chinese japanese korean indian christian muslim jewish catholic protestant hindu buddhist
    deutsch englisch französisch türkisch arabisch
    christmas easter ramadan eid diwali hanukkah passover thanksgiving halloween new year's
    weihnachten ostern pfingsten silvester
    mr mrs ms miss mx dr prof sir madam herr frau fräulein
    god bible koran quran
    internet web email e-mail covid covid-19 corona
    facebook instagram whatsapp signal telegram snapchat tiktok twitter linkedin youtube google
    zoom skype teams messenger threads bluesky mastodon x
    gp nhs a&e er icu ptsd adhd ocd cbt dbt emdr act mbct ifs ssri bpd asd sms tv ok okay
    caselog
    """.split()
)


@dataclass(frozen=True)
class Lexicon:
    common: dict[str, int]  # word → its place in the list, most frequent first
    ordinary: frozenset[str]

    def is_common(self, word: str) -> bool:
        """Whether ``word`` (any case) is a common English or German word that is not only a name."""
        return fold_word(word) in self.common

    def is_ordinary(self, word: str) -> bool:
        """Whether ``word`` is also an everyday lowercase word ("will", "rose"): a client called
        that is pseudonymised where the name has a capital, not where the word is written."""
        return fold_word(word) in self.ordinary


def fold_word(word: str) -> str:
    """The form the word lists hold: lowercase, with a trailing possessive removed."""
    folded = word.casefold()
    for ending in ("'s", "’s", "'", "’"):
        if folded.endswith(ending) and len(folded) > len(ending):
            return folded[: -len(ending)]
    return folded


@cache
def lexicon() -> Lexicon:
    """The word lists, read once per process (about 30 ms)."""
    return Lexicon(
        common={word: place for place, word in enumerate(read_text("words/common.txt").split())},
        ordinary=frozenset(read_text("words/ordinary.txt").split()),
    )


NO_SPACE_SCRIPTS = ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA", "HANGUL",
                    "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")  # fmt: skip


def written_without_spaces(text: str) -> bool:
    """Whether ``text`` has a letter of a script that does not separate words by spaces (Chinese,
    Japanese, Thai, ...) or attaches particles to names (Korean): there a name is matched wherever
    it occurs, as there is no word boundary to wait for."""
    return any(ord(ch) > 0x0E00 and unicodedata.name(ch, "").startswith(NO_SPACE_SCRIPTS) for ch in text)


@cache
def combining_marks() -> str:
    """A regular-expression class body of the combining marks (Unicode M*) of the scripts in
    use, plus the Arabic tatweel and zero-width joiners: they belong to the word they sit in."""
    ranges: list[tuple[int, int]] = []
    for block in ((0x0300, 0x1DFF), (0x20D0, 0x20FF), (0x2CEF, 0x2DFF), (0x302A, 0x309A), (0xA66F, 0xABFF),
                  (0xFB1E, 0xFB1E), (0xFE00, 0xFE2F)):  # fmt: skip
        for cp in range(block[0], block[1] + 1):
            if unicodedata.category(chr(cp)).startswith("M"):
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1] = (ranges[-1][0], cp)
                else:
                    ranges.append((cp, cp))
    parts = [chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges]
    return "".join(parts) + "\u0640\u200c\u200d"
