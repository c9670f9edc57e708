"""First start: the about box, the first-run page, and the shared database it can choose."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog

from hanoi_desk import __version__, paths
from hanoi_desk.app import Services, open_services
from hanoi_desk.services.settings import OfficeSettings
from hanoi_desk.ui import application, first_run
from hanoi_desk.ui import main_window as main_window_module
from hanoi_desk.ui.about_dialog import AboutDialog
from hanoi_desk.ui.first_run import DB_URL_KEY, FIRST_RUN_KEY, FirstRunDialog
from hanoi_desk.ui.main_window import MainWindow


@pytest.fixture
def shared_url(db_url: str) -> str:
    """The "office's shared database": the suite's database (PostgreSQL when the suite runs there)."""
    return db_url if "://" in db_url else f"sqlite:///{Path(db_url).as_posix()}"


@pytest.fixture
def local() -> Iterator[Services]:
    """This computer's own database, in the test's data folder, as the app opens it by default."""
    services = open_services(None)
    yield services
    services.close()


def _dialog(qtbot, services: Services, **kw: object) -> FirstRunDialog:
    dialog = FirstRunDialog(services, open_services, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


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
    assert dialog.local_choice.isChecked() and not dialog.url_edit.isEnabled()
    assert dialog.fields["office_name"].text() == OfficeSettings().office_name


def test_saving_the_office_and_signer_on_first_run(qtbot, local: Services) -> None:
    assert not first_run.first_run_done()
    dialog = _dialog(qtbot, local)
    dialog.fields["office_name"].setText("SỞ VĂN HÓA VÀ THỂ THAO")
    dialog.fields["office_symbol"].setText("SVHTT")
    dialog.fields["signer_name"].setText("Nguyễn Thị Thu Hà")
    dialog.fields["staff_name"].setText("Trần Văn Bình")
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    office = local.settings.office()
    assert (office.office_name, office.office_symbol, office.signer_name) == (
        "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT", "Nguyễn Thị Thu Hà")
    assert local.settings.who() == "Trần Văn Bình"
    assert first_run.first_run_done()
    assert QSettings().value(DB_URL_KEY) is None


def test_an_empty_required_field_is_shown_beside_it_and_nothing_is_saved(qtbot, local: Services) -> None:
    dialog = _dialog(qtbot, local)
    dialog.show()
    dialog.fields["office_name"].setText("")
    dialog.fields["signer_name"].setText("Nguyễn Thị Thu Hà")
    dialog.start_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["office_name"].isVisible()
    assert "trống" in dialog.errors["office_name"].text()
    assert dialog.fields["signer_name"].text() == "Nguyễn Thị Thu Hà"  # nothing typed is lost
    assert not first_run.first_run_done()
    assert local.settings.office().signer_name == ""


def test_later_remembers_nothing(qtbot, local: Services) -> None:
    dialog = _dialog(qtbot, local)
    dialog.fields["signer_name"].setText("Nguyễn Thị Thu Hà")
    dialog.later_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not first_run.first_run_done()
    assert local.settings.office().signer_name == ""


def test_connecting_to_the_shared_database_shows_its_office_then_saves_there(
    qtbot, local: Services, shared_url: str
) -> None:
    seeded = open_services(shared_url)
    seeded.settings.save_office(OfficeSettings(office_name="SỞ THÔNG TIN VÀ TRUYỀN THÔNG HÀ NỘI",
                                               signer_name="Lê Văn Cường"))
    seeded.close()
    dialog = _dialog(qtbot, local)
    dialog.shared_choice.setChecked(True)
    assert dialog.url_edit.isEnabled()
    dialog.url_edit.setText(shared_url)
    dialog.connect_button.click()
    assert dialog.fields["signer_name"].text() == "Lê Văn Cường"  # set up at another workstation
    assert dialog.services is not local
    dialog.fields["staff_name"].setText("Phạm Thu Trang")
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QSettings().value(DB_URL_KEY) == shared_url
    assert application.database_choice(None) == shared_url
    assert dialog.services.settings.office().staff_name == "Phạm Thu Trang"
    assert local.settings.office().staff_name == ""  # this computer's file was not touched
    dialog.services.close()


def test_saving_without_connecting_first_shows_the_shared_office_before_overwriting(
    qtbot, local: Services, shared_url: str
) -> None:
    seeded = open_services(shared_url)
    seeded.settings.save_office(OfficeSettings(signer_name="Lê Văn Cường"))
    seeded.close()
    dialog = _dialog(qtbot, local)
    dialog.shared_choice.setChecked(True)
    dialog.url_edit.setText(shared_url)
    dialog.start_button.click()  # connects, shows what the shared database holds, does not save yet
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fields["signer_name"].text() == "Lê Văn Cường"
    assert "check them and save again" in dialog.connection_status.text()
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services.settings.office().signer_name == "Lê Văn Cường"
    dialog.services.close()


def test_a_database_that_cannot_be_reached_is_reported(qtbot, local: Services, tmp_path: Path,
                                                       shown_errors: list[str]) -> None:
    dialog = _dialog(qtbot, local)
    dialog.shared_choice.setChecked(True)
    dialog.url_edit.setText(f"sqlite:///{(tmp_path / 'không có' / 'thư mục' / 'x.db').as_posix()}")
    dialog.start_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown_errors and shown_errors[0].startswith("Could not connect to the shared database")
    assert dialog.services is local
    assert QSettings().value(DB_URL_KEY) is None and not first_run.first_run_done()

    dialog.url_edit.setText("server without a scheme")
    assert not dialog.connect_shared()
    assert "postgresql+psycopg://" in dialog.connection_status.text()


def test_back_to_this_computer_after_connecting(qtbot, local: Services, shared_url: str) -> None:
    dialog = _dialog(qtbot, local)
    dialog.shared_choice.setChecked(True)
    dialog.url_edit.setText(shared_url)
    assert dialog.connect_shared()
    dialog.local_choice.setChecked(True)
    dialog.fields["signer_name"].setText("Đỗ Minh Khôi")
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services is local
    assert local.settings.office().signer_name == "Đỗ Minh Khôi"
    assert QSettings().value(DB_URL_KEY) is None


def test_a_database_given_on_the_command_line_cannot_be_changed_here(qtbot, services: Services) -> None:
    dialog = _dialog(qtbot, services, database_fixed=True)
    assert not dialog.shared_choice.isEnabled() and not dialog.url_edit.isEnabled()
    assert "--db" in dialog.connection_status.text()
    dialog.start_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert QSettings().value(DB_URL_KEY) is None


def test_database_choice_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert application.database_choice(None) is None
    QSettings().setValue(DB_URL_KEY, "postgresql+psycopg://desk@server/hanoi_desk")
    assert application.database_choice(None) == "postgresql+psycopg://desk@server/hanoi_desk"
    assert application.database_choice("C:/Dữ liệu/văn phòng.db") == "C:/Dữ liệu/văn phòng.db"
    monkeypatch.setenv("HANOI_DESK_DB", "sqlite:///elsewhere.db")
    assert application.database_choice(None) is None  # open_services reads the variable itself


# --- the whole start, as application.run does it ----------------------------------------------


@pytest.fixture
def started(qapp, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """run() without an event loop: record the main window it opens, and keep the tests' Qt names."""
    windows: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, services: Services) -> None:
            super().__init__(services)
            windows.append(self)
            self.url = str(services.db.url)

    monkeypatch.setattr(main_window_module, "MainWindow", Recorded)
    monkeypatch.setattr(application, "configure_application", lambda: None)
    monkeypatch.setattr(application, "install_translations", lambda app, language=None: [])
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    yield windows
    for window in windows:
        window.close()
        window.deleteLater()


def test_first_start_shows_the_first_run_page_once(started: list[MainWindow],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pages: list[FirstRunDialog] = []

    def clerk_fills_in(dialog: FirstRunDialog) -> int:
        pages.append(dialog)
        dialog.fields["signer_name"].setText("Nguyễn Thị Thu Hà")
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


def test_the_shared_database_chosen_once_is_used_at_every_start(
    started: list[MainWindow], shared_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def clerk_connects(dialog: FirstRunDialog) -> int:
        dialog.shared_choice.setChecked(True)
        dialog.url_edit.setText(shared_url)
        dialog.connect_button.click()
        dialog.start_button.click()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", clerk_connects)
    assert application.run(None) == 0
    assert application.run(None) == 0
    want = open_services(shared_url)
    try:
        expected = str(want.db.url)
    finally:
        want.close()
    assert [w.url for w in started] == [expected, expected]
