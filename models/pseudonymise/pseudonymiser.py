"""The one pseudonymiser (DESIGN §9): every narrative that leaves the therapist's screen passes here.

Build a ``Pseudonymiser`` once per export from the clients (code, stored name, keep-out words) and
the locations stored; ``text(narrative, location=..., client=...)`` then returns the narrative with

- each client's stored name, in full and in parts, in any case and spelling ("Jürgen", "JUERGEN",
  "Jurgen"; "María" for "Maria"), run together ("Annalena"), with a soft hyphen or a zero-width
  space inside, or broken by a hyphen at a line's end (spellings.View), with a possessive
  ("Maria's", German "Marias", "James'") or, for Cyrillic and Greek names, a case ending
  ("Марию") → the client's code, possessive kept ("C-7K2F's"). Every client's name in every
  narrative: clients are named in each other's notes. A part two clients share ("Maria") becomes
  the encounter's client's code, or "[person]" in anyone else's encounter.
- a name part that is also an everyday lowercase word ("Will", "Rose", "Mark": lexicon.ordinary)
  → the code where it is written with a capital in mid-sentence or with a possessive ("will's"),
  never where the word is written in lowercase ("she will come"). At the start of a sentence or in capitals
  nobody can tell "Will said" from "Will raise it next session": there it becomes the code when
  what follows reads as a name's ("Will said", "Will and"), and is otherwise left and listed by
  ``possible_identifiers`` for the therapist to decide.
- keep-out words → "[place]" when they read as a place (a street, school, centre… or one of the
  export's locations), else "[person]"; each word of a keep-out phrase on its own too (the words
  of a place only when they are not common words).
- the encounter's location (the phrase and each of its comma-separated parts) and each word of
  any location stored (build_pseudonymiser: of every month) that is not a common word ("Rosewood"
  of "Rosewood Community Centre", in every narrative of the export) → "[place]".
- e-mail addresses, telephone numbers, web addresses and @handles → "[contact]" (contacts.py).

The therapist's own tags are words of theirs too ("Jürgen's gifts"): ``category`` and
``category_labels`` give a tag whose label or slug this changes a slug and label made from its
pseudonymised label ("c_7k2f_s_gifts", "C-7K2F's gifts"), the same for every encounter of an export.

"Whole word" means not next to a letter or combining mark of any script (a digit or an underscore
ends a name: "maria_schmidt85"): "Søren", "Ægidius",
"Мария", "محمد" are words, and "Maria" is not found in "Mariachi". Chinese, Japanese, Thai and the
other scripts written without spaces, and Korean, whose particles attach to a name ("민수가"), have
no such boundary: there a name is found wherever its characters stand, and a name of three or four
characters also by its last two and first two (given and family name as people write them).
Arabic and Hebrew names are found with the one-letter prefixes those languages attach ("ومحمد",
"ולדוד") and with or without vowel marks and tatweel.

Building takes a few tens of milliseconds for a practice's clients and a month's locations, and a
month of 300 encounters is pseudonymised in about as long again (``python -m benchmarks``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

from models.log.taxonomy import BUILTIN_SLUGS, slug_from_label
from models.pseudonymise import possible_identifiers as detector
from models.pseudonymise.contacts import CONTACT, replace_contacts
from models.pseudonymise.lexicon import lexicon, written_without_spaces
from models.pseudonymise.possible_identifiers import PossibleIdentifier
from models.pseudonymise.spellings import (
    DASHES,
    Matcher,
    Spellings,
    Target,
    View,
    fold,
    line_break_hyphens,
    lowered,
    word_character,
)

PERSON = "[person]"
PLACE = "[place]"
DATE = "[date]"  # a date the therapist chose to pseudonymise (a date of birth)
PLACEHOLDERS = (PERSON, PLACE, CONTACT, DATE)

# Parts of a name never searched alone: particles and titles ("van" of "Ludwig van Beethoven").
PARTICLES = frozenset(
    "a al ap at auf bat ben bin d da das de dei del della den der des di do dos du e el en ibn la le "
    "lo mac mc o op san st ste ten ter van vom von y zu zum zur dr mr mrs ms mx prof herr frau".split()
)
PLACE_WORDS = re.compile(
    r"(?i)\b(?:street|st|road|rd|avenue|ave|lane|drive|close|court|crescent|place|square|terrace|boulevard|way|"
    r"gardens|grove|park|school|academy|college|university|nursery|kindergarten|centre|center|church|hospital|"
    r"clinic|surgery|library|club|gym|hall|market|station|cafe|café|bar|pub|restaurant|shop|store|supermarket|"
    r"office|hotel|platz|markt|kirche|bahnhof|klinik|praxis|zentrum|verein|laden|halle)\b"
    r"|(?i:straße|strasse|str\.|weg|gasse|allee|ring|damm|ufer|schule|gymnasium|kita|hochschule|universität|"
    r"zentrum|kirche|klinik|krankenhaus|markt|platz)\b"
)
# Words that follow a name, not the modal verb, at the start of a sentence: "Will said…", "Will und…".
NAME_FOLLOWERS = frozenset(
    "said says was is has had told came asked called rang texted wrote sent looked smiled waved mentioned seemed "
    "walked approached saw noticed recognised recognized arrived left and or with who whose "
    "sagte meinte war ist hat hatte kam fragte rief schrieb schickte lächelte winkte erzählte und oder mit".split()
)


@dataclass(frozen=True)
class ClientIdentity:
    """What the pseudonymiser knows of a client: its code, stored name and keep-out words."""

    code: str
    name: str | None = None
    keep_out: tuple[str, ...] = ()


@lru_cache(maxsize=16_384)
def name_parts(name: str) -> tuple[str, ...]:
    """The forms of a stored name that are searched: the whole, each word (hyphenated ones also
    split), each particle with the words after it ("van der Berg"), without titles and initials;
    for a Cyrillic or Greek name also its stem, to which case endings attach ("Мари" of "Мария")."""
    name = " ".join(name.split())
    forms = [name] if name else []
    words = name.split(" ") if name else []
    for i, word in enumerate(words):
        bare = word.strip(".,")
        if bare.casefold() in PARTICLES:
            rest = [j for j in range(i + 1, len(words)) if words[j].strip(".,").casefold() not in PARTICLES]
            if rest:  # "van der Berg" and "der Berg" of "Jan van der Berg"
                forms.append(" ".join([bare, *words[i + 1 : rest[0] + 1]]))
            continue
        forms.append(bare)
        forms.extend(p for p in re.split(f"[{DASHES}]", bare) if p != bare and p.casefold() not in PARTICLES)
    if name and written_without_spaces(name) and " " not in name and 3 <= len(name) <= 4:
        forms.extend((name[-2:], name[:2]))
    forms.extend(stem for form in list(forms) if (stem := _stem(form)))
    return tuple(f for f in dict.fromkeys(forms) if sum(ch.isalpha() for ch in f) >= 2)


def _stem(word: str) -> str | None:
    if " " in word or len(word) < 4 or not unicodedata.name(word[-1], "").startswith(("CYRILLIC", "GREEK")):
        return None
    if word[-1] == "ς" and len(word) >= 5:  # Greek -ης, -ος, -ας: "Δημήτρης", genitive "Δημήτρη"
        return word[:-2]
    return word[:-1] if word[-1].lower() in "аяоеьйыиαηοεάήόέ" else None


@lru_cache(maxsize=16_384)
def location_phrases(location: str) -> tuple[str, ...]:
    """A location as phrases: the whole, and each of its comma-separated parts, longest first."""
    location = " ".join(location.split())
    pieces = [location, *(p.strip() for p in re.split(r"[,;/|()]| - ", location))] if location else []
    return tuple(sorted({p for p in pieces if sum(ch.isalpha() for ch in p) >= 2}, key=len, reverse=True))


@lru_cache(maxsize=16_384)
def location_words(location: str) -> tuple[str, ...]:
    """The words of a location that are no common word ("Rosewood" of "Rosewood Community Centre")."""
    lex = lexicon()
    words = re.findall(r"[^\W\d_][\w'’\-]*", location)
    return tuple(
        w for w in dict.fromkeys(words) if len(w) > 2 and not lex.is_common(w) and w.casefold() not in PARTICLES
    )


def decision(text: str, start: int, end: int, name: str, suffix: str, target: Target) -> str:
    """Whether to "replace", "keep" or call "uncertain" a name found at ``text[start:end]`` (see the module's
    docstring: only names that are everyday words too are ever kept or uncertain)."""
    if not target.ordinary:
        return "replace"
    if suffix[:1] in ("'", "’", "ʼ"):
        return "replace"
    letters = [ch for ch in name if ch.isalpha()]
    if not letters[0].isupper():
        return "keep"
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return "uncertain"
    if not detector.sentence_start(text, start):
        return "replace"
    following = re.match(r"\s*([^\W\d_]+)", text[end:])
    return "replace" if following and following.group(1).casefold() in NAME_FOLLOWERS else "uncertain"


def _chosen(targets: list[Target], client: str | None) -> Target:
    """The target of a spelling: the best ranked; between two clients' names, the encounter's
    client's, else "[person]" (which of them is meant cannot be known)."""
    best = targets[0]
    rivals = [t for t in targets if t.rank == best.rank and t.replacement != best.replacement]
    if not rivals:
        return best
    for target in targets:
        if client is not None and target.code == client:
            return target
    return Target(PERSON if best.rank < 2 else PLACE, best.rank, None, best.ordinary)


