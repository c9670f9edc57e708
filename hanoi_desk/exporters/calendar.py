"""The content calendar as files: an Excel workbook, the official PDF list taken to the agreement
meeting, and an iCalendar file staff open in Outlook.

The caller passes the items the view shows, in its order, and the date range they cover, so the
file matches the screen. Office names and the signer come in as plain values (the settings).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Protocol

from icalendar import Calendar, Event

from hanoi_desk.domain.calendar import ContentItem, Party, Status, range_label
from hanoi_desk.exporters.official_pdf import (
    Letterhead,
    OfficialDocument,
    Para,
    Recipients,
    Signature,
    Table,
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

XLSX_TITLE = "LỊCH NỘI DUNG THÔNG TIN TUYÊN TRUYỀN"
PDF_KIND = "DANH MỤC"
PDF_SUMMARY = "Nội dung thông tin tuyên truyền"
PDF_ADDRESSEES = ("Ban Tuyên giáo Thành ủy", "Văn phòng Ủy ban nhân dân Thành phố")

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


class OfficeInfo(Protocol):
    """What the PDF needs of the office settings (services.settings.OfficeSettings has it)."""

    parent_body: str
    office_name: str
    office_symbol: str
    place: str
    signing_authority: str
    signer_title: str
    signer_name: str


# ----------------------------------------------------------------------------- Excel
def write_calendar_xlsx(
    path: Path,
    items: Sequence[ContentItem],
    start: date,
    end: date,
    *,
    exported_on: date | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """One row per item with its period, domains, agency, status, agreements, hand-overs and links."""
    subtitle = (f"{_capitalised(range_label(start, end))} — {len(items)} nội dung — "
                f"{export_stamp(exported_on)}")
    sheet = SheetSpec(name="Lịch nội dung", title=XLSX_TITLE, subtitle=subtitle, columns=XLSX_COLUMNS,
                      rows=_XlsxRows(items))
    return write_workbook(path, [sheet], progress=progress, cancelled=cancelled)


class _XlsxRows:
    """Rows built lazily but sized, so the progress bar knows the total."""

    def __init__(self, items: Sequence[ContentItem]) -> None:
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Sequence[object]]:
        for number, item in enumerate(self._items, 1):
            yield (
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


def _agreement(item: ContentItem, party: Party) -> str:
    found = item.agreement(party)
    if found is None:
        return ""
    who = f"{found.agreed_by}, " if found.agreed_by else ""
    return f"{who}{found.agreed_on:%d/%m/%Y}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# ----------------------------------------------------------------------------- PDF
def calendar_document(items: Sequence[ContentItem], start: date, end: date, office: OfficeInfo,
                      issued: date | None = None) -> OfficialDocument:
    """The "Danh mục nội dung thông tin tuyên truyền" of a week, month, half-year or year, in the
    Decree 30 format, for the office to agree with the propaganda board and the PC office."""
    span = range_label(start, end)
    rows = [
        (
            number,
            item.title + (f"\n{item.summary}" if item.summary else ""),
            item.domains_text,
            item.period_label if item.period.repeats else f"Đột xuất, {item.day:%d/%m/%Y}",
            item.agency_name,
            item.status_text,
        )
        for number, item in enumerate(items, 1)
    ]
    if rows:
        intro = (f"Danh mục nội dung thông tin tuyên truyền {span} cần thống nhất để đăng tải lên hệ thống "
                 f"trang thông tin điện tử, mạng xã hội gồm {len(rows)} nội dung, cụ thể như sau:")
        body: list[object] = [
            Para(intro),
            Table(headers=("STT", "Nội dung", "Lĩnh vực", "Định kỳ, thời gian", "Cơ quan đề xuất",
                           "Tình trạng"),
                  rows=rows, col_widths_ratio=(0.75, 3.7, 1.45, 1.95, 1.9, 1.45), numeric_columns=(0,)),
        ]
    else:
        body = [Para(f"Không có nội dung thông tin tuyên truyền nào {span}.")]
    body.append(Para("Đề nghị Ban Tuyên giáo Thành ủy, Văn phòng Ủy ban nhân dân Thành phố cho ý kiến "
                     "thống nhất để triển khai đăng tải./."))
    return OfficialDocument(
        letterhead=Letterhead(
            parent_body=office.parent_body,
            office_name=office.office_name,
            number=None,
            symbol=f"DM-{office.office_symbol}",
            place=office.place,
            day=issued or date.today(),
        ),
        kind=PDF_KIND,
        title_summary=f"{PDF_SUMMARY} {span}",
        addressees=PDF_ADDRESSEES,
        body=body,  # type: ignore[arg-type]
        recipients=Recipients(("Như trên", "Lưu: VT")),
        signature=Signature(office.signing_authority, office.signer_title, office.signer_name),
    )


def write_calendar_pdf(path: Path, items: Sequence[ContentItem], start: date, end: date, office: OfficeInfo,
                       *, issued: date | None = None, progress: ProgressCallback | None = None) -> Path:
    return write_official_pdf(path, calendar_document(items, start, end, office, issued), progress=progress)


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


def write_calendar(path: Path, items: Sequence[ContentItem], start: date, end: date, office: OfficeInfo,
                   *, now: datetime | None = None, progress: ProgressCallback | None = None,
                   cancelled: CancelCheck | None = None) -> Path:
    """The format follows the extension: .xlsx, .pdf or .ics (what the CLI and the window call).

    *now* (the caller's clock) dates the document, the export line and the .ics stamps.
    """
    suffix = Path(path).suffix.lower()
    day = now.date() if now is not None else None
    if suffix == ".xlsx":
        return write_calendar_xlsx(path, items, start, end, exported_on=day, progress=progress,
                                   cancelled=cancelled)
    if suffix == ".pdf":
        return write_calendar_pdf(path, items, start, end, office, issued=day, progress=progress)
    if suffix == ".ics":
        return write_calendar_ics(path, items, start, end, now)
    raise ValueError(f"Không xuất được ra “{Path(path).name}”: chỉ hỗ trợ tệp .xlsx, .pdf hoặc .ics.")


EXPORT_SUFFIXES = (".xlsx", ".pdf", ".ics")
