"""The summary screen: figures, charts with text equivalents, month navigation, opening encounters."""

from PySide6.QtCore import Qt

from desktop.supervision.summary_window import SummaryWindow
from models.log.encounters import save_encounter
from models.log.months import Month
from models.log.taxonomy import builtin_categories
from tests.helpers import click_bar, encounter_fields


def test_summary_screen_shows_the_month_and_opens_its_encounters(qtbot, client):
    high = save_encounter(encounter_fields(occurred_on="2026-10-20", risk="high", acknowledgement="without_consent",
                                           categories=["public_acknowledgement", "confidentiality"]))  # fmt: skip
    save_encounter(encounter_fields(occurred_on="2026-10-05"))
    save_encounter(encounter_fields(occurred_on="2026-09-05"))
    window = SummaryWindow(Month(2026, 10))
    qtbot.addWidget(window)
    window.show()
    assert "2026-10" in window.month_label.text()
    figures = window.figures.text()
    assert "<b>2</b>" in figures and "+1 on last month" in figures
    description = window.category_chart.accessibleDescription()
    for category in builtin_categories():
        assert category.label in description  # every built-in, zeros included
    assert "Public encounter and acknowledgement 2" in description
    assert "Without consent 1" in window.acknowledgement_chart.accessibleDescription()
    assert "2026-10: 2 (1 without consent)" in window.trend_chart.accessibleDescription()
    assert window.model.rowCount() == 2
    assert window.model.data(window.model.index(0, 0)) == "2026-10-20"  # priority order: high risk first

    with qtbot.waitSignal(window.open_encounter) as opened:
        window.table.setCurrentIndex(window.model.index(0, 0))
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert opened.args == [str(high.id)]

    qtbot.waitExposed(window)
    click_bar(qtbot, window.category_chart, "confidentiality")
    assert window.model.rowCount() == 1 and "Confidentiality" in window.filter_label.text()
    click_bar(qtbot, window.category_chart, "confidentiality")
    assert window.model.rowCount() == 2

    window.previous_button.click()
    assert "2026-09" in window.month_label.text() and window.model.rowCount() == 1
    window.next_button.click()
    window.next_button.click()
    assert "2026-11" in window.month_label.text() and window.model.rowCount() == 0


def test_summary_screen_lists_addenda(qtbot, client):
    import datetime as dt

    from models.log.encounters import encounter_dict
    from models.supervision.addenda import save_with_lock
    from models.supervision.reviews import mark_ready, sign_off

    saved = save_encounter(encounter_fields(occurred_on="2026-10-20"))
    mark_ready(Month(2026, 10))
    sign_off(Month(2026, 10), "Dr Sam Rivera", "HCPC", dt.date(2026, 11, 5))
    save_with_lock({**encounter_dict(saved.id), "risk": "high"}, reason="New information.")
    window = SummaryWindow(Month(2026, 10))
    qtbot.addWidget(window)
    assert "Addenda (changes after sign-off)" in window.signals.text()
    assert "risk: Low → High" in window.signals.text() and "New information." in window.signals.text()  # as labelled


def test_summary_screen_lists_open_action_items_of_earlier_months_with_their_age(qtbot, client):
    import datetime as dt

    from models.supervision.enums import MeetingFormat
    from models.supervision.reviews import add_action_item, set_meeting

    set_meeting(Month(2026, 9), dt.date(2026, 9, 29), 60, MeetingFormat.VIDEO)
    add_action_item(Month(2026, 9), "Consult the ethics code on gifts", "Therapist", dt.date(2026, 10, 15))
    window = SummaryWindow(Month(2026, 10))
    qtbot.addWidget(window)
    text = window.signals.text()
    assert "Action items carried forward" in text
    assert "Consult the ethics code on gifts (Therapist; agreed in 2026-09, open 32 days, due 2026-10-15)" in text


def test_summary_screen_counts_the_months_concerns_and_names_them_per_encounter(qtbot, client):
    save_encounter(encounter_fields(occurred_on="2026-10-03", risk="high", concerns=["safety", "gift"]))
    save_encounter(encounter_fields(occurred_on="2026-10-04", concerns=["gift"]))
    save_encounter(encounter_fields(occurred_on="2026-10-05"))
    window = SummaryWindow(Month(2026, 10))
    qtbot.addWidget(window)
    figures = window.figures.text()
    assert "With a concern" in figures and "<b>2</b>" in figures
    assert "Gift (2)" in figures and "Safety (1)" in figures
    model = window.model
    assert model.headerData(model.CONCERNS, Qt.Orientation.Horizontal) == "Concerns"
    cells = [model.data(model.index(row, model.CONCERNS)) for row in range(model.rowCount())]
    assert cells == ["Gift, Safety", "Gift", ""]  # priority order: concerns with high risk first
