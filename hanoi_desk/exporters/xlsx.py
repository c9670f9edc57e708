"""The one Excel writer behind every export of the app (roster, calendar, fanpages, intake, history).

Each export only declares its sheets: a title, columns and rows of plain values. This module owns
everything a clerk expects of an office spreadsheet, so that every export looks and prints alike:
a title, a bold frozen header with an auto-filter, widths that fit, dates as dates, A4 print set-up
with the header repeated on every page, and user text that can never turn into a formula.

It streams (openpyxl write-only mode) because an export of the history can reach 100,000 rows.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence, Sized
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension

from hanoi_desk.domain.errors import Cancelled

__all__ = [
    "KINDS",
    "Column",
    "ExportCancelled",
    "SheetSpec",
    "export_stamp",
    "safe_filename",
    "safe_sheet_name",
    "write_workbook",
]

KINDS = frozenset({"text", "int", "number", "date", "datetime", "url"})

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class Column:
    """One column of a sheet.

    ``width`` is in characters; None fits the content (sampled from the first rows). ``number_format``
    overrides the kind's format (for instance ``"#,##0"`` for a readership figure).

    ``kind="url"`` is for web and mail addresses: text that is one token, so it is never wrapped or
    narrowed (broken over lines, a link can no longer be read or typed back).
    """

    title: str
    width: float | None = None
    kind: str = "text"
    number_format: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; expected one of {sorted(KINDS)}")


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: ``name`` is the tab label, ``title`` the heading printed above the table.

    ``rows`` may be a generator; it is read once. An empty ``subtitle`` prints the export date.
    """

    name: str
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    subtitle: str = ""
    landscape: bool = True


class ExportCancelled(Cancelled):
    """The user cancelled an export; nothing was written at the destination."""


# Layout: title, subtitle, a blank row, then the header; data starts below it.
TITLE_ROW = 1
SUBTITLE_ROW = 2
HEADER_ROW = 4
FIRST_DATA_ROW = HEADER_ROW + 1

MIN_WIDTH = 6
MAX_WIDTH = 60
WIDTH_SAMPLE_ROWS = 500
# Total column width (in characters) that still prints legibly on A4 once fitted to the page width
# (about 55 % scale); wider tables get their widest text columns narrowed and wrapped.
PAGE_WIDTH_LANDSCAPE = 250
PAGE_WIDTH_PORTRAIT = 170
MIN_WRAP_WIDTH = 16
LINE_HEIGHT = 15.0  # points per line of 11 pt text, Excel's default row height
PROGRESS_EVERY = 1000

PAPER_A4 = 9  # the paperSize code Excel and LibreOffice use for A4
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"

# Characters XML 1.0 forbids (openpyxl raises IllegalCharacterError on the C0 ones; lone surrogates
# cannot even be encoded): stripped rather than failing a whole export over one pasted name.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# The same, plus carriage returns (Excel shows a lone CR as "_x000D_"): one search, the common case.
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
# openpyxl's own type inference makes "=…" a formula and "#N/A"-like strings errors. The other
# prefixes spreadsheet injection relies on are listed too, so the guard does not depend on what a
# future openpyxl decides to infer. Such text is stored as text *and* with Excel's quote prefix
# (the hidden ' Excel itself adds when "=1+1" is typed as text): without it, a clerk who presses
# F2 then Enter on the cell turns it into a live formula.
_RISKY_FIRST = frozenset("=+-@#\t\r")
_EXCEL_MAX_TEXT = 32767


def export_stamp(day: date | None = None) -> str:
    """The "export date" line that heads every sheet, so a printed copy shows how old it is."""
    return f"Ngày xuất: {(day or date.today()):%d/%m/%Y}"


def clean_text(value: str) -> str:
    """Make user text safe for the file: NFC (Windows fonts misplace NFD marks), no XML-illegal chars."""
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    if _NEEDS_CLEANING.search(value):
        value = _ILLEGAL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value[:_EXCEL_MAX_TEXT]


