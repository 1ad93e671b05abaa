"""Pseudonymised output (DESIGN §9): the pseudonymiser built from the database, and what every
outgoing path (PDF, JSON, CSV, review mode, ``summary --json``, supervision packets) passes through it.

One export builds one ``Pseudonymiser`` with ``build_pseudonymiser`` (every client's name and
keep-out words, the locations of the encounters it carries, the app's own words), then:

- ``encounter(values, p)``: an encounter in interchange shape, identified values in, pseudonymised
  out: identifying fields (the location) null, private fields (the reflection) null unless asked
  for, every narrative field (the field declaration's "narrative" kind) through ``p``;
- ``review(values, p)``: a month's review: comments, notes, the revision comment and action items;
- ``addenda(values, p)``: changes kept as addenda: narrative values and reasons;
- ``client(code, record, p)``: a client of the interchange format with its standing record.

``possible_identifiers(texts, p)`` lists, before an export, what the pseudonymiser cannot be sure
of, word by word with where each was found (``caselog export … --check`` prints it).
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from models.i18n import translate
from models.log.clients import Client
from models.log.encounters import Encounter
from models.log.fields import ENCOUNTER
from models.log.standing_record import StandingRecord, add_keep_out_word, record_json, standing_records
from models.log.taxonomy import BUILTIN_SLUGS, Category, category_labels
from models.pseudonymise.pseudonymiser import ClientIdentity, Pseudonymiser
from models.pseudonymise.spellings import fold

# Which fields pass through the pseudonymiser comes from the one field declaration: every narrative
# field (a private one, the reflection, only when the therapist includes it); identifying ones go.
NARRATIVE = tuple(name for name in ENCOUNTER.narrative if name not in ENCOUNTER.private)
PRIVATE = ENCOUNTER.private
IDENTIFYING = ENCOUNTER.identifying
TEXTS = ENCOUNTER.narrative  # what an addendum's values pass through when they are shown at all


def build_pseudonymiser(
    encounter_ids: Iterable[uuid.UUID | str] | None = None,
    *,
    keep_out: Iterable[str] = (),
    let_pass: Iterable[str] = (),
) -> Pseudonymiser:
    """The pseudonymiser of one export: every client's name and keep-out words, and every location
    stored, of ``encounter_ids`` (the encounters the export carries; None: all) and of every other
    encounter too, with those an addendum took away: a place written as one encounter's location is
    written in the narratives of other months ("again at the Quillfeather"). ``keep_out`` and
    ``let_pass`` are the therapist's choices for this export (see ``Pseudonymiser.adjusted``)."""
    records = standing_records()
    clients = [
        ClientIdentity(code, name, records.get(client_id, StandingRecord()).keep_out)
        for client_id, code, name in Client.select(Client.id, Client.code, Client.name).tuples()
    ]
    del encounter_ids  # every location is replaced, whichever encounters the export carries
    found = {
        loc
        for (loc,) in Encounter.select(Encounter.location).where(Encounter.location.is_null(False)).distinct().tuples()
    }
    found.update(location for _, location in _locations_of_addenda())
    # The app's own words are never listed as possible identifiers: the built-in categories' labels,
    # and of the therapist's tags only words written in lowercase (a tag "Lifts from Bob" must not hide "Bob").
    vocabulary = frozenset(
        word
        for slug, label in category_labels().items()
        for word in label.split()
        if slug in BUILTIN_SLUGS or word.islower()
    )
    places = tuple(sorted(loc for loc in found if loc.strip()))
    tags = tuple(
        Category.select(Category.slug, Category.label).where(~Category.builtin).order_by(Category.slug).tuples()
    )
    pseudonymiser = _built(tuple(clients), places, vocabulary, tags)
    return pseudonymiser.adjusted(keep_out=keep_out, let_pass=let_pass) if keep_out or let_pass else pseudonymiser


