"""The outreach as files: the Excel list of what the tab shows, its printed list, the proposal letter
to the board on citation permissions, and the letter inviting a company to open a Hanoi column.

Plain values in (sites, permissions and letters as the outreach service returns them, the office as
the settings hold it), a file out; the letters go through the official PDF engine like every other
document, so their format, numbering and draft marking are the engine's.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from hanoi_desk.domain.documents import Issuer
from hanoi_desk.domain.outreach import (
    CITATION_SUBJECT,
    PLACEHOLDERS,
    CitationProposal,
    LetterSettings,
    OutreachSite,
    Permission,
    SiteArticles,
    fill_template,
)
from hanoi_desk.exporters.list_pdf import PdfColumn
from hanoi_desk.exporters.lists import ListOptions, ListSheet
from hanoi_desk.exporters.official_pdf import (
    Appendix,
    Letterhead,
    OfficialDocument,
    Para,
    Recipients,
    Signature,
    write_official_pdf,
)
from hanoi_desk.exporters.xlsx import (
    Column,
    ProgressCallback,
    SheetSpec,
    export_stamp,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

LIST_TITLE = "DANH SÁCH TRANG THÔNG TIN ĐIỆN TỬ TỔNG HỢP, MẠNG XÃ HỘI ĐƯỢC VẬN ĐỘNG"
PERMISSIONS_TITLE = "TRÍCH DẪN NGUỒN TIN CỦA CÁC CƠ QUAN BÁO CHÍ THÀNH PHỐ"
ARTICLES_TITLE = "TIN, BÀI VỀ HÀ NỘI TRÊN CÁC TRANG THÔNG TIN ĐIỆN TỬ TỔNG HỢP, MẠNG XÃ HỘI NĂM {year}"

SITE_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Tên trang/mạng xã hội"),
    Column("Loại", width=16),
    Column("Tên miền", kind="url"),
    Column("Tổ chức, doanh nghiệp"),
    Column("Số giấy phép", width=16),
    Column("Ngày cấp", kind="date"),
    Column("Cơ quan cấp phép"),
    Column("Lượt truy cập/tháng (thành viên)", kind="int", number_format="#,##0", width=14),
    Column("Tình trạng vận động", width=16),
    Column("Từ ngày", kind="date"),
    Column("Chuyên mục về Hà Nội", kind="url"),
    Column("Được trích dẫn nguồn"),
    Column("Đề nghị trích dẫn"),
    Column("Tin, bài về Hà Nội trong năm", kind="int", width=12),
    Column("Người phụ trách"),
    Column("Điện thoại", width=14),
    Column("Email", kind="url"),
    Column("Nhân sự giám sát"),
    Column("Cán bộ theo dõi"),
    Column("Lý do, ghi chú"),
)

PERMISSION_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Trang/mạng xã hội"),
    Column("Cơ quan báo chí"),
    Column("Tình trạng", width=18),
    Column("Ngày đề nghị", kind="date"),
    Column("Công văn đề nghị"),
    Column("Ngày trả lời", kind="date"),
    Column("Văn bản"),
    Column("Ghi chú, lý do"),
)


def _site_row(number: int, s: OutreachSite) -> Sequence[object]:
    return (
        number,
        s.name,
        s.kind.label,
        s.domain or s.address,
        s.operator,
        s.licence_number,
        s.licence_date,
        s.licence_issuer,
        s.monthly_reach,
        s.state.label,
        s.state_on,
        s.column_url,
        "; ".join(s.allowed),
        "; ".join(s.pending),
        s.articles_year,
        s.person,
        s.phone,
        s.email,
        "; ".join(s.monitors),
        s.staff,
        "; ".join(p for p in (s.reason, s.notes) if p),
    )


def _permission_row(number: int, p: Permission) -> Sequence[object]:
    return (
        number,
        p.site_name,
        p.press_label,
        p.state.label,
        p.requested_on,
        p.proposal_text,
        p.decided_on,
        p.document,
        p.note,
    )


def _article_columns() -> tuple[Column, ...]:
    return (
        Column("STT", kind="int"),
        Column("Trang/mạng xã hội"),
        *(Column(f"T{m}", kind="int", width=6) for m in range(1, 13)),
        Column("Cả năm", kind="int", width=8),
        Column("Theo lịch nội dung", kind="int", width=10),
        Column("Nhập thêm", kind="int", width=9),
    )


def _article_rows(articles: Sequence[SiteArticles]) -> Iterator[Sequence[object]]:
    for number, a in enumerate(articles, 1):
        yield (number, a.site_name, *(m.total or None for m in a.months), a.total, a.from_calendar, a.entered)
    yield (
        "",
        "Tổng cộng",
        *(sum(a.months[m].total for a in articles) for m in range(12)),
        sum(a.total for a in articles),
        sum(a.from_calendar for a in articles),
        sum(a.entered for a in articles),
    )


LIST_PDF_COLUMNS: tuple[tuple[int, PdfColumn], ...] = (
    (0, PdfColumn("STT", 0.45, numeric=True)),
    (1, PdfColumn("Tên trang/mạng xã hội", 1.9)),
    (3, PdfColumn("Tên miền", 1.3)),
    (5, PdfColumn("Số giấy phép", 1.0)),
    (6, PdfColumn("Ngày cấp", 0.8)),
    (8, PdfColumn("Lượt truy cập (thành viên)", 0.9, numeric=True)),
    (9, PdfColumn("Tình trạng vận động", 1.0)),
    (10, PdfColumn("Từ ngày", 0.8)),
    (12, PdfColumn("Được trích dẫn nguồn", 1.6)),
    (14, PdfColumn("Tin, bài năm", 0.6, numeric=True)),
    (15, PdfColumn("Người phụ trách", 1.2)),
)

SITES: ListSheet[OutreachSite] = ListSheet("Trang, mạng xã hội", LIST_TITLE, SITE_COLUMNS, _site_row,
                                           LIST_PDF_COLUMNS)
PERMISSIONS: ListSheet[Permission] = ListSheet("Trích dẫn nguồn tin", PERMISSIONS_TITLE, PERMISSION_COLUMNS,
                                               _permission_row)


def write_outreach_list(path: Path, sites: Sequence[OutreachSite], *,
                        permissions: Sequence[Permission] | None = None,
                        articles: Sequence[SiteArticles] | None = None, year: int | None = None,
                        **options: Unpack[ListOptions]) -> Path:
    """The sites the view shows, in its order (the ``scope`` words the filter for whoever reads the
    printout); the permissions and the year's articles on their own sheets when given; ``printed``: the
    sites as a printed list (A4 landscape)."""
    stamp = export_stamp(options.get("exported_on"))
    more: list[SheetSpec] = []
    if permissions is not None:
        more.append(PERMISSIONS.sheet(permissions, stamp))
    if articles is not None and year is not None:
        more.append(SheetSpec(name=f"Tin bài năm {year}", title=ARTICLES_TITLE.format(year=year),
                              subtitle=f"Theo lịch nội dung và số liệu nhập thêm — {stamp}",
                              columns=_article_columns(), rows=list(_article_rows(articles))))
    return SITES.write(path, sites, more=more, **options)


write_outreach_list_pdf = functools.partial(write_outreach_list, printed=True)


# ----------------------------------------------------------------------------- the proposal letter
def _count(n: int) -> str:
    return f"{n:02d}"


def citation_document(letter: CitationProposal, office: Issuer, letters: LetterSettings) -> OfficialDocument:
    """The công văn asking the board to have the city's press allow the sites to quote them; the sites,
    their licences and the press agencies asked in the appendix."""
    office_in_text, plan_reference = office.office_in_text, office.plan_reference
    sites = len(letter.requests)
    press = letter.press_count
    body = [
        Para(
            f"Thực hiện {plan_reference}, trong đó có nhiệm vụ báo cáo, đề xuất {letters.citation_addressee} "
            "chỉ đạo các cơ quan báo chí Hà Nội cho phép các trang thông tin điện tử tổng hợp được phép "
            f"trích dẫn nguồn tin, {office_in_text} đã tổng hợp đề nghị của {_count(sites)} trang thông "
            "tin điện tử tổng hợp, mạng xã hội do các tổ chức, doanh nghiệp có trụ sở trên địa bàn Thành "
            f"phố thiết lập, xin được trích dẫn nguồn tin của {_count(press)} cơ quan báo chí Thành phố "
            "(danh sách kèm theo)."
        ),
        Para(
            "Để các trang có thêm nguồn tin chính thống về các nhiệm vụ kinh tế, chính trị, văn hóa, xã "
            f"hội, an ninh, quốc phòng của Thủ đô, {office_in_text} kính đề nghị "
            f"{letters.citation_addressee} xem xét, chỉ đạo các cơ quan báo chí Thành phố tạo điều kiện, "
            "cho phép các trang nêu tại Phụ lục kèm theo được trích dẫn nguồn tin của báo theo quy định."
        ),
    ]
    contact = office.staff_name.strip()
    if contact:
        body.append(Para(f"Thông tin chi tiết xin liên hệ: {contact}, {office_in_text}."))
    body.append(Para("Trân trọng./."))
    number = letter.number or "…"
    rows = [
        [
            n,
            r.site.name,
            r.site.domain or r.site.address,
            r.site.operator,
            r.site.licence_text,
            "\n".join(f"- {p}" for p in r.press),
        ]
        for n, r in enumerate(letter.requests, 1)
    ]
    appendix = Appendix(
        title="Phụ lục\nDANH SÁCH TRANG THÔNG TIN ĐIỆN TỬ TỔNG HỢP, MẠNG XÃ HỘI\n"
        "ĐỀ NGHỊ ĐƯỢC TRÍCH DẪN NGUỒN TIN",
        subtitle=f"(Kèm theo Công văn số {number}/{letter.symbol} ngày {letter.day:%d/%m/%Y} "
        f"của {office_in_text})",
        headers=[
            "STT",
            "Tên trang/mạng xã hội",
            "Tên miền",
            "Tổ chức, doanh nghiệp",
            "Giấy phép (số, ngày, cơ quan cấp)",
            "Cơ quan báo chí đề nghị trích dẫn",
        ],
        rows=rows,
        landscape=True,
        col_widths=[30.0, 130.0, 105.0, 130.0, 150.0, 169.0],
        numeric_columns=(0,),
    )
    return OfficialDocument(
        letterhead=Letterhead(
            office.parent_body,
            office.office_name,
            letter.number or None,
            letter.symbol,
            office.place,
            letter.day,
            summary_line=CITATION_SUBJECT,
        ),
        kind=None,
        addressees=[letters.citation_addressee],
        body=body,
        recipients=Recipients(letters.citation_recipients),
        signature=Signature(office.signing_authority, office.signer_title, office.signer_name),
        appendix=appendix,
        draft=office.draft,
    )


def write_citation_proposal(path: Path, letter: CitationProposal, office: Issuer, letters: LetterSettings, *,
                            progress: ProgressCallback | None = None) -> Path:
    """A draft office (not settled, documents.md) prints "DỰ THẢO" on every page."""
    return write_official_pdf(path, citation_document(letter, office, letters), progress=progress)


# ----------------------------------------------------------------------------- the invitation letter
def template_values(site: OutreachSite, office_in_text: str) -> dict[str, str]:
    """What each word of a template stands for, for one site."""
    values = {
        "trang": site.name,
        "ten_mien": site.domain or site.address,
        "to_chuc": site.operator or "Quý đơn vị",
        "giay_phep": site.licence_text,
        "co_quan": office_in_text,
        "nguoi_lien_he": site.staff,
    }
    assert set(values) == set(PLACEHOLDERS)
    return values


def invitation_document(
    site: OutreachSite,
    day: date,
    symbol: str,
    office: Issuer,
    letters: LetterSettings,
) -> OfficialDocument:
    """The công văn inviting the company that runs *site* to open a Hanoi column, from the template."""
    values = template_values(site, office.office_in_text)
    paragraphs = [p.strip() for p in fill_template(letters.invitation_body, values).split("\n") if p.strip()]
    addressee = site.operator or f"Đơn vị chủ quản {site.name}"
    return OfficialDocument(
        letterhead=Letterhead(
            office.parent_body,
            office.office_name,
            None,
            symbol,
            office.place,
            day,
            summary_line=fill_template(letters.invitation_subject, values),
        ),
        kind=None,
        addressees=[addressee],
        body=[Para(p) for p in paragraphs],
        recipients=Recipients(letters.invitation_recipients),
        signature=Signature(office.signing_authority, office.signer_title, office.signer_name),
        draft=office.draft,
    )


def write_invitation(path: Path, site: OutreachSite, day: date, symbol: str, office: Issuer,
                     letters: LetterSettings, *, progress: ProgressCallback | None = None) -> Path:
    document = invitation_document(site, day, symbol, office, letters)
    return write_official_pdf(path, document, progress=progress)
