"""The performance harness (DESIGN §8): each figure is the median of repeated runs, beside the
bare work beneath it (the raw SQL, a raw executemany, a bare QPdfWriter render) and its budget."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from playhouse.test_utils import count_queries

from benchmarks.dataset import DATASET_VERSION, synthetic_document
from models.interchange.importing import import_document, paused_garbage_collection, plan_import
from models.log.encounter_list import ListFilter
from models.log.months import Month
from models.log.search import search_index_deferred
from models.opening import close_store, open_store
from models.store.database import bulk_write_cache, db, open_database

TODAY = dt.date(2026, 11, 27)
PASSPHRASE = "benchmark passphrase"
CACHE = Path(__file__).parent / ".cache"
MONTH = Month(2025, 6)


# Wall-clock time by default; on a machine shared with other work, the process's CPU time
# (``--clock cpu``) is steadier, though still not free of the neighbours' cache traffic.
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = CLOCKS["wall"]


def now() -> float:
    return _clock()


def use_clock(name: str) -> None:
    global _clock
    _clock = CLOCKS[name]


@dataclass
class Figure:
    name: str
    seconds: float
    bare: float | None
    budget: float | None
    note: str = ""
    ratio_budget: float | None = None  # DESIGN §8 also bounds some figures by their bare work

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.bare if self.bare else None

    @property
    def within(self) -> bool | None:
        if self.budget is None:
            return None
        return self.seconds <= self.budget and (self.ratio_budget is None or (self.ratio or 0) <= self.ratio_budget)


def median(step: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = now()
        step()
        times.append(now() - started)
    return statistics.median(times)


def paired_medians(step: Callable[[], object], bare: Callable[[], object], runs: int) -> tuple[float, float]:
    """Medians of ``step`` and ``bare``, run in turn, so that both see the same moments of a noisy
    machine: their ratio is the budget's second test."""
    step_times, bare_times = [], []
    for _ in range(runs):
        for work, times in ((step, step_times), (bare, bare_times)):
            started = now()
            work()
            times.append(now() - started)
    return statistics.median(step_times), statistics.median(bare_times)


def build_database(path: Path, size: int) -> None:
    open_store(path, PASSPHRASE, create=True)
    import_document(synthetic_document(size, TODAY - dt.timedelta(days=3650), 3649), today=TODAY)
    db.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_store()


def cached_database(size: int, use_cache: bool, folder: Path) -> Path:
    """The ten-year database of ``size`` encounters, built once and kept in benchmarks/.cache."""
    cached = CACHE / f"caselog-{size}-data{DATASET_VERSION}-schema{schema_digest()}.db"
    if not use_cache or not cached.exists():
        target = cached if use_cache else folder / "built.db"
        if use_cache:
            CACHE.mkdir(exist_ok=True, mode=0o700)
            target.unlink(missing_ok=True)
        build_database(target, size)
        cached = target
    working = folder / "working.db"
    shutil.copyfile(cached, working)  # closed and checkpointed: a plain copy is safe
    return working


def schema_digest() -> str:
    """A short name for the set of migrations this version ships (numbers are reserved per issue,
    so a lower number may land after a higher one: the highest alone would not do)."""
    from models.store.migrate import MIGRATIONS_DIRECTORY

    names = sorted(path.stem for path in MIGRATIONS_DIRECTORY.glob("[0-9]*.py"))
    return f"{len(names)}-{hashlib.sha256(' '.join(names).encode()).hexdigest()[:8]}"


def captured_sql(step: Callable[[], object]) -> list[tuple[str, tuple]]:
    """The SQL statements ``step`` runs, as peewee logs them (playhouse's count_queries keeps the
    records), to re-run them bare."""
    with count_queries() as counted:
        step()
    return [record.msg for record in counted.get_queries()]


def bare_sql(queries: list[tuple[str, tuple]]) -> Callable[[], None]:
    cursor = db.obj.cursor()

    def run() -> None:
        for sql, params in queries:
            cursor.execute(sql, params or ())
            cursor.fetchall()

    return run


