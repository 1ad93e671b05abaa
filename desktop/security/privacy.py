"""Process-level privacy: no core dumps (they would hold decrypted notes and the passphrase), and
files created owner-only."""

from __future__ import annotations

import os


def harden_process() -> None:
    """Disable core dumps and make new files owner-only for the rest of the process."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on every platform; nothing else to do there
        pass
    os.umask(0o077)
