"""What may still identify someone in a pseudonymised narrative, for the therapist to decide (DESIGN §9).

The pseudonymiser knows the clients' names, keep-out words and locations; it cannot know the name
of a client's husband or school. This lists, in a narrative already pseudonymised:

- ``name``: a capitalised word that is neither a common word nor the app's own vocabulary.
  English (and most languages) capitalise only names in mid-sentence, so there every capitalised
  word in mid-sentence is listed unless it is written that way without naming anyone (weekdays,
  months, languages, titles, platforms, abbreviations: lexicon.CONVENTIONAL) or is app vocabulary.
  German capitalises every noun, so in a German narrative only capitalised words that are not
  common words (and not compounds of them, "Supervisionssitzung") are listed; compounds ending
  like a place or family name ("-heim", "-mann") are listed all the same. At the start of a
  sentence a capital says nothing, so a word there is listed only when it is no common word. A
  word after a title ("Mr", "Herrn", "Familie") is listed whatever it is.
  Neighbouring words are listed as one phrase ("Rosewood Community Centre").
- ``street``: "12 Main St", "Lindenstraße 4", "Berliner Straße".
- ``school``: "St Mary's Primary School", "Goethe-Gymnasium", "Grundschule am Wald", and other
  named places of a community (a church, a club, a clinic).
- ``date_of_birth``: a date more than ten years back, or any date after "born", "DOB", "geb.".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from models.pseudonymise.lexicon import CONVENTIONAL, combining_marks, fold_word, lexicon

GERMAN_MARKERS = frozenset(
    "der das und ist nicht ich sie er wir mit auf für ein eine zu von den dem im sich auch es hat habe wurde bei "
    "nach aus sehr aber wie noch wenn dass über kein keine uns ihr ihm".split()
)
ENGLISH_MARKERS = frozenset(
    "the and is not she he we with on for a to of at it her his had have that this but they very when how about "
    "would been were from my me him our".split()
)
ABBREVIATIONS = frozenset("dr mr mrs ms mx prof st sr jr vs etc z.b bzw ca nr str hr fr dipl u.a d.h inc ltd".split())
# Compounds with these endings are place or family names more often than ordinary nouns.
NAME_ENDINGS = (
    "heim", "hausen", "burg", "berg", "dorf", "feld", "wald", "tal", "thal", "stadt", "mann", "bach", "hof", "stein",
    "brunn", "hagen", "furt", "kirchen", "born", "ingen", "leben", "rode", "werder",
)  # fmt: skip
# A word ending so ("Rosenheim") counts as common only among the most frequent ("Ehemann", "Bahnhof").
RARE_FOR_A_NAME_ENDING = 15_000
# Words written before a person's or a family's name: what follows is listed even when it is also a
# common word ("Herrn Özdemir", "Mrs Will", "Familie Yilmaz"), at a sentence start and in German too.
TITLES = frozenset("mr mrs ms mx miss dr prof sir madam dame lady lord herr herrn frau fräulein familie family".split())
OPENERS = "\"'“”„‘’«»‹›([{*•·–—-"
SENTENCE_ENDS = ".!?…:;"


@dataclass(frozen=True)
class PossibleIdentifier:
    """A stretch of pseudonymised text that may identify someone: ``kind`` is name, street, school
    or date_of_birth; ``start`` and ``end`` are positions in the pseudonymised text."""

    text: str
    kind: str
    start: int
    end: int


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    marks = combining_marks()
    cap = "[A-ZÄÖÜÀ-ÖØ-ÞĀ-Ž]"
    word = rf"(?<!\w)[{_capitals()}][\w{marks}'’\-]*"
    months = (
        "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
        "jun|jul|aug|sep|sept|oct|nov|dec|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
    )
    return {
        "word": re.compile(word),
        "street": re.compile(
            rf"(?:\b\d{{1,5}}[a-zA-Z]?,?\s+)?(?:{cap}[\w'’\-]*\.?\s+){{1,3}}(?:Street|St\b\.?|Road|Rd\b\.?|Avenue|"
            r"Ave\b\.?|Lane|Ln\b\.?|Drive|Close|Court|Crescent|Place|Square|Terrace|Boulevard|Blvd\b\.?|Way|"
            r"Gardens|Grove|Row|Mews|Walk)\b"
            rf"|\b{cap}[\w\-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad)"
            r"(?:\s+\d{1,4}\s?[a-z]?\b)?"
            rf"|\b{cap}[\w\-]*(?:er|sche|sches)\s+(?:Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm)"
            r"(?:\s+\d{1,4}\s?[a-z]?\b)?"
            rf"|\b(?:Am|An der|Auf dem|Im|In der|Zum|Zur)\s+{cap}[\w\-]+\s+\d{{1,4}}\s?[a-z]?\b"
        ),
        "school": re.compile(
            rf"(?:{cap}[\w'’.\-]*\s+){{1,4}}(?:(?:Primary|Secondary|High|Middle|Grammar|Elementary|Junior|Infant|"
            r"Community|Catholic)\s+)?(?:School|Academy|College|University|Kindergarten|Nursery|Preschool|"
            r"Church|Chapel|Mosque|Synagogue|Temple|Hospital|Clinic|Surgery|Centre|Center|Club|Gym|Library)\b"
            rf"|\b(?:School|University|College|Church|Hospital) of(?: the)?\s+{cap}[\w'’\-]+"
            rf"|\b{cap}[\w]*-(?:Gymnasium|Schule|Grundschule|Realschule|Gesamtschule|Kita|Kindergarten|Klinik|"
            r"Kirche|Zentrum|Verein)\b"
            r"|\b(?:Grundschule|Realschule|Hauptschule|Gesamtschule|Gymnasium|Kita|Kindergarten|Förderschule|"
            rf"Berufsschule|Klinik|Kirche|Gemeinde)\s+(?:(?:am|an der|im|in der|auf der|zum|zur)\s+)?{cap}[\w\-]+"
        ),
        "date": re.compile(
            r"\b(?P<d1>\d{1,2})[./-](?P<m1>\d{1,2})[./-](?P<y1>(?:19|20)\d{2})\b"
            r"|\b(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{2})-(?P<d2>\d{2})\b"
            rf"|\b(?P<d3>\d{{1,2}})\.?\s+(?:{months})\.?\s+(?P<y3>(?:19|20)\d{{2}})\b"
            rf"|\b(?:{months})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>(?:19|20)\d{{2}})\b",
            re.IGNORECASE,
        ),
        "birth": re.compile(r"(?i)\b(?:born|d\.?o\.?b\.?|date of birth|birthday|geb\.|geboren|geburtstag)\W*$"),
    }


@cache
def _capitals() -> str:
    """A class body of the capital (and title-case) letters of the Basic Multilingual Plane."""
    ranges: list[list[int]] = []
    for cp in range(0x41, 0x10000):
        ch = chr(cp)
        if ch.isupper() or ch.istitle():
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


STREET_HINTS = ("Street", "St ", "St.", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Close", "Court",
                "Crescent", "Place", "Square", "Terrace", "Boulevard", "Blvd", "Way", "Gardens", "Grove", "Row",
                "Mews", "Walk", "str", "Str", "weg", "Weg", "gasse", "Gasse", "allee", "Allee", "platz", "Platz",
                "ring", "Ring", "damm", "Damm", "ufer", "chaussee", "steig", "pfad", "Am ", "An der", "Auf dem",
                "Im ", "In der", "Zum ", "Zur ")  # fmt: skip
SCHOOL_HINTS = ("School", "Academy", "College", "University", "Kindergarten", "Nursery", "Preschool", "Church",
                "Chapel", "Mosque", "Synagogue", "Temple", "Hospital", "Clinic", "Surgery", "Centre", "Center",
                "Club", "Gym", "Library", "schule", "Schule", "Gymnasium", "Kita", "Klinik", "Kirche", "Zentrum",
                "Verein", "Gemeinde")  # fmt: skip
YEAR = re.compile(r"(?:19|20)\d\d")


def is_german(text: str) -> bool:
    """Whether the narrative reads as German (more German than English function words)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text[:2000])]
    return sum(w in GERMAN_MARKERS for w in words) > sum(w in ENGLISH_MARKERS for w in words)


