"""The one writer of files outside the database (DESIGN §6): never over what it must not replace,
whole or not at all, with its audit entry or not at all, and no leftovers from a dead process."""

import errno
import json
import os
import subprocess
import sys

import pytest

from models.interchange import exporting
from models.interchange.csv_export import export_csv
from models.interchange.exporting import export_json
from models.store import private_files
from models.store.audit import AuditEntry
from models.store.backup import make_backup
from models.store.private_files import (
    BACKUP,
    CSV,
    JSON,
    PDF,
    DestinationExists,
    OutputFailed,
    OutputRefused,
    SafeOutput,
    check_destination,
    remove_leftovers,
    write_private_file,
)


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_an_existing_path_is_refused_unless_forced_and_then_only_by_its_kind(tmp_path):
    target = tmp_path / "out.json"
    target.write_text('{"old": 1}')
    with pytest.raises(DestinationExists):
        write_private_file(target, '{"new": 2}', kind=JSON)
    assert target.read_text() == '{"old": 1}'
    write_private_file(target, '{"new": 2}', kind=JSON, force=True)
    assert target.read_text() == '{"new": 2}' and oct(target.stat().st_mode & 0o777) == "0o600"
    with pytest.raises(OutputRefused, match="is not a PDF file"):
        check_destination(target, force=True, kind=PDF)
    assert names(tmp_path) == ["out.json"]


def test_the_open_database_is_never_replaced_whatever_its_name(store, db_path, tmp_path):
    (tmp_path / "link.csv").symlink_to(db_path)
    os.link(db_path, tmp_path / "hard.csv")
    spellings = [db_path, tmp_path / "." / db_path.name, tmp_path / "link.csv", tmp_path / "hard.csv"]
    for target in [*spellings, f"{db_path}-wal", f"{db_path}-shm", f"{db_path}-journal"]:
        for kind in (None, JSON, CSV, PDF, BACKUP):
            with pytest.raises(OutputRefused):
                check_destination(target, force=True, kind=kind)


def test_a_companion_of_any_database_a_folder_and_a_fifo_are_refused(tmp_path):
    (tmp_path / "other.db").write_bytes(b"\0" * 4096)
    os.mkfifo(tmp_path / "pipe")
    for target in (tmp_path / "other.db-wal", tmp_path / "other.db-journal", tmp_path, tmp_path / "pipe"):
        with pytest.raises(OutputRefused):
            check_destination(target, force=True)


def test_a_failure_while_writing_leaves_no_file_and_the_old_one_as_it_was(tmp_path):
    target = tmp_path / "out.json"
    with pytest.raises(RuntimeError), SafeOutput(target, kind=JSON) as output:
        output.temporary.write_text("{")
        raise RuntimeError("the export broke")
    assert names(tmp_path) == []

    target.write_text('{"old": 1}')
    with pytest.raises(RuntimeError), SafeOutput(target, force=True, kind=JSON) as output:
        output.temporary.write_text('{"new": 2}')
        output.place()
        assert target.read_text() == '{"new": 2}'
        raise RuntimeError("the audit entry's commit failed after the file got its name")
    assert target.read_text() == '{"old": 1}' and names(tmp_path) == ["out.json"]


def test_an_operating_system_error_is_said_in_plain_words(tmp_path, monkeypatch):
    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(private_files, "_flush_to_disk", full)
    with pytest.raises(OutputFailed, match="out.json was not written: the disk is full"):
        write_private_file(tmp_path / "out.json", "{}", kind=JSON)
    assert names(tmp_path) == []


@pytest.mark.parametrize("export", [export_json, export_csv])
def test_an_export_whose_audit_entry_fails_leaves_no_file(client, tmp_path, monkeypatch, export):
    before = AuditEntry.select().count()

    def refused(*args, **kwargs):
        raise OSError(errno.EROFS, "attempt to write a readonly database")

    module = exporting if export is export_json else sys.modules[export_csv.__module__]
    monkeypatch.setattr(module, "record_audit", refused)
    with pytest.raises(OSError):
        export(tmp_path / "out.file")
    assert [name for name in names(tmp_path) if not name.startswith("caselog.db")] == []
    assert AuditEntry.select().count() == before


def test_a_backup_whose_audit_entry_fails_leaves_no_file(store, client, tmp_path, monkeypatch):
    from models.store import backup

    def refused(*args, **kwargs):
        raise OSError(errno.EROFS, "attempt to write a readonly database")

    monkeypatch.setattr(backup, "record_audit", refused)
    folder = tmp_path / "copies"
    folder.mkdir()
    with pytest.raises(OSError):
        make_backup(store, folder / "copy.db")
    assert names(folder) == []


def test_an_export_appears_with_its_audit_entry(client, tmp_path):
    before = AuditEntry.select().count()
    export_json(tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text())["format"] == "caselog"
    assert AuditEntry.select().count() == before + 1


def test_temporary_files_of_a_dead_process_are_removed_and_a_live_ones_kept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    host = private_files._HOST
    (tmp_path / f".caselog-{host}-{dead.stdout.strip()}-0badcafe.part").write_bytes(b"half a backup")
    (tmp_path / f".caselog-{host}-{dead.stdout.strip()}-0badcafe.part-journal").write_bytes(b"j")
    (tmp_path / f".caselog-{host}-{os.getpid()}-1234abcd.part").write_bytes(b"being written")
    (tmp_path / f".caselog-00000000-{dead.stdout.strip()}-0badcafe.part").write_bytes(b"another machine's")
    remove_leftovers(tmp_path)
    assert names(tmp_path) == [
        f".caselog-00000000-{dead.stdout.strip()}-0badcafe.part",
        f".caselog-{host}-{os.getpid()}-1234abcd.part",
    ]
