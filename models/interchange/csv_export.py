"""Encounters as CSV for spreadsheets: pseudonymised unless asked (DESIGN §9), never the private
reflections unless included, and safe to open (no cell a spreadsheet would run as a formula)."""

from __future__ import annotations

import csv
import io
import os
import unicodedata

from models.log.clients import Client
from models.log.encounters import Encounter, encounter_dicts, live_encounters
from models.log.fields import ENCOUNTER
from models.pseudonymise import pseudonymised
from models.pseudonymise.pseudonymiser import Pseudonymiser
from models.store.audit import record_audit
from models.store.private_files import CSV, write_private_file

# Every field but the trash date (only encounters not in the trash are listed), in field order;
# private fields only when included, the client's name beside the code only when identified.
COLUMNS = tuple(name for name in ENCOUNTER.names if name != "deleted_at")
FORMULA_STARTS = frozenset("=+-@")


def cell(value: object) -> str:
    """A value as spreadsheet text, never a formula: a quote goes before a cell that starts with =,
    +, - or @ in any width (＝ is = to a spreadsheet), or with anything a spreadsheet may skip
    before it looks for one: a space of any kind, a line break, a tab, an invisible character."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):  # slugs (categories, concerns): "gift; safety"
        value = "; ".join(map(str, value))
    text = str(value)
    return "'" + text if text and _risky_start(text[0]) else text


def _risky_start(first: str) -> bool:
    return (
        first.isspace()
        or unicodedata.category(first) in ("Cc", "Cf", "Zs", "Zl", "Zp")
        or unicodedata.normalize("NFKC", first)[:1] in FORMULA_STARTS
    )


def encounters_csv(
    *, identified: bool = False, include_reflections: bool = False, pseudonymiser: Pseudonymiser | None = None
) -> str:
    """Every encounter not in the trash, oldest first, as CSV text; unless identified, every
    narrative passes through ``pseudonymiser`` (built from the database when None)."""
    return _encounters_csv(identified, include_reflections, pseudonymiser)[0]


def _encounters_csv(
    identified: bool, include_reflections: bool, pseudonymiser: Pseudonymiser | None
) -> tuple[str, int]:
    """The CSV text and the number of encounters in it (rows, not lines: a cell may hold line breaks)."""
    columns = [name for name in COLUMNS if include_reflections or name not in ENCOUNTER.private]
    if identified:
        columns.insert(columns.index("client") + 1, "client_name")
    names = dict(Client.select(Client.code, Client.name).tuples()) if identified else {}
    query = live_encounters().order_by(Encounter.occurred_on, Encounter.occurred_time)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    p = None if identified else pseudonymiser or pseudonymised.build_pseudonymiser()
    count = 0
    for values in encounter_dicts(query, identified=True, include_reflection=include_reflections):
        if p is not None:
            values = pseudonymised.encounter(values, p, include_reflection=include_reflections)
        row = {
            **values,
            "client_name": names.get(values["client"]),
            "follow_up": "; ".join(f"{f['action']} ({'done' if f['done'] else 'open'})" for f in values["follow_up"]),
        }
        writer.writerow([cell(row[column]) for column in columns])
        count += 1
    return buffer.getvalue(), count


def export_csv(
    path: str | os.PathLike[str],
    *,
    identified: bool = False,
    include_reflections: bool = False,
    pseudonymiser: Pseudonymiser | None = None,
    force: bool = False,
) -> int:
    """Write the CSV to ``path`` (mode 0600, UTF-8 with a byte-order mark so spreadsheets read
    accents and scripts right), whole or not at all, never over an existing file unless ``force``,
    its audit entry in the transaction that gives it its name. Returns the number of encounters written."""
    text, count = _encounters_csv(identified, include_reflections, pseudonymiser)

    def record() -> None:
        record_audit("export.csv", "identified" if identified else "pseudonymised",
                     ["reflections"] if include_reflections else [])  # fmt: skip

    write_private_file(path, "\ufeff" + text, force=force, kind=CSV, record=record)
    return count
