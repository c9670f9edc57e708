"""Read planned content items from the sheets agencies send (one row, one item) into drafts.

Agencies write the time of an item as a day ("05/12/2026", a real date cell) or as the period it
belongs to ("Tuần 48/2026", "Tháng 11/2026", "6 tháng cuối năm 2026", "Năm 2026"); the "Định kỳ"
column, when present, must agree with it. The proposing agency is kept as written: the calendar
service matches it to the roster (folded), since this module does not read the database.
"""

from __future__ import annotations

import os
from datetime import date, datetime

from hanoi_desk.domain.calendar import (
    DOMAIN_LABELS,
    PERIOD_LABELS,
    ContentDraft,
    Period,
    parse_domains,
    parse_period_text,
    period_from_label,
)
from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.imports import ImportRow
from hanoi_desk.importers.xlsx_table import (
    Cancelled,
    ColumnSpec,
    ImportKind,
    Progress,
    SheetRow,
    Table,
    cell_date,
    cell_text,
    clean_string,
)

SPECS: tuple[ColumnSpec, ...] = (
    ColumnSpec("title", ("Tiêu đề", "Tên nội dung", "Nội dung tuyên truyền", "Tên tin bài", "Tiêu đề tin bài",
                         "Title"), required=True, name_field=True),
    ColumnSpec("summary", ("Tóm tắt", "Nội dung", "Tóm tắt nội dung", "Nội dung tóm tắt", "Nội dung chính",
                           "Mô tả", "Mô tả nội dung", "Nội dung chi tiết", "Summary")),
    ColumnSpec("domains", ("Lĩnh vực", "Lĩnh vực tuyên truyền", "Chủ đề", "Domain", "Domains"),
               required=True),
    ColumnSpec("period", ("Định kỳ", "Kỳ", "Loại", "Tần suất", "Period")),
    ColumnSpec("when", ("Ngày / Thời gian", "Ngày", "Thời gian", "Thời điểm", "Ngày đăng dự kiến",
                        "Thời gian đăng", "Date", "When"), required=True),
    ColumnSpec("agency", ("Cơ quan đề xuất", "Đơn vị đề xuất", "Cơ quan", "Đơn vị", "Cơ quan, đơn vị",
                          "Agency"), name_field=True),
    ColumnSpec("due_date", ("Hạn đăng", "Hạn", "Thời hạn", "Hạn đăng tải", "Due", "Due date")),
    ColumnSpec("notes", ("Ghi chú", "Ghi chú khác", "Notes", "Note")),
)

_MAX_LENGTH = {"title": 500, "agency": 300}
_LONG_MAX = 10_000


def read_calendar(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[ImportRow[ContentDraft]], str]:
    """The rows of the planned-items sheet in *path*, and the name of the sheet they came from.

    Raises ValidationError for a file that cannot be read as such a table at all (not a workbook,
    no header, a missing "Tiêu đề", "Lĩnh vực" or "Ngày / Thời gian" column, doubled columns).
    """
    found = CALENDAR.read(path, progress=progress, cancelled=cancelled)
    return found.rows, found.sheet_name


def _read_row(table: Table, row: SheetRow) -> ImportRow[ContentDraft]:
    problems: list[Problem] = []

    def where(key: str) -> str:
        return table.where(row, key)

    def text(key: str) -> str:
        if key not in table.columns:
            return ""
        raw = row.values.get(key)
        if key in ("summary", "notes") and isinstance(raw, str):
            value = clean_string(raw)  # a summary may span lines
        else:
            value = cell_text(raw)
        limit = _MAX_LENGTH.get(key, _LONG_MAX)
        if len(value) > limit:
            problems.append(Problem(where(key), f"Nội dung quá dài ({len(value)} ký tự, tối đa {limit}).",
                                    value[:60] + "…"))
            return value[:limit]
        return value

    title = text("title")
    if not title:
        problems.append(Problem(where("title"), "Chưa có tiêu đề."))

    domains_cell = text("domains")
    domains, unknown = parse_domains(domains_cell)
    if unknown:
        accepted = ", ".join(DOMAIN_LABELS.values())
        words = ", ".join(f"“{w}”" for w in unknown)
        problems.append(Problem(where("domains"), f"Lĩnh vực {words} không rõ. Các lĩnh vực: {accepted}.",
                                domains_cell))
    elif not domains:
        problems.append(Problem(where("domains"), "Chưa có lĩnh vực."))

    period: Period | None = None
    period_cell = text("period")
    if period_cell:
        period = period_from_label(period_cell)
        if period is None:
            accepted = ", ".join(f"“{v}”" for v in PERIOD_LABELS.values())
            problems.append(Problem(where("period"),
                                    f"Định kỳ “{period_cell}” không rõ. Các định kỳ: {accepted}.",
                                    period_cell))

    day, period = _when(row.values.get("when"), period, bool(period_cell), where("when"), problems)

    due: date | None = None
    if "due_date" in table.columns:
        try:
            due = cell_date(row.values.get("due_date"))
        except ValueError as exc:
            problems.append(Problem(where("due_date"), str(exc), cell_text(row.values.get("due_date"))))

    if not title:
        return ImportRow(row.row, None, frozenset(table.columns), tuple(problems))
    draft = ContentDraft(
        title=title,
        day=day,
        period=period or Period.AD_HOC,
        domains=domains,
        summary=text("summary"),
        agency_name=text("agency"),
        due_date=due,
        notes=text("notes"),
    )
    return ImportRow(row.row, draft, frozenset(table.columns), tuple(problems))


def _when(value: object, period: Period | None, period_given: bool, where: str,
          problems: list[Problem]) -> tuple[date | None, Period | None]:
    """The day of an item and its period, from the time cell and the "Định kỳ" cell together.

    A day with no period is an ad-hoc item; a period written in the time cell gives the period's
    first day; both given must agree ("hàng tuần" with "Tháng 11/2026" is refused).
    """
    text = cell_text(value)
    if not text:
        problems.append(Problem(where, "Chưa có ngày hoặc thời gian (ví dụ: 05/12/2026, Tuần 48/2026, "
                                       "Tháng 11/2026, 6 tháng cuối năm 2026, Năm 2026)."))
        return None, period
    parsed = None if isinstance(value, (date, datetime)) else parse_period_text(text)
    if parsed is not None:
        written, first_day = parsed
        if period is not None and period is not written:
            problems.append(Problem(where, f"Thời gian “{text}” là {written.label.lower()}, không khớp với "
                                           f"định kỳ “{period.label}”.", text))
        return first_day, period or written
    try:
        day = cell_date(value)
    except ValueError as exc:
        message = str(exc)
        if "không có thật" not in message:  # not a date at all: say that periods are welcome too
            message = (f"“{text}” không phải là ngày hay kỳ (ví dụ đúng: 05/12/2026, Tuần 48/2026, "
                       "Tháng 11/2026, 6 tháng cuối năm 2026, Năm 2026).")
        problems.append(Problem(where, message, text))
        return None, period
    if day is None:
        return None, period
    if period is None and not period_given:
        period = Period.AD_HOC
    return day, period


CALENDAR: ImportKind[ContentDraft] = ImportKind("calendar", SPECS, _read_row)