def _possessive(suffix: str) -> str:
    """The possessive kept after a code ("Maria's" → "C-7K2F's"); the bare genitive s ("Marias")
    takes an apostrophe after a code; a case ending of a declined name goes."""
    if not suffix:
        return ""
    if suffix[0] in "'’ʼ":
        return suffix
    return "'s" if suffix.casefold() == "s" else ""


class Pseudonymiser:
    """Built once per export (``build_pseudonymiser`` in models/pseudonymise/pseudonymised.py builds
    it from the database); ``text`` pseudonymises a narrative, ``possible_identifiers`` lists what may
    still identify someone in it."""

    def __init__(
        self,
        clients: Iterable[ClientIdentity],
        *,
        places: Iterable[str] = (),
        vocabulary: Iterable[str] = (),
        let_pass: Iterable[str] = (),
        tags: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.clients = tuple(clients)
        self.tags = tuple(tags)  # the therapist's own tags: (slug, label)
        self.places = tuple(dict.fromkeys(p for p in places if p and p.strip()))
        self.vocabulary = frozenset(w.casefold() for w in vocabulary)
        self.let_pass = frozenset(fold(w) for w in let_pass)
        self.codes = frozenset(c.code for c in self.clients if c.code)
        self._mask = re.compile("|".join(re.escape(x) for x in sorted({*self.codes, *PLACEHOLDERS}, key=len)[::-1]))
        spellings = Spellings()
        lex = lexicon()
        place_words = list(dict.fromkeys(word for place in self.places for word in location_words(place)))
        place_keys = {fold(part) for place in self.places for part in location_phrases(place)}
        place_keys.update(fold(word) for word in place_words)
        for client in self.clients:
            for part in name_parts(client.name or ""):
                spellings.add(part, Target(client.code, 0, client.code, " " not in part and lex.is_ordinary(part)))
        for client in self.clients:
            for word in client.keep_out:
                _add_keep_out(spellings, word, place_keys)
        for word in place_words:
            spellings.add(word, Target(PLACE, 2))
        self._matcher = spellings.compile()
        self._phrases: dict[str, list[str]] = {}

    def adjusted(self, *, keep_out: Iterable[str] = (), let_pass: Iterable[str] = ()) -> Pseudonymiser:
        """This pseudonymiser with the therapist's choices before an export: ``keep_out`` words are
        replaced in this export ("pseudonymise here"), ``let_pass`` words are no longer listed."""
        extra = tuple(w for w in keep_out if w.strip())
        clients = [*self.clients, ClientIdentity(code="", keep_out=extra)] if extra else self.clients
        return Pseudonymiser(clients, places=self.places, vocabulary=self.vocabulary,
                             let_pass=[*self.let_pass, *let_pass], tags=self.tags)  # fmt: skip

    def with_places(self, places: Iterable[str]) -> Pseudonymiser:
        """This pseudonymiser with more locations to replace (those of encounters outside the export
        that an addendum or a comment is about)."""
        more = [p for p in dict.fromkeys(places) if p and p.strip() and p not in self.places]
        if not more:
            return self
        clients, let_pass = self.clients, self.let_pass
        return Pseudonymiser(clients, places=[*self.places, *more], vocabulary=self.vocabulary, let_pass=let_pass,
                             tags=self.tags)  # fmt: skip

    def category(self, slug: str) -> str:
        """A category's slug as pseudonymised output carries it (see the module's docstring)."""
        renamed = self._tag_names.get(slug)
        return renamed[0] if renamed else slug

    def category_labels(self, labels: Mapping[str, str]) -> dict[str, str]:
        """``labels`` (slug → label) as pseudonymised output shows them: the tags' by their slug
        and label made from the pseudonymised label; the built-in categories' as they are."""
        return {
            self.category(slug): self._tag_names[slug][1] if slug in self._tag_names else label
            for slug, label in labels.items()
        }

    @cached_property
    def _tag_names(self) -> dict[str, tuple[str, str]]:
        """Each tag whose label or slug the pseudonymiser changes → (slug, label) to show instead;
        slugs stay unique, so an export so renamed still imports."""
        taken = {*BUILTIN_SLUGS, *(slug for slug, _ in self.tags)}
        names = {}
        for slug, label in self.tags:
            shown, words = self.text(label) or "", slug.replace("_", " ")
            if shown == label and self.text(words) == words:
                continue
            base = slug_from_label(shown)[:36]
            renamed, number = base, 2
            while renamed in taken:
                renamed, number = f"{base}_{number}", number + 1
            taken.add(renamed)
            names[slug] = (renamed, shown)
        return names

    def text(self, narrative: str | None, *, location: str | None = None, client: str | None = None) -> str | None:
        """``narrative`` pseudonymised. ``location``: the encounter's own location; ``client``: the
        code of the encounter's client, which wins a name part that two clients share."""
        if not narrative:
            return narrative
        text = replace_contacts(unicodedata.normalize("NFC", narrative))
        if location:
            phrases = self._phrases.get(location)
            if phrases is None:
                phrases = self._phrases[location] = [
                    lowered(p) for p in location_phrases(unicodedata.normalize("NFC", location))
                ]
            text = _replace_phrases(text, phrases)
        return _replace(self._matcher, text, client)

    def possible_identifiers(
        self, narrative: str | None, *, location: str | None = None, client: str | None = None
    ) -> list[PossibleIdentifier]:
        """What may still identify someone in the pseudonymised narrative (capitalised words that
        are no common word, street-, school- and place-like phrases, dates that look like dates of
        birth, names that are everyday words where nobody can tell), with positions in
        ``text(narrative, ...)``; words let pass are left out."""
        text = self.text(narrative, location=location, client=client)
        if not text:
            return []
        masked = self._mask.sub(lambda m: " " * len(m.group()), text)
        found = detector.find(masked, vocabulary=self.vocabulary)
        for pattern, bounded in self._matcher.passes_for(masked):
            view = View.of(masked)
            for match, name, suffix, targets in self._matcher.scan(pattern, bounded, view):
                target = _chosen(targets, client)
                if decision(view.text, match.start(), match.end(), name, suffix, target) == "uncertain":
                    start, end = view.span(match.start(), match.start() + len(name))
                    found.append(PossibleIdentifier(masked[start:end], "name", start, end))
        found.sort(key=lambda f: f.start)
        return [
            PossibleIdentifier(text[f.start : f.end], f.kind, f.start, f.end)
            for f in detector.without_overlaps(found)
            if fold(f.text) not in self.let_pass
        ]


def _add_keep_out(spellings: Spellings, word: str, place_keys: set[str]) -> None:
    word = " ".join(word.split())
    if not word:
        return
    is_place = _place_like(word) or fold(word) in place_keys
    replacement = PLACE if is_place else PERSON if any(ch.isalpha() for ch in word) else DATE
    lex = lexicon()
    spellings.add(word, Target(replacement, 1))
    for part in location_words(word) if is_place else name_parts(word):
        if " " not in part:
            spellings.add(part, Target(replacement, 1, None, lex.is_ordinary(part)))


@lru_cache(maxsize=16_384)
def _place_like(word: str) -> bool:
    return bool(PLACE_WORDS.search(word))


def _replace_phrases(text: str, phrases: list[str]) -> str:
    """Each phrase (lowercase, longest first), whole word and in any case, → "[place]"; a plain search,
    with no pattern to compile for each encounter's location."""
    low = lowered(text)
    for needle in phrases:
        start = low.find(needle)
        while start >= 0:
            end = start + len(needle)
            if (start == 0 or not word_character(text[start - 1])) and (
                end == len(text) or not word_character(text[end])
            ):
                text = text[:start] + PLACE + text[end:]
                low = low[:start] + PLACE + low[end:]
                end = start + len(PLACE)
            start = low.find(needle, end)
    return text


def _replace(matcher: Matcher, text: str, client: str | None) -> str:
    if line_break_hyphens(text):  # "Mül-" / "ler" read as one word, then "Maria-" / "and" as two
        text = _replace_in(matcher, text, client, joined=True)
    return _replace_in(matcher, text, client, joined=False)


def _replace_in(matcher: Matcher, text: str, client: str | None, *, joined: bool) -> str:
    for pattern, bounded in matcher.passes_for(text):
        view = View.of(text, joined=joined)
        pieces: list[str] = []
        last = 0
        previous: str | None = None  # the replacement just written, to fold "C-1 C-1" into one
        for match, name, suffix, targets in matcher.scan(pattern, bounded, view):
            target = _chosen(targets, client)
            if decision(view.text, match.start(), match.end(), name, suffix, target) != "replace":
                continue
            start, end = view.span(match.start(), match.end())
            gap = text[last:start]
            if previous == target.replacement and gap and not gap.strip(" -"):
                pieces.append(_possessive(suffix))
            else:
                pieces += [gap, target.replacement + _possessive(suffix)]
            previous = None if suffix else target.replacement
            last = end
        if pieces:
            text = "".join(pieces) + text[last:]
    return text
