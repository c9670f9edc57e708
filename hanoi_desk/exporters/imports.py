"""The problems of an import as a workbook: what the clerk sends back to the agency to correct.

One sheet of errors (Dòng, Cột, Giá trị, Lỗi), one of warnings when there are any, and one of the
columns that would be left out, so the file can be fixed cell by cell and sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.imports import FileColumn, problem_cells
from hanoi_desk.exporters.xlsx import Column, SheetSpec, export_stamp, write_workbook

PROBLEM_COLUMNS = (Column("Dòng", width=8, kind="int"), Column("Cột", width=28), Column("Giá trị", width=36),
                   Column("Lỗi", width=90))


def problem_rows(problems: Sequence[Problem]) -> list[tuple[object, str, str, str]]:
    """(Dòng, Cột, Giá trị, Lỗi) rows, the row as a number where there is one (Excel sorts them)."""
    rows: list[tuple[object, str, str, str]] = []
    for problem in problems:
        row, column, value, message = problem_cells(problem)
        rows.append((int(row) if row.isdigit() else row, column, value, message))
    return rows


def write_import_problems(path: Path, source: str, rejected: Sequence[Problem],
                          warnings: Sequence[Problem] = (), dropped: Sequence[FileColumn] = ()) -> Path:
    subtitle = f"Tệp “{source}” — {export_stamp()}"
    sheets = [SheetSpec("Lỗi", f"CÁC LỖI CẦN SỬA TRONG TỆP “{source}”", PROBLEM_COLUMNS,
                        problem_rows(rejected), subtitle)]
    if warnings:
        sheets.append(SheetSpec("Cảnh báo", "CÁC ĐIỂM CẦN XEM LẠI",
                                (*PROBLEM_COLUMNS[:3], Column("Cảnh báo", width=90)),
                                problem_rows(warnings), subtitle))
    if dropped:
        sheets.append(SheetSpec("Cột bị bỏ qua", "CÁC CỘT KHÔNG ĐƯỢC NHẬP",
                                (Column("Cột", width=8), Column("Tiêu đề", width=50),
                                 Column("Số ô có dữ liệu", kind="int", width=16)),
                                [(c.letter, c.header, c.cells) for c in dropped], subtitle))
    return write_workbook(path, sheets)
