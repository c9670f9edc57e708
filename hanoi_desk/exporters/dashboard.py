"""The overview on paper: one A4 landscape page for the leadership, figures as text and three charts.

Plain values in (an :class:`~hanoi_desk.domain.overview.Overview` and the office's names), a PDF
out, drawn with reportlab's canvas so the command line needs no window. The charts are drawn here
with rectangles and text (no chart library): the same data the tab's Qt charts show.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from hanoi_desk.domain.overview import BAD, GOOD, WARN, Chart, Overview, Section, group_thousands
from hanoi_desk.exporters.official_pdf import BOLD, ITALIC, REGULAR, font_source

PAGE = landscape(A4)
MARGIN = 12 * mm
TONE_COLOURS = {GOOD: "#2e7d32", WARN: "#b26a00", BAD: "#c62828"}
INK = "#1a1a1a"
GRID = "#d0d0d0"
MUTED = "#5f6368"


def _t(value: object) -> str:
    return unicodedata.normalize("NFC", str(value))


def write_dashboard(path: Path, overview: Overview, parent_body: str = "", office_name: str = "") -> Path:
    """Write the overview of ``overview.day`` as a one-page PDF at *path*."""
    font_source()  # registers the serif family (Times New Roman where present, else Liberation Serif)
    path = Path(path)
    canvas = Canvas(str(path), pagesize=PAGE, initialFontName=REGULAR, initialFontSize=10)
    canvas.setTitle(_t(overview.title))
    canvas.setAuthor(_t(office_name or "Hanoi Desk"))
    canvas.setSubject("Tổng quan")
    width, height = PAGE
    top = height - MARGIN
    # The office, top left (as on its documents); the day, top right.
    canvas.setFont(REGULAR, 9)
    if parent_body:
        canvas.drawCentredString(MARGIN + 50 * mm, top - 8, _t(parent_body).upper())
    if office_name:
        canvas.setFont(BOLD, 9)
        canvas.drawCentredString(MARGIN + 50 * mm, top - 19, _t(office_name).upper())
    canvas.setFont(ITALIC, 9)
    canvas.drawRightString(width - MARGIN, top - 8, f"Số liệu đến hết ngày {overview.day:%d/%m/%Y}")
    # The title, centred, on as many lines as it needs.
    y = top - 36
    canvas.setFont(BOLD, 13)
    canvas.setFillColor(INK)
    for line in simpleSplit(_t(overview.title).upper(), BOLD, 13, width - 2 * MARGIN - 40 * mm):
        canvas.drawCentredString(width / 2, y, line)
        y -= 16
    y -= 6
    canvas.setStrokeColor(GRID)
    canvas.line(MARGIN, y, width - MARGIN, y)
    body_top = y - 8
    bottom = MARGIN + 10
    left_width = 112 * mm
    _draw_sections(canvas, overview.sections, MARGIN, body_top, left_width, bottom)
    charts_left = MARGIN + left_width + 8 * mm
    charts_width = width - MARGIN - charts_left
    _draw_charts(canvas, overview.charts, charts_left, body_top, charts_width, bottom)
    canvas.setFont(ITALIC, 8)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, MARGIN - 2, f"Lập bằng Hanoi Desk ngày {overview.day:%d/%m/%Y}. "
                      "Mỗi con số được tính từ cơ sở dữ liệu của văn phòng tại thời điểm lập.")
    canvas.showPage()
    canvas.save()
    return path


def _draw_sections(canvas: Canvas, sections: Sequence[Section], x: float, top: float, width: float,
                   bottom: float) -> None:
    """Each section: its title, a note, then one line per figure (label, dots, value, note)."""
    rows = sum(len(s.figures) + 2 for s in sections)
    # Shrink the type a little when a feature adds a section, rather than run off the page.
    size = max(7.5, min(10.0, (top - bottom) / max(rows, 1) / 1.55))
    line = size * 1.55
    y = top - size
    for section in sections:
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, size + 1)
        canvas.drawString(x, y, _t(section.title))
        y -= line
        if section.note:
            canvas.setFont(ITALIC, size - 1)
            canvas.setFillColor(MUTED)
            for part in simpleSplit(_t(section.note), ITALIC, size - 1, width):
                canvas.drawString(x + 4, y + 2, part)
                y -= line * 0.8
        for figure in section.figures:
            value = group_thousands(figure.value)
            canvas.setFillColor(TONE_COLOURS.get(figure.tone, INK))
            canvas.circle(x + 6, y + size * 0.33, 2.2, stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, size)
            canvas.drawString(x + 14, y, _t(figure.label))
            value_x = x + width * 0.62
            canvas.setFont(BOLD, size)
            canvas.setFillColor(TONE_COLOURS.get(figure.tone, INK))
            canvas.drawRightString(value_x, y, value)
            if figure.note:
                canvas.setFont(ITALIC, size - 1.5)
                canvas.setFillColor(MUTED)
                note = simpleSplit(_t(figure.note), ITALIC, size - 1.5, width - (value_x - x) - 6)
                canvas.drawString(value_x + 6, y, note[0] if note else "")
            y -= line
        y -= line * 0.4


def _draw_charts(canvas: Canvas, charts: Sequence[Chart], x: float, top: float, width: float,
                 bottom: float) -> None:
    """Two charts side by side on top, the rest below at full width, as the tab lays them out."""
    if not charts:
        return
    gap = 6 * mm
    first_row_height = (top - bottom) * 0.52
    upper, lower = list(charts[:2]), list(charts[2:])
    cell = (width - gap * (len(upper) - 1)) / max(len(upper), 1)
    for index, chart in enumerate(upper):
        _draw_chart(canvas, chart, x + index * (cell + gap), top - first_row_height, cell, first_row_height)
    if lower:
        height = (top - first_row_height - gap - bottom) / len(lower)
        for index, chart in enumerate(lower):
            y = top - first_row_height - gap - (index + 1) * height
            _draw_chart(canvas, chart, x, y, width, height)


def _draw_chart(canvas: Canvas, chart: Chart, x: float, y: float, width: float, height: float) -> None:
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.roundRect(x, y, width, height, 4, stroke=1, fill=0)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 10)
    canvas.drawString(x + 8, y + height - 15, _t(chart.title))
    inner = (x + 8, y + 8, width - 16, height - 30)
    if chart.total == 0:
        canvas.setFont(ITALIC, 9)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(x + width / 2, y + height / 2, _t(chart.empty_text))
        return
    if chart.kind == "columns":
        _columns(canvas, chart, *inner)
    else:
        _bars(canvas, chart, *inner)


def _legend(canvas: Canvas, chart: Chart, x: float, y: float, width: float) -> float:
    """One line of coloured squares and names; returns its height."""
    if len(chart.series) < 2:
        return 0
    canvas.setFont(REGULAR, 7.5)
    cursor = x
    for series in chart.series:
        label = _t(series.name)
        need = 12 + stringWidth(label, REGULAR, 7.5) + 10
        if cursor + need > x + width:
            break
        canvas.setFillColor(series.colour or INK)
        canvas.rect(cursor, y, 7, 7, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.drawString(cursor + 10, y + 0.5, label)
        cursor += need
    return 12


def _bars(canvas: Canvas, chart: Chart, x: float, y: float, width: float, height: float) -> None:
    """Horizontal bars, one per category, the series stacked; the total at the end of each bar."""
    legend = _legend(canvas, chart, x, y, width)
    y += legend
    height -= legend
    labels = [_t(c) for c in chart.categories]
    label_width = min(width * 0.42, max(stringWidth(label, REGULAR, 8) for label in labels) + 6)
    totals = [sum(s.values[i] for s in chart.series) for i in range(len(labels))]
    biggest = max(totals) or 1
    band = height / max(len(labels), 1)
    bar = min(band * 0.62, 18)
    room = width - label_width - 30
    for index, label in enumerate(labels):
        row_y = y + height - (index + 1) * band + (band - bar) / 2
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, 8)
        parts = simpleSplit(label, REGULAR, 8, label_width - 4)[:2]
        first = row_y + bar / 2 - 3 + (len(parts) - 1) * 4.5  # two lines sit around the bar's middle
        for n, part in enumerate(parts):
            canvas.drawRightString(x + label_width - 4, first - n * 9, part)
        cursor = x + label_width
        for series in chart.series:
            value = series.values[index]
            if not value:
                continue
            length = room * value / biggest
            canvas.setFillColor(series.colour or "#1565c0")
            canvas.rect(cursor, row_y, length, bar, stroke=0, fill=1)
            if length > 16 and len(chart.series) > 1:
                canvas.setFillColor("#ffffff")
                canvas.setFont(BOLD, 7)
                canvas.drawCentredString(cursor + length / 2, row_y + bar / 2 - 2.5, group_thousands(value))
            cursor += length
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 8)
        canvas.drawString(cursor + 3, row_y + bar / 2 - 3, group_thousands(totals[index]))


def _columns(canvas: Canvas, chart: Chart, x: float, y: float, width: float, height: float) -> None:
    """Vertical columns (one per month), the value on top, the category below."""
    values = chart.series[0].values
    biggest = max(values) or 1
    axis = y + 12
    room = height - 26
    band = width / max(len(values), 1)
    column = band * 0.6
    canvas.setStrokeColor(GRID)
    canvas.line(x, axis, x + width, axis)
    for index, (label, value) in enumerate(zip(chart.categories, values, strict=True)):
        left = x + index * band + (band - column) / 2
        length = room * value / biggest
        canvas.setFillColor(chart.series[0].colour or "#1565c0")
        if value:
            canvas.rect(left, axis, column, length, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 7.5)
        canvas.drawCentredString(left + column / 2, axis + length + 2, group_thousands(value))
        canvas.setFont(REGULAR, 7)
        canvas.drawCentredString(left + column / 2, y + 2, _t(label))


def dashboard_name(day: date) -> str:
    return f"Tổng quan đến ngày {day:%d-%m-%Y}"
