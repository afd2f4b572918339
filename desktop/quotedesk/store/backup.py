"""Copies of the database: on request, before each schema upgrade, and back into place.

A copy is taken with SQLite's online backup API in a single step: it reads one
consistent snapshot while other connections go on writing (WAL), which a file copy of
a live database cannot promise. The copy is written to a temporary file beside its
destination, checked with `PRAGMA integrity_check` and only then renamed into place,
so a backup file that exists is a whole, sound database.

Automatic copies (before a schema upgrade) go to a `backups` folder next to the
database, named `<name>-v<old version>-<time>.db`; the newest few are kept. A manual
backup into that folder is found too when a damaged database asks for the last one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from quotedesk.store.errors import StoreError

BACKUP_DIR = "backups"
AUTO_KEEP = 5
STAMP = "%Y%m%d-%H%M%S"
# SQLITE_CORRUPT and SQLITE_NOTADB (primary codes): the file, not the request, is at fault
DAMAGE_CODES = (11, 26)


class BackupError(StoreError):
    """A backup or restore that could not be done; nothing was replaced."""


class DamagedDatabase(StoreError):
    """The database file is damaged; `last_backup` is the newest copy there is, if any."""

    def __init__(self, path: Path, reason: str, last_backup: Path | None) -> None:
        self.path = path
        self.reason = reason
        self.last_backup = last_backup
        if last_backup is not None:
            offer = (f"The last backup is {last_backup} ({_when(last_backup)}); restore it with "
                     f"`quotedesk restore {_quoted(last_backup)} --db {_quoted(path)}`, or open it with File → Open.")
        else:
            offer = (f"There is no backup of it in {backups_folder(path)}. Quotedesk has not changed the file; "
                     "move it aside to start a new library.")
        super().__init__(f"{path} is damaged or not a Quotedesk database ({reason}). {offer}")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    schema_version: int

    def line(self) -> str:
        return f"{self.path}  {_size(self.size)}  schema version {self.schema_version}"


def is_damage(ex: sqlite3.DatabaseError) -> bool:
    return (getattr(ex, "sqlite_errorcode", 0) & 0xFF) in DAMAGE_CODES


def damaged(path: Path, reason: object) -> DamagedDatabase:
    return DamagedDatabase(path, str(reason), last_backup(path))


def backups_folder(db_path: str | os.PathLike[str]) -> Path:
    return Path(db_path).expanduser().absolute().parent / BACKUP_DIR


def backups(db_path: str | os.PathLike[str]) -> list[Path]:
    """This database's copies in its backups folder, oldest first."""
    folder = backups_folder(db_path)
    stem = Path(db_path).stem
    pattern = re.compile(re.escape(stem) + r"-(v\d+-)?\d{8}-\d{6}(-\d+)?\.db")
    try:
        found = [p for p in folder.iterdir() if pattern.fullmatch(p.name) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def last_backup(db_path: str | os.PathLike[str]) -> Path | None:
    found = backups(db_path)
    return found[-1] if found else None


def backup_file(db_path: str | os.PathLike[str], dest: str | os.PathLike[str]) -> BackupInfo:
    """`quotedesk backup`: copy the database as it is (no upgrade) to `dest`, a file or a folder."""
    source = Path(db_path).expanduser()
    if not source.is_file():
        raise BackupError(f"there is no database at {source}")
    try:
        con = sqlite3.connect(source.absolute().as_uri() + "?mode=rw", uri=True, timeout=5)
    except sqlite3.Error as ex:
        raise BackupError(f"cannot open the database {source}: {ex}") from ex
    try:
        return backup_connection(con, dest, live=source)
    finally:
        con.close()


def automatic_backup(con: sqlite3.Connection, db_path: Path, version: int) -> BackupInfo:
    """The copy taken before upgrading from schema `version`; the oldest beyond AUTO_KEEP go."""
    folder = backups_folder(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as ex:
        raise BackupError(f"cannot create the backups folder {folder}: {ex.strerror or ex}") from ex
    info = backup_connection(con, _free_name(folder, f"{db_path.stem}-v{version}"), live=db_path)
    automatic = re.compile(re.escape(db_path.stem) + r"-v\d+-\d{8}-\d{6}(-\d+)?\.db")
    for old in [p for p in backups(db_path) if automatic.fullmatch(p.name)][:-AUTO_KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()
    return info


def backup_connection(con: sqlite3.Connection, dest: str | os.PathLike[str], *,
                      live: str | os.PathLike[str] | None) -> BackupInfo:
    """Copy what `con` (on the database file `live`) sees to `dest` (a folder: a timestamped
    file in it), verified, then renamed into place."""
    live = Path(live).expanduser() if live is not None else None
    target = Path(dest).expanduser()
    if target.is_dir():
        target = _free_name(target, live.stem if live is not None else "quotedesk")
    if live is not None and _same_file(target, live):
        raise BackupError(f"{target} is the database itself; back it up to another file")
    folder = target.absolute().parent
    if not folder.is_dir():
        raise BackupError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as ex:
        raise BackupError(f"cannot write a backup in {folder}: {ex.strerror or ex}") from ex
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        version = _copy(con, tmp, live, str(live or "the database"))
        _fsync(tmp)
        os.replace(tmp, target)
    except OSError as ex:
        raise BackupError(f"cannot write the backup {target}: {ex.strerror or ex}") from ex
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return BackupInfo(target, target.stat().st_size, version)


def _copy(con: sqlite3.Connection, tmp: Path, live: Path | None, what: str) -> int:
    """One backup step over the whole file, then the copy's own check; its schema version.

    With `live` (the database being backed up) a damaged source says so and offers the last
    backup; otherwise (a backup being restored) the source is named as `what`."""
    copy = sqlite3.connect(tmp)
    try:
        con.backup(copy)
        # a self-contained file: no -wal beside it to lose when it is moved or mailed
        copy.execute("PRAGMA journal_mode = DELETE")
        problems = _check(copy)
        version = copy.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as ex:
        if is_damage(ex) and live is not None:
            raise damaged(live, ex) from ex
        raise BackupError(f"cannot copy {what}: {ex}") from ex
    finally:
        copy.close()
    if problems and live is not None:
        raise damaged(live, f"integrity check: {problems}")
    if problems:
        raise BackupError(f"{what} fails its integrity check: {problems}")
    return version


def _check(con: sqlite3.Connection) -> str:
    rows = [r[0] for r in con.execute("PRAGMA integrity_check(3)")]
    return "" if rows == ["ok"] else "; ".join(rows)


def restore(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> Path | None:
    """Put `backup` in place of the database; the file it replaces (with its -wal and -shm)
    is renamed to `<name>.damaged-<time>` beside it, never deleted. Returns that name, if any.

    Other windows on the database must be closed first: a process still holding the old
    file open would go on writing into the renamed one."""
    source = Path(backup).expanduser()
    target = Path(db_path).expanduser()
    if not source.is_file():
        raise BackupError(f"there is no backup at {source}")
    if _same_file(source, target):
        raise BackupError(f"{source} is the database itself; name a backup to restore")
    folder = target.absolute().parent
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as ex:
        raise BackupError(f"cannot write in {folder}: {ex.strerror or ex}") from ex
    tmp = Path(tmp_name)
    try:
        _copy_backup(source, tmp)
        aside = _move_aside(target)
        os.replace(tmp, target)
    except OSError as ex:
        raise BackupError(f"cannot restore {source} to {target}: {ex.strerror or ex}") from ex
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return aside


def _copy_backup(source: Path, tmp: Path) -> None:
    try:
        con = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as ex:
        raise BackupError(f"cannot open the backup {source}: {ex}") from ex
    try:
        _copy(con, tmp, None, f"the backup {source}")
    finally:
        con.close()
    _fsync(tmp)


def _move_aside(target: Path) -> Path | None:
    if not target.exists():
        return None
    aside = target.with_name(f"{target.name}.damaged-{datetime.now().strftime(STAMP)}")
    n = 1
    while aside.exists():
        n += 1
        aside = aside.with_name(f"{target.name}.damaged-{datetime.now().strftime(STAMP)}-{n}")
    # the side files move with it under the names SQLite looks for, so the set stays openable
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(target, aside)
    return aside


def _free_name(folder: Path, prefix: str) -> Path:
    stamp = datetime.now().strftime(STAMP)
    path = folder / f"{prefix}-{stamp}.db"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{prefix}-{stamp}-{n}.db"
    return path


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.absolute() == b.absolute()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _when(path: Path) -> str:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return "date unknown"


def _quoted(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"
