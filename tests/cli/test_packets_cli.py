"""A month travels therapist → supervisor → therapist by files alone, on the command line (DESIGN
§11): two databases in tmp_path, a third that must not open the packet, every tampering refused
with exit 2 and nothing changed, and the sign-off verified on arrival, in the PDF and by check."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid

import pytest

from models.opening import close_store, open_store
from models.store.database import db
from models.supervision.exchange.contacts import own_identity
from models.supervision.exchange.envelope import REPLY, seal_signed
from models.supervision.exchange.identity import utc_timestamp
from models.supervision.exchange.tables import ExchangeContact, SentPacket
from tests.helpers import PASSPHRASE, encounter_fields
from tests.helpers import run_caselog as caselog
from tests.models.strategies import document, new_id

MONTH = "2026-10"
VIOLATION = new_id()


def ok(*args):
    result = caselog(*args)
    assert result.returncode == 0, result.stderr
    return result


def refused(*args, reason: str):
    result = caselog(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert reason in result.stderr, result.stderr
    return result


def fingerprint(database) -> str:
    return json.loads(ok("identity", "--json", "--db", database).stdout)["fingerprint"]


def introduce(one, other, tmp_path):
    """``one`` adds ``other``'s card after comparing the fingerprint ``other`` reads out."""
    card = tmp_path / f"{other.stem}.caselog-id"
    if not card.exists():
        ok("identity", "export", "-o", card, "--db", other)
    ok("contacts", "add", card, "--fingerprint", fingerprint(other), "--db", one)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """Two databases that trust each other, the therapist's holding October: made once, copied per test."""
    folder = tmp_path_factory.mktemp("seats")
    therapist, supervisor = folder / "therapist.db", folder / "supervisor.db"
    for path in (therapist, supervisor):
        ok("init", "--db", path)
    ok("identity", "--name", "Sam Rivera", "--credential", "LMFT", "--db", therapist)
    ok("identity", "--name", "Dr. Anna Keller", "--role", "supervisor", "--credential", "PsyD",
       "--licence", "PSY 12345 (CA)", "--db", supervisor)  # fmt: skip
    introduce(therapist, supervisor, folder)
    introduce(supervisor, therapist, folder)
    source = folder / "month.json"
    encounters = [
        encounter_fields(
            id=VIOLATION, occurred_on="2026-10-20", risk="high", assessment="violation", for_supervision=True
        ),  # fmt: skip
        encounter_fields(id=new_id(), occurred_on="2026-10-07"),
    ]
    source.write_text(json.dumps(document(encounters, clients=[{"code": "C-TEST", "name": "Alex Example"}])))
    ok("import", source, "--db", therapist)
    return folder


@pytest.fixture
def seats(prepared, tmp_path):
    for path in prepared.iterdir():
        if path.suffix in (".db", ".caselog-id"):  # each closed by its command: no -wal left beside it
            shutil.copy2(path, tmp_path / path.name)
    return tmp_path / "therapist.db", tmp_path / "supervisor.db"


def send(therapist, supervisor, tmp_path, name="october.caselog-packet"):
    packet = tmp_path / name
    ok("packet", "send", "--month", MONTH, "--to", fingerprint(supervisor), "-o", packet, "--pdf",
       tmp_path / f"{name}.pdf", "--db", therapist)  # fmt: skip
    return packet


def review_file(tmp_path, packet_id, **changes):
    review = {
        "packet": packet_id, "status": "signed_off",
        "meeting": {"date": "2026-11-04", "minutes": 50, "format": "video", "kind": "individual"},
        "notes": "A careful month.",
        "comments": [{"encounter": VIOLATION, "text": "Talked it through; consult the code.", "discussed": True}],
        "action_items": [{"text": "Write up the rationale", "owner": "therapist", "due": "2026-12-01"}],
        "signed_by": {"name": "Dr. Anna Keller", "credential": "PsyD", "licence": "PSY 12345 (CA)"},
    } | changes  # fmt: skip
    path = tmp_path / f"review-{uuid.uuid4().hex[:6]}.json"
    path.write_text(json.dumps(review))
    return path


def open_and_reply(supervisor, packet, tmp_path, **changes):
    opened = json.loads(ok("packet", "open", packet, "--json", "--db", supervisor).stdout)
    reply = tmp_path / f"reply-{uuid.uuid4().hex[:6]}.caselog-reply"
    ok("packet", "reply", "--packet", opened["packet"], "--review", review_file(tmp_path, opened["packet"], **changes),
       "-o", reply, "--db", supervisor)  # fmt: skip
    return opened, reply


def review_of(therapist) -> dict | None:
    return json.loads(ok("summary", "--month", MONTH, "--json", "--db", therapist).stdout)["review"]


