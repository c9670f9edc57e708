"""Make the .xls and .ods fixtures of tests/data/ (run by hand, once; the files are committed).

The tests must not need LibreOffice (CI does not install it), so the files LibreOffice writes are
made here and kept in the repository:

    python tests/data/make_fixtures.py        # needs soffice (Debian: libreoffice-calc-nogui)

- ``roster-two-row-header.{xls,ods}``: a cover sheet, then an office roster with a title block, a
  header of two rows (the group cell "Người đầu mối" merged over "Họ tên | Chức vụ | Điện thoại",
  the other headers merged down), a numbering row, a date cell, a number that lost its leading 0, a
  column no importer knows ("Số lượng fanpage quản lý") and a "Ghi chú" column;
- ``password.{xlsx,xls,ods}``: a small roster saved with the password "1234" (Excel's encrypted
  package, BIFF's FILEPASS, ODF's encrypted manifest).

Each file is first written with openpyxl as .xlsx, then converted or saved by LibreOffice (for the
passwords through a Basic macro in a throw-away profile: ``soffice --convert-to`` cannot set one).
LibreOffice saves an .xlsx with a password unencrypted from a macro, so ``password.xlsx`` is
encrypted with msoffcrypto-tool (``pip install msoffcrypto-tool``, not a dependency of the app).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent

TITLE = "DANH SÁCH ĐẦU MỐI CÁC CƠ QUAN, ĐƠN VỊ"
UPPER = ["STT", "Tên cơ quan, đơn vị", "Loại", "Điện thoại", "Người đầu mối", None, None, "Ngày cấp phép",
         "Số lượng fanpage quản lý", "Ghi chú"]
LOWER = [None, None, None, None, "Họ tên", "Chức vụ", "Điện thoại", None, None, None]
ROWS = [
    [1, "Sở Y tế", "Sở", "02438253581", "Nguyễn Văn An", "Chánh Văn phòng", 912345678, date(2020, 5, 4), 3,
     "nộp đúng ngày hạn"],
    [2, "Trang tin điện tử Hà Nội Ngày Mới", "Trang TTĐT tổng hợp", "0243 825 1234", "Trần Thị Bình",
     "Phó Tổng biên tập", "0987 654 321", date(2024, 12, 5), 2, "muộn 1 ngày"],
]

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1"
 script:language="StarBasic">
Sub SaveWithPassword(src As String, dst As String, filterName As String, pwd As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = filterName
  out(1).Name = &quot;Password&quot;
  out(1).Value = pwd
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
"""


def roster_workbook(path: Path) -> Path:
    book = Workbook()
    cover = book.active
    cover.title = "Hướng dẫn"
    cover["A1"] = "Điền danh sách ở trang “Danh sách”; không sửa dòng tiêu đề."
    sheet = book.create_sheet("Danh sách")
    sheet["A1"] = "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = TITLE
    sheet.merge_cells("A2:J2")
    for column, (upper, lower) in enumerate(zip(UPPER, LOWER, strict=True), start=1):
        if upper is not None:
            sheet.cell(4, column, upper)
        if lower is not None:
            sheet.cell(5, column, lower)
    for column in (1, 2, 3, 4, 8, 9, 10):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells("E4:G4")
    for column in range(1, 11):
        sheet.cell(6, column, f"({column})")
    for offset, values in enumerate(ROWS):
        for column, value in enumerate(values, start=1):
            sheet.cell(7 + offset, column, value)
        sheet.cell(7 + offset, 8).number_format = "DD/MM/YYYY"
    book.save(path)
    return path


def small_workbook(path: Path) -> Path:
    book = Workbook()
    book.active.append(["Tên cơ quan", "Điện thoại"])
    book.active.append(["Sở Nội vụ", "02438253581"])
    book.save(path)
    return path


def convert(source: Path, suffix: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["soffice", "--headless", "--convert-to", suffix, "--outdir", folder, str(source)],
                       check=True, capture_output=True)
        shutil.move(str(Path(folder) / f"{source.stem}.{suffix}"), out)


def save_with_password(source: Path, out: Path, filter_name: str, profile: Path) -> None:
    macro = (f'macro:///Standard.Module1.SaveWithPassword("{source}","{out}","{filter_name}","1234")')
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", macro],
                   check=True, capture_output=True)
    if not out.exists():
        sys.exit(f"LibreOffice did not write {out}")


def encrypt_xlsx(source: Path, out: Path) -> None:
    import msoffcrypto.format.ooxml

    with source.open("rb") as plain, out.open("wb") as encrypted:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("1234", encrypted)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        roster = roster_workbook(work / "roster-two-row-header.xlsx")
        for suffix in ("xls", "ods"):
            convert(roster, suffix, HERE / f"roster-two-row-header.{suffix}")
        profile = work / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                        "--terminate_after_init"], check=True, capture_output=True)
        (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(MACRO, encoding="utf-8")
        small = small_workbook(work / "small.xlsx")
        for suffix, filter_name in (("xls", "MS Excel 97"), ("ods", "calc8")):
            save_with_password(small, HERE / f"password.{suffix}", filter_name, profile)
        encrypt_xlsx(small, HERE / "password.xlsx")
    for made in sorted(HERE.glob("*.*s*")):
        print(made.name, made.stat().st_size)


if __name__ == "__main__":
    main()
