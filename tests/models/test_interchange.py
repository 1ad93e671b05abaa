"""JSON interchange (DESIGN §7): round trips field for field; imports are all or nothing and
idempotent; pseudonymised exports carry no names, locations or reflections."""

import json
import os
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.interchange.exporting import export_document, export_json
from models.interchange.importing import ImportFileError, import_document, import_json, parse_json
from models.log.clients import Client, create_client
from models.log.encounters import Encounter, delete_encounter, save_encounter
from models.opening import close_store, open_store
from models.supervision.reviews import MonthReview
from models.values import ValidationError
from tests.helpers import PASSPHRASE, TODAY, encounter_fields
from tests.models.strategies import document, encounters, new_id


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    """One database for many hypothesis examples (each uses fresh encounter ids)."""
    database = open_store(tmp_path_factory.mktemp("shared") / "caselog.db", PASSPHRASE, create=True)
    import_document(document([], tags=[{"slug": "my_tag", "label": "My tag"}]), today=TODAY)
    yield database
    close_store()


def counts():
    return (Client.select().count(), Encounter.select().count(), MonthReview.select().count())


def exported_encounter(encounter_id):
    doc = export_document(identified=True, include_reflections=True)
    return next(e for e in doc["encounters"] if e["id"] == encounter_id)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(encounter=encounters(tag_slugs=("my_tag",)))
def test_any_valid_encounter_survives_export_and_import_unchanged(shared_store, encounter):
    encounter["id"] = new_id()  # hypothesis repeats its uuids; the database must not have seen this one
    import_document(document([encounter]), today=TODAY)
    assert exported_encounter(encounter["id"]) == encounter


MUTATIONS = {
    "occurred_on": st.sampled_from(["2026-02-30", "yesterday", 20261001, None, "2099-01-01"]),
    "occurred_time": st.sampled_from(["7pm", "24:61", 1730]),
    "duration_minutes": st.sampled_from([-1, 1441, "5", 2.5, True]),
    "client": st.sampled_from(["C-UNKNOWN", 7, None]),
    "channel": st.text(max_size=12).filter(
        lambda t: t not in {"in_person", "phone", "message", "social_media", "other"}
    ),
    "initiated_by": st.sampled_from(["stranger", "", None, ["client"]]),
    "acknowledgement": st.sampled_from(["maybe", 1]),
    "what_was_said": st.sampled_from(["", "   ", None, 42, "x" * 20_001]),
    "categories": st.sampled_from([[], ["not_a_category"], "confidentiality", [1], None]),
    "risk": st.sampled_from(["extreme", None]),
    "others_present": st.sampled_from(["yes", 0, None]),
    "follow_up": st.sampled_from([[{"action": "call"}], [{"action": "no_action", "done": "no"}], "none", [1]]),
    "created_at": st.sampled_from(["2026-01-01 10:00:00", "2026-13-01T00:00:00"]),
    "id": st.sampled_from(["not-a-uuid", 12, None]),
    "surprise_field": st.just("unexpected"),
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    batch=st.lists(encounters(tag_slugs=("my_tag",)), min_size=2, max_size=5),
    data=st.data(),
)
def test_any_mutation_into_an_invalid_file_is_refused_whole(shared_store, batch, data):
    index = data.draw(st.integers(0, len(batch) - 1))
    field = data.draw(st.sampled_from(sorted(MUTATIONS)))
    batch[index][field] = data.draw(MUTATIONS[field])
    before = counts()
    with pytest.raises(ValidationError) as refused:
        import_document(document(batch), today=TODAY)
    assert counts() == before
    assert any(p.field.startswith(f"encounters[{index}].") for p in refused.value.problems)


def test_reimporting_the_same_file_adds_nothing(store, tmp_path):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document([encounter_fields(id=new_id()), encounter_fields(id=new_id())])))
    first = import_json(path, today=TODAY)
    assert (first.encounters_added, first.clients_added) == (2, 1)
    second = import_json(path, today=TODAY)
    assert (second.encounters_added, second.encounters_already_present, second.clients_added) == (0, 2, 0)
    assert Encounter.select().count() == 2


def test_one_bad_encounter_refuses_the_whole_file(store):
    good = [encounter_fields(id=new_id()) for _ in range(3)]
    bad = encounter_fields(id=new_id(), initiated_by="stranger")
    with pytest.raises(ValidationError) as refused:
        import_document(document(good + [bad]), today=TODAY)
    assert str(refused.value.problems[0]).startswith("encounters[3].initiated_by: 'stranger' is not one of client")
    assert counts() == (0, 0, 0)


def test_a_repeated_id_is_refused(store):
    same = new_id()
    with pytest.raises(ValidationError, match=r"encounters\[1\]\.id: repeats the id of encounters\[0\]"):
        import_document(document([encounter_fields(id=same), encounter_fields(id=same)]), today=TODAY)


