"""The kinds of value only an encounter has: its client by code, its categories, its follow-ups."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.i18n import translate
from models.kinds import Checker, Invalid, Kind
from models.log.enums import FollowUpAction
from models.records import Field
from models.values import enum_members, short_repr, type_name


class ClientCode(Kind):
    """A client, by code (the row itself holds the client's id: see models/log/encounters.py)."""

    def checker(self, field: Field) -> Checker:
        def check(value: Any, context: Any) -> str:
            if type(value) is not str:
                raise Invalid(translate("Problem", "must be a client code (text), not {kind}"), kind=type_name(value))
            if context.client_codes is not None and value not in context.client_codes:
                raise Invalid(translate("Problem", "{code} is not a known client"), code=short_repr(value))
            return value

        return check


class CategorySlugs(Kind):
    """At least one category, by slug, each once (kept in a link table, in the order chosen)."""

    def required_message(self) -> str:
        return translate("Problem", "choose at least one category")

    def checker(self, field: Field) -> Checker:
        def check(value: Any, context: Any) -> list[str]:
            if type(value) is list and value:
                known = context.category_slugs
                try:
                    if len(set(value)) == len(value) and all(type(slug) is str for slug in value):
                        if known is None or all(slug in known for slug in value):
                            return list(value)
                except TypeError:  # an unhashable item: the slow road names it
                    pass
            if value == []:
                raise Invalid(self.required_message())
            if not isinstance(value, list):
                raise Invalid(
                    translate("Problem", "must be a list of category slugs, not {kind}"), kind=type_name(value)
                )
            invalid, seen = Invalid(), set()
            for index, slug in enumerate(value):
                place = f"[{index}]"
                if not isinstance(slug, str):
                    invalid.add(place, translate("Problem", "must be a category slug (text), not {kind}"),
                                kind=type_name(slug))  # fmt: skip
                elif context.category_slugs is not None and slug not in context.category_slugs:
                    invalid.add(place, translate("Problem", "{slug} is not a known category"), slug=short_repr(slug))
                elif slug in seen:
                    invalid.add(place, translate("Problem", "{slug} is listed twice"), slug=short_repr(slug))
                else:
                    seen.add(slug)
            if invalid.found:
                raise invalid
            return list(value)

        return check


FOLLOW_UP_KEYS = frozenset({"action", "done"})


class FollowUps(Kind):
    """Follow-up actions, each once, each done or not (kept in a link table, in the order given)."""

    def checker(self, field: Field) -> Checker:
        actions = enum_members(FollowUpAction)

        def check(value: Any, context: Any) -> list[tuple[FollowUpAction, bool]]:
            if type(value) is list:
                found = []
                try:
                    for item in value:
                        done = item.get("done", False)
                        if type(item) is not dict or not FOLLOW_UP_KEYS.issuperset(item) or type(done) is not bool:
                            break
                        found.append((actions[item["action"]], done))
                    else:
                        if len({action for action, _ in found}) == len(found):
                            return found
                except (KeyError, TypeError, AttributeError):
                    pass
            return self.read_slowly(value)

        return check

    def read_slowly(self, value: Any) -> list[tuple[FollowUpAction, bool]]:
        """A follow-up list the quick look did not accept: its actions, or every problem, each
        named by its place."""
        if not isinstance(value, list):
            raise Invalid(translate("Problem", "must be a list, not {kind}"), kind=type_name(value))
        invalid, seen, found = Invalid(), set(), []
        for index, item in enumerate(value):
            place = f"[{index}]"
            if not isinstance(item, Mapping):
                invalid.add(place, translate("Problem", "must be an object with action and done, not {kind}"),
                            kind=type_name(item))  # fmt: skip
                continue
            for key in sorted(set(item) - FOLLOW_UP_KEYS, key=str):
                invalid.add(f"{place}.{key}", translate("Problem", "is not a field of a follow-up"))
            action = item.get("action")
            if action is None:
                invalid.add(f"{place}.action", translate("Problem", "is required"))
            elif not (isinstance(action, str) and action in enum_members(FollowUpAction)):
                invalid.add(f"{place}.action", translate("Problem", "{value} is not one of {choices}"),
                            value=short_repr(action), choices=", ".join(a.value for a in FollowUpAction))  # fmt: skip
                action = None
            done = item.get("done", False)
            if not isinstance(done, bool):
                invalid.add(f"{place}.done", translate("Problem", "must be true or false, not {value}"),
                            value=short_repr(done))  # fmt: skip
            elif action is not None and action in seen:
                invalid.add(f"{place}.action", translate("Problem", "{action} is listed twice"), action=action)
            elif action is not None:
                seen.add(action)
                found.append((enum_members(FollowUpAction)[action], done))
        if invalid.found:
            raise invalid
        return found
