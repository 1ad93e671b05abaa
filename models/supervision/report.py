"""What the monthly supervision PDF prints (DESIGN §4–§5, §9), gathered as plain data: the summary,
the month's encounters with the supervisor's comments (the priority ones in full, the rest in
one line, unless full detail is chosen), the review with its action items and signatures, and the
addenda. Pseudonymised unless asked otherwise: no names or locations, every narrative through
the export's pseudonymiser, and reflections only of the encounters the therapist chose."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from models.log.clients import Client
from models.log.encounters import Encounter, encounter_dicts
from models.log.fields import ENCOUNTER
from models.log.months import Month
from models.pseudonymise import pseudonymised
from models.pseudonymise.pseudonymiser import Pseudonymiser
from models.store.audit import record_audit
from models.supervision.addenda import addenda_for
from models.supervision.drift import SignalThresholds
from models.supervision.exchange.sign_offs import SignOffProof, sign_off_proof
from models.supervision.priority import is_priority
from models.supervision.reviews import comments_by_encounter, existing_review, review_dict
from models.supervision.summary import MonthSummary, compute_summary


@dataclass
class ReportEncounter:
    values: dict[str, Any]  # interchange shape; pseudonymised (location null) unless identified
    client_name: str | None  # only when identified
    comment: str
    discussed: bool
    not_discussed_reason: str = ""  # why a priority encounter was left out of the discussion
    priority: bool = False  # one of the month's priority encounters (DESIGN §4)


@dataclass
class MonthReport:
    month: str
    identified: bool
    summary: MonthSummary
    encounters: list[ReportEncounter]  # in the summary's priority order (DESIGN §4)
    review: dict[str, Any] | None
    addenda: list[dict[str, Any]] = field(default_factory=list)
    full_detail: bool = False  # every encounter in full, not only the priority ones
    sign_off_proof: SignOffProof | None = None  # a sign-off that came signed by packet, verified again
    carried_forward: list[dict[str, Any]] = field(default_factory=list)  # open items of earlier months

    @property
    def priority(self) -> list[ReportEncounter]:
        """The month's priority encounters (DESIGN §4), in the summary's order."""
        return [e for e in self.encounters if e.priority]

    def in_full(self, encounter: ReportEncounter) -> bool:
        """Whether the PDF prints ``encounter`` in full (else in one line)."""
        return self.full_detail or encounter.priority


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
    *,
    reflections: Collection[str] = (),
    full_detail: bool = False,
    pseudonymiser: Pseudonymiser | None = None,
) -> MonthReport:
    """Everything the PDF of ``month`` prints. Identified adds client names and locations; else
    every narrative passes through ``pseudonymiser`` (built for the month when None). Reflections
    are printed only for the encounters whose ids are in ``reflections`` (the therapist's choice,
    encounter by encounter). Without ``full_detail``, the encounters printed in one line carry no
    narrative."""
    summary = compute_summary(month, thresholds, today)
    review = existing_review(month)
    order = {e.id: index for index, e in enumerate(summary.encounters)}
    rows = Encounter.select().where(Encounter.id.in_([uuid.UUID(i) for i in order])) if order else []
    values = encounter_dicts(rows, identified=True, include_reflection=True)
    values.sort(key=lambda v: order[v["id"]])
    priorities = [is_priority(v) for v in values]
    if not full_detail:  # the rest print in one line: their narratives are not needed (nor pseudonymised)
        for v, priority in zip(values, priorities, strict=True):
            if not priority:
                v.update(dict.fromkeys(ENCOUNTER.narrative))
    chosen = {str(i) for i in reflections}
    comments = comments_by_encounter(month)
    review_values = review_dict(review) if review is not None else None
    addenda = addenda_for(month, identified=identified)
    carried = [{**item.to_json(), "overdue": item.overdue} for item in summary.carried_forward]
    if identified:
        names = dict(Client.select(Client.code, Client.name).tuples())
        for v in values:
            v["reflection"] = v["reflection"] if v["id"] in chosen else None
    else:
        p = pseudonymiser or pseudonymised.build_pseudonymiser(order)
        summary = pseudonymised.summary(summary, p)
        names = {}
        values = [pseudonymised.encounter(v, p, include_reflection=chosen) for v in values]
        comments = pseudonymised.comments(comments, p)
        review_values = pseudonymised.review(review_values, p)
        carried = pseudonymised.action_items(carried, p)
        addenda = pseudonymised.addenda(addenda, p)
    return MonthReport(
        month=str(month),
        identified=identified,
        summary=summary,
        encounters=[
            ReportEncounter(v, names.get(v["client"]), *comments.get(v["id"], ("", False, "")), priority=priority)
            for v, priority in zip(values, priorities, strict=True)
        ],
        review=review_values,
        addenda=addenda,
        full_detail=full_detail,
        sign_off_proof=sign_off_proof(month),
        carried_forward=carried,
    )


def month_check(month: Month, *, reflections: Collection[str] = ()) -> list[pseudonymised.Finding]:
    """The possible identifiers the pseudonymised PDF of ``month`` would carry (DESIGN §9):
    listed before the export, and by ``caselog export pdf … --check``."""
    summary = compute_summary(month)
    ids = [e.id for e in summary.encounters]
    rows = Encounter.select().where(Encounter.id.in_([uuid.UUID(i) for i in ids])) if ids else []
    chosen = {str(i) for i in reflections}
    texts = []
    for values in sorted(
        encounter_dicts(rows, identified=True, include_reflection=True), key=lambda v: ids.index(v["id"])
    ):
        texts += pseudonymised.encounter_texts(values, include_reflection=values["id"] in chosen)
    review = existing_review(month)
    texts += pseudonymised.review_texts(review_dict(review) if review else None, str(month))
    texts += pseudonymised.addenda_texts(addenda_for(month)) + pseudonymised.tag_texts()
    return pseudonymised.possible_identifiers(texts, pseudonymised.build_pseudonymiser(ids))


def month_ids(month: Month) -> list[str]:
    """The ids of the encounters the month's PDF carries."""
    start, end = month.range()
    query = Encounter.select(Encounter.id).where(
        Encounter.deleted_at.is_null() & (Encounter.occurred_on >= start) & (Encounter.occurred_on < end)
    )
    return [str(uuid.UUID(str(i))) for (i,) in query.tuples()]


def reflections_to_choose(month: Month) -> list[tuple[str, str, str, str]]:
    """(id, date, client code, risk) of each encounter of ``month`` that has a private reflection,
    for the therapist to choose which leave with the PDF."""
    start, end = month.range()
    query = (
        Encounter.select(Encounter.id, Encounter.occurred_on, Client.code, Encounter.risk)
        .join(Client)
        .where(
            Encounter.deleted_at.is_null()
            & (Encounter.occurred_on >= start)
            & (Encounter.occurred_on < end)
            & Encounter.reflection.is_null(False)
            & (Encounter.reflection != "")
        )
        .order_by(Encounter.occurred_on, Encounter.occurred_time)
    )
    return [(str(uuid.UUID(str(i))), day.isoformat(), code, str(risk)) for i, day, code, risk in query.tuples()]
