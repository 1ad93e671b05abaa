"""The monthly summary against hand-counted fixtures (DESIGN §4) and the drift signals."""

import datetime as dt

import pytest

from models.log.clients import create_client
from models.log.encounters import delete_encounter, save_encounter
from models.log.months import Month
from models.log.taxonomy import BUILTIN_SLUGS, create_tag
from models.supervision.drift import drift_signals
from models.supervision.summary import compute_summary
from tests.helpers import encounter_fields

TODAY = dt.date(2026, 11, 27)
# DESIGN §4's keys, its drift `signals`, and §5's addenda ("show in the next summary").
SUMMARY_KEYS = {
    "addenda",
    "month", "total", "by_category", "by_channel", "by_setting", "by_initiator", "by_avoidability",
    "by_acknowledgement", "by_risk", "by_assessment", "without_consent", "for_supervision", "consultations",
    "open_follow_ups", "by_concern", "previous_month", "six_month_average", "encounters", "review", "signals",
    "carried_forward", "discussed", "hours",
}  # fmt: skip


def add(day, **fields):
    return save_encounter(encounter_fields(occurred_on=day, **fields), today=TODAY)


@pytest.fixture
def february(client):
    """Leap-year February 2024, hand-counted: 4 live encounters, 1 deleted, neighbours outside."""
    create_tag("Online presence")
    add("2024-01-31", risk="high")  # last day of the previous month
    add("2024-02-01", channel="message", setting="not_applicable", initiated_by="client", risk="moderate",
        acknowledgement="not_applicable", categories=["between_session_contact"], follow_up=[])  # fmt: skip
    add("2024-02-29", acknowledgement="without_consent", initiated_by="therapist", risk="high",
        categories=["public_acknowledgement", "professional_boundaries", "online_presence"],
        consultation="Supervisor, same day.", for_supervision=True,
        follow_up=[{"action": "consult_supervisor", "done": True},
                   {"action": "discuss_next_session", "done": False}])  # fmt: skip
    add("2024-02-15", avoidability="planned", assessment="crossing_risky", concerns=["gift"])
    add("2024-02-10", setting="workplace", categories=["dual_relationship"], follow_up=[],
        concerns=["money_or_business", "gift"])  # fmt: skip
    gone = add("2024-02-20", risk="high")
    delete_encounter(gone.id)
    add("2024-03-01")  # first day of the next month
    for month in ("2023-09", "2023-10", "2023-12"):
        add(f"{month}-05")


def test_february_of_a_leap_year_by_hand(february):
    summary = compute_summary(Month.parse("2024-02"), today=TODAY).to_json()
    assert set(summary) == SUMMARY_KEYS
    assert summary["month"] == "2024-02"
    assert summary["total"] == 4
    assert summary["by_category"] == {**{s: 0 for s in BUILTIN_SLUGS}, "public_acknowledgement": 2,
                                      "between_session_contact": 1, "professional_boundaries": 1,
                                      "dual_relationship": 1, "online_presence": 1}  # fmt: skip
    assert summary["by_channel"] == {"in_person": 3, "phone": 0, "message": 1, "social_media": 0, "other": 0}
    assert summary["by_setting"]["public_place"] == 2 and summary["by_setting"]["workplace"] == 1
    assert summary["by_setting"]["not_applicable"] == 1 and sum(summary["by_setting"].values()) == 4
    assert summary["by_initiator"] == {"client": 3, "therapist": 1, "third_party": 0, "chance": 0, "no_contact": 0}
    assert summary["by_avoidability"] == {"unavoidable": 3, "avoidable": 0, "planned": 1}
    assert summary["by_acknowledgement"]["without_consent"] == summary["without_consent"] == 1
    assert summary["by_risk"] == {"low": 2, "moderate": 1, "high": 1}
    assert summary["by_assessment"] == {"no_crossing": 0, "crossing_benign": 3, "crossing_risky": 1, "violation": 0}
    assert summary["by_concern"] == {"romantic_or_sexual": 0, "gift": 2, "money_or_business": 1, "safety": 0,
                                     "online_lookup": 0, "social_media_connection": 0, "physical_contact": 0,
                                     "self_disclosure": 0}  # fmt: skip
    assert summary["for_supervision"] == 1
    assert summary["consultations"] == 1
    assert summary["open_follow_ups"] == 2  # 2024-02-15's discuss_next_session and 2024-02-29's
    assert summary["previous_month"] == {"month": "2024-01", "total": 1}
    assert summary["six_month_average"] == round(4 / 6, 2)  # Aug–Jan: Sep, Oct, Dec, Jan 31
    # Priority order: encounters with a concern (higher risk first, then by date), then the flagged, risky
    # and moderate-or-higher ones, higher risk first, then the rest.
    assert [e["occurred_on"] for e in summary["encounters"]] == ["2024-02-10", "2024-02-15", "2024-02-29", "2024-02-01"]
    assert {"id", "occurred_on", "client", "risk", "categories", "concerns"} <= set(summary["encounters"][0])
    concerns = {e["occurred_on"]: e["concerns"] for e in summary["encounters"]}
    assert concerns["2024-02-10"] == ["money_or_business", "gift"] and concerns["2024-02-29"] == []
    assert summary["review"] is None


