"""The one engine behind every official document Hanoi Desk prints.

The reports, reminder letters, proposal letters and content lists are signed, stamped and sent to
the People's Committee, so they must follow the state format (Decree 30/2020/NĐ-CP, Appendix I;
see docs/documents.md) closely enough that an official signs the PDF instead of retyping it in Word.
Every document shares this module so the format is fixed in one place.

Plain values in, a file out: the caller passes frozen dataclasses; nothing here reads the database
or imports Qt, which keeps the engine usable from the CLI, the window and the tests alike.
"""

from __future__ import annotations

import io
import math
import os
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Union
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from hanoi_desk import paths
from hanoi_desk.domain.documents import document_number
from hanoi_desk.domain.signatures import ORGANISATION_FIELD, PERSON_FIELD, SLOT_FIELDS

__all__ = [
    "CLOSING_LEFT_SHARE",
    "DRAFT_MARK",
    "ORGANISATION_FIELD",
    "PERSON_FIELD",
    "SIGNATURE_ROOM",
    "TYPE_ABBREVIATIONS",
    "Appendix",
    "Block",
    "Bullets",
    "Heading",
    "Letterhead",
    "OfficialDocument",
    "Para",
    "Recipients",
    "Signature",
    "SignatureSlot",
    "Table",
    "font_source",
    "format_number_symbol",
    "signature_slots",
    "vn_date_line",
    "vn_number",
    "vn_point_label",
    "vn_roman",
    "write_appendix_pdf",
    "write_official_pdf",
]

# ---------------------------------------------------------------------------------------------
# Page geometry (documents.md: A4, margins 20 / 20 / 30 / 15 mm)

PAGE_PORTRAIT = A4
PAGE_LANDSCAPE = landscape(A4)
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
# Baseline of the page number: inside the top margin, a little below its middle so it reads as
# part of the page rather than floating at the paper's edge.
_PAGE_NUMBER_BASELINE = 12 * mm
_BODY_INDENT = 1.27 * cm
# The closing block (documents.md, "Closing block"): "Nơi nhận" on the left, the signing authority and
# title on the right, room for the hand signature and the seal, then the signer's name. Its geometry
# lives here only, so the signing feature can place the signature fields in that room.
CLOSING_LEFT_SHARE = 0.45  # of the text width, for "Nơi nhận"; the signing column takes the rest
SIGNATURE_ROOM = 30 * mm  # between the title and the name: the signature, and the seal over its left third
# The draft mark (documents.md, "Ready to sign"): on every page of a document that may not be signed, a
# large grey "DỰ THẢO" across the page (a picture, so that it does not break the text a reader copies or
# pdftotext reads) and the words "DỰ THẢO" in a box at the top right, in the top margin (text).
DRAFT_MARK = "DỰ THẢO"
_DRAFT_SIZE = 110  # pt, of the mark across the page
_DRAFT_DPI = 100
_DRAFT_ALPHA = 56  # of 255: light enough to read the text through it
_NBSP = "\u00a0"

# Symbol abbreviations of the document types the office issues (Decree 30, Appendix III).
TYPE_ABBREVIATIONS: Mapping[str, str] = {
    "BÁO CÁO": "BC",
    "KẾ HOẠCH": "KH",
    "TỜ TRÌNH": "TTr",
    "THÔNG BÁO": "TB",
    "QUYẾT ĐỊNH": "QĐ",
    "CÔNG VĂN": "",
}

# ---------------------------------------------------------------------------------------------
# Fonts

FAMILY = "OfficialSerif"
_FONT_NAMES = {
    "regular": FAMILY,
    "bold": f"{FAMILY}-Bold",
    "italic": f"{FAMILY}-Italic",
    "bolditalic": f"{FAMILY}-BoldItalic",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (_FONT_NAMES[k] for k in ("regular", "bold", "italic", "bolditalic"))

_WINDOWS_NAMES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
                  "bolditalic": "timesbi.ttf"}
_UNDERSCORE_NAMES = {"regular": "Times_New_Roman.ttf", "bold": "Times_New_Roman_Bold.ttf",
                     "italic": "Times_New_Roman_Italic.ttf", "bolditalic": "Times_New_Roman_Bold_Italic.ttf"}
_SPACED_NAMES = {"regular": "Times New Roman.ttf", "bold": "Times New Roman Bold.ttf",
                 "italic": "Times New Roman Italic.ttf", "bolditalic": "Times New Roman Bold Italic.ttf"}
_LIBERATION_NAMES = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
                     "italic": "LiberationSerif-Italic.ttf", "bolditalic": "LiberationSerif-BoldItalic.ttf"}


