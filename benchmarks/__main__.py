"""``python -m benchmarks``: build (or reuse) a ten-year encrypted database and print the table.

python -m benchmarks [--size 100000] [--runs 5] [--no-cache] [--clock wall|cpu]
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--size", type=int, default=100_000, help="encounters in the database (default 100,000)")
    parser.add_argument("--runs", type=int, default=5, help="repetitions per figure; the median is shown")
    parser.add_argument("--no-cache", action="store_true", help="build the database afresh, in a temporary folder")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall-clock time (default), or the process's CPU time on a machine busy with other work",
    )
    args = parser.parse_args(argv)

    from benchmarks.harness import measure, table, use_clock

    use_clock(args.clock)
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="caselog-bench-") as folder:
        figures = measure(args.size, args.runs, not args.no_cache, Path(folder))
    clock = "wall-clock time" if args.clock == "wall" else "CPU time"
    print(
        f"Caselog benchmarks: {args.size:,} encounters over ten years, 400 clients; median {clock} of {args.runs} runs"
    )
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"load average (1 min) {load_before} before, {_load()} after")  # fmt: skip
    print()
    print(table(figures))
    over = [f.name for f in figures if f.within is False]
    print()
    print("Over budget: " + ", ".join(over) if over else "Every budgeted figure is within its budget.")
    return 0


def _load() -> str:
    """The 1-minute load average: above about 1 on this 2-core machine, other work shares the cores."""
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
