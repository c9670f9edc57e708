"""The report intake's documents: the aggregate report to UBND, the reminder letter, the intake workbook.

Plain values in (gathered by the report service), a file out. The wording of the two official
documents lives here, next to their layout, so that one read of this module shows what the office
signs; the format itself (Decree 30/2020) is the official PDF engine's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace as dataclass_replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.reports import (
    ANNUAL_REPORT_SUMMARY,
    FIGURE_LABELS,
    FIGURE_SHORT,
    FIGURES,
    NO_DATA,
    AnnualReportData,
    IntakeRow,
    IntakeSummary,
    ReminderData,
    ReportStatus,
)
from hanoi_desk.exporters.official_pdf import (
    Appendix,
    Block,
    Bullets,
    Heading,
    Letterhead,
    OfficialDocument,
    Para,
    Recipients,
    Signature,
    Table,
    format_number_symbol,
    vn_number,
    vn_point_label,
    write_appendix_pdf,
    write_official_pdf,
)
from hanoi_desk.exporters.xlsx import (
    CancelCheck,
    Column,
    ProgressCallback,
    SheetSpec,
    export_stamp,
    write_workbook,
)

ADDRESSEE = "Ủy ban nhân dân Thành phố Hà Nội"
_UNITS = {
    "portal_items": "tin, bài",
    "fanpage_items": "tin, bài",
    "official_fanpages": "trang",
    "monitoring_staff": "người",
    "interactions_handled": "lượt",
}
_REMINDER_ADDRESSEES_MAX = 5

Progress = Callable[[int, int], None]


def _ref_number(number: str) -> str:
    """The document's number as its header prints it (05, not 5); "…" where it is written by hand."""
    number = number.strip()
    if number.isdigit() and 0 < int(number) < 10:
        return f"{int(number):02d}"
    return number or "…"


def _n(value: int) -> str:
    return vn_number(value)


def _percent(part: int, whole: int) -> str:
    if not whole:
        return "0"
    return vn_number(round(Decimal(part * 100) / Decimal(whole), 1))


def _names(rows: Sequence[IntakeRow]) -> str:
    return ", ".join(r.agency_name for r in rows)


