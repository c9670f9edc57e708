"""The roster as an Excel workbook: the agencies the roster tab shows, and every one of their contacts.

The caller passes the agencies the view shows, in its order, so the file matches the screen.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from hanoi_desk.domain.agency import Agency
from hanoi_desk.exporters.list_pdf import PdfColumn, write_list_pdf
from hanoi_desk.exporters.xlsx import (
    CancelCheck,
    Column,
    ProgressCallback,
    SheetSpec,
    export_stamp,
    write_workbook,
)

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


def write_roster(
    path: Path,
    agencies: Sequence[Agency],
    *,
    title: str = DEFAULT_TITLE,
    on_date: date | None = None,
    exported_on: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the roster workbook and return its path.

    ``on_date`` only words the subtitle ("in force on …"): the caller has already filtered the rows,
    and the subtitle tells a reader of the printout which list they hold.
    """
    if on_date is not None:
        scope = f"Danh sách có hiệu lực ngày {on_date:%d/%m/%Y}"
    else:
        scope = "Toàn bộ danh sách, kể cả đơn vị đã sáp nhập/giải thể"
    subtitle = f"{scope} — {export_stamp(exported_on)}"
    sheets = [
        SheetSpec(
            name="Danh sách cơ quan",
            title=title,
            subtitle=subtitle,
            columns=AGENCY_COLUMNS,
            rows=_AgencyRows(agencies),
        ),
        SheetSpec(
            name="Người liên hệ",
            title=f"{title} — NGƯỜI LIÊN HỆ",
            subtitle=subtitle,
            columns=CONTACT_COLUMNS,
            rows=_ContactRows(agencies),
        ),
    ]
    return write_workbook(path, sheets, progress=progress, cancelled=cancelled)


class _AgencyRows:
    """Rows built lazily, but sized, so the progress bar knows the total."""

    def __init__(self, agencies: Sequence[Agency]) -> None:
        self._agencies = agencies

    def __len__(self) -> int:
        return len(self._agencies)

    def __iter__(self) -> Iterator[Sequence[object]]:
        for number, agency in enumerate(self._agencies, 1):
            focal = agency.focal_point
            yield (
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


class _ContactRows:
    def __init__(self, agencies: Sequence[Agency]) -> None:
        self._agencies = agencies

    def __len__(self) -> int:
        return sum(len(agency.contacts) for agency in self._agencies)

    def __iter__(self) -> Iterator[Sequence[object]]:
        number = 0
        for agency in self._agencies:
            for contact in agency.contacts:
                number += 1
                yield (
                    number,
                    agency.name,
                    contact.name,
                    contact.position,
                    contact.role.label,
                    contact.phone,
                    contact.email,
                )


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


def write_roster_pdf(
    path: Path,
    agencies: Sequence[Agency],
    *,
    title: str = DEFAULT_TITLE,
    on_date: date | None = None,
    exported_on: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """The agencies the roster tab shows, in its order, as a printed list (A4 landscape)."""
    if on_date is not None:
        scope = f"Danh sách có hiệu lực ngày {on_date:%d/%m/%Y}"
    else:
        scope = "Toàn bộ danh sách, kể cả đơn vị đã sáp nhập/giải thể"
    rows = ([row[i] for i, _c in PDF_COLUMNS] for row in _AgencyRows(agencies))
    return write_list_pdf(path, title, f"{scope} — {export_stamp(exported_on)}", [c for _i, c in PDF_COLUMNS],
                          rows, progress=progress, cancelled=cancelled)
