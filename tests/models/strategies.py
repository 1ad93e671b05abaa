"""Hypothesis strategies for encounters and documents in interchange shape."""

import datetime as dt
import uuid

from hypothesis import strategies as st

from models.log.enums import (
    Acknowledgement,
    Assessment,
    Avoidability,
    Channel,
    FollowUpAction,
    Initiator,
    Risk,
    Setting,
)
from models.log.taxonomy import BUILTIN_SLUGS
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
