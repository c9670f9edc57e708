"""Excel exports read back as a clerk (or Excel) would see them. No Qt, no database."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from hanoi_desk.domain.agency import Agency, AgencyKind, Contact, ContactRole
from hanoi_desk.exporters.roster import write_roster
from hanoi_desk.exporters.xlsx import (
    HEADER_ROW,
    Column,
    ExportCancelled,
    SheetSpec,
    export_stamp,
    safe_filename,
    write_workbook,
)

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

AGENCY_HEADERS = [
    "STT", "Tên cơ quan", "Tên viết tắt", "Loại", "Địa chỉ", "Điện thoại", "Email", "Trang TTĐT",
    "Người liên hệ", "Chức vụ", "Điện thoại người liên hệ", "Hiệu lực từ", "Hiệu lực đến",
    "Sáp nhập vào", "Ghi chú",
]
CONTACT_HEADERS = ["STT", "Cơ quan", "Họ tên", "Chức vụ", "Vai trò", "Điện thoại", "Email"]
FIRST_DATA_ROW = HEADER_ROW + 1


def make_agency(agency_id: int, name: str, *, kind: AgencyKind = AgencyKind.DEPARTMENT,
                contacts: tuple[tuple[str, ContactRole], ...] = (), **values: object) -> Agency:
    fields: dict[str, object] = dict(
        id=agency_id, name=name, kind=kind, short_name="", code="", address="", phone="", email="",
        portal_url="", active_from=None, active_to=None, successor_id=None, successor_name="", notes="",
        licence_number="", licence_date=None, licence_issuer="", monthly_reach=None, hanoi_column_url="",
        version=1,
    )
    fields.update(values)
    fields["contacts"] = tuple(
        Contact(id=agency_id * 100 + i, agency_id=agency_id, name=person, position=f"Chức vụ {i}",
                phone=f"09{i:08d}", email=f"nguoi{i}@hanoi.gov.vn", role=role)
        for i, (person, role) in enumerate(contacts, 1)
    )
    return Agency(**fields)  # type: ignore[arg-type]


@pytest.fixture
def agencies() -> list[Agency]:
    return [
        make_agency(
            1, "Sở Văn hóa và Thể thao", short_name="SVHTT", address="47 Hàng Dầu, Hoàn Kiếm",
            phone="024 3825 1234", email="vanthu@hanoi.gov.vn", portal_url="https://sovhtt.hanoi.gov.vn",
            active_from=date(2020, 1, 1), active_to=date(2025, 6, 30), successor_name="Sở Văn hóa mới",
            notes="Đã sáp nhập",
            contacts=(("Trần Thị Bình", ContactRole.MONITORING), ("Nguyễn Văn An", ContactRole.FOCAL_POINT)),
        ),
        make_agency(2, '=HYPERLINK("x")', kind=AgencyKind.PRESS, phone="+84 123", short_name="@abc",
                    notes="-1", contacts=(("Lê Văn Cường", ContactRole.FOCAL_POINT),)),
        make_agency(3, "UBND phường Hoàn Kiếm", kind=AgencyKind.COMMUNE, address="=1+1", email="#N/A"),
    ]


def row_values(ws: Worksheet, row: int) -> list[object]:
    return [c.value for c in ws[row]]


def test_roster_layout_and_print_setup(tmp_path: Path, agencies: list[Agency]) -> None:
    path = write_roster(tmp_path / "roster.xlsx", agencies, on_date=date(2026, 1, 15))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Danh sách cơ quan", "Người liên hệ"]
    ws = wb["Danh sách cơ quan"]

    assert ws["A1"].value == "DANH SÁCH CƠ QUAN, ĐƠN VỊ"
    assert ws["A1"].font.b and ws["A1"].font.sz > 11
    assert ws["A2"].value == f"Danh sách có hiệu lực ngày 15/01/2026 — {export_stamp()}"
    assert row_values(ws, HEADER_ROW) == AGENCY_HEADERS
    assert all(c.font.b for c in ws[HEADER_ROW])

    # The frozen pane sits right under the header, and the filter covers header and every data row.
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    last_row = HEADER_ROW + len(agencies)
    assert ws.max_row == last_row
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:O{last_row}"
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.print_area == f"'Danh sách cơ quan'!$A$1:$O${last_row}"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0

    widths = {letter: dim.width for letter, dim in ws.column_dimensions.items()}
    assert all(6 <= w <= 60 for w in widths.values()), widths
    assert widths["B"] > widths["A"]  # a name column is wider than the row number


def test_roster_rows_follow_the_given_order_with_focal_point(tmp_path: Path, agencies: list[Agency]) -> None:
    ws = load_workbook(write_roster(tmp_path / "r.xlsx", agencies))["Danh sách cơ quan"]
    assert ws["A2"].value.startswith("Toàn bộ danh sách, kể cả đơn vị đã sáp nhập/giải thể")

    first = row_values(ws, FIRST_DATA_ROW)
    assert first[:11] == [
        1, "Sở Văn hóa và Thể thao", "SVHTT", "Sở, ban, ngành", "47 Hàng Dầu, Hoàn Kiếm", "024 3825 1234",
        "vanthu@hanoi.gov.vn", "https://sovhtt.hanoi.gov.vn",
        "Nguyễn Văn An", "Chức vụ 2", "0900000002",  # the focal point, not the first contact
    ]
    assert first[13:] == ["Sở Văn hóa mới", "Đã sáp nhập"]
    assert [ws.cell(r, 1).value for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + 3)] == [1, 2, 3]
    assert ws.cell(FIRST_DATA_ROW + 2, 4).value == "UBND xã, phường"
    assert ws.cell(FIRST_DATA_ROW + 2, 9).value is None  # no focal point: blank, not "None"


def test_dates_are_real_dates_in_day_month_year(tmp_path: Path, agencies: list[Agency]) -> None:
    ws = load_workbook(write_roster(tmp_path / "r.xlsx", agencies))["Danh sách cơ quan"]
    start, end = ws.cell(FIRST_DATA_ROW, 12), ws.cell(FIRST_DATA_ROW, 13)
    assert start.is_date and start.value == datetime(2020, 1, 1)
    assert end.is_date and end.value == datetime(2025, 6, 30)
    assert start.number_format == end.number_format == "DD/MM/YYYY"
    assert ws.cell(FIRST_DATA_ROW, 1).data_type == "n"


@pytest.mark.parametrize(
    ("column", "expected"),
    [(2, '=HYPERLINK("x")'), (6, "+84 123"), (3, "@abc"), (15, "-1")],
)
def test_user_text_is_never_a_formula(
    tmp_path: Path, agencies: list[Agency], column: int, expected: str
) -> None:
    ws = load_workbook(write_roster(tmp_path / "r.xlsx", agencies))["Danh sách cơ quan"]
    cell = ws.cell(FIRST_DATA_ROW + 1, column)
    assert cell.value == expected
    assert cell.data_type == "s"


def test_formula_and_error_lookalikes_stay_text(tmp_path: Path, agencies: list[Agency]) -> None:
    ws = load_workbook(write_roster(tmp_path / "r.xlsx", agencies))["Danh sách cơ quan"]
    address, email = ws.cell(FIRST_DATA_ROW + 2, 5), ws.cell(FIRST_DATA_ROW + 2, 7)
    assert (address.value, address.data_type) == ("=1+1", "s")
    assert (email.value, email.data_type) == ("#N/A", "s")


def test_second_sheet_lists_every_contact(tmp_path: Path, agencies: list[Agency]) -> None:
    ws = load_workbook(write_roster(tmp_path / "r.xlsx", agencies))["Người liên hệ"]
    assert row_values(ws, HEADER_ROW) == CONTACT_HEADERS
    rows = [row_values(ws, r) for r in range(FIRST_DATA_ROW, ws.max_row + 1)]
    assert [[*r[:3], r[4]] for r in rows] == [
        [1, "Sở Văn hóa và Thể thao", "Trần Thị Bình", "Giám sát thông tin"],
        [2, "Sở Văn hóa và Thể thao", "Nguyễn Văn An", "Đầu mối"],
        [3, '=HYPERLINK("x")', "Lê Văn Cường", "Đầu mối"],
    ]
    assert ws.cell(FIRST_DATA_ROW + 2, 2).data_type == "s"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:G{HEADER_ROW + 3}"


def test_control_characters_and_nfd_text_are_cleaned(tmp_path: Path) -> None:
    nfd = "Ho\u0300a Bi\u0300nh"  # "Hòa Bình" typed with combining marks
    agency = make_agency(1, "Sở\x00 Y\x07 tế\x1f Hà Nội", notes=nfd + "\r\ndòng 2")
    ws = load_workbook(write_roster(tmp_path / "r.xlsx", [agency]))["Danh sách cơ quan"]
    assert ws.cell(FIRST_DATA_ROW, 2).value == "Sở Y tế Hà Nội"
    assert ws.cell(FIRST_DATA_ROW, 15).value == "Hòa Bình\ndòng 2"


def test_generic_kinds_and_long_text_wraps(tmp_path: Path) -> None:
    long_text = "Phản ánh về việc " + "thông tin sai sự thật " * 10
    spec = SheetSpec(
        name="Lịch sử: 2026/11?",  # characters Excel refuses in a sheet name
        title="Lịch sử",
        columns=[Column("Số", kind="int", number_format="#,##0"), Column("Giá trị", kind="number"),
                 Column("Lúc", kind="datetime"), Column("Nội dung"), Column("Mã", kind="int")],
        rows=iter([(1200, 2.5, datetime(2026, 11, 27, 8, 30), long_text, "không rõ")]),
        subtitle="Báo cáo tuần",
        landscape=False,
    )
    path = write_workbook(tmp_path / "h.xlsx", [spec], exported_on=date(2026, 11, 27))
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.title == "Lịch sử  2026 11"
    assert ws["A2"].value == "Báo cáo tuần"
    assert ws.page_setup.orientation == "portrait"
    number, value, when, text, code = ws[FIRST_DATA_ROW]
    assert (number.value, number.number_format) == (1200, "#,##0")
    assert value.value == 2.5
    assert when.value == datetime(2026, 11, 27, 8, 30) and when.number_format == "DD/MM/YYYY HH:MM"
    assert text.value == long_text and text.alignment.wrap_text
    assert ws.column_dimensions["D"].width == 60
    assert (code.value, code.data_type) == ("không rõ", "s")  # text in a number column stays text


def test_subtitle_defaults_to_export_date(tmp_path: Path) -> None:
    spec = SheetSpec("A", "Tiêu đề", [Column("Tên")], [("x",)])
    ws = load_workbook(write_workbook(tmp_path / "a.xlsx", [spec], exported_on=date(2026, 11, 27))).active
    assert ws["A2"].value == "Ngày xuất: 27/11/2026"


def test_progress_reports_rows(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    rows = [(i, f"Cơ quan {i}") for i in range(2500)]
    spec = SheetSpec("A", "T", [Column("STT", kind="int"), Column("Tên")], rows)
    write_workbook(tmp_path / "p.xlsx", [spec], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"previous export")
    rows = ((i, f"Cơ quan {i}") for i in range(5000))
    spec = SheetSpec("A", "T", [Column("STT", kind="int"), Column("Tên")], rows)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(ExportCancelled):
        write_workbook(target, [spec], progress=progress, cancelled=lambda: len(seen) >= 2)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]  # no temporary file left

    fresh = tmp_path / "new.xlsx"
    with pytest.raises(ExportCancelled):
        write_roster(fresh, [make_agency(1, "Sở Y tế")], cancelled=lambda: True)
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_a_row_of_the_wrong_length_is_a_bug_not_a_silent_shift(tmp_path: Path) -> None:
    spec = SheetSpec("A", "T", [Column("STT", kind="int"), Column("Tên")], [(1,)])
    with pytest.raises(ValueError):
        write_workbook(tmp_path / "x.xlsx", [spec])
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CON", "CON_"),
        ("con.xlsx", "con_.xlsx"),
        ("nul", "nul_"),
        ("COM1.txt", "COM1_.txt"),
        ("LPT9", "LPT9_"),
        ("Aux.tar.xlsx", "Aux_.tar.xlsx"),
        ("COM10", "COM10"),  # only COM1–COM9 are devices
        ("Console.xlsx", "Console.xlsx"),
        ("Danh sách: cơ quan/2026?", "Danh sách cơ quan-2026"),
        ('a\\b/c:d*e?f"g<h>i|j', "a-b-cdefghi-j"),  # path separators keep words apart
        ("Báo cáo tháng 11...", "Báo cáo tháng 11"),
        ("Báo cáo . . ", "Báo cáo"),
        ("  Lịch\ttrực  ban\x07 ", "Lịch trực ban"),
        ("Đơn vị Hòa Bình – Ứng phó", "Đơn vị Hòa Bình – Ứng phó"),
        ("Ho\u0300a", "Hòa"),
        ("", "_"),
        ("???", "_"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_limits_length_and_keeps_extension() -> None:
    long_name = "Đơn vị " * 40 + ".xlsx"
    result = safe_filename(long_name)
    assert len(result) <= 150
    assert result.endswith(".xlsx")
    assert not result[: -len(".xlsx")].endswith((" ", "."))
    assert len(safe_filename("ạ" * 400)) == 150


def test_wide_table_is_narrowed_to_print_legibly_and_wrapped_rows_grow(
    tmp_path: Path, agencies: list[Agency]
) -> None:
    long_address = "Tầng 5, toà nhà liên cơ quan số 2, phố Tràng Tiền, phường Tràng Tiền, quận Hoàn Kiếm"
    wide = [make_agency(9, "Sở Tài nguyên và Môi trường thành phố Hà Nội", address=long_address,
                        notes="Đầu mối tiếp nhận phản ánh ngoài giờ hành chính")]
    ws = load_workbook(write_roster(tmp_path / "r.xlsx", [*agencies, *wide]))["Danh sách cơ quan"]
    widths = [dim.width for dim in ws.column_dimensions.values()]
    assert sum(widths) <= 250  # fitted to A4 landscape at a legible scale, not a third of it
    address = ws.cell(FIRST_DATA_ROW + 3, 5)
    assert address.value == long_address and address.alignment.wrap_text
    assert ws.row_dimensions[FIRST_DATA_ROW + 3].height >= 3 * 15  # tall enough for the wrapped lines
    assert ws.row_dimensions[FIRST_DATA_ROW + 2].height in (None, 15)  # short rows keep one line
    assert ws.row_dimensions[HEADER_ROW].height >= 2 * 15  # "Điện thoại người liên hệ" wraps
    assert ws.print_options.gridLines  # a tall wrapped row stays readable on paper


QUOTED = ["=1+1", "+84 912 345 678", "-5 điểm", "@SUM(A1)", "\tlề", "\rdòng", "#N/A",
          "=HYPERLINK(\"http://x.invalid\",\"bấm\") " + "rất dài " * 40]


def test_text_that_looks_like_a_formula_keeps_excels_quote_prefix(tmp_path: Path) -> None:
    """Stored as text is not enough: without the quote prefix F2 then Enter in Excel turns "=1+1"
    into a live formula. Every list export goes through write_workbook, so this holds for all."""
    out = write_workbook(tmp_path / "q.xlsx", [SheetSpec("A", "T", [Column("Nội dung"), Column("Khác")],
                                                         [(text, "bình thường") for text in QUOTED])])
    sheet = load_workbook(out).active
    cells = [row[0] for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, max_col=1)]
    assert [c.value[:8] for c in cells] == [t.replace("\r", "\n")[:8] for t in QUOTED]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells), [(c.value, c.quotePrefix) for c in cells]
    plain = [row[0] for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, min_col=2, max_col=2)]
    assert not any(c.quotePrefix for c in plain)


def test_roster_export_quotes_names_that_look_like_formulas(tmp_path: Path) -> None:
    out = write_roster(tmp_path / "r.xlsx", [make_agency(1, "=HYPERLINK(\"x\",\"Sở\")", notes="-muộn")])
    sheet = load_workbook(out).worksheets[0]
    name = sheet.cell(FIRST_DATA_ROW, AGENCY_HEADERS.index("Tên cơ quan") + 1)
    notes = sheet.cell(FIRST_DATA_ROW, AGENCY_HEADERS.index("Ghi chú") + 1)
    assert (name.value, name.data_type, name.quotePrefix) == ("=HYPERLINK(\"x\",\"Sở\")", "s", True)
    assert (notes.value, notes.quotePrefix) == ("-muộn", True)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_quoted_cells_as_text(tmp_path: Path) -> None:
    out = write_workbook(tmp_path / "q.xlsx", [SheetSpec("A", "T", [Column("Nội dung")],
                                                         [("=1+1",), ("=SUM(1;2)",)])])
    subprocess.run(["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    lines = (tmp_path / "q.csv").read_text(encoding="latin-1").splitlines()
    assert lines[-2:] == ["=1+1", "=SUM(1;2)"]  # not 2 and 3: LibreOffice kept them as text
