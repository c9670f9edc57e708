"""What an importer hands to a service, and the preview a service hands back before writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from hanoi_desk.domain.errors import Problem

T = TypeVar("T")


@dataclass(frozen=True)
class ImportRow(Generic[T]):
    """One data row of a sheet: its own row number, the draft read from it, and what was wrong."""

    row: int
    draft: T | None
    columns: frozenset[str] = frozenset()  # the draft fields the file has a column for
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class PlannedRow(Generic[T]):
    row: int
    label: str
    draft: T
    existing_id: int | None = None
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan(Generic[T]):
    """The preview: what would be added, updated, and rejected (with reasons). Nothing is written yet."""

    source: str
    to_add: tuple[PlannedRow[T], ...] = ()
    to_update: tuple[PlannedRow[T], ...] = ()
    unchanged: tuple[PlannedRow[T], ...] = ()
    rejected: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        return (
            f"{len(self.to_add)} thêm mới, {len(self.to_update)} cập nhật, "
            f"{len(self.unchanged)} không đổi, {len(self.rejected)} lỗi"
        )
