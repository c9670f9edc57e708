"""The import preview in the window: columns mapped by the clerk, errors as a table to copy and
save, a preview with nothing to do, and Cancel that writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from hanoi_desk.app import Services
from hanoi_desk.domain.imports import NOTES, ColumnChoice, header_key
from hanoi_desk.importing import jobs
from hanoi_desk.ui.roster.tab import RosterTab
from hanoi_desk.ui.widgets.file_actions import run_job
from hanoi_desk.ui.widgets.import_dialog import ImportPreviewDialog


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _preview(qtbot, services: Services, path: Path) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    job = jobs(services)["agencies"]
    found, plan = job.read_and_plan(path)
    state = [found]

    def replan(choices: dict[str, ColumnChoice]) -> object:
        state[0], new = job.replan(state[0], choices)
        return new

    dialog = ImportPreviewDialog(plan, replan=replan)
    qtbot.addWidget(dialog)
    return dialog


def _cells(view, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_a_column_left_out_must_be_mapped_or_confirmed(qtbot, services: Services, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "ds.xlsx", [["STT", "Tên cơ quan", "Số lượng fanpage quản lý"],
                                         [1, "Trang tin Hà Nội 24h", 3], [2, "Trang tin Thủ đô", 2]])
    dialog = _preview(qtbot, services, path)
    assert not dialog.import_button.isEnabled() and dialog.leave_out_button.isVisibleTo(dialog)
    assert dialog.tabs.currentWidget() is dialog.columns
    assert _cells(dialog.columns, 2)[:3] == ["C", "Số lượng fanpage quản lý", "2"]
    assert "“Số lượng fanpage quản lý” (2)" in dialog.summary.text()
    box = dialog.choice_boxes[header_key("Số lượng fanpage quản lý")]
    assert box.currentText() == "Leave out"

    box.setCurrentIndex(box.findData(ColumnChoice(NOTES).encode()))  # what the clerk does in the list
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert [p.draft.notes for p in dialog.plan.to_add] == ["Số lượng fanpage quản lý: 3",
                                                            "Số lượng fanpage quản lý: 2"]
    assert services.settings.import_choices("agencies") == {}, "nothing is remembered before Import"
    dialog.grab().save(str(tmp_path / "preview-columns.png"))


def test_leave_these_columns_out(qtbot, services: Services, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "ds.xlsx", [["Tên cơ quan", "Người nhập", "Ngày nhập"],
                                         ["Trang tin A", "Lan", "01/12/2026"]])
    dialog = _preview(qtbot, services, path)
    dialog.leave_out_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=60000)
    assert not dialog.leave_out_button.isVisibleTo(dialog)
    assert "Left out, as chosen: “Người nhập” (1), “Ngày nhập” (1)." in dialog.summary.text()


def test_errors_are_a_table_that_copies_and_saves(qtbot, services: Services, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "loi.xlsx", [["Tên cơ quan", "Loại", "Hiệu lực từ"],
                                          ["Trang tin A", "không rõ", "31/02/2026"],
                                          [None, "Sở", None]])
    dialog = _preview(qtbot, services, path)
    assert not dialog.import_button.isEnabled() and dialog.tabs.currentWidget() is dialog._errors_page
    rows = {tuple(_cells(dialog.rejected, r)[:3]): _cells(dialog.rejected, r)[3]
            for r in range(dialog.rejected.model().rowCount())}
    assert rows[("2", "Loại", "không rõ")].startswith("Loại “không rõ” không rõ.")
    assert "không có thật" in rows[("2", "Hiệu lực từ", "31/02/2026")]
    assert rows[("3", "Tên cơ quan", "")] == "Chưa có tên cơ quan."
    dialog.rejected.selectRow(0)

    dialog._on_copy_button_clicked()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Row\tColumn\tValue\tError" and len(copied) == 2  # the selected row
    assert tuple(copied[1].split("\t")[:3]) in rows
    saved = dialog.save_problems(tmp_path / "loi nhap.xlsx")
    sheet = load_workbook(saved)["Lỗi"]
    values = {r[:3] for r in sheet.iter_rows(values_only=True) if r and isinstance(r[0], int)}
    assert values == {(2, "Loại", "không rõ"), (2, "Hiệu lực từ", "31/02/2026"), (3, "Tên cơ quan", None)}
    dialog.grab().save(str(tmp_path / "preview-errors.png"))


def test_a_preview_with_nothing_to_do_says_so(qtbot, services: Services, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "cu.xlsx", [["Tên cơ quan"], ["Sở Y tế"], ["Sở Nội vụ"]])
    dialog = _preview(qtbot, services, path)
    assert dialog.summary.text().startswith("Nothing to import: all 2 rows of the file are already there")
    assert not dialog.import_button.isEnabled() and dialog.tabs.currentWidget() is dialog.unchanged
    assert dialog.unchanged.model().rowCount() == 2


def test_cancel_in_the_preview_writes_nothing(qtbot, services: Services, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    tab = RosterTab(services.roster, settings=services.settings)
    qtbot.addWidget(tab)
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    path = _sheet(tmp_path / "moi.xlsx", [["Tên cơ quan", "Ghi chú riêng"], ["Trang tin mới", "x"]])
    before = (services.roster.count(), services.history.count())
    run_job(tab, path, jobs(services)["agencies"], str)
    qtbot.waitUntil(lambda: bool(statuses), timeout=60000)
    assert statuses == ["Import cancelled: nothing was written"]
    assert (services.roster.count(), services.history.count()) == before
    assert services.settings.import_choices("agencies") == {}
