"""The history views, backup and restore from the menu, the network warning and the database settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from hanoi_desk import workstation
from hanoi_desk.app import Services, open_services
from hanoi_desk.domain.agency import AgencyDraft
from hanoi_desk.services.settings import OfficeSettings
from hanoi_desk.ui.history.view import HistoryTab, RecordHistoryDialog
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.settings.dialog import SettingsDialog
from hanoi_desk.ui.widgets.table_model import ROW_ROLE

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


def _edit_health(services: Services, who: str, **changes: object) -> None:
    services.settings.save_office(OfficeSettings(staff_name=who))
    agency = services.roster.find_by_name("Sở Y tế")
    services.roster.update(agency.id, agency.to_draft(**changes), agency.version)


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    _edit_health(services, "Chị Lan", phone="0243 998 8877")
    _edit_health(services, "Anh Minh", email="syt@hanoi.gov.vn")
    widget = MainWindow(services)
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.roster_tab)  # "Tổng quan" is in front; these tests start here
    return widget


def test_history_of_one_agency_from_the_roster(qtbot, window: MainWindow, monkeypatch) -> None:
    shown: list[RecordHistoryDialog] = []
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: shown.append(self) or 0)
    tab = window.roster_tab
    tab.show_all.setChecked(True)
    qtbot.keyClicks(tab.search, "so y te")
    tab.view.selectRow(0)
    assert tab.act_history.isEnabled()
    tab.act_history.trigger()
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.windowTitle().endswith("Sở Y tế")
    entries = [dialog.proxy.index(r, 0).data(ROW_ROLE) for r in range(dialog.proxy.rowCount())]
    edits = [(e.changed_by, [(c.label, c.old, c.new) for c in e.changes])
             for e in entries if e.action.value == "update"]
    assert edits == [("Anh Minh", [("Email", "", "syt@hanoi.gov.vn")]),
                     ("Chị Lan", [("Điện thoại", "", "02439988877")])], "newest first, one row per change"
    texts = [dialog.proxy.index(0, c).data() for c in range(dialog.proxy.columnCount())]
    assert "Anh Minh" in texts and "Email: (trống) → syt@hanoi.gov.vn" in texts
    # The newest change is selected: its fields are in the pane below.
    detail = dialog.detail.proxy
    assert [(detail.index(r, 0).data(), detail.index(r, 2).data()) for r in range(detail.rowCount())] == [
        ("Email", "syt@hanoi.gov.vn")]


def test_history_button_in_the_agency_dialog(qtbot, window: MainWindow, services: Services,
                                             monkeypatch) -> None:
    shown: list[RecordHistoryDialog] = []
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: shown.append(self) or 0)
    dialog = window.roster_tab.open_dialog(services.roster.find_by_name("Sở Y tế"))
    qtbot.addWidget(dialog)
    assert not window.roster_tab.open_dialog(None).history_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.history_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0].proxy.rowCount() >= 3


def test_history_tab_filters_and_exports_what_it_shows(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab: HistoryTab = window.history_tab
    window.tabs.setCurrentWidget(tab)
    everything = tab.proxy.rowCount()
    assert everything > 65
    tab.user_filter.setCurrentIndex(tab.user_filter.findData("Anh Minh"))
    users = {tab.proxy.index(r, 0).data(ROW_ROLE).changed_by for r in range(tab.proxy.rowCount())}
    assert users == {"Anh Minh"}
    tab.user_filter.setCurrentIndex(0)
    tab.table_filter.setCurrentIndex(tab.table_filter.findData("agency"))
    assert tab.table_filter.currentText() == "Cơ quan, đơn vị"
    kinds = {tab.proxy.index(r, 0).data(ROW_ROLE).table for r in range(tab.proxy.rowCount())}
    assert kinds == {"agency"}
    tab.use_dates.setChecked(True)
    tab.since.setDate(QDate.currentDate().addDays(1))
    tab.until.setDate(QDate.currentDate().addDays(2))
    assert tab.proxy.rowCount() == 0
    tab.since.setDate(QDate.currentDate())
    tab.until.setDate(QDate.currentDate())
    assert tab.proxy.rowCount() > 0
    qtbot.keyClicks(tab.search, "SYT@HANOI")
    assert tab.proxy.rowCount() == 1
    assert "Showing 1 of" in tab.count_text

    out = tmp_path / "history.xlsx"
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(out)
    sheet = load_workbook(out).worksheets[0]
    rows = [r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert len(rows) == 1
    _number, when, who, action, kind, _record_id, record, field, old, new = rows[0]
    assert (who, action, kind, record, field, old, new) == (
        "Anh Minh", "Sửa", "Cơ quan, đơn vị", "Sở Y tế", "Email", None, "syt@hanoi.gov.vn")
    assert when.date() == date.today()
    subtitle = sheet.cell(row=2, column=1).value
    assert "Cơ quan, đơn vị" in subtitle and "syt@hanoi" in subtitle.lower()


def test_the_history_tab_reloads_when_shown(qtbot, window: MainWindow, services: Services) -> None:
    window.tabs.setCurrentWidget(window.history_tab)
    before = window.history_tab.model.rowCount()
    window.tabs.setCurrentWidget(window.roster_tab)
    services.roster.create(AgencyDraft(name="Sở Mới"))
    window.tabs.setCurrentWidget(window.history_tab)
    assert window.history_tab.model.rowCount() > before


@pytest.fixture
def local_window(qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, Services]]:
    services = open_services(tmp_path / "office" / "hanoi-desk.db")
    widget = MainWindow(services)
    qtbot.addWidget(widget)
    yield widget, services
    services.close()


def test_backup_and_restore_from_the_menu(local_window, tmp_path: Path, monkeypatch,
                                          shown_errors: list[str]) -> None:
    window, services = local_window
    assert window.act_backup.isEnabled() and window.act_restore.isEnabled()
    saved = window.backup_to(tmp_path / "copy.db")
    assert saved is not None and saved.is_file()
    services.roster.create(AgencyDraft(name="Sở Mới"))
    window.roster_tab.reload()
    assert window.roster_tab.model.rowCount() == 193

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not window.restore_from(saved)
    assert services.roster.count() == 193
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.restore_from(saved)
    assert services.roster.count() == 192
    assert window.roster_tab.model.rowCount() == 192, "the tabs show the restored data"
    assert any("Đã khôi phục" in text or "Restored" in text for text in shown_errors)

    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all")
    assert not window.restore_from(broken)
    assert any("broken.db" in text for text in shown_errors)
    assert services.roster.count() == 192


def test_backup_is_disabled_for_a_server_database(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.act_backup.isEnabled() is services.backup.available


def test_network_warning_is_shown_in_the_window(qtbot, services: Services) -> None:
    quiet = MainWindow(services)
    qtbot.addWidget(quiet)
    assert not quiet.warning_banner.isVisibleTo(quiet)
    services.warnings = ("Cảnh báo: … hãy dùng máy chủ PostgreSQL",)
    warned = MainWindow(services)
    qtbot.addWidget(warned)
    assert warned.warning_banner.isVisibleTo(warned)
    assert "PostgreSQL" in warned.warning_banner.text()


def test_settings_save_the_server_without_the_password(qtbot, services: Services,
                                                       keyring_store: dict) -> None:
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    server = dialog.server_fields
    assert dialog.use_local.isChecked() and not server.host.isEnabled()
    dialog.use_server.setChecked(True)
    server.host.setText("")
    server.user.setText("")
    dialog._on_buttons_accepted()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert server.errors["host"].isVisibleTo(dialog)
    assert server.errors["user"].isVisibleTo(dialog)
    assert workstation.load().server is None

    server.host.setText("db.office.local")
    server.port.setValue(5433)
    server.database.setText("hanoi_desk")
    server.user.setText("lan")
    server.password.setText("bí mật Zq7731")
    dialog.local_staff_name.setText("Chị Lan")
    dialog.backup_keep.setValue(30)
    dialog._on_buttons_accepted()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = workstation.config_path().read_text(encoding="utf-8")
    assert "bí mật" not in stored
    assert json.loads(stored)["server"] == {"host": "db.office.local", "port": 5433,
                                             "database": "hanoi_desk", "user": "lan"}
    assert keyring_store[("Hanoi Desk", "lan@db.office.local:5433/hanoi_desk")] == "bí mật Zq7731"
    assert workstation.load().backup_keep == 30
    assert services.settings.who() == "Chị Lan"
    files = [p for p in workstation.config_path().parent.rglob("*") if p.is_file()]  # json, QSettings…
    if services.backup.available:
        files.append(services.backup.database_file())  # and the database itself
    assert any(p.suffix == ".ini" for p in files)
    for path in files:
        data = path.read_bytes()
        assert b"Zq7731" not in data and "bí mật".encode() not in data, path
    assert QSettings().allKeys() == ["ui/language"]  # no database choice in QSettings

    again = SettingsDialog(services.settings)
    qtbot.addWidget(again)
    assert again.use_server.isChecked() and again.server_fields.host.text() == "db.office.local"
    assert again.server_fields.password.text() == ""
    assert again.server_fields.password.placeholderText() == "(kept in the credential store)"


def test_test_connection_reports_failure_beside_the_button(qtbot, services: Services) -> None:
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.use_server.setChecked(True)
    dialog.server_fields.host.setText("127.0.0.1")
    dialog.server_fields.port.setValue(1)
    dialog.server_fields.user.setText("lan")
    qtbot.mouseClick(dialog.server_fields.test_button, Qt.MouseButton.LeftButton)
    assert "Không kết nối được" in dialog.server_fields.status.text()
