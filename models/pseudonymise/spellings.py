"""Finding many names at once, whole word, in any case and spelling: the pseudonymiser's engine.

Every spelling to find (a client's name or part of it, a keep-out word, a place) is turned into a
list of small patterns, one per letter ("ü" also matches "ue" and "u"), and all of them into one
regular expression shaped as a trie, run over the lowercased text. Its first letters are plain
characters, so the engine skips in C to where a name can begin: a month of narratives is scanned
in a few milliseconds per client list, however many names it holds. Arabic and Hebrew names (with
their attached prefixes and optional vowel marks) and names in scripts written without spaces
have a pattern of their own, run only over narratives that contain those scripts.

The patterns run over a ``View`` of the narrative, not the narrative itself: lowercased, with the
accents taken off every Latin, Greek and Cyrillic letter ("María" reads "maria", so a name stored
without accents is found written with them, and the other way round), full-width Latin letters
read as plain ones ("Ｍａｒｉａ", as input methods for Chinese and Japanese write them), and without what prints
as nothing or splits a word only at the end of a line (a soft hyphen, zero-width spaces and
joiners, direction marks), and with the Cyrillic and Greek look-alikes of Latin letters read as
Latin in a word that mixes the two ("Mаria" with a Cyrillic "а", as a keyboard switched mid-word
types it). A narrative with a word broken by a hyphen at the end of a line
("Mül-" and "ler" on the next) is read twice, once with such words joined. Positions found in
the view are mapped back, so only the name itself is replaced in the narrative. A name is a whole
word between characters that are no letters: digits and underscores end it too ("maria_schmidt",
"Maria85"), and the parts of a name may be run together ("MariaSchmidt", "Annalena").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from models.pseudonymise.lexicon import combining_marks, written_without_spaces

APOSTROPHES = "'’ʼ`´"
DASHES = "-‐‑–"
GAP = "[\\s\\-‐‑–]*"  # "Anna-Lena", "Anna Lena", "Annalena"; "van der Berg", "vanderBerg"
OPTIONAL_APOSTROPHE = "['’ʼ`´]?"
OPTIONAL_PERIOD = "\\.?\\s*"
# Letters people write in other ways: "ø" as "o" or "oe", "ß" as "ss".
SPELLINGS = {
    "ä": ("ä", "ae", "a"), "ö": ("ö", "oe", "o"), "ü": ("ü", "ue", "u"), "ß": ("ß", "ss"),
    "ø": ("ø", "oe", "o"), "æ": ("æ", "ae"), "å": ("å", "aa", "a"), "œ": ("œ", "oe"), "ł": ("ł", "l"),
    "đ": ("đ", "d"), "ð": ("ð", "d"), "þ": ("þ", "th"), "ё": ("ё", "е"), "σ": ("σ", "ς"), "ς": ("ς", "σ"),
    "ا": ("ا", "أ", "إ", "آ"), "ي": ("ي", "ى"), "ى": ("ى", "ي"), "ة": ("ة", "ه"),
}  # fmt: skip
TURKISH_LETTERS = frozenset("ıİşŞğĞ")
ARABIC_PREFIXES = "(?:[وفبلك]|ال|وال|بال|لل|فال){0,2}"
HEBREW_PREFIXES = "[והבלמשכ]{0,2}"
NOT_AFTER_A_LETTER = "(?<![^\\W\\d_])"
NOT_BEFORE_A_LETTER = "(?![^\\W\\d_])"
SUFFIX = f"(?P<suffix>['’ʼ]s|['’ʼ]{NOT_BEFORE_A_LETTER}|s|[а-яё]{{1,3}}|[α-ωάέήίόύώς]{{1,3}})?{NOT_BEFORE_A_LETTER}"
SEMITIC_TEXT = re.compile("[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
UNSPACED_TEXT = re.compile(
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]"
)
FOLD_PAIRS = (("ae", "a"), ("oe", "o"), ("ue", "u"), ("aa", "a"), ("th", "þ"))
_FOLD_TABLE = str.maketrans({"ø": "o", "æ": "a", "œ": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "ё": "е",
                             "ى": "ي", "ة": "ه", "'": None, "’": None, "ʼ": None, "`": None, "´": None,
                             ".": None, "-": " ", "‐": " ", "‑": " ", "–": " "})  # fmt: skip


@dataclass(frozen=True)
class Target:
    """What replaces a spelling."""

    replacement: str
    rank: int  # lower wins where two targets share a spelling: 0 a client's name, 1 keep-out, 2 place
    code: str | None = None  # the client whose name it is
    ordinary: bool = False  # an everyday lowercase word too ("Will"): see pseudonymise.decision


def fold(text: str) -> str:
    """One key for all spellings a pattern accepts: case, accents, vowel marks, transliterated
    umlauts, spacing and apostrophes do not matter."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _marks().sub("", unicodedata.normalize("NFD", folded))
    folded = folded.translate(_FOLD_TABLE)
    for pair, single in FOLD_PAIRS:
        if pair in folded:
            folded = folded.replace(pair, single)
    return " ".join(folded.split())