def _locations_of_addenda(wanted: Collection[uuid.UUID] | None = None) -> list[tuple[Any, str]]:
    """(encounter id as stored, location) of the locations addenda changed (old and new values), of
    the encounters ``wanted`` or of all; read through Encounter's ``addenda`` backref
    (models/supervision, where addenda live, is above this folder)."""
    backref = getattr(Encounter, "addenda", None)
    if backref is None:
        return []
    model, link = backref.rel_model, backref.field
    rows = model.select(link, model.changes).where(model.changes.contains('"location"'))
    if wanted is not None:
        rows = rows.where(link.in_(wanted))
    return [
        (encounter_id, value)
        for encounter_id, changes in rows.tuples()
        for value in json.loads(changes).get("location", [])
        if isinstance(value, str) and value.strip()
    ]


@lru_cache(maxsize=4)
def _built(
    clients: tuple[ClientIdentity, ...],
    places: tuple[str, ...],
    vocabulary: frozenset[str],
    tags: tuple[tuple[str, str], ...],
) -> Pseudonymiser:
    """The same clients, places, words and tags give the same pseudonymiser: the list before an
    export and the export itself, or a second export of the month, build it once."""
    return Pseudonymiser(clients, places=places, vocabulary=vocabulary, tags=tags)


def encounter(
    values: Mapping[str, Any], p: Pseudonymiser, *, include_reflection: bool | Collection[str] = False
) -> dict[str, Any]:
    """An encounter in interchange shape, pseudonymised (``values`` as identified, with its location).
    ``include_reflection``: True, or the ids of the encounters whose reflection the therapist chose."""
    location = values.get("location")
    out = dict(values)
    for name in IDENTIFYING:
        out[name] = None
    for name in NARRATIVE:
        out[name] = p.text(values.get(name), location=location, client=values.get("client"))
    for name in PRIVATE:
        kept = include_reflection is True or (include_reflection and values.get("id") in include_reflection)
        out[name] = p.text(values.get(name), location=location, client=values.get("client")) if kept else None
    if out.get("categories"):
        out["categories"] = [p.category(slug) for slug in out["categories"]]
    return out


def tags(items: Iterable[Mapping[str, str]], p: Pseudonymiser) -> list[dict[str, str]]:
    """The therapist's tags of an interchange document (``{"slug", "label"}``) pseudonymised."""
    shown = p.category_labels({t["slug"]: t["label"] for t in items})
    return [{"slug": slug, "label": label} for slug, label in shown.items()]


def review(values: Mapping[str, Any] | None, p: Pseudonymiser) -> dict[str, Any] | None:
    """A review in interchange shape with its supervisor's and therapist's words pseudonymised:
    notes, the revision comment, each comment (with its encounter's locations), action items and
    their owners."""
    if values is None:
        return None
    out = dict(values)
    for key in ("notes", "revision_comment"):
        if key in out:
            out[key] = p.text(out[key])
    if "comments" in out:
        texts = _about_encounters([(c["encounter"], c["text"]) for c in out["comments"]], p)
        reasons = _about_encounters([(c["encounter"], c.get("not_discussed_reason") or "") for c in out["comments"]], p)
        out["comments"] = [
            {**c, "text": text, **({"not_discussed_reason": reason} if "not_discussed_reason" in c else {})}
            for c, text, reason in zip(out["comments"], texts, reasons, strict=True)
        ]
    if "action_items" in out:
        out["action_items"] = action_items(out["action_items"], p)
    if "reopenings" in out:
        out["reopenings"] = [{**r, "reason": p.text(r["reason"])} for r in out["reopenings"]]
    return out


def comments(by_encounter: Mapping[str, tuple[str, bool, str]], p: Pseudonymiser) -> dict[str, tuple[str, bool, str]]:
    """The supervisor's comments by encounter id (``comments_by_encounter``: comment, discussed,
    reason for leaving it out) pseudonymised."""
    texts = _about_encounters([(encounter, text) for encounter, (text, _, _) in by_encounter.items()], p)
    reasons = _about_encounters([(encounter, reason) for encounter, (_, _, reason) in by_encounter.items()], p)
    rows = zip(by_encounter.items(), texts, reasons, strict=True)
    return {encounter: (text, discussed, reason) for (encounter, (_, discussed, _)), text, reason in rows}