def write_workbook(
    path: Path,
    sheets: Sequence[SheetSpec],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    exported_on: date | None = None,
) -> Path:
    """Write ``sheets`` to ``path`` and return it.

    The file appears at ``path`` only when complete (a temporary file in the same folder is renamed
    over it), so a cancelled or failed export never leaves a half-written workbook where Excel would
    open it, nor destroys the previous file of that name.

    ``progress(done, total)`` is called about every thousand rows; ``total`` is 0 when a sheet's rows
    are a generator of unknown length (a busy indicator, as QProgressDialog reads it).
    ``cancelled()`` is polled as often; when it returns True, :class:`ExportCancelled` is raised.
    """
    path = Path(path)
    if not sheets:
        raise ValueError("an export needs at least one sheet")
    total = sum(len(s.rows) for s in sheets) if all(isinstance(s.rows, Sized) for s in sheets) else 0
    stamp = export_stamp(exported_on)

    fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx.tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    wb = Workbook(write_only=True)
    saved = False
    try:
        done = 0
        for spec in sheets:
            done = _write_sheet(wb, spec, stamp, done, total, progress, cancelled)
        if progress is not None:
            progress(done, total)
        wb.save(tmp)
        saved = True
        os.replace(tmp, path)
    except BaseException:
        if not saved:
            # Saving what was streamed so far is openpyxl's public way to close and delete the
            # per-sheet temporary files it keeps in the system temp folder.
            with contextlib.suppress(Exception):
                wb.save(tmp)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def _write_sheet(
    wb: Workbook,
    spec: SheetSpec,
    stamp: str,
    done: int,
    total: int,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> int:
    ws: WriteOnlyWorksheet = wb.create_sheet(safe_sheet_name(spec.name))
    columns = list(spec.columns)
    ncols = max(len(columns), 1)
    last_col = get_column_letter(ncols)

    rows = iter(spec.rows)
    sample = list(itertools.islice(rows, WIDTH_SAMPLE_ROWS))
    page_width = PAGE_WIDTH_LANDSCAPE if spec.landscape else PAGE_WIDTH_PORTRAIT
    widths, wraps = _fit_widths(columns, sample, page_width)

    # Everything written before the first row (sheet properties, view, column widths) has to be set
    # now: write-only mode streams the sheet top to bottom.
    for idx, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(idx)].width = width
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if spec.landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = True
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.row_dimensions[TITLE_ROW].height = 24
    header_lines = (_header_lines(c.title, w) for c, w in zip(columns, widths, strict=True))
    ws.row_dimensions[HEADER_ROW].height = LINE_HEIGHT * max(header_lines, default=1)

    _write_heading(ws, spec, stamp, ncols)
    ws.append([])
    ws.append(_header_cells(ws, columns))

    per_line = [_chars_per_line(width) if wrap else None for width, wrap in zip(widths, wraps, strict=True)]
    convert = [_converter(ws, column, limit) for column, limit in zip(columns, per_line, strict=True)]
    wrapped = [(idx, limit) for idx, limit in enumerate(per_line) if limit is not None]
    row_dims = ws.row_dimensions
    # One dimension per height, shared by every row of that height: the writer only reads its
    # attributes, and building one per row costs a tenth of the export time.
    heights: dict[int, RowDimension] = {}
    written = 0
    for row in itertools.chain(sample, rows):
        # Neither Excel nor LibreOffice grows a row for wrapped text when opening a file, so the
        # height is set here, for this row only, and forgotten once the row is streamed.
        row_idx = FIRST_DATA_ROW + written
        lines = 1
        for idx, per_line in wrapped:
            value = row[idx]
            if isinstance(value, str) and (len(value) > per_line or "\n" in value):
                lines = max(lines, _text_lines(value, per_line))
        if lines > 1:
            dim = heights.get(lines)
            if dim is None:
                dim = heights[lines] = RowDimension(ws, ht=LINE_HEIGHT * lines, customHeight=True)
            row_dims[row_idx] = dim
        ws.append([conv(value) for conv, value in zip(convert, row, strict=True)])
        if lines > 1:
            del row_dims[row_idx]
        written += 1
        if written % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if progress is not None:
                progress(done + written, total)
    if cancelled is not None and cancelled():
        raise ExportCancelled

    last_row = HEADER_ROW + max(written, 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A{TITLE_ROW}:{last_col}{last_row}"
    return done + written


def _write_heading(ws: WriteOnlyWorksheet, spec: SheetSpec, stamp: str, ncols: int) -> None:
    """Title and subtitle, centred across the table without merging (merged cells break sorting)."""
    for text, font in ((spec.title, Font(bold=True, size=14)), (spec.subtitle or stamp, Font(italic=True))):
        cells = []
        for idx in range(ncols):
            cell = WriteOnlyCell(ws)
            cell.alignment = Alignment(horizontal="centerContinuous", vertical="center")
            if idx == 0:
                cell.value = clean_text(text)
                cell.data_type = "s"
                cell.font = font
            cells.append(cell)
        ws.append(cells)


def _header_cells(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[Cell]:
    side = Side(style="thin", color="808080")
    border = Border(left=side, right=side, top=side, bottom=side)
    fill = PatternFill("solid", fgColor="D9E1F2")
    font = Font(bold=True)
    alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cells = []
    for column in columns:
        cell = WriteOnlyCell(ws, clean_text(column.title))
        cell.data_type = "s"
        cell.font, cell.fill, cell.border, cell.alignment = font, fill, border, alignment
        cells.append(cell)
    return cells


def _display_len(value: object, kind: str) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16 if kind == "datetime" else 10
    if isinstance(value, date):
        return 10
    text = value if isinstance(value, str) else str(value)
    # A multi-line note is as wide as its longest line.
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def _fit_widths(
    columns: Sequence[Column], sample: Sequence[Sequence[object]], page_width: int
) -> tuple[list[float], list[bool]]:
    """Widths from the header and a sample of rows; a column too narrow for its longest value wraps.

    The 90th percentile rather than the maximum sets the width, so one long address does not stretch
    a column for every other row. Then, if the table is wider than ``page_width``, the widest text
    columns are narrowed to a common cap: fitted to A4, a 15-column roster would otherwise print at
    a third of its size.
    """
    widths: list[float] = []
    longests: list[int] = []
    for idx, column in enumerate(columns):
        lengths = sorted(_display_len(row[idx] if idx < len(row) else None, column.kind) for row in sample)
        longest = lengths[-1] if lengths else 0
        typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
        # The header wraps between words; its longest word must fit.
        header_word = max((len(word) for word in column.title.split()), default=0)
        if column.width is not None:
            width = float(column.width)
        else:
            width = float(min(max(typical, header_word, MIN_WIDTH - 2) + 2, MAX_WIDTH))
        widths.append(width)
        longests.append(longest)

    shrinkable = [i for i, c in enumerate(columns) if c.kind == "text" and c.width is None]
    fixed = sum(w for i, w in enumerate(widths) if i not in shrinkable)
    cap = MAX_WIDTH
    while cap > MIN_WRAP_WIDTH and fixed + sum(min(widths[i], cap) for i in shrinkable) > page_width:
        cap -= 1
    for i in shrinkable:
        widths[i] = min(widths[i], cap)
    wraps = [
        c.kind == "text" and longest + 1 > w
        for c, w, longest in zip(columns, widths, longests, strict=True)
    ]
    return widths, wraps


def _chars_per_line(width: float) -> int:
    # One character of slack: wrapping happens between words, and capitals are wider than digits.
    return max(int(width) - 1, 1)


def _text_lines(value: str, per_line: int) -> int:
    """Lines a wrapped data cell takes: a character count, cheap enough for 100,000 rows.

    It errs towards too many lines: a little white space is better than a clipped address.
    """
    return sum(-(-len(part) // per_line) or 1 for part in value.split("\n"))


def _header_lines(title: str, width: float) -> int:
    """Lines a header takes, wrapped word by word (written once, so it can afford to be exact)."""
    per_line = _chars_per_line(width)
    lines, used = 1, 0
    for word in title.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def _converter(ws: WriteOnlyWorksheet, column: Column, wrap_over: int | None) -> Callable[[object], object]:
    """A function turning one plain value into what ``ws.append`` takes for this column.

    Plain values are passed through where openpyxl already stores them right, because a cell object
    per value costs about a third more time on a 100,000-row export; a cell is made only where a
    style or a forced type is needed. In a wrapped column only text longer than ``wrap_over``
    characters (or of several lines) gets the wrap style: shorter text shows the same without it.
    """
    # Unstyled cells sit at the bottom of a tall (wrapped) row; styled ones keep that default too, so
    # one row never mixes alignments (styling every cell would cost a third more time).
    wrap_style = _style_of(ws, alignment=Alignment(wrap_text=True))
    quoted_style = _style_of(ws, quotePrefix=True)
    quoted_wrap_style = _style_of(ws, alignment=Alignment(wrap_text=True), quotePrefix=True)
    wrap_limit = wrap_over if wrap_over is not None else _EXCEL_MAX_TEXT
    kind = column.kind

    def as_text(value: object) -> object:
        # The hot path of every export: kept to one call per value.
        if value.__class__ is str:
            text: str = value  # type: ignore[assignment]
        elif value is None:
            return None
        elif isinstance(value, datetime):
            text = f"{value:%d/%m/%Y %H:%M}"
        elif isinstance(value, date):
            text = f"{value:%d/%m/%Y}"
        else:
            text = str(value)
        risky = text[:1] in _RISKY_FIRST  # before cleaning: a leading CR becomes a line break
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        if _NEEDS_CLEANING.search(text):
            text = clean_text(text)
        if not text:
            return None
        risky = risky or text[0] in _RISKY_FIRST
        # "#" covers the error codes ("#N/A") openpyxl would otherwise store as errors.
        if len(text) > wrap_limit or (wrap_over is not None and "\n" in text):
            cell = Cell(ws, 1, 1, text, style_array=quoted_wrap_style if risky else wrap_style)
            cell.data_type = "s"
            return cell
        if risky:
            cell = Cell(ws, 1, 1, text, style_array=quoted_style)
            cell.data_type = "s"  # never a formula, never an error code, and stays text when edited
            return cell
        return text

    if kind in ("text", "url"):
        return as_text

    if kind in ("int", "number"):
        number_style = _style_of(ws, number_format=column.number_format) if column.number_format else None

        def as_number(value: object) -> object:
            if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
                return as_text(value)
            if kind == "int" and isinstance(value, float) and value.is_integer():
                value = int(value)
            if number_style is None:
                return value
            return Cell(ws, 1, 1, value, style_array=number_style)

        return as_number

    fmt = column.number_format or (DATE_FORMAT if kind == "date" else DATETIME_FORMAT)
    date_style = _style_of(ws, number_format=fmt, alignment=Alignment(horizontal="center"))

    def as_date(value: object) -> object:
        if not isinstance(value, date):
            return as_text(value)
        if isinstance(value, datetime) and value.tzinfo is not None:
            # Excel has no time zones: show the wall-clock time of this machine (Hanoi's office).
            value = value.astimezone().replace(tzinfo=None)
        elif kind == "datetime" and not isinstance(value, datetime):
            value = datetime(value.year, value.month, value.day)
        return Cell(ws, 1, 1, value, style_array=date_style)

    return as_date


def _style_of(ws: WriteOnlyWorksheet, **attrs: object) -> object:
    """The style array of a cell styled with ``attrs``, to stamp on many cells at once.

    Registering a style through the cell descriptors costs a hash of the style objects per cell;
    copying a ready style array (the ``style_array`` argument of ``Cell``) does not.
    """
    template = WriteOnlyCell(ws)
    for name, value in attrs.items():
        setattr(template, name, value)
    return template._style


# --- file names ------------------------------------------------------------------------------

_FORBIDDEN_IN_NAME = re.compile(r'[:*?"<>\x00-\x1f\x7f]')
_SEPARATORS_IN_NAME = re.compile(r"[\\/|]")  # "27/11/2026" becomes "27-11-2026", not "27112026"
_RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    # COM0 and LPT0 too: Microsoft's naming rules list them with 1–9 and the superscripts.
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]}
)
MAX_FILENAME = 150


def safe_filename(name: str) -> str:
    """A name Windows accepts for a file, keeping the Vietnamese letters a clerk typed.

    Titles such as "Danh sách: cơ quan/2026?" become file names; Windows rejects the punctuation,
    silently drops trailing dots and spaces, and treats CON, NUL, COM1… (even "con.xlsx") as devices.
    """
    text = unicodedata.normalize("NFC", name or "")
    text = re.sub(r"\s+", " ", text)  # a tab or newline separates words: keep a space, not nothing
    text = _SEPARATORS_IN_NAME.sub("-", text)
    text = re.sub(" {2,}", " ", _FORBIDDEN_IN_NAME.sub("", text)).strip().rstrip(" .")

    stem, dot, suffix = text.rpartition(".")
    if not dot or not suffix or len(suffix) > 10 or " " in suffix:
        stem, dot, suffix = text, "", ""
    ext = dot + suffix
    if len(text) > MAX_FILENAME:
        stem = stem[: MAX_FILENAME - len(ext)].rstrip(" .")
    base = stem.split(".", 1)[0].rstrip(" ")
    if base.upper() in _RESERVED_NAMES:
        stem = base + "_" + stem[len(base):]
    if not stem.strip(" ."):
        stem = "_"  # "???.xlsx" would otherwise become ".xlsx", a name with no name
    result = (stem + ext).rstrip(" .")
    return result[:MAX_FILENAME] if result else "_"


_FORBIDDEN_IN_SHEET = re.compile(r"[\\/*?:\[\]\x00-\x1f]")


def safe_sheet_name(name: str) -> str:
    """Excel refuses sheet names over 31 characters or with \\ / * ? : [ ] in them."""
    text = _FORBIDDEN_IN_SHEET.sub(" ", unicodedata.normalize("NFC", name or "")).strip().strip("'")
    return text[:31].strip() or "Sheet"

