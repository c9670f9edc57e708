"""Backups of the SQLite database: identical data back, refused bad files, daily copies, CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from hanoi_desk.app import Services, open_services
from hanoi_desk.cli import main
from hanoi_desk.db import alembic_config, current_revision, head_revision
from hanoi_desk.domain.agency import AgencyDraft, ContactDraft
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.services.backup import backups_dir, check_backup

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


@pytest.fixture
def local(tmp_path: Path) -> Iterator[Services]:
    """Backups are for the SQLite file of one workstation, whatever database the suite runs on."""
    services = open_services(tmp_path / "office" / "hanoi-desk.db")
    yield services
    services.close()


def dump(services: Services) -> dict[str, list[tuple]]:
    engine = services.db.engine
    tables = sorted(set(inspect(engine).get_table_names()) - {"alembic_version"})
    with engine.connect() as connection:
        return {t: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{t}"'))), key=repr)
                for t in tables}


def test_backup_then_restore_gives_back_identical_data(local: Services, tmp_path: Path) -> None:
    made = local.roster.create(AgencyDraft(name="Trang tin Thủ đô", contacts=(ContactDraft("Lê Thị C"),)))
    before = dump(local)
    out = local.backup.backup_to(tmp_path / "copy.db")
    assert check_backup(out).counts["agency"] == 193

    local.roster.delete(made.id)
    health = local.roster.find_by_name("Sở Y tế")
    local.roster.update(health.id, health.to_draft(phone="0243 998 8877"), health.version)
    local.roster.create(AgencyDraft(name="Sở Đường sắt đô thị"))
    assert dump(local) != before

    info, kept = local.backup.restore(out)
    assert dump(local) == before
    assert local.roster.find_by_name("Trang tin Thủ đô") is not None
    assert local.roster.find_by_name("Sở Đường sắt đô thị") is None
    assert info.counts["agency"] == 193 and not info.needs_upgrade
    # The database as it was before the restore is kept, so a wrong choice can be undone.
    assert kept is not None and kept.parent == backups_dir()
    assert check_backup(kept).counts["agency"] == 193
    other = open_services(kept, seed=False)
    assert other.roster.find_by_name("Sở Đường sắt đô thị") is not None
    other.close()
    # The restored database is a working one: the next edit saves and is recorded.
    local.roster.create(AgencyDraft(name="Sở Du lịch mới"))
    assert local.roster.count() == 194


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    data[2 * 4096:3 * 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))


def test_a_corrupt_backup_is_refused_and_nothing_is_replaced(local: Services, tmp_path: Path) -> None:
    out = local.backup.backup_to(tmp_path / "copy.db")
    _corrupt(out)
    before = dump(local)
    with pytest.raises(ValidationError) as refused:
        local.backup.restore(out)
    assert "hỏng" in str(refused.value)
    assert dump(local) == before
    assert not list(backups_dir().glob("*truoc-khoi-phuc*")), "no safety copy: nothing was about to change"
    assert local.roster.count() == 192


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 not a database", b"SQLite format 3\x00" + b"\0" * 100])
def test_files_that_are_not_backups_are_refused(local: Services, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(ValidationError):
        local.backup.restore(bad)
    assert local.roster.count() == 192


def test_a_database_of_another_program_or_a_newer_version_is_refused(local: Services, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    engine = create_engine(f"sqlite:///{other}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    with pytest.raises(ValidationError) as refused:
        check_backup(other)
    assert "không phải là cơ sở dữ liệu Hanoi Desk" in str(refused.value)

    newer = local.backup.backup_to(tmp_path / "newer.db")
    engine = create_engine(f"sqlite:///{newer}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(ValidationError) as refused:
        local.backup.restore(newer)
    assert "mới hơn" in str(refused.value)
    assert local.roster.count() == 192


def test_an_older_backup_is_upgraded_when_restored(local: Services, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO agency (name, name_folded, kind) VALUES ('Sở Cũ', 'so cu', 'department')"))
    engine.dispose()
    info = check_backup(old)
    assert info.needs_upgrade and "nâng cấp" in info.summary()
    local.backup.restore(old)
    assert current_revision(local.db.engine) == head_revision()
    assert [a.name for a in local.roster.list_agencies()] == ["Sở Cũ"]
    local.roster.create(AgencyDraft(name="Sở Mới"))
    assert local.history.search()[0].label == "Sở Mới"


def test_a_daily_backup_at_the_first_start_keeping_the_last_n(local: Services) -> None:
    first = date(2026, 12, 1)
    made = local.backup.auto_backup(today=first, keep=3)
    assert made is not None and made.name == "hanoi-desk-2026-12-01.db"
    assert local.backup.auto_backup(today=first, keep=3) is None, "once a day"
    for day in range(1, 6):
        local.backup.auto_backup(today=first + timedelta(days=day), keep=3)
    names = [p.name for p in local.backup.automatic_backups()]
    assert names == ["hanoi-desk-2026-12-06.db", "hanoi-desk-2026-12-05.db", "hanoi-desk-2026-12-04.db"]
    assert check_backup(local.backup.automatic_backups()[0]).counts["agency"] == 192


def test_a_window_left_open_past_midnight_makes_the_new_day_s_backup(qtbot, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from hanoi_desk.ui.main_window import MainWindow

    clock = FixedClock(date(2026, 12, 31), time(23, 58))
    services = open_services(tmp_path / "office" / "hanoi-desk.db", clock=clock)
    try:
        assert services.backup.auto_backup() is not None  # the start of the day (application.run)
        monkeypatch.setattr(MainWindow, "day_check_ms", 20)
        window = MainWindow(services)
        qtbot.addWidget(window)
        qtbot.wait(100)
        assert [p.name for p in services.backup.automatic_backups()] == ["hanoi-desk-2026-12-31.db"]
        clock.advance(minutes=5)  # 00:03 on 1 January 2027, the window still open
        qtbot.waitUntil(lambda: len(services.backup.automatic_backups()) == 2, timeout=5000)
        assert [p.name for p in services.backup.automatic_backups()] == [
            "hanoi-desk-2027-01-01.db", "hanoi-desk-2026-12-31.db"]
        assert "hanoi-desk-2027-01-01.db" in window.statusBar().currentMessage()
        window.close()
    finally:
        services.close()


def test_backup_is_refused_for_a_server_database(db_url: str, services: Services) -> None:
    if services.db.engine.dialect.name == "sqlite":
        assert services.backup.available
        return
    assert not services.backup.available
    assert services.backup.auto_backup() is None
    with pytest.raises(ValidationError) as refused:
        services.backup.backup_to(Path("x.db"))
    assert "pg_dump" in str(refused.value)


def test_cli_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    out = tmp_path / "saved.db"
    services = open_services(db)
    services.close()
    assert main(["--db", db, "backup", str(out)]) == 0
    assert "đã sao lưu" in capsys.readouterr().out
    services = open_services(db)
    services.roster.create(AgencyDraft(name="Sở Mới"))
    services.close()
    assert main(["--db", db, "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "đã khôi phục" in said and "192 cơ quan" in said and "truoc-khoi-phuc" in said
    services = open_services(db)
    assert services.roster.count() == 192
    services.close()

    _corrupt(out)
    assert main(["--db", db, "restore", str(out)]) == 1
    captured = capsys.readouterr()
    assert "hỏng" in captured.err and "Traceback" not in captured.err
    assert main(["--db", "postgresql+psycopg://clerk@localhost:1/office", "backup", str(out)]) == 1
    assert "pg_dump" in capsys.readouterr().err
