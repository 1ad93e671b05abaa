"""The drift rules of DESIGN §4, each with a month that should fire it; and an ordinary quarter
(rescheduling and cancelling texts, no-contact sightings, nods at the gym, a client's unanswered
texts) that must fire none. Signals are about the therapist's conduct, not a chatty client."""

import datetime as dt

import pytest

from models.log.clients import Client, create_client
from models.log.encounters import save_encounter
from models.log.enums import OverlapKind
from models.log.months import Month
from models.log.standing_record import Overlap, StandingRecord, save_standing_record
from models.supervision.drift import SignalThresholds, concerns_recurring, drift_signals
from tests.helpers import encounter_fields

TODAY = dt.date(2026, 12, 3)
OCTOBER = Month(2026, 10)
QUIET = [{"action": "discuss_next_session", "done": True}]
TEXT = {"channel": "message", "setting": "not_applicable", "initiated_by": "client", "avoidability": "avoidable",
        "acknowledgement": "not_applicable", "others_present": False, "location": None,
        "categories": ["between_session_contact"]}  # fmt: skip


@pytest.fixture
def clients(store):
    for code in ("C-A", "C-B", "C-C", "C-D", "C-E", "C-F", "C-G"):
        create_client(code=code)


def add(day, client="C-A", **fields):
    fields.setdefault("follow_up", QUIET)
    return save_encounter(encounter_fields(client, occurred_on=day, **fields), today=TODAY)


def message(day, client, said, **fields):
    return add(day, client, what_was_said=said, **{**TEXT, **fields})


def rules(month=OCTOBER, **kw):
    return {s.rule: s for s in drift_signals(month, today=TODAY, **kw)}


def ids(*encounters):
    return [str(e.id) for e in encounters]


def ordinary_quarter():
    """August to October of an ordinary practice."""
    # Scheduling, cancelling, running late and paying: 1, 2 and 3 a month from one client.
    message("2026-08-04", "C-B", "Can we move Thursday's session to Friday? Childcare clash.")
    message("2026-09-02", "C-B", "Need to cancel tomorrow, sorry, my son is ill.")
    message("2026-09-20", "C-B", "Running 10 minutes late, stuck on the bus.")
    message("2026-10-01", "C-B", "Could I get a receipt for my insurance?")
    message("2026-10-12", "C-B", "Are we still on for Monday at 4?")
    message("2026-10-26", "C-B", "Ich verspäte mich um 10 Minuten, Entschuldigung.")
    # Seen across the supermarket, no interaction, three a month; the therapist thought about them.
    for month in ("08", "09", "10"):
        for day in (3, 13, 23):
            add(f"2026-{month}-{day:02d}", "C-C", initiated_by="no_contact", acknowledgement="not_applicable",
                what_was_said="Saw the client across the supermarket; neither of us approached.",
                categories=["personal_reflection"])  # fmt: skip
    # Nods at the gym, agreed in advance: two a month.
    for month in ("08", "09", "10"):
        for day in (6, 20):
            add(f"2026-{month}-{day:02d}", "C-D", initiated_by="chance", acknowledgement="consent_on_file",
                what_was_said="A nod at the gym, as agreed; nothing more.")  # fmt: skip
    # A client's late-night texts, not answered out of hours.
    message("2026-09-05", "C-E", "Had a panic attack, used the breathing, it helped.")
    message("2026-10-09", "C-E", "Just wanted you to know the interview went well.")
    # One slip each: an acknowledgement without consent, and a high-risk call.
    add("2026-09-14", "C-F", initiated_by="therapist", avoidability="avoidable", acknowledgement="without_consent",
        risk="moderate", assessment="crossing_risky")  # fmt: skip
    add(
        "2026-10-17",
        "C-G",
        risk="high",
        **{**TEXT, "channel": "phone"},
        what_was_said="Called in distress after a row at home; safe, with a friend.",
        for_supervision=True,
    )


@pytest.mark.parametrize("month", [Month(2026, 8), Month(2026, 9), OCTOBER])
def test_an_ordinary_month_fires_no_signal(clients, month):
    ordinary_quarter()
    assert drift_signals(month, today=TODAY) == []


