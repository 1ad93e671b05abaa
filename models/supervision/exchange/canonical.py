"""Canonical JSON (what is signed) and a strict reader for what arrives.

What is signed is the exact bytes of ``canonical(payload)``: keys sorted, no spaces, UTF-8, no
NaN or infinities. The reader verifies those bytes before it trusts anything in them, and then
insists that they are canonical (one document, one byte string), so no two files carry the same
signed content, and a parser quirk (duplicate keys, a number too long to read) is a refusal rather
than a second meaning.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from models.i18n import translate
from models.supervision.exchange.errors import Unreadable


def canonical(value: Any) -> bytes:
    """``value`` as canonical JSON bytes (sorted keys, compact, UTF-8)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def parse_strict(data: bytes, what: str, require_canonical: bool = True) -> Any:
    """Read JSON ``data`` or raise ``Unreadable`` naming ``what`` ("packet", "reply", "card").

    With ``require_canonical`` the bytes must be exactly ``canonical()`` of what they hold.
    """
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise Unreadable(
            translate("Exchange", "This is not a readable Caselog {what}: it is damaged, cut short or altered").format(
                what=what
            )
        ) from error
    if require_canonical and canonical(value) != data:
        raise Unreadable(
            translate("Exchange", "This {what} has been altered: its contents are not as Caselog writes them").format(
                what=what
            )
        )
    return value


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: Any, what: str) -> bytes:
    """Strict base64: only the canonical encoding of some bytes is accepted (no stray padding bits,
    no line breaks), so a changed character is always a changed byte."""
    if not isinstance(text, str):
        raise Unreadable(translate("Exchange", "This {what} has been altered: a field is not text").format(what=what))
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError) as error:
        raise Unreadable(
            translate("Exchange", "This {what} has been altered: its encoded part is damaged").format(what=what)
        ) from error
    if base64.b64encode(data).decode("ascii") != text:
        raise Unreadable(
            translate("Exchange", "This {what} has been altered: its encoded part is damaged").format(what=what)
        )
    return data
