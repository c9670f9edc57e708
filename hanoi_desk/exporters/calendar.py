"""The content calendar as files: an Excel workbook, the official PDF list taken to the agreement
meeting, and an iCalendar file staff open in Outlook.

The caller passes the items the view shows, in its order, and the date range they cover, so the
file matches the screen. Office names and the signer come in as plain values (the settings).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from hanoi_desk.domain.calendar import ContentItem, Party, Status, range_label
from hanoi_desk.domain.documents import Issue, vn_count
from hanoi_desk.exporters.issued import document_symbol, issued_document
from hanoi_desk.exporters.lists import ListOptions, ListSheet
from hanoi_desk.exporters.official_pdf import Appendix, OfficialDocument, Para, write_official_pdf
from hanoi_desk.exporters.xlsx import CancelCheck, Column, ProgressCallback

if TYPE_CHECKING:
    from typing_extensions import Unpack

XLSX_TITLE = "LỊCH NỘI DUNG THÔNG TIN TUYÊN TRUYỀN"
LETTER_SUBJECT = "V/v thống nhất nội dung thông tin tuyên truyền"

XLSX_COLUMNS: tuple[Column, ...] = (
    Column("STT", kind="int"),
    Column("Ngày", kind="date"),
    Column("Kỳ"),
    Column("Định kỳ"),
    Column("Tiêu đề"),
    Column("Tóm tắt"),
    Column("Lĩnh vực"),
    Column("Cơ quan đề xuất"),
    Column("Trạng thái", width=16),
    Column("Hạn đăng", width=12, kind="date"),
    # Often still empty when the list goes to the agreement meeting: widths fixed, so the headers
    # stay legible instead of shrinking to the empty content.
    Column("Ban Tuyên giáo thống nhất", width=16),
    Column("VP UBND thống nhất", width=16),
    Column("Đã chuyển cho", width=18),
    Column("Đã đăng tại", width=18),
    Column("Đường dẫn bài đăng", width=22, kind="url"),
    Column("Lý do / Ghi chú", width=24),
)


# ----------------------------------------------------------------------------- Excel
def _xlsx_row(number: int, item: ContentItem) -> Sequence[object]:
    return (
        number,
        item.day,
        item.period_label,
        item.period.label,
        item.title,
        item.summary,
        item.domains_text,
        item.agency_name,
        item.status_text,
        item.due_date,
        _agreement(item, Party.PROPAGANDA_BOARD),
        _agreement(item, Party.PC_OFFICE),
        "\n".join(f"{d.target} ({d.distributed_on:%d/%m/%Y})" for d in item.distributions),
        "\n".join(f"{p.where} ({p.published_on:%d/%m/%Y})" for p in item.publications),
        "\n".join(p.url for p in item.publications if p.url),
        "\n".join(text for text in (item.status_reason, item.notes) if text),
    )


CALENDAR: ListSheet[ContentItem] = ListSheet("Lịch nội dung", XLSX_TITLE, XLSX_COLUMNS, _xlsx_row)


def write_calendar_xlsx(path: Path, items: Sequence[ContentItem], start: date, end: date,
                        **options: Unpack[ListOptions]) -> Path:
    """One row per item with its period, domains, agency, status, agreements, hand-overs and links."""
    scope = f"{_capitalised(range_label(start, end))} — {len(items)} nội dung"
    return CALENDAR.write(path, items, **{**options, "scope": scope})


def _agreement(item: ContentItem, party: Party) -> str:
    found = item.agreement(party)
    if found is None:
        return ""
    who = f"{found.agreed_by}, " if found.agreed_by else ""
    return f"{who}{found.agreed_on:%d/%m/%Y}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----------------------------------------------------------------------------- PDF
def calendar_document(items: Sequence[ContentItem], start: date, end: date, issue: Issue) -> OfficialDocument:
    """The công văn asking the agreeing parties (a setting: the party's propaganda and mass-mobilisation
    board and the People's Committee office, since 2025) to agree the content of a week, month,
    half-year or year, the list in its appendix (documents.md: a list is not a document type)."""
    o = issue.issuer
    span = range_label(start, end)
    parties = ", ".join(a.strip().rstrip(" ;.,") for a in issue.addressees if a.strip())
    appendix = None
    if items:
        body = [
            Para(f"Thực hiện {o.plan_reference}, {o.office_short} đã tổng hợp {vn_count(len(items))} "
                 f"nội dung thông tin tuyên truyền {span} do các cơ quan, đơn vị đề xuất đăng tải lên hệ "
                 "thống trang thông tin điện tử, mạng xã hội (Phụ lục kèm theo)."),
            Para(f"{o.office_short} đề nghị {parties} cho ý kiến thống nhất đối với các nội dung trên để "
                 f"{o.office_short} triển khai đăng tải theo Kế hoạch./."),
        ]
        appendix = Appendix(
            title=f"Phụ lục\nNỘI DUNG THÔNG TIN TUYÊN TRUYỀN {span.upper()}",
            subtitle=o.attached_to("Công văn", issue.number, document_symbol(o, None), issue.day),
            headers=("STT", "Nội dung", "Lĩnh vực", "Định kỳ, thời gian", "Cơ quan đề xuất", "Tình trạng"),
            rows=tuple((number, item.title + (f"\n{item.summary}" if item.summary else ""), item.domains_text,
                        _when(item), item.agency_name, item.status_text)
                       for number, item in enumerate(items, 1)),
            col_widths=(0.75, 3.7, 1.45, 1.95, 1.9, 1.45),
        )
    else:
        body = [Para(f"{o.office_short} thông báo: không có nội dung thông tin tuyên truyền nào {span} cần "
                     f"đề nghị {parties} thống nhất./.")]
    return issued_document(
        o, kind=None, number=issue.number, day=issue.day,
        summary_line=f"{LETTER_SUBJECT} {span}",
        addressees=issue.addressees,
        body=body,
        recipients=issue.recipients,
        appendix=appendix,
    )


def _when(item: ContentItem) -> str:
    """The period and the day: a monthly item on 30/11 is "Hàng tháng" and "30/11/2026", not its month."""
    return f"{item.period.label}\n{item.day:%d/%m/%Y}"


def write_calendar_pdf(path: Path, items: Sequence[ContentItem], start: date, end: date, issue: Issue,
                       *, progress: ProgressCallback | None = None) -> Path:
    return write_official_pdf(path, calendar_document(items, start, end, issue), progress=progress)


# ----------------------------------------------------------------------------- iCalendar
_ICS_STATUS = {
    Status.PROPOSED: "TENTATIVE",
    Status.AGREED: "CONFIRMED",
    Status.DISTRIBUTED: "CONFIRMED",
    Status.PUBLISHED: "CONFIRMED",
    Status.REJECTED: "CANCELLED",
    Status.CANCELLED: "CANCELLED",
}


def calendar_ics(items: Sequence[ContentItem], start: date, end: date,
                 now: datetime | None = None) -> Calendar:
    """One all-day event per item (per occurrence of a series: each has its own status), with a UID
    that stays the same from one export to the next so that Outlook updates rather than duplicates."""
    cal = Calendar()
    cal.add("prodid", "-//Hanoi Desk//Lich noi dung//VI")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"Lịch nội dung {range_label(start, end)}")
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    for item in items:
        event = Event()
        event.add("uid", f"content-item-{item.id}@hanoi-desk")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.title)
        event.add("description", _description(item))
        if item.domains:
            event.add("categories", [d.label for d in item.domains])
        event.add("status", _ICS_STATUS[item.status])
        event.add("transp", "TRANSPARENT")  # an item to publish does not make anyone busy
        url = next((p.url for p in item.publications if p.url), "")
        if url:
            event.add("url", url)
        if item.updated_at is not None:
            event.add("last-modified", item.updated_at.replace(tzinfo=timezone.utc, microsecond=0))
        cal.add_component(event)
    return cal


def _description(item: ContentItem) -> str:
    lines = [item.summary] if item.summary else []
    lines.append(f"Định kỳ: {item.period.label} ({item.period_label})")
    if item.domains:
        lines.append(f"Lĩnh vực: {item.domains_text}")
    if item.agency_name:
        lines.append(f"Cơ quan đề xuất: {item.agency_name}")
    lines.append(f"Trạng thái: {item.status_text}")
    if item.due_date:
        lines.append(f"Hạn đăng: {item.due_date:%d/%m/%Y}")
    if item.notes:
        lines.append(f"Ghi chú: {item.notes}")
    return "\n".join(lines)


def write_calendar_ics(path: Path, items: Sequence[ContentItem], start: date, end: date,
                       now: datetime | None = None) -> Path:
    """Write the .ics next to *path* first and move it into place, so Outlook never opens half a file."""
    path = Path(path)
    data = calendar_ics(items, start, end, now).to_ical()
    fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".ics.tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp_name, path)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return path


def write_calendar(path: Path, items: Sequence[ContentItem], start: date, end: date, issue: Issue | None,
                   *, now: datetime | None = None, progress: ProgressCallback | None = None,
                   cancelled: CancelCheck | None = None) -> Path:
    """The format follows the extension: .xlsx, .pdf or .ics (what the CLI and the window call).

    *issue* (who signs the công văn, its date and number) is needed for the PDF only; *now* (the
    caller's clock) dates the export line and the .ics stamps.
    """
    suffix = Path(path).suffix.lower()
    day = now.date() if now is not None else None
    if suffix == ".xlsx":
        return write_calendar_xlsx(path, items, start, end, exported_on=day, progress=progress,
                                   cancelled=cancelled)
    if suffix == ".pdf":
        if issue is None:
            raise ValueError("Cần thông tin cơ quan ban hành để lập công văn PDF.")
        return write_calendar_pdf(path, items, start, end, issue, progress=progress)
    if suffix == ".ics":
        return write_calendar_ics(path, items, start, end, now)
    raise ValueError(f"Không xuất được ra “{Path(path).name}”: chỉ hỗ trợ tệp .xlsx, .pdf hoặc .ics.")


EXPORT_SUFFIXES = (".xlsx", ".pdf", ".ics")
