"""The roster as an Excel workbook: the agencies the roster tab shows, and every one of their contacts.

The caller passes the agencies the view shows, in its order, so the file matches the screen.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hanoi_desk.domain.agency import Agency, Contact
from hanoi_desk.exporters.list_pdf import PdfColumn
from hanoi_desk.exporters.lists import ListOptions, ListSheet, scoped_subtitle
from hanoi_desk.exporters.xlsx import Column

if TYPE_CHECKING:
    from typing_extensions import Unpack

DEFAULT_TITLE = "DANH SÁCH CƠ QUAN, ĐƠN VỊ"

AGENCY_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Tên cơ quan"),
    Column("Tên viết tắt"),
    Column("Loại"),
    Column("Địa chỉ"),
    Column("Điện thoại"),
    Column("Email", kind="url"),
    Column("Trang TTĐT", kind="url"),
    Column("Người liên hệ"),
    Column("Chức vụ"),
    Column("Điện thoại người liên hệ"),
    Column("Hiệu lực từ", kind="date"),
    Column("Hiệu lực đến", kind="date"),
    Column("Sáp nhập vào"),
    Column("Ghi chú"),
)

CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Cơ quan"),
    Column("Họ tên"),
    Column("Chức vụ"),
    Column("Vai trò"),
    Column("Điện thoại"),
    Column("Email", kind="url"),
)


def _agency_row(number: int, agency: Agency) -> Sequence[object]:
    focal = agency.focal_point
    return (
        number,
        agency.name,
        agency.short_name,
        agency.kind.label,
        agency.address,
        agency.phone,
        agency.email,
        agency.portal_url,
        focal.name if focal else "",
        focal.position if focal else "",
        focal.phone if focal else "",
        agency.active_from,
        agency.active_to,
        agency.successor_name,
        agency.notes,
    )


def _contact_row(number: int, item: tuple[Agency, Contact]) -> Sequence[object]:
    agency, contact = item
    return (number, agency.name, contact.name, contact.position, contact.role.label, contact.phone,
            contact.email)


# The printed list (Ctrl+P): the columns that fit an A4 landscape sheet, from the workbook's rows.
PDF_COLUMNS: tuple[tuple[int, PdfColumn], ...] = (
    (0, PdfColumn("STT", 0.55, numeric=True)),
    (1, PdfColumn("Tên cơ quan", 3.0)),
    (2, PdfColumn("Tên viết tắt", 1.25)),
    (3, PdfColumn("Loại", 1.4)),
    (5, PdfColumn("Điện thoại", 1.1)),
    (6, PdfColumn("Email", 1.7)),
    (8, PdfColumn("Người liên hệ", 1.4)),
    (10, PdfColumn("Điện thoại người liên hệ", 1.1)),
    (11, PdfColumn("Hiệu lực từ", 0.9)),
    (12, PdfColumn("Hiệu lực đến", 0.9)),
    (13, PdfColumn("Sáp nhập vào", 1.6)),
)

AGENCIES: ListSheet[Agency] = ListSheet("Danh sách cơ quan", DEFAULT_TITLE, AGENCY_COLUMNS, _agency_row,
                                        PDF_COLUMNS)
CONTACTS: ListSheet[tuple[Agency, Contact]] = ListSheet("Người liên hệ", f"{DEFAULT_TITLE} — NGƯỜI LIÊN HỆ",
                                                        CONTACT_COLUMNS, _contact_row)


def write_roster(path: Path, agencies: Sequence[Agency], *, title: str = DEFAULT_TITLE,
                 on_date: date | None = None, **options: Unpack[ListOptions]) -> Path:
    """Write the roster workbook (the agencies, then every contact of theirs) and return its path;
    ``printed``: the agencies as a printed list (A4 landscape) instead.

    ``on_date`` only words the subtitle ("in force on …"): the caller has already filtered the rows,
    and the subtitle tells a reader of the printout which list they hold.
    """
    if on_date is not None:
        scope = f"Danh sách có hiệu lực ngày {on_date:%d/%m/%Y}"
    else:
        scope = "Toàn bộ danh sách, kể cả đơn vị đã sáp nhập/giải thể"
    contacts = [(agency, contact) for agency in agencies for contact in agency.contacts]
    subtitle = scoped_subtitle(scope, options.get("exported_on"))
    more = [CONTACTS.sheet(contacts, subtitle, title=f"{title} — NGƯỜI LIÊN HỆ")]
    return AGENCIES.write(path, agencies, title=title, more=more, **{**options, "scope": scope})


write_roster_pdf = functools.partial(write_roster, printed=True)
