"""Read a roster of agencies from an office .xlsx file into drafts the roster service can plan.

Each row becomes an ImportRow: a draft when the row names an agency, and the problems a clerk must
fix, each pointing at the sheet's own row number and the column header as written in the file.
Checks that need the database, or that the roster makes on every draft (e-mail, phone, URL shapes),
are left to ``RosterService.plan_import`` so they are made once, the same way as in the dialog.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from hanoi_desk.domain.agency import KIND_LABELS, AgencyDraft, AgencyKind, ContactDraft, kind_from_label
from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.imports import ImportRow
from hanoi_desk.domain.validate import normalise_phone
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

# Group cells of a two-row header over the focal point's columns ("Người đầu mối" over
# "Họ tên | Chức vụ | Điện thoại | Email").
_CONTACT_GROUPS = ("Người đầu mối", "Đầu mối", "Người liên hệ", "Thông tin người đầu mối", "Cán bộ đầu mối",
                   "Đầu mối liên hệ", "Người đầu mối liên hệ", "Contact", "Focal point")

# Keys that are AgencyDraft fields keep the field's name; contact_* fill the focal-point contact.
SPECS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", ("Tên cơ quan", "Tên cơ quan, đơn vị", "Tên đơn vị", "Cơ quan", "Đơn vị",
                        "Cơ quan, đơn vị", "Name", "Agency", "Agency name"), required=True, name_field=True),
    ColumnSpec("short_name", ("Tên viết tắt", "Viết tắt", "Tên tắt", "Short name", "Abbreviation"),
               name_field=True),
    ColumnSpec("kind", ("Loại", "Loại hình", "Loại cơ quan", "Phân loại", "Kind", "Type")),
    ColumnSpec("code", ("Mã", "Mã đơn vị", "Mã cơ quan", "Code")),
    ColumnSpec("phone", ("Điện thoại", "Số điện thoại", "SĐT", "Số ĐT", "ĐT", "Điện thoại cơ quan",
                         "Phone", "Telephone", "Tel")),
    ColumnSpec("email", ("Email", "Thư điện tử", "E-mail", "Hộp thư", "Email cơ quan")),
    ColumnSpec("portal_url", ("Trang TTĐT", "Cổng TTĐT", "Website", "Trang thông tin điện tử",
                              "Cổng thông tin điện tử", "Trang web", "Địa chỉ trang web")),
    ColumnSpec("contact_name", ("Người liên hệ", "Người đầu mối", "Đầu mối", "Họ tên người liên hệ",
                                "Họ tên người đầu mối", "Contact", "Contact person"),
               label="Người đầu mối: họ tên", under=_CONTACT_GROUPS,
               sub=("Họ tên", "Họ và tên", "Tên", "Name"), name_field=True),
    ColumnSpec("contact_position", ("Chức vụ", "Chức vụ người liên hệ", "Chức vụ người đầu mối", "Position"),
               label="Người đầu mối: chức vụ", under=_CONTACT_GROUPS,
               sub=("Chức vụ", "Chức danh", "Position")),
    ColumnSpec("contact_phone", ("Di động", "Điện thoại di động", "Số di động", "ĐTDĐ",
                                 "Điện thoại người liên hệ", "Điện thoại người đầu mối", "Mobile"),
               label="Người đầu mối: điện thoại", under=_CONTACT_GROUPS,
               sub=("Điện thoại", "Số điện thoại", "SĐT", "Số ĐT", "ĐT", "Di động", "ĐTDĐ", "Phone",
                    "Mobile")),
    ColumnSpec("contact_email", ("Email người liên hệ", "Thư điện tử người liên hệ", "Email người đầu mối",
                                 "Contact email"),
               label="Người đầu mối: email", under=_CONTACT_GROUPS,
               sub=("Email", "E-mail", "Thư điện tử", "Hộp thư")),
    ColumnSpec("address", ("Địa chỉ", "Trụ sở", "Address")),
    ColumnSpec("notes", ("Ghi chú", "Ghi chú khác", "Notes", "Note")),
    ColumnSpec("licence_number", ("Số giấy phép", "Giấy phép", "Số GP", "Licence", "License",
                                  "Licence number", "License number")),
    ColumnSpec("licence_date", ("Ngày cấp phép", "Ngày cấp", "Ngày cấp giấy phép", "Licence date",
                                "License date")),
    ColumnSpec("licence_issuer", ("Cơ quan cấp phép", "Nơi cấp", "Cơ quan cấp", "Issued by")),
    ColumnSpec("monthly_reach", ("Lượt truy cập", "Số thành viên", "Lượt truy cập hàng tháng",
                                 "Lượt truy cập/tháng", "Monthly reach")),
    ColumnSpec("hanoi_column_url", ("Chuyên mục về Hà Nội", "Chuyên mục Hà Nội", "Hanoi column")),
    ColumnSpec("active_from", ("Hiệu lực từ", "Từ ngày", "Ngày bắt đầu", "Active from")),
    ColumnSpec("active_to", ("Hiệu lực đến", "Đến ngày", "Ngày kết thúc", "Active to")),
)

_CONTACT_KEYS = ("contact_name", "contact_position", "contact_phone", "contact_email")
_TEXT_KEYS = ("name", "short_name", "code", "address", "email", "portal_url", "notes",
              "licence_number", "licence_issuer", "hanoi_column_url")
_DATE_KEYS = ("licence_date", "active_from", "active_to")
# The database's column widths (models/agency.py), so a pasted essay is refused here with its row
# number rather than stored truncated or refused later without one. Notes have no limit.
_MAX_LENGTH = {
    "name": 300, "short_name": 120, "code": 30, "address": 500, "phone": 120, "email": 254,
    "portal_url": 500, "licence_number": 120, "licence_issuer": 300, "hanoi_column_url": 500,
    "contact_name": 200, "contact_position": 200, "contact_phone": 120, "contact_email": 254,
}
_NOTES_MAX = 10_000


def read_agencies(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[ImportRow[AgencyDraft]], str]:
    """The rows of the agency sheet in *path*, and the name of the sheet they were read from.

    Raises ValidationError when the file cannot be read as a table at all (not a workbook, no
    header, a missing "Tên cơ quan" column, two columns meaning the same thing): those are the
    file's problems, not a row's, and nothing in it can be imported. ``AGENCIES.read`` does the
    same and also tells what became of each column (for the preview and the command line).
    """
    found = AGENCIES.read(path, progress=progress, cancelled=cancelled)
    return found.rows, found.sheet_name


def _read_row(table: Table, row: SheetRow) -> ImportRow[AgencyDraft]:
    problems: list[Problem] = []

    def where(key: str) -> str:
        return table.where(row, key)

    def text(key: str) -> str:
        value = cell_text(row.values.get(key))
        limit = _NOTES_MAX if key == "notes" else _MAX_LENGTH.get(key)
        if limit is not None and len(value) > limit:
            problems.append(Problem(where(key), f"Nội dung quá dài ({len(value)} ký tự, tối đa {limit}).",
                                    value[:60] + "…"))
            return value[:limit]
        return value

    def day(key: str) -> date | None:
        try:
            return cell_date(row.values.get(key))
        except ValueError as exc:
            problems.append(Problem(where(key), str(exc), cell_text(row.values.get(key))))
            return None

    values: dict[str, object] = {key: text(key) for key in _TEXT_KEYS if key in table.columns}
    if "email" in values:
        values["email"] = str(values["email"]).lower()
    if "phone" in table.columns:
        values["phone"] = normalise_phone(text("phone"))
    for key in _DATE_KEYS:
        if key in table.columns:
            values[key] = day(key)
    if "monthly_reach" in table.columns:
        try:
            values["monthly_reach"] = cell_int(row.values.get("monthly_reach"))
        except ValueError as exc:
            problems.append(Problem(where("monthly_reach"), str(exc),
                                    cell_text(row.values.get("monthly_reach"))))
    if "kind" in table.columns:
        label = text("kind")
        kind = kind_from_label(label) if label else None
        if not label:
            problems.append(Problem(where("kind"), "Chưa có loại cơ quan."))
        elif kind is None:
            accepted = ", ".join(f"“{v}”" for v in KIND_LABELS.values())
            problems.append(Problem(where("kind"), f"Loại “{label}” không rõ. Các loại: {accepted}.", label))
        else:
            values["kind"] = kind
    else:
        values["kind"] = AgencyKind.DEPARTMENT

    # The file's columns, not the values read: a missing "Loại" column must not overwrite a kind.
    columns = {key for key in table.columns if key in AgencyDraft.__dataclass_fields__}
    contact = _contact(table, row, text, where, problems)
    if contact is not None:
        columns.add("contacts")

    name = str(values.get("name", ""))
    if not name:
        problems.append(Problem(where("name"), "Chưa có tên cơ quan."))
        return ImportRow(row.row, None, frozenset(columns), tuple(problems))
    draft = AgencyDraft(
        contacts=(contact,) if contact is not None else (),
        **values,  # type: ignore[arg-type]
    )
    return ImportRow(row.row, draft, frozenset(columns), tuple(problems))


def _contact(
    table: Table,
    row: SheetRow,
    text: Callable[[str], str],
    where: Callable[[str], str],
    problems: list[Problem],
) -> ContactDraft | None:
    """The focal point the row names, if any; a phone or e-mail with no name is a problem."""
    present = [key for key in _CONTACT_KEYS if key in table.columns]
    found = {key: text(key) for key in present}
    if not found.get("contact_name"):
        orphan = next((key for key in present if found[key]), None)
        if orphan is not None:
            header = table.columns.get("contact_name", "Người liên hệ")
            problems.append(Problem(
                where(orphan),
                f"Có thông tin người liên hệ nhưng chưa có họ tên (cột “{header}”).",
                found[orphan],
            ))
        return None
    return ContactDraft(
        name=found["contact_name"],
        position=found.get("contact_position", ""),
        phone=normalise_phone(found.get("contact_phone", "")),
        email=found.get("contact_email", "").lower(),
    )


AGENCIES: ImportKind[AgencyDraft] = ImportKind("agencies", SPECS, _read_row)