def find(
    text: str, *, vocabulary: frozenset[str] = frozenset(), today: dt.date | None = None
) -> list[PossibleIdentifier]:
    """The possible identifiers in ``text``, in order; what is already pseudonymised (codes,
    placeholders) is blanked out by the caller; ``vocabulary`` holds the app's own words (category
    labels, tags), lowercase."""
    patterns = _patterns()
    found: list[PossibleIdentifier] = []
    for kind, hints in (("street", STREET_HINTS), ("school", SCHOOL_HINTS)):
        if any(hint in text for hint in hints):
            for m in patterns[kind].finditer(text):
                end = m.start() + len(m.group().rstrip())
                found.append(PossibleIdentifier(m.group().strip(), kind, m.start(), end))
    if YEAR.search(text):
        found.extend(_dates(text, today or dt.date.today()))
    covered = [(f.start, f.end) for f in found]
    found.extend(n for n in _names(text, vocabulary) if not any(a <= n.start < b for a, b in covered))
    found.sort(key=lambda f: f.start)
    return without_overlaps(found)


def without_overlaps(found: list[PossibleIdentifier]) -> list[PossibleIdentifier]:
    kept: list[PossibleIdentifier] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def _dates(text: str, today: dt.date) -> list[PossibleIdentifier]:
    found = []
    for m in _patterns()["date"].finditer(text):
        year = int(next(g for g in (m.group("y1"), m.group("y2"), m.group("y3"), m.group("y4")) if g))
        after_birth_word = bool(_patterns()["birth"].search(text[max(0, m.start() - 30) : m.start()]))
        if after_birth_word or year <= today.year - 10:
            found.append(PossibleIdentifier(m.group(), "date_of_birth", m.start(), m.end()))
    return found


