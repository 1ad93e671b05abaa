"""Sign, then seal: the envelope shared by packets and replies.

A file is one line of canonical JSON, ``{"format", "version", "to", "sealed"}``. ``sealed`` is a
libsodium sealed box (X25519 + XSalsa20-Poly1305) to the recipient's encryption key, holding the
sender's 64-byte Ed25519 signature followed by the canonical JSON payload it signs. A sealed box
says nothing about who sealed it, so the signature is what names the sender, and the recipient's
fingerprint is inside what is signed: a recipient cannot re-seal a packet to a third person as if
it had been sent to them. The outer ``to`` only lets the wrong recipient say "not for you" in
words; it must match the signed one, so changing it is refused like any other change.

The signature covers a context naming the kind and version ("caselog-packet/v1"), so a reply's
signature can never pass for a packet's, nor a version's for another's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import nacl.exceptions

from models.i18n import QT_TRANSLATE_NOOP, translate
from models.supervision.exchange.canonical import b64decode, b64encode, canonical, parse_strict
from models.supervision.exchange.errors import (
    BadSignature,
    BrokenSeal,
    InvalidContent,
    NotAddressedHere,
    TooLarge,
    UnknownSender,
    Unreadable,
    UnsupportedVersion,
)
from models.supervision.exchange.identity import Identity, PublicKeys, normalise_fingerprint

SIGNATURE_BYTES = 64
_ENVELOPE_KEYS = {"format", "version", "to", "sealed"}


@dataclass(frozen=True)
class Kind:
    """A kind of sealed file: its format name, the version written, and the largest file accepted."""

    format: str
    version: int
    max_bytes: int
    noun: str  # what the file is called in a sentence, marked with QT_TRANSLATE_NOOP("Exchange", …)

    @property
    def label(self) -> str:
        return translate("Exchange", self.noun)

    @property
    def context(self) -> bytes:
        return f"{self.format}/v{self.version}\x00".encode("ascii")


@dataclass(frozen=True)
class Unsealed:
    """A file opened with this database's key but not yet authenticated."""

    payload: dict[str, Any]
    payload_bytes: bytes
    signature: bytes

    @property
    def signed(self) -> bytes:
        """Signature and payload as stored, to verify again later (``verify_signed``)."""
        return self.signature + self.payload_bytes


PACKET = Kind("caselog-packet", 1, 32 * 1024 * 1024, QT_TRANSLATE_NOOP("Exchange", "packet"))
REPLY = Kind("caselog-reply", 1, 8 * 1024 * 1024, QT_TRANSLATE_NOOP("Exchange", "review reply"))


def seal_signed(identity: Identity, kind: Kind, payload: dict[str, Any], recipient: PublicKeys) -> tuple[bytes, bytes]:
    """(the file's bytes, the signed bytes inside it) for ``payload`` from ``identity`` to ``recipient``."""
    payload_bytes = canonical(payload)
    if (len(payload_bytes) + 200) * 4 // 3 > kind.max_bytes:  # base64 of the sealed box would be larger
        raise TooLarge(kind.label, kind.max_bytes)
    signed = identity.sign(kind.context, payload_bytes) + payload_bytes
    envelope = {
        "format": kind.format,
        "version": kind.version,
        "to": recipient.fingerprint,
        "sealed": b64encode(recipient.seal(signed)),
    }
    data = canonical(envelope) + b"\n"
    if len(data) > kind.max_bytes:
        raise TooLarge(kind.label, kind.max_bytes)
    return data, signed


def _strip_newline(data: bytes) -> bytes:
    for ending in (b"\r\n", b"\n"):
        if data.endswith(ending):
            return data[: -len(ending)]
    return data


def _envelope(data: bytes, kind: Kind, others: tuple[Kind, ...]) -> dict[str, Any]:
    if len(data) > kind.max_bytes:
        raise TooLarge(kind.label, kind.max_bytes)
    envelope = parse_strict(_strip_newline(data), kind.label)
    if not isinstance(envelope, dict):
        raise Unreadable(translate("Exchange", "This is not a Caselog {what}").format(what=kind.label))
    for other in others:
        if envelope.get("format") == other.format:
            raise Unreadable(
                translate("Exchange", "This is a {other}, not a {what}").format(other=other.label, what=kind.label)
            )
    if envelope.get("format") != kind.format:
        raise Unreadable(translate("Exchange", "This is not a Caselog {what}").format(what=kind.label))
    version = envelope.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise Unreadable(
            translate("Exchange", "This {what} has been altered: its version is missing").format(what=kind.label)
        )
    if version > kind.version:
        raise UnsupportedVersion(
            translate(
                "Exchange", "This {what} was made by a newer Caselog (format {version}); update Caselog to open it"
            ).format(what=kind.label, version=version)
        )
    if version != kind.version:
        raise UnsupportedVersion(
            translate("Exchange", "This {what} is in format {version}, which this Caselog no longer accepts").format(
                what=kind.label, version=version
            )
        )
    if set(envelope) != _ENVELOPE_KEYS:
        raise Unreadable(
            translate("Exchange", "This {what} has been altered: its fields are not as written").format(what=kind.label)
        )
    return envelope


