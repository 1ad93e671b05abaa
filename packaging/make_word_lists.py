"""Build resources/words/common.txt and ordinary.txt, the pseudonymiser's word lists (a developer's tool).

Not run by the app, the tests or CI: the two lists are committed, with their sources and licences in
resources/words/README.md. Run it again only to change what the lists hold:

    apt-get install wamerican-small wbritish-small wngerman
    python -m venv /tmp/wl && /tmp/wl/bin/pip install wordfreq==3.1.1 gender-guesser==0.4.0 names==0.3.0
    /tmp/wl/bin/python packaging/make_word_lists.py

common.txt: the most frequent words of English and German (wordfreq), lowercased, most frequent
first (a word's place is its better rank in either language), without the ones that are only
people's names (popular first names and surnames that are no ordinary word).
"Community" and "Supermarkt" are in it; "maria", "peter" and "müller" are not; "will", "rose" and
"mark" are (ordinary words that are also names).

ordinary.txt: the words of common.txt that are also ordinary *lowercase* words in a dictionary
(SCOWL for English, igerman98 for German): "will", "rose", "mark", "klein". A client whose name
is one of these is pseudonymised where the name is written with a capital ("Will", "WILL"), not
where the lowercase word is ("she will come").
"""

from __future__ import annotations

import importlib.resources
import re
import sys
from pathlib import Path

import wordfreq

ENGLISH_WORDS = 20_000
GERMAN_WORDS = 50_000  # German inflects and compounds: more forms for the same coverage
POPULAR_NAME = 3  # Jörg Michael's scale: 1 rare … 13 extremely common
SURNAMES = 2_000  # the most frequent US census surnames
NAME_COUNTRIES = (0, 1, 2, 12, 13, 14, 16)  # GB, IE, US, DE, AT, CH, DK columns of nam_dict.txt
# Popular first names of every other country of nam_dict.txt (Turkey, Russia, the Arab countries,
# China, ...) are names of clients' families too ("Mehmet", "Fatima", "Dmitri"): left out as well
# when no dictionary has the word in any case (a German noun "Foto" or "Enkel" stays), and has three
# letters or more; a few informal words stay all the same.
OTHER_NAME_COUNTRIES = tuple(range(55))
INFORMAL_WORDS = {"tho", "doc", "yup", "dat", "ave", "que", "wha", "gro", "moin"}

# Dictionary words whose ordinary sense is too rare in a note to outweigh the name: a client called
# Maria is pseudonymised as "maria" too ("maria" is also the plural of "mare" in SCOWL).
NAMES_NOT_WORDS = {
    "albert", "allen", "carol", "don", "earl", "franz", "harry", "kurt", "maria", "martin", "mike",
    "paddy", "peter", "sally", "victor",
    # first names of other countries that a dictionary holds as a proper noun (a place, a saint)
    "arsen", "attila", "augustin", "aurel", "dante", "elias", "emir", "fatima", "guillaume", "haider", "hussein",
    "immanuel", "isaak", "kamel", "krishna", "linus", "mendel", "mohammed", "oleg", "pablo", "pedro", "riad",
    "salvador", "saul", "seher", "sigmund", "wladimir",
}  # fmt: skip

# The most frequent German surnames, and the most frequent Turkish, Polish, Russian, Arabic and
# South Asian ones among families in Germany and Britain (no dictionary of names lists them): those
# that are ordinary words too ("klein", "lange", "schwarz") stay in common.txt.
GERMAN_SURNAMES = """
müller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer koch bauer richter
klein wolf schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner
schmitz krause meier lehmann schmid schulze maier köhler herrmann könig walter mayer huber kaiser
fuchs peters lang scholz möller weiß jung hahn schubert vogel friedrich keller günther frank berger
winkler roth beck lorenz baumann franke albrecht schuster simon ludwig böhm winter kraus martin
schumacher krämer vogt stein jäger otto sommer groß seidel heinrich brandt haas schreiber graf
schulte dietrich ziegler kuhn kühn pohl engel horn busch bergmann thomas voigt sauer arnold wolff
pfeiffer
yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk aydın aydin
özdemir ozdemir arslan doğan dogan kılıç kilic aslan çetin cetin koç koc özkan ozkan şimşek simsek polat
korkmaz erdoğan erdogan güneş gunes
nowak kowalski kowalska wiśniewski wiśniewska wójcik kowalczyk kamiński lewandowski zieliński szymański
woźniak dąbrowski kozłowski
ivanov ivanova smirnov smirnova kuznetsov kuznetsova popov popova petrov petrova sokolov volkov
hussain hussein ahmed mohammed muhammad rahman begum akhtar iqbal qureshi chaudhry siddiqui
nguyen tran pham
""".split()

WORD = re.compile(r"^[^\W\d_]+$")
SCOWL = ("/usr/share/dict/american-english-small", "/usr/share/dict/british-english-small")
GERMAN = "/usr/share/dict/ngerman"


def dictionary(path: str) -> set[str]:
    return {line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()}


def popular_first_names(countries: tuple[int, ...] = NAME_COUNTRIES) -> set[str]:
    text = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    found = set()
    for line in text.splitlines():
        if not line or line[0] in "#=" or len(line) < 31 or line[29] == "+":
            continue
        columns = line[30:-1]
        popularity = max((int(columns[i], 16) for i in countries if i < len(columns) and columns[i] != " "),
                         default=0)  # fmt: skip
        if popularity >= POPULAR_NAME:
            found.add(line.split()[1].lower())
    return found


def census_surnames() -> set[str]:
    text = importlib.resources.files("names").joinpath("dist.all.last").read_text(encoding="utf-8")
    return {line.split()[0].lower() for line in text.splitlines()[:SURNAMES]}


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/words")
    english = [w for w in wordfreq.top_n_list("en", ENGLISH_WORDS) if WORD.match(w)]
    german = [w for w in wordfreq.top_n_list("de", GERMAN_WORDS) if WORD.match(w)]
    scowl = dictionary(SCOWL[0]) | dictionary(SCOWL[1])
    igerman = {w for w in dictionary(GERMAN) if w[:1].islower()}
    ordinary = ({w for w in english if w in scowl} | {w for w in german if w in igerman}) - NAMES_NOT_WORDS
    names = popular_first_names() | census_surnames() | set(GERMAN_SURNAMES) | NAMES_NOT_WORDS
    words = {w.casefold() for path in (*SCOWL, GERMAN) for w in dictionary(path)}
    names |= {
        name for name in popular_first_names(OTHER_NAME_COUNTRIES) if len(name) >= 3 and name not in words
    } - INFORMAL_WORDS
    rank: dict[str, int] = {}
    for words in (english, german):
        for position, word in enumerate(words):
            rank[word] = min(rank.get(word, position), position)
    common = sorted((set(english) | set(german)) - (names - ordinary), key=lambda w: (rank[w], w))
    target.mkdir(parents=True, exist_ok=True)
    (target / "common.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    (target / "ordinary.txt").write_text("\n".join(sorted(ordinary)) + "\n", encoding="utf-8")
    print(f"common.txt: {len(common)} words; ordinary.txt: {len(ordinary)}; names left out: {len(names - ordinary)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
