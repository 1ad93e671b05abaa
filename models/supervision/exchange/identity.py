"""A database's identity: its keys, its fingerprint, and the public card others trust (DESIGN §11).

Each database holds two key pairs made on first use: Ed25519 to sign, X25519 to receive sealed
packets. The secret halves live only inside the encrypted database (``Identity.secret``); the
public halves travel on a card (``.caselog-id``) signed by the card's own key.

The fingerprint covers both public keys and is 30 digits in six groups of five
("40318 77215 …"): digits, because therapist and supervisor read them to each other by phone in
whatever language they share, and every language has unambiguous words for digits, where letters
do not (B, D, E, G, P, T, V and 3 are confused on a phone line; a word list belongs to one
language). 30 digits carry 99.7 bits: forging a card with someone else's fingerprint is a second
preimage of SHA-512 cut to that length, about 2^99 attempts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

import nacl.exceptions
import nacl.public
import nacl.signing

from models.i18n import translate
from models.supervision.exchange.canonical import b64decode, b64encode, canonical, parse_strict
from models.supervision.exchange.errors import FingerprintMismatch, InvalidCard, TooLarge, Unreadable

CARD_FORMAT = "caselog-id"
CARD_VERSION = 1
CARD_MAX_BYTES = 16 * 1024
PROFILE_TEXT_MAX = 200
FINGERPRINT_GROUPS = 6
FINGERPRINT_GROUP_DIGITS = 5
_FINGERPRINT_DOMAIN = b"caselog fingerprint v1\x00"
_CARD_CONTEXT = b"caselog-id/v1\x00"
_KEY_BYTES = 32
_SECRET_BYTES = 2 * _KEY_BYTES
_SEPARATORS = re.compile(r"[\s\-_.:]+")


class Role(StrEnum):
    THERAPIST = "therapist"
    SUPERVISOR = "supervisor"


def fingerprint_of(signing_key: bytes, encryption_key: bytes) -> str:
    """The fingerprint of a pair of public keys: 30 digits in six groups of five."""
    digest = hashlib.sha512(_FINGERPRINT_DOMAIN + signing_key + encryption_key).digest()
    groups = []
    for index in range(FINGERPRINT_GROUPS):
        chunk = int.from_bytes(digest[index * 5 : index * 5 + 5], "big")  # 40 bits, so mod 10^5 is near uniform
        groups.append(f"{chunk % 10**FINGERPRINT_GROUP_DIGITS:05d}")
    return " ".join(groups)


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, dashes or none) in its printed form; ValueError if it is not one."""
    digits = _SEPARATORS.sub("", text.strip())
    length = FINGERPRINT_GROUPS * FINGERPRINT_GROUP_DIGITS
    if len(digits) != length or not digits.isascii() or not digits.isdigit():
        raise ValueError(
            translate("Exchange", "{value!r} is not a fingerprint: it should be {length} digits").format(
                value=text, length=length
            )
        )
    step = FINGERPRINT_GROUP_DIGITS
    return " ".join(digits[i : i + step] for i in range(0, length, step))


@dataclass(frozen=True)
class PublicKeys:
    """The public half of an identity: what a contact holds and a fingerprint covers."""

    signing: bytes
    encryption: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.signing, self.encryption)

    def verify(self, context: bytes, message: bytes, signature: bytes) -> bool:
        """Whether ``signature`` is this identity's over ``context`` + ``message``."""
        try:
            nacl.signing.VerifyKey(self.signing).verify(context + message, signature)
        except (nacl.exceptions.BadSignatureError, nacl.exceptions.ValueError, ValueError, TypeError):
            return False
        return True

    def seal(self, plaintext: bytes) -> bytes:
        """``plaintext`` sealed so that only this identity can open it (anonymous sender)."""
        return nacl.public.SealedBox(nacl.public.PublicKey(self.encryption)).encrypt(plaintext)


