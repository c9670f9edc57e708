"""The fanpage registry as files: the Excel list of what the tab shows, and the proposal letter PDF.

Plain values in: pages as the service returns them, and the office as a ``domain.documents.Issuer``,
so this module never reads the database.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hanoi_desk.domain.documents import Issuer, vn_count
from hanoi_desk.domain.fanpage import (
    Fanpage,
    Impersonator,
    ProposalLetter,
)
from hanoi_desk.exporters.issued import issued_document
from hanoi_desk.exporters.list_pdf import PdfColumn
from hanoi_desk.exporters.lists import ListOptions, ListSheet
from hanoi_desk.exporters.official_pdf import (
    Appendix,
    OfficialDocument,
    Para,
    write_official_pdf,
)
from hanoi_desk.exporters.xlsx import Column, ProgressCallback, export_stamp

if TYPE_CHECKING:
    from typing_extensions import Unpack

LIST_TITLE = "DANH SÁCH TRANG FANPAGE CỦA CÁC CƠ QUAN, ĐƠN VỊ"
IMPERSONATOR_TITLE = "DANH SÁCH TRANG NGHI MẠO DANH"
LETTER_SUBJECT = "V/v đề nghị hỗ trợ xác thực trang fanpage chính thức"

PAGE_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Cơ quan, đơn vị"),
    Column("Loại cơ quan"),
    Column("Nền tảng"),
    Column("Tên trang"),
    Column("Đường dẫn", kind="url"),
    Column("ID trên nền tảng", kind="url"),
    Column("Số người theo dõi", kind="int", number_format="#,##0"),
    Column("Ngày thống kê", kind="date"),
    Column("Chính thức", width=10),
    Column("Trạng thái xác thực", width=16),
    Column("Từ ngày", width=11, kind="date"),
    Column("Số công văn đề nghị", width=18),
    Column("Lý do", width=24),
    Column("Ghi chú"),
)

IMPERSONATOR_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Tên trang"),
    Column("Nền tảng"),
    Column("Đường dẫn", kind="url"),
    Column("Cơ quan bị mạo danh"),
    Column("Trang chính thức bị mạo danh"),
    Column("Ngày phát hiện", width=12, kind="date"),
    Column("Ngày báo cáo nền tảng", width=13, kind="date"),
    Column("Tình trạng"),
    Column("Chứng cứ"),
)


def _page_row(number: int, p: Fanpage) -> Sequence[object]:
    return (
        number,
        p.agency_name,
        p.agency_kind.label,
        p.platform.label,
        p.name,
        p.url,
        p.platform_id,
        p.followers,
        p.followers_on,
        "Có" if p.official else "Không",
        p.state.label if p.official else "",
        p.state_on,
        p.letter_number,
        p.reason,
        p.notes,
    )


def _impersonator_row(number: int, i: Impersonator) -> Sequence[object]:
    return (
        number,
        i.name,
        i.platform.label,
        i.url,
        i.agency_name,
        i.fanpage_name,
        i.found_on,
        i.reported_on,
        i.status.label,
        i.evidence,
    )


LIST_PDF_COLUMNS: tuple[tuple[int, PdfColumn], ...] = (
    (0, PdfColumn("STT", 0.55, numeric=True)),
    (1, PdfColumn("Cơ quan, đơn vị", 2.25)),
    (3, PdfColumn("Nền tảng", 0.9)),
    (4, PdfColumn("Tên trang", 2.0)),
    (5, PdfColumn("Đường dẫn", 2.4)),
    (7, PdfColumn("Số người theo dõi", 0.9, numeric=True)),
    (9, PdfColumn("Chính thức", 0.7)),
    (10, PdfColumn("Trạng thái xác thực", 1.1)),
    (11, PdfColumn("Từ ngày", 0.8)),
    (12, PdfColumn("Số công văn đề nghị", 1.0)),
)

PAGES: ListSheet[Fanpage] = ListSheet("Trang fanpage", LIST_TITLE, PAGE_COLUMNS, _page_row, LIST_PDF_COLUMNS)
IMPERSONATORS: ListSheet[Impersonator] = ListSheet("Trang mạo danh", IMPERSONATOR_TITLE, IMPERSONATOR_COLUMNS,
                                                   _impersonator_row)


def write_fanpage_list(path: Path, pages: Sequence[Fanpage], *,
                       impersonators: Sequence[Impersonator] | None = None,
                       **options: Unpack[ListOptions]) -> Path:
    """The pages the view shows, in its order (the ``scope`` words the filter for whoever reads the
    printout); the impersonators, when given, on their own sheet; ``printed``: the pages as a printed list."""
    stamp = export_stamp(options.get("exported_on"))
    more = [] if impersonators is None else [IMPERSONATORS.sheet(impersonators, stamp)]
    return PAGES.write(path, pages, more=more, **options)


write_fanpage_list_pdf = functools.partial(write_fanpage_list, printed=True)


def proposal_document(letter: ProposalLetter, issuer: Issuer) -> OfficialDocument:
    """The công văn asking one platform company to verify its pages, the pages in an appendix."""
    company = "Quý Công ty"
    o = issuer
    pages = letter.pages
    platforms = ", ".join(p.label for p in letter.platforms)
    agencies = len({p.agency_id for p in pages})
    body = [
        Para(f"Thực hiện {o.plan_reference}, {o.in_text} đã tổng hợp danh sách các trang fanpage chính thức "
             "của các cơ quan, đơn vị trực thuộc Thành phố."),
        Para(f"Nhằm giúp người dân, cộng đồng mạng không bị nhầm lẫn với những trang mạo danh, {o.in_text} "
             f"đề nghị {company} hỗ trợ xác thực danh tính (tick xanh) đối với {vn_count(len(pages))} "
             f"trang fanpage chính thức trên {platforms} của {vn_count(agencies)} cơ quan, đơn vị (Phụ lục "
             "kèm theo)."),
    ]
    if o.staff_name.strip():
        body.append(Para(f"Thông tin chi tiết xin liên hệ: {o.staff_name.strip()}, {o.in_text}."))
    body.append(Para(f"{o.in_text} trân trọng cảm ơn sự phối hợp của {company}./."))
    # The id gets a column only when it says more than the address (profile.php?id=… already holds it).
    with_id = any(p.platform_id and p.platform_id not in p.url for p in pages)
    several = len(letter.platforms) > 1
    headers = ["STT", "Cơ quan, đơn vị", "Tên trang", "Đường dẫn", "Người theo dõi"]
    # Points on a landscape A4 line (714 pt): the address column holds a 56-character address on one
    # line, so a link is never broken in the middle of an id where a reader would retype it.
    widths = [30.0, 150.0, 136.0, 343.0, 55.0]
    rows: list[list[object]] = [[n, p.agency_name, p.name, p.url, p.followers]
                                for n, p in enumerate(pages, 1)]
    if several:
        headers.insert(2, "Nền tảng")
        widths[1] -= 32.0
        widths[2] -= 26.0
        widths.insert(2, 58.0)
        for row, p in zip(rows, pages, strict=True):
            row.insert(2, p.platform.label)
    if with_id:
        at = len(headers) - 1
        headers.insert(at, "ID trên nền tảng")
        widths[at - 1] -= 95.0
        widths.insert(at, 95.0)
        for row, p in zip(rows, pages, strict=True):
            row.insert(at, p.platform_id)
    number = str(letter.number or "")
    appendix = Appendix(
        title=f"Phụ lục\nDANH SÁCH TRANG FANPAGE CHÍNH THỨC ĐỀ NGHỊ XÁC THỰC TRÊN {platforms.upper()}",
        subtitle=o.attached_to("Công văn", number, letter.symbol, letter.day),
        headers=headers,
        rows=rows,
        landscape=True,
        col_widths=widths,
        numeric_columns=(len(headers) - 1,),
    )
    return issued_document(
        o, kind=None, number=number, day=letter.day, symbol=letter.symbol,
        summary_line=LETTER_SUBJECT,
        addressees=(letter.addressee,),
        body=body,
        recipients=("Như trên",),
        appendix=appendix,
    )


def write_proposal_letter(path: Path, letter: ProposalLetter, issuer: Issuer, *,
                          progress: ProgressCallback | None = None) -> Path:
    return write_official_pdf(path, proposal_document(letter, issuer), progress=progress)


def letter_path(base: Path, letter: ProposalLetter, one_file: bool = False) -> Path:
    """Where a letter goes: *base* itself for a single letter asked for by name, else OUT-facebook.pdf …"""
    base = base if base.suffix.lower() == ".pdf" else base.with_suffix(".pdf")
    return base if one_file else base.with_name(f"{base.stem}-{letter.file_suffix}{base.suffix}")
