"""The month's priority order (DESIGN §4) and which encounters are of priority."""

from types import SimpleNamespace

import pytest

from models.supervision.priority import in_priority_order, is_priority, priority_encounters


def encounter(id, day, risk="low", assessment="crossing_benign", flagged=False, concerns=(), time=None):
    return {"id": id, "occurred_on": f"2026-10-{day:02d}", "occurred_time": time, "risk": risk,
            "assessment": assessment, "for_supervision": flagged, "concerns": list(concerns)}  # fmt: skip


def ids(encounters):
    return [e["id"] if isinstance(e, dict) else e.id for e in encounters]


def test_a_violation_a_gift_then_five_ordinary_encounters_by_date():
    ordinary = [encounter(f"o{i}", day) for i, day in enumerate((28, 3, 17, 9, 22))]
    month = [*ordinary, encounter("gift", 30, concerns=["gift"]), encounter("violation", 31, assessment="violation")]
    assert ids(in_priority_order(month)) == ["violation", "gift", "o1", "o3", "o2", "o4", "o0"]
    assert ids(priority_encounters(month)) == ["violation", "gift"]


def test_an_unflagged_low_risk_violation_comes_before_a_flagged_high_risk_encounter():
    month = [encounter("high", 1, risk="high", flagged=True), encounter("violation", 20, assessment="violation")]
    assert ids(in_priority_order(month)) == ["violation", "high"]


def test_concerns_high_risk_first_then_by_date():
    month = [encounter("gift", 1, concerns=["gift"]), encounter("safety", 20, risk="high", concerns=["safety"]),
             encounter("disclosure", 5, risk="moderate", concerns=["self_disclosure"])]  # fmt: skip
    assert ids(in_priority_order(month)) == ["safety", "disclosure", "gift"]


def test_flagged_risky_and_moderate_share_the_third_group_higher_risk_first():
    month = [encounter("plain", 1), encounter("flagged", 3, flagged=True),
             encounter("risky", 2, assessment="crossing_risky"), encounter("moderate", 4, risk="moderate")]  # fmt: skip
    assert ids(in_priority_order(month)) == ["moderate", "risky", "flagged", "plain"]


def test_one_day_by_time_then_id():
    month = [encounter("b", 1, time="18:00"), encounter("c", 1, time="09:00"), encounter("a", 1)]
    assert ids(in_priority_order(month)) == ["a", "c", "b"]


def test_records_without_a_concerns_field_and_summary_rows_as_attributes():
    """A summary row before the concerns field existed has no ``concerns`` attribute at all."""
    row = SimpleNamespace(id="x", occurred_on="2026-10-01", risk="moderate", assessment="crossing_benign",
                          for_supervision=False)  # fmt: skip
    assert is_priority(row) and ids(in_priority_order([row])) == ["x"]


@pytest.mark.parametrize(
    ("values", "priority"),
    [({}, False), ({"risk": "moderate"}, True), ({"risk": "high"}, True), ({"flagged": True}, True),
     ({"assessment": "crossing_risky"}, True), ({"concerns": ["money_or_business"]}, True),
     ({"assessment": "violation"}, True)],
)  # fmt: skip
def test_which_encounters_are_of_priority(values, priority):
    assert is_priority(encounter("x", 1, **values)) is priority
