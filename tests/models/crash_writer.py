"""Run as a separate process by test_crash_safety: write to the database until killed.

python -m tests.models.crash_writer DB PASSPHRASE import FILE.json
python -m tests.models.crash_writer DB PASSPHRASE save
"""

import sys
import time

from models.interchange.importing import import_json
from models.log.encounters import save_encounter
from models.opening import open_store
from tests.helpers import encounter_fields

path, passphrase, mode = sys.argv[1:4]
open_store(path, passphrase)
print("START", flush=True)
if mode == "import":
    started = time.perf_counter()
    import_json(sys.argv[4])
    print(f"DONE {time.perf_counter() - started:.3f}", flush=True)
else:
    while True:
        save_encounter(
            encounter_fields(categories=["public_acknowledgement", "confidentiality"], what_was_said="Saved " * 50)
        )
