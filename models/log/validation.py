"""The one validator of an encounter, used by the form, the importer and the tests.

It reads an encounter in its interchange shape (DESIGN §7: dates as ``YYYY-MM-DD``, times as
``HH:MM``, enums as slugs, the client by code) field by field as ``ENCOUNTER`` declares them,
then applies the rules that read more than one field, and returns either a typed
``EncounterInput`` or every problem found, each naming its field. A valid encounter takes no
detour (no problem is built, nothing translated), so a large import uses it as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import dataclass, make_dataclass
from typing import Any

from models.i18n import translate
from models.log.enums import Channel, Setting
from models.log.fields import ENCOUNTER
from models.values import Problem

EncounterInput = make_dataclass("EncounterInput", [(name, Any) for name in ENCOUNTER.names], slots=True)
EncounterInput.__doc__ = """A validated encounter, with Python values, one attribute per field of ``ENCOUNTER``
(slots: an import holds a hundred thousand)."""
EncounterInput.__module__ = __name__


@dataclass
class ValidationContext:
    """What the validator checks against: today's date and, when known, the clients and categories."""

    today: dt.date
    client_codes: Container[str] | None = None
    category_slugs: Container[str] | None = None
    require_id: bool = False


_ID, _NONE = frozenset({"id"}), frozenset()
IN_PERSON, NOT_APPLICABLE = Channel.IN_PERSON, Setting.NOT_APPLICABLE
_CHANNEL, _SETTING = ENCOUNTER.names.index("channel"), ENCOUNTER.names.index("setting")


def validate_encounter(raw: Any, context: ValidationContext, prefix: str = "") -> tuple[Any, list[Problem]]:
    """Check one encounter in interchange shape. Returns (the typed ``EncounterInput``, []) or
    (None, every problem)."""
    values, problems = ENCOUNTER.read(raw, context, prefix, _ID if context.require_id else _NONE)
    if values is not None:
        # In person needs a setting; any other channel has none: the usual answer, at a glance.
        if (values[_CHANNEL] is IN_PERSON) != (values[_SETTING] is NOT_APPLICABLE):
            return EncounterInput(*values), []
        return None, _setting_problems(values[_CHANNEL], values[_SETTING], prefix)
    if isinstance(raw, dict):
        problems += _setting_problems(raw.get("channel"), raw.get("setting"), prefix)
    return None, problems


def _setting_problems(channel: Any, setting: Any, prefix: str) -> list[Problem]:
    """A setting applies to in-person contact only, and in-person contact needs one."""
    if not (isinstance(channel, str) and channel in Channel._value2member_map_):
        return []
    if not (isinstance(setting, str) and setting in Setting._value2member_map_):
        return []
    if channel == IN_PERSON and setting == NOT_APPLICABLE:
        return [Problem(f"{prefix}setting", translate("Problem", "choose where an in-person encounter happened"))]
    if channel != IN_PERSON and setting != NOT_APPLICABLE:
        return [
            Problem(
                f"{prefix}setting",
                translate("Problem", "applies to in-person contact only; use not_applicable for {channel}"),
                {"channel": str(channel)},
            )
        ]
    return []