def test_an_empty_month_gives_zeros(store):
    summary = compute_summary(Month.parse("2025-07"), today=TODAY).to_json()
    assert summary["total"] == 0
    assert set(summary["by_risk"].values()) == {0}
    assert summary["encounters"] == [] and summary["signals"] == []
    assert summary["previous_month"] == {"month": "2025-06", "total": 0}


def test_the_summary_is_de_identified(client):
    create_client(code="C-NAME", name="Jamie Example")
    add("2026-10-02", client_code="C-NAME", location="Corner shop", reflection="A private thought")
    text = str(compute_summary(Month.parse("2026-10"), today=TODAY).to_json())
    assert "C-NAME" in text
    for secret in ("Jamie Example", "Corner shop", "A private thought"):
        assert secret not in text


@pytest.mark.parametrize("text", ["2026-13", "Oct", "2026-1", "2026-00", ""])
def test_a_malformed_month_is_refused(text):
    with pytest.raises(ValueError):
        Month.parse(text)


def rules(month, **kw):
    return {s.rule: s for s in drift_signals(Month.parse(month), today=TODAY, **kw)}


def test_the_summary_reads_by_index_and_never_scans_a_growing_table(client):
    """What makes a month cost the same in 100,000 encounters as in 100: every query on the
    encounter tables is an index search (EXPLAIN QUERY PLAN), never a full scan."""
    from benchmarks.harness import captured_sql
    from models.store.database import db

    for day in range(1, 29):
        add(f"2026-{(day % 10) + 1:02d}-{day:02d}", occurred_time=None)
    queries = captured_sql(lambda: compute_summary(Month.parse("2026-06"), today=TODAY))
    selects = [(sql, params) for sql, params in queries if sql.startswith("SELECT")]
    assert len(selects) >= 8
    date_searches = 0
    for sql, params in selects:
        plan = [row[3] for row in db.obj.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()]
        scans = [step for step in plan if step.startswith("SCAN")]
        # Small tables: the categories, the months' reviews, the clients' standing overlaps.
        small_table = any(f'FROM "{table}"' in sql for table in ("category", "month_review", "standing_overlap"))
        assert not scans or small_table, (sql[:120], plan)
        # "deleted_at IS NULL" alone also reads as a SEARCH, yet walks every live encounter:
        # a search on the date index must bound the date too.
        for step in plan:
            if "encounter_listing" in step:
                date_searches += 1
                assert "occurred_on>" in step and "occurred_on<" in step, (sql[:120], step)
    assert date_searches >= 4  # the month, the previous month, the six before, the signals' look-back


def test_each_signal_lists_its_encounters_once_in_date_then_id_order(client):
    """Several on one day, whose times run against their ids (the index reads them by time), and
    each with two open follow-ups (one row each in the follow-up query)."""
    two_open = [{"action": "discuss_next_session", "done": False}, {"action": "consult_supervisor", "done": False}]
    days_ids_times = [("2026-10-05", "a", "20:00"), ("2026-09-20", "d", "09:00"), ("2026-10-05", "b", "19:00"),
                      ("2026-10-05", "c", "18:00"), ("2026-09-20", "e", "08:00"),
                      ("2026-08-03", "f", "08:00")]  # fmt: skip
    saved = [add(day, id=f"{letter * 8}-0000-4000-8000-000000000000", occurred_time=time, follow_up=two_open)
             for day, letter, time in days_ids_times]  # fmt: skip
    in_order = sorted(saved, key=lambda e: (e.occurred_on, e.id.hex))
    found = rules("2026-10")
    assert found["contacts_rising"].encounters == [str(e.id) for e in in_order]  # 1, 2, 3 a month
    assert found["contacts_rising"].occurrences == [f"{e.occurred_on} C-TEST" for e in in_order]
    # The three from before October are open more than thirty days later; each is listed once.
    assert found["open_follow_ups"].encounters == [str(e.id) for e in in_order if e.occurred_on.month < 10]


def test_the_month_is_listed_in_priority_order_an_unflagged_violation_first(client):
    ordinary = [add(f"2026-10-{day:02d}", follow_up=[]) for day in (28, 3, 17, 9, 22)]
    flagged = add("2026-10-30", for_supervision=True, follow_up=[])
    violation = add("2026-10-31", assessment="violation", risk="low", follow_up=[])
    listed = [e["id"] for e in compute_summary(Month.parse("2026-10"), today=TODAY).to_json()["encounters"]]
    by_date = sorted(ordinary, key=lambda e: e.occurred_on)
    assert listed == [str(e.id) for e in (violation, flagged, *by_date)]
