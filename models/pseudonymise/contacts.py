"""E-mail addresses, web addresses, @handles and telephone numbers in a narrative → "[contact]" (DESIGN §9).

Telephone numbers in international form ("+49 30 1234567", "0044 20 7946 0958") and national form
("0171 1234567", "(030) 123 45 67", "020 7946 0958", "(555) 123-4567") with 7 to 15 digits; a
date ("01.03.1985") is not a telephone number.
"""

from __future__ import annotations

import re
from functools import cache

CONTACT = "[contact]"
TOP_LEVEL_DOMAINS = (
    "com|org|net|edu|gov|info|biz|io|app|me|eu|de|at|ch|uk|ie|fr|it|es|nl|be|dk|se|no|fi|pl|cz|ru|ua|tr|us|"
    "ca|au|nz|in|jp|cn|kr|br|mx|za|online|social|health"
)
# What every contact has; most narratives have none of it, and are left alone at once.
DIGITS = re.compile(r"\d[\d\s./()\-]{4,}\d")
DOMAIN_END = re.compile(rf"\.(?:{TOP_LEVEL_DOMAINS})(?![\w-])", re.IGNORECASE)
DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


@cache
def _pattern() -> re.Pattern[str]:
    tail = r"[^\s<>\"'“”‘’()\[\]]*[^\s<>\"'“”‘’()\[\].,;:!?]"
    return re.compile(
        r"(?P<email>[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,})"
        rf"|(?P<url>(?:https?://|ftp://|www\.){tail})"
        rf"|(?P<domain>(?<![\w@.-])(?:[\w-]+\.)+(?:{TOP_LEVEL_DOMAINS})(?![\w-])(?:/{tail})?)"
        r"|(?P<handle>(?<![\w@.])@\w(?:[\w.]*\w)?)"
        r"|(?P<phone>(?<![\w+/.,-])(?:(?:\+|00)\d[\d\s./()\-]{5,22}\d|\(?0\d[\d\s./()\-]{4,18}\d"
        r"|\(?\d{3}\)?[\s.\-]\d{3}[\s.\-]\d{4})(?!\w))",
        re.IGNORECASE,
    )


def _replacement(match: re.Match[str]) -> str:
    phone = match.group("phone")
    if phone is not None:
        digits = sum(ch.isdigit() for ch in phone)
        if not 7 <= digits <= 15 or DATE.fullmatch(phone.strip("()")):
            return phone
    return CONTACT


def replace_contacts(text: str) -> str:
    """``text`` with e-mail addresses, web addresses, @handles and telephone numbers → "[contact]"."""
    if not ("@" in text or "://" in text or DIGITS.search(text) or DOMAIN_END.search(text)):
        return text
    return _pattern().sub(_replacement, text)
