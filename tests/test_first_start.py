"""First start: the about box, the first-run page, and the shared PostgreSQL server it can choose.

The server is chosen the one way the whole program knows (``workstation.json`` + the OS credential
store, read by ``db.resolve_url``). On PostgreSQL (HANOI_DESK_TEST_PG) the page connects to a real
server; on SQLite the connector opens the suite's SQLite database when, and only when, it is asked
for exactly the server URL the clerk's fields and password make.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.engine import URL, make_url

from hanoi_desk import __version__, paths, workstation
from hanoi_desk.app import Services, open_services
from hanoi_desk.db import resolve_url
from hanoi_desk.services.settings import OfficeSettings
from hanoi_desk.ui import application
from hanoi_desk.ui import main_window as main_window_module
from hanoi_desk.ui.about_dialog import AboutDialog
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.settings import first_run
from hanoi_desk.ui.settings.first_run import FIRST_RUN_KEY, FirstRunDialog
from hanoi_desk.workstation import ServerConnection

PASSWORD = "bí mật:@/#Zq7731"  # Vietnamese, URL-special characters and an ASCII part to grep for


@dataclass
class SharedServer:
    """The office's shared server as the clerk types it, and how the program reaches it in this run."""

    server: ServerConnection
    password: str
    database: str  # what the "server" really is: a PostgreSQL URL, or the suite's SQLite file
    opened: list[str] = field(default_factory=list)  # every database the program opened, URLs shown

    def fill(self, dialog: FirstRunDialog) -> None:
        dialog.shared_choice.setChecked(True)
        fields = dialog.server_fields
        fields.host.setText(self.server.host)
        fields.port.setValue(self.server.port)
        fields.database.setText(self.server.database)
        fields.user.setText(self.server.user)
        fields.password.setText(self.password)

    def connect(self, argument: str | os.PathLike[str] | None = None, seed: bool = True) -> Services:
        """open_services, reaching "the server" when the resolved URL is the server's, password included."""
        url = resolve_url(argument)
        self.opened.append(url.render_as_string(hide_password=True))
        if url.get_backend_name() == "postgresql" and _same(url, make_url(self.server.url(self.password))):
            return open_services(self.database, seed=seed)
        return open_services(argument, seed=seed)


def _same(a: URL, b: URL) -> bool:
    return (a.drivername, a.username, a.password, a.host, a.port, a.database) == (
        b.drivername, b.username, b.password, b.host, b.port, b.database)


@pytest.fixture
def shared(db_url: str) -> SharedServer:
    """On PostgreSQL: the suite's fresh database on the test server. On SQLite: a server that the
    connector maps to the suite's database file (see the module docstring)."""
    if "://" in db_url:
        url = make_url(db_url)
        server = ServerConnection(host=url.host or "localhost", port=url.port or 5432,
                                  database=url.database or "", user=url.username or "")
        return SharedServer(server, url.password or PASSWORD, db_url)
    return SharedServer(ServerConnection(host="db.office.local", port=5433, database="hanoi_desk",
                                         user="lan"), PASSWORD, db_url)


@pytest.fixture
def local() -> Iterator[Services]:
    """This computer's own database, in the test's data folder, as the app opens it by default."""
    services = open_services(None)
    yield services
    services.close()


