"""Backups of the SQLite database: daily and on demand, checked before any restore.

Copies are made with SQLite's online backup API (``sqlite3.Connection.backup``), which reads a
consistent snapshot even while the window is open, never a half-written file as a file copy could.
A restore refuses any file that is not a whole Hanoi Desk database of this version or an older one
(``PRAGMA integrity_check``, the Alembic revision), and first keeps a copy of the current database,
so a wrong choice can be undone. A PostgreSQL server is backed up by its administrator (pg_dump).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import URL

from hanoi_desk import paths, workstation
from hanoi_desk.db import Database, alembic_config, migrate
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import ValidationError

FOLDER = "backups"
_SQLITE_MAGIC = b"SQLite format 3\x00"
NOT_SQLITE = (
    "Sao lưu và khôi phục trong chương trình chỉ dành cho cơ sở dữ liệu SQLite trên máy này. "
    "Cơ sở dữ liệu PostgreSQL dùng chung do người quản trị máy chủ sao lưu (pg_dump)."
)


@dataclass(frozen=True)
class BackupInfo:
    """What a checked backup holds: its schema revision, whether it needs upgrading, row counts."""

    path: Path
    revision: str
    needs_upgrade: bool
    counts: dict[str, int]
    modified: datetime

    def summary(self) -> str:
        agencies = self.counts.get("agency", 0)
        changes = self.counts.get("history", 0)
        text = f"{agencies} cơ quan, {changes} thay đổi đã ghi"
        if self.needs_upgrade:
            text += "; tạo bởi phiên bản cũ hơn, sẽ được nâng cấp khi khôi phục"
        return text


def database_file(url: URL) -> Path | None:
    """The SQLite file behind *url*, or None for a server database or an in-memory one."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def backups_dir() -> Path:
    folder = paths.data_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_database(source: Path, out: Path) -> Path:
    """Copy the database *source* to *out* (a self-contained file, no -wal beside it)."""
    if not source.is_file():
        raise ValidationError(f"Không có cơ sở dữ liệu tại “{source}”.")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial)
        os.replace(partial, out)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(f"Không sao lưu được “{source.name}”: {error}.") from None
    return out


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def check_backup(path: Path) -> BackupInfo:
    """Refuse (ValidationError) a file that is not a whole Hanoi Desk database this version can open."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
        modified = datetime.fromtimestamp(path.stat().st_mtime)
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp “{name}”.") from None
    except OSError as error:
        raise ValidationError(f"Không mở được tệp “{name}”: {error.strerror or error}.") from None
    if head != _SQLITE_MAGIC:
        raise ValidationError(
            f"Tệp “{name}” không phải là bản sao lưu Hanoi Desk (không phải cơ sở dữ liệu SQLite)."
        )
    with tempfile.TemporaryDirectory(prefix="hanoi-desk-check-") as folder:
        copy = Path(folder) / "candidate.db"
        shutil.copyfile(path, copy)
        return _inspect(copy, path, modified)


def _inspect(copy: Path, original: Path, modified: datetime) -> BackupInfo:
    name = original.name
    try:
        connection = sqlite3.connect(str(copy))
    except sqlite3.Error as error:
        raise ValidationError(f"Tệp “{name}” không mở được: {error}.") from None
    try:
        try:
            verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as error:
            raise ValidationError(f"Tệp “{name}” bị hỏng ({error}); không khôi phục từ tệp này.") from None
        if verdict != ["ok"]:
            detail = "; ".join(str(v) for v in verdict[:3])
            raise ValidationError(
                f"Tệp “{name}” bị hỏng (kiểm tra toàn vẹn: {detail}); không khôi phục từ tệp này."
            )
        try:
            revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
        except sqlite3.DatabaseError:
            revisions = []
        if not revisions:
            raise ValidationError(
                f"Tệp “{name}” không phải là cơ sở dữ liệu Hanoi Desk (không rõ phiên bản dữ liệu)."
            )
        from alembic.script import ScriptDirectory  # Alembic (0.15 s with Mako): not at start-up
        from alembic.util.exc import CommandError

        script = ScriptDirectory.from_config(alembic_config())
        for revision in revisions:
            try:
                known = script.get_revision(revision) is not None
            except CommandError:
                known = False
            if not known:
                raise ValidationError(
                    f"Tệp “{name}” được tạo bởi một phiên bản Hanoi Desk mới hơn hoặc không rõ "
                    f"(phiên bản dữ liệu “{revision}”). Hãy cập nhật chương trình trước khi khôi phục."
                )
        revision = ",".join(sorted(revisions))
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        connection.close()
    return BackupInfo(original, revision, set(revisions) != set(script.get_heads()), counts, modified)


def restore_database(target: Path, backup: Path,
                     now: datetime | None = None) -> tuple[BackupInfo, Path | None]:
    """Replace the database *target* with *backup*, after checking it and keeping a copy of *target*.

    Returns what was restored and where the previous database was kept (None if there was none).
    Nothing is replaced when the check fails. The caller upgrades the schema afterwards (``migrate``).
    """
    target = Path(target)
    info = check_backup(backup)
    kept: Path | None = None
    if target.is_file():
        stamp = (now or datetime.now().astimezone()).strftime("%Y-%m-%d-%H%M%S")
        kept = backup_database(target, backups_dir() / f"{target.stem}-truoc-khoi-phuc-{stamp}.db")
    with tempfile.TemporaryDirectory(prefix="hanoi-desk-restore-") as folder:
        copy = Path(folder) / "restore.db"
        shutil.copyfile(backup, copy)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            src = sqlite3.connect(str(copy))
            try:
                dst = sqlite3.connect(str(target), timeout=5)
                try:
                    dst.execute("PRAGMA journal_mode=DELETE")  # the page copy needs no WAL beside it
                    src.backup(dst)
                    dst.commit()
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise ValidationError(
                    "Cơ sở dữ liệu đang được mở ở nơi khác (một cửa sổ Hanoi Desk khác?). "
                    "Hãy đóng nơi đó rồi khôi phục lại; chưa có gì bị thay thế."
                ) from None
            raise ValidationError(f"Không khôi phục được: {error}.") from None
    return info, kept


class BackupService:
    """Backups of the database a window or the command line has open (SQLite only)."""

    def __init__(self, db: Database, clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self.clock = clock

    @property
    def available(self) -> bool:
        return database_file(self._db.url) is not None

    def database_file(self) -> Path:
        found = database_file(self._db.url)
        if found is None:
            raise ValidationError(NOT_SQLITE)
        return found

    def folder(self) -> Path:
        return backups_dir()

    def default_name(self, day: date | None = None) -> str:
        return f"{self.database_file().stem}-sao-luu-{(day or self.clock.today()).isoformat()}.db"

    def backup_to(self, out: Path) -> Path:
        return backup_database(self.database_file(), out)

    def _auto_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"^{re.escape(self.database_file().stem)}-(\d{{4}}-\d{{2}}-\d{{2}})\.db$")

    def automatic_backups(self) -> list[Path]:
        """This database's daily backups, newest first."""
        pattern = self._auto_pattern()
        found = [p for p in backups_dir().iterdir() if pattern.match(p.name)]
        return sorted(found, key=lambda p: p.name, reverse=True)

    def auto_backup(self, today: date | None = None, keep: int | None = None) -> Path | None:
        """The first start of a day backs the database up, keeping the newest *keep* daily copies.

        Returns the new backup, or None (already done today, a server database, or no file yet).
        """
        if not self.available or not self.database_file().is_file():
            return None
        today = today or self.clock.today()
        keep = keep if keep is not None else workstation.load().backup_keep
        out = backups_dir() / f"{self.database_file().stem}-{today.isoformat()}.db"
        made = None
        if not out.exists():
            made = self.backup_to(out)
        for old in self.automatic_backups()[max(keep, 1):]:
            old.unlink(missing_ok=True)
        return made

    def check(self, file: Path) -> BackupInfo:
        return check_backup(file)

    def restore(self, file: Path) -> tuple[BackupInfo, Path | None]:
        """Restore *file* over the open database; every connection is closed first and reopened after."""
        target = self.database_file()
        check_backup(file)
        self._db.engine.dispose()
        result = restore_database(target, file, self.clock.now())
        self._db.engine.dispose()
        migrate(self._db.engine)
        return result
