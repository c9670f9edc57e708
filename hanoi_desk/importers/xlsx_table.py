"""A reader for the tables office clerks keep in .xlsx files, whatever their layout.

Office sheets put a title, a date line and merged cells above the header, number their rows in an
"STT" column, leave blank rows between groups and name the same column five different ways. This
module finds the header, maps columns to keys the caller chooses and hands back plain values, so
every importer (agencies, calendar items, fanpages, report tallies) reads files the same way and
reports problems with the sheet's own row numbers and the headers as the clerk wrote them.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from hanoi_desk.domain import errors
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.text import fold_compact, nfc

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# How often (in sheet rows) progress is reported and cancellation is checked: often enough for a
# responsive dialog, rarely enough that a callback that repaints does not dominate the read.
_TICK = 100
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Excel writes characters XML cannot hold as "_xHHHH_"; openpyxl leaves inline strings escaped.
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NUMBERING_CELL = re.compile(r"^\(?\d{1,3}\)?$")
# Excel serial numbers of 01/01/1990 and 31/12/2099: a bare number outside them is not a date.
_SERIAL_MIN, _SERIAL_MAX = 32874, 73050
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_HINT = "cần dạng ngày/tháng/năm, ví dụ 05/12/2026"


class ImportCancelled(errors.Cancelled):
    """The clerk pressed Cancel while a file was being read; nothing was returned."""


@dataclass(frozen=True)
class ColumnSpec:
    """A column an importer understands: the key it is read under and the headers offices use.

    Aliases are matched on their folded, compacted form, so "Số ĐT", "SỐ  ĐT:" and "so dt" agree.
    """

    key: str
    aliases: tuple[str, ...]
    required: bool = False


@dataclass(frozen=True)
class SheetRow:
    """One data row: the sheet's own 1-based row number, so problems point where the clerk looks."""

    row: int
    values: dict[str, object]