def spelling_key(text: str) -> str:
    """The key of a spelling in ``Spellings``: its ``fold``, run together ("Anna Lena" = "Annalena")."""
    return fold(unaccented(unconfused(text))).replace(" ", "")


def lowered(text: str) -> str:
    """``text`` in lowercase, character for character, so that positions stay the same."""
    return text.replace("\u0130", "i").lower()


# What prints as nothing but splits a word for a machine: a soft hyphen, the combining grapheme
# joiner, zero-width spaces, joiners and non-joiners, direction marks and embeddings, word joiners
# and invisible operators, variation selectors, a byte-order mark, Hangul fillers.
INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
)
# Left out where a narrative is searched: invisible characters; and, in a second reading, a hyphen
# that breaks a word at the end of a line ("Mül-" / "ler", "O-" / "'Brien"; the first reading keeps
# it: "Maria-" / "and").
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")
_LINE_BREAK_HYPHEN = re.compile(
    f"(?:(?<=[^\\W\\d_])|(?<=[{INVISIBLE}'’]))-[ \\t]*\\r?\\n[ \\t{INVISIBLE}]*(?=['’]?[^\\W\\d_])"
)
# Letters whose accents the search does not see (Latin, Greek, Cyrillic); letters that decompose
# into a base and marks, and the few that do not but are written without their stroke or dot.
_BASE_BLOCKS = ((0x00C0, 0x0250), (0x0370, 0x0530), (0x1E00, 0x2000))
_STROKED = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "ħ": "h", "ŧ": "t"}
_ACCENTED = re.compile("[\u00c0-\u024f\u0370-\u052f\u1e00-\u1fff\uff01-\uff5e]")


@cache
def _bases() -> dict[int, str]:
    table = {}
    for first, last in _BASE_BLOCKS:
        for cp in range(first, last):
            decomposed = unicodedata.normalize("NFD", chr(cp))
            if len(decomposed) > 1 and all(unicodedata.category(c).startswith("M") for c in decomposed[1:]):
                table[cp] = decomposed[0].lower()
    # Latin letters and signs as a Japanese or Chinese input method writes them ("Ｍａｒｉａ").
    table.update({cp: chr(cp - 0xFEE0).lower() for cp in range(0xFF01, 0xFF5F)})
    table.update({ord(letter): base for letter, base in _STROKED.items()})
    table.update({ord(letter.upper()): base for letter, base in _STROKED.items() if letter.upper() != letter})
    return table


def unaccented(text: str) -> str:
    """``text`` with Latin, Greek and Cyrillic letters without their accents, and full-width Latin
    letters as plain ones, letter for letter."""
    return text.translate(_bases()) if _ACCENTED.search(text) else text


