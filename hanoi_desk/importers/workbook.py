"""Opening the spreadsheet a clerk chose — .xlsx, .xls or .ods — as sheets of plain cell values.

The file's own bytes decide how it is read, never its name: offices rename files, save web pages
as ".xls" and send password-protected workbooks. Reading goes through python-calamine (Rust: .xlsx,
.xls and .ods alike, about ten times faster than openpyxl, docs/performance.md) except where
calamine would be unsafe: it builds each sheet as one dense grid, and a sheet with a cell at
XFD1048576 asks for 17 billion cells and aborts the whole process (Rust cannot raise there). An
.xlsx sheet whose cells reach beyond column AZ or row 99,999 is therefore streamed with openpyxl's
read-only reader instead, and an .ods whose used area is that large is refused with a message.

Each sheet comes back as rows of values by 0-based column ("" and empty cells are None), with the
sheet's own 1-based row numbers, the merged ranges where the format records them, and the cells
holding a formula that was never calculated (a file written by a program): those read as empty,
which must not pass for "no value given" (docs: issue 16).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from xml.parsers import expat

from hanoi_desk.domain.errors import ValidationError

Cancelled = Callable[[], bool]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# A sheet calamine may hold as a dense grid: 99,999 rows by 52 columns (AZ) is at most 5.2 million
# cells. Beyond that an .xlsx is streamed by openpyxl; an .ods is refused (nothing streams it).
_CALAMINE_MAX_ROWS = 99_999
_CALAMINE_MAX_COLUMNS = 52
_ODS_MAX_CELLS = _CALAMINE_MAX_ROWS * _CALAMINE_MAX_COLUMNS
_XML_MAX_BYTES = 256 * 1024 * 1024  # a sheet this large (uncompressed) is streamed, not scanned
# A cell reference (or row number) at column BA or beyond, or at row 100,000 or beyond.
_FAR_CELL = re.compile(rb'\sr="(?:[A-Z]{3}|[B-Z][A-Z]|[A-Z]{0,2}[0-9]{6})')
_FORMULA_CELL = re.compile(
    rb"<(?:\w+:)?c\s([^>]*)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>|<(?:\w+:)?v>)?"
)
_ATTRIBUTE = re.compile(rb'\b(r|t)="([^"]*)"')
_REFERENCE = re.compile(r"^([A-Z]{1,3})([0-9]+)$")

Rows = Iterator[tuple[int, tuple[object, ...]]]


class Sheet:
    """One worksheet as plain values; how it is read depends on the file (see the module's doc)."""

    name: str = ""
    uncalculated: frozenset[tuple[int, int]] = frozenset()  # (row, column), 1-based

    def rows(self, first: int = 1) -> Rows:
        """(sheet row number, values by 0-based column) from row *first* down."""
        raise NotImplementedError

    def merged(self) -> list[tuple[int, int, int, int]]:
        """Merged ranges as 1-based (first row, first column, last row, last column), where known."""
        return []

    def size_hint(self) -> int:
        """How many rows the sheet has, as far as is known before reading it (for progress bars)."""
        return 0


@dataclass
class Workbook:
    kind: str  # "xlsx", "xls", "ods"
    sheets: list[Sheet]
    close: Callable[[], None] = lambda: None


# ----------------------------------------------------------------------------- opening
def open_workbook(path: Path, display: str) -> Workbook:
    """The workbook at *path*, or ValidationError naming *display* with what is wrong with it."""
    head = _head(path, display)
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK"):
        return _open_zip(path, display)
    if head.startswith(OLE_MAGIC):
        return _open_ole(path, display)
    lowered = head[:1024].lstrip().lower()
    if lowered.startswith((b"<", b"\xef\xbb\xbf<")) and (b"<html" in lowered or b"<table" in lowered
                                                         or b"<!doctype" in lowered or b"<?xml" in lowered):
        raise ValidationError(
            f"Tệp “{display}” là trang web (HTML) được đặt tên như tệp Excel, không phải bảng tính. "
            "Hãy mở bằng Excel rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx)."
        )
    raise ValidationError(
        f"Tệp “{display}” không phải là tệp Excel (.xlsx, .xls) hay bảng tính OpenDocument (.ods) "
        "(có thể là tệp khác bị đổi đuôi)."
    )


def _head(path: Path, display: str) -> bytes:
    try:
        with path.open("rb") as probe:
            head = probe.read(2048)
    except FileNotFoundError:
        raise ValidationError(f"Không tìm thấy tệp “{display}”.") from None
    except IsADirectoryError:
        raise ValidationError(f"“{display}” là một thư mục, không phải tệp Excel.") from None
    except OSError as exc:
        raise ValidationError(f"Không mở được tệp “{display}”: {exc.strerror or exc}.") from None
    if not head:
        raise ValidationError(f"Tệp “{display}” trống (0 byte).")
    return head


def _damaged(display: str) -> ValidationError:
    return ValidationError(
        f"Tệp “{display}” không đọc được: không phải bảng tính hoặc tệp đã bị hỏng. "
        "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."
    )


def _password(display: str, kind: str = "xlsx") -> ValidationError:
    how = ("Hãy mở bằng LibreOffice Calc, bỏ mật khẩu (Tệp › Thuộc tính › Bảo mật)" if kind == "ods" else
           "Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu)")
    return ValidationError(f"Tệp “{display}” được đặt mật khẩu. {how}, lưu lại rồi nhập lại.")


def _open_zip(path: Path, display: str) -> Workbook:
    try:
        archive = zipfile.ZipFile(path)
        names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise ValidationError(
            f"Tệp “{display}” bị hỏng (không giải nén được). Hãy lấy lại tệp từ người gửi."
        ) from None
    with archive:
        if "xl/workbook.xml" in names or any(n.lower() == "xl/workbook.xml" for n in names):
            plan = _scan_xlsx(archive, display)
            return _calamine(path, display, "xlsx", plan) if plan.calamine_safe else _openpyxl(
                path, display, plan)
        if "content.xml" in names:
            mimetype = _read_member(archive, "mimetype", 200).strip()
            if mimetype and b"spreadsheet" not in mimetype:
                raise ValidationError(
                    f"Tệp “{display}” là văn bản OpenDocument ({mimetype.decode('ascii', 'replace')}), "
                    "không phải bảng tính."
                )
            if "META-INF/manifest.xml" in names and b"encryption-data" in _read_member(
                    archive, "META-INF/manifest.xml", 1_000_000):
                raise _password(display, "ods")
            _check_ods_extent(archive, display)
            return _calamine(path, display, "ods", _XlsxPlan())
    raise ValidationError(
        f"Tệp “{display}” là tệp nén nhưng không phải bảng tính Excel (.xlsx) hay OpenDocument (.ods) "
        "(có thể là tệp khác bị đổi đuôi)."
    )


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as member:
            return member.read(limit)
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, ValueError):
        return b""


