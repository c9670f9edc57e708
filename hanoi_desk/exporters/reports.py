"""The report intake's documents: the aggregate report to UBND, the reminder letter, the intake workbook.

Plain values in (gathered by the report service), a file out. The wording of the two official
documents lives here, next to their layout, so that one read of this module shows what the office
signs; the format itself (Decree 30/2020) is the official PDF engine's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace as dataclass_replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.documents import vn_count
from hanoi_desk.domain.reports import (
    ANNUAL_REPORT_SUMMARY,
    FIGURE_LABELS,
    FIGURE_SHORT,
    FIGURES,
    NO_DATA,
    NOTHING,
    AnnualReportData,
    IntakeRow,
    IntakeSummary,
    ReminderData,
    ReportStatus,
    agencies_phrase,
    kind_words,
)
from hanoi_desk.exporters.issued import document_symbol, issued_document
from hanoi_desk.exporters.lists import ListOptions, ListSheet
from hanoi_desk.exporters.official_pdf import (
    Appendix,
    Block,
    Bullets,
    Heading,
    OfficialDocument,
    Para,
    Table,
    format_number_symbol,
    vn_number,
    vn_point_label,
    vn_roman,
    write_appendix_pdf,
    write_official_pdf,
)
from hanoi_desk.exporters.xlsx import (
    Column,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

ADDRESSEE = "Ủy ban nhân dân Thành phố Hà Nội"
_UNITS = {
    "portal_items": "tin, bài",
    "fanpage_items": "tin, bài",
    "official_fanpages": "trang",
    "monitoring_staff": "người",
    "interactions_handled": "lượt",
}
_REMINDER_ADDRESSEES_MAX = 5
# The appendix's status column: one line each, so that 150 agencies keep to a few pages.
_SHORT_STATUS = {ReportStatus.ON_TIME: "Đúng hạn", ReportStatus.LATE: "Muộn",
                 ReportStatus.MISSING: "Chưa gửi", ReportStatus.NOT_DUE: "Chưa đến hạn"}

Progress = Callable[[int, int], None]


def _n(value: int) -> str:
    return vn_count(value)


def _percent(part: int, whole: int) -> str:
    if not whole:
        return "0"
    return vn_number(round(Decimal(part * 100) / Decimal(whole), 1))


def _paragraphs(text: str) -> list[Block]:
    """The office's text, one paragraph per line as typed; nothing at all still says so."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [Para(line) for line in lines] if lines else [Para(NOTHING)]


def _doc_ref(row: IntakeRow) -> str:
    """"12/BC-UBND" over "ngày 20/11/2025": the number never splits from its symbol in a narrow cell."""
    receipt = row.receipt
    if receipt is None:
        return ""
    parts = [receipt.doc_number]
    if receipt.doc_date is not None:
        parts.append(f"ngày {receipt.doc_date:%d/%m/%Y}")
    return "\n".join(p for p in parts if p)


# ------------------------------------------------------------------------------------ annual report
def annual_report_document(data: AnnualReportData) -> OfficialDocument:
    """The office's report to UBND Thành phố for one year, section by section as documents.md asks."""
    o = data.office
    year = data.year
    short = o.office_short
    body: list[Block] = [Para(
        f"Thực hiện {o.plan_reference} (sau đây gọi là Kế hoạch); trên cơ sở báo cáo "
        f"của các cơ quan, đơn vị, {short} báo cáo kết quả thực hiện Kế hoạch năm {year} như sau:"
    )]
    body += _section_implementation(data)
    body += _section_results(data)
    body.append(Heading("III. Tồn tại, hạn chế", 1))
    body += _paragraphs(data.shortcomings)
    body.append(Heading("IV. Đề xuất, kiến nghị", 1))
    body += _paragraphs(data.proposals)
    body.append(Para(
        f"Trên đây là báo cáo kết quả thực hiện Kế hoạch năm {year}, {short} "
        "kính báo cáo Ủy ban nhân dân Thành phố xem xét, chỉ đạo./."
    ))
    rows, bold = _grouped_rows(data.rows, summary=data.summary)
    return issued_document(
        o, kind="BÁO CÁO", number=data.number, day=data.day,
        title_summary=ANNUAL_REPORT_SUMMARY.format(year=year),
        addressees=(ADDRESSEE,),
        body=body,
        recipients=data.settings.recipients,
        appendix=Appendix(
            title=f"Phụ lục\nTÌNH HÌNH GỬI BÁO CÁO VÀ SỐ LIỆU CỦA CÁC CƠ QUAN, ĐƠN VỊ NĂM {year}",
            subtitle=o.attached_to("Báo cáo", data.number, document_symbol(o, "BÁO CÁO"), data.day),
            headers=("STT", "Cơ quan, đơn vị", "Tình trạng", "Ngày nhận", "Số, ngày văn bản", "Chữ ký số",
                     *(FIGURE_SHORT[f] for f in FIGURES)),
            rows=tuple(rows),
            landscape=True,
            col_widths=(12, 50, 20, 22, 34, 22, 22, 17, 19, 17, 17),  # mm of a landscape line (252)
            numeric_columns=(6, 7, 8, 9, 10),
            bold_rows=bold,
        ),
    )


