"""The change history as an Excel workbook: one row per changed field, as the history view shows it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from hanoi_desk.domain.history import HistoryLine
from hanoi_desk.exporters.list_pdf import PdfColumn, write_list_pdf
from hanoi_desk.exporters.xlsx import (
    CancelCheck,
    Column,
    ProgressCallback,
    SheetSpec,
    export_stamp,
    write_workbook,
)

DEFAULT_TITLE = "LỊCH SỬ THAY ĐỔI DỮ LIỆU"

COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Thời gian", kind="datetime"),
    Column("Người thực hiện"),
    Column("Thao tác"),
    Column("Loại dữ liệu"),
    Column("Mã bản ghi"),
    Column("Bản ghi"),
    Column("Trường"),
    Column("Giá trị cũ"),
    Column("Giá trị mới"),
)


def write_history(
    path: Path,
    lines: Sequence[HistoryLine],
    *,
    title: str = DEFAULT_TITLE,
    scope: str = "",
    exported_on: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write *lines* (the rows a history view shows, in its order) and return the path.

    *scope* words the filter in the subtitle ("Cơ quan, đơn vị — từ 01/12/2026"), so a printout
    says which part of the history it holds.
    """
    subtitle = f"{scope} — {export_stamp(exported_on)}" if scope else export_stamp(exported_on)
    sheet = SheetSpec(name="Lịch sử thay đổi", title=title, subtitle=subtitle, columns=COLUMNS,
                      rows=_Rows(lines))
    return write_workbook(path, [sheet], progress=progress, cancelled=cancelled)


class _Rows:
    def __init__(self, lines: Sequence[HistoryLine]) -> None:
        self._lines = lines

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[Sequence[object]]:
        for number, line in enumerate(self._lines, 1):
            entry, change = line.entry, line.change
            yield (
                number,
                entry.changed_at,
                entry.changed_by,
                entry.action.label,
                entry.table_label,
                entry.record_id,
                entry.label,
                change.label if change else "",
                change.old if change else "",
                change.new if change else "",
            )


PDF_COLUMNS: tuple[tuple[int, PdfColumn], ...] = (
    (0, PdfColumn("STT", 0.55, numeric=True)),
    (1, PdfColumn("Thời gian", 1.2)),
    (2, PdfColumn("Người thực hiện", 1.1)),
    (3, PdfColumn("Thao tác", 0.8)),
    (4, PdfColumn("Loại dữ liệu", 1.1)),
    (6, PdfColumn("Bản ghi", 2.2)),
    (7, PdfColumn("Trường", 1.2)),
    (8, PdfColumn("Giá trị cũ", 2.0)),
    (9, PdfColumn("Giá trị mới", 2.0)),
)


def write_history_pdf(
    path: Path,
    lines: Sequence[HistoryLine],
    *,
    title: str = DEFAULT_TITLE,
    scope: str = "",
    exported_on: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """The lines a history view shows, in its order, as a printed list (A4 landscape)."""
    subtitle = f"{scope} — {export_stamp(exported_on)}" if scope else export_stamp(exported_on)
    rows = ([row[i] for i, _c in PDF_COLUMNS] for row in _Rows(lines))
    return write_list_pdf(path, title, subtitle, [c for _i, c in PDF_COLUMNS], rows, progress=progress,
                          cancelled=cancelled)