def _open_ole(path: Path, display: str) -> Workbook:
    """An OLE compound file: an .xls workbook, or an .xlsx saved with a password (Excel encrypts
    the whole package into such a container), or another Office document renamed."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Không mở được tệp “{display}”: {exc.strerror or exc}.") from None
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise _password(display)
    if "WordDocument".encode("utf-16-le") in data:
        raise ValidationError(f"Tệp “{display}” là văn bản Word, không phải bảng tính Excel.")
    if "PowerPoint Document".encode("utf-16-le") in data:
        raise ValidationError(f"Tệp “{display}” là tệp PowerPoint, không phải bảng tính Excel.")
    return _calamine(path, display, "xls", _XlsxPlan())


# ----------------------------------------------------------------------------- .xlsx scan
@dataclass
class _XlsxPlan:
    """What a look at an .xlsx's sheet parts found before choosing how to read it."""

    calamine_safe: bool = True
    uncalculated: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)  # by sheet name


def _scan_xlsx(archive: zipfile.ZipFile, display: str) -> _XlsxPlan:
    """Which reader is safe for this .xlsx, and the formula cells that have no value.

    One pass over each sheet's XML in C (bytes searches and two regular expressions): about
    0.05 s for a 10,000-row sheet, against the 1 s openpyxl takes to read it.
    """
    plan = _XlsxPlan()
    try:
        parts = _sheet_parts(archive)
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, ValueError):
        raise _damaged(display) from None
    for name, part in parts:
        try:
            info = archive.getinfo(part)
        except KeyError:
            continue
        if info.file_size > _XML_MAX_BYTES:
            plan.calamine_safe = False
            continue
        try:
            xml = archive.read(part)
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError):
            raise ValidationError(
                f"Tệp “{display}” bị hỏng (không giải nén được). Hãy lấy lại tệp từ người gửi."
            ) from None
        if _FAR_CELL.search(xml):
            plan.calamine_safe = False
        if b"<f>" in xml or b"<f " in xml or b":f>" in xml or b":f " in xml:
            plan.uncalculated[name] = _uncalculated(xml)
    return plan


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, zip member) of every worksheet, in the workbook's order."""
    rel_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target[1:] if target.startswith("/") else "xl/" + target
        targets[rel.get("Id")] = target
    found = []
    for element in book.iter():
        if element.tag.endswith("}sheet") or element.tag == "sheet":
            target = targets.get(element.get(rel_ns + "id"))
            if target:
                found.append((element.get("name", ""), target))
    return found


