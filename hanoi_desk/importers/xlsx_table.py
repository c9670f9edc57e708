"""A reader for the tables office clerks keep in spreadsheets, whatever their layout.

Office sheets put a title, a date line and merged cells above the header (sometimes a header of two
rows: a group cell "Người đầu mối" merged over "Họ tên | Chức vụ | Điện thoại"), number their rows in
an "STT" column, leave blank rows between groups, start the table lower down or on a second sheet,
and name the same column five different ways. This module finds the header, maps the file's columns
to the fields an importer declares (its :class:`ColumnSpec` glossary of header synonyms, then the
clerk's remembered or present choices) and hands back plain values, so every importer (agencies,
calendar items, fanpages, report tallies, and any added later) reads files the same way, accounts
for every column of the file (mapped, kept in the notes, or ignored, with its cell count), and
reports problems with the sheet's own row numbers and the headers as the clerk wrote them.

How a new importer joins: declare its fields as a tuple of ``ColumnSpec`` (key, synonyms, label;
``under``/``sub`` for two-row headers; ``name_field`` for text that must not look like a formula),
and an :class:`ImportKind` with a name (the key its remembered choices are stored under and the
word ``hanoi-desk import NAME`` uses), those specs, the function that turns a mapped row into an
``ImportRow`` and the key of its notes field (or None). ``ImportKind.read`` then does the rest.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar

from hanoi_desk.domain import errors
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.imports import (
    BY_CHOICE,
    BY_GLOSSARY,
    BY_MEMORY,
    FIELD,
    IGNORE,
    NOTES,
    UNMAPPED,
    ColumnChoice,
    FieldInfo,
    FileColumn,
    ImportPlan,
    ImportRow,
    header_key,
)
from hanoi_desk.domain.text import fold_compact, nfc
from hanoi_desk.importers.workbook import Sheet, open_workbook

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")

# How often (in sheet rows) progress is reported and cancellation is checked: often enough for a
# responsive dialog, rarely enough that a callback that repaints does not dominate the read.
_TICK = 100
# Excel writes characters XML cannot hold as "_xHHHH_"; openpyxl leaves inline strings escaped.
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NUMBERING_CELL = re.compile(r"^\(?\d{1,3}\)?$")
# Excel serial numbers of 01/01/1990 and 31/12/2099: a bare number outside them is not a date.
_SERIAL_MIN, _SERIAL_MAX = 32874, 73050
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_HINT = "cần dạng ngày/tháng/năm, ví dụ 05/12/2026"
HEADER_SEARCH_ROWS = 50
# Text a spreadsheet would take for a formula if typed into a cell (and what injection relies on).
FORMULA_LIKE = ("=", "+", "-", "@")
UNCALCULATED = "ô {cell} chứa công thức chưa có giá trị: mở tệp bằng Excel rồi lưu lại"
# Headers of columns no importer reads and nobody needs to be asked about: the row numbers.
ROW_NUMBER_HEADERS = ("STT", "TT", "Số TT", "Số thứ tự", "No", "No.", "#")
_ROW_NUMBERS = "\0row-numbers"  # the glossary's answer for such a column


class ImportCancelled(errors.Cancelled):
    """The clerk pressed Cancel while a file was being read; nothing was returned."""


@dataclass(frozen=True)
class ColumnSpec:
    """A field an importer fills: the key it is read under and the headers offices give it.

    Aliases are matched on their folded, compacted form, so "Số ĐT", "SỐ  ĐT:" and "so dt" agree.
    ``label`` is the field's name in the preview's list (the first alias when empty). Under a
    two-row header, a column headed ``sub`` under a group cell named in ``under`` is this field too
    ("Điện thoại" under "Người đầu mối" is the focal point's phone, not the agency's). Text starting
    with = + - @ in a ``name_field`` is a warning in the preview.
    """

    key: str
    aliases: tuple[str, ...]
    required: bool = False
    label: str = ""
    under: tuple[str, ...] = ()
    sub: tuple[str, ...] = ()
    name_field: bool = False

    @property
    def title(self) -> str:
        return self.label or self.aliases[0]


@dataclass(frozen=True)
class SheetRow:
    """One data row: the sheet's own 1-based row number, so problems point where the clerk looks.

    ``problems`` are the reader's own (a formula with no value in a cell read); ``warnings`` what is
    worth a look (a name that starts with "=").
    """

    row: int
    values: dict[str, object]
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Table:
    """What was read from one sheet. ``problems`` are sheet-level (a missing or doubled column)."""

    sheet_name: str
    header_row: int
    columns: dict[str, str]  # key -> header text as written in the file
    letters: dict[str, str]  # key -> column letter ("B")
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    file_columns: tuple[FileColumn, ...] = ()

    def where(self, row: SheetRow | int, key: str) -> str:
        """"dòng 7, cột Tên cơ quan": where a problem is, as the clerk finds it in the file."""
        number = row if isinstance(row, int) else row.row
        return f"dòng {number}, cột {self.columns.get(key, key)}"


@dataclass(frozen=True)
class RawTable:
    """A sheet's header and data rows before mapping: kept so that the preview can map a column
    differently without reading the file again."""

    sheet_name: str
    header_row: int
    headers: tuple[str, ...]  # by 0-based column, two-row headers joined as "Nhóm / Cột"
    matches: tuple[str | None, ...]  # the key the glossary gives each column
    rows: list[tuple[int, tuple[object, ...]]]
    counts: tuple[int, ...]  # non-empty data cells by column
    uncalculated: frozenset[tuple[int, int]] = frozenset()
    problems: tuple[Problem, ...] = ()


# ----------------------------------------------------------------------------- cell values
def clean_string(value: str) -> str:
    """NFC and trimmed, Excel escapes decoded, control and invisible format characters removed.

    Line breaks and tabs survive (an address may span lines); use :func:`cell_text` for one line.
    """
    if "_x" in value:
        value = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if not value.isprintable():  # printable text has none of them: skip the per-character test
        value = "".join(
            ch for ch in value
            if ch in "\t\n\r" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")
        )
    return value.strip()


def cell_text(value: object) -> str:
    """A cell as the clerk sees it, on one line: 912345678.0 -> "912345678", a date -> "05/12/2026"."""
    if value is None:
        return ""
    if value.__class__ is str:
        text: str = value  # type: ignore[assignment]
        # Most cells are already clean (the reader cleaned them): one pass of C checks says so.
        if (text.isprintable() and "  " not in text and "_x" not in text and text[:1] != " "
                and text[-1:] != " " and unicodedata.is_normalized("NFC", text)):
            return text
        return nfc(clean_string(text))
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):  # a duration cell ("[h]:mm"), as calamine reads it
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return nfc(clean_string(str(value)))


_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?$")
_WORDS = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")


def cell_date(value: object) -> date | None:
    """A date from a real date cell or from text written day/month/year, as Hanoi offices do.

    Text like "05/12/2026" is never read month-first: 05/12 is the 5th of December.
    Raises ValueError with a message for the clerk when the cell holds something else.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # A date cell formatted as "General" arrives as Excel's serial number.
        if math.isfinite(value) and float(value).is_integer() and _SERIAL_MIN <= value <= _SERIAL_MAX:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"“{cell_text(value)}” không phải là ngày ({_DATE_HINT}).")
    text = cell_text(value)
    if not text:
        return None
    folded = re.sub(r"\s+", " ", text.casefold().replace("đ", "d"))
    folded = unicodedata.normalize("NFD", folded)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    if m := _DMY.match(folded):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        full_year = int(year) + 2000 if len(year) == 2 else int(year)
    elif m := _YMD.match(folded):
        full_year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _WORDS.match(folded):
        day, month, full_year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        raise ValueError(f"“{_short(text)}” không phải là ngày ({_DATE_HINT}).")
    try:
        return date(full_year, month, day)
    except ValueError:
        raise ValueError(f"Ngày “{_short(text)}” không có thật (ngày/tháng/năm).") from None


