"""Never lose or fake a result (#12): the command line as a subprocess on real files, tried as a
careful tester would: exports aimed at the database, full disks, flipped bytes, read-only files and
folders, a database from a newer Caselog, two writers at once, passphrases.

Some tests need what a normal account has on Linux: `unshare -U` (a process that is nobody, so
permission bits bind even when the tests run as root) and `unshare -Urm` (a private mount of a
64 KB tmpfs: a full disk)."""

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import threading
import time
import unicodedata
from pathlib import Path

import pytest

from models.store.database import create_database, open_database
from models.store.migrate import migrate
from tests.helpers import PASSPHRASE, encounter_fields
from tests.helpers import run_caselog as caselog
from tests.models.strategies import document, new_id

UNSHARE = shutil.which("unshare")


def can_unshare(*flags):
    if UNSHARE is None:
        return False
    return subprocess.run([UNSHARE, *flags, "true"], capture_output=True).returncode == 0


needs_user_namespace = pytest.mark.skipif(not can_unshare("-U"), reason="needs unshare -U (user namespaces)")
needs_mount_namespace = pytest.mark.skipif(not can_unshare("-Urm"), reason="needs unshare -Urm (mount namespaces)")


def caselog_as_nobody(*args, passphrase=PASSPHRASE):
    """The command line in a process that has no privilege over files: permission bits bind."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASELOG_PASSPHRASE": passphrase}
    command = [UNSHARE, "-U"] if os.geteuid() == 0 else []
    return subprocess.run(
        [*command, sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def caselog_on_full_disk(folder, *args):
    """The command line with ``folder`` a 64 KB tmpfs that is full already.
    Returns the result and what the folder held afterwards (but the filler), seen from inside."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASELOG_PASSPHRASE": PASSPHRASE}
    inner = (
        'mount -t tmpfs -o size=64k tmpfs "$1" && { head -c 65536 /dev/zero > "$1/filler"; true; }; '
        'folder="$1"; shift; "$@"; status=$?; echo "LEFT:$(ls -A "$folder" | grep -v "^filler$" | tr "\\n" " ")"; '
        "exit $status"
    )
    result = subprocess.run(
        [UNSHARE, "-Urm", "sh", "-c", inner, "sh", str(folder), sys.executable, "-m", "desktop", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    left = result.stdout.rsplit("LEFT:", 1)[-1].split()
    return result, left


def write_json(path, data):
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def notes(tmp_path):
    """A database with encounters in 2026-10, checkpointed (no -wal beside it)."""
    path = tmp_path / "notes.db"
    assert caselog("init", "--db", path).returncode == 0
    encounters = [encounter_fields(id=new_id(), occurred_on=f"2026-10-{day:02d}") for day in range(1, 11)]
    source = write_json(tmp_path / "in.json", document(encounters, clients=[{"code": "C-TEST", "name": "Alex"}]))
    assert caselog("import", source, "--db", path).returncode == 0
    source.unlink()
    return path


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


# ---------------------------------------------------------------- 1. where an export may go


@pytest.mark.parametrize("kind", ["json", "csv", "pdf"])
def test_an_export_never_replaces_the_database_or_its_companions(notes, kind):
    before = digest(notes)
    month = ["--month", "2026-10"] if kind == "pdf" else []
    for target in (notes, f"{notes}-wal", f"{notes}-shm", f"{notes}-journal"):
        for force in ([], ["--force"]):
            result = caselog("export", kind, *month, "-o", target, *force, "--db", notes)
            assert result.returncode == 2, (target, result.stderr)
            assert "nothing was written" in result.stderr
    assert digest(notes) == before
    assert listing(notes.parent) == ["notes.db"]
    assert caselog("check", "--db", notes).returncode == 0


def test_an_export_refuses_the_database_by_another_name(notes, tmp_path):
    before = digest(notes)
    (tmp_path / "link.json").symlink_to(notes)
    os.link(notes, tmp_path / "hard.json")
    other_spelling = tmp_path / "sub" / ".." / "notes.db"
    (tmp_path / "sub").mkdir()
    for target in (tmp_path / "link.json", tmp_path / "hard.json", other_spelling):
        for force in ([], ["--force"]):
            result = caselog("export", "json", "-o", target, *force, "--db", notes)
            assert result.returncode == 2, (target, force, result.stderr)
    assert digest(notes) == before and (tmp_path / "link.json").is_symlink()


def test_an_export_refuses_a_folder_a_fifo_and_a_device(notes, tmp_path):
    os.mkfifo(tmp_path / "pipe")
    targets = [tmp_path, tmp_path / "pipe"]
    device = tmp_path / "null"
    try:  # a device node of our own, as /dev/null is (making one needs root)
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append(device)
    except PermissionError:
        device = None
    for target in targets:
        for force in ([], ["--force"]):
            result = caselog("export", "json", "-o", target, *force, "--db", notes)
            assert result.returncode == 2, (target, force, result.stderr)
            assert "nothing was written" in result.stderr
    assert stat.S_ISFIFO((tmp_path / "pipe").stat().st_mode)
    if device is not None:
        assert stat.S_ISCHR(device.stat().st_mode)


def test_an_existing_file_is_replaced_only_with_force_and_only_by_its_kind(notes, tmp_path):
    target = tmp_path / "out.json"
    target.write_text('{"older": "export"}')
    refused = caselog("export", "json", "-o", target, "--db", notes)
    assert refused.returncode == 2 and "already exists" in refused.stderr and "--force" in refused.stderr
    assert target.read_text() == '{"older": "export"}'
    replaced = caselog("export", "json", "-o", target, "--force", "--db", notes)
    assert replaced.returncode == 0, replaced.stderr
    assert '"format": "caselog"' in target.read_text() and oct(target.stat().st_mode & 0o777) == "0o600"

    backup = tmp_path / "copy.db"
    assert caselog("backup", "-o", backup, "--db", notes).returncode == 0
    before = digest(backup)
    for kind in ("json", "csv"):
        result = caselog("export", kind, "-o", backup, "--force", "--db", notes)
        assert result.returncode == 2 and "is not a" in result.stderr
    assert digest(backup) == before
    assert not [name for name in listing(tmp_path) if name.startswith(".caselog-")]


# ---------------------------------------------------------------- 2. a full disk


@needs_mount_namespace
@pytest.mark.parametrize("kind", ["json", "csv", "pdf", "backup"])
def test_a_full_disk_fails_with_its_reason_and_leaves_no_file(notes, tmp_path, kind):
    disk = tmp_path / "disk"
    disk.mkdir()
    target = disk / f"out.{kind}"
    if kind == "backup":
        result, left = caselog_on_full_disk(disk, "backup", "-o", target, "--db", notes)
    else:
        month = ["--month", "2026-10"] if kind == "pdf" else []
        result, left = caselog_on_full_disk(disk, "export", kind, *month, "--identified", "-o", target, "--db", notes)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the disk is full" in result.stderr and "Wrote" not in result.stdout
    assert left == []  # neither the file nor a temporary one
    assert caselog("check", "--db", notes).returncode == 0


# ---------------------------------------------------------------- 3. damage and read-only


def root_page(path, table):
    database = open_database(path, PASSPHRASE)
    try:
        return database.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        database.close()


def flip_a_byte(path, page):
    with open(path, "r+b") as stream:
        stream.seek((page - 1) * 4096 + 2000)
        byte = stream.read(1)
        stream.seek((page - 1) * 4096 + 2000)
        stream.write(bytes([byte[0] ^ 0x5A]))


@pytest.mark.parametrize("table", ["schema_migration", "audit_entry", "audit_head", "encounter", "client"])
def test_damage_is_exit_3_and_the_damaged_file_is_left_untouched(notes, tmp_path, table):
    flip_a_byte(notes, root_page(notes, table))
    before = digest(notes)
    commands = [
        ["check"],
        ["export", "json", "-o", tmp_path / "out.json"],
        ["export", "csv", "-o", tmp_path / "out.csv"],
        ["export", "pdf", "--month", "2026-10", "-o", tmp_path / "out.pdf"],
        ["backup", "-o", tmp_path / "copy.db"],
        ["import", write_json(tmp_path / "in.json", document([encounter_fields(id=new_id())]))],
    ]
    for command in commands:
        result = caselog(*command, "--db", notes)
        assert result.returncode == 3, (command, result.stdout, result.stderr)
        assert "damaged" in (result.stdout + result.stderr).lower() and "unexpected" not in result.stderr
        assert digest(notes) == before, command
    assert listing(tmp_path) == ["in.json", "notes.db"]


@needs_user_namespace
def test_a_read_only_database_or_folder_is_said_to_be_read_only(notes, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    inside = folder / "notes.db"
    shutil.copy(notes, inside)
    notes.chmod(0o400)
    folder.chmod(0o500)
    try:
        for database in (notes, inside):
            before = digest(database)
            checked = caselog_as_nobody("check", "--db", database)
            assert checked.returncode == 0 and "Integrity: ok" in checked.stdout, checked.stdout + checked.stderr
            summary = caselog_as_nobody("summary", "--month", "2026-10", "--db", database)
            assert summary.returncode == 0, summary.stderr
            for command in (["export", "json", "-o", tmp_path / "out.json"], ["backup", "-o", tmp_path / "b.db"]):
                result = caselog_as_nobody(*command, "--db", database)
                assert result.returncode == 3, result.stderr
                assert "read-only" in result.stderr and "damaged" not in result.stderr
            assert digest(database) == before
        assert not (tmp_path / "out.json").exists() and not (tmp_path / "b.db").exists()
    finally:
        folder.chmod(0o700)
        notes.chmod(0o600)


def test_check_never_changes_the_file_it_checks(notes, tmp_path):
    # A copy taken while Caselog was writing (as a crash leaves it): changes wait in the -wal.
    writer = open_database(notes, PASSPHRASE)
    writer.execute_sql("PRAGMA wal_autocheckpoint = 0")
    writer.execute_sql("UPDATE client SET name = 'Changed while writing'")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(f"{notes}{suffix}", crashed / f"notes.db{suffix}")
    writer.close()
    copy = crashed / "notes.db"

    def state():
        return [digest(path) if path.exists() else None for path in (copy, Path(f"{copy}-wal"))]

    before = state()
    for _ in range(2):
        result = caselog("check", "--db", copy)
        assert result.returncode == 0, result.stdout + result.stderr
    assert state() == before  # the waiting changes are neither merged into the file nor dropped


# ---------------------------------------------------------------- 6. a newer Caselog's database


def test_a_database_from_a_newer_caselog_is_not_written(notes, tmp_path):
    database = open_database(notes, PASSPHRASE)
    database.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0042_from_the_future', '2027-01-01')")
    database.close()
    before = digest(notes)
    checked = caselog("check", "--db", notes)
    assert checked.returncode == 3 and "newer Caselog" in checked.stdout
    source = write_json(tmp_path / "in.json", document([encounter_fields(id=new_id())]))
    for command in (["import", source], ["export", "json", "-o", tmp_path / "out.json"]):
        result = caselog(*command, "--db", notes)
        assert result.returncode == 3 and "made by a newer Caselog; update Caselog to open it" in result.stderr
    assert digest(notes) == before and not (tmp_path / "out.json").exists()


# ---------------------------------------------------------------- 8. two writers


def test_a_second_writer_waits_then_says_another_caselog_is_writing(notes, tmp_path):
    source = write_json(tmp_path / "in.json", document([encounter_fields(id=new_id())]))
    holder = open_database(notes, PASSPHRASE)
    holder.execute_sql("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        result = caselog("import", source, "--db", notes)
        waited = time.monotonic() - started
    finally:
        holder.execute_sql("ROLLBACK")
    assert result.returncode == 1 and "Another Caselog is writing" in result.stderr, result.stderr
    assert waited >= 4  # it waited out the busy timeout first

    release = threading.Event()

    def hold_for_a_while():
        second = open_database(notes, PASSPHRASE)
        second.execute_sql("BEGIN IMMEDIATE")
        release.set()
        time.sleep(1.5)
        second.execute_sql("ROLLBACK")
        second.close()

    holder.close()
    thread = threading.Thread(target=hold_for_a_while)
    thread.start()
    release.wait()
    result = caselog("import", source, "--db", notes)
    thread.join()
    assert result.returncode == 0 and "Imported 1 encounter(s)" in result.stdout, result.stderr


# ---------------------------------------------------------------- 10. passphrases


@pytest.mark.parametrize("passphrase", ["a", " ", " " * 12, "x'" + "ab" * 32 + "'", "X'" + "0" * 96 + "'"])
def test_init_refuses_a_weak_passphrase_or_a_raw_key(tmp_path, passphrase):
    result = caselog("init", "--db", tmp_path / "x.db", passphrase=passphrase)
    assert result.returncode == 2, result.stderr
    assert not (tmp_path / "x.db").exists()


def test_a_passphrase_opens_in_either_unicode_form(tmp_path):
    composed = unicodedata.normalize("NFC", "café crème brûlée")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    path = tmp_path / "x.db"
    assert caselog("init", "--db", path, passphrase=composed).returncode == 0
    assert caselog("check", "--db", path, passphrase=decomposed).returncode == 0

    # A database keyed with the decomposed form before Caselog normalised passphrases: it opens
    # with either form, and its key becomes the composed form the first time it is opened for writing.
    older = tmp_path / "older.db"
    database = create_database(older, composed)
    database.rekey(decomposed)
    migrate(database)
    database.close()
    assert caselog("check", "--db", older, passphrase=composed).returncode == 0
    assert caselog("export", "json", "-o", tmp_path / "o.json", "--db", older, passphrase=composed).returncode == 0
    reopened = open_database(older, composed)
    assert reopened.form == composed
    reopened.close()


# ---------------------------------------------------------------- 9. hostile files


def with_addendum(changes):
    encounter = encounter_fields(id=new_id())
    addendum = {"encounter": encounter["id"], "month": "2026-10", "kind": "changed", "changes": changes,
                "reason": "a typo", "created_at": "2026-11-02T10:00:00"}  # fmt: skip
    return {**document([encounter]), "addenda": [addendum]}


HOSTILE = {
    "a number too large to be finite": (
        json.dumps(with_addendum({"duration_minutes": [None, 0]})).replace("[null, 0]", "[null, 1e400]"),
        "too large a number",
    ),
    "ten million characters in an addendum": (
        json.dumps(with_addendum({"what_was_said": ["said", "x" * 10_000_000]})),
        "addenda[0].changes.what_was_said[1]",
    ),
    "an addendum value nested 900 deep": (
        json.dumps(with_addendum({"response": ["said", "DEEP"]})).replace('"DEEP"', "[" * 900 + "]" * 900),
        "addenda[0].changes.response[1]",
    ),
    "the year 1": (json.dumps(document([encounter_fields(id=new_id(), occurred_on="0001-01-01")])), "occurred_on"),
    "a client code ending in a line break": (
        json.dumps(document([encounter_fields("ZQX-C9\n", id=new_id())], clients=[{"code": "ZQX-C9\n", "name": None}])),
        "clients[0].code",
    ),
    "created in 2999": (
        json.dumps(document([encounter_fields(id=new_id(), created_at="2999-01-01T00:00:00")])),
        "encounters[0].created_at",
    ),
    "a review's month as a list": (
        json.dumps(
            document(
                [],
                reviews=[
                    {
                        "month": ["2026-10"],
                        "supervisor": "",
                        "status": "open",
                        "signed_at": None,
                        "notes": "",
                        "comments": [],
                    }
                ],
            )
        ),  # fmt: skip
        "reviews[0].month",
    ),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_file_is_bad_input_naming_the_place(notes, tmp_path, case):
    text, place = HOSTILE[case]
    source = tmp_path / "hostile.json"
    source.write_text(text, encoding="utf-8")
    before = digest(notes)
    result = caselog("import", source, "--db", notes)
    assert result.returncode == 2, result.stdout + result.stderr
    assert place in result.stderr and "unexpected" not in result.stderr
    assert digest(notes) == before


def test_a_month_outside_the_calendar_is_bad_input(notes):
    for month in ("0001-01", "9999-12", "2026-10\n"):
        result = caselog("summary", "--month", month, "--db", notes)
        assert result.returncode == 2 and "--month" in result.stderr, (month, result.stderr)


def test_import_reads_only_a_regular_file_of_a_stated_size(notes, tmp_path):
    started = time.monotonic()
    endless = caselog("import", "/dev/zero", "--db", notes)
    assert endless.returncode == 2 and "not a regular file" in endless.stderr
    assert time.monotonic() - started < 30
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as stream:  # sparse: it takes no room on the disk
        stream.truncate(512 * 2**20 + 1)
    result = caselog("import", huge, "--db", notes)
    assert result.returncode == 2 and "larger than 512 MB" in result.stderr


# ---------------------------------------------------------------- 12. the data folder


def test_the_default_database_is_where_the_readme_says(tmp_path):
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    stated = re.search(r"`(~/\.local/share/\S+?caselog\.db)` on\s+Linux", readme).group(1)
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", CASELOG_PASSPHRASE=PASSPHRASE)
    result = subprocess.run([sys.executable, "-m", "desktop", "init"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (home / stated.removeprefix("~/")).is_file()