def _uncalculated(xml: bytes) -> frozenset[tuple[int, int]]:
    """Cells with a formula and no stored result ("<v/>" or none). An empty result of a text
    formula (t="str") is a value: the formula gave "", as Excel stores it."""
    found = set()
    for match in _FORMULA_CELL.finditer(xml):
        value = match.group(2)
        if value is not None and b"/>" not in value and b"</" not in value:
            continue  # "<v>" followed by the result: calculated
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        if value is not None and attributes.get(b"t") == b"str":
            continue  # a text formula whose result is ""
        reference = _REFERENCE.match(attributes.get(b"r", b"").decode("ascii", "replace"))
        if reference:
            found.add((int(reference.group(2)), column_number(reference.group(1))))
    return frozenset(found)


def column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ord(ch) - 64)
    return number


# ----------------------------------------------------------------------------- .ods extent
def _check_ods_extent(archive: zipfile.ZipFile, display: str) -> None:
    """Refuse an .ods whose used area calamine could not hold (it builds one dense grid per sheet).

    expat walks content.xml counting rows and columns as LibreOffice repeats them; only cells that
    hold something (a value type or text) count towards the area.
    """
    state = {"row": 0, "col": 0, "rows_repeat": 1, "cell_repeat": 1, "in_cell": False, "filled": False,
             "row_width": 0, "max_row": 0, "max_col": 0}
    table = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag == table + "table":
            state["row"] = 0
        elif tag == table + "table-row":
            state["rows_repeat"] = _int(attrs.get(table + "number-rows-repeated"))
            state["col"] = state["row_width"] = 0
        elif tag in (table + "table-cell", table + "covered-table-cell"):
            state["cell_repeat"] = _int(attrs.get(table + "number-columns-repeated"))
            state["in_cell"] = True
            state["filled"] = office + "value-type" in attrs
        elif state["in_cell"]:
            state["filled"] = True

    def end(tag: str) -> None:
        if tag in (table + "table-cell", table + "covered-table-cell"):
            state["col"] += state["cell_repeat"]
            if state["filled"]:
                state["row_width"] = state["col"]
            state["in_cell"] = False
        elif tag == table + "table-row":
            state["row"] += state["rows_repeat"]
            if state["row_width"]:  # a row that holds something, repeated as often as LibreOffice says
                state["max_row"] = state["row"]
                state["max_col"] = max(state["max_col"], state["row_width"])
                if state["max_row"] * state["max_col"] > _ODS_MAX_CELLS:
                    raise _TooLarge

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = lambda name, attrs: start(
        _clark(name), {_clark(k): v for k, v in attrs.items()})
    parser.EndElementHandler = lambda name: end(_clark(name))
    try:
        with archive.open("content.xml") as content:
            parser.ParseFile(content)
    except _TooLarge:
        raise ValidationError(
            f"Tệp “{display}” có vùng dữ liệu quá rộng (ô có nội dung ở tận dòng, cột rất xa). "
            "Hãy xóa các ô thừa hoặc lưu lại dưới dạng .xlsx rồi nhập lại."
        ) from None
    except (expat.ExpatError, zipfile.BadZipFile, OSError, RuntimeError, ValueError, KeyError, EOFError):
        raise _damaged(display) from None


