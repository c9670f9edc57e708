"""The report intake from the command line: the same services as the tab."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hanoi_desk.app import open_services
from hanoi_desk.cli import main

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


def _tally(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    book.active.append(["Cơ quan", "Ngày nhận", "Số văn bản", "Ngày văn bản", "Tin bài Cổng TTĐT"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_export_and_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    tally = _tally(tmp_path / "tally.xlsx", [["Sở Y tế", "20/11/2024", "1/BC", "18/11/2024", 12],
                                             ["UBND huyện Ứng Hoà", "26/11/2024", "", "", "1.500"]])
    # "UBND huyện Ứng Hoà" is not how the roster names it: refused, nothing written, exit 1.
    assert main(["--db", db, "import", "reports", str(tally), "--year", "2024", "--dry-run"]) == 1
    assert "Không tìm thấy “UBND huyện Ứng Hoà”" in capsys.readouterr().err
    tally = _tally(tmp_path / "tally.xlsx", [
        ["Sở Y tế", "20/11/2024", "1/BC", "18/11/2024", 12],
        ["Ủy ban nhân dân huyện Ứng Hoà", "26/11/2024", "", "", "1.500"],
    ])
    assert main(["--db", db, "import", "reports", str(tally), "--year", "2024", "--dry-run"]) == 0
    assert "2 thêm mới" in capsys.readouterr().out
    assert open_services(db).reports.intake(2024, date(2025, 1, 1))[0].receipt is None
    assert main(["--db", db, "import", "reports", str(tally), "--year", "2024"]) == 0
    assert "2 thêm mới" in capsys.readouterr().out

    assert main(["--db", db, "export", "reports", str(tmp_path / "intake"), "--year", "2024"]) == 0
    # No office in the settings yet: Sở Thông tin và Truyền thông (active in 2024) is expected too.
    assert "59 cơ quan, 2 báo cáo đã nhận" in capsys.readouterr().out
    rows = [r for r in load_workbook(tmp_path / "intake.xlsx").worksheets[0].iter_rows(values_only=True)
            if isinstance(r[0], int)]
    statuses = {r[1]: r[3] for r in rows}
    assert statuses["Sở Y tế"] == "Đúng hạn" and statuses["Ủy ban nhân dân huyện Ứng Hòa"] == "Muộn"

    assert main(["--db", db, "report", "annual", str(tmp_path / "bc.pdf"), "--year", "2024"]) == 0
    assert "đã nhận 2/59, chưa gửi 57" in capsys.readouterr().out
    assert main(["--db", db, "report", "reminder", str(tmp_path / "cv.pdf"), "--year", "2024"]) == 0
    assert "công văn đôn đốc 57 cơ quan" in capsys.readouterr().out
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "bc.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Ủy ban nhân dân huyện Ứng Hòa" in text and "1.512" in text


def test_report_needs_a_year_and_bad_files_exit_1(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "report", "annual", str(tmp_path / "x.pdf")])
    assert usage.value.code == 2
    (tmp_path / "a file").write_text("not a folder")
    for args in (["import", "reports", str(tmp_path / "missing.xlsx"), "--year", "2025"],
                 ["report", "annual", str(tmp_path / "a file" / "bc.pdf"), "--year", "2025"]):
        run = subprocess.run([sys.executable, "-m", "hanoi_desk", "--db", db, *args],
                             capture_output=True, text=True, encoding="utf-8")
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr and "Lỗi" in run.stderr