def sentence_start(text: str, position: int) -> bool:
    """Whether a word at ``position`` begins a sentence, a line or a quotation."""
    i = position - 1
    while i >= 0 and (text[i].isspace() or text[i] in OPENERS):
        if text[i] == "\n":
            return True
        i -= 1
    if i < 0:
        return True
    if text[i] not in SENTENCE_ENDS:
        return False
    if text[i] == ".":
        before = re.search(r"([^\W\d_][\w.]*)\.$", text[max(0, i - 12) : i + 1])
        if before and before.group(1).casefold() in ABBREVIATIONS:
            return False
    return True


def _names(text: str, vocabulary: frozenset[str]) -> list[PossibleIdentifier]:
    lex = lexicon()
    german = is_german(text)
    flagged: list[tuple[int, int]] = []
    for m in _patterns()["word"].finditer(text):
        token = m.group().rstrip("'’-")
        folded = fold_word(token)
        if folded in CONVENTIONAL or folded in vocabulary or len(folded) < 2:
            continue
        rank = lex.common.get(folded)
        if folded.endswith(NAME_ENDINGS) and len(folded) > 6:
            common = rank is not None and rank < RARE_FOR_A_NAME_ENDING
        else:
            common = rank is not None or common_compound(folded)
        at_start = sentence_start(text, m.start())
        shouted = len(token) > 1 and token.isupper()
        if after_title(text, m.start()):
            suspicious = True
        elif at_start or german or shouted:
            suspicious = not common
        else:
            suspicious = True
        if suspicious:
            flagged.append((m.start(), m.start() + len(token)))
    return [PossibleIdentifier(text[a:b], "name", a, b) for a, b in _join_neighbours(text, flagged)]


_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t\u00a0]+$")


def after_title(text: str, position: int) -> bool:
    """Whether the word at ``position`` follows a title ("Dr. Patel", "Herrn Özdemir", "Familie Yilmaz")."""
    before = _TITLE_BEFORE.search(text[max(0, position - 12) : position])
    return before is not None and before.group(1).casefold() in TITLES


def _join_neighbours(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not text[joined[-1][1] : start].strip(" -"):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


@lru_cache(maxsize=4096)
def common_compound(word: str) -> bool:
    """Whether a long lowercase word is a compound of common words ("supervisionssitzung" =
    "supervision" + s + "sitzung"), unless it ends like a place or family name ("rosenheim", "neumann")."""
    if len(word) < 8 or word.endswith(NAME_ENDINGS):
        return False
    common = lexicon().common
    for split in range(3, len(word) - 3):
        head, tail = word[:split], word[split:]
        if tail not in common and not common_compound(tail):
            continue
        for link in ("", "s", "es", "n", "en", "e", "er"):
            if head.endswith(link) and (head[: len(head) - len(link)] if link else head) in common:
                return True
    return False
