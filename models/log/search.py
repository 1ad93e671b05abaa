"""Full-text search over the encounter's searchable narrative fields (SQLite FTS5, external
content: the index reads the encounter table, kept in step by the triggers of migrations 0002 and
0020; since 0020 it records which encounters hold each word, not where).
Which fields it covers is ``ENCOUNTER.searchable``; a test holds that to the index's columns."""

from __future__ import annotations

import re
from contextlib import contextmanager

from peewee import SQL

from models.log.fields import ENCOUNTER
from models.store.database import db

# A word as the index's tokenizer (unicode61) sees one: letters and digits; anything else separates.
TOKEN = re.compile(r"[^\W_]+")

# As created by migrations 0002 and 0020 (each keeps its own frozen copy of the columns).
SEARCH_INSERT_TRIGGER = (
    "CREATE TRIGGER encounter_search_insert AFTER INSERT ON encounter BEGIN "
    f"INSERT INTO encounter_search(rowid, {', '.join(ENCOUNTER.searchable)}) "
    f"VALUES (new.rowid, {', '.join('new.' + c for c in ENCOUNTER.searchable)}); END"
)


def query_terms(text: str) -> list[str]:
    """The words of ``text`` as the index splits them (letters and digits; "follow-up" is two
    words), leaving out a one-letter piece of a longer word (the "s" of "Maria's"). The index
    records which encounters hold a word, not where (migration 0020), so each is matched alone."""
    terms = []
    for word in text.split():
        pieces = TOKEN.findall(word)
        longest = max(map(len, pieces), default=0)
        terms += [piece for piece in pieces if len(piece) > 1 or longest == 1]
    return terms


def text_search_condition(text: str, table_alias: str = "t1"):
    """A condition on encounters: those whose narrative fields contain every word of ``text``, each
    as a prefix ("super" finds "supermarket"). None when ``text`` has no words.

    It matches on the encounter row's rowid, which the search index shares; ``table_alias`` is the
    encounter table's alias in the query (peewee names the first table of a query "t1").
    """
    terms = query_terms(text)
    if not terms:
        return None
    query = " ".join(f'"{term}"*' for term in terms)
    return SQL(
        f'"{table_alias}"."rowid" IN (SELECT rowid FROM encounter_search WHERE encounter_search MATCH ?)', [query]
    )


@contextmanager
def search_index_deferred():
    """For a bulk insert into ``encounter`` (inside a transaction): index the new rows in one
    statement afterwards instead of one trigger call per row (about twice as fast)."""
    database = db.obj
    database.execute_sql("DROP TRIGGER encounter_search_insert")
    last = database.execute_sql("SELECT coalesce(max(rowid), 0) FROM encounter").fetchone()[0]
    try:
        yield
    except BaseException:
        database.execute_sql(SEARCH_INSERT_TRIGGER)  # the transaction rolls back around it either way
        raise
    columns = ", ".join(ENCOUNTER.searchable)
    database.execute_sql(
        f"INSERT INTO encounter_search(rowid, {columns}) SELECT rowid, {columns} FROM encounter WHERE rowid > ?",
        (last,),
    )
    database.execute_sql(SEARCH_INSERT_TRIGGER)