def test_the_therapists_own_crossings_with_one_client(clients):
    coffee = add("2026-09-10", initiated_by="therapist", avoidability="avoidable", assessment="crossing_risky")
    graduation = add("2026-10-05", initiated_by="client", avoidability="planned")
    signal = rules()["own_crossings"]
    assert signal.client == "C-A" and signal.encounters == ids(coffee, graduation)
    assert "own_crossings" not in rules(Month(2026, 8))


@pytest.mark.parametrize(
    "second",
    [
        {"client": "C-B", "initiated_by": "therapist"},  # another client
        {"initiated_by": "client", "avoidability": "avoidable"},  # the client's approach, handled as agreed
        {"initiated_by": "chance", "avoidability": "unavoidable"},  # bumped into
        {"initiated_by": "no_contact", "avoidability": "avoidable", "acknowledgement": "not_applicable"},
        {**TEXT, "initiated_by": "therapist", "what_was_said": "Texted to move our appointment to Friday."},
    ],
)
def test_own_crossings_count_only_the_therapists_own_with_one_client(clients, second):
    add("2026-09-10", initiated_by="therapist", avoidability="avoidable")
    client = second.pop("client", "C-A")
    add("2026-10-05", client, **second)
    assert "own_crossings" not in rules()


def test_an_avoidable_party_the_therapist_stayed_at_counts(clients):
    party = [add(day, initiated_by="third_party", avoidability="avoidable", setting="private_gathering",
                 categories=["dual_relationship"]) for day in ("2026-08-20", "2026-10-02")]  # fmt: skip
    assert rules()["own_crossings"].encounters == ids(*party)


def test_contacts_rising_to_three(clients):
    days = ("2026-08-11", "2026-09-03", "2026-09-17", "2026-10-01", "2026-10-08", "2026-10-22")
    rising = [add(day) for day in days]
    signal = rules()["contacts_rising"]
    assert signal.encounters == ids(*rising) and "2026-10: 3" in signal.detail


def test_contacts_rising_zero_one_two_is_not_a_signal(clients):
    for day in ("2026-09-03", "2026-10-08", "2026-10-22"):
        add(day)
    assert "contacts_rising" not in rules()


@pytest.mark.parametrize(
    "kind",
    [
        {"initiated_by": "no_contact", "acknowledgement": "not_applicable"},
        {**TEXT, "what_was_said": "Texted to reschedule our appointment."},
        {**TEXT, "what_was_said": "Paid for the last two sessions by bank transfer."},
    ],
)
def test_sightings_and_administration_never_count_as_contact(clients, kind):
    for day in ("2026-08-11", "2026-09-03", "2026-09-17", "2026-10-01", "2026-10-08", "2026-10-22"):
        add(day, **kind)
    assert "contacts_rising" not in rules()


def test_an_admin_text_that_says_more_is_counted(clients):
    """Cancelling, with therapy material in it, is not administration."""
    for day in ("2026-08-11", "2026-09-03", "2026-09-17", "2026-10-01", "2026-10-08", "2026-10-22"):
        message(day, "C-A", "Texted to cancel; then wrote about last session and her father.",
                therapy_content_raised=True)  # fmt: skip
    assert "contacts_rising" in rules()


def test_acknowledgements_without_consent_recurring(clients):
    first = add("2026-08-20", initiated_by="therapist", acknowledgement="without_consent", risk="moderate")
    second = add("2026-10-10", "C-B", initiated_by="therapist", acknowledgement="without_consent", risk="moderate")
    assert rules()["without_consent_recurring"].encounters == ids(first, second)


def test_acknowledgements_without_consent_far_apart_are_not(clients):
    add("2026-06-20", initiated_by="therapist", acknowledgement="without_consent", risk="moderate")
    add("2026-10-10", initiated_by="therapist", acknowledgement="without_consent", risk="moderate")
    assert "without_consent_recurring" not in rules()


def test_high_risk_in_consecutive_months(clients):
    september = add("2026-09-28", risk="high")
    october = add("2026-10-03", "C-B", risk="high")
    assert rules()["high_risk_consecutive"].encounters == ids(september, october)
    assert "high_risk_consecutive" not in rules(Month(2026, 11))


