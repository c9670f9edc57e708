"""Read an agency's list of fanpages from an .xlsx file into drafts the fanpage service can plan.

Agencies send their lists in their own layouts; the generic reader finds the header. Each row becomes
an ImportRow with the problems a clerk must fix ("dòng N, cột X: …"). Matching the agency to the
roster and the address to registered pages needs the database, so ``FanpageService.plan_import``
does it, the same way for the window and the command line.
"""

from __future__ import annotations

import os
from datetime import date

from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.fanpage import PLATFORM_LABELS, FanpageImportDraft, Platform, platform_from_label
from hanoi_desk.domain.imports import ImportRow
from hanoi_desk.domain.text import fold
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
)

SPECS: tuple[ColumnSpec, ...] = (
    ColumnSpec("agency", ("Cơ quan / Đơn vị", "Cơ quan, đơn vị", "Cơ quan", "Đơn vị", "Tên cơ quan",
                          "Tên đơn vị", "Tên cơ quan, đơn vị", "Agency"), required=True, name_field=True),
    ColumnSpec("name", ("Tên trang", "Tên fanpage", "Tên trang fanpage", "Tên kênh", "Tên tài khoản",
                        "Page name", "Name"), name_field=True),
    ColumnSpec("platform", ("Nền tảng", "Mạng xã hội", "MXH", "Loại trang", "Platform")),
    ColumnSpec("url", ("Đường dẫn", "Link", "URL", "Địa chỉ", "Địa chỉ trang", "Đường link",
                       "Link fanpage", "Đường dẫn trang", "Địa chỉ fanpage"), required=True),
    ColumnSpec("platform_id", ("ID", "ID trang", "Mã trang", "Page ID")),
    ColumnSpec("followers", ("Số người theo dõi", "Người theo dõi", "Lượt theo dõi", "Số lượt theo dõi",
                             "Lượt thích", "Số người quan tâm", "Followers")),
    ColumnSpec("followers_on", ("Ngày thống kê", "Thống kê ngày", "Ngày cập nhật", "Ngày đếm", "Số liệu ngày",
                                "Tính đến ngày")),
    ColumnSpec("official", ("Chính thức", "Trang chính thức", "Official")),
    ColumnSpec("notes", ("Ghi chú", "Ghi chú khác", "Notes", "Note")),
)

_MAX_LENGTH = {"agency": 300, "name": 300, "url": 500, "platform_id": 100}
_YES = {"x", "co", "yes", "true", "1", "chinh thuc", "v", "dung"}
_NO = {"khong", "no", "false", "0", "k"}


def read_fanpages(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[ImportRow[FanpageImportDraft]], str]:
    """The rows of the page list in *path*, and the name of the sheet they were read from.

    Raises ValidationError for problems of the file itself (not a workbook, no header, no
    "Cơ quan" or "Đường dẫn" column): nothing in such a file can be imported.
    """
    found = FANPAGES.read(path, progress=progress, cancelled=cancelled)
    return found.rows, found.sheet_name


def _read_row(table: Table, row: SheetRow) -> ImportRow[FanpageImportDraft]:
    problems: list[Problem] = []

    def where(key: str) -> str:
        return table.where(row, key)

    def text(key: str) -> str:
        if key not in table.columns:
            return ""
        value = cell_text(row.values.get(key))
        limit = _MAX_LENGTH.get(key)
        if limit is not None and len(value) > limit:
            problems.append(Problem(where(key), f"Nội dung quá dài ({len(value)} ký tự, tối đa {limit}).",
                                    value[:60] + "…"))
            return value[:limit]
        return value

    agency, url = text("agency"), text("url")
    if not agency:
        problems.append(Problem(where("agency"), "Chưa có tên cơ quan, đơn vị."))
    if not url:
        problems.append(Problem(where("url"), "Chưa có đường dẫn trang."))
    platform: Platform | None = None
    label = text("platform")
    if label:
        platform = platform_from_label(label)
        if platform is None:
            accepted = ", ".join(f"“{v}”" for v in PLATFORM_LABELS.values())
            problems.append(Problem(where("platform"),
                                    f"Nền tảng “{label}” không rõ. Các nền tảng: {accepted}.", label))
    followers: int | None = None
    if "followers" in table.columns:
        try:
            followers = cell_int(row.values.get("followers"))
        except ValueError as exc:
            problems.append(Problem(where("followers"), str(exc), cell_text(row.values.get("followers"))))
        if followers is not None and followers < 0:
            problems.append(Problem(where("followers"), "Số người theo dõi không được âm."))
    followers_on: date | None = None
    if "followers_on" in table.columns:
        try:
            followers_on = cell_date(row.values.get("followers_on"))
        except ValueError as exc:
            problems.append(Problem(where("followers_on"), str(exc),
                                    cell_text(row.values.get("followers_on"))))
    official: bool | None = None
    flag = fold(text("official")).strip(" .")
    if flag:
        if flag in _YES:
            official = True
        elif flag in _NO:
            official = False
        else:
            problems.append(Problem(where("official"), f"“{text('official')}”: ghi “x” hoặc “Có” cho trang "
                                                       "chính thức, “Không” nếu không phải.",
                                    text("official")))
    if not agency or not url:
        return ImportRow(row.row, None, frozenset(table.columns), tuple(problems))
    draft = FanpageImportDraft(
        agency=agency, url=url, name=text("name"), platform=platform, platform_id=text("platform_id"),
        followers=followers, followers_on=followers_on, official=official, notes=_notes(row),
    )
    return ImportRow(row.row, draft, frozenset(table.columns), tuple(problems))


def _notes(row: SheetRow) -> str:
    return cell_text(row.values.get("notes"))[:10_000]


FANPAGES: ImportKind[FanpageImportDraft] = ImportKind("fanpages", SPECS, _read_row)