_GROUPED = re.compile(r"^-?\d{1,3}(?:[.,]\d{3})+$")


def cell_int(value: object) -> int | None:
    """A whole number from 1234, 1234.0, "1234", "1.234" or "1,234" (thousands separators)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("Cần một số nguyên, không phải giá trị đúng/sai.")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return int(value)
        raise ValueError(f"“{cell_text(value)}” không phải là số nguyên.")
    text = re.sub(r"\s+", "", cell_text(value))
    if not text:
        return None
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if _GROUPED.match(text) and len({ch for ch in text if ch in ".,"}) == 1:
        return int(re.sub(r"[.,]", "", text))
    raise ValueError(f"“{_short(text)}” không phải là số nguyên (ví dụ đúng: 1.234 hoặc 1234).")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# ----------------------------------------------------------------------------- reading a sheet
def read_table(
    path: str | os.PathLike[str],
    specs: Sequence[ColumnSpec],
    *,
    sheet: str | None = None,
    header_search_rows: int = HEADER_SEARCH_ROWS,
    choices: Mapping[str, ColumnChoice] | None = None,
    remembered: Mapping[str, ColumnChoice] | None = None,
    notes_key: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """Read the table in *path* whose header matches *specs* best, mapped to their keys.

    With no *sheet* named, the first rows of every worksheet are tried and the best-matching sheet
    wins, so a cover sheet or an instructions sheet in front does not get in the way. *choices*
    (this import's, by :func:`header_key`) and *remembered* (earlier imports') map columns the
    glossary does not know, or differently. Raises ValidationError (naming the file) for anything
    that is not a readable workbook, and ImportCancelled when *cancelled* says so.
    """
    raw = read_raw(path, specs, sheet=sheet, header_search_rows=header_search_rows, progress=progress,
                   cancelled=cancelled)
    return map_table(raw, specs, choices=choices, remembered=remembered, notes_key=notes_key)


def read_raw(
    path: str | os.PathLike[str],
    specs: Sequence[ColumnSpec],
    *,
    sheet: str | None = None,
    header_search_rows: int = HEADER_SEARCH_ROWS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> RawTable:
    """The header and data rows of the best-matching table in *path*, not yet mapped."""
    source = Path(path)
    display = source.name
    book = open_workbook(source, display)
    try:
        return _read_workbook(book.sheets, display, specs, sheet, header_search_rows, progress, cancelled)
    except (ValidationError, ImportCancelled):
        raise
    except Exception:  # a part that opened but does not parse row by row
        raise ValidationError(
            f"Tệp “{display}” bị hỏng ở giữa bảng tính, không đọc tiếp được. "
            "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."
        ) from None
    finally:
        try:
            book.close()
        except Exception:  # closing a damaged file must not hide why it failed
            pass


@dataclass
class _Header:
    score: int
    index: int  # in the sheet's first rows
    rows: int  # 1 or 2
    headers: list[str]
    matches: list[str | None]


def _read_workbook(
    sheets: Sequence[Sheet],
    display: str,
    specs: Sequence[ColumnSpec],
    sheet: str | None,
    header_search_rows: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> RawTable:
    if not sheets:
        raise ValidationError(f"Tệp “{display}” không có trang tính nào.")
    if sheet is not None:
        chosen = [ws for ws in sheets if nfc(ws.name) == nfc(sheet)]
        if not chosen:
            names = ", ".join(f"“{ws.name}”" for ws in sheets)
            raise ValidationError(f"Tệp “{display}” không có trang “{sheet}” (các trang: {names}).")
        sheets = chosen
    index = _Glossary(specs)
    best: tuple[_Header, Sheet, list[tuple[int, tuple[object, ...]]]] | None = None
    for ws in sheets:
        _check_cancelled(cancelled)
        top = _first_rows(ws, header_search_rows)
        found = _best_header(top, index, ws)
        if best is None or found.score > best[0].score:
            best = (found, ws, top)
    assert best is not None
    header, ws, top = best
    sheet_name = ws.name
    if header.score == 0:
        if all(_blank(_raw(v)) for _, values in top for v in values) and _is_empty(ws):
            raise ValidationError(f"Tệp “{display}”: trang tính “{sheet_name}” trống, không có dữ liệu.")
        expected = "; ".join(f"“{s.aliases[0]}”" for s in specs if s.required) or "; ".join(
            f"“{s.aliases[0]}”" for s in specs
        )
        return RawTable(sheet_name, 0, (), (), [], (), frozenset(), (Problem(
            f"trang “{sheet_name}”",
            f"Không tìm thấy dòng tiêu đề trong {header_search_rows} dòng đầu. Cần có các cột: {expected}.",
        ),))
    header_row = top[header.index + header.rows - 1][0]
    rows, counts = _data_rows(ws, header_row, len(header.headers), progress, cancelled)
    headers = list(header.headers) + [""] * max(len(counts) - len(header.headers), 0)
    matches = list(header.matches) + [None] * max(len(counts) - len(header.matches), 0)
    counts = counts + [0] * max(len(headers) - len(counts), 0)
    return RawTable(sheet_name, header_row, tuple(headers), tuple(matches), rows, tuple(counts),
                    ws.uncalculated)


class _Glossary:
    """The specs' synonyms, folded: plain headers, and (group, header) pairs of two-row headers."""

    def __init__(self, specs: Sequence[ColumnSpec]) -> None:
        self.plain: dict[str, str] = {fold_compact(h): _ROW_NUMBERS for h in ROW_NUMBER_HEADERS}
        self.grouped: dict[tuple[str, str], str] = {}
        self.groups: set[str] = set()
        for spec in specs:
            for alias in (*spec.aliases, spec.key, spec.label):
                if alias:
                    self.plain.setdefault(fold_compact(alias), spec.key)
            for group in spec.under:
                self.groups.add(fold_compact(group))
                for name in spec.sub:
                    self.grouped.setdefault((fold_compact(group), fold_compact(name)), spec.key)
                    self.plain.setdefault(fold_compact(group + name), spec.key)
                    self.plain.setdefault(fold_compact(name + group), spec.key)

    def match(self, text: str, group: str = "") -> str | None:
        keys = _header_keys(text)
        if group:
            folded_group = fold_compact(group)
            for key in keys:
                found = self.grouped.get((folded_group, key)) or self.plain.get(folded_group + key)
                if found:
                    return found
        for key in keys:
            if key and key in self.plain:
                return self.plain[key]
        return None


