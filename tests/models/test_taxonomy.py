"""The built-in categories and the therapist's own tags."""

import pytest

from models.log.clients import create_client, new_client_code
from models.log.encounters import save_encounter
from models.log.taxonomy import BUILTIN_SLUGS, Category, create_tag, ordered_categories, remove_tag, set_hidden
from tests.helpers import encounter_fields


def test_the_eight_builtin_categories_are_seeded_in_order(store):
    assert [c.slug for c in ordered_categories()] == [
        "professional_boundaries", "dual_relationship", "public_acknowledgement", "confidentiality",
        "between_session_contact", "support_outside_sessions", "personal_reflection", "clinical_judgment",
    ]  # fmt: skip
    assert all(c.builtin and c.description for c in ordered_categories())


def test_builtin_categories_can_be_hidden_but_not_deleted(store):
    category = Category.get(Category.slug == "clinical_judgment")
    with pytest.raises(ValueError, match="built-in"):
        remove_tag(category)
    set_hidden(category, True)
    assert "clinical_judgment" not in [c.slug for c in ordered_categories(include_hidden=False)]
    assert Category.select().where(Category.slug.in_(BUILTIN_SLUGS)).count() == 8


def test_a_tag_in_use_is_retired_an_unused_one_deleted(client):
    used = create_tag("Online presence")
    unused = create_tag("Gifts")
    assert used.slug == "online_presence"
    save_encounter(encounter_fields(categories=["online_presence"]))
    assert remove_tag(used) == "retired"
    assert remove_tag(unused) == "deleted"
    assert Category.get(Category.slug == "online_presence").retired
    with pytest.raises(ValueError, match="slug"):
        create_tag("Confidentiality", slug="confidentiality")


def test_client_codes_are_random_and_unique(store):
    codes = {new_client_code() for _ in range(50)}
    assert all(code.startswith("C-") and len(code) == 6 for code in codes)
    assert len(codes) > 40
    create_client(code="C-ABCD", name="Jane")
    with pytest.raises(ValueError, match="already used"):
        create_client(code="C-ABCD")
    with pytest.raises(ValueError, match="code"):
        create_client(code="has space")
