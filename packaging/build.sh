#!/usr/bin/env bash
# A single-folder build of Caselog with PyInstaller: dist/caselog/caselog runs without Python
# installed. Run from the repository root after `make test` has set up .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q "pyinstaller>=6.10"
# Migrations are read from disk by peewee's runner, and resources by importlib.resources:
# both are shipped as data next to the code.
.venv/bin/pyinstaller --noconfirm --clean --onedir --name caselog \
    --distpath dist --workpath build/pyinstaller --specpath build/pyinstaller \
    --add-data "$PWD/models/store/migrations:models/store/migrations" \
    --add-data "$PWD/resources:resources" \
    --hidden-import sqlcipher3 --collect-submodules playhouse \
    desktop/__main__.py
echo "Built dist/caselog/caselog"