def _section_implementation(data: AnnualReportData) -> list[Block]:
    s = data.summary
    blocks: list[Block] = [
        Heading("I. Tình hình triển khai thực hiện", 1),
        Heading("1. Tình hình gửi báo cáo của các cơ quan, đơn vị", 2),
        Para(
            # A report received on the deadline is on time (report_status): "chậm nhất", not "trước".
            f"Theo Kế hoạch, các cơ quan, đơn vị gửi báo cáo kết quả thực hiện chậm nhất ngày "
            f"{s.deadline:%d/%m/%Y}. Năm {data.year} có {_n(s.expected)} cơ quan, đơn vị phải báo cáo"
            + (f" (gồm {_kind_phrase(s)})." if s.by_kind else ".")
        ),
    ]
    sentence = (
        f"Đến ngày {data.day:%d/%m/%Y}, đã nhận {_n(s.received)}/{_n(s.expected)} báo cáo "
        f"({_percent(s.received, s.expected)}%), trong đó {_n(s.on_time)} báo cáo đúng hạn, "
        f"{_n(s.late)} báo cáo gửi muộn; {_n(s.missing)} cơ quan, đơn vị chưa gửi báo cáo"
    )
    if s.not_due:
        sentence += f"; {_n(s.not_due)} cơ quan, đơn vị chưa đến hạn báo cáo"
    blocks.append(Para(sentence + ". Chi tiết tại Phụ lục kèm theo."))
    rows: list[list[object]] = [
        [k.kind.label, k.expected, k.received, k.on_time, k.late, k.missing + k.not_due] for k in s.by_kind
    ]
    rows.append(["Tổng cộng", s.expected, s.received, s.on_time, s.late, s.missing + s.not_due])
    blocks.append(Table(("Loại cơ quan, đơn vị", "Phải báo cáo", "Đã gửi", "Đúng hạn", "Muộn", "Chưa gửi"),
                        rows, col_widths_ratio=(30, 18, 12, 13, 11, 13), numeric_columns=(1, 2, 3, 4, 5),
                        bold_rows=(len(rows) - 1,)))
    late = [r for r in data.rows if r.status is ReportStatus.LATE]
    missing = [r for r in data.rows if r.status is ReportStatus.MISSING]
    if late:
        blocks.append(Para(f"Các cơ quan, đơn vị gửi báo cáo muộn: {agencies_phrase(late)}."))
    if missing:
        blocks.append(Para(f"Các cơ quan, đơn vị chưa gửi báo cáo: {agencies_phrase(missing)}."))
    elif s.expected and not s.not_due:
        blocks.append(Para("Tất cả các cơ quan, đơn vị đã gửi báo cáo."))
    return blocks


def _kind_phrase(s: IntakeSummary) -> str:
    return "; ".join(f"{_n(k.expected)} {kind_words(k.kind)}" for k in s.by_kind)


