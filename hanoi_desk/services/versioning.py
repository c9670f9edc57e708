"""Refusing stale saves, for every table that uses the ``Versioned`` mixin.

Two clerks open the same record; the first saves; the second's save must be refused with who saved
it and when, never silently overwrite it. A service's update calls :func:`save_versioned` with the
version the clerk opened; the helper checks it, and SQLAlchemy's version counter catches the race
where both saves reach the database at the same moment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hanoi_desk.db import Database
from hanoi_desk.domain.errors import ConflictError, NotFoundError
from hanoi_desk.domain.localtime import local_time, stamp

__all__ = ["MISSING", "check_version", "conflict_error", "local_time", "record_label", "save_versioned"]

T = TypeVar("T")

MISSING = "Bản ghi này không còn trong cơ sở dữ liệu (có thể đã bị người khác xóa)."


def record_label(row: object) -> str:
    """What a clerk calls a record: its ``history_label()``, else its name, title or key, else its id."""
    custom = getattr(row, "history_label", None)
    if callable(custom):
        return str(custom())
    for attr in ("name", "title", "subject", "label", "key", "code"):
        value = getattr(row, attr, None)
        if isinstance(value, str) and value:
            return value
    return f"#{getattr(row, 'id', '')}"


def conflict_error(row: Any, label: str | None = None) -> ConflictError:
    """The refusal of a stale save of *row*, naming who saved it last and when (local time)."""
    when = stamp(getattr(row, "updated_at", None))
    who = getattr(row, "updated_by", "") or "một người dùng khác"
    return ConflictError(
        f"“{label or record_label(row)}” đã được {who} sửa lúc {when}, sau khi anh/chị mở. "
        "Thay đổi của anh/chị chưa được lưu: hãy tải lại rồi nhập lại.",
        changed_by=who,
        changed_at=when,
    )


def check_version(row: Any, expected_version: int | None, label: str | None = None) -> None:
    """Raise ConflictError if *row* was saved by someone since the clerk opened *expected_version*."""
    if expected_version is not None and row.version != expected_version:
        raise conflict_error(row, label)


def save_versioned(
    db: Database,
    model: type[T],
    record_id: object,
    expected_version: int | None,
    apply: Callable[[Session, T], None],
    *,
    label: Callable[[T], str] | None = None,
    missing: str = MISSING,
) -> None:
    """One unit of work that applies an edit to a ``Versioned`` row, or refuses it as stale.

    Raises NotFoundError when the row is gone and ConflictError (who, when) when it changed since
    *expected_version* was read, including a save that races this one to the database.
    """
    try:
        with db.begin() as s:
            row = s.get(model, record_id)
            if row is None:
                raise NotFoundError(missing)
            check_version(row, expected_version, label(row) if label else None)
            apply(s, row)
    except StaleDataError:
        with db.read() as s:
            row = s.get(model, record_id)
            if row is None:
                raise NotFoundError(missing) from None
            raise conflict_error(row, label(row) if label else None) from None