# Cyrillic and Greek letters that look like Latin ones, as a word mixing them with Latin letters
# reads: a keyboard switched mid-word, or a name disguised ("Mаria" with a Cyrillic "а").
_LOOK_ALIKES = dict(
    zip(
        "АВЕКМНОРСТХУІЈЅаеорсухіјѕԁԛԝӏһкмтвнΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαικνρυχετ",
        "abekmhopctxyijsaeopcyxijsdqwlhkmtbhabezhikmnoptyxoaikvpuxet",
        strict=True,
    )
)
_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_LETTERS = re.compile("[^\\W\\d_]+")


def unconfused(text: str) -> str:
    """``text`` with the Cyrillic and Greek look-alikes of Latin letters read as Latin ("mаria" →
    "maria") in words that mix them with Latin letters, letter for letter; a word all in Cyrillic
    or Greek stays as it is, also with a Latin possessive "s" ("Машаs")."""
    if text.isascii() or not _CYRILLIC_OR_GREEK.search(text):
        return text
    chars = None
    for match in _LETTERS.finditer(text):
        word = match.group()
        core = word[:-1] if word[-1] in "sS" else word
        if word.isascii() or not any(c.isascii() for c in core) or not any(c in _LOOK_ALIKES for c in word):
            continue
        chars = chars or list(text)
        for i, c in enumerate(word, start=match.start()):
            chars[i] = _LOOK_ALIKES.get(c, c)
    return "".join(chars) if chars else text


def line_break_hyphens(text: str) -> bool:
    """Whether ``text`` has a word broken by a hyphen at the end of a line (read twice: View.of)."""
    return "\n" in text and "-" in text and _LINE_BREAK_HYPHEN.search(text) is not None


def _hidden(text: str, joined: bool) -> list[tuple[int, int]]:
    """Where ``text`` has what the search leaves out, in order."""
    spans = [m.span() for m in _INVISIBLE.finditer(text)] if not text.isascii() else []
    if joined:
        spans = sorted([*spans, *(m.span() for m in _LINE_BREAK_HYPHEN.finditer(text))])
        spans = [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]
    return spans


