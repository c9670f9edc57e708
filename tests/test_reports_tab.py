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
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.reports import Figures, ReceiptDraft, ReportStatus, ReportTexts
from hanoi_desk.ui.reports.tab import ReportsTab
from hanoi_desk.ui.widgets import print_preview
from hanoi_desk.ui.widgets.import_dialog import ImportPreviewDialog
from hanoi_desk.ui.widgets.table_model import ROW_ROLE

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

TODAY = date(2025, 12, 5)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def tab(qtbot, services: Services) -> ReportsTab:
    widget = ReportsTab(services.reports)
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
    assert tab.proxy.rowCount() == 149  # 16 departments, 126 communes, 7 press agencies
    assert "Đã nhận: <b>0 / 149</b>" in tab.summary_label.text() or "Received: <b>0 / 149</b>" in \
        tab.summary_label.text()
    tab.year.setValue(2024)
    assert tab.proxy.rowCount() == 59 and "Ủy ban nhân dân huyện Ứng Hòa" in shown(tab)
    tab.year.setValue(2025)
    qtbot.keyClicks(tab.search, "bao an ninh")
    assert shown(tab) == ["Báo An ninh Thủ đô"]
    tab.search.clear()
    services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 26)))
    tab.reload()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(ReportStatus.LATE.value))
    assert shown(tab) == ["Sở Y tế"]
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("waiting"))
    assert len(shown(tab)) == 148 and "Sở Y tế" not in shown(tab)


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
    with qtbot.waitSignal(task.sig_finished, timeout=60000):
        pass
    assert previews and previews[0].plan.ok and len(previews[0].plan.to_add) == 1
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)
    qtbot.waitUntil(lambda: bool(statuses), timeout=60000)  # saved in a Task, then the tab reloads
    select(tab, "Sở Du lịch")
    row = tab.current()
    assert row.status is ReportStatus.ON_TIME and row.figure("official_fanpages") == 3


def test_export_writes_what_the_view_shows(qtbot, services: Services, tab: ReportsTab,
                                           tmp_path: Path) -> None:
    services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 20)))
    tab.reload()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("received"))
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000) as written:
        tab.export_file(tmp_path / "out.xlsx")
    assert written.args == [tmp_path / "out.xlsx"]
    values = [r for r in load_workbook(tmp_path / "out.xlsx").worksheets[0].iter_rows(values_only=True)
              if isinstance(r[0], int)]
    assert [(r[1], r[3]) for r in values] == [("Sở Y tế", "Đúng hạn")]


def test_office_text_is_saved_before_the_report_and_conflicts_are_shown(
        qtbot, services: Services, tab: ReportsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tab.shortcomings.setPlainText("Một số đơn vị gửi muộn.")
    tab.report_number.setText("12")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(  # the clerk is asked, and says Save
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Save))
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab._ask_save_path = lambda *a: tmp_path / "bc.pdf"  # type: ignore[method-assign]
        tab.act_annual.trigger()
    assert asked and "III" in asked[0]
    assert services.reports.texts(2025).shortcomings == "Một số đơn vị gửi muộn."
    assert tab.last_pdf == tmp_path / "bc.pdf" and (tmp_path / "bc.pdf").stat().st_size > 1000
    # Someone else saves the text; this tab's next save is refused and says so.
    current = services.reports.texts(2025)
    services.reports.save_texts(ReportTexts(2025, "13", "Của người khác", ""), current.version)
    tab.proposals.setPlainText("Đề xuất của tôi")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *_a: questions.append(text) or QMessageBox.StandardButton.No))
    tab.save_texts.click()
    assert questions and "đã được" in questions[-1]
    assert tab.proposals.toPlainText() == "Đề xuất của tôi", "the clerk's text stays"
    assert services.reports.texts(2025).shortcomings == "Của người khác"


def _pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as doc:
        return " ".join((page.extract_text() or "") for page in doc.pages)