def _times_candidates(environ: Mapping[str, str]) -> list[dict[str, Path]]:
    """Four-file sets where Times New Roman usually lives, Windows first (every office workstation)."""
    dirs: list[Path] = []
    for var in ("WINDIR", "SystemRoot"):
        if environ.get(var):
            dirs.append(Path(environ[var]) / "Fonts")
    home = Path(environ.get("HOME") or "~").expanduser()
    dirs += [
        Path("/usr/share/fonts/truetype/msttcorefonts"),
        Path("/usr/share/fonts/msttcore"),
        Path("/usr/share/fonts/TTF"),
        Path("/usr/share/fonts/truetype"),
        home / ".fonts",
        home / ".local/share/fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
        home / "Library/Fonts",
    ]
    sets = []
    for folder in dirs:
        for names in (_WINDOWS_NAMES, _UNDERSCORE_NAMES, _SPACED_NAMES):
            sets.append({style: folder / name for style, name in names.items()})
    return sets


def _pick_font_files(environ: Mapping[str, str]) -> tuple[str, dict[str, Path]]:
    """Times New Roman when all four styles are present (mixing families would show), else Liberation."""
    for files in _times_candidates(environ):
        if all(p.is_file() for p in files.values()):
            return f"Times New Roman ({files['regular'].parent})", files
    return _bundled_liberation()


def _bundled_liberation() -> tuple[str, dict[str, Path]]:
    folder = paths.resource("fonts")
    return f"Liberation Serif ({folder})", {style: folder / name for style, name in _LIBERATION_NAMES.items()}


def _register(files: dict[str, Path]) -> None:
    for style, file in files.items():
        pdfmetrics.registerFont(TTFont(_FONT_NAMES[style], str(file)))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)


@lru_cache(maxsize=1)
def _register_fonts() -> str:
    label, files = _pick_font_files(os.environ)
    try:
        _register(files)
    except (TTFError, OSError):
        # A damaged or unreadable system font must not stop an official from printing.
        label, files = _bundled_liberation()
        _register(files)
    return label


def font_source() -> str:
    """Which font family the documents use and where it came from, e.g. for an "About" box or a log."""
    return _register_fonts()


# ---------------------------------------------------------------------------------------------
# Value types


@dataclass(frozen=True)
class Letterhead:
    """What the top of page 1 says; office names and symbols come from settings (the office changed in 2025).

    ``symbol`` is the whole symbol after the slash ("BC-STTTT", or "STTTT-CNTT" for a công văn).
    ``number`` left empty (None, "" or 0) leaves room to write the number in by hand at registration.
    ``summary_line`` is the "V/v …" of a công văn; it is not used when the document has a type name.
    """

    parent_body: str
    office_name: str
    number: int | str | None
    symbol: str
    place: str
    day: date
    summary_line: str = ""


@dataclass(frozen=True)
class Signature:
    """The signing block; the head of the office signs with ``authority`` alone and an empty ``title``."""

    authority: str = "KT. GIÁM ĐỐC"
    title: str = "PHÓ GIÁM ĐỐC"
    name: str = ""


@dataclass(frozen=True)
class Recipients:
    """The "Nơi nhận:" lines; "- " and the closing ";"/"." are added when missing."""

    lines: Sequence[str] = ()


@dataclass(frozen=True)
class Heading:
    """A heading whose text carries its own label ("I. KẾT QUẢ…", "1. Title", "a) …").

    The label is the caller's so that numbering never doubles; :func:`vn_roman` and
    :func:`vn_point_label` produce the labels (the points run a), b), c), d), đ), e) …).
    """

    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A body paragraph. ``markup=True`` means the text is trusted reportlab markup (<b>, <i>) that the
    caller has already escaped; user text must keep the default so "<", ">" and "&" print literally."""

    text: str
    markup: bool = False


@dataclass(frozen=True)
class Table:
    """A ruled table in the body, header repeated on every page it runs over.

    ``col_widths_ratio`` are relative weights (None: sized from the content); ``numeric_columns`` are
    right-aligned and their int/float/Decimal values printed Vietnamese style ("1.234").
    """

    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    col_widths_ratio: Sequence[float] | None = None
    numeric_columns: Sequence[int] = ()
    bold_rows: Sequence[int] = ()  # indices into ``rows``: group rows, subtotals and totals


@dataclass(frozen=True)
class Bullets:
    """A list of "- item" lines, the dash being how Vietnamese administrative text marks list items."""

    items: Sequence[str]


Block = Union[Heading, Para, Table, Bullets]  # noqa: UP007 - a runtime alias must work on Python 3.10


@dataclass(frozen=True)
class Appendix:
    """A table sent with the document on its own pages, which number themselves from 1.

    ``landscape`` for a wide table; ``col_widths`` are relative weights like ``Table.col_widths_ratio``.
    ``subtitle`` is usually "(Kèm theo Công văn số …/STTTT-… ngày … của Sở …)".
    """

    title: str
    subtitle: str = ""
    headers: Sequence[str] = ()
    rows: Sequence[Sequence[object]] = ()
    landscape: bool = False
    col_widths: Sequence[float] | None = None
    numeric_columns: Sequence[int] = ()
    bold_rows: Sequence[int] = ()


@dataclass(frozen=True)
class OfficialDocument:
    """One official document. ``kind`` is the type name ("BÁO CÁO", "KẾ HOẠCH" …) or None for a công văn,
    which has no type name and carries its "V/v …" summary under the number instead."""

    letterhead: Letterhead
    kind: str | None
    title_summary: str = ""
    addressees: Sequence[str] = ()
    body: Sequence[Block] = ()
    recipients: Recipients = field(default_factory=Recipients)
    signature: Signature = field(default_factory=Signature)
    appendix: Appendix | None = None
    draft: bool = False  # "DỰ THẢO" across every page: the issuer or the signer is not settled


# ---------------------------------------------------------------------------------------------
# Text helpers


def _nfc(value: object) -> str:
    """NFC without collapsing spaces: reportlab does no shaping, so decomposed accents print misplaced."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value))


