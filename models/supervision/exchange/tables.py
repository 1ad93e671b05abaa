"""What the database keeps of the exchange: its identity, its contacts, packets sent and received,
and the signed replies merged (DESIGN §11; tables made by migration 0013)."""

from __future__ import annotations

import datetime as dt
import json

from peewee import BlobField, BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from models import clock
from models.store.database import BaseModel
from models.supervision.exchange.identity import Profile, PublicKeys, Role


class ExchangeIdentity(BaseModel):
    """This database's keys (the secret never leaves the encrypted file) and how it presents itself."""

    id = IntegerField(primary_key=True)
    secret = BlobField()
    name = TextField(default="")
    role = CharField(default=Role.THERAPIST.value)
    credential = TextField(default="")
    licence = TextField(default="")
    created_at = DateTimeField(default=clock.now)

    @property
    def profile(self) -> Profile:
        return Profile(self.name, Role(self.role), self.credential, self.licence)


class ExchangeContact(BaseModel):
    """A supervisor or supervisee whose card was trusted after comparing fingerprints."""

    fingerprint = CharField(unique=True)
    name = TextField()
    role = CharField()
    credential = TextField(default="")
    licence = TextField(default="")
    signing_key = BlobField()
    encryption_key = BlobField()
    card_created_at = CharField()
    added_at = DateTimeField(default=clock.now)

    @property
    def keys(self) -> PublicKeys:
        return PublicKeys(bytes(self.signing_key), bytes(self.encryption_key))

    @property
    def profile(self) -> Profile:
        return Profile(self.name, Role(self.role), self.credential, self.licence)


class SentPacket(BaseModel):
    """A month this database sent, with what it needs to recognise the reply."""

    packet_id = CharField(unique=True)
    month = CharField(index=True)
    contact = ForeignKeyField(ExchangeContact, on_delete="RESTRICT")
    payload_sha256 = CharField()
    pdf_sha256 = CharField()
    month_digest = CharField()
    encounter_ids = TextField()
    signed = BlobField()
    created_at = DateTimeField(default=clock.now)

    @property
    def encounter_id_set(self) -> frozenset[str]:
        return frozenset(json.loads(self.encounter_ids))


class MergedReply(BaseModel):
    """A supervisor's signed reply, merged: kept so the sign-off can be verified again."""

    reply_id = CharField(unique=True)
    packet = ForeignKeyField(SentPacket, unique=True, on_delete="RESTRICT")
    contact = ForeignKeyField(ExchangeContact, on_delete="RESTRICT")
    month = CharField(index=True)
    signed = BlobField()
    signed_off = BooleanField()
    comments_only = BooleanField(default=False)
    merged_at = DateTimeField(default=clock.now)


class ReceivedPacket(BaseModel):
    """A supervisee's month in the supervisor's inbox, and the review being written for it."""

    packet_id = CharField(unique=True)
    contact = ForeignKeyField(ExchangeContact, on_delete="RESTRICT", index=False)  # (contact, month) serves
    month = CharField()
    sent_at = CharField()
    received_at = DateTimeField(default=clock.now)
    signed = BlobField()
    review = TextField(default="{}")
    reply_id = CharField(null=True, unique=True)
    replied_at = DateTimeField(null=True)
    reply_status = CharField(null=True)
    reply_signed = BlobField(null=True)

    class Meta:
        indexes = ((("contact", "month"), False),)

    @property
    def age(self) -> dt.timedelta:
        return clock.now() - self.received_at
