"""Every importer survives hostile files: a clear message (ValidationError) or rows, never a traceback.

The readers are found, not listed: any ``read_*`` function of a module in ``hanoi_desk.importers``
that takes a file path (and nothing else required) is exercised, so an importer another feature adds
is covered the day it lands. Then the agency importer (and every other reader) is fuzzed with
workbooks built by hypothesis from cell strategies.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

import hanoi_desk.importers
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.imports import ImportRow
from hanoi_desk.importers.agencies import SPECS as AGENCY_SPECS
from hanoi_desk.importers.agencies import read_agencies
from hanoi_desk.services.roster import clean_draft, draft_problems

ROOT = Path(__file__).resolve().parent.parent
# Readers of files the app ships itself, not of files a clerk brings.
NOT_USER_FILES = {"hanoi_desk.importers.reference.read_reference"}


def _readers() -> list[tuple[str, Callable[..., object]]]:
    found: list[tuple[str, Callable[..., object]]] = []
    for info in pkgutil.iter_modules(hanoi_desk.importers.__path__):
        module = importlib.import_module(f"hanoi_desk.importers.{info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            qualified = f"{module.__name__}.{name}"
            if not name.startswith("read_") or function.__module__ != module.__name__:
                continue
            if qualified in NOT_USER_FILES:
                continue
            params = list(inspect.signature(function).parameters.values())
            required = [p for p in params if p.default is inspect.Parameter.empty
                        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
            if len(required) == 1:
                found.append((qualified, function))
    return found


READERS = _readers()
READER_IDS = [name for name, _ in READERS]


def test_the_agency_importer_is_among_the_readers_found() -> None:
    assert "hanoi_desk.importers.agencies.read_agencies" in READER_IDS
    assert "hanoi_desk.importers.xlsx_table.read_table" not in READER_IDS  # needs column specs


def _survives(reader: Callable[..., object], path: Path) -> object:
    """Call *reader*: rows back, or a ValidationError with a message naming the problem."""
    try:
        return reader(path)
    except ValidationError as error:
        assert error.problems and all(str(p).strip() for p in error.problems)
        assert "Traceback" not in str(error)
        return error


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _not_a_zip(path: Path) -> Path:
    path.write_text("STT;Tên cơ quan\n1;Sở Nội vụ\n", encoding="utf-8")
    return path


def _zip_not_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
        z.writestr("[Content_Types].xml", "<Types/>")
    return path


def _truncated(path: Path) -> Path:
    data = _workbook(path, [["Tên cơ quan"], ["Sở Nội vụ"]]).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _empty_workbook(path: Path) -> Path:
    Workbook().save(path)
    return path


def _headers_only(path: Path) -> Path:
    return _workbook(path, [["STT", "Tên cơ quan", "Loại"]])


def _huge_strings(path: Path) -> Path:
    big = "Sở " + "Nội vụ " * 150_000  # about 1 MB in one cell
    return _workbook(path, [["Tên cơ quan", "Ghi chú", "Địa chỉ"], [big, big, big], ["Sở Y tế", big, ""]])


def _control_characters(path: Path) -> Path:
    return _workbook(path, [
        ["Tên cơ quan", "Ghi chú", "Điện thoại"],
        ["Sở\u200b Nội\u00ad vụ\ufeff", "dòng 1\u2028dòng 2\u202e", "0912\u200d345678"],
        ["_x0007_Sở Y tế_x0000_", "\U0001f600 ok", "\u00a0"],
    ])


def _formulas(path: Path) -> Path:
    return _workbook(path, [
        ["Tên cơ quan", "Mã", "Điện thoại", "Hiệu lực từ"],
        ["=HYPERLINK(\"http://x\",\"Sở\")", "=1/0", "=A1&A1", "=TODAY()"],
        ["Sở Y tế", "=cmd|' /C calc'!A0", "+84912345678", "@SUM(1)"],
    ])


def _dates_as_text(path: Path) -> Path:
    return _workbook(path, [
        ["Tên cơ quan", "Hiệu lực từ", "Hiệu lực đến", "Ngày cấp phép"],
        ["Sở A", "05/12/2026", "ngày 31 tháng 12 năm 2026", "31/02/2026"],
        ["Sở B", "2026-12-05", "12/2026", "hôm qua"],
        ["Sở C", 46000, datetime(2026, 12, 5, 8, 30), date(1900, 1, 1)],
        ["Sở D", "9999999999", -5, 1e308],
    ])


def _wide_and_odd(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Trang 1"
    sheet.cell(row=1, column=16384, value="Tên cơ quan")  # the last column Excel has
    sheet.cell(row=2, column=16384, value="Sở Nội vụ")
    sheet.cell(row=1_048_576, column=1, value="dòng cuối")
    book.save(path)
    return path


DATA = ROOT / "tests" / "data"


def _xls_cut(path: Path) -> Path:
    data = (DATA / "roster-two-row-header.xls").read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _ods_cut(path: Path) -> Path:
    data = (DATA / "roster-two-row-header.ods").read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _xls_with_password(path: Path) -> Path:
    path.write_bytes((DATA / "password.xls").read_bytes())
    return path


def _ods_with_password(path: Path) -> Path:
    path.write_bytes((DATA / "password.ods").read_bytes())
    return path


def _xlsx_with_password(path: Path) -> Path:
    path.write_bytes((DATA / "password.xlsx").read_bytes())
    return path


def _web_page_named_xls(path: Path) -> Path:
    path.write_text("<html><table><tr><td>Tên cơ quan</td></tr><tr><td>Sở Y tế</td></tr></table></html>",
                    encoding="utf-8")
    return path


def _odt_named_ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    return path


def _ods(path: Path, rows: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        f'<table:table table:name="S">{rows}</table:table></office:spreadsheet></office:body>'
        '</office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
    return path


def _ods_repeated_rows(path: Path) -> Path:
    """A filled row that LibreOffice repeats 200,000 times, 60 cells wide: 12 million cells."""
    return _ods(path, '<table:table-row><table:table-cell office:value-type="string"><text:p>Tên cơ quan'
                      '</text:p></table:table-cell></table:table-row>'
                      '<table:table-row table:number-rows-repeated="200000"><table:table-cell '
                      'table:number-columns-repeated="60" office:value-type="float" office:value="1">'
                      '<text:p>1</text:p></table:table-cell></table:table-row>')


def _ods_far_cell(path: Path) -> Path:
    """An .ods whose used area reaches row 200,000 and column 1,000: refused, not read into memory."""
    return _ods(path, '<table:table-row><table:table-cell office:value-type="string"><text:p>Tên cơ quan'
                      '</text:p></table:table-cell></table:table-row>'
                      '<table:table-row table:number-rows-repeated="200000"><table:table-cell/>'
                      '</table:table-row><table:table-row>'
                      '<table:table-cell table:number-columns-repeated="999"/>'
                      '<table:table-cell office:value-type="string"><text:p>xa</text:p></table:table-cell>'
                      '</table:table-row>')


# Files that are not .xlsx, under the name the clerk gave them.
OTHER_FORMATS: dict[str, tuple[str, Callable[[Path], Path], str]] = {
    "a damaged .xls": ("hỏng.xls", _xls_cut, "không đọc được"),
    "a damaged .ods": ("hỏng.ods", _ods_cut, "hỏng"),
    "an .xls with a password": ("mật khẩu.xls", _xls_with_password, "được đặt mật khẩu"),
    "an .ods with a password": ("mật khẩu.ods", _ods_with_password, "được đặt mật khẩu"),
    "an .xlsx with a password": ("mật khẩu.xlsx", _xlsx_with_password, "được đặt mật khẩu"),
    "a web page named .xls": ("xuất từ web.xls", _web_page_named_xls, "trang web (HTML)"),
    "a text document named .ods": ("văn bản.ods", _odt_named_ods, "không phải bảng tính"),
    "an .ods with a far cell": ("xa.ods", _ods_far_cell, "vùng dữ liệu quá rộng"),
    "an .ods with a repeated row": ("lặp.ods", _ods_repeated_rows, "vùng dữ liệu quá rộng"),
}


def _spreadsheet_readers() -> list[tuple[str, Callable[..., object]]]:
    """The readers of spreadsheets: those of an importer module that declares an ImportKind."""
    from hanoi_desk.importers.xlsx_table import ImportKind

    return [(name, reader) for name, reader in READERS
            if any(isinstance(v, ImportKind) for v in vars(sys.modules[reader.__module__]).values())]


SPREADSHEET_READERS = _spreadsheet_readers()


def test_the_spreadsheet_readers_are_found() -> None:
    assert {name.rsplit(".", 1)[1] for name, _ in SPREADSHEET_READERS} >= {
        "read_agencies", "read_calendar", "read_fanpages", "read_tally"}


@pytest.mark.parametrize("case", list(OTHER_FORMATS), ids=list(OTHER_FORMATS))
@pytest.mark.parametrize(("name", "reader"), SPREADSHEET_READERS, ids=[n for n, _ in SPREADSHEET_READERS])
def test_every_importer_explains_what_is_wrong_with_xls_and_ods_files(
        tmp_path: Path, name: str, reader: Callable[..., object], case: str) -> None:
    file_name, make, expected = OTHER_FORMATS[case]
    result = _survives(reader, make(tmp_path / file_name))
    assert isinstance(result, ValidationError)
    assert f"“{file_name}”" in str(result) and expected in str(result), str(result)


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "not a zip": _not_a_zip,
    "a zip that is not a workbook": _zip_not_workbook,
    "a truncated workbook": _truncated,
    "an empty file": _empty_file,
    "an empty workbook": _empty_workbook,
    "headers only": _headers_only,
    "1 MB strings": _huge_strings,
    "control characters": _control_characters,
    "formulas": _formulas,
    "dates as text": _dates_as_text,
    "the last row and column": _wide_and_odd,
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
@pytest.mark.parametrize(("name", "reader"), READERS, ids=READER_IDS)
def test_every_importer_survives_hostile_files(tmp_path: Path, name: str,
                                               reader: Callable[..., object], case: str) -> None:
    path = HOSTILE[case](tmp_path / "tệp lạ.xlsx")
    result = _survives(reader, path)
    if isinstance(result, ValidationError) and case in ("not a zip", "a zip that is not a workbook",
                                                        "a truncated workbook", "an empty file",
                                                        "an empty workbook"):
        assert "tệp lạ.xlsx" in str(result), "the message names the file the clerk chose"


def test_agency_importer_on_hostile_content_gives_row_problems(tmp_path: Path) -> None:
    rows, _sheet = read_agencies(_huge_strings(tmp_path / "big.xlsx"))
    assert any("quá dài" in str(p) for row in rows for p in row.problems)
    rows, _sheet = read_agencies(_control_characters(tmp_path / "ctl.xlsx"))
    assert [r.draft.name for r in rows] == ["Sở Nội vụ", "Sở Y tế"]
    rows, _sheet = read_agencies(_dates_as_text(tmp_path / "dates.xlsx"))
    messages = [str(p) for row in rows for p in row.problems]
    assert any("dòng 2" in m and "31/02/2026" in m for m in messages)
    assert any("hôm qua" in m for m in messages)
    assert rows[0].draft.active_from == date(2026, 12, 5)


@pytest.mark.parametrize(("name", "reader"), READERS, ids=READER_IDS)
def test_hostile_files_through_the_command_line(tmp_path: Path, db_url: str, name: str,
                                                reader: Callable[..., object]) -> None:
    if name != "hanoi_desk.importers.agencies.read_agencies":
        pytest.skip("the command line imports agencies; other importers have their own commands")
    for case in ("not a zip", "a zip that is not a workbook", "1 MB strings", "dates as text"):
        path = HOSTILE[case](tmp_path / f"{case}.xlsx")
        run = subprocess.run([sys.executable, "-m", "hanoi_desk", "--db", db_url, "import", "agencies",
                              str(path)], capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
        assert run.returncode == 1, (case, run.stderr)
        assert "Traceback" not in run.stderr and "Lỗi" in run.stderr


@pytest.fixture(scope="module")
def hundred_thousand_rows(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "100000 dòng.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["STT", "Tên cơ quan", "Loại", "Điện thoại"])
    for i in range(100_000):
        sheet.append([i + 1, f"Trang tin số {i}", "Trang TTĐT tổng hợp" if i % 1000 else "???", 912345678])
    book.save(path)
    return path


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get("HANOI_DESK_TEST_PG")),
                    reason="no database involved: run once, on the SQLite pass")
def test_one_hundred_thousand_rows(hundred_thousand_rows: Path) -> None:
    reported: list[int] = []

    def progress(done: int, _total: int) -> None:
        reported.append(done)

    rows, _sheet = read_agencies(hundred_thousand_rows, progress=progress)
    assert len(rows) == 100_000
    bad = [r for r in rows if r.problems]
    assert len(bad) == 100 and "Loại “???” không rõ" in str(bad[0].problems[0])
    assert bad[0].row == 2, "row numbers are the sheet's own"
    assert reported[-1] == 100_000


# ----------------------------------------------------------------------------- fuzzing
_ALIASES = sorted({alias for spec in AGENCY_SPECS for alias in spec.aliases[:2]})
_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_excel_escaped = st.builds(lambda s, n: f"{s}_x{n:04X}_{s}", _text, st.integers(0, 0xFFFF))
_cell = st.one_of(
    st.none(),
    _text,
    _excel_escaped,
    st.sampled_from(["05/12/2026", "31/02/2026", "2026-12-05", "ngày 5 tháng 12 năm 2026", "1.234.567",
                     "0912 345 678", "Trang TTĐT tổng hợp", "Sở", "???", "", "   ", "=A1", "=1/0",
                     "http://x y", "a@b", "a" * 400]),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.booleans(),
)
_header = st.lists(st.one_of(st.sampled_from(_ALIASES), _text, st.none()), min_size=1, max_size=8)


def _writable(value: object) -> object:
    """What a real Excel file can hold: openpyxl refuses the XML-illegal characters Excel escapes."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
    return value


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.lists(_cell, max_size=3), header=_header,
       rows=st.lists(st.lists(_cell, max_size=8), max_size=12))
def test_fuzz_every_importer_with_generated_workbooks(title: list[object], header: list[object],
                                                      rows: list[list[object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        book = openpyxl.Workbook()
        for row in [title, header, *rows]:
            book.active.append([_writable(v) for v in row])
        book.save(path)
        for name, reader in READERS:
            result = _survives(reader, path)
            if name.endswith("read_agencies") and isinstance(result, tuple):
                imported: list[ImportRow] = result[0]
                for row in imported:
                    assert row.row >= 1 and all(str(p) for p in row.problems)
                    if row.draft is not None:  # the service's own checks take any draft too
                        draft_problems(clean_draft(row.draft))
