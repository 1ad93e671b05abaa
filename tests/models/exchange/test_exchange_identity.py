"""Identity, fingerprint and card: what a therapist and supervisor compare before trusting each other."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.supervision.exchange.canonical import b64encode, canonical
from models.supervision.exchange.errors import FingerprintMismatch, InvalidCard, TooLarge
from models.supervision.exchange.identity import (
    _CARD_CONTEXT,
    CARD_MAX_BYTES,
    Identity,
    Profile,
    PublicKeys,
    Role,
    fingerprint_of,
    make_card,
    normalise_fingerprint,
    read_card,
    trust_card,
)

PROFILE = Profile("Dr. Anna Keller", Role.SUPERVISOR, "PsyD", "PSY 12345 (CA)")


def test_fingerprint_is_thirty_digits_in_groups_of_five_and_survives_storage():
    identity = Identity.generate()
    assert re.fullmatch(r"\d{5}( \d{5}){5}", identity.fingerprint)
    assert Identity.from_secret(identity.secret).fingerprint == identity.fingerprint


def test_fingerprint_covers_both_keys():
    one, other = Identity.generate(), Identity.generate()
    mixed = fingerprint_of(one.public.signing, other.public.encryption)
    assert mixed not in {one.fingerprint, other.fingerprint}
    assert fingerprint_of(other.public.signing, one.public.encryption) != mixed


def test_fingerprint_typed_with_dashes_or_no_spaces_is_the_same():
    fingerprint = Identity.generate().fingerprint
    assert normalise_fingerprint(fingerprint.replace(" ", "")) == fingerprint
    assert normalise_fingerprint(" " + fingerprint.replace(" ", "-") + "\n") == fingerprint
    for wrong in (fingerprint[:-1], fingerprint + "1", fingerprint.replace("1", "l"), "٣" * 30):
        with pytest.raises(ValueError, match="fingerprint"):
            normalise_fingerprint(wrong)


def test_identity_never_shows_its_secret():
    identity = Identity.generate()
    assert identity.secret.hex() not in repr(identity) and identity.fingerprint in repr(identity)


def test_card_round_trip_carries_profile_and_keys():
    identity = Identity.generate()
    card = read_card(make_card(identity, PROFILE))
    assert card.profile == PROFILE
    assert card.keys == identity.public and card.fingerprint == identity.fingerprint


def test_card_is_trusted_only_when_the_fingerprint_read_out_matches():
    identity = Identity.generate()
    card = read_card(make_card(identity, PROFILE))
    assert trust_card(card, identity.fingerprint.replace(" ", "-")) is card
    with pytest.raises(FingerprintMismatch, match="Do not add it"):
        trust_card(card, Identity.generate().fingerprint)
    with pytest.raises(FingerprintMismatch, match="not a fingerprint"):
        trust_card(card, "12345")


def test_an_impostors_card_with_the_supervisors_name_has_another_fingerprint():
    """A card sent in the supervisor's name by someone else is valid as a card; only the comparison catches it."""
    supervisor, impostor = Identity.generate(), Identity.generate()
    forged = read_card(make_card(impostor, PROFILE))
    with pytest.raises(FingerprintMismatch):
        trust_card(forged, supervisor.fingerprint)


def _resign(identity: Identity, card: dict) -> bytes:
    signature = identity.sign(_CARD_CONTEXT, canonical(card))
    return canonical({"format": "caselog-id", "version": 1, "card": card, "signature": b64encode(signature)}) + b"\n"


def test_card_with_another_encryption_key_is_refused():
    """Swapping in one's own encryption key under the supervisor's signing key breaks the self-signature."""
    supervisor, attacker = Identity.generate(), Identity.generate()
    document = json.loads(make_card(supervisor, PROFILE))
    document["card"]["encryption_key"] = b64encode(attacker.public.encryption)
    document["card"]["fingerprint"] = fingerprint_of(supervisor.public.signing, attacker.public.encryption)
    with pytest.raises(InvalidCard, match="not signed by the key it carries"):
        read_card(canonical(document))


def test_card_whose_stated_fingerprint_is_not_its_keys_is_refused():
    identity = Identity.generate()
    card = json.loads(make_card(identity, PROFILE))["card"]
    card["fingerprint"] = Identity.generate().fingerprint
    with pytest.raises(InvalidCard, match="fingerprint does not match"):
        read_card(_resign(identity, card))


def test_card_with_a_key_nobody_can_seal_to_is_refused():
    identity = Identity.generate()
    card = json.loads(make_card(identity, PROFILE))["card"]
    card["encryption_key"] = b64encode(bytes(32))
    card["fingerprint"] = fingerprint_of(identity.public.signing, bytes(32))
    with pytest.raises(InvalidCard, match="cannot be used"):
        read_card(_resign(identity, card))


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"role": "admin"}, "role"),
        ({"name": "  "}, "name: is required"),
        ({"name": "x" * 201}, "longer than 200"),
        ({"credential": "PsyD\u0007"}, "control character"),
        ({"created_at": "yesterday"}, "UTC timestamp"),
    ],
)
def test_card_with_bad_profile_is_refused_naming_the_field(change, reason):
    identity = Identity.generate()
    card = json.loads(make_card(identity, PROFILE))["card"] | change
    with pytest.raises(InvalidCard, match=reason):
        read_card(_resign(identity, card))


def test_card_of_another_version_or_kind_is_refused():
    document = json.loads(make_card(Identity.generate(), PROFILE))
    with pytest.raises(InvalidCard, match="another version"):
        read_card(canonical(document | {"version": 2}))
    with pytest.raises(InvalidCard, match="not a Caselog identity card"):
        read_card(canonical(document | {"format": "caselog-packet"}))
    with pytest.raises(InvalidCard, match="not a readable"):
        read_card(b"\xff\xfe")


def test_oversized_card_is_refused_before_it_is_read():
    with pytest.raises(TooLarge):
        read_card(b" " * (CARD_MAX_BYTES + 1))


CARD = make_card(Identity.generate(), PROFILE)


@settings(max_examples=300, deadline=None)
@given(position=st.integers(0, len(CARD) - 1), mask=st.integers(1, 255))
def test_a_byte_changed_anywhere_in_a_card_is_refused(position, mask):
    altered = bytearray(CARD)
    altered[position] ^= mask
    with pytest.raises(InvalidCard):
        read_card(bytes(altered))


def test_public_keys_verify_refuses_garbage_signature():
    keys = Identity.generate().public
    assert not keys.verify(b"x", b"y", b"\0" * 64)
    assert not PublicKeys(b"short", keys.encryption).verify(b"x", b"y", b"\0" * 64)
