"""The one encounter validator: every problem named by its field."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.log.fields import ENCOUNTER
from models.log.taxonomy import BUILTIN_SLUGS
from models.log.validation import ValidationContext, validate_encounter
from models.values import TEXT_MAX_LENGTH
from tests.helpers import TODAY, encounter_fields
from tests.models.strategies import encounters

CONTEXT = ValidationContext(today=TODAY, client_codes={"C-TEST"}, category_slugs={"public_acknowledgement", "mine"})


def problems_of(**overrides):
    _, problems = validate_encounter(encounter_fields(**overrides), CONTEXT)
    return {p.field: p.message for p in problems}


def test_a_complete_encounter_validates_to_typed_values():
    data, problems = validate_encounter(encounter_fields(), CONTEXT)
    assert problems == []
    assert data.occurred_on == dt.date(2026, 10, 14)
    assert data.occurred_time == dt.time(17, 40)
    assert data.follow_up[0][1] is False


def test_every_missing_required_field_is_named():
    raw = {"client": "C-TEST"}
    _, problems = validate_encounter(raw, CONTEXT)
    fields = {p.field for p in problems}
    assert {
        "occurred_on", "channel", "setting", "initiated_by", "avoidability", "acknowledgement",
        "what_was_said", "categories", "risk", "assessment",
    } <= fields  # fmt: skip


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("initiated_by", "stranger", "'stranger' is not one of client, therapist, third_party, chance, no_contact"),
        ("occurred_on", "2026-02-30", "'2026-02-30' is not a real date"),
        ("occurred_on", "14/10/2026", "is not a date in the form YYYY-MM-DD"),
        ("occurred_on", "2026-11-28", "2026-11-28 is in the future"),
        ("occurred_time", "25:00", "is not a real time of day"),
        ("duration_minutes", -5, "-5 is outside 0–1440 minutes"),
        ("duration_minutes", True, "must be a whole number of minutes"),
        ("what_was_said", "   ", "must not be empty"),
        ("what_was_said", "x" * (TEXT_MAX_LENGTH + 1), "the limit is 20,000"),
        ("what_was_said", "bad \ud800 surrogate", "not valid Unicode"),
        ("client", "C-NOPE", "'C-NOPE' is not a known client"),
        ("categories", [], "choose at least one category"),
        ("others_present", "yes", "must be true or false"),
        ("setting", "not_applicable", "choose where an in-person encounter happened"),
    ],
)
def test_bad_values_are_named_with_the_problem(field, value, expected):
    found = problems_of(**{field: value})
    assert field in found
    assert expected in found[field]


def test_setting_must_be_not_applicable_outside_in_person_contact():
    found = problems_of(channel="message", setting="public_place")
    assert "applies to in-person contact only" in found["setting"]
    assert problems_of(channel="message", setting="not_applicable") == {}


def test_list_items_are_named_by_index():
    found = problems_of(categories=["public_acknowledgement", "nope", "public_acknowledgement"])
    assert "'nope' is not a known category" in found["categories[1]"]
    assert "listed twice" in found["categories[2]"]
    found = problems_of(follow_up=[{"action": "call_client", "done": False}])
    assert "follow_up[0].action" in found


def test_unknown_key_is_an_error():
    assert "is not a field of an encounter" in problems_of(mood="fine")["mood"]


def test_any_unicode_text_is_accepted_up_to_the_limit():
    text = "שלום 你好 مرحبا 👋🏽 " + "a" * (TEXT_MAX_LENGTH - 20)
    assert len(text) <= TEXT_MAX_LENGTH
    assert problems_of(what_was_said=text, response="<b>&amp;</b>\t\n") == {}


def test_prefix_builds_paths_for_the_importer():
    _, problems = validate_encounter(encounter_fields(risk="extreme"), CONTEXT, prefix="encounters[3].")
    assert str(problems[0]) == "encounters[3].risk: 'extreme' is not one of low, moderate, high"
    _, problems = validate_encounter(encounter_fields(categories=["nope"]), CONTEXT)
    assert problems[0].field == "categories[0]"
    assert problems[0].field_name == "categories"


def test_a_message_with_braces_in_the_value_is_safe():
    found = problems_of(occurred_on="{today}")
    assert "'{today}' is not a date" in found["occurred_on"]


# One validator serves the form and the importer. Whatever it is given, it either accepts with no
# problem or refuses naming at least one, never raises; what it accepts reads back as it was given.
ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 2000), st.floats(allow_nan=False), st.text(max_size=12),
    st.sampled_from(["2026-10-14", "2026-02-30", "2026-11-28", "2026-10-14\n", "17:40", "25:00", "2026-10-14T10:00:00",
                     "in_person", "public_place", "not_applicable", "client", "low", "C-TEST", "mine",
                     "discuss_next_session", "\ud800", "x" * (TEXT_MAX_LENGTH + 1), "   "]),
    st.lists(st.sampled_from(["public_acknowledgement", "mine", "other", 3]), max_size=3),
    st.lists(st.fixed_dictionaries({"action": st.sampled_from(["discuss_next_session", "nope"]),
                                    "done": st.sampled_from([True, False, 0])}), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)  # fmt: skip
ALL_KEYS = sorted(ENCOUNTER.keys | {"extra"})
EVERY_SLUG = ValidationContext(today=TODAY, client_codes={"C-TEST"}, category_slugs={*BUILTIN_SLUGS, "mine"})


def read_back(data) -> dict:
    """A validated encounter in the interchange shape again."""
    values = {name: field.kind.dump(getattr(data, name)) for name, field in ENCOUNTER.by_name.items()}
    values["follow_up"] = [{"action": action.value, "done": done} for action, done in data.follow_up]
    return values


@given(
    valid=encounters(client_codes=("C-TEST",), tag_slugs=("mine",)),
    changes=st.dictionaries(st.sampled_from(ALL_KEYS), ODD_VALUES, max_size=3),
    removed=st.sets(st.sampled_from(ALL_KEYS), max_size=2),
)
@settings(max_examples=400, deadline=None)
def test_the_validator_accepts_or_names_a_problem_on_either_road_and_keeps_what_it_accepts(valid, changes, removed):
    data, problems = validate_encounter(valid, EVERY_SLUG)
    assert problems == [] and data is not None
    raw = {key: value for key, value in {**valid, **changes}.items() if key not in removed}
    data, problems = validate_encounter(raw, EVERY_SLUG)
    assert (data is None) == bool(problems)
    # The quick road (compiled from the same checks) agrees with the field-by-field one.
    quick, _ = ENCOUNTER.read(raw, EVERY_SLUG)
    full, every_problem = ENCOUNTER.read_every_problem(raw, EVERY_SLUG)
    assert (quick is None) == (full is None) == bool(every_problem)
    if quick is not None and "id" not in raw:  # without one, each road makes a new id
        quick, full = quick[1:], full[1:]
    assert quick == full
    if data is not None:
        given_back = read_back(data)
        for key, value in raw.items():
            if value is not None and key != "follow_up":
                assert given_back[key] == value, key
        assert given_back["follow_up"] == [{"done": False, **item} for item in raw.get("follow_up") or []]


def test_an_encounter_without_an_id_gets_a_new_one_unless_an_id_is_required():
    raw = encounter_fields()
    first, _ = validate_encounter(raw, CONTEXT)
    second, _ = validate_encounter(raw, CONTEXT)
    assert first is not None and second is not None and first.id != second.id
    _, problems = validate_encounter(raw, ValidationContext(today=TODAY, require_id=True))
    assert [(p.field, p.message) for p in problems] == [("id", "is required")]
