"""The encounter list as the main window shows it: filtered, sorted and paged in SQL.

Pages are fetched by keyset (the sort key of the last row shown), so scrolling to the end of
100,000 encounters never loads them all and never re-reads what was already shown.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import Enum

from peewee import Case, Tuple, fn

from models.log.clients import Client
from models.log.encounters import TIME_KEY, Encounter, category_slugs
from models.log.enums import Risk
from models.log.months import Month
from models.log.search import text_search_condition
from models.log.taxonomy import category_labels


class SortKey(Enum):
    DATE = "date"
    CLIENT = "client"
    CHANNEL = "channel"
    INITIATED_BY = "initiated_by"
    ACKNOWLEDGEMENT = "acknowledgement"
    RISK = "risk"
    FLAGGED = "flagged"


@dataclass(frozen=True)
class ListFilter:
    """Which encounters to list: a month (``(year, month)`` or None for all), words to search
    for, and whether to list the trash instead."""

    month: tuple[int, int] | None = None
    text: str = ""
    trash: bool = False
    client_code: str | None = None


@dataclass(frozen=True)
class EncounterRow:
    id: uuid.UUID
    occurred_on: dt.date
    occurred_time: dt.time | None
    client_code: str
    channel: str
    setting: str
    initiated_by: str
    acknowledgement: str
    risk: str
    for_supervision: bool
    categories: tuple[str, ...]  # labels


RISK_RANK = Case(Encounter.risk, [(Risk.LOW.value, 0), (Risk.MODERATE.value, 1), (Risk.HIGH.value, 2)], 0)

# Each sort is a tuple of expressions, then the id. The date sort matches the encounter_listing
# index exactly, so its pages come straight off the index; the others sort (rarer, and slower
# on very large databases).
SORT_EXPRESSIONS = {
    SortKey.DATE: (Encounter.occurred_on, TIME_KEY),
    SortKey.CLIENT: (Client.code,),
    SortKey.CHANNEL: (Encounter.channel,),
    SortKey.INITIATED_BY: (Encounter.initiated_by,),
    SortKey.ACKNOWLEDGEMENT: (Encounter.acknowledgement,),
    SortKey.RISK: (RISK_RANK,),
    SortKey.FLAGGED: (Encounter.for_supervision,),
}


def _filtered(list_filter: ListFilter, with_client: bool = True):
    query = Encounter.select().join(Client) if with_client or list_filter.client_code else Encounter.select()
    if list_filter.trash:
        query = query.where(Encounter.deleted_at.is_null(False))
    else:
        query = query.where(Encounter.deleted_at.is_null())
    if list_filter.month is not None:
        start, end = Month(*list_filter.month).range()
        query = query.where((Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
    if list_filter.client_code:
        query = query.where(Client.code == list_filter.client_code)
    condition = text_search_condition(list_filter.text)
    if condition is not None:
        query = query.where(condition)
    return query


def count_encounters(list_filter: ListFilter) -> int:
    """How many encounters the filter lets through (counted on the encounter index alone: joining
    every row to its client tripled the cost at 100,000)."""
    return _filtered(list_filter, with_client=False).count()


def fetch_page(
    list_filter: ListFilter,
    sort: SortKey = SortKey.DATE,
    descending: bool = True,
    after: tuple | None = None,
    limit: int = 200,
) -> tuple[list[EncounterRow], tuple | None]:
    """One page of rows after the keyset ``after`` (None for the first page).

    Returns the rows and the keyset to pass for the next page (None when there is no more).
    Ties are broken by id so that paging never skips or repeats a row.
    """
    expressions = SORT_EXPRESSIONS[sort]
    query = _filtered(list_filter).select(
        Encounter.id,
        Encounter.occurred_on,
        Encounter.occurred_time,
        Client.code,
        Encounter.channel,
        Encounter.setting,
        Encounter.initiated_by,
        Encounter.acknowledgement,
        Encounter.risk,
        Encounter.for_supervision,
        *(expression.alias(f"sort_key_{index}") for index, expression in enumerate(expressions)),
    )
    keys = (*expressions, Encounter.id)
    if after is not None:
        keyset = Tuple(*keys)
        query = query.where(keyset < Tuple(*after) if descending else keyset > Tuple(*after))
    order = [key.desc() if descending else key.asc() for key in keys]
    rows = list(query.order_by(*order).limit(limit).tuples())
    labels = _category_labels([row[0] for row in rows])
    page = [
        EncounterRow(
            id=uuid.UUID(str(r[0])) if not isinstance(r[0], uuid.UUID) else r[0],
            occurred_on=_as_date(r[1]),
            occurred_time=_as_time(r[2]),
            client_code=r[3],
            channel=r[4],
            setting=r[5],
            initiated_by=r[6],
            acknowledgement=r[7],
            risk=r[8],
            for_supervision=bool(r[9]),
            categories=tuple(labels.get(_hex(r[0]), ())),
        )
        for r in rows
    ]
    next_key = (*rows[-1][10:], _hex(rows[-1][0])) if len(rows) == limit else None
    return page, next_key


def _hex(value) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value)


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _as_time(value) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(value)


def _category_labels(ids: list) -> dict[str, list[str]]:
    """Each encounter's categories as shown (built-in ones in the user's language), by hex id."""
    if not ids:
        return {}
    shown = category_labels()
    return {key.hex: [shown.get(slug, slug) for slug in slugs] for key, slugs in category_slugs(ids).items()}


def months_with_encounters(trash: bool = False) -> list[tuple[int, int]]:
    """Every (year, month) that has an encounter, newest first.

    One index probe per month between the first and the last encounter (a few milliseconds for
    ten years), rather than reading every encounter's date.
    """
    condition = Encounter.deleted_at.is_null(not trash)
    first, last = (
        Encounter.select(fn.MIN(Encounter.occurred_on), fn.MAX(Encounter.occurred_on)).where(condition).tuples()[0]
    )
    if first is None:
        return []
    months = []
    month = Month.of(_as_date(last))
    stop = Month.of(_as_date(first))
    while month >= stop:
        start, end = month.range()
        if (
            Encounter.select()
            .where(condition & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
            .exists()
        ):
            months.append((month.year, month.month))
        month = month.previous()
    return months