def _header_keys(text: str) -> tuple[str, ...]:
    """Folded forms a header cell may match: as written, and without a note in brackets."""
    if not text:
        return ()
    return tuple(dict.fromkeys((fold_compact(text), fold_compact(re.sub(r"\(.*?\)|\[.*?\]|\*", "", text)))))


def _is_empty(ws: Sheet) -> bool:
    return all(_blank(_raw(v)) for _, row in ws.rows(1) for v in row)


def _first_rows(ws: Sheet, limit: int) -> list[tuple[int, tuple[object, ...]]]:
    found: list[tuple[int, tuple[object, ...]]] = []
    for number, values in ws.rows(1):
        if number > limit:
            break
        found.append((number, values))
    return found


def _best_header(top: list[tuple[int, tuple[object, ...]]], index: _Glossary, ws: Sheet) -> _Header:
    """The header among *top*: the row, or pair of rows, matching the most distinct fields.

    A title row matches few or none; a pair wins only when its second row adds fields, so a data
    row under a one-row header never counts as part of it.
    """
    best = _Header(0, 0, 1, [], [])
    merged: list[tuple[int, int, int, int]] | None = None
    for i, (_, values) in enumerate(top):
        texts = [cell_text(v) for v in values]
        matches = [index.match(t) for t in texts]
        score = len({m for m in matches if m and m != _ROW_NUMBERS})
        if score > best.score:
            best = _Header(score, i, 1, texts, matches)
        if i + 1 < len(top) and top[i + 1][0] == top[i][0] + 1 and score:
            if merged is None:
                merged = ws.merged()
            pair = _two_row_header(top[i][0], values, top[i + 1][1], index, merged)
            if pair.score > max(score, best.score):
                best = _Header(pair.score, i, 2, pair.headers, pair.matches)
    return best