def _x(value: object) -> str:
    """User text made safe for Paragraph markup: NFC, escaped, line breaks kept."""
    return escape(_nfc(value).strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def vn_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """Vietnamese grouping: "." between thousands and "," before decimals (1234.5 -> "1.234,5").

    With ``decimals`` None an integral value prints without decimals and any other with at most two.
    """
    if isinstance(value, bool):
        return str(int(value))
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if decimals is None:
        if number == number.to_integral_value():
            text = f"{number:,.0f}"
        else:
            text = f"{number:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{number:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def vn_roman(n: int) -> str:
    """Roman numeral for a level-1 heading label ("I", "II", … "XII")."""
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, letters in numerals:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


_POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"


def vn_point_label(index: int) -> str:
    """Label of the index-th point (0-based) in the Vietnamese alphabet, which has đ and no f, j, w, z."""
    return f"{_POINT_LETTERS[index % len(_POINT_LETTERS)]})"


def vn_date_line(place: str, day: date) -> str:
    """"Hà Nội, ngày 05 tháng 01 năm 2020": a leading zero only for days 1–9 and months 1–2.

    The zero for January and February is the decree's rule, so "tháng 1" cannot be altered to "tháng 11".
    """
    d = f"{day.day:02d}" if day.day < 10 else str(day.day)
    m = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    when = f"ngày {d} tháng {m} năm {day.year}"
    place = _nfc(place).strip()
    return f"{place}, {when}" if place else when[0].upper() + when[1:]


def format_number_symbol(number: int | str | None, type_abbr: str | None, issuer: str) -> str:
    """"Số: 05/BC-STTTT"; with no type (a công văn) "Số: 604/STTTT-CNTT".

    No number gives "Số:      /BC-STTTT": documents are often numbered by hand when the clerk registers
    them, after signing, so the line keeps room for it.
    """
    symbol = "-".join(part for part in (_nfc(type_abbr).strip(), _nfc(issuer).strip()) if part)
    num = document_number(_nfc(number) if number is not None else None)
    return f"Số: {num}/{symbol}" if num else f"Số:{' ' * 6}/{symbol}"


def _listed(lines: Sequence[str]) -> list[str]:
    """Administrative list lines: "- item;" each, the last ending "." (idempotent on finished lines)."""
    items = [_nfc(line).strip() for line in lines]
    items = [item for item in items if item]
    out = []
    for i, item in enumerate(items):
        if not item.startswith(("-", "+")):
            item = f"- {item}"
        item = item.rstrip(" ;.,")
        out.append(item + ("." if i == len(items) - 1 else ";"))
    return out


def _cell_text(value: object, numeric: bool) -> str:
    if value is None:
        return ""
    if numeric and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return vn_number(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return _nfc(value)


# ---------------------------------------------------------------------------------------------
# Styles: every one names its font, so reportlab never falls back to Helvetica.


def _style(name: str, font: str, size: float, *, align: int = TA_LEFT, leading: float | None = None,
           **kw: float) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.2,
                          alignment=align, textColor=colors.black, **kw)


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    return {
        "parent": _style("parent", REGULAR, 12, align=TA_CENTER, leading=14),
        "office": _style("office", BOLD, 12, align=TA_CENTER, leading=14),
        "nation": _style("nation", BOLD, 12, align=TA_CENTER, leading=14),
        "motto": _style("motto", BOLD, 13, align=TA_CENTER, leading=15),
        "number": _style("number", REGULAR, 13, align=TA_CENTER, leading=15),
        "vv": _style("vv", REGULAR, 12.5, align=TA_CENTER, leading=14.5, spaceBefore=2),
        "date": _style("date", ITALIC, 13.5, align=TA_CENTER, leading=15),
        "kind": _style("kind", BOLD, 14, align=TA_CENTER, leading=17),
        "summary": _style("summary", BOLD, 14, align=TA_CENTER, leading=17),
        "to": _style("to", REGULAR, 14, align=TA_CENTER, leading=17),
        "to_label": _style("to_label", REGULAR, 14, leading=17),
        "to_line": _style("to_line", REGULAR, 14, leading=17),
        "h1": _style("h1", BOLD, 14, align=TA_JUSTIFY, leading=16.8, firstLineIndent=_BODY_INDENT,
                     spaceBefore=6, spaceAfter=6),
        "h2": _style("h2", BOLD, 14, align=TA_JUSTIFY, leading=16.8, firstLineIndent=_BODY_INDENT,
                     spaceBefore=3, spaceAfter=6),
        "h3": _style("h3", REGULAR, 14, align=TA_JUSTIFY, leading=16.8, firstLineIndent=_BODY_INDENT,
                     spaceAfter=6),
        "body": _style("body", REGULAR, 14, align=TA_JUSTIFY, leading=16.8, firstLineIndent=_BODY_INDENT,
                       spaceAfter=6),
        "th": _style("th", BOLD, 12, align=TA_CENTER, leading=14),
        "td": _style("td", REGULAR, 12, leading=14),
        "td_num": _style("td_num", REGULAR, 12, align=TA_RIGHT, leading=14),
        "td_centre": _style("td_centre", REGULAR, 12, align=TA_CENTER, leading=14),
        "td_bold": _style("td_bold", BOLD, 12, leading=14),
        "td_num_bold": _style("td_num_bold", BOLD, 12, align=TA_RIGHT, leading=14),
        "td_centre_bold": _style("td_centre_bold", BOLD, 12, align=TA_CENTER, leading=14),
        "noinhan": _style("noinhan", BOLD_ITALIC, 12, leading=14),
        "recipient": _style("recipient", REGULAR, 11, leading=13),
        "authority": _style("authority", BOLD, 14, align=TA_CENTER, leading=17),
        "signer": _style("signer", BOLD, 14, align=TA_CENTER, leading=17),
        "app_title": _style("app_title", BOLD, 14, align=TA_CENTER, leading=17),
        "app_subtitle": _style("app_subtitle", ITALIC, 14, align=TA_CENTER, leading=17),
    }


# ---------------------------------------------------------------------------------------------
# Flowables


class _Rule(Flowable):
    """A solid horizontal rule centred in the available width (the rules under the header lines)."""

    def __init__(self, length: float, thickness: float = 0.6, space_before: float = 1.5) -> None:
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.space_before = space_before
        self._avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.space_before + self.thickness

    def draw(self) -> None:
        length = min(self.length, self._avail)
        x = (self._avail - length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.setStrokeColor(colors.black)
        self.canv.line(x, self.thickness / 2, x + length, self.thickness / 2)


def _text_width(text: str, style: ParagraphStyle) -> float:
    return pdfmetrics.stringWidth(text, style.fontName, style.fontSize)


def _zero_padding() -> list[tuple]:
    return [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]


# Header columns: the right one must hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (88 mm at 12 pt bold) on one
# line; the left one then fits "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" and wraps longer office names.
_RIGHT_COLUMN = 90 * mm


def _letterhead(doc: OfficialDocument, width: float) -> list[Flowable]:
    st = _styles()
    lh = doc.letterhead
    right_w = _RIGHT_COLUMN
    left_w = width - right_w
    office = Paragraph(_x(_nfc(lh.office_name).upper()), st["office"])
    office.wrap(left_w, PAGE_PORTRAIT[1])
    # The rule is 1/3–1/2 of the name's width; a wrapped name is as wide as its widest line.
    office_w = max(office.getActualLineWidths0() or [0])
    motto = "Độc lập - Tự do - Hạnh phúc"
    left_top = [Paragraph(_x(_nfc(lh.parent_body).upper()), st["parent"]), office,
                _Rule(office_w * 0.4, space_before=4)]
    right_top = [Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["nation"]),
                 Paragraph(motto, st["motto"]), _Rule(_text_width(motto, st["motto"]), space_before=4)]
    number_line = format_number_symbol(lh.number, None, lh.symbol)
    left_bottom: list[Flowable] = [Paragraph(_x(number_line).replace(" ", _NBSP), st["number"])]
    if doc.kind is None:
        summary = _nfc(lh.summary_line or doc.title_summary).strip()
        if summary:
            if not summary.lower().startswith("v/v"):
                summary = f"V/v {summary}"
            left_bottom.append(Paragraph(_x(summary), st["vv"]))
    right_bottom = [Paragraph(_x(vn_date_line(lh.place, lh.day)), st["date"])]
    table = RLTable([[left_top, right_top], [left_bottom, right_bottom]], colWidths=[left_w, right_w])
    table.setStyle(TableStyle([*_zero_padding(), ("TOPPADDING", (0, 1), (-1, 1), 9)]))
    return [table]


def _title(doc: OfficialDocument) -> list[Flowable]:
    st = _styles()
    out: list[Flowable] = [Spacer(1, 18), Paragraph(_x(_nfc(doc.kind).upper()), st["kind"])]
    summary = _nfc(doc.title_summary).strip()
    if summary:
        out.append(Paragraph(_x(summary), st["summary"]))
        out.append(_Rule(max(20 * mm, min(_text_width(summary, st["summary"]) / 3, 50 * mm)), space_before=5))
    return out


def _addressees(doc: OfficialDocument, width: float) -> list[Flowable]:
    names = [_nfc(a).strip().rstrip(" ;.,") for a in doc.addressees]
    names = [n for n in names if n]
    if not names:
        return []
    st = _styles()
    if len(names) == 1:
        return [Spacer(1, 12), Paragraph(_x(f"Kính gửi: {names[0]}."), st["to"]), Spacer(1, 12)]
    lines = _listed(names)
    label = "Kính gửi: "
    label_w = _text_width(label, st["to_label"]) + 1
    lines_w = min(max(_text_width(line, st["to_line"]) for line in lines) + 2, width - label_w)
    cells = [Paragraph(label, st["to_label"]), [Paragraph(_x(line), st["to_line"]) for line in lines]]
    table = RLTable([cells], colWidths=[label_w, lines_w], hAlign="CENTER")
    table.setStyle(TableStyle(_zero_padding()))
    return [Spacer(1, 12), table, Spacer(1, 12)]


def _col_widths(headers: Sequence[str], rows: Sequence[Sequence[object]], ratio: Sequence[float] | None,
                n: int, total: float, numeric: set[int]) -> list[float]:
    """Column widths from the caller's weights or, failing those, from the text the columns hold."""
    if ratio:
        weights = [max(float(w), 0.0) for w in list(ratio)[:n]]
        weights += [1.0] * (n - len(weights))
        scale = total / (sum(weights) or 1)
        return [w * scale for w in weights]
    st = _styles()
    sample = rows[:200]
    natural = []
    for c in range(n):
        head = _nfc(headers[c]) if c < len(headers) else ""
        head_w = _text_width(head, st["th"])
        cells = [_cell_text(r[c], c in numeric) if c < len(r) else "" for r in sample]
        cell_w = max((_text_width(t, st["td"]) for t in cells), default=0)
        natural.append(max(head_w, cell_w, 14) + 8)  # + cell padding and a little air
    if sum(natural) <= total:
        scale = total / sum(natural)
        return [w * scale for w in natural]
    # Too wide for one line each: short columns (STT, numbers, dates) keep their width and the long
    # text columns share what is left, so a long description never squeezes "STT" into wrapping.
    short = [w <= total * 0.15 for w in natural]
    fixed = sum(w for w, s in zip(natural, short, strict=True) if s)
    if fixed >= total * 0.8:
        scale = total / sum(natural)
        return [w * scale for w in natural]
    capped = [min(w, total * 0.6) for w in natural]
    flexible = sum(w for w, s in zip(capped, short, strict=True) if not s)
    rest = total - fixed
    return [w if s else w * rest / flexible for w, s in zip(capped, short, strict=True)]


def _cell_style(column: int, numeric: set[int], centred: set[int], bold: bool) -> ParagraphStyle:
    name = "td_centre" if column in centred else "td_num" if column in numeric else "td"
    if bold:
        name = "td_bold" if name == "td" else f"{name}_bold"
    return _styles()[name]


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], ratio: Sequence[float] | None,
           numeric_columns: Sequence[int], width: float, bold_rows: Sequence[int] = ()) -> RLTable:
    st = _styles()
    n = max([len(headers), *(len(r) for r in rows)]) if (headers or rows) else 1
    numeric = {c % n for c in numeric_columns} if n else set()
    # The row number is centred (documents.md), whatever else the caller says of its column.
    centred = {c for c, h in enumerate(headers) if _nfc(h).strip().upper() == "STT"}
    bold = {r % len(rows) for r in bold_rows} if rows else set()
    data: list[list[object]] = []
    if headers:
        data.append([Paragraph(_x(headers[c]) if c < len(headers) else "", st["th"]) for c in range(n)])
    for i, row in enumerate(rows):
        data.append([Paragraph(_x(_cell_text(row[c], c in numeric)) if c < len(row) else "",
                               _cell_style(c, numeric, centred, i in bold)) for c in range(n)])
    if not data:
        data = [[""] * n]
    table = RLTable(data, colWidths=_col_widths(headers, rows, ratio, n, width, numeric),
                    repeatRows=1 if headers else 0, hAlign="CENTER", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _body(blocks: Sequence[Block], width: float) -> list[Flowable]:
    st = _styles()
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 1), 3)
            text = _nfc(block.text).upper() if level == 1 else _nfc(block.text)
            para = Paragraph(_x(text), st[f"h{level}"])
            para.keepWithNext = True
            out.append(para)
        elif isinstance(block, Para):
            out.append(Paragraph(_nfc(block.text) if block.markup else _x(block.text), st["body"]))
        elif isinstance(block, Bullets):
            for item in block.items:
                text = _nfc(item).strip()
                if not text.startswith(("-", "+")):
                    text = f"- {text}"
                out.append(Paragraph(_x(text), st["body"]))
        elif isinstance(block, Table):
            out.append(Spacer(1, 3))
            out.append(_table(block.headers, block.rows, block.col_widths_ratio, block.numeric_columns,
                              width, block.bold_rows))
            out.append(Spacer(1, 9))
        else:
            raise TypeError(f"Không rõ khối nội dung: {type(block).__name__}")
    return out


