"""Encounters as CSV for spreadsheets: pseudonymised unless asked (DESIGN §9), never the private
reflections unless included, and safe to open (no cell a spreadsheet would run as a formula)."""

from __future__ import annotations

import csv
import io
import os

from models.log.clients import Client
from models.log.encounters import Encounter, encounter_dicts, live_encounters
from models.log.fields import ENCOUNTER
from models.pseudonymise import pseudonymised
from models.pseudonymise.pseudonymiser import Pseudonymiser
from models.store.audit import record_audit
from models.store.private_files import write_private_file

# Every field but the trash date (only encounters not in the trash are listed), in field order;
# private fields only when included, the client's name beside the code only when identified.
COLUMNS = tuple(name for name in ENCOUNTER.names if name != "deleted_at")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value as spreadsheet text. A leading =, +, -, @ gets a quote so it is never a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):  # slugs (categories, concerns): "gift; safety"
        value = "; ".join(map(str, value))
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def encounters_csv(
    *, identified: bool = False, include_reflections: bool = False, pseudonymiser: Pseudonymiser | None = None
) -> str:
    """Every encounter not in the trash, oldest first, as CSV text; unless identified, every
    narrative passes through ``pseudonymiser`` (built from the database when None)."""
    columns = [name for name in COLUMNS if include_reflections or name not in ENCOUNTER.private]
    if identified:
        columns.insert(columns.index("client") + 1, "client_name")
    names = dict(Client.select(Client.code, Client.name).tuples()) if identified else {}
    query = live_encounters().order_by(Encounter.occurred_on, Encounter.occurred_time)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    p = None if identified else pseudonymiser or pseudonymised.build_pseudonymiser()
    for values in encounter_dicts(query, identified=True, include_reflection=include_reflections):
        if p is not None:
            values = pseudonymised.encounter(values, p, include_reflection=include_reflections)
        row = {
            **values,
            "client_name": names.get(values["client"]),
            "follow_up": "; ".join(f"{f['action']} ({'done' if f['done'] else 'open'})" for f in values["follow_up"]),
        }
        writer.writerow([cell(row[column]) for column in columns])
    return buffer.getvalue()


def export_csv(
    path: str | os.PathLike[str],
    *,
    identified: bool = False,
    include_reflections: bool = False,
    pseudonymiser: Pseudonymiser | None = None,
) -> int:
    """Write the CSV to ``path`` (mode 0600, UTF-8 with a byte-order mark so spreadsheets read
    accents and scripts right). Returns the number of encounters written."""
    text = encounters_csv(identified=identified, include_reflections=include_reflections, pseudonymiser=pseudonymiser)
    write_private_file(path, "\ufeff" + text)
    record_audit("export.csv", "identified" if identified else "pseudonymised",
                 ["reflections"] if include_reflections else [])  # fmt: skip
    return text.count("\r\n") - 1
