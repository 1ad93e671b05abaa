"""The benchmark harness runs end to end at a small size, so it cannot rot unnoticed."""

import os
import subprocess
import sys


def test_the_harness_runs_at_a_small_size_and_prints_every_figure():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--size", "400", "--runs", "1", "--no-cache"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for name in (
        "unlock", "save one encounter", "open the encounter list", "scroll to the end", "filter a month",
        "full-text search", "one month's summary", "caselog suggest (per encounter)", "PDF of a 300-encounter month",
        "PDF of an 800-encounter month", "JSON import of 400 encounters",
        "cold start to a shown window", "pseudonymise a 300-encounter month",
    ):  # fmt: skip
        assert f"| {name}" in result.stdout, name
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ") and " ms |" in line]
    assert len(rows) == 13


def test_a_figure_with_a_ratio_budget_is_within_only_when_both_hold():
    from benchmarks.harness import Figure

    def summary(seconds, bare):
        return Figure("one month's summary", seconds, bare, 0.030, ratio_budget=2.0)

    assert summary(0.024, 0.013).within is True
    assert summary(0.024, 0.011).within is False  # 2.2× its SQL
    assert summary(0.031, 0.020).within is False  # over 30 ms
    assert Figure("unlock", 0.08, 0.08, None).within is None