def _closing(doc: OfficialDocument, width: float, slots: list[SignatureSlot]) -> RLTable:
    st = _styles()
    left: list[Flowable] = []
    lines = _listed(doc.recipients.lines)
    if lines:
        left.append(Paragraph("Nơi nhận:", st["noinhan"]))
        left += [Paragraph(_x(line), st["recipient"]) for line in lines]
    sig = doc.signature
    right: list[Flowable] = [Paragraph(_x(_nfc(sig.authority).upper()), st["authority"])]
    if _nfc(sig.title).strip():
        right.append(Paragraph(_x(_nfc(sig.title).upper()), st["authority"]))
    right.append(_SignatureRoom(slots))
    if _nfc(sig.name).strip():
        right.append(Paragraph(_x(sig.name), st["signer"]))
    left_w = width * CLOSING_LEFT_SHARE
    table = RLTable([[left or "", right]], colWidths=[left_w, width - left_w])
    # "Nơi nhận:" (12 pt) sits level with the authority's first line (14 pt): align their baselines.
    table.setStyle(TableStyle([*_zero_padding(), ("TOPPADDING", (0, 0), (0, 0), 2.5)]))
    return table


def _appendix(app: Appendix) -> list[Flowable]:
    st = _styles()
    size = PAGE_LANDSCAPE if app.landscape else PAGE_PORTRAIT
    width = size[0] - MARGIN_LEFT - MARGIN_RIGHT
    suffix = "L" if app.landscape else "P"
    out: list[Flowable] = [NextPageTemplate(f"appendix-first-{suffix}"), PageBreak()]
    title = Paragraph(_x(app.title), st["app_title"])
    out.append(title)
    last = title
    if _nfc(app.subtitle).strip():
        last = Paragraph(_x(app.subtitle), st["app_subtitle"])
        out.append(last)
    # The rule under the "(Kèm theo …)" line is as long as that line (documents.md).
    last.wrap(width, size[1])
    out.append(_Rule(max(last.getActualLineWidths0() or [30 * mm]), space_before=3))
    out.append(Spacer(1, 12))
    if app.headers or app.rows:
        out.append(_table(app.headers, app.rows, app.col_widths, app.numeric_columns, width, app.bold_rows))
    return out


