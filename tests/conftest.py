"""Shared fixtures. Qt runs offscreen; every test gets its own encrypted database in tmp_path."""

import os
import tempfile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Preferences and the default data folder go to a scratch place, never the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="caselog-test-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="caselog-test-data-")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from models.log.clients import create_client  # noqa: E402
from models.opening import close_store, open_store  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "caselog.db"


@pytest.fixture
def store(db_path):
    """A fresh, migrated, encrypted database bound to the models."""
    database = open_store(db_path, PASSPHRASE, create=True)
    yield database
    close_store()


@pytest.fixture
def client(store):
    return create_client(code="C-TEST")


def encounter_fields(client_code="C-TEST", **overrides):
    """A valid encounter in interchange shape; override any field."""
    fields = {
        "occurred_on": "2026-10-14",
        "occurred_time": "17:40",
        "duration_minutes": 3,
        "client": client_code,
        "channel": "in_person",
        "setting": "public_place",
        "location": "Supermarket on Elm Street",
        "initiated_by": "client",
        "avoidability": "unavoidable",
        "acknowledgement": "client_first",
        "others_present": True,
        "therapy_content_raised": False,
        "what_was_said": "Client said hello by the checkout; I returned the greeting and we parted.",
        "response": "Kept it brief and friendly; will check in next session about how it felt.",
        "reflection": "Felt a pull to ask how the week had gone.",
        "categories": ["public_acknowledgement"],
        "risk": "low",
        "assessment": "crossing_benign",
        "follow_up": [{"action": "discuss_next_session", "done": False}],
        "for_supervision": False,
    }
    fields.update(overrides)
    return fields


TODAY = dt.date(2026, 11, 27)
