"""PDF measurements: the official-document engine's appendix table against reportlab on its own.

The floor is what reportlab itself needs to lay out the same table so that it prints: platypus,
the same fonts and sizes, one Paragraph per cell (so long names wrap), the header repeated on
every page, the same page and margins. What the engine adds on top (escaping, NFC, column widths
from the content, page numbering, the letterhead and signature pages) is what the ratio shows.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bench.data import agency_name

if TYPE_CHECKING:
    from bench.run import Bench

HEADERS = ("STT", "Cơ quan, đơn vị", "Số tin, bài", "Lượt xem", "Ghi chú")
WIDTHS = (0.6, 4.0, 1.2, 1.4, 2.2)


def appendix_rows(count: int) -> list[tuple[object, ...]]:
    rng = random.Random(7)
    return [
        (number, agency_name(rng, number), rng.randrange(10, 2_000), rng.randrange(1_000, 5_000_000),
         "Đúng hạn" if rng.random() < 0.8 else "Nộp chậm, đã nhắc bằng công văn")
        for number in range(1, count + 1)
    ]


def engine_appendix(path: Path, count: int) -> Path:
    from hanoi_desk.exporters.official_pdf import (
        Appendix,
        Heading,
        Letterhead,
        OfficialDocument,
        Para,
        Signature,
        write_official_pdf,
    )

    doc = OfficialDocument(
        letterhead=Letterhead("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", 12, "BC-SVHTT", "Hà Nội",
                              date(2025, 12, 15)),
        kind="BÁO CÁO",
        title_summary="Kết quả thông tin, tuyên truyền về Thủ đô trên môi trường mạng năm 2025",
        body=(Heading("I. KẾT QUẢ"), Para("Các cơ quan, đơn vị đã báo cáo theo Phụ lục kèm theo.")),
        signature=Signature(name="Nguyễn Văn A"),
        appendix=Appendix("PHỤ LỤC", "(Kèm theo Báo cáo số 12/BC-SVHTT)", HEADERS, appendix_rows(count),
                          landscape=True, col_widths=WIDTHS, numeric_columns=(0, 2, 3)),
    )
    return write_official_pdf(path, doc)


def raw_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]],
              widths: Sequence[float], numeric: Sequence[int]) -> Path:
    """reportlab platypus alone: the table on landscape A4 pages, one Paragraph per cell."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from hanoi_desk.exporters import official_pdf

    official_pdf.font_source()  # the same registered fonts
    regular, bold = official_pdf.REGULAR, official_pdf.BOLD
    th = ParagraphStyle("th", fontName=bold, fontSize=12, leading=14, alignment=TA_CENTER)
    td = ParagraphStyle("td", fontName=regular, fontSize=12, leading=14)
    num = ParagraphStyle("num", parent=td, alignment=TA_RIGHT)
    size = landscape(A4)
    width = size[0] - 45 * mm
    scale = width / sum(widths)
    numbers = set(numeric)
    data = [[Paragraph(h, th) for h in headers]]
    for row in rows:
        data.append([Paragraph(_plain(v), num if i in numbers else td) for i, v in enumerate(row)])
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, initialFontName=regular)
    doc.build([table])
    return path


def _plain(value: object) -> str:
    """The least formatting a table needs: nothing for None, dd/mm/yyyy for a date, str otherwise."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def raw_appendix(path: Path, count: int) -> Path:
    return raw_table(path, HEADERS, appendix_rows(count), WIDTHS, (0, 2, 3))


def report_database(bench: Bench, count: int) -> Path:
    """A database whose roster is *count* agencies of the reporting kinds (no reference roster, so the
    appendix lists exactly *count*), nine in ten of them with a report, plus the calendar and the
    fanpage registry the report quotes."""
    from bench.data import (
        insert_agencies,
        insert_calendar,
        insert_fanpages,
        insert_reports,
    )
    from hanoi_desk.app import open_services
    from hanoi_desk.domain.reports import DEFAULT_REPORTING_KINDS

    path = bench.work / f"reports-{count}.db"
    if not path.exists():
        services = open_services(str(path), seed=False)
        insert_agencies(services, count, kinds=DEFAULT_REPORTING_KINDS)
        insert_calendar(services, 5 * count)
        insert_fanpages(services, 2 * count)
        insert_reports(services, count - count // 10)
        services.close()
    return path


def annual_report_measure(bench: Bench, count: int) -> tuple[float, float] | None:
    """(app, floor) seconds for the annual report with *count* reporting agencies.

    The app: ``services.reports.annual_report`` (reads the intake, the calendar and the registry) and
    ``exporters.reports.write_annual_report`` (the whole document: letterhead, sections, signature, the
    appendix of every agency grouped by kind with totals). The floor: reportlab platypus writing the
    same appendix table (headers, rows, column weights) with nothing around it.
    """
    from bench.data import REPORT_DAY, REPORT_YEAR
    from hanoi_desk.app import open_services
    from hanoi_desk.exporters.official_pdf import font_source
    from hanoi_desk.exporters.reports import annual_report_document, write_annual_report

    font_source()
    services = open_services(str(report_database(bench, count)), seed=False)
    try:
        out, raw_out = bench.work / "annual-report.pdf", bench.work / "annual-raw.pdf"

        def app() -> None:
            data = services.reports.annual_report(REPORT_YEAR, REPORT_DAY)
            write_annual_report(out, data)

        data = services.reports.annual_report(REPORT_YEAR, REPORT_DAY)
        appendix = annual_report_document(data).appendix
        assert appendix is not None and appendix.col_widths is not None
        listed = sum(1 for row in appendix.rows if isinstance(row[0], int))
        if listed != count:
            bench.notes.append(f"annual report: the appendix lists {listed} agencies, not {count}")
        app_time, floor = bench._paired(app, lambda: raw_table(raw_out, appendix.headers, appendix.rows,
                                                               appendix.col_widths, appendix.numeric_columns))
    finally:
        services.close()
    return app_time, floor
