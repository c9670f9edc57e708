"""The change history as an Excel workbook: one row per changed field, as the history view shows it."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hanoi_desk.domain.history import HistoryLine
from hanoi_desk.exporters.list_pdf import PdfColumn
from hanoi_desk.exporters.lists import ListOptions, ListSheet
from hanoi_desk.exporters.xlsx import Column

if TYPE_CHECKING:
    from typing_extensions import Unpack

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


def _row(number: int, line: HistoryLine) -> Sequence[object]:
    entry, change = line.entry, line.change
    return (
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

HISTORY: ListSheet[HistoryLine] = ListSheet("Lịch sử thay đổi", DEFAULT_TITLE, COLUMNS, _row, PDF_COLUMNS)


def write_history(path: Path, lines: Sequence[HistoryLine], *, title: str = DEFAULT_TITLE,
                  **options: Unpack[ListOptions]) -> Path:
    """Write *lines* (the rows a history view shows, in its order) and return the path; ``printed``: as
    a printed list (A4 landscape) rather than a workbook. The ``scope`` words the filter in the subtitle
    ("Cơ quan, đơn vị — từ 01/12/2026"), so a printout says which part of the history it holds."""
    return HISTORY.write(path, lines, title=title, **options)


write_history_pdf = functools.partial(write_history, printed=True)
