"""Review mode shows no stored name, keep-out word or location written in a narrative (DESIGN §5, §9),
whatever is on screen: the encounter, the table, the signals and addenda, every label."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.supervision.review_window import ReviewWindow
from models.log.clients import create_client
from models.log.encounters import save_encounter
from models.log.months import Month
from models.log.standing_record import StandingRecord, save_standing_record
from tests.helpers import TODAY, encounter_fields, screen_texts
from tests.models.strategies import REAL_NAMES, generated_names, narratives_with_name, survivors

OCTOBER = Month(2026, 10)
FIELDS = ("what_was_said", "response", "rationale", "consultation")


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(case=narratives_with_name(st.sampled_from(REAL_NAMES) | generated_names()), field=st.sampled_from(FIELDS))
def test_no_stored_name_reaches_review_mode(qtbot, store, dialogs, case, field):
    name, narrative = case
    client = create_client(name=name)
    save_standing_record(client.id, StandingRecord(keep_out=("Irmgard",)), today=TODAY)
    values = encounter_fields(client.code, occurred_on="2026-10-12", risk="high", location="Rosewood Café")
    values[field] = f"{narrative} with Irmgard at Rosewood"
    saved = save_encounter(values, today=TODAY)
    window = ReviewWindow(OCTOBER, dialogs)
    qtbot.addWidget(window)
    encounters = window.encounters
    row = next(i for i, e in enumerate(encounters.encounters.rows) if e.id == str(saved.id))
    encounters.table.selectRow(row)
    shown = "\n".join(screen_texts(window))
    assert survivors(shown, name) == [], name
    assert "Irmgard" not in shown and "Rosewood" not in shown and client.code in encounters.view.toPlainText()
    window.close()
