"""Files Caselog writes outside its database (exports, PDFs, backups, packets, identity cards): one
writer for all of them, so that each keeps DESIGN §6's promise.

- An existing path is refused unless the caller passes ``force`` (``--force``, or a save dialog that
  asked); then the old file is replaced in one step, and only if it looks like a file of the same
  kind (a PDF over a PDF, JSON over JSON), so a forced export can never land on a database or backup.
- Never written over, even with ``force``: the open database and its -wal, -shm and -journal (by
  identity, so another spelling, a symbolic link or a hard link count), the companion file of any
  database, a folder, or anything that is not a regular file.
- The content goes to a temporary name in the destination's folder (owner-only from its first
  byte), is flushed to disk and checked, and only then gets its name. On any failure the temporary
  file is removed and the destination is as it was. Temporary files left by a process that died
  (kill -9, power cut) are removed the next time Caselog writes into that folder.

``OutputRefused`` is bad input (the command line exits 2); ``OutputFailed`` says in plain words why
a write failed ("the disk is full"; exit 1). Neither leaves a file behind.
"""

from __future__ import annotations

import errno
import os
import secrets
import socket
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from models.i18n import translate

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
TEMPORARY_PREFIX = ".caselog-"
TEMPORARY_SUFFIX = ".part"
# Which machine a temporary file belongs to: a process id only means something on its own machine.
_HOST = f"{zlib.crc32(socket.gethostname().encode()) & 0xFFFFFFFF:08x}"


class OutputRefused(ValueError):
    """The destination may not be written (it exists, or it is something Caselog never replaces).
    ``str(exc)`` names the path and the reason; nothing was written."""


class DestinationExists(OutputRefused, FileExistsError):
    """The destination exists and ``force`` was not given."""


class OutputFailed(OSError):
    """Writing failed part-way; ``str(exc)`` says why in plain words. No file was left behind."""


@dataclass(frozen=True)
class OutputKind:
    """What a file of one kind looks like, so that ``force`` replaces only a file of that kind, and a
    finished file can be checked before it gets its name."""

    name: str  # "PDF", "JSON", "CSV", "backup", for messages
    looks_like: Callable[[Path], bool]

    def __str__(self) -> str:
        return self.name


def _starts_with(*prefixes: bytes) -> Callable[[Path], bool]:
    def check(path: Path) -> bool:
        with open(path, "rb") as stream:
            head = stream.read(64).lstrip(b"\xef\xbb\xbf").lstrip()
        return head.startswith(prefixes)

    return check


def _is_text(path: Path) -> bool:
    with open(path, "rb") as stream:
        head = stream.read(65536)
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:  # a character cut at the end of the sample is still text
        return exc.start >= len(head) - 3
    return True


def _is_encrypted_database(path: Path) -> bool:
    size = path.stat().st_size
    with open(path, "rb") as stream:
        header = stream.read(16)
    return size > 0 and size % 4096 == 0 and header != b"SQLite format 3\x00"


PDF = OutputKind("PDF", _starts_with(b"%PDF-"))
BACKUP = OutputKind("backup", _is_encrypted_database)
JSON = OutputKind("JSON", _starts_with(b"{", b"["))
CSV = OutputKind("CSV", _is_text)


def plain_reason(exc: BaseException) -> str:
    """Why an operating-system or SQLite error stopped a write, in words a user can act on."""
    number = getattr(exc, "errno", None)
    text = str(exc).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text or "no space" in text:
        return translate("Models", "the disk is full")
    if number == errno.EFBIG or "too large" in text:
        return translate("Models", "the file would be larger than this disk or your limits allow")
    if number == errno.EROFS or "read-only file system" in text or "readonly" in text:
        return translate("Models", "the disk or folder is read-only")
    if number in (errno.EACCES, errno.EPERM) or "permission denied" in text:
        return translate("Models", "permission denied")
    if number == errno.EIO or "disk i/o error" in text:
        return translate("Models", "the disk reported an input/output error")
    if number == errno.ENOENT:
        return translate("Models", "the folder no longer exists")
    return getattr(exc, "strerror", None) or type(exc).__name__


def companions(path: str | os.PathLike[str]) -> list[Path]:
    """A database file's companions: its -wal, -shm and -journal."""
    return [Path(f"{path}{suffix}") for suffix in COMPANION_SUFFIXES]