def test_ctrl_p_previews_the_annual_report_as_shown_now(
        qtbot, services: Services, tab: ReportsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+P writes the annual report afresh: never a reminder written earlier, never an older report."""
    previewed: list[Path] = []
    texts: list[str] = []

    def preview(_parent: object, path: Path) -> None:  # read while shown: the file goes when it closes
        previewed.append(path)
        texts.append(_pdf_text(path))

    monkeypatch.setattr(print_preview, "preview_pdf", preview)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(  # Ctrl+P asks before saving the text
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Save))
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.write_reminder(tmp_path / "nhac.pdf")
    assert tab.last_pdf == tmp_path / "nhac.pdf"
    tab.shortcomings.setPlainText("Phường Xuân La dùng mẫu cũ.")
    tab.act_print.trigger()
    qtbot.waitUntil(lambda: bool(previewed), timeout=60000)
    assert previewed[0] != tmp_path / "nhac.pdf" and not previewed[0].exists()
    assert "Xuân La" in texts[0]
    assert services.reports.texts(2025).shortcomings == "Phường Xuân La dùng mẫu cũ.", "saved before printing"
    assert len(asked) == 1, "asked first"
    tab.shortcomings.setPlainText("Xã Minh Châu thiếu số liệu.")
    tab.act_print.trigger()
    qtbot.waitUntil(lambda: len(previewed) == 2, timeout=60000)
    assert "Minh Châu" in texts[1] and "Xuân La" not in texts[1]


def test_unsaved_text_survives_reloads(qtbot, services: Services, tab: ReportsTab,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    tab.report_number.setText("15")
    tab.shortcomings.setPlainText("Chưa lưu")
    tab.act_reload.trigger()  # F5
    services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 26)))
    select(tab, "Sở Y tế")
    tab.reload()  # as after recording, deleting, importing, settings or a restore
    assert tab.report_number.text() == "15" and tab.shortcomings.toPlainText() == "Chưa lưu"
    assert tab.texts_changed()
    assert tab.save_texts_now()
    version = services.reports.texts(2025).version
    services.reports.save_texts(ReportTexts(2025, "16", "Của người khác", ""), version)
    tab.reload()  # nothing unsaved here: the other clerk's text appears
    assert tab.report_number.text() == "16" and tab.shortcomings.toPlainText() == "Của người khác"


def test_a_failed_save_on_a_year_change_keeps_the_year_and_the_text(
        qtbot, services: Services, tab: ReportsTab, monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *_a: questions.append(text) or QMessageBox.StandardButton.No))
    services.reports.save_texts(ReportTexts(2025, "16", "Của người khác", ""), 0)  # after the tab loaded
    tab.shortcomings.setPlainText("Của tôi")
    tab.year.setValue(2024)
    assert len(questions) == 1 and "đã được" in questions[0]
    assert tab.year.value() == 2025 and tab.shortcomings.toPlainText() == "Của tôi"
    assert shown(tab) and tab.count_label.text().endswith("2025)")
    assert services.reports.texts(2025).shortcomings == "Của người khác"
    # "Load the latest": the other clerk's text, this clerk's own on the clipboard to paste back.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    assert not tab.save_texts_now()
    assert tab.shortcomings.toPlainText() == "Của người khác" and not tab.texts_changed()
    from PySide6.QtGui import QGuiApplication

    assert "Của tôi" in QGuiApplication.clipboard().text()
    tab.year.setValue(2024)
    assert tab.year.value() == 2024


def test_saved_by_shows_local_time(qtbot, services: Services, tab: ReportsTab, monkeypatch) -> None:
    import time as time_module
    from datetime import timedelta

    if not hasattr(time_module, "tzset"):
        pytest.skip("time zones are switched with tzset (POSIX)")
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time_module.tzset()
    try:
        tab.report_number.setText("15")
        assert tab.save_texts_now()
        utc = services.reports.texts(2025).updated_at
        assert f"{utc + timedelta(hours=7):%H:%M %d/%m/%Y}" in tab.texts_info.text()
    finally:
        monkeypatch.undo()
        time_module.tzset()


@pytest.mark.parametrize("answer", ["cancel", "discard", "save", "save fails"])
def test_closing_the_window_asks_about_unsaved_report_text(
        qtbot, services: Services, monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    from hanoi_desk.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    reports = window.reports_tab
    year = reports.selected_year()
    asked: list[str] = []
    buttons = {"cancel": QMessageBox.StandardButton.Cancel, "discard": QMessageBox.StandardButton.Discard,
               "save": QMessageBox.StandardButton.Save, "save fails": QMessageBox.StandardButton.Save}

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        assert [b.text() for b in box.buttons()] and box.button(QMessageBox.StandardButton.Discard)
        return int(buttons[answer].value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a: QMessageBox.StandardButton.No))
    assert window.close(), "nothing unsaved: the window closes without a question"
    assert asked == []
    window.show()
    reports.proposals.setPlainText("Đề xuất chưa lưu")
    if answer == "save fails":
        services.reports.save_texts(ReportTexts(year, "9", "Của người khác", ""), 0)
    closed = window.close()
    assert len(asked) == 1 and str(year) in asked[0]
    stored = services.reports.texts(year)
    if answer in ("cancel", "save fails"):
        assert not closed and window.isVisible()
        assert reports.proposals.toPlainText() == "Đề xuất chưa lưu"
        assert stored.proposals == ""
        reports.proposals.setPlainText(reports._texts.proposals)  # let the fixture close it quietly
    else:
        assert closed
        assert stored.proposals == ("Đề xuất chưa lưu" if answer == "save" else "")
        reports._load_texts(year)