@dataclass(frozen=True)
class View:
    """A narrative as the patterns read it (see the module's docstring). ``text`` keeps the case
    (for the decisions a capital takes part in), ``low`` is what the patterns run over; ``origin``
    maps each position of ``text`` to the narrative's (None: the same)."""

    text: str
    low: str
    origin: tuple[int, ...] | None = None

    @classmethod
    def of(cls, narrative: str, *, joined: bool = False) -> View:
        """The view of ``narrative``; ``joined``: with words broken at the end of a line joined."""
        spans = _hidden(narrative, joined)
        if not spans:
            return cls(narrative, unaccented(lowered(unconfused(narrative))))
        kept, origin, last = [], [], 0
        for start, end in [*spans, (len(narrative), len(narrative))]:
            kept.append(narrative[last:start])
            origin.extend(range(last, start))
            last = end
        text = "".join(kept)
        return cls(text, unaccented(lowered(unconfused(text))), tuple(origin))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` is in the narrative."""
        if self.origin is None or start == end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


@cache
def _marks() -> re.Pattern[str]:
    return re.compile(f"[{combining_marks()}]+")


@cache
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


@cache
def _letter(ch: str) -> tuple[str, ...]:
    """The ways a letter of a name may be written, as the view of a narrative reads them."""
    if ch in SPELLINGS:
        options = SPELLINGS[ch]
    else:
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.category(c).startswith("M"))
        options = (ch, base) if base and base != ch and base.isascii() else (ch,)
    return tuple(dict.fromkeys(unaccented(o) for o in options))


def _regex(options: tuple[str, ...]) -> str:
    if len(options) == 1:
        return re.escape(options[0])
    if all(len(o) == 1 for o in options):
        return "[" + "".join(re.escape(o) for o in options) + "]"
    return "(?:" + "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True)) + ")"


@cache
def _atom(ch: str, turkish: bool) -> str:
    if ch.isspace() or ch in DASHES:
        return GAP
    if ch in APOSTROPHES:
        return OPTIONAL_APOSTROPHE
    if ch == ".":
        return OPTIONAL_PERIOD
    return _regex(("i",) if turkish and ch in "iı" else _letter(ch))


# Two letters a name may be written with that are one letter elsewhere ("Juergen" is "Jürgen",
# which the view of a narrative reads "jurgen"; "Strauss" is "Strauß"): fold() agrees.
DIGRAPHS = {"ae": ("ae", "a", "æ"), "oe": ("oe", "o", "œ"), "ue": ("ue", "u"), "aa": ("aa", "a"), "ss": ("ss", "ß"),
            "th": ("th", "þ")}  # fmt: skip


def atom_lists(spelling: str) -> list[list[str]]:
    """The spelling as lists of small patterns, one per letter or gap. The first is always a plain
    character (a letter written several ways gives one list per way): the engine then tries only
    the branches of the trie that begin with the letter it stands on."""
    turkish = not TURKISH_LETTERS.isdisjoint(spelling)
    spelling = lowered(unicodedata.normalize("NFC", spelling)).strip(APOSTROPHES + DASHES + ". ")
    if not spelling:
        return []
    semitic = bool(SEMITIC_TEXT.search(spelling))
    marks = f"[{combining_marks()}]*" if semitic else ""
    head_length = 2 if not semitic and spelling[:2] in DIGRAPHS else 1
    atoms: list[str] = []
    i = head_length
    while i < len(spelling):
        ch = spelling[i]
        if not semitic and spelling[i : i + 2] in DIGRAPHS:
            atoms.append(_regex(DIGRAPHS[spelling[i : i + 2]]))
            i += 2
            continue
        i += 1
        atom = _atom(ch, turkish)
        if atom is GAP and atoms and atoms[-1] is GAP:
            continue
        atoms.append(atom + marks if marks and ch.isalpha() else atom)
    if head_length == 2:
        head = DIGRAPHS[spelling[:2]]
    else:
        head = ("i", "ı") if turkish and spelling[0] in "iı" else _letter(spelling[0])
    if semitic:
        prefixes = HEBREW_PREFIXES if "\u0590" <= spelling[0] <= "\u05ff" else ARABIC_PREFIXES
        return [[prefixes, _regex(head) + marks, *atoms]]
    return [[*(re.escape(c) for c in option), *atoms] for option in dict.fromkeys(unaccented(o) for o in head)]


def trie_pattern(lists: Iterable[list[str]]) -> str:
    """One alternation shaped as a trie: each prefix is tried once, not once per name."""
    root: dict = {}
    for atoms in lists:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    branches = [atom + _emit(child) for atom, child in node.items() if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return (body if len(branches) > 1 else f"(?:{body})") + "?"
    return body


@dataclass
class Spellings:
    """Spellings to find, by folded form, each with its targets, best first."""

    spaced: dict[str, list[Target]] = field(default_factory=dict)
    unspaced: dict[str, list[Target]] = field(default_factory=dict)
    _lists: dict[tuple[str, bool], list[list[str]]] = field(default_factory=dict)
    _seen: set[tuple[str, Target]] = field(default_factory=set)

    def add(self, spelling: str, target: Target) -> None:
        prepared = _prepared(spelling)
        if prepared is None:
            return
        key, unspaced, lists = prepared
        if (key, target) in self._seen:
            return
        self._seen.add((key, target))
        table = self.unspaced if unspaced else self.spaced
        targets = table.setdefault(key, [])
        targets.append(target)
        if len(targets) > 1:
            targets.sort(key=lambda t: t.rank)
        self._lists.setdefault((key, unspaced), lists)

    def compile(self) -> Matcher:
        return Matcher(self)


@lru_cache(maxsize=65_536)
def _prepared(spelling: str) -> tuple[str, bool, list[list[str]]] | None:
    """A spelling's key, whether it is written without spaces, and its patterns; cached, as the
    same names come back in every export of a session."""
    spelling = " ".join(unconfused(View.of(spelling).text).split()).strip(APOSTROPHES + DASHES + '.,;:()[]"')
    if len(spelling) < 2 or sum(ch.isalnum() for ch in spelling) < 2:
        return None
    return spelling_key(spelling), written_without_spaces(spelling), atom_lists(spelling)


class Matcher:
    """The compiled patterns of a set of spellings."""

    def __init__(self, spellings: Spellings) -> None:
        self.spellings = spellings
        latin: list[list[str]] = []
        semitic: list[list[str]] = []
        unspaced: list[list[str]] = []
        for (_, is_unspaced), lists in spellings._lists.items():
            for atoms in lists:
                if is_unspaced:
                    unspaced.append(atoms)
                elif atoms[0] in (ARABIC_PREFIXES, HEBREW_PREFIXES):
                    semitic.append(atoms)
                else:
                    latin.append(atoms)
        self.passes: list[tuple[re.Pattern[str], re.Pattern[str] | None, bool]] = []
        whole_word = NOT_AFTER_A_LETTER + "(?P<name>{}){}"
        if latin:
            self.passes.append((re.compile(whole_word.format(trie_pattern(latin), SUFFIX)), None, True))
        if semitic:
            self.passes.append((re.compile(whole_word.format(trie_pattern(semitic), SUFFIX)), SEMITIC_TEXT, True))
        if unspaced:
            self.passes.append((re.compile(f"(?P<name>{trie_pattern(unspaced)})"), UNSPACED_TEXT, False))

    def passes_for(self, text: str) -> list[tuple[re.Pattern[str], bool]]:
        """The patterns to run over ``text`` (Arabic or unspaced names only where such letters are)."""
        ascii_only = text.isascii()
        return [(p, b) for p, needs, b in self.passes if needs is None or (not ascii_only and needs.search(text))]

    def scan(
        self, pattern: re.Pattern[str], bounded: bool, view: View
    ) -> Iterator[tuple[re.Match[str], str, str, list[Target]]]:
        """Each whole-word match of one pass in ``view`` (positions in ``view.text``), with the
        name as written, its suffix and targets."""
        table = self.spellings.spaced if bounded else self.spellings.unspaced
        text = view.text
        for match in _scan(pattern, text, view.low, bounded):
            name = text[match.start("name") : match.end("name")]
            suffix = text[match.start("suffix") : match.end("suffix")] if bounded and match.group("suffix") else ""
            targets = _targets(table, name)
            if targets:
                yield match, name, suffix, targets


def word_character(ch: str) -> bool:
    """Whether ``ch`` belongs to a name's word: a letter or combining mark of any script (a digit or
    an underscore ends a name: "maria_schmidt", "Maria85")."""
    return ch.isalpha() or unicodedata.category(ch).startswith("M") or ch in "\u0640\u200c\u200d"


def _scan(pattern: re.Pattern[str], text: str, low: str, bounded: bool) -> Iterator[re.Match[str]]:
    position = 0
    while True:
        match = pattern.search(low, position)
        if match is None:
            return
        start, end = match.span()
        if bounded and (
            (start > 0 and word_character(text[start - 1])) or (end < len(text) and word_character(text[end]))
        ):
            position = start + 1
            continue
        yield match
        position = max(end, start + 1)


def _targets(table: dict[str, list[Target]], found: str) -> list[Target] | None:
    key = spelling_key(found)
    targets = table.get(key)
    for cut in (1, 2, 3):  # an Arabic or Hebrew prefix ("و" + name)
        if targets is not None:
            break
        targets = table.get(key[cut:])
    return targets