def test_a_month_travels_there_and_back_and_arrives_signed_off_and_verified(seats, tmp_path):
    therapist, supervisor = seats
    packet = send(therapist, supervisor, tmp_path)
    assert b"Alex" not in packet.read_bytes() and b"Example" not in packet.read_bytes()
    assert review_of(therapist)["status"] == "ready"
    opened, reply = open_and_reply(supervisor, packet, tmp_path)
    assert opened["from"] == fingerprint(therapist) and opened["month"] == MONTH
    shown = json.dumps(opened["encounters"])
    assert "Alex" not in shown and "Supermarket on Elm Street" not in shown and "Felt a pull" not in shown
    merged = ok("packet", "merge", reply, "--db", therapist)
    assert "signed off by Dr. Anna Keller" in merged.stdout and "signature verified" in merged.stdout
    review = review_of(therapist)
    assert review["status"] == "signed_off" and review["supervisor"] == "Dr. Anna Keller"
    assert review["meeting_minutes"] == 50 and review["action_items"][0]["text"] == "Write up the rationale"
    assert [c["discussed"] for c in review["comments"] if c["encounter"] == VIOLATION] == [True]
    pdf = tmp_path / "signed.pdf"
    ok("export", "pdf", "--month", MONTH, "-o", pdf, "--db", therapist)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert f"signed off by Dr. Anna Keller (PsyD, PSY 12345 (CA)), key fingerprint {fingerprint(supervisor)}" in text
    assert "signature verified" in text
    check = ok("check", "--db", therapist)
    assert "Sign-offs: ok (1" in check.stdout


def test_a_third_database_cannot_open_the_packet(seats, tmp_path):
    therapist, supervisor = seats
    packet = send(therapist, supervisor, tmp_path)
    third = tmp_path / "third.db"
    ok("init", "--db", third)
    introduce(third, therapist, tmp_path)
    refused("packet", "open", packet, "--db", third, reason="not to this database")


@pytest.mark.parametrize("where", [0.15, 0.95])
def test_a_byte_changed_in_a_packet_or_a_reply_is_refused_and_changes_nothing(seats, tmp_path, where):
    therapist, supervisor = seats
    packet = send(therapist, supervisor, tmp_path)
    data = bytearray(packet.read_bytes())
    data[int(len(data) * where)] ^= 0x08
    altered = tmp_path / "altered.caselog-packet"
    altered.write_bytes(bytes(data))
    refused("packet", "open", altered, "--db", supervisor, reason="nothing was changed")
    _, reply = open_and_reply(supervisor, packet, tmp_path)
    data = bytearray(reply.read_bytes())
    data[int(len(data) * where)] ^= 0x08
    altered_reply = tmp_path / "altered.caselog-reply"
    altered_reply.write_bytes(bytes(data))
    refused("packet", "merge", altered_reply, "--db", therapist, reason="nothing was changed")
    assert review_of(therapist)["status"] == "ready"


def test_a_reply_merged_twice_is_refused_the_second_time(seats, tmp_path):
    therapist, supervisor = seats
    _, reply = open_and_reply(supervisor, send(therapist, supervisor, tmp_path), tmp_path)
    ok("packet", "merge", reply, "--db", therapist)
    refused("packet", "merge", reply, "--db", therapist, reason="merged before")


def test_a_reply_for_the_wrong_month_is_refused(seats, tmp_path):
    """Signed by the real supervisor (their key taken from their database), but for September."""
    therapist, supervisor = seats
    opened, _ = open_and_reply(supervisor, send(therapist, supervisor, tmp_path), tmp_path)
    open_store(supervisor, PASSPHRASE)
    try:
        identity = own_identity()
        therapist_keys = ExchangeContact.get().keys
    finally:
        close_store()
    open_store(therapist, PASSPHRASE)
    try:
        payload_sha256 = SentPacket.get().payload_sha256
    finally:
        close_store()
    payload = {
        "format": "caselog-reply", "version": 1, "reply": str(uuid.uuid4()), "packet": opened["packet"],
        "packet_sha256": payload_sha256, "month": "2026-09", "from": identity.fingerprint,
        "to": therapist_keys.fingerprint, "created_at": utc_timestamp(),
        "review": json.loads(review_file(tmp_path, opened["packet"]).read_text()),
    }  # fmt: skip
    data, _ = seal_signed(identity, REPLY, payload, therapist_keys)
    wrong = tmp_path / "wrong-month.caselog-reply"
    wrong.write_bytes(data)
    refused(
        "packet", "merge", wrong, "--db", therapist, reason="is for 2026-09, but the packet it answers is for 2026-10"
    )


def test_a_reply_to_a_packet_this_database_never_sent_is_refused(seats, tmp_path):
    """The therapist's database as it was before the packet left (a backup restored): the reply is
    genuine and addressed to it, but answers nothing it knows of."""
    therapist, supervisor = seats
    before = tmp_path / "before.db"
    shutil.copy2(therapist, before)
    _, reply = open_and_reply(supervisor, send(therapist, supervisor, tmp_path), tmp_path)
    refused("packet", "merge", reply, "--db", before, reason="never sent")


