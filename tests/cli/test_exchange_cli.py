"""Identity, contacts and packets on the command line, as a user runs them (DESIGN §11): a subprocess,
real files, exit codes, and nothing changed by a refusal."""

from __future__ import annotations

import json
import stat

import pytest

from models.supervision.exchange.identity import Identity, Profile, Role, make_card
from models.supervision.exchange.packet import make_packet
from models.supervision.exchange.reply import open_reply
from tests.helpers import run_caselog as caselog
from tests.models.exchange.world import make_summary

MONTH = "2026-10"


def init(path):
    result = caselog("init", "--db", path)
    assert result.returncode == 0, result.stderr
    return path


def fingerprint(database) -> str:
    result = caselog("identity", "--json", "--db", database)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["fingerprint"]


def export_card(database, path, **profile):
    options = [f"--{key}={value}" for key, value in profile.items()]
    assert caselog("identity", *options, "--db", database).returncode == 0
    result = caselog("identity", "export", "-o", path, "--db", database)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def supervisor(tmp_path):
    return init(tmp_path / "supervisor.db")


def test_identity_prints_and_sets_name_role_credential_licence(supervisor):
    first = fingerprint(supervisor)
    result = caselog(
        "identity", "--name", "Dr. Anna Keller", "--role", "supervisor", "--credential", "PsyD",
        "--licence", "PSY 12345 (CA)", "--json", "--db", supervisor,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "name": "Dr. Anna Keller", "role": "supervisor", "credential": "PsyD", "licence": "PSY 12345 (CA)",
        "fingerprint": first,
    }  # fmt: skip
    plain = caselog("identity", "--db", supervisor)
    assert first in plain.stdout and "Dr. Anna Keller" in plain.stdout


def test_identity_refuses_bad_values_naming_the_option(supervisor):
    result = caselog("identity", "--name", "x" * 201, "--db", supervisor)
    assert result.returncode == 2 and "--name" in result.stderr
    assert json.loads(caselog("identity", "--json", "--db", supervisor).stdout)["name"] == ""


def test_card_export_is_owner_only_never_overwrites_and_needs_a_name(supervisor, tmp_path):
    card = tmp_path / "card.caselog-id"
    nameless = caselog("identity", "export", "-o", card, "--db", supervisor)
    assert nameless.returncode == 2 and "name" in nameless.stderr and not card.exists()
    export_card(supervisor, card, name="Dr. Anna Keller")
    assert stat.S_IMODE(card.stat().st_mode) == 0o600
    before = card.read_bytes()
    again = caselog("identity", "export", "-o", card, "--db", supervisor)
    assert again.returncode == 2 and "already exists" in again.stderr and card.read_bytes() == before
    forced = caselog("identity", "export", "-o", card, "--force", "--db", supervisor)
    assert forced.returncode == 0 and fingerprint(supervisor) in forced.stdout
    refused = caselog("identity", "export", "-o", supervisor, "--force", "--db", supervisor)
    assert refused.returncode == 2 and "open Caselog database" in refused.stderr


def test_contacts_add_needs_the_fingerprint_read_out(supervisor, tmp_path):
    therapist = init(tmp_path / "therapist.db")
    card = export_card(supervisor, tmp_path / "s.caselog-id", name="Dr. Anna Keller", role="supervisor")
    unasked = caselog("contacts", "add", card, "--db", therapist)
    assert unasked.returncode == 2 and "--fingerprint" in unasked.stderr
    wrong = caselog("contacts", "add", card, "--fingerprint", Identity.generate().fingerprint, "--db", therapist)
    assert wrong.returncode == 2 and "Do not add it" in wrong.stderr
    assert fingerprint(supervisor) not in wrong.stderr  # the card's digits are not given away
    assert json.loads(caselog("contacts", "list", "--json", "--db", therapist).stdout) == []
    right = caselog(
        "contacts", "add", card, "--fingerprint", fingerprint(supervisor).replace(" ", "-"), "--db", therapist
    )
    assert right.returncode == 0, right.stderr
    listed = json.loads(caselog("contacts", "list", "--json", "--db", therapist).stdout)
    assert [(c["name"], c["role"], c["fingerprint"]) for c in listed] == [
        ("Dr. Anna Keller", "supervisor", fingerprint(supervisor))
    ]


def test_contacts_add_refuses_an_altered_card(supervisor, tmp_path):
    therapist = init(tmp_path / "therapist.db")
    card = export_card(supervisor, tmp_path / "s.caselog-id", name="Dr. Anna Keller")
    card.write_bytes(card.read_bytes().replace(b"Anna", b"Anne"))
    result = caselog("contacts", "add", card, "--fingerprint", fingerprint(supervisor), "--db", therapist)
    assert result.returncode == 2 and "altered" in result.stderr and "nothing was changed" in result.stderr