class Identity:
    """This database's own keys. ``secret`` (64 bytes) is what the database stores; never write it out."""

    def __init__(self, signing_key: nacl.signing.SigningKey, encryption_key: nacl.public.PrivateKey):
        self._signing_key = signing_key
        self._encryption_key = encryption_key
        self.public = PublicKeys(bytes(signing_key.verify_key), bytes(encryption_key.public_key))

    @classmethod
    def generate(cls) -> Identity:
        """New keys from the operating system's random source (libsodium's ``randombytes``)."""
        return cls(nacl.signing.SigningKey.generate(), nacl.public.PrivateKey.generate())

    @classmethod
    def from_secret(cls, secret: bytes) -> Identity:
        """The identity whose ``secret`` the database stored."""
        if len(secret) != _SECRET_BYTES:
            raise ValueError("an identity's secret is 64 bytes")
        return cls(nacl.signing.SigningKey(secret[:_KEY_BYTES]), nacl.public.PrivateKey(secret[_KEY_BYTES:]))

    @property
    def secret(self) -> bytes:
        return bytes(self._signing_key) + bytes(self._encryption_key)

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def sign(self, context: bytes, message: bytes) -> bytes:
        """A 64-byte Ed25519 signature over ``context`` + ``message`` (the context keeps a card's, a
        packet's and a reply's signatures from standing in for one another)."""
        return self._signing_key.sign(context + message).signature

    def unseal(self, sealed: bytes) -> bytes:
        """Open a sealed box addressed to this identity; ``nacl.exceptions.CryptoError`` otherwise."""
        return nacl.public.SealedBox(self._encryption_key).decrypt(sealed)

    def __repr__(self) -> str:  # never the secret, even in a traceback
        return f"Identity({self.fingerprint})"


@dataclass(frozen=True)
class Profile:
    """Who an identity says it is: shown to the other side, printed on a sign-off."""

    name: str
    role: Role
    credential: str = ""
    licence: str = ""

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role.value, "credential": self.credential, "licence": self.licence}


def check_profile_text(field: str, value: object, required: bool = False) -> str:
    """A profile field's text, or ValueError naming the field and the problem."""
    if not isinstance(value, str):
        raise ValueError(translate("Exchange", "{field}: is not text").format(field=field))
    value = value.strip()
    if required and not value:
        raise ValueError(translate("Exchange", "{field}: is required").format(field=field))
    if len(value) > PROFILE_TEXT_MAX:
        raise ValueError(
            translate("Exchange", "{field}: is longer than {limit} characters").format(
                field=field, limit=PROFILE_TEXT_MAX
            )
        )
    if any(ord(c) < 32 or c in "<>" for c in value):
        # Names are shown in dialogs that would read "<…>" as markup; no real name needs them.
        raise ValueError(
            translate("Exchange", "{field}: holds a control character or an angle bracket").format(field=field)
        )
    return value


def profile_from_json(value: object) -> Profile:
    """A profile as a card or packet carries it; ValueError naming the field otherwise."""
    if not isinstance(value, dict) or set(value) != {"name", "role", "credential", "licence"}:
        raise ValueError(translate("Exchange", "the profile must hold name, role, credential and licence"))
    role = value["role"]
    if role not in {r.value for r in Role}:
        raise ValueError(translate("Exchange", "role: {value!r} is not therapist or supervisor").format(value=role))
    return Profile(
        name=check_profile_text("name", value["name"], required=True),
        role=Role(role),
        credential=check_profile_text("credential", value["credential"]),
        licence=check_profile_text("licence", value["licence"]),
    )


@dataclass(frozen=True)
class Card:
    """A verified public card: the profile and keys of a person, and the fingerprint to compare."""

    profile: Profile
    keys: PublicKeys
    created_at: str

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint


