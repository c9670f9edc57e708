"""The documents the office signs, read back as the People's Committee would read them, and printed."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.reports import AttachmentDraft, Figures, ReceiptDraft, ReportSettings, ReportTexts
from hanoi_desk.exporters.reports import write_annual_report, write_intake, write_reminder
from hanoi_desk.services.reports import ReportService

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                                   reason="poppler-utils not installed")
MM = 72 / 25.4
DAY = date(2025, 12, 5)
NASTY = "Công ty <TNHH A> & B <img src=x> ở Ứng Hòa"


@dataclass
class CalendarSummary:
    by_period: dict[str, int] = field(
        default_factory=lambda: {"Hàng tuần": 52, "Hàng tháng": 12, "Đột xuất": 7})
    by_domain: dict[str, int] = field(default_factory=lambda: {"Kinh tế": 30, "Văn hóa": 25})
    by_status: dict[str, int] = field(default_factory=lambda: {"Đã đăng": 1060, "Đã hủy": 3})


@dataclass
class FanpageSummary:
    official_pages: int = 45
    verified: int = 30
    proposed: int = 10
    refused: int = 2
    impersonators: dict[str, int] = field(default_factory=lambda: {"Facebook": 5, "TikTok": 1})


def text_of(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


OFFICE = {"office.name": "Sở Văn hóa và Thể thao", "office.symbol": "SVHTT", "office.unit": "QLBC",
          "signer.name": "Nguyễn Văn Ký"}


def fill_2025(services: Services) -> None:
    """20 of the 22 expected agencies report: 12 on time, 8 late; 2 press agencies are missing.

    The communes (from 01/07/2025) are left out of this year's round, as an office may choose; the
    office is a real one, so nothing is a draft."""
    services.settings.save(OFFICE)
    services.reports.save_report_settings(ReportSettings(kinds=(AgencyKind.DEPARTMENT, AgencyKind.PRESS)))
    reports = services.reports
    rows = reports.intake(2025, DAY)
    for i, row in enumerate(rows[:20]):
        reports.record(ReceiptDraft(
            row.agency_id, 2025, date(2025, 11, 14) + timedelta(days=i), f"{100 + i}/BC", date(2025, 11, 12),
            Figures(1200 + i, 300, 2, 3, 45), "Kết quả", "Khó khăn", "Đề xuất",
            attachment=AttachmentDraft("bc.pdf", b"%PDF-1.4") if i == 0 else None,
        ))
    reports.save_texts(ReportTexts(2025, "7", unicodedata.normalize("NFD", NASTY) + "\nDòng thứ hai.",
                                   "Đề nghị UBND Thành phố chỉ đạo các cơ quan gửi báo cáo đúng hạn."), 0)


@needs_poppler
def test_annual_report_reads_back_as_the_official_format(services: Services, tmp_path: Path) -> None:
    fill_2025(services)
    services.reports.calendar_summary = lambda year: CalendarSummary()
    services.reports.fanpage_summary = lambda as_of: FanpageSummary()
    out = write_annual_report(tmp_path / "bc.pdf", services.reports.annual_report(2025, DAY))
    text = text_of(out)
    body = flat(text)
    for header in ("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 07/BC-SVHTT",
                   "Hà Nội, ngày 05 tháng 12 năm 2025"):
        assert header in body, header
    assert "DỰ THẢO" not in body  # the office and the signer are set: ready to sign
    assert ("BÁO CÁO Kết quả thực hiện Kế hoạch đưa thông tin về các nhiệm vụ kinh tế, chính trị, văn hóa, "
            "xã hội, an ninh, quốc phòng của thành phố Hà Nội lên hệ thống trang thông tin điện tử, "
            "mạng xã hội năm 2025") in body
    assert "Kính gửi: Ủy ban nhân dân Thành phố Hà Nội." in body
    positions = [body.index(h) for h in ("I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN", "II. KẾT QUẢ THỰC HIỆN",
                                         "III. TỒN TẠI, HẠN CHẾ", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:")]
    assert positions == sorted(positions)
    # Section I: the computed counts, by kind; the deadline as the rule counts it (the 25th is on time).
    assert "chậm nhất ngày 25/11/2025" in body and "trước ngày" not in body
    # The office itself (Sở Văn hóa và Thể thao) does not report to itself.
    assert "22 cơ quan, đơn vị phải báo cáo (gồm 15 sở, ban, ngành; 7 cơ quan báo chí)" in body
    assert ("đã nhận 20/22 báo cáo (90,9%), trong đó 12 báo cáo đúng hạn, 8 báo cáo gửi muộn; 2 cơ "
            "quan") in body
    assert ("Các cơ quan, đơn vị chưa gửi báo cáo: Báo Tuổi trẻ Thủ đô, Đài Phát thanh và Truyền hình Hà "
            "Nội.") in body
    # Section II: totals in Vietnamese number style, the registry and the calendar.
    assert sum(1200 + i for i in range(20)) == 24190
    assert ("Tin, bài đăng trên trang/cổng thông tin điện tử: 24.190 tin, bài (số liệu do 20 cơ quan, đơn vị "
            "báo cáo)") in body
    assert "TTĐT" not in body
    assert "Lượt tương tác đã xử lý: 900 lượt" in body
    assert "Đã được xác thực danh tính (tick xanh): 30 trang" in body
    assert "có thể khác số fanpage các cơ quan, đơn vị tự báo cáo tại mục 1" in body
    assert "Trang mạo danh phát hiện: 6 trang (Facebook: 5, TikTok: 1)" in body
    assert "Đã đăng 1.060" in body and "Hàng tuần 52" in body
    # Sections III and IV: the office's own text, with markup characters and NFD printed as typed.
    assert NASTY in body and "Dòng thứ hai." in body
    assert "Đề nghị UBND Thành phố chỉ đạo các cơ quan gửi báo cáo đúng hạn." in body
    # Closing block.
    for line in ("- Như trên;", "- Chủ tịch UBND Thành phố (để báo cáo);",
                 "- Ban Tuyên giáo và Dân vận Thành ủy;", "- Lưu: VT, QLBC.",
                 "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Ký"):
        assert line in text, line
    # Appendix: one row per expected agency, with status, date and figures, grouped by kind.
    appendix = flat(text[text.index("Phụ lục\nTÌNH HÌNH"):])
    assert "(Kèm theo Báo cáo số 07/BC-SVHTT ngày 05/12/2025 của Sở Văn hóa và Thể thao)" in appendix
    rows = [" ".join(line.split()) for line in text_of(out, "-layout").splitlines()]
    assert "I SỞ, BAN, NGÀNH" in rows and "II CƠ QUAN BÁO CHÍ" in rows
    assert "2 Sở Công Thương Đúng hạn 15/11/2025 101/BC 1.201 300 2 3 45" in rows
    assert "12 Sở Xây dựng Đúng hạn 25/11/2025 111/BC 1.211 300 2 3 45" in rows  # received on the deadline
    assert "21 Báo Tuổi trẻ Thủ đô Chưa gửi" in rows
    # The first agency's file "bc.pdf" is no readable PDF: its "Chữ ký số" cannot say "hợp lệ".
    assert "1 Ban Quản lý Khu công Đúng hạn 14/11/2025 100/BC không hợp 1.200 300 2 3 45" in rows
    assert "Cộng sở, ban, ngành 15/15 0 hợp lệ 18.105 4.500 30 45 675" in rows
    assert "Cộng cơ quan báo chí 5/7 0 hợp lệ 6.085 1.500 10 15 225" in rows
    assert "Tổng cộng 20/22 0 hợp lệ 24.190 6.000 40 60 900" in rows


@needs_poppler
def test_annual_report_pages_fonts_and_missing_figures(services: Services, tmp_path: Path) -> None:
    fill_2025(services)
    bare = ReportService(services.db, services.settings)  # no calendar, fanpage registry nor outreach
    out = write_annual_report(tmp_path / "bc.pdf", bare.annual_report(2025, DAY))
    body = flat(text_of(out))
    # Without the calendar, fanpage and outreach features the sections say so instead of inventing figures.
    assert body.count("Không có số liệu.") == 3
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in line for line in rows), fonts
    assert "Helvetica" not in fonts
    with pdfplumber.open(out) as pdf:
        pages = pdf.pages
        tops = [[w["text"] for w in p.extract_words() if w["bottom"] < 20 * MM] for p in pages]
        landscape = [p.width > p.height for p in pages]
    assert tops[0] == [], "no page number on page 1"
    first_appendix = landscape.index(True)
    assert first_appendix >= 2
    assert tops[1:first_appendix] == [[str(n)] for n in range(2, first_appendix + 1)]
    assert all(landscape[first_appendix:]), "the wide appendix is landscape"
    assert tops[first_appendix] == []  # the appendix numbers its own pages, from its second
    appendix_pages = len(pages) - first_appendix
    assert tops[first_appendix + 1:] == [[str(n)] for n in range(2, appendix_pages + 1)]


@needs_poppler
def test_reminder_letter_lists_the_missing_agencies(services: Services, tmp_path: Path) -> None:
    fill_2025(services)
    out = write_reminder(tmp_path / "cv.pdf", services.reports.reminder(2025, DAY))
    body = flat(text_of(out))
    # A công văn: issuer then drafting unit, and room for the number written at registration.
    assert re.search(r"Số:\s+/SVHTT-QLBC", body)
    assert "V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch năm 2025" in body
    assert "Kính gửi: - Báo Tuổi trẻ Thủ đô; - Đài Phát thanh và Truyền hình Hà Nội." in body
    assert "chậm nhất ngày 25 tháng 11 hằng năm" in body and "chậm nhất ngày 12/12/2025" in body
    assert "trước ngày" not in body
    assert "- Lưu: VT, QLBC." in body and "Nguyễn Văn Ký" in body and "DỰ THẢO" not in body


@needs_poppler
def test_a_long_reminder_puts_the_agencies_in_an_appendix(services: Services, tmp_path: Path) -> None:
    services.reports.record(ReceiptDraft(services.roster.find_by_name("Sở Y tế").id, 2024, date(2024, 11, 1)))
    data = services.reports.reminder(2024, date(2024, 11, 26))
    out = write_reminder(tmp_path / "cv.pdf", data)
    text = flat(text_of(out))
    assert "Kính gửi: Các cơ quan, đơn vị có tên tại danh sách kèm theo." in text
    assert "DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO NĂM 2024" in text
    appendix = text.split("DANH SÁCH CƠ QUAN")[1]
    assert "Ủy ban nhân dân huyện Ứng Hòa" in appendix and "Sở Y tế" not in appendix
    assert "I SỞ, BAN, NGÀNH" in appendix and "II UBND QUẬN, HUYỆN, THỊ XÃ" in appendix  # grouped by kind
    assert len(data.agencies) == 58  # no office in the settings: Sở Thông tin và Truyền thông reports too
    # No office in the settings yet: a draft, on every page, and the sender unnamed.
    assert text.count("DỰ THẢO") == len(pdfplumber.open(out).pages)


def test_intake_workbook_has_the_rows_given(services: Services, tmp_path: Path) -> None:
    fill_2025(services)
    rows = [r for r in services.reports.intake(2025, DAY) if not r.status.received]
    out = write_intake(tmp_path / "intake.xlsx", rows, 2025, date(2025, 11, 25))
    sheet = load_workbook(out).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert "NĂM 2025" in values[0][0] and "25/11/2025" in values[1][0]
    header = values[3]
    assert header[:5] == ("STT", "Cơ quan, đơn vị", "Loại", "Tình trạng", "Ngày nhận")
    data = [v for v in values[4:] if isinstance(v[0], int)]
    assert [v[1] for v in data] == [r.agency_name for r in rows] and len(data) == 2
    assert {v[3] for v in data} == {"Chưa gửi (quá hạn)"}
    assert "Tin, bài trên trang/cổng thông tin điện tử" in header


def test_print_a_pdf_through_qprinter_offscreen(qtbot, services: Services, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from hanoi_desk.ui.widgets.print_preview import PdfPrintPreview, make_printer, print_pdf_file

    fill_2025(services)
    source = write_annual_report(tmp_path / "bc.pdf", services.reports.annual_report(2025, DAY))
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf_file(source, printer, dpi=100)
    with pdfplumber.open(source) as original, pdfplumber.open(tmp_path / "printed.pdf") as printed:
        assert pages == len(original.pages) == len(printed.pages)
        for a, b in zip(original.pages, printed.pages, strict=True):
            assert (round(a.width), round(a.height)) == (round(b.width), round(b.height))  # A4, each way up
            assert b.images, "each printed page carries the rendered page"
    assert _ink(tmp_path / "printed.pdf") > 0.01

    # The preview dialog paints through the same path (its Print button hands it the real printer).
    dialog = PdfPrintPreview(source)
    qtbot.addWidget(dialog)
    again = make_printer()
    again.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    again.setOutputFileName(str(tmp_path / "preview.pdf"))
    dialog._on_paint_requested(again)
    with pdfplumber.open(tmp_path / "preview.pdf") as printed:
        assert len(printed.pages) == pages


def _ink(path: Path) -> float:
    """Share of dark pixels on page 1 of a printed PDF: a blank page would be 0."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    image = document.render(0, QSize(210, 297))
    dark = sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < 128)
    document.close()
    return dark / (image.width() * image.height())


@needs_poppler
def test_annual_report_quotes_the_calendar_and_the_fanpage_registry(services: Services,
                                                                    tmp_path: Path) -> None:
    """With the calendar and the registry in place, section II gives their figures, not "no data"."""
    from hanoi_desk.domain.calendar import ContentDraft, Domain, Period
    from hanoi_desk.domain.fanpage import FanpageDraft

    fill_2025(services)
    health = services.roster.find_by_name("Sở Y tế")
    services.calendar.create(ContentDraft("Phòng chống sốt xuất huyết", date(2025, 9, 2), Period.AD_HOC,
                                          (Domain.SOCIETY,), agency_id=health.id))
    services.fanpages.create(FanpageDraft(health.id, "https://www.facebook.com/soytehanoi",
                                          "Sở Y tế Hà Nội"))
    body = flat(text_of(write_annual_report(tmp_path / "bc.pdf", services.reports.annual_report(2025, DAY))))
    assert "Không có số liệu." not in body
    assert "Đột xuất" in body and "Xã hội" in body
