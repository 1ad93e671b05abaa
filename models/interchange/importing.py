"""Importing the JSON interchange format (DESIGN §7, version 1): all or nothing, and idempotent
by encounter id.

Import reads the whole file, validates every value (each problem named by its path, such as
``encounters[3].initiated_by``), and only then writes, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import math
import os
import stat
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any

from peewee import chunked

from models import clock
from models.i18n import translate
from models.interchange.exporting import FORMAT_NAME, FORMAT_VERSION
from models.interchange.reviews import (
    AddendumInput,
    ReviewInput,
    check_object,
    plan_addenda,
    plan_reviews,
    write_addenda,
    write_reviews,
)
from models.interchange.standing_records import KEYS as STANDING_KEYS
from models.interchange.standing_records import read_standing_record
from models.log.clients import NAME_MAX_LENGTH, Client, code_problem
from models.log.encounters import (
    SCALAR_FIELDS,
    Encounter,
    EncounterCategory,
    FollowUp,
)
from models.log.search import search_index_deferred
from models.log.standing_record import StandingRecord, write_standing_records
from models.log.taxonomy import Category, tag_problem
from models.log.validation import EncounterInput, ValidationContext, validate_encounter
from models.store.audit import record_audit
from models.store.database import bulk_insert, bulk_write_cache, db, writing_transaction
from models.values import (
    Problem,
    ValidationError,
    parse_or_report,
    parse_timestamp,
    short_repr,
    text_problem,
    type_name,
)

# The largest file import reads: 100,000 encounters of ordinary length take about 200 MB.
MAX_IMPORT_BYTES = 512 * 2**20
TOP_LEVEL_KEYS = ("format", "version", "exported_at", "identified", "clients", "tags", "encounters", "reviews")
OPTIONAL_TOP_LEVEL_KEYS = ("addenda",)
MAX_PROBLEMS = 200
BATCH = 400


class ImportFileError(ValueError):
    """The file could not be read as JSON at all."""


@dataclass
class ImportPlan:
    clients: dict[str, str | None] = field(default_factory=dict)
    standing: dict[str, StandingRecord] = field(default_factory=dict)  # by client code
    tags: dict[str, str] = field(default_factory=dict)
    encounters: list[EncounterInput] = field(default_factory=list)
    reviews: list[ReviewInput] = field(default_factory=list)
    addenda: list[AddendumInput] = field(default_factory=list)


@dataclass
class ImportResult:
    clients_added: int = 0
    tags_added: int = 0
    encounters_added: int = 0
    encounters_already_present: int = 0
    reviews_added: int = 0
    reviews_already_present: int = 0
    addenda_added: int = 0

    def describe(self) -> str:
        return translate(
            "Models",
            "Imported {encounters} encounter(s), {clients} client(s), {tags} tag(s) and {reviews} review(s);"
            " {present} encounter(s) and {reviews_present} review(s) were already present.",
        ).format(
            encounters=self.encounters_added, clients=self.clients_added, tags=self.tags_added,
            reviews=self.reviews_added, present=self.encounters_already_present,
            reviews_present=self.reviews_already_present,
        )  # fmt: skip


def _reject_constant(name: str) -> float:
    raise ValueError(translate("Models", "{name} is not a JSON number Caselog accepts").format(name=name))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The object, refusing a key that appears twice. ``dict`` builds it in C; only when it comes
    out shorter than the pairs is there a repeat to name (a loop over every pair in Python cost
    1.8 s of a 2.8 s parse of 100,000 encounters)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(
                    translate("Models", "the key {key} appears twice in one object").format(key=short_repr(key))
                )
            seen.add(key)
    return result


def _finite_number(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # 1e400 reads as infinity, which no Caselog value is
        raise ValueError(
            translate("Models", "{number} is too large a number for Caselog").format(number=short_repr(text))
        )
    return number


def parse_json(text: str) -> Any:
    """Parse JSON strictly: no NaN/Infinity (nor a number too large to be finite), no repeated
    keys. Raises ImportFileError."""
    try:
        with paused_garbage_collection():  # parsing makes no cycles; collecting during it cost a third
            return json.loads(
                text, parse_constant=_reject_constant, parse_float=_finite_number, object_pairs_hook=_unique_keys
            )
    except RecursionError:
        raise ImportFileError(translate("Models", "the file is nested too deeply to be a Caselog export")) from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            translate("Models", "not valid JSON (line {line}, column {column}: {reason})").format(
                line=exc.lineno, column=exc.colno, reason=exc.msg
            )
        ) from None
    except ValueError as exc:
        raise ImportFileError(str(exc)) from None


def read_import_file(path: str | os.PathLike[str]) -> Any:
    """Read and parse a JSON file. Raises ImportFileError with a plain reason. Only a regular file
    of at most ``MAX_IMPORT_BYTES`` is read (not a device such as /dev/zero, not a pipe)."""
    try:
        with open(path, "rb") as stream:
            status = os.fstat(stream.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ImportFileError(translate("Models", "{path} is not a regular file").format(path=path))
            raw = stream.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise ImportFileError(
            translate("Models", "cannot read {path}: {reason}").format(path=path, reason=exc.strerror)
        ) from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFileError(
            translate("Models", "the file is larger than {limit} MB, more than a Caselog export can be").format(
                limit=MAX_IMPORT_BYTES // 2**20
            )
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportFileError(translate("Models", "the file is not UTF-8 text")) from None
    return parse_json(text)


def plan_import(document: Any, today: dt.date | None = None) -> ImportPlan:
    """Validate a whole document against this database. Raises ValidationError listing every
    problem (up to 200) by path; returns what would be added otherwise. Writes nothing."""
    problems: list[Problem] = []

    def report(path: str, template: str, **params: Any) -> None:
        problems.append(Problem(path, template, params))

    if not isinstance(document, Mapping):
        raise ValidationError(
            [
                Problem(
                    "",
                    translate("Problem", "the file must hold a JSON object, not {kind}"),
                    {"kind": type_name(document)},
                )
            ]
        )
    for key in sorted(set(document) - set(TOP_LEVEL_KEYS) - set(OPTIONAL_TOP_LEVEL_KEYS), key=str):
        report(str(key), translate("Problem", "is not a key of a Caselog file"))
    for key in TOP_LEVEL_KEYS:
        if key not in document:
            report(key, translate("Problem", "is required"))
    if problems:
        raise ValidationError(problems)
    if document["format"] != FORMAT_NAME:
        report(
            "format",
            translate("Problem", "{value} is not {expected}"),
            value=short_repr(document["format"]),
            expected=repr(FORMAT_NAME),
        )
    version = document["version"]
    if isinstance(version, bool) or version != FORMAT_VERSION:
        report(
            "version",
            translate("Problem", "{value} is not a version this Caselog reads (1)"),
            value=short_repr(version),
        )
    parse_or_report(document["exported_at"], parse_timestamp, lambda t, **p: report("exported_at", t, **p))
    if not isinstance(document["identified"], bool):
        report(
            "identified",
            translate("Problem", "must be true or false, not {value}"),
            value=short_repr(document["identified"]),
        )
    for key in ("clients", "tags", "encounters", "reviews"):
        if not isinstance(document[key], list):
            report(key, translate("Problem", "must be a list, not {kind}"), kind=type_name(document[key]))
    if problems:
        raise ValidationError(problems)

    plan = ImportPlan()
    _plan_clients(document["clients"], plan, report)
    _plan_tags(document["tags"], plan, report)
    known_codes = {code for (code,) in Client.select(Client.code).tuples()} | set(plan.clients)
    known_slugs = {slug for (slug,) in Category.select(Category.slug).tuples()} | set(plan.tags)
    context = ValidationContext(
        today=today or clock.today(), client_codes=known_codes, category_slugs=known_slugs, require_id=True
    )
    first_index: dict[int, int] = {}  # by the id's number: a UUID's own hash is a Python call
    for index, raw in enumerate(document["encounters"]):
        if len(problems) >= MAX_PROBLEMS:
            break
        data, found = validate_encounter(raw, context, f"encounters[{index}].")
        if data is None:
            problems += found
            continue
        if data.id.int in first_index:
            report(
                f"encounters[{index}].id",
                translate("Problem", "repeats the id of encounters[{other}]"),
                other=first_index[data.id.int],
            )
            continue
        first_index[data.id.int] = index
        plan.encounters.append(data)
    known_encounters = {e.id.hex for e in plan.encounters}
    plan.reviews = plan_reviews(document["reviews"], known_encounters, report)
    plan.addenda = plan_addenda(document.get("addenda", []), known_encounters, report)
    if problems:
        raise ValidationError(problems[:MAX_PROBLEMS])
    return plan


def _plan_clients(items: list[Any], plan: ImportPlan, report) -> None:
    for index, item in enumerate(items):
        path = f"clients[{index}]"
        if not check_object(item, {"code", "name", *STANDING_KEYS}, path, report):
            continue
        problem = code_problem(item.get("code"))
        record = read_standing_record(item, path, report)
        if record is not None and not problem:
            plan.standing[item["code"]] = record
        name = item.get("name")
        if problem:
            report(f"{path}.code", "{reason}", reason=problem)
        elif item["code"] in plan.clients:
            report(f"{path}.code", translate("Problem", "{code} is listed twice"), code=short_repr(item["code"]))
        if name is not None and (not isinstance(name, str) or len(name) > NAME_MAX_LENGTH or text_problem(name)):
            report(
                f"{path}.name",
                translate("Problem", "must be text of at most {limit} characters, or null"),
                limit=NAME_MAX_LENGTH,
            )
        elif not problem:
            plan.clients[item["code"]] = name


def _plan_tags(items: list[Any], plan: ImportPlan, report) -> None:
    for index, item in enumerate(items):
        path = f"tags[{index}]"
        if not check_object(item, {"slug", "label"}, path, report):
            continue
        problem = tag_problem(item.get("slug"), item.get("label"))
        if problem:
            report(f"{path}.{problem[0]}", "{reason}", reason=problem[1])
        elif item["slug"] in plan.tags:
            report(f"{path}.slug", translate("Problem", "{slug} is listed twice"), slug=short_repr(item["slug"]))
        else:
            plan.tags[item["slug"]] = item["label"]


def apply_import(plan: ImportPlan) -> ImportResult:
    """Write a validated plan in one transaction, skipping what the database already holds.

    The write lock is taken first (BEGIN IMMEDIATE), so that a second Caselog writing at the same
    time makes this one wait (the busy timeout) rather than fail half-way; if it still holds the
    lock then, ``DatabaseBusy`` says so and nothing was written."""
    result = ImportResult()
    with bulk_write_cache(), writing_transaction():
        existing_codes = {code for (code,) in Client.select(Client.code).tuples()}
        new_clients = [(code, name) for code, name in plan.clients.items() if code not in existing_codes]
        for batch in chunked(new_clients, BATCH):
            Client.insert_many(batch, fields=[Client.code, Client.name]).execute()
        result.clients_added = len(new_clients)
        # A client already here keeps its own standing record; a new one gets the file's.
        added = {code for code, _ in new_clients}
        ids = dict(Client.select(Client.code, Client.id).where(Client.code.in_(list(added))).tuples()) if added else {}
        write_standing_records({ids[code]: r for code, r in plan.standing.items() if code in ids})

        existing_slugs = {slug for (slug,) in Category.select(Category.slug).tuples()}
        new_tags = [(slug, label) for slug, label in plan.tags.items() if slug not in existing_slugs]
        for slug, label in new_tags:
            Category.create(slug=slug, label=label, builtin=False, position=1000)
        result.tags_added = len(new_tags)

        client_ids = dict(Client.select(Client.code, Client.id).tuples())
        category_ids = dict(Category.select(Category.slug, Category.id).tuples())
        existing_ids = already_stored([e.id.hex for e in plan.encounters])
        new = [e for e in plan.encounters if e.id.hex not in existing_ids]
        with search_index_deferred():
            _insert_encounters(new, client_ids, category_ids)
        result.encounters_added = len(new)
        result.encounters_already_present = len(plan.encounters) - len(new)

        result.reviews_added, result.reviews_already_present = write_reviews(plan.reviews)
        result.addenda_added = write_addenda(plan.addenda)
        record_audit("import.json", f"encounters:{result.encounters_added}",
                     ["clients", "tags", "encounters", "reviews", "addenda"],
                     encounters=[e.id.hex for e in new])  # fmt: skip
    return result


def already_stored(hex_ids: list[str]) -> set[str]:
    """Which of these encounter ids the database holds. Plain SQL in large chunks: building a
    400-id ``IN`` with peewee 250 times took most of a second on a 100,000-encounter import."""
    found: set[str] = set()
    if not Encounter.select().exists():
        return found
    for chunk in chunked(hex_ids, 5000):
        sql = f"SELECT id FROM encounter WHERE id IN ({', '.join('?' * len(chunk))})"
        found.update(row[0] for row in db.obj.execute_sql(sql, chunk).fetchall())
    return found


def _insert_encounters(encounters: list[EncounterInput], client_ids: dict[str, int], category_ids: dict[str, int]):
    now = clock.now()
    columns: dict[Any, Sequence[Any]] = {
        getattr(Encounter, name): list(map(attrgetter(name), encounters)) for name in SCALAR_FIELDS
    }
    columns[Encounter.id] = hex_ids = [e.id.hex for e in encounters]
    columns[Encounter.client] = [client_ids[code] for code in map(attrgetter("client"), encounters)]
    columns[Encounter.created_at] = [e.created_at or now for e in encounters]
    columns[Encounter.updated_at] = [e.updated_at or now for e in encounters]
    columns[Encounter.deleted_at] = list(map(attrgetter("deleted_at"), encounters))
    bulk_insert(Encounter, columns)
    # In id order, so the link tables' indexes (keyed by encounter id) grow at the end instead of
    # at random places: about twice as fast for a large import.
    by_id = sorted(zip(hex_ids, encounters, strict=True), key=itemgetter(0))
    links = [(hex_id, category_ids[slug], pos) for hex_id, e in by_id for pos, slug in enumerate(e.categories)]
    bulk_insert(EncounterCategory, _by_column(
        [EncounterCategory.encounter, EncounterCategory.category, EncounterCategory.position], links))  # fmt: skip
    actions = [(hex_id, action, done, pos) for hex_id, e in by_id for pos, (action, done) in enumerate(e.follow_up)]
    bulk_insert(FollowUp, _by_column([FollowUp.encounter, FollowUp.action, FollowUp.done, FollowUp.position], actions))


def _by_column(fields: list[Any], rows: list[tuple]) -> dict[Any, Sequence[Any]]:
    """``rows`` of ``fields`` as the columns ``bulk_insert`` takes (none for no rows)."""
    return dict(zip(fields, zip(*rows, strict=True), strict=True)) if rows else {}


def import_document(document: Any, today: dt.date | None = None) -> ImportResult:
    """Validate then write a whole document: all or nothing. Raises ValidationError on any problem."""
    with paused_garbage_collection():
        return apply_import(plan_import(document, today))


@contextmanager
def paused_garbage_collection():
    """A large import builds hundreds of thousands of small objects that all live to the end; the
    cyclic collector would walk them again and again (it doubled validation time at 100,000)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_json(path: str | os.PathLike[str], today: dt.date | None = None) -> ImportResult:
    """Import a JSON file. Raises ImportFileError (not JSON) or ValidationError (bad values)."""
    return import_document(read_import_file(path), today)
