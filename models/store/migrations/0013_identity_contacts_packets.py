"""Supervision packets (DESIGN §11): this database's identity (its secret keys stay here, inside the
encrypted file), the contacts it trusts, the packets it sent and received, and the signed replies
it merged (kept so that a sign-off can be verified again at any time)."""

import datetime

from peewee import BlobField, BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class ExchangeIdentity(Base):
        id = IntegerField(primary_key=True)  # always 1: one identity per database
        secret = BlobField()
        name = TextField(default="")
        role = CharField(default="therapist")
        credential = TextField(default="")
        licence = TextField(default="")
        created_at = DateTimeField(default=datetime.datetime.now)

    class ExchangeContact(Base):
        fingerprint = CharField(unique=True)
        name = TextField()
        role = CharField()
        credential = TextField(default="")
        licence = TextField(default="")
        signing_key = BlobField()
        encryption_key = BlobField()
        card_created_at = CharField()
        added_at = DateTimeField(default=datetime.datetime.now)

    class SentPacket(Base):
        packet_id = CharField(unique=True)
        month = CharField(index=True)
        contact = ForeignKeyField(ExchangeContact, on_delete="RESTRICT")
        payload_sha256 = CharField()
        pdf_sha256 = CharField()
        month_digest = CharField()
        encounter_ids = TextField()  # JSON list
        signed = BlobField()
        created_at = DateTimeField(default=datetime.datetime.now)

    class MergedReply(Base):
        reply_id = CharField(unique=True)
        packet = ForeignKeyField(SentPacket, unique=True, on_delete="RESTRICT")
        contact = ForeignKeyField(ExchangeContact, on_delete="RESTRICT")
        month = CharField(index=True)
        signed = BlobField()
        signed_off = BooleanField()
        comments_only = BooleanField(default=False)
        merged_at = DateTimeField(default=datetime.datetime.now)

    class ReceivedPacket(Base):
        packet_id = CharField(unique=True)
        contact = ForeignKeyField(ExchangeContact, on_delete="RESTRICT", index=False)  # (contact, month) serves
        month = CharField()
        sent_at = CharField()  # the packet's created_at, UTC
        received_at = DateTimeField(default=datetime.datetime.now)
        signed = BlobField()
        review = TextField(default="{}")  # the supervisor's review in progress (REVIEW.json shape)
        reply_id = CharField(null=True, unique=True)
        replied_at = DateTimeField(null=True)
        reply_status = CharField(null=True)
        reply_signed = BlobField(null=True)  # to save the reply again if its file is lost

        class Meta:
            indexes = ((("contact", "month"), False),)

    db.create_tables([ExchangeIdentity, ExchangeContact, SentPacket, MergedReply, ReceivedPacket])
