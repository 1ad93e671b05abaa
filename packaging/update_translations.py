"""Update the translation catalogue and compile it: ``python packaging/update_translations.py``
(``make translations``).

pyside6-lupdate reads every ``tr()``/``translate()`` call in desktop/ and models/, and the
built-in categories of resources/taxonomy.json (written out as marked sentences first), into
resources/translations/caselog_<language>.ts, keeping the translations already made; a
translator edits that file (Qt Linguist opens it), then pyside6-lrelease compiles it into the
.qm file the app loads. Both files are committed; a test checks they are up to date.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de",)
BIN = Path(sys.executable).parent


def taxonomy_sentences(folder: Path) -> Path:
    """The built-in categories' labels and descriptions as marked sentences lupdate can read."""
    data = json.loads((ROOT / "resources" / "taxonomy.json").read_text(encoding="utf-8"))
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps('Taxonomy')}, {json.dumps(text, ensure_ascii=False)})"
        for category in data["categories"]
        for text in (category["label"], category["description"])
    ]
    path = folder / "taxonomy_sentences.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sources(folder: Path) -> list[str]:
    files = sorted((ROOT / "desktop").rglob("*.py")) + sorted((ROOT / "models").rglob("*.py"))
    return [str(path) for path in files] + [str(taxonomy_sentences(folder))]


def update(ts: Path, folder: Path) -> None:
    """Bring ``ts`` in step with the sources (new sentences unfinished, gone ones dropped)."""
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(folder), "-locations", "none", "-no-obsolete",
                    "-ts", str(ts)], check=True, capture_output=True)  # fmt: skip


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            ts = TRANSLATIONS / f"caselog_{language}.ts"
            update(ts, Path(scratch))
            compile_catalogue(ts, ts.with_suffix(".qm"))
            print(f"{ts.relative_to(ROOT)} and its .qm are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