def utc_timestamp(moment: dt.datetime | None = None) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` in UTC: packets cross machines and time zones."""
    moment = (moment or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return moment.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


TIMESTAMP_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def parse_timestamp(value: object) -> dt.datetime:
    """A ``utc_timestamp`` back to an aware datetime; ValueError otherwise."""
    if not isinstance(value, str) or not TIMESTAMP_PATTERN.match(value):
        raise ValueError(f"{value!r} is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)")
    return dt.datetime.fromisoformat(value[:-1]).replace(tzinfo=dt.UTC)


def make_card(identity: Identity, profile: Profile, created_at: dt.datetime | None = None) -> bytes:
    """The public card file: profile, both public keys and the fingerprint, signed by the card's own key."""
    check_profile_text("name", profile.name, required=True)
    card = {
        **profile.to_json(),
        "signing_key": b64encode(identity.public.signing),
        "encryption_key": b64encode(identity.public.encryption),
        "fingerprint": identity.fingerprint,
        "created_at": utc_timestamp(created_at),
    }
    signature = identity.sign(_CARD_CONTEXT, canonical(card))
    document = {"format": CARD_FORMAT, "version": CARD_VERSION, "card": card, "signature": b64encode(signature)}
    return canonical(document) + b"\n"


_CARD_KEYS = {"name", "role", "credential", "licence", "signing_key", "encryption_key", "fingerprint", "created_at"}


def _strip_newline(data: bytes) -> bytes:
    """The document without the one line ending Caselog writes after it (LF, or CRLF after a mail client)."""
    for ending in (b"\r\n", b"\n"):
        if data.endswith(ending):
            return data[: -len(ending)]
    return data


def read_card(data: bytes) -> Card:
    """A card file's contents, verified: readable, its own signature good, its fingerprint its keys'."""
    if len(data) > CARD_MAX_BYTES:
        raise TooLarge(translate("Exchange", "identity card"), CARD_MAX_BYTES)
    what = translate("Exchange", "identity card")
    try:
        document = parse_strict(_strip_newline(data), what)
    except Unreadable as error:
        raise InvalidCard(error.reason) from error
    if not isinstance(document, dict) or document.get("format") != CARD_FORMAT:
        raise InvalidCard(translate("Exchange", "This is not a Caselog identity card (.caselog-id)"))
    if document.get("version") != CARD_VERSION or set(document) != {"format", "version", "card", "signature"}:
        raise InvalidCard(
            translate("Exchange", "This identity card was made by another version of Caselog and cannot be read")
        )
    card = document["card"]
    if not isinstance(card, dict) or set(card) != _CARD_KEYS:
        raise InvalidCard(translate("Exchange", "This identity card has been altered: its fields are not as written"))
    try:
        keys = PublicKeys(b64decode(card["signing_key"], what), b64decode(card["encryption_key"], what))
        signature = b64decode(document["signature"], what)
    except Unreadable as error:
        raise InvalidCard(error.reason) from error
    if len(keys.signing) != _KEY_BYTES or len(keys.encryption) != _KEY_BYTES:
        raise InvalidCard(translate("Exchange", "This identity card has been altered: a key has the wrong length"))
    if not keys.verify(_CARD_CONTEXT, canonical(card), signature):
        raise InvalidCard(
            translate("Exchange", "This identity card has been altered: it is not signed by the key it carries")
        )
    if card["fingerprint"] != keys.fingerprint:
        raise InvalidCard(
            translate("Exchange", "This identity card has been altered: its fingerprint does not match its keys")
        )
    try:
        keys.seal(b"")  # a key of small order (or none at all) cannot be sealed to
        parse_timestamp(card["created_at"])
        profile = profile_from_json({k: card[k] for k in ("name", "role", "credential", "licence")})
    except (nacl.exceptions.CryptoError, nacl.exceptions.RuntimeError, ValueError) as error:
        raise InvalidCard(
            translate("Exchange", "This identity card cannot be used: {problem}").format(problem=error)
        ) from error
    return Card(profile=profile, keys=keys, created_at=card["created_at"])


def trust_card(card: Card, compared_fingerprint: str) -> Card:
    """``card``, once the fingerprint its owner read out (in person or by phone) matches it."""
    try:
        compared = normalise_fingerprint(compared_fingerprint)
    except ValueError as error:
        raise FingerprintMismatch(str(error)) from error
    if compared != card.fingerprint:
        # Which group differs, not the card's digits: shown them, a hurried user would copy them.
        group = next(
            i for i, (a, b) in enumerate(zip(compared.split(), card.fingerprint.split(), strict=True)) if a != b
        )
        raise FingerprintMismatch(
            translate(
                "Exchange",
                "The fingerprint you compared differs from this card's from group {group} on. "
                "Do not add it: the card may not come from {name}.",
            ).format(group=group + 1, name=card.profile.name)
        )
    return card