def _two_row_header(number: int, upper: tuple[object, ...], lower: tuple[object, ...], index: _Glossary,
                    merged: list[tuple[int, int, int, int]]) -> _Header:
    """A header written on two rows: a group cell over its columns, single cells merged down.

    The group of a column is the upper cell above it, or, when that is empty, the upper cell of the
    merged range covering it (or, without merge information, the nearest upper cell to its left
    that is itself a group, i.e. has a header under it).
    """
    width = max(len(upper), len(lower))
    ups = [cell_text(upper[c]) if c < len(upper) else "" for c in range(width)]
    lows = [cell_text(lower[c]) if c < len(lower) else "" for c in range(width)]
    spans = {}
    for r1, c1, r2, c2 in merged:
        if r1 <= number <= r2 and c2 > c1:
            for c in range(c1, c2 + 1):
                spans[c - 1] = c1 - 1
    headers: list[str] = []
    matches: list[str | None] = []
    group = ""
    for c in range(width):
        up, low = ups[c], lows[c]
        if up:
            group = up if low else ""
        elif c in spans:
            group = ups[spans[c]]
        elif not low:
            group = ""
        if low:
            under = up or group
            headers.append(f"{under} / {low}" if under else low)
            matches.append(index.match(low, under))
        else:
            headers.append(up)
            matches.append(index.match(up) if up else None)
    return _Header(len({m for m in matches if m and m != _ROW_NUMBERS}), 0, 2, headers, matches)


