"""A printed list: the rows a tab shows as a ruled table on A4 landscape, Vietnamese headers.

Ctrl+P of the list tabs (roster, fanpages, history) prints what the screen shows. This is a working
list, not an official document, so it has a title, a line saying which part of the data it holds,
the table (header repeated on every page) and page numbers, without letterhead or signature. The
font is the official documents' font (Times New Roman or its metric twin) so Vietnamese prints right.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from hanoi_desk.domain.errors import Cancelled
from hanoi_desk.domain.text import nfc
from hanoi_desk.exporters.official_pdf import BOLD, REGULAR, font_source, vn_number

PAGE = landscape(A4)
MARGIN = 12 * mm


@dataclass(frozen=True)
class PdfColumn:
    """One printed column: its header, its relative width, and whether it holds numbers (right-aligned)."""

    header: str
    weight: float = 1.0
    numeric: bool = False


def cell_text(value: object) -> str:
    """A value as a Vietnamese reader expects it: dd/mm/yyyy dates, 1.234 numbers, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (int, float, Decimal)):
        return vn_number(value)
    return nfc(str(value))


def write_list_pdf(
    path: Path,
    title: str,
    subtitle: str,
    columns: Sequence[PdfColumn],
    rows: Iterable[Sequence[object]],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write *rows* under *columns* to *path* (written beside it first, then moved into place)."""
    font_source()  # registers the official font family
    rows = list(rows)
    header_style = ParagraphStyle("head", fontName=BOLD, fontSize=9, leading=11, alignment=TA_CENTER)
    styles = {
        False: ParagraphStyle("cell", fontName=REGULAR, fontSize=9, leading=11),
        True: ParagraphStyle("num", fontName=REGULAR, fontSize=9, leading=11, alignment=TA_RIGHT),
    }
    width = PAGE[0] - 2 * MARGIN
    total_weight = sum(c.weight for c in columns) or 1
    widths = [width * c.weight / total_weight for c in columns]
    data: list[list[Paragraph]] = [[Paragraph(escape(nfc(c.header)), header_style) for c in columns]]
    for done, row in enumerate(rows, 1):
        if cancelled is not None and done % 200 == 0 and cancelled():
            raise Cancelled("Đã hủy: không có tệp nào được ghi.")
        data.append([Paragraph(escape(cell_text(value)).replace("\n", "<br/>"), styles[column.numeric])
                     for column, value in zip(columns, row, strict=False)])
        if progress is not None and done % 200 == 0:
            progress(done, len(rows) + 1)
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story = [
        Paragraph(escape(nfc(title)), ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18,
                                                      alignment=TA_CENTER)),
        Paragraph(escape(nfc(subtitle)), ParagraphStyle("sub", fontName=REGULAR, fontSize=10, leading=13,
                                                         alignment=TA_CENTER)),
        Spacer(1, 4 * mm),
        table,
    ]

    def footer(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(REGULAR, 9)  # type: ignore[attr-defined]
        canvas.drawRightString(PAGE[0] - MARGIN, 7 * mm,  # type: ignore[attr-defined]
                               f"Trang {doc.page}")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    template = SimpleDocTemplate(str(partial), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN + 4 * mm, title=nfc(title),
                                 creator="Hanoi Desk", lang="vi")
    try:
        template.build(story, onFirstPage=footer, onLaterPages=footer)
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()
    if progress is not None:
        progress(len(rows) + 1, len(rows) + 1)
    return path