def test_pseudonymised_export_has_no_names_locations_or_reflections(store, tmp_path):
    create_client(code="C-AAAA", name="Jane Example")
    save_encounter(encounter_fields("C-AAAA", location="Elm Street pharmacy", reflection="private thought"))
    path = tmp_path / "out.json"
    export_json(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = path.read_text()
    for secret in ("Jane Example", "Elm Street pharmacy", "private thought"):
        assert secret not in text
    doc = json.loads(text)
    assert doc["identified"] is False
    assert doc["clients"] == [{"code": "C-AAAA", "name": None}]
    identified = export_document(identified=True)
    assert identified["clients"][0]["name"] == "Jane Example"
    assert identified["encounters"][0]["location"] == "Elm Street pharmacy"
    assert identified["encounters"][0]["reflection"] is None  # reflections only when asked for


def test_export_then_import_into_a_new_database_gives_the_same_document(store, tmp_path):
    create_client(code="C-AAAA", name="Jane Example")
    kept = save_encounter(encounter_fields("C-AAAA", categories=["confidentiality", "public_acknowledgement"]))
    trashed = save_encounter(encounter_fields("C-AAAA", what_was_said="Waved across the car park."))
    delete_encounter(trashed.id)
    import_document(
        document(
            [],
            clients=[],
            reviews=[
                {
                    "month": "2026-10",
                    "supervisor": "Dr. R. Supervisor",
                    "status": "signed_off",
                    "signed_at": "2026-11-05T16:00:00",
                    "notes": "Discussed acknowledgement protocol.",
                    "comments": [{"encounter": str(kept.id), "text": "Well handled.", "discussed": True}],
                }
            ],
        ),
        today=TODAY,
    )
    first = export_document(identified=True, include_reflections=True)
    close_store()
    open_store(tmp_path / "second.db", PASSPHRASE, create=True)
    import_document(first, today=TODAY)
    second = export_document(identified=True, include_reflections=True)
    first.pop("exported_at"), second.pop("exported_at")
    assert second == first
    assert len(second["encounters"]) == 2 and second["reviews"][0]["comments"][0]["discussed"] is True


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(version=2), "version: 2 is not a version this Caselog reads"),
        (lambda d: d.update(format="other"), "format: 'other' is not 'caselog'"),
        (lambda d: d.pop("encounters"), "encounters: is required"),
        (lambda d: d.update(extra=1), "extra: is not a key of a Caselog file"),
        (lambda d: d.update(clients=[{"code": "bad code!", "name": None}]), "clients[0].code:"),
        (lambda d: d.update(tags=[{"slug": "confidentiality", "label": "x"}]), "is a built-in category"),
        (
            lambda d: d.update(
                reviews=[
                    {
                        "month": "2026-13",
                        "supervisor": "",
                        "status": "open",
                        "signed_at": None,
                        "notes": "",
                        "comments": [],
                    }
                ]
            ),
            "reviews[0].month: '2026-13' is not a real month",
        ),  # fmt: skip
    ],
)
def test_bad_documents_name_the_path(store, change, expected):
    doc = document([encounter_fields(id=new_id())])
    change(doc)
    with pytest.raises(ValidationError) as refused:
        import_document(doc, today=TODAY)
    assert any(expected in str(p) for p in refused.value.problems), refused.value.problems
    assert counts() == (0, 0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{not json", "not valid JSON"),
        ('{"a": 1, "a": 2}', "appears twice"),
        ('{"a": NaN}', "NaN"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_files_that_are_not_json_are_refused_plainly(text, expected):
    with pytest.raises(ImportFileError, match=expected):
        parse_json(text)


def test_an_imported_encounter_is_stored_exactly_as_a_saved_one(store, client):
    """The bulk importer binds plain text and integers itself; the stored values (and their SQLite
    types) must be the ones peewee stores when the form saves the same encounter."""
    saved = save_encounter(encounter_fields(created_at="2026-10-14T18:00:00", updated_at="2026-10-15T09:30:05"))
    exported = export_document(identified=True, include_reflections=True)["encounters"][0]
    exported["id"] = str(new_id())
    import_document(document([exported], clients=[{"code": "C-TEST", "name": None}]), today=TODAY)

    def stored(encounter_id, table, key):
        rows = store.execute_sql(f"SELECT * FROM {table} WHERE {key} = ?", (encounter_id,)).fetchall()
        typeofs = ", ".join(f"typeof({column})" for column in _columns(store, table))
        types = store.execute_sql(f"SELECT {typeofs} FROM {table} WHERE {key} = ?", (encounter_id,)).fetchall()
        keep = [i for i, column in enumerate(_columns(store, table)) if column not in ("id", "encounter_id")]
        return [[row[i] for i in keep] for row in rows], [[row[i] for i in keep] for row in types]

    imported_id = exported["id"].replace("-", "")
    for table, key in (("encounter", "id"), ("encounter_category", "encounter_id"), ("follow_up", "encounter_id")):
        assert stored(saved.id.hex, table, key) == stored(imported_id, table, key), table
    assert Encounter.get_by_id(imported_id).occurred_time == saved.occurred_time


def _columns(database, table):
    return [row[1] for row in database.execute_sql(f"PRAGMA table_info({table})").fetchall()]


def test_a_version_1_file_written_before_concerns_still_imports_with_none(store):
    encounter = encounter_fields(id=new_id())
    assert "concerns" not in encounter
    import_document(document([encounter]), today=TODAY)
    assert exported_encounter(encounter["id"])["concerns"] == []


def test_concerns_round_trip_in_their_order_and_a_wrong_one_names_its_place(store):
    kept = encounter_fields(id=new_id(), concerns=["safety", "gift"], assessment="no_crossing")
    import_document(document([kept]), today=TODAY)
    exported = exported_encounter(kept["id"])
    assert (exported["concerns"], exported["assessment"]) == (["safety", "gift"], "no_crossing")
    wrong = encounter_fields(id=new_id(), concerns=["gift", "crush", "gift"])
    with pytest.raises(ValidationError) as refused:
        import_document(document([wrong]), today=TODAY)
    places = {p.field: str(p) for p in refused.value.problems}
    assert "'crush' is not one of romantic_or_sexual, gift" in places["encounters[0].concerns[1]"]
    assert "listed twice" in places["encounters[0].concerns[2]"]
