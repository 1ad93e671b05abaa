"""Security: unlocking, locking when idle, passphrase change, backups and restore, the audit view, process hardening."""
