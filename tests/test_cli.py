from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hanoi_desk import __version__
from hanoi_desk.app import open_services
from hanoi_desk.cli import main

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


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
    assert len(everything) == 192
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
    assert check.roster.count() == 192
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
    assert check.roster.count() == 192
    check.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parent.parent  # this checkout's hanoi_desk, not an installed one
    return subprocess.run([sys.executable, "-m", "hanoi_desk", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=root, timeout=120)


def test_a_database_that_cannot_be_opened_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    run = _cli("--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "export", "roster", str(out))
    assert run.returncode == 1 and run.stdout == ""
    assert "Traceback" not in run.stderr and "sqlalche.me" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("Lỗi: Không mở được cơ sở dữ liệu postgresql+psycopg://nobody@127.0.0.1:1/x: ")
    assert "127.0.0.1" in lines[0] and not out.exists()

    unreadable = tmp_path / "a file, not a folder"
    unreadable.write_text("x", encoding="utf-8")
    run = _cli("--db", f"sqlite:///{(unreadable / 'x.db').as_posix()}", "export", "history", str(out))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith("Lỗi: Không mở được cơ sở dữ liệu") and run.stderr.count("\n") == 1
    run = _cli("--db", "nosuchdriver://x/y", "export", "roster", str(out))
    assert run.returncode == 1 and "Traceback" not in run.stderr and "Không mở được" in run.stderr


def test_the_saved_server_out_of_reach_never_shows_its_password(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from hanoi_desk import workstation
    from hanoi_desk.workstation import ServerConnection

    server = ServerConnection(host="127.0.0.1", port=1, database="hanoi_desk", user="lan")
    workstation.update(server=server)
    workstation.set_password(server, "bí mật Zq7731")
    assert main(["export", "roster", str(tmp_path / "r.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không mở được cơ sở dữ liệu postgresql+psycopg://lan:***@127.0.0.1:1/hanoi_desk")
    assert "Zq7731" not in err and "Traceback" not in err