def _about_encounters(texts: list[tuple[str, str]], p: Pseudonymiser) -> list[str]:
    """Words written about encounters, (encounter id, text), each pseudonymised with its encounter's
    client and locations ("the Corner Shop" of a location "Corner Shop")."""
    about = encounters_about(encounter for encounter, _ in texts)
    p = p.with_places(location for a in about.values() for location in a.locations)
    shown = []
    for encounter, text in texts:
        where = about.get(encounter, About())
        shown.append(p.text(text, location=where.location, client=where.code))
    return shown


def action_items(items: Iterable[Mapping[str, Any]], p: Pseudonymiser) -> list[dict[str, Any]]:
    """Action items (carried forward or of a review) with their text and owner pseudonymised."""
    return [{**item, "text": p.text(item["text"]), "owner": p.text(item.get("owner"))} for item in items]


def addenda(items: Iterable[Mapping[str, Any]], p: Pseudonymiser) -> list[dict[str, Any]]:
    """Addenda with the old and new values of narrative fields (the reflection's too, where the
    lister let it through), the reasons and the tags pseudonymised, each with its encounter's
    locations (also of an encounter outside the export: an addendum made this month to an earlier
    one); identifying and private values are already hidden by whoever listed them."""
    items = list(items)
    about = encounters_about(item["encounter"] for item in items)
    p = p.with_places(location for a in about.values() for location in a.locations)
    result = []
    for item in items:
        where = about.get(item["encounter"], About())
        client, location = item.get("client") or where.code, where.location
        changes = {
            name: [_changed_value(name, value, p, location, client) for value in pair]
            for name, pair in item["changes"].items()
        }
        result.append(
            {**item, "changes": changes, "reason": p.text(item.get("reason"), location=location, client=client)}
        )
    return result


def _changed_value(name: str, value: Any, p: Pseudonymiser, location: str | None, client: str | None) -> Any:
    if name in TEXTS and isinstance(value, str):
        return p.text(value, location=location, client=client)
    if name == "categories" and isinstance(value, list):
        return [p.category(slug) for slug in value]
    return value


@dataclass(frozen=True)
class About:
    """What the pseudonymiser needs of an encounter that words are written about: its client's
    code, and every location it had."""

    code: str | None = None
    locations: tuple[str, ...] = ()

    @property
    def location(self) -> str | None:
        """The locations as one ``location`` for ``Pseudonymiser.text`` (its parts each replaced)."""
        return ", ".join(self.locations) or None


def encounters_about(ids: Iterable[str]) -> dict[str, About]:
    """By encounter id: its client's code and its locations, the one it has and any an addendum
    gave it or took from it (read through Encounter's ``addenda`` backref: models/supervision,
    where addenda live, is above this folder)."""
    wanted = {uuid.UUID(str(i)) for i in ids if i}
    if not wanted:
        return {}
    found: dict[str, tuple[str, list[str]]] = {}
    query = Encounter.select(Encounter.id, Encounter.location, Client.code).join(Client).where(Encounter.id.in_(wanted))
    for encounter_id, location, code in query.tuples():
        found[str(uuid.UUID(str(encounter_id)))] = (code, [location] if location else [])
    for encounter_id, location in _locations_of_addenda(wanted):
        found[str(uuid.UUID(str(encounter_id)))][1].append(location)
    return {i: About(code, tuple(dict.fromkeys(locations))) for i, (code, locations) in found.items()}


def client(code: str, record: StandingRecord, p: Pseudonymiser) -> dict[str, Any]:
    """A client of the interchange format, pseudonymised: no name, no keep-out words, no overlap
    descriptions; the agreements and plans pseudonymised (DESIGN §7), with what the descriptions
    name replaced there too ("Leave St Luke's choir early" of "Sings in my choir at St Luke's")."""
    values = record_json(record)
    descriptions = _descriptions(record)
    p = p.with_places(descriptions.split("; ")) if descriptions else p

    def shown(text: str | None) -> str | None:
        return p.text(text, location=descriptions, client=code)

    agreement = values["acknowledgement_agreement"]
    if agreement:
        agreement = {**agreement, "terms": shown(agreement["terms"])}
    return {
        "code": code,
        "name": None,
        **values,
        "acknowledgement_agreement": agreement,
        "contact_agreement": shown(values["contact_agreement"]),
        "overlaps": [{**o, "description": "", "plan": shown(o["plan"])} for o in values["overlaps"]],
        "keep_out": [],
    }


