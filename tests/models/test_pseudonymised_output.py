"""Every outgoing path of models/ carries no stored name, keep-out word or location (DESIGN §9):
the JSON export, the CSV and the object of ``summary --json``, with names written anywhere in the
narratives."""

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.interchange.csv_export import encounters_csv
from models.interchange.exporting import export_document
from models.log.clients import create_client
from models.log.encounters import encounter_dict, save_encounter
from models.log.enums import ClientStatus, OverlapKind
from models.log.months import Month
from models.log.standing_record import AcknowledgementAgreement, Overlap, StandingRecord, save_standing_record
from models.log.taxonomy import create_tag
from models.opening import close_store, open_store
from models.pseudonymise import pseudonymised
from models.supervision.addenda import save_with_lock
from models.supervision.reviews import add_action_item, mark_ready, set_comment, set_notes, sign_off
from models.supervision.summary import compute_summary
from tests.helpers import PASSPHRASE, TODAY, encounter_fields
from tests.models.strategies import REAL_NAMES, generated_names, narratives_with_name, survivors, where_it_survives

NARRATIVE_FIELDS = ("what_was_said", "response", "rationale", "anticipated_benefit", "anticipated_consequences",
                    "consultation")  # fmt: skip
MONTH = Month(2026, 10)


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    database = open_store(tmp_path_factory.mktemp("paths") / "caselog.db", PASSPHRASE, create=True)
    yield database
    close_store()


def _client_with(name):
    client = create_client(name=name)
    save_standing_record(
        client.id,
        StandingRecord(
            status=ClientStatus.ACTIVE,
            acknowledgement_agreement=AcknowledgementAgreement(dt.date(2026, 3, 1), f"{name} leads; a nod only"),
            contact_agreement=f"Texts from {name} for scheduling only",
            overlaps=(Overlap(OverlapKind.COMMUNITY, f"{name} sings in my choir", f"Tell {name} I sit apart"),),
            keep_out=("Irmgard Vogelsang",),
        ),
        today=TODAY,
    )
    return client


def _log(client, narratives, day=14):
    fields = encounter_fields(client.code, occurred_on=f"2026-10-{day:02d}", location="Rosewood Community Centre")
    fields.update(narratives)
    fields["what_was_said"] = fields["what_was_said"] or "x"
    return save_encounter(fields, today=TODAY)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    case=narratives_with_name(st.sampled_from(REAL_NAMES) | generated_names()), field=st.sampled_from(NARRATIVE_FIELDS)
)
def test_json_export_never_carries_a_stored_name(shared_store, case, field):
    name, narrative = case
    client = _client_with(name)
    encounter = _log(client, {field: narrative + " with Irmgard at Rosewood"})
    document = export_document()
    written = json.dumps(document, ensure_ascii=False)
    assert survivors(written, name) == [], where_it_survives(written, name)
    assert "Irmgard" not in written and "Vogelsang" not in written and "Rosewood" not in written
    mine = next(e for e in document["encounters"] if e["id"] == str(encounter.id))
    assert client.code in mine[field] and mine["location"] is None and mine["reflection"] is None
    me = next(c for c in document["clients"] if c["code"] == client.code)
    assert me["name"] is None and me["keep_out"] == [] and me["overlaps"][0]["description"] == ""
    assert client.code in me["contact_agreement"]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    case=narratives_with_name(st.sampled_from(REAL_NAMES) | generated_names()), field=st.sampled_from(NARRATIVE_FIELDS)
)
def test_csv_never_carries_a_stored_name(shared_store, case, field):
    name, narrative = case
    client = _client_with(name)
    _log(client, {field: narrative + " with Irmgard at Rosewood"})
    written = encounters_csv()
    assert survivors(written, name) == [], where_it_survives(written, name)
    assert "Irmgard" not in written and "Rosewood" not in written and client.code in written


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(case=narratives_with_name(st.sampled_from(REAL_NAMES) | generated_names()))
def test_summary_json_never_carries_a_stored_name(shared_store, case):
    name, narrative = case
    client = _client_with(name)
    encounter = _log(client, {"response": narrative})
    set_comment(MONTH, encounter.id, f"Ask {narrative}", False)
    set_notes(MONTH, f"Notes: {narrative}")
    add_action_item(MONTH, f"Call {narrative}", "therapist", None)
    summary = compute_summary(MONTH, today=TODAY)
    p = pseudonymised.build_pseudonymiser([e.id for e in summary.encounters])
    written = json.dumps(pseudonymised.summary_json(summary.to_json(), p), ensure_ascii=False)
    assert survivors(written, name) == [], where_it_survives(written, name)


