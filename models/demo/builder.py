"""A demo database: about eighteen months of varied encounters built from written vignettes."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from models import clock
from models.demo.vignettes import DEMO_NAMES, VIGNETTES
from models.log.clients import CODE_ALPHABET, create_client
from models.log.encounters import save_encounter
from models.store.database import db


def demo_encounter(vignette: dict[str, Any], client_code: str, occurred_on: dt.date, rng: random.Random):
    """One encounter in interchange shape from a vignette, for a client on a date."""
    fields = {key: value for key, value in vignette.items() if key != "follow_up"}
    fields["follow_up"] = [{"action": action, "done": done} for action, done in vignette.get("follow_up", [])]
    age = (clock.today() - occurred_on).days
    if age < 21:  # recent encounters still have their follow-ups to do
        fields["follow_up"] = [{**item, "done": False} for item in fields["follow_up"]]
    elif age > 45 and rng.random() < 0.95:  # older ones were mostly seen to; a few slipped
        fields["follow_up"] = [{**item, "done": True} for item in fields["follow_up"]]
    hour = rng.choice([8, 9, 12, 13, 17, 18, 19, 20])
    fields.update(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        occurred_on=occurred_on.isoformat(),
        occurred_time=f"{hour:02d}:{rng.choice([0, 10, 15, 20, 30, 40, 45, 50]):02d}",
        client=client_code,
        for_supervision=vignette.get("for_supervision", False),
    )
    fields.setdefault("duration_minutes", rng.choice([None, 1, 2, 3, 5, 10]))
    return fields


def build_demo_database(months: int = 18, seed: int = 7, today: dt.date | None = None) -> int:
    """Fill the open (empty) database with sample encounters over the last ``months`` months.

    Returns how many encounters were written.
    """
    rng = random.Random(seed)
    today = today or clock.today()
    count = 0
    with db.atomic():
        codes = []
        for name in DEMO_NAMES:
            code = random_code_from(rng, codes)
            create_client(code=code, name=name)
            codes.append(code)
        # A few clients meet the therapist more often: the pattern drift signals look for.
        weights = [6, 5, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1]
        start = today - dt.timedelta(days=int(months * 30.4))
        day = start
        while day <= today:
            day += dt.timedelta(days=rng.randint(1, 6))
            if day > today:
                break
            vignette = rng.choice(VIGNETTES)
            code = rng.choices(codes, weights=weights)[0]
            save_encounter(demo_encounter(vignette, code, day, rng), today=today)
            count += 1
    return count


def random_code_from(rng: random.Random, taken: list[str]) -> str:
    """A client code drawn from ``rng`` (reproducible demo data), in the same shape as real ones."""
    while True:
        code = "C-" + "".join(rng.choices(CODE_ALPHABET, k=4))
        if code not in taken:
            return code