def test_a_month_changed_since_the_packet_left_merges_only_as_comments(seats, tmp_path):
    therapist, supervisor = seats
    _, reply = open_and_reply(supervisor, send(therapist, supervisor, tmp_path), tmp_path)
    source = tmp_path / "late.json"
    source.write_text(json.dumps(document([encounter_fields(id=new_id(), occurred_on="2026-10-29")])))
    ok("import", source, "--db", therapist)
    result = refused("packet", "merge", reply, "--db", therapist, reason="changed after the packet left")
    assert "--as-comments" in result.stderr and review_of(therapist)["status"] == "ready"
    merged = ok("packet", "merge", reply, "--as-comments", "--db", therapist)
    assert "without the sign-off" in merged.stdout
    review = review_of(therapist)
    assert review["status"] == "ready" and review["signed_at"] is None
    assert [c["text"] for c in review["comments"]] == ["Talked it through; consult the code."]
    refused("packet", "merge", reply, "--as-comments", "--db", therapist, reason="merged before")


def test_check_names_a_sign_off_whose_record_was_changed(seats, tmp_path):
    therapist, supervisor = seats
    _, reply = open_and_reply(supervisor, send(therapist, supervisor, tmp_path), tmp_path)
    ok("packet", "merge", reply, "--db", therapist)
    open_store(therapist, PASSPHRASE)
    try:
        db.execute_sql("UPDATE month_review SET supervisor = 'Dr. Somebody Else'")
    finally:
        close_store()
    result = caselog("check", "--db", therapist)
    assert result.returncode == 3 and "Sign-off of 2026-10" in result.stdout and "FAILS" in result.stdout
    pdf = tmp_path / "tampered.pdf"
    ok("export", "pdf", "--month", MONTH, "-o", pdf, "--db", therapist)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split())
    assert "does NOT verify" in text and "signature verified" not in text


def test_files_are_owner_only_and_never_overwritten(seats, tmp_path):
    therapist, supervisor = seats
    packet = send(therapist, supervisor, tmp_path)
    assert oct(packet.stat().st_mode & 0o777) == "0o600"
    before = packet.read_bytes()
    refused("packet", "send", "--month", MONTH, "--to", fingerprint(supervisor), "-o", packet, "--db", therapist,
            reason="already exists")  # fmt: skip
    assert packet.read_bytes() == before
    refused("packet", "send", "--month", MONTH, "--to", "12345", "-o", tmp_path / "x.caselog-packet", "--db",
            therapist, reason="not a fingerprint")  # fmt: skip
    refused("packet", "send", "--month", MONTH, "--to", fingerprint(therapist), "-o", tmp_path / "x.caselog-packet",
            "--db", supervisor, reason="supervisee")  # fmt: skip
    assert not (tmp_path / "x.caselog-packet").exists()


def test_the_packet_carries_the_open_action_items_of_earlier_months(seats, tmp_path):
    """#18 after #17: the month's carried-forward items travel sealed, pseudonymised, with their age."""
    therapist, supervisor = seats
    open_store(therapist, PASSPHRASE)
    try:
        import datetime as dt

        from models.supervision.enums import MeetingFormat
        from models.supervision.reviews import add_action_item, set_meeting
        from models.supervision.summary import Month

        set_meeting(Month.parse("2026-09"), dt.date(2026, 9, 22), 50, MeetingFormat.VIDEO)  # agreed then
        add_action_item(Month.parse("2026-09"), "Ask Alex Example about the referral", "therapist")
    finally:
        close_store()
    packet = send(therapist, supervisor, tmp_path)
    assert b"Alex" not in packet.read_bytes()
    opened = json.loads(ok("packet", "open", packet, "--json", "--db", supervisor).stdout)
    carried = json.dumps(opened)
    assert "about the referral" in carried and "Alex" not in carried
    assert "2026-09" in carried


def test_the_meeting_of_a_merged_reply_counts_in_the_hours_log(seats, tmp_path):
    """#18 after #17: the meeting the supervisor recorded lands in ``caselog hours``, kind and all."""
    therapist, supervisor = seats
    _, reply = open_and_reply(supervisor, send(therapist, supervisor, tmp_path), tmp_path)
    ok("packet", "merge", reply, "--db", therapist)
    hours = ok("hours", "--db", therapist).stdout
    assert "0.83" in hours and "(1 meeting(s)" in hours, hours
    assert "2026-11-04 (2026-10)" in hours and "By format: in_person 0.00, video 0.83" in hours, hours
    assert "By kind: individual 0.83" in hours, hours  # the kind the supervisor recorded, not "not recorded"
    assert "Dr. Anna Keller, PsyD" in hours, hours