@dataclass(frozen=True)
class Table:
    """What was read from one sheet. ``problems`` are sheet-level (a missing or doubled column)."""

    sheet_name: str
    header_row: int
    columns: dict[str, str]  # key -> header text as written in the file
    letters: dict[str, str]  # key -> column letter ("B")
    rows: list[SheetRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# ----------------------------------------------------------------------------- cell values
def clean_string(value: str) -> str:
    """NFC and trimmed, Excel escapes decoded, control and invisible format characters removed.

    Line breaks and tabs survive (an address may span lines); use :func:`cell_text` for one line.
    """
    if "_x" in value:
        value = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
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
    header_search_rows: int = 20,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Table:
    """Read the table in *path* whose header matches *specs* best.

    With no *sheet* named, every worksheet's first rows are tried and the best-matching sheet wins,
    so a cover sheet or an instructions sheet in front does not get in the way. Raises
    ValidationError (naming the file) for anything that is not a readable workbook, and
    ImportCancelled when *cancelled* says so.
    """
    source = Path(path)
    display = source.name
    _check_file(source, display)
    try:
        handle = source.open("rb")
    except OSError as exc:
        raise ValidationError(f"Không mở được tệp “{display}”: {exc.strerror or exc}.") from None
    with handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except (zipfile.BadZipFile, zipfile.LargeZipFile):
            handle.seek(0)
            if handle.read(2) == b"PK":  # a zip, cut short or damaged (an interrupted download)
                raise ValidationError(
                    f"Tệp “{display}” bị hỏng (không giải nén được). Hãy lấy lại tệp từ người gửi."
                ) from None
            raise ValidationError(
                f"Tệp “{display}” không phải là tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi)."
            ) from None
        except Exception:  # openpyxl raises KeyError, XML and value errors for damaged parts
            raise ValidationError(
                f"Tệp “{display}” không đọc được: không phải bảng tính Excel hoặc tệp đã bị hỏng. "
                "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."
            ) from None
        try:
            return _read_workbook(workbook, display, specs, sheet, header_search_rows, progress, cancelled)
        except (ValidationError, ImportCancelled):
            raise
        except Exception:  # a part that loaded but does not parse row by row
            raise ValidationError(
                f"Tệp “{display}” bị hỏng ở giữa bảng tính, không đọc tiếp được. "
                "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."
            ) from None
        finally:
            workbook.close()


def _check_file(source: Path, display: str) -> None:
    """Refuse early, with a reason the clerk can act on, what openpyxl would fail on obscurely."""
    try:
        with source.open("rb") as probe:
            head = probe.read(8)
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp “{display}”.") from None
    except IsADirectoryError:
        raise ValidationError(f"“{display}” là một thư mục, không phải tệp Excel.") from None
    except OSError as exc:
        raise ValidationError(f"Không mở được tệp “{display}”: {exc.strerror or exc}.") from None
    if not head:
        raise ValidationError(f"Tệp “{display}” trống (0 byte).")
    if head == _OLE_MAGIC:
        raise ValidationError(
            f"Tệp “{display}” được đặt mật khẩu hoặc là tệp Excel cũ (.xls). "
            "Hãy mở bằng Excel, bỏ mật khẩu và lưu lại dưới dạng .xlsx."
        )


def _read_workbook(
    workbook: Any,
    display: str,
    specs: Sequence[ColumnSpec],
    sheet: str | None,
    header_search_rows: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Table:
    worksheets = list(workbook.worksheets)
    if not worksheets:
        raise ValidationError(f"Tệp “{display}” không có trang tính nào.")
    if sheet is not None:
        chosen = [ws for ws in worksheets if nfc(ws.title) == nfc(sheet)]
        if not chosen:
            names = ", ".join(f"“{ws.title}”" for ws in worksheets)
            raise ValidationError(f"Tệp “{display}” không có trang “{sheet}” (các trang: {names}).")
        worksheets = chosen
    aliases = _alias_index(specs)
    best: tuple[int, int, Any, list[tuple[int, tuple[object, ...]]], int] | None = None
    for ws in worksheets:
        _check_cancelled(cancelled)
        claimed_rows = ws.max_row or 0  # only an estimate for the progress bar
        ws.reset_dimensions()  # some generators write a wrong <dimension>; never trust it for reading
        top = _first_rows(ws, header_search_rows)
        score, header_index = _best_header(top, aliases)
        if best is None or score > best[0]:
            best = (score, header_index, ws, top, claimed_rows)
    assert best is not None
    score, header_index, ws, top, claimed_rows = best
    sheet_name = str(ws.title)
    if score == 0 and _is_empty(ws):
        raise ValidationError(f"Tệp “{display}”: trang tính “{sheet_name}” trống, không có dữ liệu.")
    if score == 0:
        expected = "; ".join(f"“{s.aliases[0]}”" for s in specs if s.required) or "; ".join(
            f"“{s.aliases[0]}”" for s in specs
        )
        return Table(sheet_name, 0, {}, {}, [], [Problem(
            f"trang “{sheet_name}”",
            f"Không tìm thấy dòng tiêu đề trong {header_search_rows} dòng đầu. Cần có các cột: {expected}.",
        )])
    header_row, header_values = top[header_index]
    columns, letters, positions, problems = _map_columns(header_values, specs, aliases)
    rows = list(_data_rows(ws, header_row, positions, claimed_rows, progress, cancelled))
    return Table(sheet_name, header_row, columns, letters, rows, problems)


def _alias_index(specs: Sequence[ColumnSpec]) -> dict[str, str]:
    index: dict[str, str] = {}
    for spec in specs:
        for alias in (*spec.aliases, spec.key):
            index.setdefault(fold_compact(alias), spec.key)
    return index


def _header_keys(value: object) -> Iterable[str]:
    """Folded forms a header cell may match: as written, and without a note in brackets."""
    text = cell_text(value)
    if not text:
        return ()
    return dict.fromkeys((fold_compact(text), fold_compact(re.sub(r"\(.*?\)|\[.*?\]|\*", "", text))))


def _match(value: object, aliases: dict[str, str]) -> str | None:
    for key in _header_keys(value):
        if key and key in aliases:
            return aliases[key]
    return None


def _is_empty(ws: Any) -> bool:
    return all(_blank(_raw(v)) for row in ws.iter_rows(values_only=True) for v in row)


def _first_rows(ws: Any, limit: int) -> list[tuple[int, tuple[object, ...]]]:
    found: list[tuple[int, tuple[object, ...]]] = []
    for row in ws.iter_rows(max_row=max(limit, 1)):
        cells = [c for c in row if getattr(c, "row", None) is not None]
        if not cells:
            continue
        found.append((cells[0].row, _values_by_position(row)))
    return found


def _values_by_position(row: Sequence[object]) -> tuple[object, ...]:
    """Cell values laid out by 1-based column (index 0 unused), whatever cells the file omitted."""
    width = max((getattr(c, "column", 0) or 0 for c in row), default=0)
    values: list[object] = [None] * (width + 1)
    for c in row:
        column = getattr(c, "column", None)
        if column:
            values[column] = getattr(c, "value", None)
    return tuple(values)


def _best_header(top: list[tuple[int, tuple[object, ...]]], aliases: dict[str, str]) -> tuple[int, int]:
    """Index in *top* of the row matching the most distinct keys; a title row matches few or none."""
    best_score, best_index = 0, 0
    for index, (_, values) in enumerate(top):
        score = len({key for v in values if (key := _match(v, aliases)) is not None})
        if score > best_score:
            best_score, best_index = score, index
    return best_score, best_index


def _map_columns(
    header: tuple[object, ...], specs: Sequence[ColumnSpec], aliases: dict[str, str]
) -> tuple[dict[str, str], dict[str, str], dict[str, int], list[Problem]]:
    columns: dict[str, str] = {}
    letters: dict[str, str] = {}
    positions: dict[str, int] = {}
    problems: list[Problem] = []
    for column, value in enumerate(header):
        key = _match(value, aliases) if column else None
        if key is None:
            continue
        written = cell_text(value)
        if key in positions:
            problems.append(Problem(
                f"cột {written}",
                f"Cột “{written}” ({get_column_letter(column)}) trùng nghĩa với cột “{columns[key]}” "
                f"({letters[key]}); hãy xóa hoặc đổi tên một trong hai cột.",
            ))
            continue
        columns[key] = written
        letters[key] = get_column_letter(column)
        positions[key] = column
    for spec in specs:
        if spec.required and spec.key not in positions:
            accepted = ", ".join(f"“{a}”" for a in spec.aliases)
            problems.append(Problem(
                f"cột {spec.aliases[0]}",
                f"Thiếu cột “{spec.aliases[0]}” ở dòng tiêu đề. Tên cột được chấp nhận: {accepted}.",
            ))
    return columns, letters, positions, problems


def _data_rows(
    ws: Any,
    header_row: int,
    positions: dict[str, int],
    claimed_rows: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> Iterable[SheetRow]:
    total = max(claimed_rows - header_row, 0)
    seen = 0
    first = True
    # Plain values, not cell objects (half the reading time): openpyxl's read-only rows come one per
    # sheet row, gaps filled, so the sheet's own row number is counted from the header down.
    for number, row in enumerate(ws.iter_rows(min_row=header_row + 1, values_only=True), header_row + 1):
        seen += 1
        if seen % _TICK == 0:
            _check_cancelled(cancelled)
            if progress is not None:
                total = max(total, seen)
                progress(seen, total)
        values_by_position = (None, *row)
        values = {
            key: _raw(values_by_position[pos]) if pos < len(values_by_position) else None
            for key, pos in positions.items()
        }
        if all(_blank(v) for v in values.values()):
            continue
        if first and _is_numbering_row(values):
            first = False
            continue
        first = False
        yield SheetRow(number, values)
    _check_cancelled(cancelled)
    if progress is not None:
        progress(seen, seen)


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