def _section_results(data: AnnualReportData) -> list[Block]:
    s = data.summary
    short = data.office.office_short
    blocks: list[Block] = [
        Heading("II. Kết quả thực hiện", 1),
        Heading("1. Kết quả đưa thông tin của các cơ quan, đơn vị", 2),
    ]
    if not any(s.reporting.values()):
        blocks.append(Para(f"Chưa có báo cáo nào nêu số liệu: {NO_DATA[0].lower()}{NO_DATA[1:]}"))
    else:
        # No lead-in paragraph: it could be left alone at the foot of a page, away from its list.
        items = []
        for name in FIGURES:
            count = s.reporting[name]
            if count:
                items.append(f"{FIGURE_LABELS[name]}: {_n(s.totals[name])} {_UNITS[name]} "
                             f"(số liệu do {_n(count)} cơ quan, đơn vị báo cáo)")
            else:
                items.append(f"{FIGURE_LABELS[name]}: không có số liệu")
        blocks.append(Bullets(_listed(items)))

    blocks.append(Heading("2. Fanpage chính thức của các cơ quan, đơn vị", 2))
    pages = data.fanpages
    if pages is None:
        blocks.append(Para(NO_DATA))
    else:
        as_of = min(data.day, date(data.year, 12, 31))
        blocks.append(Para(
            f"Theo danh sách fanpage do {short} tổng hợp, theo dõi, đến ngày {as_of:%d/%m/%Y} (số liệu "
            f"{short} đã kiểm tra, nên có thể khác số fanpage các cơ quan, đơn vị tự báo cáo tại mục 1):"))
        items = [
            f"Số fanpage chính thức của các cơ quan, đơn vị: {_n(pages.official_pages)} trang",
            f"Đã được xác thực danh tính (tick xanh): {_n(pages.verified)} trang",
            f"Đã đề nghị, đang chờ nền tảng xác thực: {_n(pages.waiting)} trang",
            f"Bị nền tảng từ chối xác thực: {_n(pages.refused)} trang",
        ]
        total = sum(v for _, v in pages.impersonators)
        detail = ", ".join(f"{label}: {_n(v)}" for label, v in pages.impersonators if v)
        items.append(f"Trang mạo danh phát hiện: {_n(total)} trang" + (f" ({detail})" if detail else ""))
        blocks.append(Bullets(_listed(items)))

    blocks.append(Heading("3. Nội dung tuyên truyền theo kế hoạch, lịch đăng tải", 2))
    calendar = data.calendar
    if calendar is None:
        blocks.append(Para(NO_DATA))
    else:
        for i, (title, column, pairs, total) in enumerate((
            ("Theo định kỳ", "Định kỳ", calendar.by_period, True),
            ("Theo lĩnh vực", "Lĩnh vực", calendar.by_domain, False),
            ("Theo trạng thái", "Trạng thái", calendar.by_status, True),
        )):
            blocks.append(Heading(f"{vn_point_label(i)} {title}", 3))
            if not pairs:
                blocks.append(Para(NO_DATA))
                continue
            rows: list[list[object]] = [[n, label, count] for n, (label, count) in enumerate(pairs, 1)]
            if total:
                rows.append(["", "Tổng cộng", sum(c for _, c in pairs)])
            blocks.append(Table(("STT", column, "Số nội dung"), rows, col_widths_ratio=(8, 60, 22),
                                numeric_columns=(2,), bold_rows=(len(rows) - 1,) if total else ()))
            if not total:
                blocks.append(Para(
                    "Một nội dung có thể thuộc nhiều lĩnh vực nên không cộng tổng theo lĩnh vực."))
    blocks += _section_outreach(data)
    return blocks


def _section_outreach(data: AnnualReportData) -> list[Block]:
    """II.4: the outreach to licensed news sites and social networks (plan II.1, II.2, III.1, III.4)."""
    blocks: list[Block] = [Heading("4. Vận động trang thông tin điện tử tổng hợp, mạng xã hội", 2)]
    o = data.outreach
    if o is None:
        blocks.append(Para(NO_DATA))
        return blocks
    if o.empty:
        blocks.append(Para("Danh bạ chưa có trang thông tin điện tử tổng hợp, mạng xã hội nào: "
                           "không có số liệu vận động."))
        return blocks
    items = [
        f"Trang thông tin điện tử tổng hợp, mạng xã hội trong danh bạ: {_n(o.sites)} "
        f"({_n(o.news_sites)} trang thông tin điện tử tổng hợp, {_n(o.social_networks)} mạng xã hội)",
        f"Đã vận động (đến ngày {o.as_of:%d/%m/%Y}): {_n(o.contacted)} trang, trong đó liên hệ trong năm "
        f"{o.year}: {_n(o.contacted_in_year)} trang",
        f"Đồng ý phối hợp: {_n(o.agreed)} trang, trong đó {_n(o.with_column)} trang có chuyên mục về Hà Nội, "
        f"{_n(o.interleaved)} trang đăng tin, bài xen kẽ; từ chối: {_n(o.refused)} trang; tạm dừng: "
        f"{_n(o.paused)} trang",
        f"Được phép trích dẫn nguồn tin của cơ quan báo chí Thành phố: {_n(o.sites_allowed)} trang, "
        f"{_n(o.permissions_granted)} lượt cho phép (trong năm {o.year}: "
        f"{_n(o.permissions_granted_in_year)}); "
        f"{_n(o.permissions_pending)} đề nghị đang chờ trả lời",
        f"Tin, bài về Hà Nội các trang đã đăng tải trong năm {o.year}: {_n(o.articles)} tin, bài "
        f"(theo lịch nội dung: {_n(o.articles_from_calendar)}; số liệu các trang báo cáo thêm: "
        f"{_n(o.articles_entered)})",
    ]
    blocks.append(Bullets(_listed(items)))
    return blocks