class Supervisee:
    """A therapist's seat made in Python, to send packets to a supervisor's database on the command line."""

    def __init__(self, tmp_path, supervisor):
        self.identity = Identity.generate()
        self.card = tmp_path / "t.caselog-id"
        self.card.write_bytes(make_card(self.identity, Profile("Sam Rivera", Role.THERAPIST, "LMFT")))
        result = caselog("contacts", "add", self.card, "--fingerprint", self.identity.fingerprint, "--db", supervisor)
        assert result.returncode == 0, result.stderr
        supervisor_card = export_card(supervisor, tmp_path / "s.caselog-id", name="Dr. Anna Keller", role="supervisor")
        from models.supervision.exchange.identity import read_card

        self.supervisor = read_card(supervisor_card.read_bytes())

    def send(self, path, to=None):
        sent = make_packet(
            self.identity, Profile("Sam Rivera", Role.THERAPIST, "LMFT"), (to or self.supervisor).keys, MONTH,
            make_summary(), "0" * 64,
        )  # fmt: skip
        path.write_bytes(sent.data)
        return sent


def test_a_supervisor_opens_a_packet_once_and_a_third_database_not_at_all(supervisor, tmp_path):
    sent = Supervisee(tmp_path, supervisor).send(tmp_path / "month.caselog-packet")
    result = caselog("packet", "open", tmp_path / "month.caselog-packet", "--json", "--db", supervisor)
    assert result.returncode == 0, result.stderr
    opened = json.loads(result.stdout)
    assert set(opened) == {"packet", "from", "month", "encounters", "carried_forward"}
    assert opened["packet"] == sent.record.packet_id and opened["month"] == MONTH
    assert [e["id"] for e in opened["encounters"]] == [e["id"] for e in make_summary()["encounters"]]
    again = caselog("packet", "open", tmp_path / "month.caselog-packet", "--db", supervisor)
    assert again.returncode == 2 and "opened before" in again.stderr
    third = init(tmp_path / "third.db")
    refused = caselog("packet", "open", tmp_path / "month.caselog-packet", "--db", third)
    assert refused.returncode == 2 and "not to this database" in refused.stderr


def test_a_packet_changed_in_transit_is_refused(supervisor, tmp_path):
    path = tmp_path / "month.caselog-packet"
    Supervisee(tmp_path, supervisor).send(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x04
    path.write_bytes(bytes(data))
    result = caselog("packet", "open", path, "--db", supervisor)
    assert result.returncode == 2 and "nothing was changed" in result.stderr


def test_the_supervisor_replies_with_a_signed_review(supervisor, tmp_path):
    supervisee = Supervisee(tmp_path, supervisor)
    sent = supervisee.send(tmp_path / "month.caselog-packet")
    assert caselog("packet", "open", tmp_path / "month.caselog-packet", "--db", supervisor).returncode == 0
    review = {
        "packet": sent.record.packet_id, "status": "signed_off",
        "meeting": {"date": "2026-11-04", "minutes": 50, "format": "video", "kind": "individual"},
        "comments": [{"encounter": e, "text": "Fine.", "discussed": True} for e in sorted(sent.record.encounter_ids)],
        "signed_by": {"name": "Dr. Anna Keller", "credential": "PsyD", "licence": "PSY 12345 (CA)"},
    }  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(review | {"status": "approved"}))
    output = tmp_path / "review.caselog-reply"
    refused = caselog("packet", "reply", "--packet", sent.record.packet_id, "--review", bad, "-o", output,
                      "--db", supervisor)  # fmt: skip
    assert refused.returncode == 2 and "status" in refused.stderr and not output.exists()
    good = tmp_path / "review.json"
    good.write_text(json.dumps(review))
    result = caselog("packet", "reply", "--packet", sent.record.packet_id, "--review", good, "-o", output,
                     "--db", supervisor)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    reply = open_reply(
        output.read_bytes(), supervisee.identity, {supervisee.supervisor.fingerprint: supervisee.supervisor.keys}.get,
        {sent.record.packet_id: sent.record}.get, lambda *_: False, lambda _: True,
    )  # fmt: skip
    assert reply.signed_off and reply.review["signed_by"]["name"] == "Dr. Anna Keller"
    twice = caselog("packet", "reply", "--packet", sent.record.packet_id, "--review", good, "-o",
                    tmp_path / "again.caselog-reply", "--db", supervisor)  # fmt: skip
    assert twice.returncode == 2 and "answered once" in twice.stderr