class _TooLarge(Exception):
    pass


def _clark(name: str) -> str:
    return "{" + name if "}" in name else name


def _int(text: str | None) -> int:
    try:
        return max(int(text or "1"), 1)
    except ValueError:
        return 1


# ----------------------------------------------------------------------------- readers
def _calamine(path: Path, display: str, kind: str, plan: _XlsxPlan) -> Workbook:
    import python_calamine

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise _password(display, kind) from None
    except BaseException as error:  # calamine's errors, and a panic in its parsers (a BaseException)
        _reraise_interrupts(error)
        raise _damaged(display) from None
    sheets: list[Sheet] = []
    try:
        metadata = list(book.sheets_metadata)
    except BaseException as error:
        _reraise_interrupts(error)
        raise _damaged(display) from None
    for meta in metadata:
        if str(getattr(meta.typ, "name", "WorkSheet")) not in ("WorkSheet",):
            continue
        sheets.append(_CalamineSheet(book, meta.name, display, kind,
                                     plan.uncalculated.get(meta.name, frozenset())))
    return Workbook(kind, sheets, book.close)


def _reraise_interrupts(error: BaseException) -> None:
    """A Rust panic surfaces as pyo3's PanicException, a BaseException: caught like any damaged
    file, while Ctrl+C and interpreter shutdown are let through."""
    if isinstance(error, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise error


class _CalamineSheet(Sheet):
    """A sheet read by calamine as one grid, on first use (the header search may never need it)."""

    def __init__(self, book: Any, name: str, display: str, kind: str,
                 uncalculated: frozenset[tuple[int, int]]) -> None:
        self._book = book
        self.name = name
        self._display = display
        self._kind = kind
        self.uncalculated = uncalculated
        self._grid: list[list[object]] | None = None
        self._merged: list[tuple[int, int, int, int]] = []

    def _load(self) -> list[list[object]]:
        if self._grid is None:
            import python_calamine

            try:
                sheet = self._book.get_sheet_by_name(self.name)
                self._grid = sheet.to_python(skip_empty_area=False)
                self._merged = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1)
                                for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
            except python_calamine.PasswordError:
                raise _password(self._display, self._kind) from None
            except BaseException as error:
                _reraise_interrupts(error)
                raise _damaged(self._display) from None
        return self._grid

    def rows(self, first: int = 1) -> Rows:
        grid = self._load()
        for index in range(max(first, 1) - 1, len(grid)):
            yield index + 1, tuple([None if v == "" else v for v in grid[index]])

    def merged(self) -> list[tuple[int, int, int, int]]:
        self._load()
        return self._merged

    def size_hint(self) -> int:
        return len(self._load())


class _OpenpyxlSheet(Sheet):
    """A sheet streamed by openpyxl's read-only reader: memory stays flat whatever the sheet holds."""

    def __init__(self, ws: Any, uncalculated: frozenset[tuple[int, int]]) -> None:
        self.name = str(ws.title)
        self.uncalculated = uncalculated
        self._claimed = ws.max_row or 0  # only an estimate for the progress bar
        ws.reset_dimensions()  # some generators write a wrong <dimension>; never trust it for reading
        self._ws = ws

    def rows(self, first: int = 1) -> Rows:
        # Plain values, not cell objects (half the reading time): openpyxl's read-only rows come one
        # per sheet row, gaps filled, so the sheet's own row number is counted from the first one.
        first = max(first, 1)
        for number, values in enumerate(self._ws.iter_rows(min_row=first, values_only=True), first):
            yield number, tuple([None if v == "" else v for v in values])

    def size_hint(self) -> int:
        return self._claimed


def _openpyxl(path: Path, display: str, plan: _XlsxPlan) -> Workbook:
    import openpyxl

    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ValidationError(f"Không mở được tệp “{display}”: {exc.strerror or exc}.") from None
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception:  # openpyxl raises KeyError, XML and value errors for damaged parts
        handle.close()
        raise _damaged(display) from None

    def close() -> None:
        book.close()
        handle.close()

    sheets: list[Sheet] = [_OpenpyxlSheet(ws, plan.uncalculated.get(str(ws.title), frozenset()))
                           for ws in book.worksheets]
    return Workbook("xlsx", sheets, close)