def _listed(items: list[str]) -> list[str]:
    return [item + ("." if i == len(items) - 1 else ";") for i, item in enumerate(items)]


def _grouped_rows(rows: Sequence[IntakeRow], summary: IntakeSummary | None = None,
                  figures: bool = True) -> tuple[list[list[object]], list[int]]:
    """Kinds as bold group rows (I, II, …) each closed by its bold subtotal; agencies numbered on
    through the groups; the bold grand total last. Returns the rows and the indices of the bold ones."""
    out: list[list[object]] = []
    bold: list[int] = []
    groups: list[tuple[AgencyKind, list[IntakeRow]]] = []
    for row in rows:
        if not groups or groups[-1][0] is not row.kind:
            groups.append((row.kind, []))
        groups[-1][1].append(row)
    number = 0
    for g, (kind, members) in enumerate(groups, 1):
        bold.append(len(out))
        out.append(_group_row(vn_roman(g), kind.label.upper(), figures))
        for row in members:
            number += 1
            out.append([number, row.agency_name, _SHORT_STATUS[row.status], row.received_on, _doc_ref(row),
                        row.receipt.signature_label if row.receipt else "",
                        *(row.figure(name) for name in FIGURES)] if figures else
                       [number, row.agency_name])
        if figures and len(groups) > 1:
            received = sum(1 for r in members if r.status.received)
            bold.append(len(out))
            out.append(["", f"Cộng {kind_words(kind)}", f"{_n(received)}/{_n(len(members))}", "", "",
                        _signed(members), *(_sum(members, name) for name in FIGURES)])
    if figures and summary is not None:
        bold.append(len(out))
        out.append(["", "Tổng cộng", f"{_n(summary.received)}/{_n(summary.expected)}", "", "", _signed(rows),
                    *(summary.totals[name] if summary.reporting[name] else None for name in FIGURES)])
    return out, bold


def _signed(rows: Sequence[IntakeRow]) -> str:
    """How many reports carry a valid digital signature (the "Chữ ký số" column's total)."""
    return f"{_n(sum(1 for r in rows if r.receipt and r.receipt.signature_status == 'valid'))} hợp lệ"


def _group_row(numeral: str, title: str, figures: bool) -> list[object]:
    return [numeral, title, "", "", "", "", *([None] * len(FIGURES))] if figures else [numeral, title]


def _sum(rows: Sequence[IntakeRow], name: str) -> int | None:
    values = [v for v in (r.figure(name) for r in rows) if v is not None]
    return sum(values) if values else None


def write_annual_report(path: Path, data: AnnualReportData, *, progress: Progress | None = None,
                        appendix_path: Path | None = None) -> Path:
    """The annual report; with *appendix_path*, its appendix written as its own file there (Decree 30:
    the organisation then signs that file on its own, a text signature top right of its first page)."""
    document = annual_report_document(data)
    if appendix_path is None or document.appendix is None:
        return write_official_pdf(path, document, progress=progress)
    written = write_official_pdf(path, dataclass_replace(document, appendix=None), progress=progress)
    letterhead = document.letterhead
    write_appendix_pdf(appendix_path, document.appendix, issuer=letterhead.office_name,
                       number_symbol=format_number_symbol(letterhead.number, None, letterhead.symbol),
                       draft=document.draft)
    return written


def appendix_file_name(path: Path) -> Path:
    """Where the appendix of *path* goes when written as its own file: "X - Phụ lục.pdf" beside it."""
    return path.with_name(f"{path.stem} - Phụ lục{path.suffix or '.pdf'}")


