"""The Tiếp nhận báo cáo tab as a clerk uses it: find, record with a file, open it, import, export, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from hanoi_desk.app import Services
from hanoi_desk.domain.reports import Figures, ReceiptDraft, ReportStatus, ReportTexts
from hanoi_desk.ui import print_preview
from hanoi_desk.ui.import_dialog import ImportPreviewDialog
from hanoi_desk.ui.reports_tab import ReportsTab
from hanoi_desk.ui.table_model import ROW_ROLE

TODAY = date(2025, 12, 5)


@pytest.fixture
def tab(qtbot, services: Services) -> ReportsTab:
    widget = ReportsTab(services.reports, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.year.setValue(2025)
    return widget


def yte(services: Services) -> int:
    return services.roster.find_by_name("Sở Y tế").id


def shown(tab: ReportsTab) -> list[str]:
    return [tab.proxy.index(r, 0).data(ROW_ROLE).agency_name for r in range(tab.proxy.rowCount())]


def select(tab: ReportsTab, name: str) -> None:
    names = shown(tab)
    tab.view.selectRow(names.index(name))


def test_year_filters_and_folded_search(qtbot, services: Services, tab: ReportsTab) -> None:
    assert tab.proxy.rowCount() == 23
    assert "Đã nhận: <b>0 / 23</b>" in tab.summary_label.text() or "Received: <b>0 / 23</b>" in \
        tab.summary_label.text()
    tab.year.setValue(2024)
    assert tab.proxy.rowCount() == 58 and "Ủy ban nhân dân huyện Ứng Hòa" in shown(tab)
    tab.year.setValue(2025)
    qtbot.keyClicks(tab.search, "bao an ninh")
    assert shown(tab) == ["Báo An ninh Thủ đô"]
    tab.search.clear()
    services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 26)))
    tab.reload()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ReportStatus.LATE.value))
    assert shown(tab) == ["Sở Y tế"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("waiting"))
    assert len(shown(tab)) == 22 and "Sở Y tế" not in shown(tab)


def test_record_a_report_with_its_file_then_open_it(qtbot, services: Services, tab: ReportsTab,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    select(tab, "Sở Y tế")
    dialog = tab.open_dialog(tab.current())
    qtbot.addWidget(dialog)
    # A received date outside the year's round is refused beside the field; nothing is lost or written.
    dialog.received_on.setDate(QDate(2024, 12, 1))
    dialog.doc_number.insert("125/BC-SYT")
    dialog.figures["portal_items"].setValue(1234)
    scan = tmp_path / "Báo cáo Sở Y tế.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 100)
    dialog.attach_file(scan)
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["received_on"].isVisibleTo(dialog)
    assert services.reports.receipt_for(tab.current().agency_id, 2025) is None
    dialog.received_on.setDate(QDate(2025, 11, 24))
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved()
    assert saved is not None and saved.doc_number == "125/BC-SYT"
    assert saved.figures == Figures(portal_items=1234)  # the other spin boxes stayed at "—"
    tab.reload()
    select(tab, "Sở Y tế")
    assert tab.current().status is ReportStatus.ON_TIME
    assert tab.act_open_file.isEnabled()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    tab.act_open_file.trigger()
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.name == "Báo cáo Sở Y tế.pdf" and copy.read_bytes() == scan.read_bytes()


def test_delete_asks_first(qtbot, services: Services, tab: ReportsTab,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 20)))
    tab.reload()
    select(tab, "Sở Y tế")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    tab.act_delete.trigger()
    assert tab.current().receipt is not None
    tab.act_delete.trigger()
    assert services.reports.receipt_for(services.roster.find_by_name("Sở Y tế").id, 2025) is None


def test_import_a_tally_through_the_preview(qtbot, services: Services, tab: ReportsTab, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    book = Workbook()
    book.active.append(["Cơ quan", "Ngày nhận", "Số văn bản", "Ngày văn bản", "Fanpage chính thức"])
    book.active.append(["Sở Du lịch", "24/11/2025", "9/BC-SDL", "20/11/2025", 3])
    book.save(tmp_path / "tally.xlsx")
    previews: list[ImportPreviewDialog] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    task = tab.import_file(tmp_path / "tally.xlsx")
    with qtbot.waitSignal(task.sig_finished, timeout=10000):
        pass
    assert previews and previews[0].plan.ok and len(previews[0].plan.to_add) == 1
    select(tab, "Sở Du lịch")
    row = tab.current()
    assert row.status is ReportStatus.ON_TIME and row.figure("official_fanpages") == 3


def test_export_writes_what_the_view_shows(qtbot, services: Services, tab: ReportsTab,
                                           tmp_path: Path) -> None:
    services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 20)))
    tab.reload()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("received"))
    with qtbot.waitSignal(tab.sig_export_written, timeout=10000) as written:
        tab.export_file(tmp_path / "out.xlsx")
    assert written.args == [tmp_path / "out.xlsx"]
    values = [r for r in load_workbook(tmp_path / "out.xlsx").worksheets[0].iter_rows(values_only=True)
              if isinstance(r[0], int)]
    assert [(r[1], r[3]) for r in values] == [("Sở Y tế", "Đúng hạn")]


def test_office_text_is_saved_before_the_report_and_conflicts_are_shown(
        qtbot, services: Services, tab: ReportsTab, tmp_path: Path, shown_errors: list[str]) -> None:
    tab.shortcomings.setPlainText("Một số đơn vị gửi muộn.")
    tab.report_number.setText("12")
    with qtbot.waitSignal(tab.sig_export_written, timeout=20000):
        tab._ask_save_path = lambda *a: tmp_path / "bc.pdf"  # type: ignore[method-assign]
        tab.act_annual.trigger()
    assert services.reports.texts(2025).shortcomings == "Một số đơn vị gửi muộn."
    assert tab.last_pdf == tmp_path / "bc.pdf" and (tmp_path / "bc.pdf").stat().st_size > 1000
    # Someone else saves the text; this tab's next save is refused and says so.
    current = services.reports.texts(2025)
    services.reports.save_texts(ReportTexts(2025, "13", "Của người khác", ""), current.version)
    tab.proposals.setPlainText("Đề xuất của tôi")
    tab.save_texts.click()
    assert shown_errors and "đã được" in shown_errors[-1]
    assert services.reports.texts(2025).shortcomings == "Của người khác"


def test_ctrl_p_previews_the_annual_report(qtbot, tab: ReportsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    previewed: list[Path] = []
    sizes: list[int] = []

    def preview(_parent: object, path: Path) -> None:
        previewed.append(path)
        sizes.append(path.stat().st_size)

    monkeypatch.setattr(print_preview, "preview_pdf", preview)
    tab.act_print.trigger()
    qtbot.waitUntil(lambda: bool(previewed), timeout=20000)
    assert previewed[0].suffix == ".pdf" and sizes[0] > 1000
    assert not previewed[0].exists()  # a temporary file: gone when the preview closes
    written = tab.write_annual(tab.last_pdf or previewed[0].with_name("kept.pdf"))
    qtbot.waitUntil(lambda: tab.last_pdf is not None and tab.last_pdf.is_file(), timeout=20000)
    assert not written.is_running()
    tab.act_print.trigger()
    assert previewed[-1] == tab.last_pdf and tab.last_pdf.is_file()  # a saved document stays
