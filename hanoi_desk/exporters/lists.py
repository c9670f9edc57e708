"""The list exports of the tabs (roster, fanpages, history, calendar, outreach, reports), declared once.

A list export is a :class:`ListSheet`: the sheet's name and title, its columns, how one item becomes
a row, and which of those columns the printed list (Ctrl+P) keeps. ``exporters.xlsx`` writes the
sheet (title, frozen bold header with its filter, widths, A4 print set-up, text never a formula) and
``exporters.list_pdf`` the printed list, so an exporter only says what it shows.

To add a column to an export: add it to the sheet's ``columns`` and to its ``row`` function, and to
``pdf_columns`` if the printout should show it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypedDict, TypeVar

from hanoi_desk.exporters.list_pdf import PdfColumn, write_list_pdf
from hanoi_desk.exporters.xlsx import (
    CancelCheck,
    Column,
    ProgressCallback,
    SheetSpec,
    export_stamp,
    write_workbook,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

T = TypeVar("T")

__all__ = ["ListOptions", "ListSheet", "NumberedRows", "scoped_subtitle"]


class ListOptions(TypedDict, total=False):
    """What every list export takes besides its rows (the keywords of each ``write_*`` function)."""

    scope: str  # which part of the list the rows are ("Nền tảng: Facebook"); empty: the whole list
    exported_on: date | None  # the export date in the subtitle (the caller's clock)
    printed: bool  # the printed list (PDF) instead of the workbook
    progress: ProgressCallback | None
    cancelled: CancelCheck | None


def scoped_subtitle(scope: str, exported_on: date | None = None) -> str:
    """"<which part of the list> — Ngày xuất: …", or the export date alone when the whole list is shown."""
    stamp = export_stamp(exported_on)
    return f"{scope} — {stamp}" if scope else stamp


class NumberedRows(Generic[T]):
    """Rows built lazily from the items, numbered from 1 (the STT column), but sized, so the progress
    bar knows the total."""

    def __init__(self, items: Sequence[T], row: Callable[[int, T], Sequence[object]]) -> None:
        self._items = items
        self._row = row

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Sequence[object]]:
        row = self._row
        for number, item in enumerate(self._items, 1):
            yield row(number, item)


@dataclass(frozen=True)
class ListSheet(Generic[T]):
    """One list as a sheet and as a printed list: what a list exporter declares."""

    name: str  # the sheet's tab label
    title: str  # the heading above the table
    columns: tuple[Column, ...]
    row: Callable[[int, T], Sequence[object]]  # (number, item) -> one value per column
    pdf_columns: tuple[tuple[int, PdfColumn], ...] = ()  # (index into the row, printed column)

    def rows(self, items: Sequence[T]) -> NumberedRows[T]:
        return NumberedRows(items, self.row)

    def sheet(self, items: Sequence[T], subtitle: str, *, title: str | None = None) -> SheetSpec:
        return SheetSpec(name=self.name, title=self.title if title is None else title, subtitle=subtitle,
                         columns=self.columns, rows=self.rows(items))

    def write(self, path: Path, items: Sequence[T], *, title: str | None = None,
              more: Sequence[SheetSpec] = (), **options: Unpack[ListOptions]) -> Path:
        """The items as a workbook (this sheet, then the ``more`` sheets), or with ``printed`` as a printed
        list (A4 landscape) of the ``pdf_columns`` of each row; the subtitle says the scope and the date."""
        title = self.title if title is None else title
        subtitle = scoped_subtitle(options.get("scope", ""), options.get("exported_on"))
        progress, cancelled = options.get("progress"), options.get("cancelled")
        if not options.get("printed", False):
            return write_workbook(path, [self.sheet(items, subtitle, title=title), *more], progress=progress,
                                  cancelled=cancelled)
        picked = [index for index, _column in self.pdf_columns]
        rows = ([row[i] for i in picked] for row in self.rows(items))
        return write_list_pdf(path, title, subtitle, [column for _index, column in self.pdf_columns], rows,
                              progress=progress, cancelled=cancelled)
