"""The encounter list over a few thousand demo encounters: sorted, filtered and paged in SQL,
checked against the same data sorted and filtered in Python."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.log.encounter_table_model import EncounterTableModel
from models.demo.builder import build_demo_database
from models.log.encounter_list import ListFilter
from models.log.encounters import Encounter, delete_encounter, encounter_dicts
from models.log.enums import RISK_ORDER, Risk
from models.opening import close_store, open_store
from tests.helpers import PASSPHRASE


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    open_store(tmp_path_factory.mktemp("demo") / "demo.db", PASSPHRASE, create=True)
    count = build_demo_database(months=240, seed=11, today=dt.date(2026, 11, 27))
    for encounter in Encounter.select().order_by(Encounter.occurred_on).limit(40):
        delete_encounter(encounter.id)
    yield count
    close_store()


@pytest.fixture(scope="module")
def everything(demo_store):
    live = Encounter.select().where(Encounter.deleted_at.is_null())
    return encounter_dicts(live, identified=True, include_reflection=True)


def load_all(model):
    while model.canFetchMore():
        model.fetchMore()
    return model


def test_the_list_counts_the_log_and_the_trash_apart(qapp, demo_store, everything):
    """Twenty years of demo data: every live encounter counted in the log, the forty trashed ones
    only in the trash."""
    assert demo_store > 2000
    model = EncounterTableModel()
    model.set_filter(ListFilter())
    assert model.total == len(everything) == demo_store - 40
    model.set_filter(ListFilter(trash=True))
    assert model.total == 40 and model.rowCount() == 40


def test_first_page_is_small_then_scrolling_fetches_the_rest(qapp, demo_store, everything):
    model = EncounterTableModel()
    model.reload()
    assert model.rowCount() == model.PAGE_SIZE
    assert model.total == len(everything)
    load_all(model)
    assert model.rowCount() == len(everything)
    assert len({str(row.id) for row in model.rows}) == len(everything)  # no row twice, none skipped


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_date_client_and_risk(qapp, demo_store, everything, order):
    model = EncounterTableModel()
    descending = order == Qt.SortOrder.DescendingOrder
    model.sort(EncounterTableModel.DATE, order)
    dates = [(r.occurred_on, r.occurred_time or dt.time(0)) for r in load_all(model).rows]
    assert dates == sorted(dates, reverse=descending)
    model.sort(EncounterTableModel.CLIENT, order)
    codes = [r.client_code for r in load_all(model).rows]
    assert codes == sorted(codes, reverse=descending) and len(codes) == len(everything)
    model.sort(EncounterTableModel.RISK, order)
    ranks = [RISK_ORDER[Risk(r.risk)] for r in load_all(model).rows]
    assert ranks == sorted(ranks, reverse=descending)
    assert model.data(model.index(0, EncounterTableModel.RISK)).endswith("High" if descending else "Low")


def test_filter_by_month(qapp, demo_store, everything):
    model = EncounterTableModel()
    model.set_filter(ListFilter(month=(2025, 2)))
    expected = {e["id"] for e in everything if e["occurred_on"].startswith("2025-02")}
    assert expected
    assert {str(r.id) for r in load_all(model).rows} == expected
    assert model.total == len(expected)


def test_filter_by_text_and_month_together(qapp, demo_store, everything):
    model = EncounterTableModel()
    model.set_filter(ListFilter(text="pharmacy"))
    fields = ("what_was_said", "response", "location", "reflection", "rationale", "consultation")
    expected = {e["id"] for e in everything if any("pharmacy" in (e[f] or "").lower() for f in fields)}
    assert expected
    assert {str(r.id) for r in load_all(model).rows} == expected
    model.set_filter(ListFilter(text="pharmacy", month=(2024, 6)))
    assert {str(r.id) for r in load_all(model).rows} == {
        e["id"] for e in everything if e["id"] in expected and e["occurred_on"].startswith("2024-06")
    }


def test_trash_lists_only_trashed(qapp, demo_store):
    model = EncounterTableModel()
    model.set_filter(ListFilter(trash=True))
    assert load_all(model).rowCount() == 40


def test_demo_data_is_varied(demo_store, everything):
    assert len({e["what_was_said"] for e in everything}) >= 20
    assert {e["channel"] for e in everything} == {"in_person", "phone", "message", "social_media", "other"}
    assert {e["risk"] for e in everything} == {"low", "moderate", "high"}
    assert any(e["for_supervision"] for e in everything)