# ---------------------------------------------------------------------------------------------
# Empty signature fields (Decree 30, Appendix I; docs/signatures.md). The one place their geometry
# lives: the closing block's room records where it lands, and the fields are cut from that.

PERSON_BOX_WIDTH = 60 * mm
# An agency's round seal is 35–42 mm across; the seal image is drawn at its real size inside this box,
# its right edge on the right edge of the box (which is a third of the way into the person's box).
SEAL_BOX = 42 * mm
APPENDIX_TEXT_BOX = (80 * mm, 14 * mm)  # three lines of 10 pt, top right, inside the top margin


@dataclass(frozen=True)
class SignatureSlot:
    """An empty signature field: whose (``role`` "person" or "organisation"), on which page (0-based),
    and where (``box`` = x1, y1, x2, y2 in PDF points from the page's lower left corner)."""

    role: str
    page: int
    box: tuple[float, float, float, float]

    @property
    def field_name(self) -> str:
        return SLOT_FIELDS[self.role]

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


def signature_slots(x: float, y: float, column_width: float,
                    page: int) -> tuple[SignatureSlot, SignatureSlot]:
    """The two fields of a signing room whose lower left corner is (x, y) in a column that wide.

    The person's box is centred under the title, as high as the room; the organisation's box (the seal)
    is centred on the same line with its right edge a third of the way into the person's box, so the
    seal covers the left third of the signature as the paper seal does.
    """
    x1 = x + (column_width - PERSON_BOX_WIDTH) / 2
    person = SignatureSlot("person", page, (x1, y, x1 + PERSON_BOX_WIDTH, y + SIGNATURE_ROOM))
    right = x1 + PERSON_BOX_WIDTH / 3
    middle = y + SIGNATURE_ROOM / 2
    organisation = SignatureSlot("organisation", page,
                                 (right - SEAL_BOX, middle - SEAL_BOX / 2, right, middle + SEAL_BOX / 2))
    return person, organisation


