"""This database's identity and contacts, as stored: made once, kept through passphrase changes and
backups, never trusting a card whose fingerprint was not compared."""

from __future__ import annotations

import pytest

from models.opening import change_store_passphrase, close_store, open_store
from models.store.audit import AuditEntry
from models.store.backup import make_backup, restore_backup
from models.store.database import db
from models.supervision.exchange.contacts import (
    ProfileError,
    add_contact,
    card_bytes,
    contact_keys,
    contacts,
    own_fingerprint,
    own_identity,
    own_profile,
    read_contact_card,
    set_profile,
)
from models.supervision.exchange.errors import ExchangeError, FingerprintMismatch
from models.supervision.exchange.identity import Identity, Profile, Role, make_card
from models.supervision.exchange.tables import ExchangeContact, ExchangeIdentity
from tests.helpers import PASSPHRASE

SUPERVISOR = Identity.generate()
SUPERVISOR_CARD = make_card(SUPERVISOR, Profile("Dr. Anna Keller", Role.SUPERVISOR, "PsyD", "PSY 12345 (CA)"))


def test_identity_is_made_once_on_first_use(store):
    assert ExchangeIdentity.select().count() == 0
    first = own_fingerprint()
    assert own_fingerprint() == first and ExchangeIdentity.select().count() == 1
    assert AuditEntry.select().where(AuditEntry.action == "identity.create").count() == 1


def test_fingerprint_survives_reopening_a_passphrase_change_and_a_backup_restored(store, db_path, tmp_path):
    fingerprint = own_fingerprint()
    change_store_passphrase(PASSPHRASE, "another long passphrase")
    close_store()
    open_store(db_path, "another long passphrase")
    assert own_fingerprint() == fingerprint
    backup = make_backup(db.obj, tmp_path / "copy.db")
    close_store()
    restored = tmp_path / "restored.db"
    restore_backup(backup, restored, "another long passphrase")
    open_store(restored, "another long passphrase")
    assert own_fingerprint() == fingerprint


def test_the_secret_key_is_only_inside_the_encrypted_file(store, db_path):
    secret = own_identity().secret
    close_store()
    for path in db_path.parent.iterdir():
        assert secret not in path.read_bytes() and secret[:32] not in path.read_bytes()


def test_profile_is_set_field_by_field_and_refused_naming_the_field(store):
    set_profile(name="Sam Rivera", role="therapist")
    assert set_profile(credential="LMFT", licence="LMFT 98765") == Profile(
        "Sam Rivera", Role.THERAPIST, "LMFT", "LMFT 98765"
    )
    with pytest.raises(ProfileError) as caught:
        set_profile(role="admin")
    assert caught.value.field == "role"
    with pytest.raises(ProfileError) as caught:
        set_profile(name="x" * 201)
    assert caught.value.field == "name"
    assert own_profile().name == "Sam Rivera"


def test_a_card_needs_a_name_and_carries_this_identity(store):
    with pytest.raises(ProfileError, match="name"):
        card_bytes()
    set_profile(name="Sam Rivera", credential="LMFT")
    card = read_contact_card(card_bytes())
    assert card.fingerprint == own_fingerprint() and card.profile.name == "Sam Rivera"


def test_a_card_is_added_only_when_the_read_out_fingerprint_matches(store):
    card = read_contact_card(SUPERVISOR_CARD)
    with pytest.raises(FingerprintMismatch):
        add_contact(card, Identity.generate().fingerprint)
    assert ExchangeContact.select().count() == 0
    contact = add_contact(card, SUPERVISOR.fingerprint.replace(" ", ""))
    assert contact.name == "Dr. Anna Keller" and contact.fingerprint == SUPERVISOR.fingerprint
    assert contact_keys(SUPERVISOR.fingerprint) == SUPERVISOR.public
    assert [c.fingerprint for c in contacts(Role.SUPERVISOR)] == [SUPERVISOR.fingerprint]
    assert contacts(Role.THERAPIST) == []


def test_adding_a_card_again_updates_the_profile_not_the_keys(store):
    add_contact(read_contact_card(SUPERVISOR_CARD), SUPERVISOR.fingerprint)
    newer = make_card(SUPERVISOR, Profile("Dr. Anna Keller", Role.SUPERVISOR, "PsyD, ABPP", "PSY 12345 (CA)"))
    add_contact(read_contact_card(newer), SUPERVISOR.fingerprint)
    assert [c.credential for c in contacts()] == ["PsyD, ABPP"]


def test_your_own_card_is_not_a_contact(store):
    set_profile(name="Sam Rivera")
    with pytest.raises(ExchangeError, match="your own card"):
        add_contact(read_contact_card(card_bytes()), own_fingerprint())
