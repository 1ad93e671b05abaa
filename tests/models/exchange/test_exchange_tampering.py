"""Any change to a packet or reply file, anywhere, is refused with a reason, and never raises anything
but a refusal (no crash, no half-read file)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.supervision.exchange.errors import ExchangeError
from tests.models.exchange.world import make_summary, world

THERAPIST, SUPERVISOR, STRANGER = world()
PACKET = THERAPIST.send(SUPERVISOR, make_summary(count=2))
OPENED = SUPERVISOR.open(PACKET.data)
SUPERVISOR.opened.clear()
REPLY = SUPERVISOR.reply(OPENED)

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _flip(data: bytes, position: int, mask: int) -> bytes:
    altered = bytearray(data)
    altered[position % len(data)] ^= mask
    return bytes(altered)


def _merge(data: bytes):
    THERAPIST.merged.clear()
    return THERAPIST.merge(data)


def _open(data: bytes):
    SUPERVISOR.opened.clear()
    return SUPERVISOR.open(data)


def test_the_untouched_files_open():
    assert _open(PACKET.data).packet_id == PACKET.record.packet_id
    assert _merge(REPLY).signed_off


@SETTINGS
@given(position=st.integers(0, len(PACKET.data) - 1), mask=st.integers(1, 255))
def test_a_byte_changed_anywhere_in_a_packet_is_refused(position, mask):
    with pytest.raises(ExchangeError) as caught:
        _open(_flip(PACKET.data, position, mask))
    assert caught.value.reason


@SETTINGS
@given(position=st.integers(0, len(REPLY) - 1), mask=st.integers(1, 255))
def test_a_byte_changed_anywhere_in_a_reply_is_refused(position, mask):
    with pytest.raises(ExchangeError) as caught:
        _merge(_flip(REPLY, position, mask))
    assert caught.value.reason


@pytest.mark.parametrize("data, action", [(PACKET.data, _open), (REPLY, _merge)], ids=["packet", "reply"])
def test_every_position_changed_once_is_refused(data, action):
    """Exhaustive over positions (one mask each), beside hypothesis's random masks."""
    for position in range(len(data)):
        with pytest.raises(ExchangeError):
            action(_flip(data, position, 0x01 if position % 2 else 0x20))


@SETTINGS
@given(length=st.integers(0, len(PACKET.data) - 1))
def test_a_packet_cut_short_anywhere_is_refused(length):
    if PACKET.data[:length] + b"\n" == PACKET.data:
        length -= 1  # without its final line ending a file is whole
    with pytest.raises(ExchangeError):
        _open(PACKET.data[:length])


@SETTINGS
@given(length=st.integers(0, len(REPLY) - 2))
def test_a_reply_cut_short_anywhere_is_refused(length):
    with pytest.raises(ExchangeError):
        _merge(REPLY[:length])


@SETTINGS
@given(extra=st.binary(min_size=1, max_size=64))
def test_bytes_added_at_the_end_are_refused(extra):
    if extra in (b"\n",) or PACKET.data + extra == PACKET.data[:-1] + b"\r\n":
        return
    with pytest.raises(ExchangeError):
        _open(PACKET.data + extra)


@SETTINGS
@given(data=st.binary(max_size=2048))
def test_random_bytes_are_refused_as_a_packet_and_as_a_reply(data):
    with pytest.raises(ExchangeError):
        _open(data)
    with pytest.raises(ExchangeError):
        _merge(data)


def test_a_line_ending_changed_by_a_mail_client_is_accepted():
    assert _open(PACKET.data[:-1] + b"\r\n").packet_id == PACKET.record.packet_id
    assert _open(PACKET.data[:-1]).packet_id == PACKET.record.packet_id