def _dialog(qtbot, services: Services, connect: Callable[..., Services] = open_services,
            **kw: object) -> FirstRunDialog:
    dialog = FirstRunDialog(services, connect, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def _password_bytes(password: str) -> list[bytes]:
    """The password as it could land in a file: UTF-8, URL-quoted, and its ASCII tail alone."""
    return [password.encode(), quote(password, safe="").encode(), b"Zq7731"]


def _database_bytes(database: str) -> bytes:
    """Everything a database holds: the SQLite file's bytes (with its journal), or every row's text."""
    if "://" not in database:
        return b"".join(Path(database + suffix).read_bytes() for suffix in ("", "-wal")
                        if Path(database + suffix).exists())
    engine = create_engine(database)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            return "\n".join(repr(tuple(row)) for table in metadata.sorted_tables
                             for row in connection.execute(select(table))).encode()
    finally:
        engine.dispose()


def assert_password_nowhere(password: str, *databases: str) -> None:
    """Not in workstation.json, not in the QSettings files, not in any file of the data folder, not in
    the databases: only the OS credential store may hold it."""
    home = Path(os.environ["HANOI_DESK_HOME"])
    files = [p for p in home.rglob("*") if p.is_file()]
    assert workstation.config_path() in files or not workstation.config_path().exists()
    assert any(p.suffix == ".ini" for p in files), "the QSettings file is among those searched"
    for path in files:
        data = path.read_bytes()
        for needle in _password_bytes(password):
            assert needle not in data, f"the password is in {path}"
    for database in databases:
        data = _database_bytes(database)
        for needle in _password_bytes(password):
            assert needle not in data, f"the password is in the database {database}"


# --- the about box ----------------------------------------------------------------------------


def test_about_box_shows_version_database_and_the_font_licence(qtbot, services: Services) -> None:
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == __version__
    kind = "SQLite" if services.db.url.get_backend_name() == "sqlite" else "PostgreSQL"
    assert dialog.database_label.text() == kind
    if kind == "SQLite":
        assert dialog.where_label.text() == services.db.url.database
    else:
        assert services.db.url.host in dialog.where_label.text()
    assert dialog.data_label.text() == str(paths.data_dir())
    assert dialog.font_label.text().startswith(("Times New Roman", "Liberation Serif"))
    licence = dialog.licence.toPlainText()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert licence == (paths.resource("fonts") / "OFL.txt").read_text(encoding="utf-8")
    assert dialog.licence.isReadOnly()


def test_help_about_opens_the_about_box(qtbot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.act_about.trigger()
    assert len(shown) == 1 and shown[0].version_label.text() == __version__


# --- the first-run page -----------------------------------------------------------------------


def test_first_run_page_shows_where_the_data_lives(qtbot, local: Services) -> None:
    dialog = _dialog(qtbot, local)
    assert dialog.data_folder.text() == str(paths.data_dir())
    assert str(paths.data_dir() / "hanoi-desk.db") in dialog.database_label.text()
    assert dialog.local_choice.isChecked() and not dialog.server_fields.host.isEnabled()
    assert not dialog.connect_button.isEnabled() and not dialog.server_fields.password.isEnabled()
    # Nothing pre-filled with an agency that has ended: the office starts empty, to be picked.
    assert dialog.office_fields.editors["office.name"].text() == "" == OfficeSettings().office_name
    assert dialog.office_fields.editors["office.symbol"].text() == ""


def test_the_first_run_page_and_the_settings_use_one_server_widget(qtbot, local: Services) -> None:
    from hanoi_desk.ui.settings.dialog import SettingsDialog
    from hanoi_desk.ui.settings.server_fields import ServerFields

    page = _dialog(qtbot, local)
    settings = SettingsDialog(local.settings)
    qtbot.addWidget(settings)
    assert type(page.server_fields) is ServerFields and type(settings.server_fields) is ServerFields
    assert page.server_fields.password.echoMode() == page.server_fields.password.EchoMode.Password


def test_saving_the_office_and_signer_on_first_run(qtbot, local: Services) -> None:
    assert not first_run.first_run_done()
    dialog = _dialog(qtbot, local)
    dialog.office_fields.editors["office.name"].setText("SỞ VĂN HÓA VÀ THỂ THAO")
    dialog.office_fields.editors["office.symbol"].setText("SVHTT")
    dialog.office_fields.editors["signer.name"].setText("Nguyễn Thị Thu Hà")
    dialog.office_fields.editors["staff.name"].setText("Trần Văn Bình")
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    office = local.settings.office()
    assert (office.office_name, office.office_symbol, office.signer_name) == (
        "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT", "Nguyễn Thị Thu Hà")
    assert local.settings.who() == "Trần Văn Bình"
    assert first_run.first_run_done()
    assert workstation.load().server is None
    assert QSettings().allKeys() == [FIRST_RUN_KEY]  # QSettings holds no database choice at all


def test_an_empty_required_field_is_shown_beside_it_and_nothing_is_saved(qtbot, local: Services) -> None:
    dialog = _dialog(qtbot, local)
    dialog.show()
    dialog.office_fields.editors["office.place"].setText("")
    dialog.office_fields.editors["signer.name"].setText("Nguyễn Thị Thu Hà")
    dialog.start_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.office_fields.errors["office.place"].isVisible()
    assert "trống" in dialog.office_fields.errors["office.place"].text()
    assert dialog.office_fields.editors["signer.name"].text() == "Nguyễn Thị Thu Hà"  # nothing typed is lost
    assert not first_run.first_run_done()
    assert local.settings.office().signer_name == ""


def test_later_remembers_nothing(qtbot, local: Services, shared: SharedServer,
                                 keyring_store: dict) -> None:
    dialog = _dialog(qtbot, local, shared.connect)
    dialog.office_fields.editors["signer.name"].setText("Nguyễn Thị Thu Hà")
    shared.fill(dialog)
    assert dialog.connect_shared()
    opened = dialog.services
    dialog.later_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.services is local
    assert not first_run.first_run_done()
    assert local.settings.office().signer_name == ""
    assert not workstation.config_path().exists() and keyring_store == {}
    assert QSettings().allKeys() == []
    assert opened.db.engine.pool.checkedout() == 0  # the server opened on the page is closed again


def test_connecting_to_the_shared_database_shows_its_office_then_saves_there(
    qtbot, local: Services, shared: SharedServer, keyring_store: dict
) -> None:
    seeded = open_services(shared.database)
    seeded.settings.save_office(OfficeSettings(office_name="SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ NỘI",
                                               signer_name="Lê Văn Cường"))
    seeded.close()
    dialog = _dialog(qtbot, local, shared.connect)
    shared.fill(dialog)
    assert dialog.server_fields.host.isEnabled() and dialog.connect_button.isEnabled()
    dialog.connect_button.click()
    # Set up at another workstation:
    assert dialog.office_fields.editors["signer.name"].text() == "Lê Văn Cường"
    assert dialog.services is not local
    assert "Connected" in dialog.server_fields.status.text()
    assert PASSWORD not in dialog.server_fields.status.text() + dialog.database_label.text()
    dialog.office_fields.editors["staff.name"].setText("Phạm Thu Trang")
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workstation.load().server == shared.server
    assert keyring_store == {("Hanoi Desk", shared.server.credential_key): shared.password}
    assert _same(resolve_url(), make_url(shared.server.url(shared.password)))  # what every start opens
    assert application.database_choice(None) == application.DatabaseChoice(None, fixed=False, server=True)
    assert dialog.services.settings.office().staff_name == "Phạm Thu Trang"
    assert local.settings.office().staff_name == ""  # this computer's file was not touched
    dialog.services.close()
    assert_password_nowhere(shared.password, shared.database, str(paths.local_database()))


def test_saving_without_connecting_first_shows_the_shared_office_before_overwriting(
    qtbot, local: Services, shared: SharedServer
) -> None:
    seeded = open_services(shared.database)
    seeded.settings.save_office(OfficeSettings(signer_name="Lê Văn Cường"))
    seeded.close()
    dialog = _dialog(qtbot, local, shared.connect)
    shared.fill(dialog)
    dialog.start_button.click()  # connects, shows what the shared database holds, does not save yet
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.office_fields.editors["signer.name"].text() == "Lê Văn Cường"
    assert "check them and save again" in dialog.server_fields.status.text()
    assert workstation.load().server is None and not first_run.first_run_done()
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services.settings.office().signer_name == "Lê Văn Cường"
    assert workstation.load().server == shared.server
    dialog.services.close()


def test_changing_a_field_after_connecting_connects_again_before_saving(
    qtbot, local: Services, shared: SharedServer
) -> None:
    dialog = _dialog(qtbot, local, shared.connect)
    shared.fill(dialog)
    assert dialog.connect_shared()
    dialog.server_fields.port.setValue(1)  # not what was connected to: nothing is saved for it
    dialog.start_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert workstation.load().server is None
    dialog.services.close()


def test_a_server_that_cannot_be_reached_is_reported(qtbot, local: Services, keyring_store: dict,
                                                     shown_errors: list[str]) -> None:
    dialog = _dialog(qtbot, local)
    dialog.shared_choice.setChecked(True)
    fields = dialog.server_fields
    fields.host.setText("127.0.0.1")
    fields.port.setValue(1)
    fields.user.setText("lan")
    fields.password.setText(PASSWORD)
    dialog.start_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown_errors and shown_errors[0].startswith("Could not connect to the shared database")
    assert "127.0.0.1:1" in shown_errors[0] and PASSWORD not in shown_errors[0]
    assert "Could not connect" in fields.status.text()
    assert dialog.services is local
    assert not workstation.config_path().exists() and not first_run.first_run_done()
    assert keyring_store == {}

    fields.host.setText("")
    fields.user.setText("")
    shown_errors.clear()
    assert not dialog.connect_shared()
    assert fields.errors["host"].text() == "Chưa nhập máy chủ."
    assert fields.errors["user"].text() == "Chưa nhập tên đăng nhập."
    assert shown_errors == []  # an incomplete form is said beside its fields, no connection tried


def test_test_connection_on_the_first_run_page(qtbot, local: Services) -> None:
    dialog = _dialog(qtbot, local)
    dialog.shared_choice.setChecked(True)
    dialog.server_fields.host.setText("127.0.0.1")
    dialog.server_fields.port.setValue(1)
    dialog.server_fields.user.setText("lan")
    dialog.server_fields.test_button.click()
    assert "Không kết nối được" in dialog.server_fields.status.text()
    assert dialog.services is local  # testing never switches


def test_back_to_this_computer_after_connecting(qtbot, local: Services, shared: SharedServer,
                                                keyring_store: dict) -> None:
    dialog = _dialog(qtbot, local, shared.connect)
    shared.fill(dialog)
    assert dialog.connect_shared()
    dialog.local_choice.setChecked(True)
    dialog.office_fields.editors["signer.name"].setText("Đỗ Minh Khôi")
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services is local
    assert local.settings.office().signer_name == "Đỗ Minh Khôi"
    assert workstation.load().server is None and keyring_store == {}


def test_a_database_given_on_the_command_line_cannot_be_changed_here(qtbot, services: Services) -> None:
    dialog = _dialog(qtbot, services, database_fixed=True)
    assert not dialog.shared_choice.isEnabled() and not dialog.server_fields.host.isEnabled()
    assert not dialog.connect_button.isEnabled()
    assert "--db" in dialog.server_fields.status.text()
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not workstation.config_path().exists()


def test_database_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    choice = application.DatabaseChoice
    assert application.database_choice(None) == choice(None, fixed=False, server=False)
    workstation.update(server=ServerConnection(host="server", user="desk"))
    assert application.database_choice(None) == choice(None, fixed=False, server=True)
    assert resolve_url(None).host == "server"  # what open_services(None) opens
    assert application.database_choice("C:/Dữ liệu/văn phòng.db") == choice(
        "C:/Dữ liệu/văn phòng.db", fixed=True, server=False)
    monkeypatch.setenv("HANOI_DESK_DB", "sqlite:///elsewhere.db")
    assert application.database_choice(None) == choice(None, fixed=True, server=False)
    assert not hasattr(first_run, "stored_database_url") and not hasattr(first_run, "DB_URL_KEY")


# --- the whole start, as application.run does it ----------------------------------------------


@pytest.fixture
def started(qapp, qtbot, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """run() without an event loop: record the main window it opens, and keep the tests' Qt names."""
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def attach(self, services: Services) -> None:  # the window shows first, then gets its data
            super().attach(services)
            windows.append(self)
            self.url = str(services.db.url)

    def exec_until_started(*_args: object) -> int:
        """The event loop runs until the database behind the painted window is open (or refused)."""
        startup = application.last_startup
        if startup is not None:
            qtbot.waitUntil(lambda: startup.done, timeout=30000)
        return 0

    monkeypatch.setattr(main_window_module, "MainWindow", Recorded)
    monkeypatch.setattr(application, "configure_application", lambda: None)
    monkeypatch.setattr(application, "install_translations", lambda app, language=None: [])
    monkeypatch.setattr(QApplication, "exec", exec_until_started)
    yield windows
    for window in windows:
        window.close()
        window.deleteLater()


def test_first_start_shows_the_first_run_page_once(started: list[MainWindow],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[FirstRunDialog] = []

    def clerk_fills_in(dialog: FirstRunDialog) -> int:
        pages.append(dialog)
        dialog.office_fields.editors["signer.name"].setText("Nguyễn Thị Thu Hà")
        dialog.start_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", clerk_fills_in)
    assert application.run(None) == 0
    assert len(pages) == 1 and len(started) == 1
    assert QSettings().value(FIRST_RUN_KEY) is not None
    services = open_services(None)
    try:
        assert services.settings.office().signer_name == "Nguyễn Thị Thu Hà"
    finally:
        services.close()

    assert application.run(None) == 0  # the second start goes straight to the main window
    assert len(pages) == 1 and len(started) == 2


def _expected_url(database: str) -> str:
    want = open_services(database)
    try:
        return str(want.db.url)
    finally:
        want.close()


def test_the_shared_database_chosen_once_is_used_at_every_start(
    started: list[MainWindow], shared: SharedServer, keyring_store: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    def clerk_connects(dialog: FirstRunDialog) -> int:
        shared.fill(dialog)
        dialog.connect_button.click()
        dialog.start_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", clerk_connects)
    monkeypatch.setattr(application, "open_services", shared.connect)  # run() hands it to the page too
    assert application.run(None) == 0
    assert application.run(None) == 0  # through workstation.json and the credential store alone
    expected = _expected_url(shared.database)
    assert [w.url for w in started] == [expected, expected]
    assert shared.opened[-1] == make_url(shared.server.url(shared.password)).render_as_string(
        hide_password=True)
    assert_password_nowhere(shared.password, shared.database, str(paths.local_database()))


def test_an_unreachable_server_at_start_offers_to_choose_again(
    started: list[MainWindow], monkeypatch: pytest.MonkeyPatch, keyring_store: dict, shown_errors: list[str]
) -> None:
    QSettings().setValue(FIRST_RUN_KEY, True)
    gone = ServerConnection(host="127.0.0.1", port=1, database="hanoi_desk", user="lan")
    workstation.update(server=gone)
    workstation.set_password(gone, PASSWORD)
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    assert application.run(None) == 1  # "quit and try later": nothing changes
    assert "127.0.0.1" in asked[0] and PASSWORD not in asked[0] and started == []
    assert workstation.load().server == gone

    pages: list[FirstRunDialog] = []

    def clerk_goes_local(dialog: FirstRunDialog) -> int:
        pages.append(dialog)
        assert dialog.shared_choice.isChecked() and dialog.server_fields.host.text() == "127.0.0.1"
        assert dialog.server_fields.password.text() == ""  # never shown: only announced as kept
        assert dialog.server_fields.password.placeholderText() == "(kept in the credential store)"
        dialog.local_choice.setChecked(True)
        dialog.start_button.click()
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(FirstRunDialog, "exec", clerk_goes_local)
    assert application.run(None) == 0
    assert len(pages) == 1 and len(started) == 1
    assert started[0].url == _expected_url(str(paths.local_database()))
    assert workstation.load().server is None
    assert application.run(None) == 0 and len(pages) == 1  # the next start opens the file at once


def test_a_database_on_the_command_line_that_cannot_be_opened_is_said(
    started: list[MainWindow], shown_errors: list[str]
) -> None:
    assert application.run("postgresql+psycopg://nobody@127.0.0.1:1/x") == 1
    assert started == [] and "127.0.0.1" in shown_errors[-1]
