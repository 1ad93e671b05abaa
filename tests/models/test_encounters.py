"""Saving, editing, trashing and searching encounters."""

import pytest
from peewee import IntegrityError

from models.log.encounters import (
    Encounter,
    EncounterCategory,
    FollowUp,
    delete_encounter,
    empty_trash,
    encounter_dict,
    live_encounters,
    restore_encounter,
    save_encounter,
)
from models.log.search import query_terms, text_search_condition
from models.store.database import db
from models.values import ValidationError
from tests.helpers import encounter_fields


def test_save_then_read_back(client):
    saved = save_encounter(encounter_fields(categories=["public_acknowledgement", "confidentiality"]))
    fields = encounter_dict(saved.id)
    assert fields["categories"] == ["public_acknowledgement", "confidentiality"]
    assert fields["follow_up"] == [{"action": "discuss_next_session", "done": False}]
    assert fields["client"] == "C-TEST"


def test_edit_replaces_fields_categories_and_follow_ups(client):
    saved = save_encounter(encounter_fields())
    fields = encounter_dict(saved.id)
    fields.update(risk="moderate", categories=["confidentiality"], follow_up=[{"action": "no_action", "done": True}])
    save_encounter(fields)
    again = encounter_dict(saved.id)
    assert (again["risk"], again["categories"], again["follow_up"]) == (
        "moderate",
        ["confidentiality"],
        [{"action": "no_action", "done": True}],
    )
    assert again["created_at"] == fields["created_at"]
    assert Encounter.select().count() == 1


def test_invalid_edit_changes_nothing(client):
    saved = save_encounter(encounter_fields())
    before = encounter_dict(saved.id)
    with pytest.raises(ValidationError) as refused:
        save_encounter({**before, "what_was_said": "", "risk": "extreme"})
    assert {p.field for p in refused.value.problems} == {"what_was_said", "risk"}
    assert encounter_dict(saved.id) == before


def test_a_failure_mid_save_rolls_back_the_whole_encounter(client, monkeypatch):
    import models.log.encounters as encounters

    def fail(*args, **kwargs):
        raise IntegrityError("simulated failure after the encounter row was written")

    monkeypatch.setattr(encounters.FollowUp, "insert_many", fail)
    with pytest.raises(IntegrityError):
        save_encounter(encounter_fields())
    assert (Encounter.select().count(), EncounterCategory.select().count(), FollowUp.select().count()) == (0, 0, 0)


def test_trash_restore_and_empty(client):
    kept = save_encounter(encounter_fields())
    trashed = save_encounter(encounter_fields(what_was_said="Passed in the corridor."))
    delete_encounter(trashed.id)
    assert [e.id for e in live_encounters()] == [kept.id]
    restore_encounter(trashed.id)
    assert live_encounters().count() == 2
    delete_encounter(trashed.id)
    assert empty_trash() == 1
    assert Encounter.select().count() == 1
    assert EncounterCategory.select().where(EncounterCategory.encounter == trashed.id).count() == 0


def search(text):
    return {e.what_was_said for e in Encounter.select().where(text_search_condition(text))}


def test_full_text_search_follows_saves_edits_and_deletes(client):
    first = save_encounter(encounter_fields(what_was_said="Met at the farmers' market by the café"))
    save_encounter(encounter_fields(what_was_said="A text message late on Sunday", location="Home office"))
    assert search("market") == {"Met at the farmers' market by the café"}
    assert search("cafe") == {"Met at the farmers' market by the café"}  # diacritics folded
    assert search("mark") == {"Met at the farmers' market by the café"}  # prefix
    assert search("office") == {"A text message late on Sunday"}  # location is searched too
    assert search("sunday late") == {"A text message late on Sunday"}  # every word, any order
    fields = encounter_dict(first.id)
    save_encounter({**fields, "what_was_said": "Met at the library"})
    assert search("market") == set()
    assert search("library") == {"Met at the library"}
    Encounter.delete().where(Encounter.id == first.id).execute()
    assert search("library") == set()
    assert text_search_condition("   ") is None
    assert search('quote"s') == set()  # quotes in the query are escaped, not an error


def test_search_splits_words_as_the_index_does(client):
    """The index holds words, not their places (migration 0020): a hyphenated or possessive query
    word is matched by its parts, and punctuation alone is no query."""
    save_encounter(encounter_fields(what_was_said="Agreed a follow-up call with Maria's sister, 19:30"))
    save_encounter(encounter_fields(what_was_said="Followed the protocol; no call"))
    assert search("follow-up") == {"Agreed a follow-up call with Maria's sister, 19:30"}
    assert search("Maria's") == search("maria") == {"Agreed a follow-up call with Maria's sister, 19:30"}
    assert search("19:30") == {"Agreed a follow-up call with Maria's sister, 19:30"}
    assert search("call") == {"Agreed a follow-up call with Maria's sister, 19:30", "Followed the protocol; no call"}
    assert text_search_condition("-- ' ;") is None
    assert query_terms("O'Brien's follow_up x") == ["Brien", "follow", "up", "x"]
    db.obj.execute_sql("INSERT INTO encounter_search(encounter_search, rank) VALUES ('integrity-check', 1)")
