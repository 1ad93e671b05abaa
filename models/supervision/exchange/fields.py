"""Checks for the values packets and replies carry, each raising ``InvalidContent`` naming its path."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

from models.i18n import translate
from models.supervision.exchange.errors import InvalidContent
from models.supervision.exchange.identity import parse_timestamp
from models.values import TEXT_MAX_LENGTH

SHORT_TEXT_MAX = 200
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def problem(path: str, message: str) -> InvalidContent:
    return InvalidContent(f"{path}: {message}")


def exact_keys(
    value: Any, path: str, required: set[str], optional: frozenset[str] = frozenset(), open_ended: bool = False
) -> dict[str, Any]:
    """``value`` as an object holding every ``required`` key, perhaps some ``optional`` ones, and nothing
    else (unless ``open_ended``)."""
    if not isinstance(value, dict):
        raise problem(path, translate("Exchange", "is not an object"))
    missing = sorted(required - set(value))
    if missing:
        raise problem(f"{path}.{missing[0]}" if path else missing[0], translate("Exchange", "is required"))
    unknown = sorted(set(value) - required - optional)
    if unknown and not open_ended:
        raise problem(f"{path}.{unknown[0]}" if path else unknown[0], translate("Exchange", "is not a known field"))
    return value


def packet_id(value: Any, path: str) -> str:
    """A packet's or reply's id: a UUID in its lower-case printed form."""
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise problem(path, translate("Exchange", "{value!r} is not an id").format(value=value))


def month(value: Any, path: str) -> str:
    if isinstance(value, str) and _MONTH.match(value):
        return value
    raise problem(path, translate("Exchange", "{value!r} is not a month (YYYY-MM)").format(value=value))


def sha256(value: Any, path: str) -> str:
    if isinstance(value, str) and _SHA256.match(value):
        return value
    raise problem(path, translate("Exchange", "is not a SHA-256 digest"))


def timestamp(value: Any, path: str) -> dt.datetime:
    try:
        return parse_timestamp(value)
    except ValueError:
        raise problem(
            path, translate("Exchange", "{value!r} is not a time (YYYY-MM-DDTHH:MM:SSZ)").format(value=value)
        ) from None


def date(value: Any, path: str) -> dt.date:
    if isinstance(value, str) and _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise problem(path, translate("Exchange", "{value!r} is not a date (YYYY-MM-DD)").format(value=value))


def text(value: Any, path: str, required: bool = False, limit: int = TEXT_MAX_LENGTH) -> str:
    if not isinstance(value, str):
        raise problem(path, translate("Exchange", "is not text"))
    if required and not value.strip():
        raise problem(path, translate("Exchange", "is required"))
    if len(value) > limit:
        raise problem(path, translate("Exchange", "is longer than {limit:,} characters").format(limit=limit))
    return value


def boolean(value: Any, path: str) -> bool:
    if isinstance(value, bool):
        return value
    raise problem(path, translate("Exchange", "is not true or false"))


def integer(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    raise problem(
        path,
        translate("Exchange", "{value!r} is not a whole number from {low} to {high}").format(
            value=value, low=low, high=high
        ),
    )


def one_of(value: Any, path: str, allowed: tuple[str, ...]) -> str:
    if isinstance(value, str) and value in allowed:
        return value
    raise problem(
        path, translate("Exchange", "{value!r} is not one of {allowed}").format(value=value, allowed=", ".join(allowed))
    )


def items(value: Any, path: str, limit: int) -> list[Any]:
    if not isinstance(value, list):
        raise problem(path, translate("Exchange", "is not a list"))
    if len(value) > limit:
        raise problem(path, translate("Exchange", "holds more than {limit:,} entries").format(limit=limit))
    return value
