"""This workstation's settings (server, password in the credential store) and unsafe placement."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hanoi_desk import paths, workstation
from hanoi_desk.app import open_services
from hanoi_desk.db import resolve_url
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.services.connection import test_connection as try_server
from hanoi_desk.services.placement import network_reason, placement_warning
from hanoi_desk.workstation import ServerConnection, WorkstationConfig

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//fileserver/office /mnt/office cifs rw,vers=3.0,username=clerk 0 0
nas:/export/data /srv/data nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /srv/data/local\\040disk ext4 rw 0 0
//nas/Phòng\\040Tin /media/phong\\040tin smb3 rw 0 0
"""


@pytest.mark.parametrize(("path", "network"), [
    ("/home/lan/hanoi-desk.db", False),
    ("/mnt/office/hanoi-desk.db", True),
    ("/mnt/office", True),
    ("/mnt/officer/hanoi-desk.db", False),
    ("/srv/data/x/hanoi-desk.db", True),
    ("/srv/data/local disk/hanoi-desk.db", False),  # a local disk mounted inside an NFS folder
    ("/media/phong tin/hanoi-desk.db", True),
])
def test_linux_network_mounts(path: str, network: bool) -> None:
    assert (network_reason(path, platform="linux", mounts=MOUNTS) is not None) is network


def test_linux_reason_names_the_share() -> None:
    reason = network_reason("/mnt/office/a.db", platform="linux", mounts=MOUNTS)
    assert reason == "cifs //fileserver/office"


def drive_types(root: str) -> int:
    return {"C:\\": 3, "Z:\\": 4, "E:\\": 2}.get(root.upper(), 0)


@pytest.mark.parametrize(("path", "network"), [
    (r"C:\Users\lan\AppData\Local\HanoiDesk\hanoi-desk.db", False),
    (r"\\fileserver\office\hanoi-desk.db", True),
    ("//fileserver/office/hanoi-desk.db", True),
    (r"\\?\UNC\fileserver\office\hanoi-desk.db", True),
    (r"\\?\C:\data\hanoi-desk.db", False),
    (r"Z:\hanoi-desk.db", True),
    (r"z:\sub\hanoi-desk.db", True),
    (r"E:\hanoi-desk.db", False),  # a USB stick is removable, not a network drive
])
def test_windows_unc_paths_and_mapped_drives(path: str, network: bool) -> None:
    assert (network_reason(path, platform="win32", drive_type=drive_types) is not None) is network


def test_unc_path_is_network_even_seen_from_linux() -> None:
    assert network_reason(r"\\server\share\a.db", platform="linux", mounts="") is not None


def test_warning_recommends_postgresql() -> None:
    warning = placement_warning(r"Z:\hanoi-desk.db", platform="win32", drive_type=drive_types)
    assert warning is not None and "PostgreSQL" in warning and "Z:" in warning
    assert placement_warning(None) is None
    assert placement_warning("/home/a.db", platform="linux", mounts=MOUNTS) is None


def test_local_database_has_no_warning(db_url: str) -> None:
    services = open_services(db_url, seed=False)
    assert services.warnings == ()
    services.close()


def test_cli_warns_on_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    from hanoi_desk import cli
    from hanoi_desk.services import placement

    real = placement.network_reason

    def on_share(path: object, **_facts: object) -> str | None:
        return "cifs //fileserver/office" if "share" in str(path) else real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(placement, "network_reason", on_share)
    db = tmp_path / "share" / "hanoi-desk.db"
    assert cli.main(["--db", str(db), "export", "roster", str(tmp_path / "r.xlsx")]) == 0
    err = capsys.readouterr().err
    assert "Cảnh báo" in err and "PostgreSQL" in err and "cifs //fileserver/office" in err
    assert cli.main(["--db", str(db), "backup", str(tmp_path / "b.db")]) == 0
    assert "PostgreSQL" in capsys.readouterr().err


def test_server_settings_are_saved_without_the_password(keyring_store: dict) -> None:
    server = ServerConnection(host="db.office.local", port=5433, database="hanoi desk", user="lan")
    workstation.save(WorkstationConfig(server=server, staff_name="Chị Lan"))
    workstation.set_password(server, "mật khẩu:@/#")
    text = workstation.config_path().read_text(encoding="utf-8")
    assert "mật khẩu" not in text and json.loads(text)["server"]["host"] == "db.office.local"
    assert keyring_store == {("Hanoi Desk", "lan@db.office.local:5433/hanoi desk"): "mật khẩu:@/#"}
    loaded = workstation.load()
    assert loaded.server == server and loaded.staff_name == "Chị Lan" and loaded.backup_keep == 14
    url = resolve_url()
    assert url.get_backend_name() == "postgresql" and url.drivername == "postgresql+psycopg"
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db.office.local", 5433, "hanoi desk", "lan", "mật khẩu:@/#")
    workstation.set_password(server, "")
    assert keyring_store == {}
    assert resolve_url().password is None


def test_command_line_and_environment_win_over_the_saved_server(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    workstation.save(WorkstationConfig(server=ServerConnection(host="db", user="lan")))
    assert resolve_url(tmp_path / "a.db").get_backend_name() == "sqlite"
    monkeypatch.setenv("HANOI_DESK_DB", str(tmp_path / "b.db"))
    assert resolve_url().database == str((tmp_path / "b.db").resolve())
    monkeypatch.delenv("HANOI_DESK_DB")
    workstation.update(server=None)
    assert resolve_url().database == str(paths.data_dir() / "hanoi-desk.db")


def test_a_damaged_config_file_means_the_defaults() -> None:
    workstation.config_path().write_text("{not json", encoding="utf-8")
    assert workstation.load() == WorkstationConfig()
    workstation.config_path().write_text('{"server": {"host": "x", "port": "abc"}, "backup_keep": -3}',
                                         encoding="utf-8")
    loaded = workstation.load()
    assert loaded.server is None and loaded.backup_keep == 1


def test_the_workstation_name_is_the_author_of_changes(db_url: str) -> None:
    services = open_services(db_url, seed=False)
    try:
        from hanoi_desk.domain.agency import AgencyDraft
        from hanoi_desk.services.settings import OfficeSettings

        services.settings.save_office(OfficeSettings(staff_name="Tên chung"))
        assert services.settings.who() == "Tên chung"
        workstation.update(staff_name="Anh Minh")
        assert services.settings.who() == "Anh Minh"
        created = services.roster.create(AgencyDraft(name="Sở Du lịch"))
        assert services.history.for_record("agency", created.id)[0].changed_by == "Anh Minh"
    finally:
        services.close()


def test_trying_a_server_that_is_not_there_says_why() -> None:
    with pytest.raises(ValidationError) as refused:
        try_server(ServerConnection(host="", port=0, database="", user=""), None)
    assert {p.field for p in refused.value.problems} == {"host", "port", "database", "user"}
    with pytest.raises(ValidationError) as refused:
        try_server(ServerConnection(host="127.0.0.1", port=1, database="x", user="lan"), "pw", timeout=2)
    assert "Không kết nối được" in str(refused.value)


@pytest.mark.skipif(not os.environ.get("HANOI_DESK_TEST_PG"), reason="needs HANOI_DESK_TEST_PG")
def test_trying_the_test_server_gives_its_version() -> None:
    from sqlalchemy.engine import make_url

    url = make_url(os.environ["HANOI_DESK_TEST_PG"])
    server = ServerConnection(host=url.host or "localhost", port=url.port or 5432,
                              database=url.database or "postgres", user=url.username or "postgres")
    assert try_server(server, url.password).startswith("PostgreSQL ")