def _data_rows(
    ws: Sheet, header_row: int, width: int, progress: Progress | None, cancelled: Cancelled | None
) -> tuple[list[tuple[int, tuple[object, ...]]], list[int]]:
    """Every row under the header that holds anything, and the non-empty cells of each column."""
    total = max(ws.size_hint() - header_row, 0)
    counts = [0] * width
    rows: list[tuple[int, tuple[object, ...]]] = []
    seen = 0
    for number, values in ws.rows(header_row + 1):
        seen += 1
        if seen % _TICK == 0:
            _check_cancelled(cancelled)
            if progress is not None:
                total = max(total, seen)
                progress(seen, total)
        filled = [column for column, value in enumerate(values)
                  if value is not None and (value.__class__ is not str or value.strip())]  # type: ignore[union-attr]
        if not filled:
            continue
        if not rows and len(filled) >= 2 and all(_NUMBERING_CELL.match(cell_text(values[c])) for c in filled):
            continue  # the "(1) (2) (3)" line many official forms put under the header: not data
        if filled[-1] >= len(counts):
            counts.extend([0] * (filled[-1] + 1 - len(counts)))
        for column in filled:
            counts[column] += 1
        rows.append((number, values))
    _check_cancelled(cancelled)
    if progress is not None:
        progress(seen, seen)
    return rows, counts


# ----------------------------------------------------------------------------- mapping
def map_table(
    raw: RawTable,
    specs: Sequence[ColumnSpec],
    *,
    choices: Mapping[str, ColumnChoice] | None = None,
    remembered: Mapping[str, ColumnChoice] | None = None,
    notes_key: str | None = None,
) -> Table:
    """The rows of *raw* by field key: every column accounted for in ``file_columns``.

    A column's fate comes from *choices* (this import), else *remembered* (earlier imports of a
    file with this header), else the glossary; a column with data and none of those is ignored but
    shown as such ("bỏ qua", unconfirmed). Kept columns go into *notes_key* as "Header: text", "; "
    between them.
    """
    if raw.problems:
        return Table(raw.sheet_name, raw.header_row, {}, {}, [], list(raw.problems))
    by_key = {spec.key: spec for spec in specs}
    choices = choices or {}
    remembered = remembered or {}
    columns: dict[str, str] = {}
    letters: dict[str, str] = {}
    positions: dict[str, int] = {}
    kept: list[tuple[int, str]] = []
    file_columns: list[FileColumn] = []
    problems: list[Problem] = []
    for column, (header, match) in enumerate(zip(raw.headers, raw.matches, strict=True)):
        letter = column_letter(column + 1)
        cells = raw.counts[column] if column < len(raw.counts) else 0
        if not header and not cells:
            continue
        key = header_key(header) if header else f"#{letter}"
        choice, how = None, UNMAPPED
        if key in choices:
            choice, how = choices[key], BY_CHOICE
        elif header and key in remembered:
            choice, how = remembered[key], BY_MEMORY
        elif match == _ROW_NUMBERS:
            file_columns.append(FileColumn(letter, header, cells, IGNORE, label="số thứ tự", how=BY_GLOSSARY))
            continue
        elif match is not None:
            choice, how = ColumnChoice(FIELD, match), BY_GLOSSARY
        if choice is None or (choice.action == FIELD and choice.key not in by_key) or (
                choice.action == NOTES and notes_key is None):
            file_columns.append(FileColumn(letter, header, cells, IGNORE, how=UNMAPPED if cells else how))
            continue
        if choice.action == IGNORE:
            file_columns.append(FileColumn(letter, header, cells, IGNORE, how=how))
            continue
        if choice.action == NOTES:
            kept.append((column, header or f"Cột {letter}"))
            file_columns.append(FileColumn(letter, header, cells, NOTES, how=how))
            continue
        spec = by_key[choice.key]
        written = header or f"Cột {letter}"
        if spec.key in positions:
            problems.append(Problem(
                f"cột {written}",
                f"Cột “{written}” ({letter}) trùng nghĩa với cột “{columns[spec.key]}” "
                f"({letters[spec.key]}); hãy xóa hoặc đổi tên một trong hai cột, hoặc chọn "
                "cách nhập khác cho một cột.",
            ))
        else:
            columns[spec.key] = written
            letters[spec.key] = letter
            positions[spec.key] = column
        file_columns.append(FileColumn(letter, header, cells, FIELD, spec.key, spec.title, how))
    for spec in specs:
        if spec.required and spec.key not in positions:
            accepted = ", ".join(f"“{a}”" for a in spec.aliases)
            problems.append(Problem(
                f"cột {spec.aliases[0]}",
                f"Thiếu cột “{spec.aliases[0]}” ở dòng tiêu đề. Tên cột được chấp nhận: {accepted}. "
                "Nếu tệp gọi cột này bằng tên khác, hãy chọn cột đó cho trường "
                f"“{spec.title}” (trong cửa sổ xem trước, hoặc --map \"TÊN CỘT={spec.key}\").",
            ))
    if kept and notes_key is not None and notes_key not in columns:
        columns[notes_key] = kept[0][1]
        letters[notes_key] = column_letter(kept[0][0] + 1)
    rows = _mapped_rows(raw, positions, kept, notes_key, [s for s in specs if s.name_field], columns)
    return Table(raw.sheet_name, raw.header_row, columns, letters, rows, problems, tuple(file_columns))


