"""Why a card, packet or reply is refused: one exception per reason, each with the reason in words.

The command line prints ``reason`` and exits 2; the app shows it. Nothing is changed when one is
raised: every check runs before anything is stored.
"""

from __future__ import annotations

from typing import Any

from models.i18n import translate


class ExchangeError(Exception):
    """A card, packet or reply refused; ``reason`` says why in the user's words."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


class TooLarge(ExchangeError):
    """Larger than any genuine file of its kind: refused before it is read."""

    def __init__(self, what: str, limit: int):
        super().__init__(
            translate("Exchange", "The {what} is larger than {limit:,} bytes; no genuine one is that large").format(
                what=what, limit=limit
            )
        )


class Unreadable(ExchangeError):
    """Not a Caselog file of the expected kind, or cut short, or its wrapping altered."""


class UnsupportedVersion(ExchangeError):
    """A version of the format this Caselog does not read (newer, or older than it accepts)."""


class NotAddressedHere(ExchangeError):
    """Addressed to another identity: sealed to someone else, or signed for someone else."""


class BrokenSeal(ExchangeError):
    """The sealed contents cannot be opened with this database's key: damaged or altered."""


class UnknownSender(ExchangeError):
    """Signed by a key that is not among this database's contacts."""


class BadSignature(ExchangeError):
    """The signature does not match the contents and the sender's known key: altered or forged."""


class InvalidContent(ExchangeError):
    """Signed correctly, but what it says breaks the format (a wrong field, type or value)."""


class InvalidCard(ExchangeError):
    """An identity card that is damaged, altered, or not signed by its own key."""


class FingerprintMismatch(ExchangeError):
    """The fingerprint compared in person or by phone is not the card's."""


class UnknownPacket(ExchangeError):
    """A reply that answers no packet this database sent."""


class WrongSender(ExchangeError):
    """A reply from someone other than the supervisor the packet was sent to."""


class WrongMonth(ExchangeError):
    """A reply whose month is not the month of the packet it answers."""


class Replay(ExchangeError):
    """A packet opened before, or a reply merged before."""


class MonthChanged(ExchangeError):
    """The month's encounters changed after the packet left: the review no longer reviews them.

    Raised only after every other check passed, so ``reply`` is genuine and its comments can be
    offered without the sign-off.
    """

    def __init__(self, reason: str, reply: Any):
        self.reply = reply
        super().__init__(reason)
