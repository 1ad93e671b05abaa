"""A client's standing record (DESIGN §3): status and end of therapy, the acknowledgement and
contact agreements, standing overlaps with their plan and review date, and keep-out words that
pseudonymised output never shows."""

from peewee import SQL, CharField, DateField, ForeignKeyField, IntegerField, Model, TextField


def up(migrator, db):
    migrator.migrate(
        # A default in the schema too, so that a row inserted by plain SQL is an active client.
        migrator.add_column("client", "status", CharField(default="active", constraints=[SQL("DEFAULT 'active'")])),
        migrator.add_column("client", "ended_on", DateField(null=True)),
        migrator.add_column("client", "acknowledgement_agreed_on", DateField(null=True)),
        migrator.add_column("client", "acknowledgement_terms", TextField(null=True)),
        migrator.add_column("client", "contact_agreement", TextField(null=True)),
    )

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Client(Base):
        code = CharField(unique=True)

    class StandingOverlap(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        kind = CharField()
        description = TextField()
        plan = TextField(default="")
        review_on = DateField(null=True)
        position = IntegerField(default=0)

    class KeepOutWord(Base):
        client = ForeignKeyField(Client, on_delete="CASCADE")
        word = TextField()
        position = IntegerField(default=0)

    db.create_tables([StandingOverlap, KeepOutWord])