def test_identified_export_keeps_the_standing_record(store):
    client = _client_with("Maria Schmidt")
    document = export_document(identified=True)
    me = next(c for c in document["clients"] if c["code"] == client.code)
    assert me["name"] == "Maria Schmidt" and me["keep_out"] == ["Irmgard Vogelsang"]
    assert me["overlaps"] == [{"kind": "community", "description": "Maria Schmidt sings in my choir",
                               "plan": "Tell Maria Schmidt I sit apart", "review_on": None}]  # fmt: skip


def test_possible_identifiers_before_an_export(store):
    client = _client_with("Maria Schmidt")
    encounter = _log(client, {"what_was_said": "Maria said hi at Aldi with her husband Bob."})
    p = pseudonymised.build_pseudonymiser([encounter.id])
    values = export_document(identified=True)["encounters"][0]
    texts = pseudonymised.encounter_texts(values, term=lambda name: name.replace("_", " "))
    found = pseudonymised.possible_identifiers(texts, p)
    assert [(f.text, f.kind) for f in found] == [("Aldi", "name"), ("Bob", "name")]
    assert found[1].places == [f"2026-10-14 {client.code}, what was said"] and found[1].clients == [client.code]


def test_a_location_of_another_month_is_replaced_in_this_months_narratives(store):
    """A place written as one encounter's location ("Quillfeather Bakery", in September, and one an
    addendum took away) is named again in a later month's notes: its uncommon words are replaced
    there too, though no encounter of the later month has it."""
    client = _client_with("Maria Schmidt")
    _log(client, {"occurred_on": "2026-09-10", "location": "Quillfeather Bakery, Hollin Lane"})
    october = _log(client, {"what_was_said": "Met again outside Quillfeather, then on Hollin Lane near Larkspur."})
    august = _log(client, {"occurred_on": "2026-08-03"})
    mark_ready(Month(2026, 8))
    sign_off(Month(2026, 8), "Dr Supervisor", "LPC", dt.date(2026, 9, 1))
    save_with_lock({**encounter_dict(august.id), "location": "Larkspur Tearooms"}, reason="Wrong place", today=TODAY)
    p = pseudonymised.build_pseudonymiser([october.id])
    values = next(v for v in export_document(identified=True)["encounters"] if v["id"] == str(october.id))
    shown = pseudonymised.encounter(values, p)["what_was_said"]
    assert shown == "Met again outside [place], then on [place] Lane near [place].", shown


def test_a_packets_payload_carries_no_name_keep_out_word_or_location(store):
    """What a supervision packet carries of the month (DESIGN §11): the summary, its encounters in
    full with the reflection chosen, the tags, from the same pseudonymiser as its PDF; no client's
    name, keep-out word, the month's locations nor another month's."""
    from models.supervision.exchange.outbox import packet_summary
    from models.supervision.report import month_ids, month_report

    client = _client_with("Jürgen Strauß")
    other = _client_with("Anna-Lena Vogelsang")
    _log(client, {"occurred_on": "2026-09-10", "location": "Quillfeather Bakery, Hollin Lane"})
    written = "Juergen waved; STRAUSS's sister Irmgard came, then Annalena at the Quillfeather."
    tag = create_tag("Jürgen's gifts").slug
    chosen = _log(client, {"what_was_said": written, "reflection": written, "categories": [tag]})
    _log(other, {"response": written}, day=20)
    set_comment(MONTH, chosen.id, f"Why {written}", False)
    p = pseudonymised.build_pseudonymiser(month_ids(MONTH))
    report = month_report(MONTH, reflections={str(chosen.id)}, full_detail=True, pseudonymiser=p)
    payload = json.dumps(packet_summary(report, p), ensure_ascii=False)
    for name in ("Jürgen Strauß", "Anna-Lena Vogelsang", "Irmgard Vogelsang"):
        assert survivors(payload, name) == [], where_it_survives(payload, name)
    assert not [w for w in ("Quillfeather", "Hollin", "Rosewood") if w in payload], payload
    assert f"{client.code} waved; {client.code}'s sister [person] came" in payload