def appendix_text_slot(size: tuple[float, float]) -> SignatureSlot:
    """The organisation's field of an appendix in its own file: top right of page 1, in the top margin."""
    w, h = APPENDIX_TEXT_BOX
    x2, y2 = size[0] - MARGIN_RIGHT, size[1] - 4 * mm
    return SignatureSlot("organisation", 0, (x2 - w, y2 - h, x2, y2))


class _SignatureRoom(Flowable):
    """The room for the signatures between the title and the name; where it is drawn, the slots are."""

    def __init__(self, sink: list[SignatureSlot]) -> None:
        super().__init__()
        self._sink = sink

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, SIGNATURE_ROOM

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self._sink[:] = signature_slots(x, y, self.width, self.canv.getPageNumber() - 1)


def _add_signature_fields(path: Path, slots: Sequence[SignatureSlot]) -> None:
    """Empty, unsigned signature fields added to the finished file, so that signing fills a field and a
    second signature leaves the first one valid (it only fills a field that was already there)."""
    if not slots:
        return
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    with open(path, "rb+") as f:
        writer = IncrementalPdfFileWriter(f, strict=False)
        for slot in slots:
            append_signature_field(writer, SigFieldSpec(slot.field_name, on_page=slot.page,
                                                        box=tuple(round(v, 2) for v in slot.box)))
        writer.write_in_place()


