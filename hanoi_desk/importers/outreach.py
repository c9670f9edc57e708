"""Read the office's sheet of licensed news sites and social networks into drafts the outreach service
can plan.

The office keeps one row per site: its name and kind, its domain ("Tên miền" or "Địa chỉ trang"), its
licence, its reach, where the outreach stands, its Hanoi column, the press agencies it may quote and
those it asks to quote, the person in charge. The sheet is read like every other import (issue 16):
:data:`OUTREACH` declares the fields and the headers offices give them, two-row headers included
("Giấy phép" over "Số | Ngày cấp | Cơ quan cấp", "Người phụ trách" over "Họ tên | Điện thoại | Email",
"Trích dẫn nguồn tin" over "Được phép | Đề nghị"); a column it does not know is shown "bỏ qua" in the
preview until the clerk maps it, keeps it in the site's notes or confirms it is left out. Matching the
site and the press agencies to the roster needs the database, so ``OutreachService.plan_import`` does
it, the same way for the window and the command line.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime

from hanoi_desk.domain.agency import KIND_LABELS, kind_from_label
from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.imports import ImportRow
from hanoi_desk.domain.outreach import SITE_KINDS, STATE_LABELS, OutreachImportDraft, state_from_label
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

# Group cells of two-row headers, as office forms write them.
_LICENCE_GROUPS = ("Giấy phép", "Giấy phép hoạt động", "Thông tin giấy phép", "Giấy phép thiết lập",
                   "Giấy phép cung cấp dịch vụ", "Licence")
_PERSON_GROUPS = ("Người phụ trách", "Người đầu mối", "Đầu mối", "Người liên hệ", "Thông tin liên hệ",
                  "Liên hệ", "Đầu mối liên hệ")
_CITATION_GROUPS = ("Trích dẫn nguồn tin", "Trích dẫn nguồn", "Trích dẫn", "Cơ quan báo chí",
                    "Cơ quan báo chí Thành phố", "Trích dẫn tin bài")

# Keys are OutreachImportDraft's fields; labels are the export's headers (what the preview lists).
SPECS: tuple[ColumnSpec, ...] = (
    ColumnSpec(
        "name",
        (
            "Tên trang/mạng xã hội",
            "Tên trang/MXH",
            "Tên trang, mạng xã hội",
            "Tên trang",
            "Tên mạng xã hội",
            "Tên trang thông tin điện tử",
            "Tên trang TTĐT",
            "Tên website",
            "Trang/mạng xã hội",
            "Site name",
            "Name",
        ),
        required=True,
        name_field=True,
    ),
    ColumnSpec("kind", ("Loại", "Loại hình", "Loại trang", "Phân loại", "Kind")),
    ColumnSpec(
        "address",
        (
            "Tên miền",
            "Địa chỉ trang",
            "Địa chỉ trang web",
            "Địa chỉ website",
            "Website",
            "Tên miền/Địa chỉ",
            "Địa chỉ tên miền",
            "Domain",
            "URL",
        ),
    ),
    ColumnSpec(
        "licence_number",
        ("Số giấy phép", "Giấy phép số", "Số GP", "Giấy phép", "Licence"),
        under=_LICENCE_GROUPS,
        sub=("Số", "Số giấy phép", "Số GP", "Số hiệu"),
    ),
    ColumnSpec(
        "licence_date",
        ("Ngày cấp", "Ngày cấp phép", "Ngày cấp giấy phép", "Ngày cấp GP"),
        under=_LICENCE_GROUPS,
        sub=("Ngày cấp", "Ngày", "Cấp ngày"),
    ),
    ColumnSpec(
        "licence_issuer",
        ("Cơ quan cấp phép", "Cơ quan cấp", "Nơi cấp", "Đơn vị cấp phép"),
        under=_LICENCE_GROUPS,
        sub=("Cơ quan cấp", "Cơ quan cấp phép", "Nơi cấp", "Đơn vị cấp"),
    ),
    ColumnSpec(
        "monthly_reach",
        (
            "Lượt truy cập/tháng",
            "Lượt truy cập",
            "Lượt truy cập trung bình/tháng",
            "Lượt truy cập/thành viên",
            "Số thành viên",
            "Thành viên",
            "Lượt truy cập hoặc thành viên",
        ),
    ),
    ColumnSpec(
        "state",
        ("Tình trạng vận động", "Tình trạng", "Trạng thái", "Kết quả vận động", "Trạng thái vận động"),
    ),
    ColumnSpec("column", ("Chuyên mục về Hà Nội", "Chuyên mục Hà Nội", "Chuyên mục", "Đường dẫn chuyên mục")),
    ColumnSpec(
        "allowed",
        (
            "Được trích dẫn nguồn",
            "Được trích dẫn nguồn tin",
            "Được phép trích dẫn",
            "Được phép trích dẫn nguồn tin",
            "Cơ quan báo chí cho phép trích dẫn",
        ),
        under=_CITATION_GROUPS,
        sub=("Được phép", "Đã được phép", "Đã cho phép", "Cho phép", "Được trích dẫn", "Đã đồng ý"),
    ),
    ColumnSpec(
        "requested",
        (
            "Đề nghị trích dẫn",
            "Đề nghị trích dẫn nguồn",
            "Đề nghị trích dẫn nguồn tin",
            "Xin trích dẫn",
            "Đề nghị được trích dẫn",
        ),
        under=_CITATION_GROUPS,
        sub=("Đề nghị", "Đang đề nghị", "Xin trích dẫn", "Đề nghị thêm"),
    ),
    ColumnSpec(
        "person",
        ("Người phụ trách", "Người đầu mối", "Đầu mối", "Người liên hệ", "Họ tên"),
        under=_PERSON_GROUPS,
        sub=("Họ tên", "Họ và tên", "Tên"),
        name_field=True,
    ),
    ColumnSpec(
        "phone",
        ("Điện thoại", "Số điện thoại", "SĐT", "ĐT", "Phone"),
        under=_PERSON_GROUPS,
        sub=("Điện thoại", "Số điện thoại", "SĐT", "Số ĐT", "ĐT", "Di động"),
    ),
    ColumnSpec(
        "email",
        ("Email", "E-mail", "Thư điện tử", "Địa chỉ email"),
        under=_PERSON_GROUPS,
        sub=("Email", "E-mail", "Thư điện tử"),
    ),
    ColumnSpec(
        "operator",
        (
            "Tổ chức, doanh nghiệp",
            "Tổ chức/doanh nghiệp",
            "Doanh nghiệp",
            "Công ty",
            "Đơn vị chủ quản",
            "Cơ quan chủ quản",
            "Đơn vị quản lý",
        ),
        name_field=True,
    ),
    ColumnSpec("month", ("Tháng", "Tháng thống kê", "Kỳ")),
    ColumnSpec(
        "articles",
        (
            "Số tin, bài về Hà Nội",
            "Số tin bài về Hà Nội",
            "Số tin, bài",
            "Tin bài về Hà Nội",
            "Số tin bài chia sẻ",
            "Số tin, bài đã đăng",
        ),
    ),
    ColumnSpec("notes", ("Ghi chú", "Ghi chú khác", "Notes", "Note")),
)

_MAX_LENGTH = {
    "name": 300,
    "address": 500,
    "licence_number": 120,
    "licence_issuer": 300,
    "column": 500,
    "person": 200,
    "phone": 120,
    "email": 254,
    "operator": 300,
}
_NO = {"khong", "chua", "chua co", "khong co", "-", "no"}
_MONTH = re.compile(r"^(?:thang\s*)?(\d{1,2})\s*[/.\-]\s*(\d{4})$")


def read_outreach(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[ImportRow[OutreachImportDraft]], str]:
    """The rows of the sheet in *path*, and the name of the sheet they were read from.

    Raises ValidationError for problems of the file itself (not a workbook, no header, no
    "Tên trang/mạng xã hội" column): nothing in such a file can be imported. ``OUTREACH.read`` does
    the same and also tells what became of each column (for the preview and the command line).
    """
    found = OUTREACH.read(path, progress=progress, cancelled=cancelled)
    return found.rows, found.sheet_name


def _read_row(table: Table, row: SheetRow) -> ImportRow[OutreachImportDraft]:
    problems: list[Problem] = []

    def where(key: str) -> str:
        return table.where(row, key)

    def shown(key: str) -> str:
        return cell_text(row.values.get(key))

    def text(key: str) -> str:
        if key not in table.columns:
            return ""
        value = shown(key)
        limit = _MAX_LENGTH.get(key)
        if limit is not None and len(value) > limit:
            problems.append(Problem(where(key), f"Nội dung quá dài ({len(value)} ký tự, tối đa {limit}).",
                                    value[:60] + "…"))
            return value[:limit]
        return value

    def number(key: str, what: str) -> int | None:
        if key not in table.columns:
            return None
        try:
            value = cell_int(row.values.get(key))
        except ValueError as exc:
            problems.append(Problem(where(key), str(exc), shown(key)))
            return None
        if value is not None and value < 0:
            problems.append(Problem(where(key), f"{what} không được âm.", shown(key)))
        return value

    name = text("name")
    if not name:
        problems.append(Problem(where("name"), "Chưa có tên trang/mạng xã hội."))
    kind = None
    if label := text("kind"):
        kind = kind_from_label(label)
        if kind not in SITE_KINDS:
            accepted = ", ".join(f"“{KIND_LABELS[k]}”" for k in SITE_KINDS)
            problems.append(
                Problem(where("kind"), f"Loại “{label}” không phải trang được vận động ({accepted}).", label)
            )
            kind = None
    licence_date: date | None = None
    if "licence_date" in table.columns:
        try:
            licence_date = cell_date(row.values.get("licence_date"))
        except ValueError as exc:
            problems.append(Problem(where("licence_date"), str(exc), shown("licence_date")))
    state, reason = None, ""
    if label := text("state"):
        found = state_from_label(label)
        if found is None:
            accepted = ", ".join(f"“{v}”" for v in STATE_LABELS.values())
            problems.append(
                Problem(where("state"), f"Tình trạng “{label}” không rõ. Các tình trạng: {accepted}.", label)
            )
        else:
            state, reason = found
    column = text("column")
    if fold(column).strip(" .") in _NO:
        column = ""
    elif column and "." not in column:
        problems.append(
            Problem(
                where("column"),
                f"“{column}”: cần đường dẫn của chuyên mục (ví dụ https://baomoi.com/ha-noi.epi).",
                column,
            )
        )
        column = ""
    month = _month(row.values.get("month"), problems, where("month")) if "month" in table.columns else None
    if not name:
        return ImportRow(row.row, None, frozenset(table.columns), tuple(problems))
    draft = OutreachImportDraft(
        name=name,
        kind=kind,
        address=text("address"),
        licence_number=text("licence_number"),
        licence_date=licence_date,
        licence_issuer=text("licence_issuer"),
        monthly_reach=number("monthly_reach", "Lượt truy cập"),
        state=state,
        state_reason=reason,
        column=column,
        allowed=cell_text_lines(row.values.get("allowed")),
        requested=cell_text_lines(row.values.get("requested")),
        person=text("person"),
        phone=text("phone"),
        email=text("email").lower(),
        operator=text("operator"),
        notes=cell_text(row.values.get("notes"))[:10_000],
        month=month,
        articles=number("articles", "Số tin, bài"),
    )
    return ImportRow(row.row, draft, frozenset(table.columns), tuple(problems))


def cell_text_lines(value: object) -> str:
    """A list cell as written, line breaks kept as separators ("Báo A\nBáo B")."""
    if value is None:
        return ""
    return "\n".join(cell_text(line) for line in str(value).splitlines() if cell_text(line))


def _month(value: object, problems: list[Problem], where: str) -> date | None:
    """A month from "11/2026", "Tháng 11/2026", or any day of it (a date cell)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().replace(day=1)
    if isinstance(value, date):
        return value.replace(day=1)
    text = fold(cell_text(value))
    if not text:
        return None
    if match := _MONTH.match(text):
        month, year = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12:
            return date(year, month, 1)
    try:
        day = cell_date(value)
    except ValueError:
        day = None
    if day is not None:
        return day.replace(day=1)
    problems.append(Problem(where, f"“{cell_text(value)}” không phải một tháng (ví dụ đúng: 11/2026).",
                            cell_text(value)))
    return None


OUTREACH: ImportKind[OutreachImportDraft] = ImportKind("outreach", SPECS, _read_row)
