"""What an importer hands to a service, and the preview a service hands back before writing.

Every import reads a file into rows, maps the file's columns to fields (a glossary of header
synonyms per importer, the clerk's remembered choices, or a choice made in the preview), and has a
service plan what would change. The plan carries everything the preview shows: the file's columns
and what becomes of each, the rows to add, update (each field old → new) or leave, the problems
that stop the import and the warnings that do not.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Generic, TypeVar

from hanoi_desk.domain.errors import Cancelled, Problem
from hanoi_desk.domain.text import fold_compact

T = TypeVar("T")

# What a column of the file becomes.
FIELD = "field"  # fills a field of the record
NOTES = "notes"  # its text is kept in the record's notes, under the column's header
IGNORE = "ignore"  # left out

# How that was decided.
BY_GLOSSARY = "glossary"  # the header is a known name of the field
BY_MEMORY = "remembered"  # a clerk chose it for this header before
BY_CHOICE = "chosen"  # chosen for this import (in the preview, or --map/--notes)
UNMAPPED = "unmapped"  # nothing matched: ignored until the clerk maps it or confirms


@dataclass(frozen=True)
class ColumnChoice:
    """What the clerk chose for a header: a field (``key``), the notes, or ignore."""

    action: str
    key: str = ""

    def encode(self) -> str:
        return f"{FIELD}:{self.key}" if self.action == FIELD else self.action

    @classmethod
    def decode(cls, text: str) -> ColumnChoice | None:
        action, _, key = text.partition(":")
        if action == FIELD and key:
            return cls(FIELD, key)
        if action in (NOTES, IGNORE) and not key:
            return cls(action)
        return None


def header_key(header: str) -> str:
    """The form a header is remembered under: "Số lượng fanpage quản lý" and "SỐ LƯỢNG  FANPAGE
    QUẢN LÝ:" are one header."""
    return fold_compact(header)


@dataclass(frozen=True)
class FileColumn:
    """One column of the file as the preview shows it: where, its header, how many cells it holds,
    and what becomes of it."""

    letter: str
    header: str
    cells: int
    action: str = IGNORE
    key: str = ""
    label: str = ""  # the field's name, in Vietnamese
    how: str = UNMAPPED

    @property
    def header_key(self) -> str:
        """The key a choice for this column is made under: its header, or "#K" for a column
        without one (choosable in this import, never remembered)."""
        return header_key(self.header) if self.header else f"#{self.letter}"

    @property
    def dropped(self) -> bool:
        """Data that will not be imported: an ignored column that holds something (the row numbers
        of an "STT" column, which the glossary knows to ignore, are not data)."""
        return self.action == IGNORE and self.cells > 0 and self.how != BY_GLOSSARY

    @property
    def unconfirmed(self) -> bool:
        """Dropped without anyone having said so: the preview asks before importing."""
        return self.dropped and self.how == UNMAPPED

    def describe(self) -> str:
        """"cột K “Số lượng fanpage quản lý” (12 ô): bỏ qua" — for the command line."""
        where = f"cột {self.letter} " + (f"“{self.header}”" if self.header else "(không có tiêu đề)")
        if self.action == FIELD:
            what = f"→ {self.label or self.key}"
        elif self.action == NOTES:
            what = "→ giữ trong phần ghi chú"
        else:
            what = f"bỏ qua ({self.label})" if self.label else "bỏ qua"
        if self.how == BY_MEMORY:
            what += " — như đã chọn lần trước"
        return f"{where} ({self.cells} ô có dữ liệu): {what}"


@dataclass(frozen=True)
class FieldInfo:
    """A field a column can be mapped to (the preview's list and ``--map HEADER=field``)."""

    key: str
    label: str


@dataclass(frozen=True)
class ImportRow(Generic[T]):
    """One data row of a sheet: its own row number, the draft read from it, and what was wrong."""

    row: int
    draft: T | None
    columns: frozenset[str] = frozenset()  # the draft fields the file has a column for
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()  # worth a look, not a reason to refuse


@dataclass(frozen=True)
class Change:
    """One field of a record that an import changes: its label, the old and the new value as shown."""

    label: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.label}: {self.old or '(trống)'} → {self.new or '(trống)'}"


@dataclass(frozen=True)
class PlannedRow(Generic[T]):
    row: int
    label: str
    draft: T
    existing_id: int | None = None
    changes: tuple[Change, ...] = ()