def _descriptions(record: StandingRecord) -> str | None:
    """The overlaps' descriptions, which pseudonymised output drops, as one ``location``."""
    return "; ".join(o.description for o in record.overlaps if o.description.strip()) or None


def client_texts(code: str, record: StandingRecord) -> list[OutgoingText]:
    """The outgoing words of a client's standing record (the agreements and the overlaps' plans),
    each named for the therapist ("client C-7K2F, contact agreement")."""
    agreement = record.acknowledgement_agreement
    texts = [
        (agreement.terms if agreement else None, translate("Models", "acknowledgement agreement")),
        (record.contact_agreement, translate("Models", "contact agreement")),
        *((o.plan, translate("Models", "overlap {number}, plan").format(number=number))
          for number, o in enumerate(record.overlaps, start=1)),
    ]  # fmt: skip
    where = translate("Models", "client {code}").format(code=code)
    return [OutgoingText(text, f"{where}, {part}", code, _descriptions(record)) for text, part in texts if text]


def summary_json(document: Mapping[str, Any], p: Pseudonymiser) -> dict[str, Any]:
    """The object of ``summary --json`` (DESIGN §4) pseudonymised: the review's words, the addenda,
    the action items carried forward and the tags; the rest holds codes and counts only."""
    out = dict(document)
    out["review"] = review(document.get("review"), p)
    out["addenda"] = addenda(document.get("addenda", []), p)
    if "carried_forward" in out:
        out["carried_forward"] = action_items(out["carried_forward"], p)
    if "by_category" in out:
        out["by_category"] = {p.category(slug): count for slug, count in out["by_category"].items()}
    if "encounters" in out:
        out["encounters"] = [{**e, "categories": [p.category(s) for s in e.get("categories", [])]}
                             for e in out["encounters"]]  # fmt: skip
    return out


def summary(month_summary: Any, p: Pseudonymiser) -> Any:
    """A month's summary (models/supervision/summary.py's MonthSummary, which this folder cannot
    import) as review mode, the PDF and ``caselog summary`` show it: the review, the addenda and
    the tags pseudonymised."""
    counts = dict(month_summary.counts)
    counts["by_category"] = {p.category(slug): count for slug, count in counts["by_category"].items()}
    return dataclasses.replace(
        month_summary,
        counts=counts,
        category_labels=p.category_labels(month_summary.category_labels),
        encounters=[
            dataclasses.replace(e, categories=[p.category(slug) for slug in e.categories])
            for e in month_summary.encounters
        ],
        review=review(month_summary.review, p),
        addenda=addenda(month_summary.addenda, p),
    )


# ---------------------------------------------------------------- the list before an export


@dataclass(frozen=True)
class OutgoingText:
    """A narrative about to leave: where it is (for the therapist to find it) and its words."""

    text: str | None
    where: str  # "2026-10-14 C-7K2F, what was said" or "review 2026-10, notes"
    client: str | None = None  # the code of the encounter's client
    location: str | None = None


@dataclass
class Finding:
    """A possible identifier, with every place it was found and the clients of those places."""

    text: str
    kind: str
    places: list[str] = field(default_factory=list)
    clients: list[str] = field(default_factory=list)

    def line(self) -> str:
        places = "; ".join(self.places[:3]) + (f"; and {len(self.places) - 3} more" if len(self.places) > 3 else "")
        return f"{self.text!r} ({self.kind}): {places}"


