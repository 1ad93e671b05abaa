"""Hypothesis strategies for encounters and documents in interchange shape."""

import datetime as dt
import re
import uuid

from hypothesis import assume
from hypothesis import strategies as st

from models.log.enums import (
    Acknowledgement,
    Assessment,
    Avoidability,
    Channel,
    Concern,
    FollowUpAction,
    Initiator,
    Risk,
    Setting,
)
from models.log.taxonomy import BUILTIN_SLUGS
from models.pseudonymise.lexicon import lexicon
from models.pseudonymise.pseudonymiser import PARTICLES, name_parts
from models.pseudonymise.spellings import fold
from tests.helpers import TODAY

texts = st.text(max_size=120)
non_blank_texts = texts.filter(lambda t: t.strip() != "")
optional_texts = st.none() | texts
timestamps = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2026, 11, 27)).map(
    lambda d: d.replace(microsecond=0).isoformat()
)
in_person_settings = [s.value for s in Setting if s != Setting.NOT_APPLICABLE]


@st.composite
def encounters(draw, client_codes=("C-TEST",), tag_slugs=()):
    channel = draw(st.sampled_from([c.value for c in Channel]))
    setting = draw(st.sampled_from(in_person_settings)) if channel == "in_person" else "not_applicable"
    actions = draw(st.lists(st.sampled_from([a.value for a in FollowUpAction]), unique=True, max_size=4))
    return {
        "id": str(draw(st.uuids())),
        "occurred_on": draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=TODAY)).isoformat(),
        "occurred_time": draw(st.none() | st.times().map(lambda t: t.strftime("%H:%M"))),
        "duration_minutes": draw(st.none() | st.integers(0, 1440)),
        "client": draw(st.sampled_from(client_codes)),
        "channel": channel,
        "setting": setting,
        "location": draw(optional_texts),
        "initiated_by": draw(st.sampled_from([i.value for i in Initiator])),
        "avoidability": draw(st.sampled_from([a.value for a in Avoidability])),
        "acknowledgement": draw(st.sampled_from([a.value for a in Acknowledgement])),
        "others_present": draw(st.booleans()),
        "therapy_content_raised": draw(st.booleans()),
        "what_was_said": draw(non_blank_texts),
        "response": draw(texts),
        "reflection": draw(optional_texts),
        "categories": draw(st.lists(st.sampled_from(list(BUILTIN_SLUGS) + list(tag_slugs)), min_size=1, unique=True)),
        "risk": draw(st.sampled_from([r.value for r in Risk])),
        "assessment": draw(st.sampled_from([a.value for a in Assessment])),
        "concerns": draw(st.lists(st.sampled_from([c.value for c in Concern]), unique=True)),
        "rationale": draw(optional_texts),
        "anticipated_benefit": draw(optional_texts),
        "anticipated_consequences": draw(optional_texts),
        "consultation": draw(optional_texts),
        "follow_up": [{"action": a, "done": draw(st.booleans())} for a in actions],
        "for_supervision": draw(st.booleans()),
        "created_at": draw(timestamps),
        "updated_at": draw(timestamps),
        "deleted_at": draw(st.none() | timestamps),
    }


def document(encounter_list, clients=None, tags=None, reviews=None):
    return {
        "format": "caselog",
        "version": 1,
        "exported_at": "2026-11-27T10:00:00",
        "identified": True,
        "clients": clients if clients is not None else [{"code": "C-TEST", "name": "Test Person"}],
        "tags": tags or [],
        "encounters": encounter_list,
        "reviews": reviews or [],
    }


def new_id() -> str:
    return str(uuid.uuid4())


# ---------------------------------------------------------------- names in narratives (pseudonymisation)

# Narrative words that are none of the names below (checked in the strategy).
FILLER = (
    "the client said hello at the market and we talked briefly about the weather before she left "
    "I noticed that he seemed tense afterwards we agreed to discuss it next session with her partner "
    "der Klient sagte hallo auf dem Markt wir sprachen kurz über das Wetter danach ging sie weg "
    "ich bemerkte dass er angespannt wirkte wir vereinbarten es in der nächsten Sitzung zu besprechen"
).split()
PUNCTUATION = ("", ",", ".", ";", ":", "!", "?", ")", '"', "—")
OPENERS = ("", "(", '"', "„", "«", "'")
POSSESSIVES = ("", "'s", "’s", "'", "s")