def _mapped_rows(
    raw: RawTable,
    positions: dict[str, int],
    kept: list[tuple[int, str]],
    notes_key: str | None,
    name_specs: list[ColumnSpec],
    columns: dict[str, str],
) -> list[SheetRow]:
    """The data rows by key; a row blank in every column read is not data (a spacer, a total
    in an ignored column), unless one of those cells is a formula that has no value."""
    uncalculated = raw.uncalculated
    items = list(positions.items())
    read = [(pos + 1, columns[key]) for key, pos in items] + [(column + 1, header) for column, header in kept]
    rows: list[SheetRow] = []
    first = True
    for number, cells in raw.rows:
        width = len(cells)
        values = {key: _raw(cells[pos]) if pos < width else None for key, pos in items}
        notes = []
        for column, header in kept:
            if column < width and cells[column] is not None and (text := cell_text(cells[column])):
                notes.append((header, text))
        missing = [(c, h) for c, h in read if (number, c) in uncalculated] if uncalculated else []
        if not notes and not missing and all(_blank(v) for v in values.values()):
            continue
        if first and not notes and _is_numbering_row(values):
            first = False
            continue
        first = False
        problems = tuple(
            Problem(f"dòng {number}, cột {header}", UNCALCULATED.format(cell=f"{column_letter(c)}{number}"))
            for c, header in missing
        )
        warnings = []
        for spec in name_specs:
            value = values.get(spec.key)
            if isinstance(value, str) and value.startswith(FORMULA_LIKE):
                warnings.append(Problem(
                    f"dòng {number}, cột {columns[spec.key]}",
                    f"“{_short(value)}” bắt đầu bằng “{value[0]}”: có thể là công thức bị lưu thành chữ "
                    "hoặc gõ nhầm; hãy xem lại trước khi nhập.",
                    value,
                ))
        if notes and notes_key is not None:
            # "; " rather than a new line: some records keep their notes on one line.
            extra = "; ".join(f"{header}: {text}" for header, text in notes)
            own = values.get(notes_key)
            own_text = own if isinstance(own, str) else cell_text(own)
            values[notes_key] = f"{own_text}; {extra}" if own_text else extra
        rows.append(SheetRow(number, values, problems, tuple(warnings)))
    return rows