def measure(size: int, runs: int, use_cache: bool, folder: Path) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from desktop.log.encounter_table_model import EncounterTableModel
    from models.log.encounters import save_encounter
    from models.supervision.summary import compute_summary

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models and charts need it
    figures: list[Figure] = []
    path = cached_database(size, use_cache, folder)

    def bare_unlock() -> None:
        opened = open_database(path, PASSPHRASE)
        opened.close()

    figures.append(Figure("unlock", median(lambda: (open_store(path, PASSPHRASE), close_store()), runs),
                          median(bare_unlock, runs), None, "key, first page, schema; page check after"))  # fmt: skip
    open_store(path, PASSPHRASE)

    def new_fields() -> dict:
        document = synthetic_document(1, TODAY - dt.timedelta(days=3), 2, seed=int(time.time_ns() % 10**9))
        return {**document["encounters"][0], "id": str(uuid.uuid4())}

    save_runs = max(runs, 10)
    saves = [new_fields() for _ in range(save_runs)]
    client_id = db.obj.execute_sql("SELECT id FROM client LIMIT 1").fetchone()[0]
    category_id = db.obj.execute_sql("SELECT id FROM category LIMIT 1").fetchone()[0]

    def bare_save() -> None:
        encounter_id = uuid.uuid4().hex
        with db.atomic():
            cursor = db.obj.cursor()
            cursor.execute(
                "INSERT INTO encounter (id, occurred_on, client_id, channel, setting, initiated_by, avoidability,"
                " acknowledgement, others_present, therapy_content_raised, what_was_said, response, risk, assessment,"
                " for_supervision, created_at, updated_at) VALUES (?, '2026-11-20', ?, 'phone', 'not_applicable',"
                " 'client', 'avoidable', 'not_applicable', 0, 0, ?, '', 'low', 'crossing_benign', 0,"
                " '2026-11-20 10:00:00', '2026-11-20 10:00:00')",
                (encounter_id, client_id, "A call between sessions " * 10),
            )
            cursor.execute("INSERT INTO encounter_category VALUES (?, ?, 0)", (encounter_id, category_id))
            cursor.execute("INSERT INTO follow_up (encounter_id, action, done, position) VALUES (?, 'no_action', 1, 0)",
                           (encounter_id,))  # fmt: skip

    figures.append(Figure("save one encounter", median(lambda: save_encounter(saves.pop(), today=TODAY), save_runs),
                          median(bare_save, save_runs), 0.020, "validate, write, audit: one transaction"))  # fmt: skip

    model = EncounterTableModel()
    open_sql = captured_sql(model.reload)
    figures.append(Figure("open the encounter list", median(model.reload, runs), median(bare_sql(open_sql), runs),
                          0.150, "first page of 200 and the count"))  # fmt: skip

    def scroll() -> int:
        model.reload()
        pages = 0
        while model.canFetchMore():
            model.fetchMore()
            pages += 1
        return pages

    started = now()
    pages = scroll()
    whole = now() - started
    page_times = []
    model.reload()
    page_sql = captured_sql(model.fetchMore)
    for _ in range(min(pages - 1, 50)):
        t = now()
        model.fetchMore()
        page_times.append(now() - t)
    figures.append(Figure("scroll to the end (per page of 200)", statistics.median(page_times) if page_times else 0,
                          median(bare_sql(page_sql), runs), 0.050, f"{pages} pages, {whole:.2f} s in all"))  # fmt: skip

    month_filter = ListFilter(month=(MONTH.year, MONTH.month))
    month_sql = captured_sql(lambda: model.set_filter(month_filter))
    figures.append(Figure("filter a month", median(lambda: model.set_filter(month_filter), runs),
                          median(bare_sql(month_sql), runs), 0.050))  # fmt: skip

    text_filter = ListFilter(text="pharmacy queue")
    text_sql = captured_sql(lambda: model.set_filter(text_filter))
    figures.append(Figure("full-text search", median(lambda: model.set_filter(text_filter), runs),
                          median(bare_sql(text_sql), runs), 0.050, "two words, prefix match, first page"))  # fmt: skip

    summary_sql = captured_sql(lambda: compute_summary(MONTH, today=TODAY))
    in_month = compute_summary(MONTH, today=TODAY).total
    quick_runs = max(runs, 21)  # a figure of a few milliseconds needs more samples for a steady median
    summary, bare = paired_medians(lambda: compute_summary(MONTH, today=TODAY), bare_sql(summary_sql), quick_runs)
    figures.append(Figure("one month's summary", summary, bare, 0.030, f"{in_month} encounters that month",
                          ratio_budget=2.0))  # fmt: skip
    close_store()

    figures.append(suggest_figure(folder, runs, min(size, SUGGEST_COUNT)))
    figures.append(pdf_figure(folder, runs, 300, 1.0))
    figures.append(pdf_figure(folder, runs, 800, 2.0))
    figures.append(pseudonymise_figure(folder, max(runs, 7)))
    figures.append(import_figure(size, min(runs, 3), folder))
    figures.append(cold_start_figure(path, runs))
    return figures