def test_follow_ups_open_past_thirty_days(clients):
    open_item = [{"action": "discuss_next_session", "done": False}]
    old = add("2026-09-15", follow_up=open_item)
    add("2026-10-10", follow_up=open_item)  # 21 days before the month's end: not yet
    message("2026-09-01", "C-B", "Can we reschedule our appointment?", follow_up=open_item)  # administration
    assert rules()["open_follow_ups"].encounters == ids(old)
    # A month not yet over is judged as of today.
    assert "open_follow_ups" not in drift_signals(OCTOBER, today=dt.date(2026, 10, 14))


def test_a_concern_recurring_with_one_client():
    rows = [("a" * 32, "2026-07-02", "C-A", "gift"), ("b" * 32, "2026-10-20", "C-A", "gift"),
            ("c" * 32, "2026-10-21", "C-B", "gift"), ("d" * 32, "2026-10-22", "C-A", "self_disclosure")]  # fmt: skip
    [signal] = concerns_recurring(OCTOBER, rows, SignalThresholds())
    assert signal.client == "C-A" and signal.hex_ids == ["a" * 32, "b" * 32] and "gift" in signal.detail
    assert concerns_recurring(Month(2026, 7), rows, SignalThresholds()) == []


def test_a_gift_confirmed_twice_with_one_client_within_a_year_is_a_signal(clients):
    """The concerns the therapist confirmed on stored encounters feed the rule: a second gift from
    one client within a year fires it; a gift each from two clients, or a safety call, does not."""
    first = add("2026-03-10", "C-A", concerns=["gift"], what_was_said="Brought a jar of honey from her bees.")
    second = add("2026-10-08", "C-A", concerns=["gift", "self_disclosure"],
                 what_was_said="Left a scarf she had knitted at reception.")  # fmt: skip
    add("2026-10-09", "C-B", concerns=["gift"], what_was_said="Gave me a card and chocolates.")
    add("2026-10-10", "C-C", concerns=["safety"], what_was_said="Rang at night; not safe; crisis team called.")
    add("2026-10-11", "C-C", concerns=["safety"], what_was_said="Rang again; with her sister, safe tonight.")
    signal = rules()["concerns_recurring"]
    assert signal.client == "C-A" and signal.encounters == ids(first, second)
    assert "gift" in signal.detail and "2 encounters" in signal.detail
    assert [s.rule for s in drift_signals(OCTOBER, today=TODAY)].count("concerns_recurring") == 1
    # More than a year apart is not a recurrence.
    assert "concerns_recurring" not in rules(thresholds=SignalThresholds(concern_days=200))


def test_a_standing_overlap_past_its_review_date(clients):
    choir = Overlap(
        OverlapKind.COMMUNITY, "Sings in the same choir", "Nod only; leave at the break", dt.date(2026, 10, 1)
    )
    later = Overlap(OverlapKind.WORK, "Same hospital, other wards", "", dt.date(2026, 11, 15))
    save_standing_record(
        Client.get(Client.code == "C-A").id, StandingRecord(overlaps=(choir,)), today=dt.date(2026, 9, 1)
    )
    save_standing_record(
        Client.get(Client.code == "C-B").id, StandingRecord(overlaps=(later,)), today=dt.date(2026, 9, 1)
    )
    signal = rules()["overlap_review_due"]
    assert signal.client == "C-A" and "Community (2026-10-01)" in signal.detail
    assert signal.encounters == [] and "choir" not in signal.detail  # the description is identifying
    assert "overlap_review_due" not in rules(Month(2026, 9))
    assert len([s for s in drift_signals(Month(2026, 11), today=TODAY) if s.rule == "overlap_review_due"]) == 2


def test_the_text_is_read_only_for_the_few_rows_a_rule_would_count(clients, monkeypatch):
    """Not every encounter of the look-back (the summary's budget): here, once, for the one client
    whose contacts would rise if its six messages counted."""
    from models.supervision import administrative

    asked: list[list[str]] = []

    def spy(hex_ids):
        asked.append(list(hex_ids))
        return administrative.administrative_ids(hex_ids)

    monkeypatch.setattr("models.supervision.drift.administrative_ids", spy)
    ordinary_quarter()
    assert drift_signals(OCTOBER, today=TODAY) == []
    assert [len(ids) for ids in asked] == [6]
