"""Exporting the JSON interchange format (DESIGN §7, version 1): everything in the database, as
one document, pseudonymised unless asked otherwise (DESIGN §9)."""

from __future__ import annotations

import json
import os
from typing import Any

from models import clock
from models.interchange.reviews import export_addenda
from models.log.clients import Client
from models.log.encounters import Encounter, encounter_dicts, format_timestamp
from models.log.standing_record import StandingRecord, record_json, standing_records
from models.log.taxonomy import Category
from models.pseudonymise import pseudonymised
from models.pseudonymise.pseudonymiser import Pseudonymiser
from models.store.audit import record_audit
from models.store.private_files import JSON, write_private_file
from models.supervision.reviews import MonthReview, review_dict

FORMAT_NAME = "caselog"
FORMAT_VERSION = 1


def export_document(
    *, identified: bool = False, include_reflections: bool = False, pseudonymiser: Pseudonymiser | None = None
) -> dict[str, Any]:
    """Everything in the database as a version-1 document (a client's standing record as the
    optional keys of §7, where it has one).

    Pseudonymised by default: client names, locations, keep-out words and overlaps' descriptions
    are left out, and every narrative (encounters, standing records, reviews, addenda) and the
    therapist's tags pass through ``pseudonymiser`` (built from the database when None). Reflections are null unless
    ``include_reflections``. Trashed encounters are included with their ``deleted_at``.
    """
    encounters = Encounter.select().order_by(Encounter.occurred_on, Encounter.occurred_time, Encounter.created_at)
    values = encounter_dicts(encounters, identified=True, include_reflection=include_reflections)
    reviews = [review_dict(r) for r in MonthReview.select().order_by(MonthReview.month)]
    addenda = export_addenda(identified, include_reflections)
    records = standing_records()
    clients = list(Client.select(Client.id, Client.code, Client.name).order_by(Client.code).tuples())
    empty = StandingRecord()
    tags = [
        {"slug": t.slug, "label": t.label}
        for t in Category.select().where(Category.builtin == False).order_by(Category.slug)  # noqa: E712
    ]
    if identified:
        client_values = [
            {"code": code, "name": name, **record_json(records.get(client_id, empty))}
            if not records.get(client_id, empty).empty
            else {"code": code, "name": name}
            for client_id, code, name in clients
        ]
    else:
        p = pseudonymiser or pseudonymised.build_pseudonymiser()
        client_values = [
            pseudonymised.client(code, records.get(i, empty), p)
            if not records.get(i, empty).empty
            else {"code": code, "name": None}
            for i, code, _ in clients
        ]
        values = [pseudonymised.encounter(v, p, include_reflection=include_reflections) for v in values]
        reviews = [pseudonymised.review(r, p) for r in reviews]
        addenda = pseudonymised.addenda(addenda, p)
        tags = pseudonymised.tags(tags, p)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_timestamp(clock.now()),
        "identified": identified,
        "clients": client_values,
        "tags": tags,
        "encounters": values,
        "reviews": reviews,
        "addenda": addenda,
    }


def export_json(
    path: str | os.PathLike[str],
    *,
    identified: bool = False,
    include_reflections: bool = False,
    pseudonymiser: Pseudonymiser | None = None,
    force: bool = False,
) -> int:
    """Write the export document to ``path`` (mode 0600), whole or not at all, never over an existing
    file unless ``force``, its audit entry in the transaction that gives it its name. Returns the
    number of encounters written."""
    document = export_document(
        identified=identified, include_reflections=include_reflections, pseudonymiser=pseudonymiser
    )
    text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    kind = "identified" if identified else "pseudonymised"
    write_private_file(
        path, text, force=force, kind=JSON,
        record=lambda: record_audit("export.json", kind, ["reflections"] if include_reflections else []),
    )  # fmt: skip
    return len(document["encounters"])


def export_check(
    *, include_reflections: bool = False, p: Pseudonymiser | None = None, clients: bool = True
) -> list[pseudonymised.Finding]:
    """The possible identifiers a JSON or CSV export of everything would carry; ``clients``: the
    standing records' words too (the JSON's, not the CSV's)."""
    p = p or pseudonymised.build_pseudonymiser()
    encounters = Encounter.select().order_by(Encounter.occurred_on, Encounter.occurred_time)
    texts = [
        t
        for values in encounter_dicts(encounters, identified=True, include_reflection=include_reflections)
        for t in pseudonymised.encounter_texts(values, include_reflection=include_reflections)
    ]
    for r in MonthReview.select().order_by(MonthReview.month):
        texts += pseudonymised.review_texts(review_dict(r), r.month)
    texts += pseudonymised.addenda_texts(export_addenda(False, include_reflections))
    texts += pseudonymised.tag_texts()
    records = standing_records() if clients else {}
    for client_id, code in Client.select(Client.id, Client.code).order_by(Client.code).tuples():
        if client_id in records:
            texts += pseudonymised.client_texts(code, records[client_id])
    return pseudonymised.possible_identifiers(texts, p)
