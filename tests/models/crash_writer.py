"""Run as a separate process by test_crash_safety: write to the database until killed.

python -m tests.models.crash_writer DB PASSPHRASE import FILE.json
python -m tests.models.crash_writer DB PASSPHRASE save
python -m tests.models.crash_writer DB PASSPHRASE backup FOLDER   (copy-0.db, copy-1.db, ... until killed)
"""

import sys
import time

from models.interchange.importing import import_json
from models.log.encounters import save_encounter
from models.opening import open_store
from models.store.audit import seal_key
from tests.helpers import encounter_fields

path, passphrase, mode = sys.argv[1:4]
open_store(path, passphrase)
seal_key()  # the audit seal's key, derived once (the app does it in the background after unlocking)
print("START", flush=True)
if mode == "import":
    started = time.perf_counter()
    import_json(sys.argv[4])
    print(f"DONE {time.perf_counter() - started:.3f}", flush=True)
elif mode == "backup":
    from pathlib import Path

    from models.store.backup import make_backup
    from models.store.database import db

    for number in range(10_000):
        make_backup(db.obj, Path(sys.argv[4]) / f"copy-{number}.db")
else:
    while True:
        save_encounter(
            encounter_fields(categories=["public_acknowledgement", "confidentiality"], what_was_said="Saved " * 50)
        )