def possible_identifiers(texts: Iterable[OutgoingText], p: Pseudonymiser) -> list[Finding]:
    """What may still identify someone in ``texts`` once pseudonymised, each once (by spelling),
    with the places it was found, in order of first appearance."""
    findings: dict[tuple[str, str], Finding] = {}
    for outgoing in texts:
        for found in p.possible_identifiers(outgoing.text, location=outgoing.location, client=outgoing.client):
            key = (fold(found.text), found.kind)
            finding = findings.setdefault(key, Finding(found.text, found.kind))
            if outgoing.where not in finding.places:
                finding.places.append(outgoing.where)
            if outgoing.client and outgoing.client not in finding.clients:
                finding.clients.append(outgoing.client)
    return list(findings.values())


def field_term(name: str) -> str:
    """A field as the therapist reads it in a list ("what was said"), in the user's language."""
    return ENCOUNTER.term(name)


def encounter_texts(
    values: Mapping[str, Any], term=field_term, *, include_reflection: bool = False
) -> list[OutgoingText]:
    """The outgoing narratives of one encounter (interchange shape, identified), each named by
    date, client code and the field's ``term``."""
    names = NARRATIVE + (PRIVATE if include_reflection else ())
    return [
        OutgoingText(
            values.get(name),
            f"{values['occurred_on']} {values['client']}, {term(name)}",
            values["client"],
            values.get("location"),
        )  # fmt: skip
        for name in names
        if values.get(name)
    ]


def review_texts(values: Mapping[str, Any] | None, month: str, wording=field_term) -> list[OutgoingText]:
    """The outgoing words of a review; ``wording(key)`` names its parts for the therapist."""
    if not values:
        return []
    texts = [OutgoingText(values.get(key), f"{month}, {wording(key)}") for key in ("notes", "revision_comment")]
    texts += [OutgoingText(c["text"], f"{month}, {wording('comments')}") for c in values.get("comments", [])]
    texts += [
        OutgoingText(c.get("not_discussed_reason"), f"{month}, {wording('comments')}")
        for c in values.get("comments", [])
    ]
    texts += [OutgoingText(r["reason"], f"{month}, {wording('reopenings')}") for r in values.get("reopenings", [])]
    texts += [OutgoingText(i["text"], f"{month}, {wording('action_items')}") for i in values.get("action_items", [])]
    return [t for t in texts if t.text]


def addenda_texts(items: Iterable[Mapping[str, Any]], term=field_term) -> list[OutgoingText]:
    """The outgoing words of addenda (as ``addenda_for`` or the export lists them): the values of
    narrative fields they changed, old and new, and their reasons."""
    texts = []
    for item in items:
        where = " ".join(str(x) for x in (item.get("occurred_on") or item.get("month"), item.get("client")) if x)
        about = f"{where}, " + translate("Models", "addendum")
        for name, pair in item["changes"].items():
            if name in TEXTS:
                texts += [
                    OutgoingText(v, f"{about}, {term(name)}", item.get("client")) for v in pair if isinstance(v, str)
                ]
        texts.append(OutgoingText(item.get("reason"), about, item.get("client")))
    return [t for t in texts if t.text]


def tag_texts() -> list[OutgoingText]:
    """The labels of the therapist's own tags, which leave with every export that names a category."""
    query = Category.select(Category.slug, Category.label).where(~Category.builtin).order_by(Category.slug)
    return [OutgoingText(label, translate("Models", "tag {slug}").format(slug=slug)) for slug, label in query.tuples()]


def apply_choices(choices: Mapping[str, str], findings: Iterable[Finding]) -> tuple[list[str], list[str]]:
    """Carry out the therapist's choice for each possible identifier (by its text): "keep_out" adds
    it to the keep-out words of each client it was found with, from now on; "pseudonymise" replaces
    it in this export; "let_pass" leaves it. Returns (keep_out, let_pass) for this export's
    pseudonymiser (``build_pseudonymiser(..., keep_out=..., let_pass=...)``)."""
    codes = dict(Client.select(Client.code, Client.id).tuples())
    keep_out, let_pass = [], []
    for finding in findings:
        choice = choices.get(finding.text)
        if choice == "keep_out":
            for code in finding.clients:
                add_keep_out_word(codes[code], finding.text)
            keep_out.append(finding.text)
        elif choice == "pseudonymise":
            keep_out.append(finding.text)
        elif choice == "let_pass":
            let_pass.append(finding.text)
    return keep_out, let_pass
