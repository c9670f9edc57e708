from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hanoi_desk import __version__
from hanoi_desk.app import open_services
from hanoi_desk.cli import main


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["export", "nothing"])
    assert done.value.code == 2


def test_export_roster_active_today_and_all(
    tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_url
    assert main(["--db", db, "export", "roster", str(tmp_path / "today.xlsx")]) == 0
    assert "cơ quan" in capsys.readouterr().out
    assert main(["--db", db, "export", "roster", str(tmp_path / "all.xlsx"), "--all"]) == 0
    today = [r[1] for r in load_workbook(tmp_path / "today.xlsx").worksheets[0].iter_rows(values_only=True)
             if isinstance(r[0], int)]
    everything = [r[1] for r in load_workbook(tmp_path / "all.xlsx").worksheets[0].iter_rows(values_only=True)
                  if isinstance(r[0], int)]
    assert len(everything) == 65
    assert "Sở Y tế" in today and "Sở Thông tin và Truyền thông" not in today
    assert "Sở Thông tin và Truyền thông" in everything


def test_import_dry_run_then_real(tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_url
    file = _sheet(tmp_path / "sites.xlsx", [
        ["Tên đơn vị", "Loại hình", "SĐT"],
        ["Trang tin Thủ đô 24h", "Trang TTĐT tổng hợp", 912345678],
    ])
    assert main(["--db", db, "import", "agencies", str(file), "--dry-run"]) == 0
    assert "1 thêm mới" in capsys.readouterr().out
    check = open_services(db)
    assert check.roster.count() == 65
    check.close()
    assert main(["--db", db, "import", "agencies", str(file)]) == 0
    check = open_services(db)
    assert check.roster.find_by_name("trang tin thu do 24h").phone == "0912345678"
    check.close()


def test_user_errors_exit_1_without_traceback(tmp_path: Path, db_url: str) -> None:
    db = db_url
    bad = _sheet(tmp_path / "bad.xlsx", [["Tên cơ quan", "Loại"], ["A", "Sở"], ["B", "???"]])
    missing = tmp_path / "missing.xlsx"
    for args in (["import", "agencies", str(bad)], ["import", "agencies", str(missing)]):
        run = subprocess.run([sys.executable, "-m", "hanoi_desk", "--db", db, *args],
                             capture_output=True, text=True, encoding="utf-8")
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr and "Lỗi" in run.stderr
    check = open_services(db)
    assert check.roster.count() == 65
    check.close()