# ---------------------------------------------------------------------------------------------
# Document template


class _OfficialDocTemplate(BaseDocTemplate):
    """Page templates: page 1 and an appendix's first page carry no number, the rest do."""

    def __init__(self, filename: str, draft: bool = False, **kw: object) -> None:
        super().__init__(filename, pagesize=PAGE_PORTRAIT, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, initialFontName=REGULAR,
                         initialFontSize=14, initialLeading=16.8, **kw)
        self.appendix_first_page = 0
        self.draft = draft
        templates = [
            PageTemplate("first", [self._frame(PAGE_PORTRAIT)], pagesize=PAGE_PORTRAIT,
                         onPage=self._first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [self._frame(PAGE_PORTRAIT)], onPage=self._number_main,
                         pagesize=PAGE_PORTRAIT),
        ]
        for suffix, size in (("P", PAGE_PORTRAIT), ("L", PAGE_LANDSCAPE)):
            templates.append(PageTemplate(f"appendix-first-{suffix}", [self._frame(size)], pagesize=size,
                                          onPage=self._appendix_starts,
                                          autoNextPageTemplate=f"appendix-{suffix}"))
            templates.append(PageTemplate(f"appendix-{suffix}", [self._frame(size)], pagesize=size,
                                          onPage=self._number_appendix))
        self.addPageTemplates(templates)

    @staticmethod
    def _frame(size: tuple[float, float]) -> Frame:
        return Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT,
                     size[1] - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0)

    @staticmethod
    def _draw_number(canvas: object, number: int) -> None:
        width, height = canvas._pagesize  # type: ignore[attr-defined]
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont(REGULAR, 13)  # type: ignore[attr-defined]
        centre = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
        canvas.drawCentredString(centre, height - _PAGE_NUMBER_BASELINE, str(number))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    def _draw_draft_mark(self, canvas: object) -> None:
        """"DỰ THẢO" across the page under the text, and in a box in the top margin (see DRAFT_MARK)."""
        if not self.draft:
            return
        width, height = canvas._pagesize  # type: ignore[attr-defined]
        image, w, h = _draft_picture(width > height)
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.drawImage(image, (width - w) / 2, (height - h) / 2, w, h, mask="auto")  # type: ignore[attr-defined]
        size = 13
        label_w = pdfmetrics.stringWidth(DRAFT_MARK, BOLD, size)
        right = width - MARGIN_RIGHT
        baseline = height - _PAGE_NUMBER_BASELINE
        canvas.setFont(BOLD, size)  # type: ignore[attr-defined]
        canvas.drawRightString(right - 4, baseline, DRAFT_MARK)  # type: ignore[attr-defined]
        canvas.setLineWidth(0.8)  # type: ignore[attr-defined]
        canvas.rect(right - label_w - 8, baseline - 4, label_w + 8, size + 5)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    def _first_page(self, canvas: object, doc: BaseDocTemplate) -> None:
        self._draw_draft_mark(canvas)

    def _number_main(self, canvas: object, doc: BaseDocTemplate) -> None:
        self._draw_draft_mark(canvas)
        self._draw_number(canvas, canvas.getPageNumber())  # type: ignore[attr-defined]

    def _appendix_starts(self, canvas: object, doc: BaseDocTemplate) -> None:
        self._draw_draft_mark(canvas)
        self.appendix_first_page = canvas.getPageNumber()  # type: ignore[attr-defined]

    def _number_appendix(self, canvas: object, doc: BaseDocTemplate) -> None:
        self._draw_draft_mark(canvas)
        self._draw_number(canvas, canvas.getPageNumber() - self.appendix_first_page + 1)  # type: ignore[attr-defined]