def _paragraphs(text: str) -> list[Block]:
    """The office's free text, one paragraph per line as typed; nothing typed still says so."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [Para(line) for line in lines] if lines else [Para("Không có.")]


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
    symbol = f"BC-{o.office_symbol}"
    letterhead = Letterhead(o.parent_body, o.office_name, data.texts.number or None, symbol, o.place,
                            data.day)
    body: list[Block] = [Para(
        f"Thực hiện {data.settings.plan_reference} (sau đây gọi là Kế hoạch); trên cơ sở báo cáo "
        f"của các cơ quan, đơn vị, {data.settings.office_short} báo cáo kết quả thực hiện Kế hoạch "
        f"năm {year} như sau:"
    )]
    body += _section_implementation(data)
    body += _section_results(data)
    body.append(Heading("III. Tồn tại, hạn chế", 1))
    body += _paragraphs(data.texts.shortcomings)
    body.append(Heading("IV. Đề xuất, kiến nghị", 1))
    body += _paragraphs(data.texts.proposals)
    body.append(Para(
        f"Trên đây là báo cáo kết quả thực hiện Kế hoạch năm {year}, {data.settings.office_short} "
        "kính báo cáo Ủy ban nhân dân Thành phố xem xét, chỉ đạo./."
    ))
    number = _ref_number(data.texts.number)
    return OfficialDocument(
        letterhead=letterhead,
        kind="BÁO CÁO",
        title_summary=ANNUAL_REPORT_SUMMARY.format(year=year),
        addressees=(ADDRESSEE,),
        body=tuple(body),
        recipients=Recipients(data.settings.recipients),
        signature=Signature(o.signing_authority, o.signer_title, o.signer_name),
        appendix=Appendix(
            title=f"Phụ lục\nTÌNH HÌNH GỬI BÁO CÁO VÀ SỐ LIỆU CỦA CÁC CƠ QUAN, ĐƠN VỊ NĂM {year}",
            subtitle=f"(Kèm theo Báo cáo số {number}/{symbol} ngày {data.day:%d/%m/%Y})",
            headers=("STT", "Cơ quan, đơn vị", "Tình trạng", "Ngày nhận", "Số, ngày văn bản", "Chữ ký số",
                     *(FIGURE_SHORT[f] for f in FIGURES)),
            rows=tuple(_appendix_rows(data.rows, data.summary)),
            landscape=True,
            col_widths=(4.5, 21, 9, 9.5, 13, 9, 7.5, 7, 7.5, 7, 7.5),
            numeric_columns=(6, 7, 8, 9, 10),
        ),
    )


def _section_implementation(data: AnnualReportData) -> list[Block]:
    s = data.summary
    blocks: list[Block] = [
        Heading("I. Tình hình triển khai thực hiện", 1),
        Heading("1. Tình hình gửi báo cáo của các cơ quan, đơn vị", 2),
        Para(
            f"Theo Kế hoạch, các cơ quan, đơn vị gửi báo cáo kết quả thực hiện trước ngày "
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
                        rows, col_widths_ratio=(34, 14, 12, 13, 11, 12), numeric_columns=(1, 2, 3, 4, 5)))
    late = [r for r in data.rows if r.status is ReportStatus.LATE]
    missing = [r for r in data.rows if r.status is ReportStatus.MISSING]
    if late:
        blocks.append(Para(f"Các cơ quan, đơn vị gửi báo cáo muộn: {_names(late)}."))
    if missing:
        blocks.append(Para(f"Các cơ quan, đơn vị chưa gửi báo cáo: {_names(missing)}."))
    elif s.expected and not s.not_due:
        blocks.append(Para("Tất cả các cơ quan, đơn vị đã gửi báo cáo."))
    return blocks


def _kind_phrase(s: IntakeSummary) -> str:
    words = {
        AgencyKind.DEPARTMENT: "sở, ban, ngành",
        AgencyKind.DISTRICT: "UBND quận, huyện, thị xã",
        AgencyKind.COMMUNE: "UBND xã, phường",
        AgencyKind.PRESS: "cơ quan báo chí",
    }
    return "; ".join(f"{_n(k.expected)} {words.get(k.kind, k.kind.label.lower())}" for k in s.by_kind)


def _section_results(data: AnnualReportData) -> list[Block]:
    s = data.summary
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
                             f"(số liệu của {_n(count)} cơ quan, đơn vị)")
            else:
                items.append(f"{FIGURE_LABELS[name]}: không có số liệu")
        blocks.append(Bullets(_listed(items)))

    blocks.append(Heading("2. Fanpage chính thức của các cơ quan, đơn vị", 2))
    pages = data.fanpages
    if pages is None:
        blocks.append(Para(NO_DATA))
    else:
        as_of = min(data.day, date(data.year, 12, 31))
        items = [
            f"Số fanpage chính thức đã đăng ký (đến ngày {as_of:%d/%m/%Y}): {_n(pages.official_pages)} trang",
            f"Đã được xác thực (tick xanh): {_n(pages.verified)} trang",
            f"Đang đề nghị xác thực: {_n(pages.proposed)} trang",
            f"Bị từ chối xác thực: {_n(pages.refused)} trang",
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
                                numeric_columns=(2,)))
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


def _appendix_rows(rows: Sequence[IntakeRow], summary: IntakeSummary) -> Iterator[list[object]]:
    """Kinds as group rows (I, II, …), agencies numbered on through the groups, totals last."""
    numerals = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
    group = -1
    kind: AgencyKind | None = None
    number = 0
    for row in rows:
        if row.kind is not kind:
            kind = row.kind
            group += 1
            yield [numerals[group % len(numerals)], kind.label.upper(), "", "", "", "",
                   *([None] * len(FIGURES))]
        number += 1
        yield [number, row.agency_name, row.status.label, row.received_on, _doc_ref(row),
               row.receipt.signature_label if row.receipt else "", *(row.figure(name) for name in FIGURES)]
    signed = sum(1 for r in rows if r.receipt and r.receipt.signature_status == "valid")
    yield ["", "Tổng cộng", f"{_n(summary.received)}/{_n(summary.expected)}", "", "",
           f"{_n(signed)} hợp lệ", *(summary.totals[name] for name in FIGURES)]


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
                       number_symbol=format_number_symbol(letterhead.number, None, letterhead.symbol))
    return written


def appendix_file_name(path: Path) -> Path:
    """Where the appendix of *path* goes when written as its own file: "X - Phụ lục.pdf" beside it."""
    return path.with_name(f"{path.stem} - Phụ lục{path.suffix or '.pdf'}")


# ------------------------------------------------------------------------------------ reminder
def reminder_document(data: ReminderData) -> OfficialDocument:
    """The công văn đôn đốc to the agencies without a report; a long list goes in an appendix."""
    o = data.office
    short = data.settings.office_short
    symbol = "-".join(p for p in (o.office_symbol, data.settings.drafting_unit) if p)
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
        Para(f"Thực hiện {data.settings.plan_reference}, các cơ quan, đơn vị báo cáo kết quả thực hiện "
             f"Kế hoạch, gửi {short} trước ngày {data.deadline.day} tháng {data.deadline.month} hằng năm để "
             "tổng hợp, báo cáo "
             "Ủy ban nhân dân Thành phố."),
        Para(situation),
        Para(f"Để kịp tổng hợp, báo cáo Ủy ban nhân dân Thành phố, {short} đề nghị các cơ quan, đơn vị "
             f"khẩn trương gửi báo cáo kết quả thực hiện Kế hoạch năm {data.year} về {short} trước ngày "
             f"{data.reply_by:%d/%m/%Y}. Báo cáo nêu rõ: số tin, bài đăng trên Trang/Cổng thông tin điện "
             "tử và trên fanpage của cơ quan, đơn vị; số fanpage chính thức; số nhân sự giám sát thông tin; "
             "số lượt tương tác đã xử lý; kết quả, khó khăn, vướng mắc và đề xuất, kiến nghị."),
        Para("Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./."),
    ]
    number = _ref_number(data.number)
    appendix = None if listed else Appendix(
        title=f"DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO NĂM {data.year}",
        subtitle=f"(Kèm theo Công văn số {number}/{symbol} ngày {data.day:%d/%m/%Y})",
        headers=("STT", "Cơ quan, đơn vị", "Loại"),
        rows=tuple([i, r.agency_name, r.kind.label] for i, r in enumerate(data.agencies, 1)),
        col_widths=(8, 62, 30),
    )
    return OfficialDocument(
        letterhead=Letterhead(
            o.parent_body, o.office_name, data.number or None, symbol, o.place, data.day,
            summary_line=f"V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch năm {data.year}",
        ),
        kind=None,
        addressees=addressees,
        body=tuple(body),
        recipients=Recipients(data.settings.reminder_recipients),
        signature=Signature(o.signing_authority, o.signer_title, o.signer_name),
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
    Column("Tệp đính kèm"),
)


def write_intake(
    path: Path,
    rows: Sequence[IntakeRow],
    year: int,
    deadline: date,
    *,
    exported_on: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """The intake table as the view shows it (its filter, its order), one row per agency."""
    sheet = SheetSpec(
        name=f"Báo cáo năm {year}",
        title=f"TÌNH HÌNH TIẾP NHẬN BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM {year}",
        subtitle=f"Hạn gửi báo cáo: {deadline:%d/%m/%Y} — {export_stamp(exported_on)}",
        columns=INTAKE_COLUMNS,
        rows=_IntakeRows(rows),
    )
    return write_workbook(path, [sheet], progress=progress, cancelled=cancelled)


class _IntakeRows:
    def __init__(self, rows: Sequence[IntakeRow]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Sequence[object]]:
        for number, row in enumerate(self._rows, 1):
            receipt = row.receipt
            status = row.status.label + ("" if row.expected else " (ngoài danh sách phải báo cáo)")
            yield (
                number, row.agency_name, row.kind.label, status,
                receipt.received_on if receipt else None,
                receipt.doc_number if receipt else "",
                receipt.doc_date if receipt else None,
                *(row.figure(name) for name in FIGURES),
                receipt.results if receipt else "",
                receipt.difficulties if receipt else "",
                receipt.proposals if receipt else "",
                receipt.attachment_name if receipt else "",
            )
