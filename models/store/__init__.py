"""The encrypted store: the database, migrations, backups, the audit trail, drafts and private files."""
