"""The PDF as the record a licensing board reads (DESIGN §4–§5): priority encounters first and in
full (every field that is not private, "not recorded" where a deliberate contact's rationale is
missing), the rest in a line each; the discussion tally, the meeting's kind and hours, action items
of earlier months with their age, the supervisor's licence and jurisdiction, and a reopening."""

import datetime as dt

from desktop.report.pdf_export import export_month_pdf
from models.log.encounters import save_encounter
from models.log.months import Month
from models.supervision.enums import MeetingFormat, MeetingKind
from models.supervision.reviews import add_action_item, mark_ready, reopen, set_comment, set_meeting, sign_off
from tests.helpers import encounter_fields, pdftotext

SEPTEMBER, NOVEMBER = Month(2026, 9), Month(2026, 11)


def test_a_month_with_a_violation_a_risky_gift_and_five_ordinary_encounters(qapp, client, tmp_path):
    set_meeting(SEPTEMBER, dt.date(2026, 9, 29), 60, MeetingFormat.VIDEO, MeetingKind.INDIVIDUAL)
    add_action_item(SEPTEMBER, "Consult the ethics code on gifts", "Therapist", dt.date(2026, 10, 15))
    violation = save_encounter(
        encounter_fields(
            occurred_on="2026-11-20", assessment="violation", initiated_by="therapist", avoidability="planned",
            others_present=False, duration_minutes=None, what_was_said="VIOLATION_ACCOUNT", rationale="",
            anticipated_benefit="Helping out with a lift home.", categories=["dual_relationship"],
        )
    )  # fmt: skip
    gift = save_encounter(
        encounter_fields(
            occurred_on="2026-11-03", assessment="crossing_risky", for_supervision=True, what_was_said="GIFT_ACCOUNT",
            categories=["professional_boundaries"],
        )
    )  # fmt: skip
    for day in (2, 9, 12, 16, 26):
        save_encounter(encounter_fields(occurred_on=f"2026-11-{day:02d}", what_was_said=f"ORDINARY_{day}"))
    set_meeting(NOVEMBER, dt.date(2026, 11, 27), 50, MeetingFormat.IN_PERSON, MeetingKind.GROUP)
    set_comment(NOVEMBER, violation.id, "Stop the lifts.", discussed=True)
    set_comment(NOVEMBER, gift.id, "", discussed=False, reason="Out of time; first item next month.")
    mark_ready(NOVEMBER)
    signed_on = min(dt.date.today(), dt.date(2026, 11, 28))
    sign_off(NOVEMBER, "Dr Sam Rivera", "PhD", signed_on, licence="PSY 12345", jurisdiction="California")
    reopen(NOVEMBER, "Wrong date on the gift.")
    mark_ready(NOVEMBER)
    sign_off(NOVEMBER, "Dr Sam Rivera", "PhD", signed_on, licence="PSY 12345", jurisdiction="California")

    path = tmp_path / "november.pdf"
    export_month_pdf(NOVEMBER, path, paper="a4")
    flat = " ".join(pdftotext(path).split())

    # In priority order: the violation, the gift, then the ordinary five by date, each in a line.
    order = [flat.index(word) for word in ("VIOLATION_ACCOUNT", "GIFT_ACCOUNT")]
    assert order == sorted(order)
    for day in (2, 9, 12, 16, 26):
        assert f"ORDINARY_{day}" not in flat  # one line each: date, code, channel, risk
    lines = [flat.index(f"2026-11-{day:02d} C-TEST") for day in (2, 9, 12, 16, 26)]
    assert lines == sorted(lines) and lines[0] > order[-1]
    # The full block: every field not private, "not recorded" where a deliberate contact has none.
    block = flat[flat.index("2026-11-20 · C-TEST") : flat.index("2026-11-03 · C-TEST")]
    for expected in ("Duration: not recorded", "Avoidability: Planned", "Others present: no",
                     "Therapy material came up: no", "Rationale: not recorded",
                     "Anticipated benefit: Helping out with a lift home.", "Anticipated consequences: not recorded",
                     "Supervisor's comment (discussed): Stop the lifts."):  # fmt: skip
        assert expected in block, expected
    assert "not discussed: Out of time; first item next month." in flat
    # The record around it.
    assert "discussed 1 of 2 priority encounters; 1 left out with a reason" in flat
    assert "Group" in flat and "0.83 h this month, 1.83 h in 2026 to date" in flat
    age = (min(NOVEMBER.last_day, dt.date.today()) - dt.date(2026, 9, 29)).days
    assert "Consult the ethics code on gifts" in flat and f"{age} days" in flat and "overdue" in flat
    assert "Dr Sam Rivera, PhD (licence PSY 12345, California)" in flat
    assert "reason: Wrong date on the gift." in flat
