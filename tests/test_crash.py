"""A process killed in the middle of a large import or a save leaves the database as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from hanoi_desk.app import open_services
from hanoi_desk.models import AgencyRow, HistoryRow

ROOT = Path(__file__).resolve().parent.parent

# The child opens the database, starts the operation and, once rows are written inside the open
# transaction, says so and waits to be killed: the kill always lands mid-transaction, no timing.
CHILD = r"""
import sys
from sqlalchemy import event
from hanoi_desk.app import open_services
from hanoi_desk.importers.agencies import read_agencies

db, mode, file = sys.argv[1], sys.argv[2], sys.argv[3]
services = open_services(db)
marker = {"import": "INSERT INTO agency", "save": "INSERT INTO history"}[mode]
wanted = {"import": 2, "save": 1}[mode]  # the 2nd batch of agencies; the history after the UPDATE
seen = 0

@event.listens_for(services.db.engine, "before_cursor_execute")
def _writing(conn, cursor, statement, params, context, executemany):
    global seen
    if statement.lstrip().startswith(marker):
        seen += 1
        if seen == wanted:
            print("WRITING", flush=True)
            sys.stdin.readline()  # never answered: the parent kills this process here

if mode == "import":
    rows, _sheet = read_agencies(file)
    plan = services.roster.plan_import(rows, file)
    services.roster.apply_import(plan)
else:
    agency = services.roster.find_by_name("Sở Y tế")
    services.roster.update(agency.id, agency.to_draft(phone="0243 998 8877", notes="x" * 100_000),
                           agency.version)
print("FINISHED", flush=True)
"""


def _big_workbook(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["DANH SÁCH TRANG TIN ĐIỆN TỬ TỔNG HỢP"])
    sheet.append(["STT", "Tên cơ quan", "Loại", "Điện thoại", "Người liên hệ"])
    for i in range(rows):
        sheet.append([i + 1, f"Trang tin điện tử số {i}", "Trang TTĐT tổng hợp", "0912345678", f"Cán bộ {i}"])
    book.save(path)
    return path


def _state(db_url: str) -> tuple[int, int, str]:
    services = open_services(db_url, seed=False)
    try:
        with services.db.read() as s:
            agencies = s.scalar(select(func.count()).select_from(AgencyRow))
            history = s.scalar(select(func.count()).select_from(HistoryRow))
            phone = s.scalar(select(AgencyRow.phone).where(AgencyRow.name == "Sở Y tế"))
        return agencies, history, phone
    finally:
        services.close()


def _integrity(db_url: str) -> None:
    services = open_services(db_url, seed=False)
    try:
        if services.db.engine.dialect.name == "sqlite":
            with services.db.engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        services.close()


@pytest.mark.parametrize("mode", ["import", "save"])
def test_killed_mid_write_leaves_the_database_as_before(db_url: str, tmp_path: Path, mode: str) -> None:
    open_services(db_url).close()  # the database as the clerk had it: the reference roster
    before = _state(db_url)
    assert before[0] == 192
    file = _big_workbook(tmp_path / "big.xlsx", 3000) if mode == "import" else tmp_path / "unused.xlsx"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db_url, mode, str(file)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=ROOT, env=env, text=True, encoding="utf-8",
    )
    try:
        said = child.stdout.readline().strip()
        assert said == "WRITING", child.stderr.read() if child.poll() is not None else said
        child.kill()  # TerminateProcess on Windows, SIGKILL elsewhere: no clean-up code runs
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()
        child.stdin.close()
    assert child.returncode != 0
    _integrity(db_url)
    assert _state(db_url) == before, "no agency, no history row and no edit of the killed operation"
    # The database still works: the same import, this time not interrupted, goes through whole.
    if mode == "import":
        from hanoi_desk.importers.agencies import read_agencies

        services = open_services(db_url, seed=False)
        rows, _sheet = read_agencies(file)
        assert services.roster.apply_import(services.roster.plan_import(rows)) == (3000, 0)
        services.close()
        assert _state(db_url)[0] == 3192
