"""What the monthly supervision PDF prints (DESIGN §4–§5), gathered as plain data: the summary,
every encounter of the month in detail with the supervisor's comment, the review with its
action items and signatures, and the addenda. De-identified unless asked otherwise."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from models.log.clients import Client
from models.log.encounters import Encounter, encounter_dicts
from models.log.months import Month
from models.store.audit import record_audit
from models.supervision.addenda import addenda_for
from models.supervision.drift import SignalThresholds
from models.supervision.reviews import comments_by_encounter, existing_review, review_dict
from models.supervision.summary import MonthSummary, compute_summary


@dataclass
class ReportEncounter:
    values: dict[str, Any]  # interchange shape; location and reflection null unless identified
    client_name: str | None  # only when identified
    comment: str
    discussed: bool


@dataclass
class MonthReport:
    month: str
    identified: bool
    summary: MonthSummary
    encounters: list[ReportEncounter]  # in the summary's order: highest risk first
    review: dict[str, Any] | None
    addenda: list[dict[str, Any]] = field(default_factory=list)

    @property
    def priority(self) -> list[ReportEncounter]:
        """Encounters flagged for supervision or of high risk: printed first, as a list."""
        return [e for e in self.encounters if e.values["for_supervision"] or e.values["risk"] == "high"]


def record_pdf_export(month: Month, identified: bool) -> None:
    """Note a written PDF in the audit trail (the month and the kind, nothing from inside it)."""
    record_audit("export.pdf", f"month:{month}", ["identified"] if identified else [])


def suggested_file_name(month: Month) -> str:
    """A file name that says what the file is and nothing about anyone in it."""
    return f"caselog-supervision-{month}.pdf"


def month_report(
    month: Month,
    identified: bool = False,
    thresholds: SignalThresholds | None = None,
    today: dt.date | None = None,
) -> MonthReport:
    """Everything the PDF of ``month`` prints. Identified adds client names and locations;
    reflections are printed only when the therapist included them in the month's review."""
    summary = compute_summary(month, thresholds, today)
    review = existing_review(month)
    include_reflection = bool(review and review.include_reflections)
    order = {e.id: index for index, e in enumerate(summary.encounters)}
    rows = Encounter.select().where(Encounter.id.in_([uuid.UUID(i) for i in order])) if order else []
    values = encounter_dicts(rows, identified=identified, include_reflection=include_reflection)
    values.sort(key=lambda v: order[v["id"]])
    names = dict(Client.select(Client.code, Client.name).tuples()) if identified else {}
    comments = comments_by_encounter(month)
    return MonthReport(
        month=str(month),
        identified=identified,
        summary=summary,
        encounters=[ReportEncounter(v, names.get(v["client"]), *comments.get(v["id"], ("", False))) for v in values],
        review=review_dict(review) if review is not None else None,
        addenda=addenda_for(month, identified=identified),
    )