REAL_NAMES = [
    "Maria Schmidt", "Søren Kierkegaard", "Ægidius Hansen", "Jürgen Strauß", "Zoë O'Brien", "Ludwig van Beethoven",
    "José García-Márquez", "Işıl Yılmaz", "Łukasz Wałęsa", "Мария Иванова", "Дмитрий Смирнов", "محمد علي",
    "فاطمة الزهراء", "דוד כהן", "Δημήτρης Παπαδόπουλος", "王小明", "山田 太郎", "김민수", "Nguyễn Thị Lan",
    "Aoife Ní Bhraonáin", "Anna-Lena Müller", "Siobhán MacCarthy",
]  # fmt: skip


def spaced(name: str) -> bool:
    return not re.search("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", name)


IDS = re.compile(r"\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b", re.IGNORECASE)


def survivors(output: str, name: str) -> list[str]:
    """Parts of ``name`` still in ``output`` as whole words (any case and spelling), or as
    substrings for names written without spaces. Encounter ids are left out first: folded, a
    segment of one ("aaea") can read as a short name ("Aaa")."""
    left = []
    folded_output = fold(IDS.sub(" ", output))
    for part in name_parts(name):
        if part.casefold() in PARTICLES:
            continue
        key = fold(part)
        if spaced(part):
            if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded_output):
                left.append(part)
        elif key in folded_output:
            left.append(part)
    return left


def where_it_survives(output: str, name: str) -> str:
    """The stretches of ``output`` around each surviving part of ``name`` (a failure's message)."""
    folded_output, found = fold(IDS.sub(" ", output)), []
    for part in survivors(output, name):
        for match in re.finditer(rf"(?<!\w){re.escape(fold(part))}(?!\w)", folded_output):
            found.append(folded_output[max(0, match.start() - 120) : match.end() + 60])
    return f"{name!r} survives in: " + " | ".join(found[:3])


def random_case(draw, word: str) -> str:
    style = draw(st.sampled_from(["as is", "lower", "upper", "title", "mixed"]))
    if style == "lower":
        return word.lower()
    if style == "upper":
        return word.upper()
    if style == "title":
        return word.title()
    if style == "mixed":
        flips = draw(st.lists(st.booleans(), min_size=len(word), max_size=len(word)))
        return "".join(ch.upper() if flip else ch.lower() for ch, flip in zip(word, flips, strict=True))
    return word


@st.composite
def generated_names(draw) -> str:
    """Random names in several scripts, none of them an everyday word."""
    alphabet = draw(st.sampled_from([
        "abcdefghijklmnopqrstuvwxyzäöüßéèñçøæå", "абвгдежзийклмнопрстуфхцчшщыэюя", "αβγδεζηθικλμνξοπρστυφχψω",
        "ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "אבגדהוזחטיכלמנסעפצקרשת",
    ]))  # fmt: skip
    words = draw(st.lists(st.text(alphabet, min_size=3, max_size=10), min_size=1, max_size=3))
    name = " ".join(w[0].upper() + w[1:] for w in words)
    lex = lexicon()
    assume(all(not lex.is_ordinary(w) and w.casefold() not in PARTICLES for w in words))
    assume(not any(fold(w) == fold(f) for w in words for f in FILLER))
    return name


@st.composite
def narratives_with_name(draw, names):
    name = draw(names)
    words = draw(st.lists(st.sampled_from(FILLER), min_size=0, max_size=40))
    inserted = draw(st.integers(min_value=1, max_value=4))
    for _ in range(inserted):
        form = draw(st.sampled_from(name_parts(name)))
        if form.casefold() in PARTICLES:
            form = name
        written = random_case(draw, form) if spaced(form) else form
        if spaced(form):
            written = draw(st.sampled_from(OPENERS)) + written + draw(st.sampled_from(POSSESSIVES))
            written += draw(st.sampled_from(PUNCTUATION))
        words.insert(draw(st.integers(min_value=0, max_value=len(words))), written)
    joiner = " " if spaced(name) or draw(st.booleans()) else ""
    return name, joiner.join(words)
