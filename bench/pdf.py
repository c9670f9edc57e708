"""PDF measurements: the official-document engine's appendix table against reportlab on its own.

The floor is what reportlab itself needs to lay out the same table so that it prints: platypus,
the same fonts and sizes, one Paragraph per cell (so long names wrap), the header repeated on
every page, the same page and margins. What the engine adds on top (escaping, NFC, column widths
from the content, page numbering, the letterhead and signature pages) is what the ratio shows.
"""

from __future__ import annotations

import random
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


def raw_appendix(path: Path, count: int) -> Path:
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
    scale = width / sum(WIDTHS)
    data = [[Paragraph(h, th) for h in HEADERS]]
    for row in appendix_rows(count):
        data.append([Paragraph(str(v), num if i in (0, 2, 3) else td) for i, v in enumerate(row)])
    table = Table(data, colWidths=[w * scale for w in WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, initialFontName=regular)
    doc.build([table])
    return path


def annual_report_measure(bench: Bench, count: int) -> tuple[float, float] | None:
    """(app, floor) seconds for the annual report with *count* reporting agencies.

    The annual report (hanoi_desk.services.reports / exporters.reports) is being built on its own
    branch; once it lands, generate its intake here (bench/data.py) and time its writer against
    :func:`raw_appendix` of the same rows. Until then the table says so rather than guess its API.
    """
    return None
