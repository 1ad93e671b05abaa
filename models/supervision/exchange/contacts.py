"""This database's identity and the people it trusts (DESIGN §11).

The identity's keys are made on first use, inside a transaction, and kept in the encrypted
database only: a backup carries them (encrypted), a passphrase change re-encrypts them, and the
fingerprint stays the same through both.
"""

from __future__ import annotations

from models.i18n import translate
from models.store.audit import record_audit
from models.store.database import db
from models.supervision.exchange.errors import ExchangeError
from models.supervision.exchange.identity import (
    Card,
    Identity,
    Profile,
    PublicKeys,
    Role,
    check_profile_text,
    make_card,
    read_card,
    trust_card,
)
from models.supervision.exchange.tables import ExchangeContact, ExchangeIdentity


class ProfileError(ValueError):
    """A profile field that cannot be saved; ``field`` names it."""

    def __init__(self, field: str, message: str):
        self.field, self.message = field, message
        super().__init__(message)


def _row() -> ExchangeIdentity:
    with db.atomic():
        row = ExchangeIdentity.get_or_none(ExchangeIdentity.id == 1)
        if row is None:
            row = ExchangeIdentity.create(id=1, secret=Identity.generate().secret)
            record_audit("identity.create", "identity")
    return row


def own_identity() -> Identity:
    """This database's keys, made on first use."""
    return Identity.from_secret(bytes(_row().secret))


def own_profile() -> Profile:
    return _row().profile


def is_supervisor() -> bool:
    """Whether this database presents itself as a supervisor (read without making keys)."""
    row = ExchangeIdentity.get_or_none(ExchangeIdentity.id == 1)
    return row is not None and row.role == Role.SUPERVISOR.value


def own_fingerprint() -> str:
    return own_identity().fingerprint


def set_profile(
    name: str | None = None, role: str | None = None, credential: str | None = None, licence: str | None = None
) -> Profile:
    """Change what is given (None leaves a field as it is); ``ProfileError`` naming a bad field."""
    _row()
    changes: dict[str, str] = {}
    for field, value in (("name", name), ("credential", credential), ("licence", licence)):
        if value is not None:
            try:
                changes[field] = check_profile_text(field, value)
            except ValueError as error:
                raise ProfileError(field, str(error)) from None
    if role is not None:
        if role not in {r.value for r in Role}:
            raise ProfileError(
                "role", translate("Exchange", "role: {value!r} is not therapist or supervisor").format(value=role)
            )
        changes["role"] = role
    if changes:
        with db.atomic():
            ExchangeIdentity.update(**changes).where(ExchangeIdentity.id == 1).execute()
            record_audit("identity.edit", "identity", changes)
    return own_profile()


def card_bytes() -> bytes:
    """This database's public card (.caselog-id); ``ProfileError`` until a name is set."""
    profile = own_profile()
    if not profile.name.strip():
        raise ProfileError("name", translate("Exchange", "Set your name first: a card shows who it belongs to"))
    return make_card(own_identity(), profile)


def read_contact_card(data: bytes) -> Card:
    """A card file's contents, verified (``InvalidCard``/``TooLarge`` otherwise), not yet trusted."""
    return read_card(data)


def add_contact(card: Card, compared_fingerprint: str) -> ExchangeContact:
    """Trust ``card`` once its owner's fingerprint, read out in person or by phone, matches it.

    A card already among the contacts updates its name, role, credential and licence (the keys are the
    same: the fingerprint says so). Your own card is refused."""
    trust_card(card, compared_fingerprint)
    if card.fingerprint == own_fingerprint():
        raise ExchangeError(translate("Exchange", "This is your own card; add the other person's card"))
    fields = {
        "name": card.profile.name,
        "role": card.profile.role.value,
        "credential": card.profile.credential,
        "licence": card.profile.licence,
        "card_created_at": card.created_at,
    }
    with db.atomic():
        contact = ExchangeContact.get_or_none(ExchangeContact.fingerprint == card.fingerprint)
        if contact is None:
            keys = card.keys
            contact = ExchangeContact.create(
                fingerprint=card.fingerprint, signing_key=keys.signing, encryption_key=keys.encryption, **fields
            )
            record_audit("contact.create", f"contact:{contact.id}")
        else:
            ExchangeContact.update(**fields).where(ExchangeContact.id == contact.id).execute()
            record_audit("contact.edit", f"contact:{contact.id}", fields)
            contact = ExchangeContact.get_by_id(contact.id)
    return contact


def find_contact(fingerprint: str) -> ExchangeContact | None:
    return ExchangeContact.get_or_none(ExchangeContact.fingerprint == fingerprint)


def contact_keys(fingerprint: str) -> PublicKeys | None:
    """The keys pinned for ``fingerprint`` (what verification uses), or None for a stranger."""
    contact = find_contact(fingerprint)
    return contact.keys if contact is not None else None


def contacts(role: Role | None = None) -> list[ExchangeContact]:
    query = ExchangeContact.select().order_by(ExchangeContact.name, ExchangeContact.fingerprint)
    if role is not None:
        query = query.where(ExchangeContact.role == role.value)
    return list(query)
