"""A client's standing record in the interchange format (DESIGN §7): the optional keys of a client,
read with every problem named by its path (``clients[2].overlaps[0].kind``).

A version-1 file written before the standing record existed has none of these keys and imports as
it always did: the clients get an empty record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from models.i18n import translate
from models.interchange.reviews import check_object
from models.log.enums import ClientStatus, OverlapKind
from models.log.standing_record import (
    KEEP_OUT_MAX_LENGTH,
    AcknowledgementAgreement,
    Overlap,
    StandingRecord,
)
from models.values import parse_date, parse_or_report, short_repr, text_problem, type_name

KEYS = ("status", "ended_on", "acknowledgement_agreement", "contact_agreement", "overlaps", "keep_out")

Report = Callable[..., None]


def read_standing_record(item: Mapping[str, Any], path: str, report: Report) -> StandingRecord | None:
    """The standing record of one client object (None when it has none of the keys). Problems go to
    ``report(path, template, **values)`` like every other import problem."""
    if not any(key in item for key in KEYS):
        return None
    status = _status(item.get("status", "active"), f"{path}.status", report)
    ended_on = _date_or_null(item.get("ended_on"), f"{path}.ended_on", report)
    agreement = _agreement(item.get("acknowledgement_agreement"), f"{path}.acknowledgement_agreement", report)
    contact = _text_or_null(item.get("contact_agreement"), f"{path}.contact_agreement", report)
    overlaps = _overlaps(item.get("overlaps", []), f"{path}.overlaps", report)
    keep_out = _keep_out(item.get("keep_out", []), f"{path}.keep_out", report)
    if status is None:
        return None
    return StandingRecord(status, ended_on, agreement, contact, tuple(overlaps), tuple(keep_out))


def _status(value: Any, path: str, report: Report) -> ClientStatus | None:
    try:
        return ClientStatus(value)
    except ValueError:
        report(path, translate("Problem", "{value} is not one of {allowed}"), value=short_repr(value),
               allowed=", ".join(ClientStatus))  # fmt: skip
        return None


def _date_or_null(value: Any, path: str, report: Report):
    if value is None:
        return None
    return parse_or_report(value, parse_date, lambda t, **p: report(path, t, **p))


def _text(value: Any, path: str, report: Report) -> str | None:
    if not isinstance(value, str):
        report(path, translate("Problem", "must be text, not {kind}"), kind=type_name(value))
        return None
    problem = text_problem(value)
    if problem:
        report(path, "{reason}", reason=problem)
        return None
    return value


def _text_or_null(value: Any, path: str, report: Report) -> str | None:
    return None if value is None else _text(value, path, report)


def _agreement(value: Any, path: str, report: Report) -> AcknowledgementAgreement | None:
    if value is None or not check_object(value, {"agreed_on", "terms"}, path, report, required=("agreed_on", "terms")):
        return None
    agreed_on = parse_or_report(value["agreed_on"], parse_date, lambda t, **p: report(f"{path}.agreed_on", t, **p))
    terms = _text(value["terms"], f"{path}.terms", report)
    return AcknowledgementAgreement(agreed_on, terms) if agreed_on is not None and terms is not None else None


def _overlaps(value: Any, path: str, report: Report) -> list[Overlap]:
    if not isinstance(value, list):
        report(path, translate("Problem", "must be a list, not {kind}"), kind=type_name(value))
        return []
    found = []
    for index, item in enumerate(value):
        where = f"{path}[{index}]"
        keys = {"kind", "description", "plan", "review_on"}
        if not check_object(item, keys, where, report, required=("kind", "description")):
            continue
        try:
            kind = OverlapKind(item["kind"])
        except ValueError:
            report(f"{where}.kind", translate("Problem", "{value} is not one of {allowed}"),
                   value=short_repr(item["kind"]), allowed=", ".join(OverlapKind))  # fmt: skip
            continue
        description = _text(item["description"], f"{where}.description", report)
        plan = _text(item.get("plan", ""), f"{where}.plan", report)
        review_on = _date_or_null(item.get("review_on"), f"{where}.review_on", report)
        if description is not None and plan is not None:
            found.append(Overlap(kind, description, plan, review_on))
    return found


def _keep_out(value: Any, path: str, report: Report) -> list[str]:
    if not isinstance(value, list):
        report(path, translate("Problem", "must be a list, not {kind}"), kind=type_name(value))
        return []
    words = []
    for index, word in enumerate(value):
        if not isinstance(word, str) or not word.strip() or len(word) > KEEP_OUT_MAX_LENGTH:
            report(f"{path}[{index}]", translate("Problem", "must be text of at most {limit} characters"),
                   limit=KEEP_OUT_MAX_LENGTH)  # fmt: skip
        else:
            words.append(word)
    return words
