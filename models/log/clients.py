"""Clients: a random code that appears in everything pseudonymised, and an optional name that
never leaves the encrypted database unless an identified export asks for it. What was agreed with
a client and what is known to overlap (the standing record) is in standing_record.py."""

from __future__ import annotations

import re
import secrets

from peewee import SQL, CharField, DateField, DateTimeField, TextField
from playhouse.fields import EnumField

from models import clock
from models.i18n import translate
from models.log.enums import ClientStatus
from models.store.audit import record_audit
from models.store.database import BaseModel, db

# No 0/O, 1/I/L: codes are read aloud in supervision and copied by hand.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$")
NAME_MAX_LENGTH = 200


class Client(BaseModel):
    code = CharField(unique=True)
    name = TextField(null=True)
    created_at = DateTimeField(default=clock.now)
    # The standing record (DESIGN §3): identifying, like the name.
    status = EnumField(ClientStatus, default=ClientStatus.ACTIVE, constraints=[SQL("DEFAULT 'active'")])
    ended_on = DateField(null=True)
    acknowledgement_agreed_on = DateField(null=True)
    acknowledgement_terms = TextField(null=True)
    contact_agreement = TextField(null=True)

    def __str__(self) -> str:
        return self.code


def random_code() -> str:
    """A code such as ``C-7K2F``: random, so it says nothing about the person."""
    return "C-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))


def new_client_code() -> str:
    """A random code not yet used in this database."""
    while True:
        code = random_code()
        if not Client.select().where(Client.code == code).exists():
            return code


def code_problem(code: object) -> str | None:
    """Why ``code`` cannot be a client code, or None if it can."""
    if not isinstance(code, str):
        return translate("Models", "must be text, not {kind}").format(kind=type(code).__name__)
    if not CODE_PATTERN.fullmatch(code):  # "$" of .match would let a final line break through
        return translate("Models", "{code} is not a valid code (1–20 letters, digits, '.', '_' or '-')").format(
            code=repr(code[:40])
        )
    return None


def _name_too_long() -> str:
    return translate("Models", "name: longer than {limit} characters").format(limit=NAME_MAX_LENGTH)


def create_client(code: str | None = None, name: str | None = None) -> Client:
    """Add a client; ``code`` defaults to a fresh random one. Raises ValueError on a bad or taken code."""
    code = code if code is not None else new_client_code()
    problem = code_problem(code)
    if problem:
        raise ValueError(translate("Models", "code: {problem}").format(problem=problem))
    if Client.select().where(Client.code == code).exists():
        raise ValueError(translate("Models", "code: {code} is already used by another client").format(code=repr(code)))
    name = (name or "").strip() or None
    if name is not None and len(name) > NAME_MAX_LENGTH:
        raise ValueError(_name_too_long())
    with db.atomic():
        record_audit("client.create", f"client:{code}", ["code"] + (["name"] if name else []))
        return Client.create(code=code, name=name)


def rename_client(client_id: int, name: str) -> str | None:
    """Set or clear (empty text) a client's name. Returns the stored name."""
    cleaned = name.strip() or None
    if cleaned is not None and len(cleaned) > NAME_MAX_LENGTH:
        raise ValueError(_name_too_long())
    with db.atomic():
        Client.update(name=cleaned).where(Client.id == client_id).execute()
        code = Client.get_by_id(client_id).code
        record_audit("client.edit", f"client:{code}", ["name"])
    return cleaned