@lru_cache(maxsize=2)
def _draft_picture(landscape_page: bool) -> tuple[ImageReader, float, float]:
    """The grey "DỰ THẢO" along the page's diagonal, as a transparent picture and its size in points."""
    from PIL import Image, ImageDraw, ImageFont  # reportlab's own dependency; only drafts need it

    scale = _DRAFT_DPI / 72
    font_file = paths.resource("fonts", "LiberationSerif-Bold.ttf")
    font = ImageFont.truetype(str(font_file), int(_DRAFT_SIZE * scale))
    left, top, right, bottom = font.getbbox(DRAFT_MARK)
    text = Image.new("LA", (right - left + 8, bottom - top + 8), (0, 0))
    ImageDraw.Draw(text).text((4 - left, 4 - top), DRAFT_MARK, font=font, fill=(0, _DRAFT_ALPHA))
    page_w, page_h = PAGE_LANDSCAPE if landscape_page else PAGE_PORTRAIT
    picture = text.rotate(math.degrees(math.atan2(page_h, page_w)), expand=True, resample=Image.BICUBIC)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    buffer.seek(0)
    return ImageReader(buffer), picture.width / scale, picture.height / scale


def _story(doc: OfficialDocument, slots: list[SignatureSlot]) -> list[Flowable]:
    width = PAGE_PORTRAIT[0] - MARGIN_LEFT - MARGIN_RIGHT
    story: list[Flowable] = _letterhead(doc, width)
    if doc.kind:
        story += _title(doc)
    else:
        story.append(Spacer(1, 6))
    story += _addressees(doc, width)
    if not doc.addressees:
        story.append(Spacer(1, 12))
    body = _body(doc.body, width)
    # The last paragraph travels with the signature: a page holding nothing but the signature invites
    # the question of what was signed.
    tail: list[Flowable] = []
    if body and isinstance(body[-1], Paragraph):
        tail = [body.pop()]
    story += body
    story.append(KeepTogether([*tail, Spacer(1, 10), _closing(doc, width, slots)]))
    if doc.appendix is not None:
        story += _appendix(doc.appendix)
    return story


def write_official_pdf(path: Path, doc: OfficialDocument, *,
                       progress: Callable[[int, int], None] | None = None) -> Path:
    """Write ``doc`` to ``path`` and return the path.

    ``progress(done, total)`` is called as the layout advances (units are layout steps, not pages) so a
    window can show a bar for a long appendix. The PDF is written next to ``path`` first and moved into
    place at the end, so a failure never leaves a half-written file that looks like a finished document.
    """
    lh = doc.letterhead
    parts = (_nfc(doc.kind or "").strip(), _nfc(doc.title_summary or lh.summary_line).strip())
    title = " ".join(p for p in parts if p) or "Văn bản"
    if doc.draft:
        title = f"{title} ({DRAFT_MARK})"
    return _build(path, lambda slots: _story(doc, slots), progress, title=title,
                  author=_nfc(lh.office_name), subject=format_number_symbol(lh.number, None, lh.symbol),
                  draft=doc.draft)


def write_appendix_pdf(path: Path, appendix: Appendix, *, issuer: str, number_symbol: str,
                       progress: Callable[[int, int], None] | None = None, draft: bool = False) -> Path:
    """An appendix sent as its own file: the organisation signs it top right of page 1, without an image.

    ``number_symbol`` is the main document's "Số: 05/BC-STTTT"; it is the PDF's subject, which the text
    signature prints with the signing time (Decree 30, Appendix I).
    """

    def story(slots: list[SignatureSlot]) -> list[Flowable]:
        size = PAGE_LANDSCAPE if appendix.landscape else PAGE_PORTRAIT
        slots.append(appendix_text_slot(size))
        return _appendix(appendix)[2:]  # no page break: the file starts with the appendix

    first = f"appendix-first-{'L' if appendix.landscape else 'P'}"
    return _build(path, story, progress, title=_nfc(appendix.title).replace("\n", " "), author=_nfc(issuer),
                  subject=_nfc(number_symbol), first_template=first, draft=draft)


def _build(path: Path, story: Callable[[list[SignatureSlot]], list[Flowable]],
           progress: Callable[[int, int], None] | None, *, title: str, author: str, subject: str,
           first_template: str | None = None, draft: bool = False) -> Path:
    _register_fonts()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    template = _OfficialDocTemplate(str(tmp), draft=draft, title=title, author=author, subject=subject,
                                    creator="Hanoi Desk", lang="vi")
    if first_template is not None:
        names = [t.id for t in template.pageTemplates]
        template._firstPageTemplateIndex = names.index(first_template)
    if progress is not None:
        total = [1]

        def relay(kind: str, value: int) -> None:
            if kind == "SIZE_EST":
                total[0] = max(int(value), 1)
            elif kind == "PROGRESS":
                progress(min(int(value), total[0]), total[0])
            elif kind == "FINISHED":
                progress(total[0], total[0])

        template.setProgressCallBack(relay)
    slots: list[SignatureSlot] = []
    try:
        template.build(story(slots))
        _add_signature_fields(tmp, slots)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