@dataclass(frozen=True)
class ImportPlan(Generic[T]):
    """The preview: what would be added, updated, and rejected (with reasons). Nothing is written yet."""

    source: str
    to_add: tuple[PlannedRow[T], ...] = ()
    to_update: tuple[PlannedRow[T], ...] = ()
    unchanged: tuple[PlannedRow[T], ...] = ()
    rejected: tuple[Problem, ...] = field(default=())
    warnings: tuple[Problem, ...] = ()
    columns: tuple[FileColumn, ...] = ()
    fields: tuple[FieldInfo, ...] = ()  # what a column may be mapped to
    can_keep_notes: bool = True
    sheet: str = ""

    @property
    def ok(self) -> bool:
        return not self.rejected

    @property
    def nothing_to_do(self) -> bool:
        return self.ok and not self.to_add and not self.to_update

    @property
    def dropped_columns(self) -> tuple[FileColumn, ...]:
        return tuple(c for c in self.columns if c.dropped)

    @property
    def unconfirmed_columns(self) -> tuple[FileColumn, ...]:
        return tuple(c for c in self.columns if c.unconfirmed)

    def summary(self) -> str:
        return (
            f"{len(self.to_add)} thêm mới, {len(self.to_update)} cập nhật, "
            f"{len(self.unchanged)} không đổi, {len(self.rejected)} lỗi"
        )

    def with_file(self, columns: Iterable[FileColumn], warnings: Iterable[Problem] = (),
                  fields: Iterable[FieldInfo] = (), can_keep_notes: bool = True,
                  sheet: str = "") -> ImportPlan[T]:
        """The plan with what the reader found in the file: its columns and its warnings."""
        # The file's warnings first (in row order), the service's after; a service that passed the
        # rows' warnings on already (``row_warnings``) does not get them twice.
        merged = tuple(dict.fromkeys((*warnings, *self.warnings)))
        return replace(self, columns=tuple(columns), warnings=merged,
                       fields=tuple(fields), can_keep_notes=can_keep_notes, sheet=sheet)

    def choices(self) -> dict[str, ColumnChoice]:
        """The choices worth remembering after this import: what the clerk chose, or confirmed."""
        return {c.header_key: ColumnChoice(c.action, c.key) for c in self.columns
                if c.header and c.how in (BY_CHOICE, BY_MEMORY)}


def row_warnings(rows: Iterable[ImportRow[object]]) -> list[Problem]:
    """Every row's warnings, in row order: what a service's plan passes on to the preview."""
    return [w for row in rows for w in row.warnings]


_WHERE = re.compile(r"^dòng (\d+)(?:, (?:cột|ô) (.+))?$")


def problem_cells(problem: Problem) -> tuple[str, str, str, str]:
    """(Dòng, Cột, Giá trị, Lỗi) of a problem, for the error table the preview shows and saves."""
    match = _WHERE.match(problem.field)
    if match:
        return match.group(1), match.group(2) or "", problem.value, problem.message
    return "", problem.field, problem.value, problem.message


def changed_fields(old: Mapping[str, str], new: Mapping[str, str],
                   labels: Mapping[str, str]) -> tuple[Change, ...]:
    """The fields whose shown value differs, in the order of *labels*."""
    return tuple(Change(label, old.get(key, ""), new.get(key, ""))
                 for key, label in labels.items() if old.get(key, "") != new.get(key, ""))


def shown(value: object) -> str:
    """A field's value as the preview shows it: dates day/month/year, choices by their label."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, (tuple, list)):
        return "; ".join(shown(v) for v in value)
    describe = getattr(value, "describe", None)
    if callable(describe):
        return str(describe())
    return str(value)


def draft_changes(old: object, new: object, labels: Mapping[str, str]) -> tuple[Change, ...]:
    """The fields of two drafts (dataclasses) whose shown values differ, labelled, old → new."""
    return changed_fields({key: shown(getattr(old, key)) for key in labels},
                          {key: shown(getattr(new, key)) for key in labels}, labels)


class SaveSteps:
    """Progress and Cancel while an import is written, for every service's ``apply_import``.

    ``step(done)`` reports progress and asks *cancelled* every *every* rows, ``last()`` once more
    just before the commit; a cancel raises :class:`Cancelled` inside the transaction, which then
    rolls back: nothing is written.
    """

    def __init__(self, total: int, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, every: int = 200) -> None:
        self.total = total
        self._progress = progress
        self._cancelled = cancelled
        self._every = every

    def step(self, done: int) -> None:
        if done % self._every == 0:
            self.last(done)

    def last(self, done: int | None = None) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled("Đã hủy nhập: không có gì được ghi.")
        if self._progress is not None:
            self._progress(self.total if done is None else done, self.total)
