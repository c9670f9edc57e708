"""The roster tab as a clerk uses it: search, add, refuse, import preview, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind
from hanoi_desk.ui.roster.agency_dialog import AgencyDialog
from hanoi_desk.ui.roster.tab import RosterTab
from hanoi_desk.ui.widgets.import_dialog import ImportPreviewDialog
from hanoi_desk.ui.widgets.table_model import ROW_ROLE

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


@pytest.fixture
def tab(qtbot, services: Services) -> RosterTab:
    widget = RosterTab(services.roster)
    qtbot.addWidget(widget)
    widget.show_all.setChecked(True)
    return widget


def visible_names(tab: RosterTab) -> list[str]:
    return [tab.proxy.index(r, 0).data(ROW_ROLE).name for r in range(tab.proxy.rowCount())]


def test_typing_without_diacritics_narrows_the_table(qtbot, tab: RosterTab) -> None:
    assert tab.proxy.rowCount() == 192  # the reference roster: 65 agencies of 2019, the 2026 map
    qtbot.keyClicks(tab.search, "so y te")
    assert visible_names(tab) == ["Sở Y tế"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "ung hoa")
    assert visible_names(tab) == ["Ủy ban nhân dân huyện Ứng Hòa", "Ủy ban nhân dân xã Ứng Hòa"]
    assert "2" in tab.count_label.text()


def test_active_on_today_hides_merged_units(tab: RosterTab) -> None:
    tab.show_all.setChecked(False)
    names = visible_names(tab)
    assert "Sở Y tế" in names
    assert "Sở Thông tin và Truyền thông" not in names
    assert not any(n.startswith("Ủy ban nhân dân quận") for n in names)
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(AgencyKind.PRESS.value))
    assert set(visible_names(tab)) == {"Cơ quan Báo và Phát thanh, Truyền hình Hà Nội", "Báo An ninh Thủ đô"}


def test_rows_sort_in_vietnamese_alphabet_order(services: Services, tab: RosterTab) -> None:
    services.roster.create(AgencyDraft(name="Sở Đường sắt đô thị"))
    tab.reload()
    names = visible_names(tab)
    order = [names.index(n) for n in ("Sở Dân tộc và Tôn giáo", "Sở Du lịch", "Sở Đường sắt đô thị",
                                     "Sở Giáo dục và Đào tạo", "Sở Y tế", "Thanh tra Thành phố")]
    assert order == sorted(order), "D before Đ before G, whatever the code points say"
    tab.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert visible_names(tab)[:2] == ["Văn phòng Ủy ban nhân dân Thành phố", "Văn phòng Thành ủy Hà Nội"]


def test_dialog_refuses_an_invalid_email_and_keeps_what_was_typed(qtbot, services: Services) -> None:
    dialog = AgencyDialog(services.roster, services.roster.list_agencies())
    qtbot.addWidget(dialog)
    dialog.name.insert("Trang tin điện tử Thủ đô Mới")  # QTest types ASCII only
    qtbot.keyClicks(dialog.email, "toasoan@@example")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._errors["email"].isVisibleTo(dialog)
    assert "email" in dialog._errors["email"].text().lower()
    assert dialog.name.text() == "Trang tin điện tử Thủ đô Mới"
    assert services.roster.find_by_name("Trang tin điện tử Thủ đô Mới") is None
    dialog.email.setText("toasoan@example.vn")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.roster.find_by_name("trang tin dien tu thu do moi") is not None


def test_add_contacts_in_the_dialog(qtbot, services: Services) -> None:
    agency = services.roster.find_by_name("Sở Y tế")
    dialog = AgencyDialog(services.roster, services.roster.list_agencies(), agency)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.add_focal, Qt.MouseButton.LeftButton)
    model = dialog.contacts_model
    model.setData(model.index(0, 0), "Nguyễn Thị Hoa")
    model.setData(model.index(0, 2), "912 345 678")
    qtbot.mouseClick(dialog.add_monitor, Qt.MouseButton.LeftButton)
    model.setData(model.index(1, 0), "Lê Văn Minh")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = services.roster.get(agency.id)
    assert [(c.name, c.phone, c.role.value) for c in saved.contacts] == [
        ("Nguyễn Thị Hoa", "0912345678", "focal_point"), ("Lê Văn Minh", "", "monitoring")]


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_preview_shows_added_updated_and_rejected(qtbot, tab: RosterTab, services: Services,
                                                          tmp_path: Path, monkeypatch,
                                                          shown_errors: list[str]) -> None:
    good = _sheet(tmp_path / "sites.xlsx", [
        ["DANH SÁCH TRANG TIN"], [],
        ["STT", "Tên cơ quan", "Loại", "Điện thoại"],
        [1, "Trang tin Hà Nội 24h", "Trang TTĐT tổng hợp", 912345678],
        [2, "Sở Y Tế", "Sở", "02438253536"],
    ])
    seen: list[ImportPreviewDialog] = []

    def fake_exec(dialog: ImportPreviewDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", fake_exec)
    tab.import_file(good)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen[0].added.model().rowCount() == 1 and seen[0].rejected.model().rowCount() == 0
    updated = seen[0].updated.model()  # one row per field changed, with its old and new value
    assert [updated.index(r, 2).data() for r in range(updated.rowCount())] == ["Điện thoại"]
    qtbot.waitUntil(lambda: services.roster.count() == 193 or bool(shown_errors), timeout=5000)
    assert shown_errors == []
    assert services.roster.find_by_name("Sở Y tế").phone == "02438253536"

    bad = _sheet(tmp_path / "bad.xlsx", [
        ["Tên cơ quan", "Loại"],
        ["Trang tin A", "Trang TTĐT tổng hợp"],
        ["Trang tin B", "không rõ"],
    ])
    tab.import_file(bad)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    errors = seen[1].rejected.model()
    assert errors.rowCount() >= 1 and errors.index(0, 0).data() == "3" and errors.index(0, 1).data() == "Loại"
    assert not seen[1].import_button.isEnabled()
    assert services.roster.count() == 193


def test_export_writes_what_the_view_shows(qtbot, tab: RosterTab, tmp_path: Path) -> None:
    qtbot.keyClicks(tab.search, "quan")
    shown = visible_names(tab)
    out = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(out)
    sheet = load_workbook(out).worksheets[0]
    names = [row[1] for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert names == shown


def test_delete_asks_first(qtbot, tab: RosterTab, services: Services, monkeypatch) -> None:
    qtbot.keyClicks(tab.search, "so du lich")
    tab.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.act_delete.trigger()
    assert services.roster.count() == 192
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.view.selectRow(0)
    tab.act_delete.trigger()
    assert services.roster.count() == 191


def _long_sheet(path: Path, rows: int) -> Path:
    """An office sheet of *rows* new agencies: long enough that cancelling it is worth a button."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["STT", "Tên cơ quan", "Loại", "Điện thoại", "Người liên hệ"])
    for n in range(1, rows + 1):
        sheet.append([n, f"Trang tin điện tử phường số {n}", "Trang TTĐT tổng hợp", f"0243{n:07d}",
                      f"Nguyễn Văn {n}"])
    book.save(path)
    return path


