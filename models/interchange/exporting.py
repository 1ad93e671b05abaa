"""Exporting the JSON interchange format (DESIGN §7, version 1): everything in the database, as
one document, de-identified unless asked otherwise."""

from __future__ import annotations

import json
import os
from typing import Any

from models import clock
from models.interchange.reviews import export_addenda
from models.log.clients import Client
from models.log.encounters import Encounter, encounter_dicts, format_timestamp
from models.log.taxonomy import Category
from models.store.audit import record_audit
from models.store.private_files import write_private_file
from models.supervision.reviews import MonthReview, review_dict

FORMAT_NAME = "caselog"
FORMAT_VERSION = 1


def export_document(*, identified: bool = False, include_reflections: bool = False) -> dict[str, Any]:
    """Everything in the database as a version-1 document.

    De-identified by default: client names and locations are null. Reflections are null unless
    ``include_reflections``. Trashed encounters are included with their ``deleted_at``.
    """
    encounters = Encounter.select().order_by(Encounter.occurred_on, Encounter.occurred_time, Encounter.created_at)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": format_timestamp(clock.now()),
        "identified": identified,
        "clients": [
            {"code": c.code, "name": c.name if identified else None} for c in Client.select().order_by(Client.code)
        ],
        "tags": [
            {"slug": t.slug, "label": t.label}
            for t in Category.select().where(Category.builtin == False).order_by(Category.slug)  # noqa: E712
        ],
        "encounters": encounter_dicts(encounters, identified=identified, include_reflection=include_reflections),
        "reviews": [review_dict(r) for r in MonthReview.select().order_by(MonthReview.month)],
        "addenda": export_addenda(identified, include_reflections),
    }


def export_json(path: str | os.PathLike[str], *, identified: bool = False, include_reflections: bool = False) -> int:
    """Write the export document to ``path`` (mode 0600). Returns the number of encounters written."""
    document = export_document(identified=identified, include_reflections=include_reflections)
    write_private_file(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    kind = "identified" if identified else "de-identified"
    record_audit("export.json", kind, ["reflections"] if include_reflections else [])
    return len(document["encounters"])
