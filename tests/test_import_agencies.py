"""Reading agency rosters from the messy .xlsx files offices send, and importing them."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind, ContactDraft, ContactRole
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.imports import ImportRow
from hanoi_desk.importers.agencies import read_agencies
from hanoi_desk.importers.xlsx_table import (
    ColumnSpec,
    ImportCancelled,
    cell_date,
    cell_int,
    cell_text,
    read_table,
)

UNG_HOA_ROSTER = "Ủy ban nhân dân huyện Ứng Hòa"
UNG_HOA_FILE = "Ủy ban nhân dân huyện Ứng Hoà"  # the other tone placement


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def write_sheet(
    path: Path,
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    *,
    title_rows: int = 2,
    numbering_row: bool = False,
) -> Path:
    """An office-style sheet: a merged title block, a blank line, then the header and the rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    if title_rows:
        ws.cell(1, 1, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        ws.cell(2, 1, "DANH SÁCH CƠ QUAN, ĐƠN VỊ (kèm theo Kế hoạch)")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
        for i in range(3, title_rows + 1):
            ws.cell(i, 2, "Cập nhật đến ngày 01/12/2026")
    row = title_rows + 2 if title_rows else 1  # one empty line under the title block
    for column, text in enumerate(header, start=1):
        ws.cell(row, column, text)
    if numbering_row:
        row += 1
        for column in range(1, len(header) + 1):
            ws.cell(row, column, f"({column})")
    for values in rows:
        row += 1
        for column, value in enumerate(values, start=1):
            if value is not None:
                ws.cell(row, column, value)
    wb.save(path)
    return path


def by_row(rows: list[ImportRow[AgencyDraft]]) -> dict[int, ImportRow[AgencyDraft]]:
    return {r.row: r for r in rows}


def fields_of(rows: list[ImportRow[AgencyDraft]]) -> list[str]:
    return [p.field for r in rows for p in r.problems]


# --------------------------------------------------------------------------- a messy but valid file
MESSY_HEADER = ["STT", "Tên cơ quan, đơn vị", "Loại", "SĐT", "Email", "Người đầu mối", "Chức vụ",
                "Di động", "Số giấy phép", "Ngày cấp phép", "Lượt truy cập hàng tháng", "Hiệu lực từ"]


def messy_file(tmp_path: Path) -> Path:
    return write_sheet(tmp_path / "danh sach.xlsx", MESSY_HEADER, [
        # row 5
        [1, nfd("  Sở   Y tế  "), "Sở", 2438253536, " VanThu@SoYTe.Hanoi.gov.vn ", nfd("Nguyễn Văn  An"),
         "Chánh Văn phòng", 912345678, None, None, None, date(2025, 3, 1)],
        [],  # row 6: blank between groups
        [None],  # row 7: only the row number column would be here; still blank
        # row 8
        [2, "Trang tin Hà Nội Ngày Nay", nfd("Trang TTĐT tổng hợp"), "024 3825 3536", None, None, None,
         None, "123/GP-STTTT", "05/12/2026", "1.234.567", "5/1/2026"],
        # row 9
        [3, "Mạng xã hội Thủ Đô", "mạng xã hội", None, None, None, None, None, "45/GP-BTTTT",
         datetime(2024, 6, 30, 0, 0), 25000.0, "2026-01-05"],
    ], title_rows=3)


def test_messy_file_gives_clean_drafts(tmp_path: Path) -> None:
    rows, sheet = read_agencies(messy_file(tmp_path))

    assert sheet == "Danh sách"
    assert [r.row for r in rows] == [6, 9, 10]  # the sheet's own numbers; blank rows skipped
    assert all(r.problems == () for r in rows)
    health, news, social = (r.draft for r in rows)
    assert health == AgencyDraft(
        name="Sở Y tế", kind=AgencyKind.DEPARTMENT, phone="02438253536",
        email="vanthu@soyte.hanoi.gov.vn", active_from=date(2025, 3, 1),
        contacts=(ContactDraft("Nguyễn Văn An", "Chánh Văn phòng", "0912345678",
                               role=ContactRole.FOCAL_POINT),),
    )
    assert unicodedata.is_normalized("NFC", health.name)
    assert unicodedata.is_normalized("NFC", health.contacts[0].name)
    assert news == AgencyDraft(
        name="Trang tin Hà Nội Ngày Nay", kind=AgencyKind.NEWS_SITE, phone="02438253536",
        licence_number="123/GP-STTTT", licence_date=date(2026, 12, 5), monthly_reach=1234567,
        active_from=date(2026, 1, 5), contacts=(),
    )
    assert social.kind is AgencyKind.SOCIAL_NETWORK
    assert social.licence_date == date(2024, 6, 30)
    assert social.monthly_reach == 25000
    assert social.active_from == date(2026, 1, 5)


def test_columns_name_what_the_file_has(tmp_path: Path) -> None:
    rows, _ = read_agencies(messy_file(tmp_path))
    health, news, _social = rows
    expected = {"name", "kind", "phone", "email", "licence_number", "licence_date", "monthly_reach",
                "active_from"}
    assert health.columns == frozenset(expected | {"contacts"})
    assert news.columns == frozenset(expected)  # no contact on this row: its contacts are left alone
    assert news.draft is not None and news.draft.contacts == ()


def test_english_headers_and_no_title(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "en.xlsx", [
        "No.", "Name", "Short name", "Type", "Code", "Phone", "E-mail", "Website", "Contact",
        "Position", "Mobile", "Contact email", "Address", "Notes", "Active to",
    ], [
        [1, "Sở Tư pháp", "STP", "department", 17, 912345678, "a@b.vn", "sotuphap.hanoi.gov.vn",
         "Lê Thị Bình", "Phó Chánh Văn phòng", "0987 654 321", "Binh@B.vn", "1B Trần Phú", "ghi chú",
         "31/12/2026"],
    ], title_rows=0)
    (row,), _ = read_agencies(path)
    assert row.problems == ()
    assert row.row == 2
    assert row.draft == AgencyDraft(
        name="Sở Tư pháp", short_name="STP", kind=AgencyKind.DEPARTMENT, code="17", phone="0912345678",
        email="a@b.vn", portal_url="sotuphap.hanoi.gov.vn", address="1B Trần Phú", notes="ghi chú",
        active_to=date(2026, 12, 31),
        contacts=(ContactDraft("Lê Thị Bình", "Phó Chánh Văn phòng", "0987654321", "binh@b.vn"),),
    )


@pytest.mark.parametrize(("header", "field", "cell", "expected"), [
    ("Tên cơ quan", "name", "Sở Nội vụ", "Sở Nội vụ"),
    ("TÊN ĐƠN VỊ", "name", "Sở Nội vụ", "Sở Nội vụ"),
    ("Cơ quan", "name", "Sở Nội vụ", "Sở Nội vụ"),
    ("Đơn vị (*)", "name", "Sở Nội vụ", "Sở Nội vụ"),
    ("Viết tắt", "short_name", "SNV", "SNV"),
    ("Mã đơn vị", "code", 12.0, "12"),
    ("Số điện thoại", "phone", "0243.825.3536", "02438253536"),
    ("Số ĐT", "phone", 2438253536, "02438253536"),
    ("ĐT", "phone", 912345678, "0912345678"),
    ("Thư điện tử", "email", "X@Y.VN", "x@y.vn"),
    ("Cổng TTĐT", "portal_url", "noivu.hanoi.gov.vn", "noivu.hanoi.gov.vn"),
    ("Trang thông tin\nđiện tử", "portal_url", "noivu.hanoi.gov.vn", "noivu.hanoi.gov.vn"),
    ("Địa chỉ:", "address", "18 Lê Lai", "18 Lê Lai"),
    ("Giấy phép", "licence_number", "1/GP", "1/GP"),
    ("Ngày cấp", "licence_date", "05-12-2026", date(2026, 12, 5)),
    ("Nơi cấp", "licence_issuer", "Bộ TT&TT", "Bộ TT&TT"),
    ("Cơ quan cấp phép", "licence_issuer", "Bộ TT&TT", "Bộ TT&TT"),
    ("Số thành viên", "monthly_reach", "1,234", 1234),
    ("Chuyên mục Hà Nội", "hanoi_column_url", "x.vn/ha-noi", "x.vn/ha-noi"),
    ("Từ ngày", "active_from", "01/07/2025", date(2025, 7, 1)),
    ("Đến ngày", "active_to", "30/06/2025", date(2025, 6, 30)),
])
def test_header_variants(tmp_path: Path, header: str, field: str, cell: object, expected: object) -> None:
    name_header = header if field == "name" else "Tên cơ quan"
    columns = [name_header] if field == "name" else [name_header, header]
    values = [cell] if field == "name" else ["Sở Nội vụ", cell]
    (row,), _ = read_agencies(write_sheet(tmp_path / "v.xlsx", ["STT", *columns], [[1, *values]]))
    assert row.problems == ()
    assert getattr(row.draft, field) == expected
    assert field in row.columns


def test_contact_header_variants(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "c.xlsx", ["Tên cơ quan", "Đầu mối", "Điện thoại di động",
                                             "Email người liên hệ"],
                       [["Sở Nội vụ", "Trần C", 912345678, "c@noivu.vn"]])
    (row,), _ = read_agencies(path)
    assert row.draft is not None
    assert row.draft.contacts == (ContactDraft("Trần C", "", "0912345678", "c@noivu.vn"),)
    assert "contacts" in row.columns


def test_numbering_row_under_the_header_is_not_data(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "n.xlsx", ["STT", "Tên cơ quan", "Loại"], [[1, "Sở Nội vụ", "Sở"]],
                       numbering_row=True)
    rows, _ = read_agencies(path)
    assert [r.draft.name for r in rows if r.draft] == ["Sở Nội vụ"]
    assert fields_of(rows) == []


def test_no_kind_column_means_department_and_leaves_kind_alone(tmp_path: Path) -> None:
    (row,), _ = read_agencies(write_sheet(tmp_path / "k.xlsx", ["Tên cơ quan"], [["Báo Hà Nội Mới"]]))
    assert row.draft is not None and row.draft.kind is AgencyKind.DEPARTMENT
    assert "kind" not in row.columns


# --------------------------------------------------------------------------- row problems
def test_bad_rows_name_their_row_and_column(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "bad.xlsx", ["STT", "Tên đơn vị", "Loại hình", "Email", "Ngày cấp phép"], [
        [1, "Sở Nội vụ", "Sở", "khong-phai-email", None],          # row 5: e-mail is the roster's job
        [2, "Sở Tư pháp", "Sở", None, "05/12/2026"],               # row 6
        [3, "Sở Lạ", "Hội đồng", None, None],                      # row 7: unknown kind
        [4, "Sở Công Thương", "Sở", None, None],                   # row 8
        [5, "Báo Kinh tế", "báo", None, "ngày mai"],               # row 9: a date that is not one
        [6, None, "Sở", "a@b.vn", None],                           # row 10: no name
        [7, "Sở Xây dựng", None, None, "31/02/2026"],              # row 11: no kind, impossible date
    ])
    rows, _ = read_agencies(path)
    problems = {p.field: p.message for r in rows for p in r.problems}
    assert set(problems) == {"dòng 7, cột Loại hình", "dòng 9, cột Ngày cấp phép", "dòng 10, cột Tên đơn vị",
                             "dòng 11, cột Loại hình", "dòng 11, cột Ngày cấp phép"}
    assert "Hội đồng" in problems["dòng 7, cột Loại hình"]
    assert "ngày mai" in problems["dòng 9, cột Ngày cấp phép"]
    assert "chưa có tên" in problems["dòng 10, cột Tên đơn vị"].lower()
    assert "chưa có loại" in problems["dòng 11, cột Loại hình"].lower()
    assert "không có thật" in problems["dòng 11, cột Ngày cấp phép"]
    assert by_row(rows)[10].draft is None
    assert by_row(rows)[5].problems == ()


def test_contact_details_without_a_name_are_a_problem(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "c.xlsx", ["Tên cơ quan", "Người liên hệ", "Di động"],
                       [["Sở Nội vụ", None, 912345678]], title_rows=0)
    (row,), _ = read_agencies(path)
    assert [p.field for p in row.problems] == ["dòng 2, cột Di động"]
    assert "contacts" not in row.columns


def test_missing_name_column_lists_accepted_headers(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "h.xlsx", ["STT", "Tên gọi", "Loại", "Email"], [[1, "Sở Nội vụ", "Sở", ""]])
    with pytest.raises(ValidationError) as caught:
        read_agencies(path)
    message = str(caught.value)
    assert "Thiếu cột “Tên cơ quan”" in message
    assert "“Tên đơn vị”" in message and "“Name”" in message


def test_two_columns_meaning_the_same_are_refused(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "d.xlsx", ["Tên cơ quan", "Điện thoại", "SĐT"], [["Sở Nội vụ", 1, 2]])
    with pytest.raises(ValidationError, match="trùng nghĩa"):
        read_agencies(path)


def test_overlong_text_is_a_row_problem(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "long.xlsx", ["Tên cơ quan", "Ghi chú"], [["S" * 100_000, "x" * 100_000]],
                       title_rows=0)
    (row,), _ = read_agencies(path)
    assert {p.field for p in row.problems} == {"dòng 2, cột Tên cơ quan", "dòng 2, cột Ghi chú"}
    assert row.draft is not None and len(row.draft.name) == 300


# --------------------------------------------------------------------------- hostile files
def test_text_file_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "danh sach.xlsx"
    path.write_text("STT;Tên cơ quan\n1;Sở Nội vụ\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=re.escape("danh sach.xlsx")) as caught:
        read_agencies(path)
    assert "không phải là tệp Excel" in str(caught.value)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "anh.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(ValidationError, match=re.escape("anh.xlsx")):
        read_agencies(path)


def test_truncated_workbook(tmp_path: Path) -> None:
    good = write_sheet(tmp_path / "good.xlsx", ["Tên cơ quan"], [["Sở Nội vụ"]])
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good.read_bytes()[:700])
    with pytest.raises(ValidationError, match=re.escape("cut.xlsx")) as caught:
        read_agencies(path)
    assert "hỏng" in str(caught.value)


DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("name", ["password.xlsx", "password.xls", "password.ods"])
def test_password_protected_files_say_so(name: str) -> None:
    """Real files saved with a password (tests/data/make_fixtures.py): Excel's encrypted package,
    an .xls with BIFF encryption, an .ods with an encrypted manifest."""
    with pytest.raises(ValidationError, match=re.escape(f"Tệp “{name}” được đặt mật khẩu")):
        read_agencies(DATA / name)


def test_an_ole_file_that_is_no_workbook_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "hong.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(ValidationError, match=re.escape("“hong.xls” không đọc được")):
        read_agencies(path)


@pytest.mark.parametrize("content", [b"", None])
def test_empty_file_and_empty_workbook(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "trong.xlsx"
    if content is None:
        openpyxl.Workbook().save(path)
    else:
        path.write_bytes(content)
    with pytest.raises(ValidationError, match=r"trong\.xlsx.*trống"):
        read_agencies(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=re.escape("Không tìm thấy tệp “khong-co.xlsx”")):
        read_agencies(tmp_path / "khong-co.xlsx")


def _with_cached_value(path: Path, formula: str, cached: str) -> None:
    """Give a formula cell the cached result Excel would have saved (openpyxl writes none)."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    # "<v />" from the standard library's writer, "<v/>" when openpyxl finds lxml (pyHanko brings it).
    empty = next((e for e in ("<v />", "<v/>", "<v></v>") if f"<f>{formula}</f>{e}" in sheet), None)
    assert empty is not None, sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        f"<f>{formula}</f>{empty}", f"<f>{formula}</f><v>{cached}</v>"
    ).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_formulas_give_their_cached_value_and_are_never_run(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "f.xlsx", ["Tên cơ quan", "Mã", "Ghi chú"], [
        ["Sở Nội vụ", "=1+1", '=HYPERLINK("http://x.invalid","bấm")'],
    ], title_rows=0)
    _with_cached_value(path, "1+1", "2")
    (row,), _ = read_agencies(path)
    assert row.draft is not None
    assert row.draft.code == "2"  # Excel's saved result
    assert row.draft.notes == ""  # no saved result: nothing is computed, and the clerk is told
    assert [str(p) for p in row.problems] == [
        "dòng 2, cột Ghi chú: ô C2 chứa công thức chưa có giá trị: mở tệp bằng Excel rồi lưu lại"]


def test_control_characters_are_removed(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "ctl.xlsx", ["Tên cơ quan", "Địa chỉ"], [
        ["Sở\u200b Nội_x0007_ vụ\ufeff", "18\tLê Lai\nHoàn Kiếm_x001B_"],
    ], title_rows=0)
    (row,), _ = read_agencies(path)
    assert row.draft is not None
    assert row.draft.name == "Sở Nội vụ"
    assert row.draft.address == "18 Lê Lai Hoàn Kiếm"


def test_cover_sheet_in_front_is_skipped(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "s.xlsx", ["STT", "Tên cơ quan"], [[1, "Sở Nội vụ"]])
    wb = openpyxl.load_workbook(path)
    cover = wb.create_sheet("Hướng dẫn", 0)
    cover["A1"] = "Điền mỗi cơ quan một dòng."
    wb.save(path)
    rows, sheet = read_agencies(path)
    assert sheet == "Danh sách"
    assert [r.draft.name for r in rows if r.draft] == ["Sở Nội vụ"]


def test_progress_and_cancel(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "big.xlsx", ["Tên cơ quan"], [[f"Cơ quan {i}"] for i in range(450)])
    calls: list[tuple[int, int]] = []
    rows, _ = read_agencies(path, progress=lambda done, total: calls.append((done, total)))
    assert len(rows) == 450
    assert calls[-1][0] == calls[-1][1] > 0
    assert all(done <= total for done, total in calls)
    with pytest.raises(ImportCancelled):
        read_agencies(path, cancelled=lambda: True)


def test_read_table_is_generic(tmp_path: Path) -> None:
    path = write_sheet(tmp_path / "t.xlsx", ["STT", "Nội dung", "Ngày đăng"], [
        [1, "Tin A", "05/12/2026"], [], [2, "Tin B", date(2026, 12, 6)],
    ])
    specs = [ColumnSpec("title", ("Nội dung",), required=True), ColumnSpec("day", ("Ngày đăng",)),
             ColumnSpec("link", ("Đường dẫn",), required=True)]
    table = read_table(path, specs)
    assert table.header_row == 4
    assert table.columns == {"title": "Nội dung", "day": "Ngày đăng"}
    assert table.letters == {"title": "B", "day": "C"}
    assert [(r.row, r.values["title"]) for r in table.rows] == [(5, "Tin A"), (7, "Tin B")]
    assert [p.field for p in table.problems] == ["cột Đường dẫn"]


# --------------------------------------------------------------------------- cell helpers
@pytest.mark.parametrize(("value", "expected"), [
    (None, ""), (912345678.0, "912345678"), (2438253536, "2438253536"), (12.5, "12.5"),
    (date(2026, 12, 5), "05/12/2026"), (datetime(2026, 12, 5), "05/12/2026"),
    (nfd("  Hà   Nội "), "Hà Nội"), ("a\x00b\x1fc", "abc"), (True, "TRUE"),
])
def test_cell_text(value: object, expected: str) -> None:
    assert cell_text(value) == expected


@pytest.mark.parametrize("value", ["05/12/2026", "5/12/2026", "05-12-2026", "2026-12-05", "05.12.2026",
                                   date(2026, 12, 5), datetime(2026, 12, 5, 8, 30), 46361,
                                   "ngày 05 tháng 12 năm 2026"])
def test_cell_date_reads_day_first(value: object) -> None:
    assert cell_date(value) == date(2026, 12, 5)


@pytest.mark.parametrize("value", ["ngày mai", "32/12/2026", "12/2026", "2026", 2026, "05/13/2026"])
def test_cell_date_refuses_with_a_message(value: object) -> None:
    with pytest.raises(ValueError, match="ngày"):
        cell_date(value)


def test_cell_date_blank() -> None:
    assert cell_date(None) is None
    assert cell_date("  ") is None


@pytest.mark.parametrize(("value", "expected"), [
    ("1.234", 1234), ("1,234", 1234), (1234.0, 1234), ("1 234 567", 1234567), ("1.234.567", 1234567),
    (None, None), ("", None), (7, 7),
])
def test_cell_int(value: object, expected: int | None) -> None:
    assert cell_int(value) == expected


@pytest.mark.parametrize("value", ["1,5", "12.5", 12.5, "1.234,567", "nhiều", True])
def test_cell_int_refuses(value: object) -> None:
    with pytest.raises(ValueError):
        cell_int(value)


@given(st.one_of(st.text(), st.integers(), st.floats(), st.dates(), st.booleans(), st.none()))
def test_cell_helpers_never_fail_unexpectedly(value: object) -> None:
    text = cell_text(value)
    assert text == text.strip()
    assert not any(unicodedata.category(ch) == "Cc" for ch in text)
    for helper in (cell_date, cell_int):
        try:
            helper(value)
        except ValueError:
            pass


# --------------------------------------------------------------------------- through the roster service
def test_import_updates_a_known_agency_written_differently(tmp_path: Path, services: Services) -> None:
    before = services.roster.count()
    path = write_sheet(tmp_path / "huyen.xlsx", ["STT", "Tên cơ quan", "Điện thoại", "Người liên hệ"], [
        [1, nfd(UNG_HOA_FILE), 912345678, "Phạm Văn D"],
        [2, "Trang tin điện tử Hà Nội Mới", None, None],
    ])
    rows, sheet = read_agencies(path)
    plan = services.roster.plan_import(rows, sheet)
    assert plan.ok, plan.rejected
    assert [p.label for p in plan.to_update] == [UNG_HOA_ROSTER]
    assert [p.label for p in plan.to_add] == ["Trang tin điện tử Hà Nội Mới"]

    assert services.roster.apply_import(plan) == (1, 1)
    assert services.roster.count() == before + 1
    ung_hoa = services.roster.find_by_name(UNG_HOA_FILE)
    assert ung_hoa is not None
    assert ung_hoa.name == UNG_HOA_ROSTER  # the roster keeps its spelling
    assert ung_hoa.phone == "0912345678"
    assert ung_hoa.kind is AgencyKind.DISTRICT  # no "Loại" column: the kind is left alone
    assert ung_hoa.active_to == date(2025, 6, 30)
    assert [(c.name, c.role) for c in ung_hoa.contacts] == [("Phạm Văn D", ContactRole.FOCAL_POINT)]


def test_reimporting_the_same_file_changes_nothing(tmp_path: Path, services: Services) -> None:
    path = write_sheet(tmp_path / "huyen.xlsx", ["Tên cơ quan", "Điện thoại"], [[UNG_HOA_FILE, 912345678]])
    rows, sheet = read_agencies(path)
    services.roster.apply_import(services.roster.plan_import(rows, sheet))
    again = services.roster.plan_import(read_agencies(path)[0], sheet)
    assert again.ok
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 1)


def test_a_hanoi_landline_stored_as_a_number_imports(tmp_path: Path, services: Services) -> None:
    path = write_sheet(tmp_path / "so.xlsx", ["Tên cơ quan", "Điện thoại"], [["Sở Nội vụ", 2438253536]])
    rows, sheet = read_agencies(path)
    assert rows[0].draft is not None and rows[0].draft.phone == "02438253536"  # 024 3825 3536
    assert services.roster.plan_import(rows, sheet).ok


def test_two_rows_naming_the_same_agency_are_rejected(tmp_path: Path, services: Services) -> None:
    before = services.roster.count()
    path = write_sheet(tmp_path / "trung.xlsx", ["STT", "Tên cơ quan", "Loại"], [
        [1, "Báo Kinh tế Đô thị", "Báo"],
        [2, "BÁO KINH TẾ ĐÔ THỊ ", "Báo"],
    ])
    plan = services.roster.plan_import(read_agencies(path)[0], "trung.xlsx")
    assert not plan.ok
    assert [p.field for p in plan.rejected] == ["dòng 6"]
    assert "dòng 5" in plan.rejected[0].message
    with pytest.raises(ValidationError):
        services.roster.apply_import(plan)
    assert services.roster.count() == before


def test_one_bad_row_imports_nothing(tmp_path: Path, services: Services) -> None:
    before = services.roster.count()
    path = write_sheet(tmp_path / "loi.xlsx", ["STT", "Tên cơ quan", "Loại", "Email"], [
        [1, "Báo Kinh tế Đô thị", "Báo", "toasoan@kinhtedothi.vn"],
        [2, "Trang tin Thủ Đô", "Trang TTĐT tổng hợp", "khong-phai-email"],
        [3, "Sở Lạ", "Hội đồng", None],
    ])
    plan = services.roster.plan_import(read_agencies(path)[0], "loi.xlsx")
    assert {p.field for p in plan.rejected} == {"dòng 6, cột Email", "dòng 7, cột Loại"}
    with pytest.raises(ValidationError):
        services.roster.apply_import(plan)
    assert services.roster.count() == before
    assert services.roster.find_by_name("Báo Kinh tế Đô thị") is None


def test_row_numbers_stay_the_sheets_own_across_missing_rows(tmp_path: Path) -> None:
    """Rows the file does not store at all (never typed in) still count in "dòng N"."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"], sheet["B1"] = "Tên cơ quan", "Loại"
    sheet["A2"], sheet["B2"] = "Trang tin A", "Trang TTĐT tổng hợp"
    sheet["A7"], sheet["B7"] = "Trang tin B", "không rõ"
    sheet["C12"] = "ghi chú lạc"
    book.save(tmp_path / "gap.xlsx")
    rows, _sheet = read_agencies(tmp_path / "gap.xlsx")
    assert [r.row for r in rows] == [2, 7]
    assert rows[1].problems and rows[1].problems[0].field.startswith("dòng 7,")