def pdf_figure(folder: Path, runs: int, count: int, budget: float) -> Figure:
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from desktop.report.pdf_export import prepare_pdf, run_pdf
    from desktop.report.report_html import html_document

    month = Month(2026, 10)
    open_store(folder / f"pdf-{count}.db", PASSPHRASE, create=True)
    import_document(synthetic_document(count, month.first_day, 31, seed=3), today=TODAY)
    target = folder / "month.pdf"
    job = prepare_pdf(month, target, paper="a4")

    def bare() -> None:
        writer = QPdfWriter(str(folder / "bare.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document = QTextDocument()
        document.setHtml(html_document(job.blocks))
        document.print_(writer)

    whole, bare_time = paired_medians(lambda: run_pdf(prepare_pdf(month, target, paper="a4"), force=True), bare, runs)
    pages = run_pdf(job, force=True)
    close_store()
    article = "an" if str(count).startswith("8") else "a"
    return Figure(f"PDF of {article} {count}-encounter month", whole, bare_time, budget, f"{pages} pages")


def pseudonymise_figure(folder: Path, runs: int) -> Figure:
    """Building the pseudonymiser for a 300-encounter month and passing its narratives through it
    (benchmarks/pseudonymise.py), beside one whole-word scan of the same text."""
    from benchmarks.pseudonymise import measure as measure_pseudonymising

    whole, build, bare, first, count, characters = measure_pseudonymising(folder, runs)
    note = (
        f"{characters // 1024} KiB, 400 named clients; building {build * 1000:.0f} ms; "
        f"first of a process {first * 1000:.0f} ms"
    )
    return Figure(f"pseudonymise a {count}-encounter month", whole, bare, 0.100, note)


def import_figure(size: int, runs: int, folder: Path) -> Figure:
    """``caselog import FILE.json`` of ``size`` encounters into a new database, beside its bare work:
    the file read and parsed by ``json.loads`` alone, and a raw ``executemany`` of the same rows
    with the search index filled the same way (validation is not part of the bare work)."""
    from models.interchange.importing import import_json
    from models.interchange.reviews import write_addenda, write_reviews
    from models.log.encounters import SCALAR_FIELDS, Encounter

    source = folder / "import.json"
    source.write_text(json.dumps(synthetic_document(size, TODAY - dt.timedelta(days=3650), 3649, seed=5)))

    def fresh(name: str) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{folder / name}{suffix}").unlink(missing_ok=True)
        open_store(folder / name, PASSPHRASE, create=True)

    def run_import() -> None:
        fresh("import.db")  # creating the database is not part of the figure, as for the bare work
        started = now()
        import_json(source, today=TODAY)
        import_times.append(now() - started)
        close_store()

    fresh("bare.db")  # the rows the bare work writes, as the driver stores them (not timed)
    plan = plan_import(json.loads(source.read_text(encoding="utf-8")), today=TODAY)
    close_store()
    rows, links, actions = [], [], []
    for e in plan.encounters:
        rows.append(_plain((e.id.hex, e.client, *(getattr(e, name) for name in SCALAR_FIELDS),
                            "2026-01-01 00:00:00", "2026-01-01 00:00:00")))  # fmt: skip
        links += [(e.id.hex, s, p) for p, s in enumerate(e.categories)]
        actions += [_plain((e.id.hex, a, d, p)) for p, (a, d) in enumerate(e.follow_up)]
    order = ["id", "client_id", *SCALAR_FIELDS, "created_at", "updated_at"]
    assert set(order) == {f.column_name for f in Encounter._meta.sorted_fields if f.name != "deleted_at"}

    def bare() -> None:
        fresh("bare.db")
        started = now()
        with paused_garbage_collection():  # as lean as parsing gets in Python
            json.loads(source.read_text(encoding="utf-8"))
        parsed = now() - started
        cursor = db.obj.cursor()
        cursor.executemany("INSERT INTO client (code, name, created_at) VALUES (?, ?, '2026-01-01 00:00:00')",
                           list(plan.clients.items()))  # fmt: skip
        client_ids = dict(db.obj.execute_sql("SELECT code, id FROM client").fetchall())
        categories = dict(db.obj.execute_sql("SELECT slug, id FROM category").fetchall())
        encounter_rows = [(row[0], client_ids[row[1]], *row[2:]) for row in rows]
        link_rows = [(e, categories[s], p) for e, s, p in links]
        started = now()
        with bulk_write_cache(), db.atomic(), search_index_deferred():  # the cache and index as the import has them
            cursor = db.obj.cursor()
            cursor.executemany(f"INSERT INTO encounter ({', '.join(order)}) VALUES ({', '.join('?' * len(order))})",
                               encounter_rows)  # fmt: skip
            cursor.executemany("INSERT INTO encounter_category VALUES (?, ?, ?)", link_rows)
            cursor.executemany("INSERT INTO follow_up (encounter_id, action, done, position) VALUES (?, ?, ?, ?)",
                               actions)  # fmt: skip
            write_reviews(plan.reviews)  # a thousand rows or so, as the import writes them
            write_addenda(plan.addenda)
        bare_times.append(parsed + now() - started)
        close_store()

    import_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(runs):
        run_import()
        bare()
    return Figure(f"JSON import of {size:,} encounters", statistics.median(import_times),
                  statistics.median(bare_times), 10.0,
                  "read, parse, validate, write, index; bare: json.loads, raw executemany, index fill",
                  ratio_budget=1.5)  # fmt: skip


def _plain(row: tuple) -> tuple:
    return tuple(
        str(value)
        if isinstance(value, (dt.date, dt.time, StrEnum))
        else int(value)
        if isinstance(value, bool)
        else ",".join(map(str, value))  # a set of slugs, as its one text column keeps it (concerns)
        if isinstance(value, list)
        else value
        for value in row
    )


SUGGEST_COUNT = 2_000
# The bare work of `caselog suggest`: a Python process that reads the document and prints one JSON
# line per encounter, without the rules.
BARE_SUGGEST = (
    "import json, sys\n"
    "for e in json.load(open(sys.argv[1], encoding='utf-8'))['encounters']:\n"
    "    sys.stdout.write(json.dumps({'id': e['id'], 'categories': [], 'concerns': [], 'minimum_risk': None,"
    " 'warnings': []}) + '\\n')\n"
)


def suggest_figure(folder: Path, runs: int, count: int = SUGGEST_COUNT) -> Figure:
    """`caselog suggest FILE.json` on ``count`` encounters of realistic text, as a command runs it
    (a cold process: the vocabularies are read and compiled once), per encounter."""
    document = synthetic_document(count, TODAY - dt.timedelta(days=365), 365)
    for encounter in document["encounters"]:
        encounter["categories"] = []
    path = folder / "suggest.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}

    def run(*command: str) -> None:
        subprocess.run([sys.executable, *command], capture_output=True, env=env, check=True, timeout=300)

    whole = median(lambda: run("-m", "desktop", "suggest", str(path)), runs)
    bare = median(lambda: run("-c", BARE_SUGGEST, str(path)), runs)
    return Figure("caselog suggest (per encounter)", whole / count, bare / count, 0.002,
                  f"{count:,} encounters in one cold process, {whole:.1f} s in all")  # fmt: skip


def cold_start_figure(path: Path, runs: int) -> Figure:
    def start(*extra: str) -> float:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        begun = "cpu" if _clock is CLOCKS["cpu"] else str(time.time())
        result = subprocess.run([sys.executable, "-m", "benchmarks.cold_start", str(path), begun, *extra],
                                capture_output=True, text=True, env=env, check=True, timeout=120)  # fmt: skip
        return float(result.stdout.strip().splitlines()[-1])

    whole = statistics.median(start() for _ in range(runs))
    bare = statistics.median(start("--bare") for _ in range(runs))
    return Figure("cold start to a shown window, with unlock", whole, bare, 1.0, "bare: Qt window + imports")


def table(figures: list[Figure]) -> str:
    lines = [
        "| measurement | median | bare work | ratio | budget | within | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in figures:
        bare = f"{f.bare * 1000:.1f} ms" if f.bare is not None else "—"
        ratio = f"{f.ratio:.1f}×" if f.ratio is not None else "—"
        budget = f"≤ {f.budget * 1000:.0f} ms" if f.budget is not None else "—"
        if f.ratio_budget is not None:
            budget += f" and ≤ {f.ratio_budget:g}×"
        within = "—" if f.within is None else ("yes" if f.within else "NO")
        lines.append(f"| {f.name} | {f.seconds * 1000:.1f} ms | {bare} | {ratio} | {budget} | {within} | {f.note} |")
    return "\n".join(lines)