@pytest.mark.parametrize("phase", ["reading", "saving"])
def test_a_long_import_cancelled_from_the_window_writes_nothing(
    qtbot, tab: RosterTab, services: Services, tmp_path: Path, monkeypatch, shown_errors: list[str],
    phase: str,
) -> None:
    """Cancel pressed while the sheet is read, or after the preview while the rows are saved."""
    from hanoi_desk.ui.widgets.tasks import Task

    sheet = _long_sheet(tmp_path / "long.xlsx", 3000)
    before = services.roster.count()
    previews: list[ImportPreviewDialog] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    started: list[Task] = []
    real_start = Task.start

    def start_then_press_cancel(task: Task) -> None:
        started.append(task)
        real_start(task)
        if len(started) == (1 if phase == "reading" else 2):
            task.dialog.canceled.emit()  # what the progress dialog's Cancel button emits

    monkeypatch.setattr(Task, "start", start_then_press_cancel)
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)
    tab.import_file(sheet)
    qtbot.waitUntil(lambda: any("nothing was written" in s for s in statuses), timeout=60000)
    assert len(previews) == (0 if phase == "reading" else 1)
    if previews:
        assert previews[0].added.model().rowCount() == 3000
    assert shown_errors == []
    assert services.roster.count() == before
    assert services.roster.find_by_name("Trang tin điện tử phường số 1") is None
    assert tab.model.rowCount() == before


def test_typing_letter_by_letter_finds_what_the_whole_text_finds(qtbot, tab: RosterTab) -> None:
    """The search reuses what the previous keystroke found: it must never keep a row it should drop."""
    from hanoi_desk.domain.text import fold

    def expected(text: str) -> set[str]:
        words = fold(text).split()
        columns = [c for c in range(tab.model.columnCount()) if tab.model.column(c).searchable]
        return {
            a.name for a in tab.model.rows()
            if all(any(w in fold(str(tab.model.column(c).value(a) or "")) for c in columns) for w in words)
        }

    for typed in ("so t", "ubnd quan h", "ha noi"):
        tab.search.clear()
        for letter in typed:
            qtbot.keyClick(tab.search, letter)
            assert set(visible_names(tab)) == expected(tab.search.text()), tab.search.text()
        qtbot.keyClick(tab.search, Qt.Key.Key_Backspace)  # widening: back to every row that matches
        assert set(visible_names(tab)) == expected(tab.search.text())
    tab.view.selectRow(0)
    kept = tab.selected()[0].name
    qtbot.keyClick(tab.search, Qt.Key.Key_Backspace)  # a row still shown stays selected
    assert [a.name for a in tab.selected()] == [kept]


def test_reload_with_a_filter_on_after_another_clerk_added_rows(qtbot, services: Services) -> None:
    """The filter's precomputed rows must follow the reload (it used to crash the window)."""
    widget = RosterTab(services.roster)
    qtbot.addWidget(widget)
    widget.show_all.setChecked(False)
    shown = widget.proxy.rowCount()
    services.roster.create(AgencyDraft(name="Sở Đường sắt đô thị"))
    services.roster.create(AgencyDraft(name="Sở Mới thành lập"))
    widget.reload()
    assert widget.proxy.rowCount() == shown + 2
    assert "Sở Đường sắt đô thị" in visible_names(widget)