def unseal(data: bytes, kind: Kind, identity: Identity, others: tuple[Kind, ...] = ()) -> Unsealed:
    """Open ``data`` with this identity's key. Checks the wrapping, the address and the seal; the
    signature is checked by ``authenticate`` once the sender is known."""
    envelope = _envelope(data, kind, others)
    try:
        to = normalise_fingerprint(envelope["to"]) if isinstance(envelope["to"], str) else None
    except ValueError:
        to = None
    if to is None or to != envelope["to"]:
        raise Unreadable(
            translate("Exchange", "This {what} has been altered: its address is not a fingerprint").format(
                what=kind.label
            )
        )
    if to != identity.fingerprint:
        raise NotAddressedHere(
            translate(
                "Exchange",
                "This {what} is addressed to {to}, not to this database ({mine}); only its recipient can open it",
            ).format(what=kind.label, to=to, mine=identity.fingerprint)
        )
    sealed = b64decode(envelope["sealed"], kind.label)
    try:
        signed = identity.unseal(sealed)
    except (nacl.exceptions.CryptoError, nacl.exceptions.ValueError, ValueError, TypeError) as error:
        raise BrokenSeal(
            translate(
                "Exchange", "The seal of this {what} is broken: it was damaged or altered after it was sealed"
            ).format(what=kind.label)
        ) from error
    payload_bytes = signed[SIGNATURE_BYTES:]
    # Anyone can seal a box to a public key, so what is inside is still untrusted here.
    payload = parse_strict(payload_bytes, kind.label) if len(signed) > SIGNATURE_BYTES else None
    if not isinstance(payload, dict) or not isinstance(payload.get("from"), str):
        raise Unreadable(translate("Exchange", "This is not a Caselog {what}").format(what=kind.label))
    return Unsealed(payload=payload, payload_bytes=payload_bytes, signature=signed[:SIGNATURE_BYTES])


def authenticate(
    unsealed: Unsealed, kind: Kind, identity: Identity, find_contact: Callable[[str], PublicKeys | None]
) -> PublicKeys:
    """The sender's known keys, once the signature is theirs and the signed address is this database.

    The key that verifies comes from this database's contacts, never from the file: a payload naming
    a contact but signed by anyone else fails here.
    """
    payload = unsealed.payload
    claimed = payload["from"]
    sender = find_contact(claimed)
    if sender is None or sender.fingerprint != claimed:
        raise UnknownSender(
            translate(
                "Exchange",
                "This {what} is signed by {fingerprint}, who is not among your contacts; add their card "
                "after comparing fingerprints, then open it again",
            ).format(what=kind.label, fingerprint=claimed)
        )
    if not sender.verify(kind.context, unsealed.payload_bytes, unsealed.signature):
        raise BadSignature(
            translate(
                "Exchange",
                "The signature on this {what} does not match {fingerprint}'s key: it was altered or forged",
            ).format(what=kind.label, fingerprint=claimed)
        )
    if payload.get("format") != kind.format or payload.get("version") != kind.version:
        raise InvalidContent(
            translate("Exchange", "This {what}'s signed contents are of another kind or version").format(
                what=kind.label
            )
        )
    if payload.get("to") != identity.fingerprint:
        raise NotAddressedHere(
            translate(
                "Exchange",
                "This {what} was signed for {to}, not for this database: someone re-sent it to you",
            ).format(what=kind.label, to=payload.get("to"))
        )
    return sender


def verify_signed(signed: bytes, kind: Kind, sender: PublicKeys) -> dict[str, Any]:
    """The payload of stored signed bytes, verified again against ``sender``; ``BadSignature`` otherwise."""
    payload_bytes, signature = signed[SIGNATURE_BYTES:], signed[:SIGNATURE_BYTES]
    if len(signed) <= SIGNATURE_BYTES or not sender.verify(kind.context, payload_bytes, signature):
        raise BadSignature(
            translate("Exchange", "The stored signature of this {what} no longer matches its contents").format(
                what=kind.label
            )
        )
    payload = parse_strict(payload_bytes, kind.label)
    if not isinstance(payload, dict):
        raise InvalidContent(translate("Exchange", "This is not a Caselog {what}").format(what=kind.label))
    return payload
