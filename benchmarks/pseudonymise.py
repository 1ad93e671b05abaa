"""Pseudonymising a month of 300 encounters (DESIGN §8: ≤ 100 ms): the pseudonymiser built from the
database (400 clients with names and keep-out words, the month's locations) and every narrative of
the month passed through it. The bare work beneath it is one whole-word scan of the same text.

    python -m benchmarks.pseudonymise [--runs 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.dataset import synthetic_document
from models.log.months import Month

FIRST = ("Maria Peter Anna Thomas Søren Ægidius Will Rose Mark Jürgen Sabine Fatima Mehmet Olga Ivan Yuki Wei Grace "
         "Lukas Emma Noah Leon Mia Ben Hannah Paul Lea Elias Sofia Jonas Zoë Işıl Łukasz Siobhán").split()  # fmt: skip
LAST = ("Schmidt Müller Meyer Kowalski Nguyen Smith Jones O'Brien Kierkegaard Yılmaz Ivanova Tanaka García Rossi "
        "Novak Berg Fischer Weber Strauß Wałęsa").split()  # fmt: skip
OTHER_SCRIPTS = ("Мария Иванова", "محمد علي", "王小明", "山田 太郎", "Δημήτρης Παπαδόπουλος", "דוד כהן", "김민수")


def name_the_clients(seed: int = 5) -> None:
    """Give every client a name and three keep-out words, and the month's encounters names in
    their narratives, as a real practice's database would have."""
    from models.log.clients import Client
    from models.log.standing_record import StandingRecord, save_standing_record

    rng = random.Random(seed)
    for index, client in enumerate(Client.select().order_by(Client.code)):
        name = OTHER_SCRIPTS[index % 7] if index % 20 == 0 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        client.name = name
        client.save()
        keep_out = (f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"{rng.choice(LAST)}hof School", rng.choice(FIRST))
        save_standing_record(client.id, StandingRecord(keep_out=keep_out))


def month_texts(month: Month) -> list[tuple[str, str | None, str]]:
    """(narrative, location, client code) of every narrative field of the month's encounters."""
    from models.log.encounters import Encounter, encounter_dicts
    from models.pseudonymise.pseudonymised import NARRATIVE

    start, end = month.range()
    rows = Encounter.select().where((Encounter.occurred_on >= start) & (Encounter.occurred_on < end))
    return [
        (values[name], values["location"], values["client"])
        for values in encounter_dicts(rows, identified=True, include_reflection=False)
        for name in NARRATIVE
        if values[name]
    ]


def measure(folder: Path, runs: int) -> tuple[float, float, float, float, int, int]:
    """(median seconds: build + pseudonymise, of which building, bare scan; the first run, with the
    caches of a new process cold; encounters; characters)."""
    from models.interchange.importing import import_document
    from models.opening import close_store, open_store
    from models.pseudonymise.lexicon import lexicon
    from models.pseudonymise.pseudonymised import build_pseudonymiser
    from models.pseudonymise.spellings import combining_marks
    from models.supervision.report import month_ids

    month = Month(2026, 10)
    open_store(folder / "pseudonymise.db", "benchmark passphrase", create=True)
    import_document(synthetic_document(300, month.first_day, 31, seed=3), today=dt.date(2026, 11, 27))
    name_the_clients()
    texts = month_texts(month)
    ids = month_ids(month)
    lexicon(), combining_marks()  # read once a process (about 30 ms), before the first export
    whole_times, build_times, bare_times = [], [], []
    words = re.compile(r"\w+")
    for _ in range(runs):
        started = time.process_time()
        pseudonymiser = build_pseudonymiser(ids)
        built = time.process_time()
        for text, location, client in texts:
            pseudonymiser.text(text, location=location, client=client)
        whole_times.append(time.process_time() - started)
        build_times.append(built - started)
        started = time.process_time()
        for text, _, _ in texts:
            sum(1 for _ in words.finditer(text.lower()))
        bare_times.append(time.process_time() - started)
    close_store()
    characters = sum(len(t) for t, _, _ in texts)
    return (statistics.median(whole_times), statistics.median(build_times), statistics.median(bare_times),
            whole_times[0], len(ids), characters)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pseudonymise")
    parser.add_argument("--runs", type=int, default=15, help="repetitions; the median CPU time is shown")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="caselog-bench-") as folder:
        whole, build, bare, first, count, characters = measure(Path(folder), args.runs)
    print(f"Pseudonymising a month: {count} encounters, {characters / 1024:.0f} KiB of narrative, 400 named clients")
    print(f"  build + pseudonymise: {whole * 1000:.1f} ms (budget 100 ms), of which building {build * 1000:.1f} ms")
    print(f"  the first export of a process (names and patterns not yet cached): {first * 1000:.1f} ms")
    print(f"  bare whole-word scan of the same text: {bare * 1000:.1f} ms (ratio {whole / bare:.1f}×)")
    return 0 if whole <= 0.100 else 1


if __name__ == "__main__":
    sys.exit(main())
