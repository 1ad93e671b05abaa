"""Shared fixtures. Qt runs offscreen; every test gets its own encrypted database in tmp_path."""

import os
import tempfile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Preferences and the default data folder go to a scratch place, never the developer's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="caselog-test-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="caselog-test-data-")

import pytest  # noqa: E402

from models.log.clients import create_client  # noqa: E402
from models.opening import close_store, open_store  # noqa: E402
from tests.helpers import PASSPHRASE  # noqa: E402


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
