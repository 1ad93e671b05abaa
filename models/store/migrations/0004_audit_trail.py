"""The audit trail: what changed, when, to which record and which fields, never the content;
each entry carries the hash of the one before it, so an edited or removed entry shows."""

from peewee import CharField, DateTimeField, IntegerField, Model, TextField


def up(migrator, db):
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class AuditEntry(Base):
        at = DateTimeField()
        action = CharField()
        record = CharField(default="")
        fields = TextField(default="")
        previous_hash = CharField()
        hash = CharField()

    class AuditHead(Base):
        count = IntegerField()
        hash = CharField()

    db.create_tables([AuditEntry, AuditHead])