# ------------------------------------------------------------------------------------ reminder
def reminder_document(data: ReminderData) -> OfficialDocument:
    """The công văn đôn đốc to the agencies without a report; a long list goes in an appendix."""
    o = data.office
    short = o.office_short
    count = len(data.agencies)
    listed = count <= _REMINDER_ADDRESSEES_MAX
    addressees = tuple(r.agency_name for r in data.agencies) if listed else (
        "Các cơ quan, đơn vị có tên tại danh sách kèm theo",)
    if data.day > data.deadline:
        situation = (f"Đến ngày {data.day:%d/%m/%Y}, đã quá hạn báo cáo nhưng {short} chưa nhận được báo cáo "
                     f"năm {data.year} của {_n(count)} cơ quan, đơn vị")
    else:
        situation = (f"Đến ngày {data.day:%d/%m/%Y}, {short} chưa nhận được báo cáo năm {data.year} của "
                     f"{_n(count)} cơ quan, đơn vị")
    situation += " (danh sách kèm theo)." if not listed else "."
    body: list[Block] = [
        Para(f"Thực hiện {o.plan_reference}, các cơ quan, đơn vị báo cáo kết quả thực hiện "
             f"Kế hoạch, gửi {short} chậm nhất ngày {data.deadline.day} tháng {data.deadline.month} hằng năm "
             "để tổng hợp, báo cáo Ủy ban nhân dân Thành phố."),
        Para(situation),
        Para(f"Để kịp tổng hợp, báo cáo Ủy ban nhân dân Thành phố, {short} đề nghị các cơ quan, đơn vị "
             f"khẩn trương gửi báo cáo kết quả thực hiện Kế hoạch năm {data.year} về {short} chậm nhất ngày "
             f"{data.reply_by:%d/%m/%Y}. Báo cáo nêu rõ: số tin, bài đăng trên trang/cổng thông tin điện tử "
             "và trên fanpage của cơ quan, đơn vị; số fanpage chính thức; số nhân sự giám sát thông tin; "
             "số lượt tương tác đã xử lý; kết quả, khó khăn, vướng mắc và đề xuất, kiến nghị."),
        Para("Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."),
    ]
    appendix = None
    if not listed:
        rows, bold = _grouped_rows(data.agencies, figures=False)
        appendix = Appendix(
            title=f"Phụ lục\nDANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO NĂM {data.year}",
            subtitle=o.attached_to("Công văn", data.number, document_symbol(o, None), data.day),
            headers=("STT", "Cơ quan, đơn vị"),
            rows=tuple(rows),
            col_widths=(10, 90),
            bold_rows=bold,
        )
    return issued_document(
        o, kind=None, number=data.number, day=data.day,
        summary_line=f"V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch năm {data.year}",
        addressees=addressees,
        body=body,
        recipients=data.settings.reminder_recipients,
        appendix=appendix,
    )


def write_reminder(path: Path, data: ReminderData, *, progress: Progress | None = None) -> Path:
    return write_official_pdf(path, reminder_document(data), progress=progress)


# ------------------------------------------------------------------------------------ intake workbook
INTAKE_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Cơ quan, đơn vị"),
    Column("Loại"),
    Column("Tình trạng"),
    Column("Ngày nhận", kind="date"),
    Column("Số văn bản"),
    Column("Ngày văn bản", kind="date"),
    *(Column(FIGURE_SHORT[name], kind="int", number_format="#,##0") for name in FIGURES),
    Column("Kết quả"),
    Column("Khó khăn, vướng mắc"),
    Column("Đề xuất, kiến nghị"),
    Column("Ghi chú"),
    Column("Tệp đính kèm"),
)


def _intake_row(number: int, row: IntakeRow) -> Sequence[object]:
    receipt = row.receipt
    status = row.status.label + ("" if row.expected else " (ngoài danh sách phải báo cáo)")
    return (
        number, row.agency_name, row.kind.label, status,
        receipt.received_on if receipt else None,
        receipt.doc_number if receipt else "",
        receipt.doc_date if receipt else None,
        *(row.figure(name) for name in FIGURES),
        receipt.results if receipt else "",
        receipt.difficulties if receipt else "",
        receipt.proposals if receipt else "",
        receipt.notes if receipt else "",
        receipt.attachment_name if receipt else "",
    )


def write_intake(path: Path, rows: Sequence[IntakeRow], year: int, deadline: date,
                 **options: Unpack[ListOptions]) -> Path:
    """The intake table as the view shows it (its filter, its order), one row per agency."""
    intake = ListSheet(f"Báo cáo năm {year}",
                       f"TÌNH HÌNH TIẾP NHẬN BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM {year}",
                       INTAKE_COLUMNS, _intake_row)
    return intake.write(path, rows, **{**options, "scope": f"Hạn gửi báo cáo: {deadline:%d/%m/%Y}"})