def column_letter(number: int) -> str:
    """1 -> "A", 27 -> "AA": the column as Excel and LibreOffice label it."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _raw(value: object) -> object:
    if isinstance(value, str):
        text = clean_string(value)
        return text or None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_numbering_row(values: dict[str, object]) -> bool:
    """The "(1) (2) (3)" line many official forms put under the header: not data."""
    cells = [cell_text(v) for v in values.values() if not _blank(v)]
    return len(cells) >= 2 and all(_NUMBERING_CELL.match(c) for c in cells)


def _check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("Đã hủy đọc tệp.")


# ----------------------------------------------------------------------------- importers
RowReader = Callable[[Table, SheetRow], ImportRow[Any]]


@dataclass(frozen=True)
class ImportFile(Generic[T]):
    """A file read for one importer: its rows, and what the preview shows of its columns."""

    kind: ImportKind[T]
    source: str
    raw: RawTable
    table: Table
    rows: list[ImportRow[T]]

    @property
    def sheet_name(self) -> str:
        return self.table.sheet_name

    @property
    def columns(self) -> tuple[FileColumn, ...]:
        return self.table.file_columns

    @property
    def warnings(self) -> list[Problem]:
        return [w for row in self.rows for w in row.warnings]

    def remap(self, choices: Mapping[str, ColumnChoice],
              remembered: Mapping[str, ColumnChoice] | None = None) -> ImportFile[T]:
        """The same file with columns mapped differently (no new read of the file)."""
        return self.kind.from_raw(self.raw, self.source, choices=choices, remembered=remembered)

    def attach(self, plan: ImportPlan[Any]) -> ImportPlan[Any]:
        """*plan* with the file's columns, warnings and the fields a column may be mapped to."""
        return plan.with_file(self.columns, self.warnings, self.kind.fields,
                              self.kind.notes_key is not None, self.sheet_name)


@dataclass(frozen=True)
class ImportKind(Generic[T]):
    """One importer: its name, its fields (with their synonyms) and how a mapped row becomes a draft."""

    name: str
    specs: tuple[ColumnSpec, ...]
    read_row: Callable[[Table, SheetRow], ImportRow[T]]
    notes_key: str | None = "notes"

    @property
    def fields(self) -> tuple[FieldInfo, ...]:
        return tuple(FieldInfo(spec.key, spec.title) for spec in self.specs)

    def field_key(self, text: str) -> str | None:
        """The field *text* names in ``--map HEADER=FIELD``: its key or its label, folded."""
        wanted = fold_compact(text)
        for spec in self.specs:
            if wanted in (fold_compact(spec.key), fold_compact(spec.title)):
                return spec.key
        return None

    def read(
        self,
        path: str | os.PathLike[str],
        *,
        choices: Mapping[str, ColumnChoice] | None = None,
        remembered: Mapping[str, ColumnChoice] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportFile[T]:
        """Read *path*: raises ValidationError for what is wrong with the file as a whole (not a
        workbook, no header, a missing required column, two columns meaning the same thing)."""
        raw = read_raw(path, self.specs, progress=progress, cancelled=cancelled)
        return self.from_raw(raw, Path(path).name, choices=choices, remembered=remembered)

    def from_raw(self, raw: RawTable, source: str, *, choices: Mapping[str, ColumnChoice] | None = None,
                 remembered: Mapping[str, ColumnChoice] | None = None) -> ImportFile[T]:
        table = map_table(raw, self.specs, choices=choices, remembered=remembered, notes_key=self.notes_key)
        if table.problems:
            raise ValidationError(table.problems)
        rows = [_with_reader_findings(self.read_row(table, row), row) for row in table.rows]
        return ImportFile(self, source, raw, table, rows)


def _with_reader_findings(item: ImportRow[T], row: SheetRow) -> ImportRow[T]:
    """The importer's row with the reader's own problems first; an importer's message about a
    cell the reader already explained ("Chưa có tên" for a formula with no value) is dropped."""
    if not row.problems and not row.warnings:
        return item
    explained = {p.field for p in row.problems}
    problems = (*row.problems, *(p for p in item.problems if p.field not in explained))
    return ImportRow(item.row, item.draft, item.columns, problems, (*row.warnings, *item.warnings))