def _open_database() -> list[str]:
    """The file of the database the models are bound to, if it is a file: always protected."""
    from models.store.database import db

    database = db.obj
    name = getattr(database, "database", None)
    if not name or not isinstance(name, str) or name == ":memory:":
        return []
    return [name]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_destination(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    kind: OutputKind | None = None,
    protect: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """The absolute path to write to, or ``OutputRefused`` saying why not. Nothing is written.

    ``protect`` lists files that must never be replaced (the open database: its companions are
    protected with it). Call it before slow work so that a refusal comes at once; ``SafeOutput``
    calls it again just before it writes.
    """
    given = Path(path)
    target = Path(os.path.abspath(given))
    if target.is_symlink() or target.exists():
        target = Path(os.path.realpath(target))  # a link is followed: its target is what would change
    if not target.parent.is_dir():
        raise OutputRefused(translate("Models", "the folder {folder} does not exist").format(folder=given.parent))
    for protected in [*protect, *_open_database()]:
        protected = Path(os.path.abspath(protected))
        for guarded in (protected, *companions(protected)):
            if _same_file(target, guarded) or target == Path(os.path.realpath(guarded)):
                raise OutputRefused(
                    translate("Models", "{path} is the open Caselog database (or one of its files)").format(path=given)
                )
    for suffix in COMPANION_SUFFIXES:
        if target.name.endswith(suffix) and target.with_name(target.name[: -len(suffix)]).exists():
            raise OutputRefused(
                translate("Models", "{path} belongs to the database beside it; choose another name").format(path=given)
            )
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(status.st_mode):
        raise OutputRefused(translate("Models", "{path} is a folder; give a file name").format(path=given))
    if not stat.S_ISREG(status.st_mode):
        raise OutputRefused(
            translate("Models", "{path} is not a regular file; Caselog writes only regular files").format(path=given)
        )
    if not force:
        raise DestinationExists(
            translate("Models", "{path} already exists; Caselog will not replace it").format(path=given)
        )
    if kind is not None:
        try:
            same_kind = kind.looks_like(target)
        except OSError:
            same_kind = False
        if not same_kind:
            raise OutputRefused(
                translate("Models", "{path} exists and is not a {kind} file; Caselog will not replace it").format(
                    path=given, kind=kind
                )
            )
    return target


class SafeOutput:
    """A file written whole or not at all, under the rules of ``check_destination``.

        with SafeOutput(path, force=force, kind=JSON, protect=[database_path]) as output:
            write_text(output.temporary, text)
            with db.atomic():           # optional: make an audit entry and the file appear together
                record_audit(...)
                output.place()

    ``temporary`` is an empty owner-only file in the destination's folder. Leaving the block
    without an error puts the file in place (if ``place()`` was not called yet); an error, even
    after ``place()``, removes the new file and puts back the one it replaced. ``check`` (for
    example a PDF's trailer) runs on the finished temporary file before it gets its name.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        force: bool = False,
        kind: OutputKind | None = None,
        protect: Iterable[str | os.PathLike[str]] = (),
        check: Callable[[Path], None] | None = None,
    ):
        self.requested = Path(path)
        self.force, self.kind, self.protect, self.check = force, kind, list(protect), check
        self.path = check_destination(path, force=force, kind=kind, protect=self.protect)
        self.temporary = temporary_path(self.path.parent)
        self._aside: Path | None = None  # a hard link to the file being replaced, until the end
        self.placed = False

    def __enter__(self) -> SafeOutput:
        remove_leftovers(self.path.parent)
        try:
            os.close(os.open(self.temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise OutputFailed(self._failure(exc)) from None
        return self

    def place(self) -> None:
        """Flush the temporary file to disk, check it, and give it its name (atomically)."""
        try:
            _flush_to_disk(self.temporary)
            if self.check is not None:
                self.check(self.temporary)
            os.chmod(self.temporary, 0o600)
            self.path = check_destination(self.requested, force=self.force, kind=self.kind, protect=self.protect)
            if self.path.exists():
                self._aside = self.temporary.with_name(self.temporary.name + ".replaced")
                try:
                    os.link(self.path, self._aside)  # the old file stays reachable until the end
                except OSError:
                    os.replace(self.path, self._aside)  # a file system without hard links
                os.replace(self.temporary, self.path)
            else:
                # link() fails if the name appeared meanwhile: never replace a file nobody agreed to replace.
                try:
                    os.link(self.temporary, self.path)
                except FileExistsError:
                    raise OutputRefused(
                        translate("Models", "{path} appeared while Caselog was writing; it was left as it is").format(
                            path=self.requested
                        )
                    ) from None
                except OSError as exc:
                    if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                        raise
                    os.rename(self.temporary, self.path)  # a file system without hard links
                self.temporary.unlink(missing_ok=True)
            _sync_folder(self.path.parent)
            self.placed = True
        except OSError as exc:
            if isinstance(exc, OutputFailed):
                raise
            raise OutputFailed(self._failure(exc)) from None

    def __exit__(self, kind, error, traceback) -> None:
        if error is None:
            try:
                if not self.placed:
                    self.place()
            except BaseException:
                self._undo()
                raise
            if self._aside is not None:
                self._aside.unlink(missing_ok=True)
            return
        self._undo()
        if isinstance(error, OSError) and not isinstance(error, (OutputFailed, OutputRefused)):
            raise OutputFailed(self._failure(error)) from None

    def _undo(self) -> None:
        if self.placed:
            if self._aside is not None:
                os.replace(self._aside, self.path)  # the replaced file comes back
            else:
                self.path.unlink(missing_ok=True)
            self.placed = False
        for leftover in (self.temporary, *companions(self.temporary)):
            leftover.unlink(missing_ok=True)
        if self._aside is not None:
            self._aside.unlink(missing_ok=True)

    def _failure(self, exc: BaseException) -> str:
        return translate("Models", "{path} was not written: {reason}").format(
            path=self.requested, reason=plain_reason(exc)
        )


def _flush_to_disk(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make the new name itself durable (a power cut right after a rename can otherwise lose it)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not every platform opens folders
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def temporary_path(folder: Path) -> Path:
    """A fresh temporary name in ``folder`` that ``remove_leftovers`` recognises once this process is gone."""
    return folder / f"{TEMPORARY_PREFIX}{_HOST}-{os.getpid()}-{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files of Caselog processes on this machine that are no longer running.
    Returns what was removed."""
    removed = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith(f"{TEMPORARY_PREFIX}{_HOST}-")]
    except OSError:
        return removed
    for name in names:
        try:
            pid = int(name[len(TEMPORARY_PREFIX) + len(_HOST) + 1 :].split("-", 1)[0])
        except ValueError:
            continue
        if pid == os.getpid() or _running(pid):
            continue
        try:
            (folder / name).unlink()
            removed.append(folder / name)
        except OSError:
            pass
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_text_file(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` (a ``SafeOutput.temporary``); every write and the final
    flush are checked (an error raises)."""
    with open(path, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)


@contextmanager
def private_output(
    path: str | os.PathLike[str],
    *,
    force: bool = False,
    kind: OutputKind | None = None,
    protect: Iterable[str | os.PathLike[str]] = (),
    check: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """``SafeOutput`` as a plain context manager yielding the temporary path."""
    with SafeOutput(path, force=force, kind=kind, protect=protect, check=check) as output:
        yield output.temporary


def write_private_file(
    path: str | os.PathLike[str],
    text: str,
    *,
    force: bool = False,
    kind: OutputKind | None = None,
    protect: Iterable[str | os.PathLike[str]] = (),
    record: Callable[[], None] | None = None,
) -> Path:
    """Write ``text`` to ``path`` with owner-only permissions, whole or not at all (``SafeOutput``).
    ``record`` (an audit entry) is written in the transaction that gives the file its name: the
    file is there exactly when the entry is."""
    with SafeOutput(path, force=force, kind=kind, protect=protect) as output:
        write_text_file(output.temporary, text)
        if record is not None:
            from models.store.database import db

            with db.atomic():
                record()
                output.place()
    return output.path


def write_private_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    force: bool = False,
    kind: OutputKind | None = None,
    protect: Iterable[str | os.PathLike[str]] = (),
    record: Callable[[], None] | None = None,
) -> Path:
    """``write_private_file`` for bytes (packets, replies, identity cards, a kept PDF)."""
    with SafeOutput(path, force=force, kind=kind, protect=protect) as output:
        with open(output.temporary, "wb") as stream:
            stream.write(data)
        if record is not None:
            from models.store.database import db

            with db.atomic():
                record()
                output.place()
    return output.path
