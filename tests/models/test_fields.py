"""The encounter's fields are declared once (models/log/fields.py): the stored row, the interchange
shape, the CSV, the search index and the privacy of each field all follow that declaration."""

from models.interchange.csv_export import encounters_csv
from models.kinds import Text
from models.log.encounters import Encounter, encounter_dicts, save_encounter
from models.log.fields import ENCOUNTER, FORM_ORDER
from models.records import Field, Record
from models.store.database import db
from tests.helpers import TODAY, encounter_fields


def test_every_field_the_therapist_writes_has_its_words_and_its_place_in_the_form():
    for field in ENCOUNTER:
        if field.bookkeeping:
            continue
        assert field.label and field.term, field.name
        assert field.section in FORM_ORDER, field.name


def test_the_narrative_identifying_and_private_fields_are_those_of_design_section_9():
    assert set(ENCOUNTER.narrative) == {
        "what_was_said", "response", "reflection", "rationale", "anticipated_benefit", "anticipated_consequences",
        "consultation",
    }  # fmt: skip
    assert ENCOUNTER.identifying == ("location",)
    assert ENCOUNTER.private == ("reflection",)


def test_the_search_index_covers_the_searchable_fields(store):
    columns = {row[1] for row in db.obj.execute_sql("PRAGMA table_info(encounter_search)").fetchall()}
    assert columns == set(ENCOUNTER.searchable)


def test_the_interchange_shape_and_the_csv_carry_every_field_in_order(client):
    saved = save_encounter(encounter_fields(), today=TODAY)
    [values] = encounter_dicts([Encounter.get_by_id(saved.id)])
    assert list(values) == list(ENCOUNTER.names)
    header = encounters_csv(identified=True, include_reflections=True).splitlines()[0].split(",")
    assert (
        header
        == [name for name in ENCOUNTER.names if name != "deleted_at"][:5]
        + ["client_name"]
        + [name for name in ENCOUNTER.names if name != "deleted_at"][5:]
    )


def test_de_identified_output_leaves_out_what_the_declaration_marks(client):
    saved = save_encounter(encounter_fields(), today=TODAY)
    [values] = encounter_dicts([Encounter.get_by_id(saved.id)], identified=False, include_reflection=False)
    assert values["location"] is None and values["reflection"] is None
    assert values["what_was_said"] == encounter_fields()["what_was_said"]


def test_a_record_declared_with_a_new_field_reads_it_on_both_roads():
    record = Record("Fields", "is not a field here", Field("mood", Text(), required=True))
    assert record.read({"mood": "calm"}, None) == (["calm"], [])
    values, problems = record.read({"mood": "  "}, None)
    assert values is None and [(p.field, p.message) for p in problems] == [("mood", "must not be empty")]
    values, problems = record.read({"weather": 1}, None)
    assert values is None and {p.field for p in problems} == {"weather", "mood"}
