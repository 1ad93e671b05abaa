"""Hostile input to the importer: random structures, wrong types, huge strings, deep nesting.
It never crashes and never imports part of a file."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.interchange.importing import ImportFileError, import_document, parse_json
from models.log.clients import Client
from models.log.encounters import Encounter
from models.opening import close_store, open_store
from models.values import ValidationError
from tests.helpers import PASSPHRASE, TODAY, encounter_fields
from tests.models.strategies import document, new_id

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    database = open_store(tmp_path_factory.mktemp("fuzz") / "caselog.db", PASSPHRASE, create=True)
    yield database
    close_store()


def state():
    return Client.select().count(), Encounter.select().count()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values)
def test_random_structures_are_refused_cleanly(fuzz_store, value):
    before = state()
    with pytest.raises(ValidationError):
        import_document(value, today=TODAY)
    assert state() == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), junk=json_values)
def test_junk_anywhere_in_a_valid_file_is_all_or_nothing(fuzz_store, data, junk):
    encounters = [encounter_fields(id=new_id()) for _ in range(3)]
    doc = document(encounters, clients=[{"code": "C-TEST", "name": None}])
    target = data.draw(st.sampled_from(["top", "encounter", "client", "review"]))
    key = data.draw(st.text(max_size=15))
    if target == "top":
        doc[key] = junk
    elif target == "encounter":
        encounters[data.draw(st.integers(0, 2))][key or "what_was_said"] = junk
    elif target == "client":
        doc["clients"][0][key or "code"] = junk
    else:
        doc["reviews"] = [junk]
    before = state()
    try:
        result = import_document(doc, today=TODAY)
    except ValidationError as refused:
        assert refused.problems and state() == before
    else:  # the junk happened to be a valid value: then the whole file went in
        assert result.encounters_added + result.encounters_already_present == 3


def test_huge_strings_are_refused_with_their_path(fuzz_store):
    doc = document([encounter_fields(id=new_id(), what_was_said="x" * 1_000_000)])
    with pytest.raises(ValidationError, match=r"encounters\[0\]\.what_was_said: is 1,000,000 characters long"):
        import_document(doc, today=TODAY)


def test_deep_nesting_is_refused_without_a_crash(fuzz_store):
    deep = json.dumps(document([])).replace('"reviews": []', '"reviews": ' + "[" * 400 + "]" * 400)
    with pytest.raises(ValidationError, match=r"reviews\[0\]"):
        import_document(parse_json(deep), today=TODAY)
    with pytest.raises(ImportFileError, match="nested too deeply"):
        parse_json('{"a": ' * 50_000)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_any_text_is_parsed_or_refused_plainly(text):
    try:
        parse_json(text)
    except ImportFileError as exc:
        assert str(exc)
