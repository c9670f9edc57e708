"""Read the tally of received reports that offices keep in Excel into rows the report service plans.

One row per agency: its name as the clerk wrote it (matched by folded name by the service), the
date received, the report's own number and date, the figures and the free text. Problems point at
the sheet's row number and the header as written, like every other import.
"""

from __future__ import annotations

import os
from datetime import date

from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.imports import ImportRow
from hanoi_desk.domain.reports import FIGURES, Figures, TallyRow
from hanoi_desk.importers.xlsx_table import (
    Cancelled,
    ColumnSpec,
    ImportKind,
    Progress,
    SheetRow,
    Table,
    cell_date,
    cell_int,
    cell_text,
    clean_string,
)

SPECS: tuple[ColumnSpec, ...] = (
    ColumnSpec("agency_name", ("Cơ quan", "Cơ quan, đơn vị", "Tên cơ quan", "Đơn vị", "Tên đơn vị",
                               "Tên cơ quan, đơn vị", "Agency"), required=True, name_field=True),
    ColumnSpec("received_on", ("Ngày nhận", "Ngày nhận báo cáo", "Ngày tiếp nhận", "Ngày đến",
                               "Received"), required=True),
    ColumnSpec("doc_number", ("Số văn bản", "Số báo cáo", "Số VB", "Số hiệu", "Số hiệu văn bản",
                              "Số, ký hiệu", "Số ký hiệu")),
    ColumnSpec("doc_date", ("Ngày văn bản", "Ngày báo cáo", "Ngày VB", "Ngày ban hành", "Ngày ký")),
    ColumnSpec("portal_items", ("Tin bài trên Cổng TTĐT", "Tin, bài đăng trên Trang/Cổng TTĐT",
                                "Tin, bài trên Trang/Cổng TTĐT", "Tin bài Cổng TTĐT", "Tin bài trang TTĐT",
                                "Tin bài trên cổng", "Tin bài trên trang TTĐT", "Số tin bài trên cổng",
                                "Tin bài cổng", "Cổng TTĐT")),
    ColumnSpec("fanpage_items", ("Tin bài trên fanpage", "Tin, bài đăng trên fanpage",
                                 "Tin, bài trên fanpage", "Tin bài fanpage", "Số tin bài trên fanpage",
                                 "Tin bài MXH", "Tin bài trên mạng xã hội")),
    ColumnSpec("official_fanpages", ("Fanpage chính thức", "Số fanpage", "Số fanpage chính thức",
                                     "Fanpage", "Trang fanpage chính thức")),
    ColumnSpec("monitoring_staff", ("Nhân sự giám sát", "Nhân sự giám sát thông tin", "Số nhân sự giám sát",
                                    "Cán bộ giám sát", "Số cán bộ giám sát", "Nhân sự")),
    ColumnSpec("interactions_handled", ("Tương tác đã xử lý", "Lượt tương tác đã xử lý", "Tương tác xử lý",
                                        "Số tương tác đã xử lý", "Lượt tương tác", "Tương tác")),
    ColumnSpec("results", ("Kết quả", "Kết quả nổi bật", "Kết quả thực hiện")),
    ColumnSpec("difficulties", ("Khó khăn", "Khó khăn, vướng mắc", "Tồn tại, khó khăn", "Vướng mắc")),
    ColumnSpec("proposals", ("Đề xuất", "Kiến nghị", "Đề xuất, kiến nghị", "Kiến nghị, đề xuất")),
    ColumnSpec("notes", ("Ghi chú", "Ghi chú khác", "Notes", "Note")),
)

_MAX_TEXT = 20_000


def read_tally(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[ImportRow[TallyRow]], str]:
    """The rows of the tally in *path* and the sheet they came from; file-level problems raise."""
    found = REPORTS.read(path, progress=progress, cancelled=cancelled)
    return found.rows, found.sheet_name


def _read_row(table: Table, row: SheetRow) -> ImportRow[TallyRow]:
    problems: list[Problem] = []

    def where(key: str) -> str:
        return table.where(row, key)

    def day(key: str) -> date | None:
        if key not in table.columns:
            return None
        try:
            return cell_date(row.values.get(key))
        except ValueError as exc:
            problems.append(Problem(where(key), str(exc), cell_text(row.values.get(key))))
            return None

    def number(key: str) -> int | None:
        if key not in table.columns:
            return None
        try:
            value = cell_int(row.values.get(key))
        except ValueError as exc:
            problems.append(Problem(where(key), str(exc), cell_text(row.values.get(key))))
            return None
        if value is not None and value < 0:
            problems.append(Problem(where(key), "Số liệu không được âm.", str(value)))
        return value

    def long_text(key: str) -> str:
        if key not in table.columns:
            return ""
        value = row.values.get(key)
        text = clean_string(value) if isinstance(value, str) else cell_text(value)
        if len(text) > _MAX_TEXT:
            problems.append(Problem(where(key), f"Nội dung quá dài ({len(text)} ký tự, tối đa {_MAX_TEXT})."))
        return text

    name = cell_text(row.values.get("agency_name"))
    received_on = day("received_on")
    if received_on is None and not any(p.field == where("received_on") for p in problems):
        problems.append(Problem(where("received_on"), "Chưa có ngày nhận báo cáo."))
    doc_number = cell_text(row.values.get("doc_number")) if "doc_number" in table.columns else ""
    if len(doc_number) > 60:
        problems.append(Problem(where("doc_number"), "Số văn bản quá dài (tối đa 60 ký tự)."))
    tally = TallyRow(
        agency_name=name,
        received_on=received_on,
        doc_number=doc_number,
        doc_date=day("doc_date"),
        figures=Figures(**{key: number(key) for key in FIGURES}),
        results=long_text("results"),
        difficulties=long_text("difficulties"),
        proposals=long_text("proposals"),
        notes=long_text("notes"),
    )
    columns = frozenset(table.columns)
    if not name:
        problems.append(Problem(where("agency_name"), "Chưa có tên cơ quan."))
        return ImportRow(row.row, None, columns, tuple(problems))
    return ImportRow(row.row, tally, columns, tuple(problems))


REPORTS: ImportKind[TallyRow] = ImportKind("reports", SPECS, _read_row)
