"""The fanpage tab as a clerk uses it: filter, add, refuse a duplicate, propose, record steps, suspects."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import SIGNAL, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind
from hanoi_desk.domain.fanpage import FanpageDraft, ImpersonatorStatus, Platform, VerificationState
from hanoi_desk.ui.fanpages.dialogs import FanpageDialog, ImpersonatorDialog, ProposalDialog, StepDialog
from hanoi_desk.ui.fanpages.tab import FanpageTab
from hanoi_desk.ui.widgets.import_dialog import ImportPreviewDialog
from hanoi_desk.ui.widgets.table_model import ROW_ROLE

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

S = VerificationState


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Links and files "opened in the browser": recorded, never launched."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toString()) or True)
    )
    return urls


@pytest.fixture
def tab(qtbot, services: Services, opened: list[str]) -> FanpageTab:
    roster = services.roster
    kiem = roster.create(AgencyDraft(name="UBND phường Hoàn Kiếm", kind=AgencyKind.COMMUNE)).id
    mai = roster.create(AgencyDraft(name="UBND phường Hoàng Mai", kind=AgencyKind.COMMUNE)).id
    for draft in (
        FanpageDraft(
            roster.find_by_name("Sở Y tế").id, "facebook.com/soytehanoi", "Sở Y tế Hà Nội", followers=1000
        ),
        FanpageDraft(roster.find_by_name("Sở Y tế").id, "zalo.me/4178245638285443143", "Sở Y tế Hà Nội"),
        FanpageDraft(roster.find_by_name("Sở Du lịch").id, "youtube.com/@dulichhanoi", "Du lịch Hà Nội"),
        FanpageDraft(kiem, "facebook.com/ubndhoankiem", "UBND phường Hoàn Kiếm"),
        FanpageDraft(mai, "facebook.com/ubndhoangmai", "UBND phường Hoàng Mai"),
        FanpageDraft(
            roster.find_by_name("Sở Nội vụ").id, "facebook.com/fansonoivu", "Fan Sở Nội vụ", official=False
        ),
    ):
        services.fanpages.create(draft)
    widget = FanpageTab(services.fanpages, services.roster, services.settings)
    qtbot.addWidget(widget)
    return widget


def names(tab: FanpageTab) -> list[str]:
    return [tab.proxy.index(r, 0).data(ROW_ROLE).name for r in range(tab.proxy.rowCount())]


def select(tab: FanpageTab, *page_names: str) -> None:
    tab.view.clearSelection()
    selection = tab.view.selectionModel()
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, 0)
        if index.data(ROW_ROLE).name in page_names:
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_filters_by_text_agency_kind_platform_and_state(qtbot, tab: FanpageTab) -> None:
    assert tab.proxy.rowCount() == 6
    assert "6 pages" in tab.count_label.text() and "5 official" in tab.count_label.text()
    qtbot.keyClicks(tab.search, "hoan kiem")
    assert names(tab) == ["UBND phường Hoàn Kiếm"]
    tab.search.clear()
    tab.platform_filter.setCurrentIndex(tab.platform_filter.findData(Platform.FACEBOOK.value))
    assert len(names(tab)) == 4
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(AgencyKind.COMMUNE.value))
    assert sorted(names(tab)) == ["UBND phường Hoàn Kiếm", "UBND phường Hoàng Mai"]
    tab.kind_filter.setCurrentIndex(0)
    tab.platform_filter.setCurrentIndex(0)
    tab.agency_filter.setCurrentIndex(tab.agency_filter.findText("Sở Y tế (SYT)"))
    assert names(tab) == ["Sở Y tế Hà Nội", "Sở Y tế Hà Nội"]
    tab.agency_filter.setCurrentIndex(0)
    tab.state_filter.setCurrentIndex(tab.state_filter.findData("unofficial"))
    assert names(tab) == ["Fan Sở Nội vụ"]
    tab.state_filter.setCurrentIndex(tab.state_filter.findData(S.NOT_REQUESTED.value))
    assert len(names(tab)) == 5


def test_per_agency_counts_and_share_verified(services: Services, tab: FanpageTab) -> None:
    ids = [p.id for p in services.fanpages.list_pages() if p.agency_name == "Sở Y tế"]
    services.fanpages.transition(ids, S.PROPOSED, date.today(), letter_number="5/STTTT-TTBCXB")
    services.fanpages.transition(ids[:1], S.VERIFIED, date.today())
    tab.reload()
    rows = {tab.counts_proxy.index(r, 0).data(): r for r in range(tab.counts_proxy.rowCount())}
    row = rows["Sở Y tế"]
    assert [tab.counts_proxy.index(row, c).data() for c in range(2, 6)] == ["2", "2", "1", "50%"]
    assert tab.counts_proxy.index(rows["Sở Nội vụ"], 5).data() == ""  # no official page: no share
    assert "1 verified (20%)" in tab.count_label.text()


def test_add_a_page_and_a_duplicate_is_refused_beside_the_address(
    qtbot, tab: FanpageTab, services: Services, monkeypatch, shown_errors: list[str]
) -> None:
    dialogs: list[FanpageDialog] = []

    def fill(dialog: FanpageDialog) -> int:
        dialogs.append(dialog)
        dialog.agency.setCurrentIndex(dialog.agency.findData(services.roster.find_by_name("Sở Du lịch").id))
        dialog.name.insert("Du lịch Hà Nội")
        dialog.url.insert("https://m.facebook.com/SoYTeHaNoi/?ref=bookmarks")
        dialog.buttons.accepted.emit()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "Sở Y tế" in dialog._errors["url"].text() and dialog._errors["url"].isVisibleTo(dialog)
        assert "https://www.facebook.com/SoYTeHaNoi" in dialog.canonical.text()
        dialog.url.setText("https://www.facebook.com/dulichhanoi?fbclid=abc")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(FanpageDialog, "exec", fill)
    tab.act_add.trigger()
    assert (
        services.fanpages.find_by_url("facebook.com/DuLichHaNoi").url
        == "https://www.facebook.com/dulichhanoi"
    )
    assert [p.name for p in tab.selected()] == ["Du lịch Hà Nội"]
    assert shown_errors == []  # not like another agency's page


def test_a_page_named_like_another_agencys_official_page_is_warned_about(
    tab: FanpageTab, services: Services, monkeypatch, shown_errors: list[str]
) -> None:
    def fill(dialog: FanpageDialog) -> int:
        dialog.agency.setCurrentIndex(dialog.agency.findData(services.roster.find_by_name("Sở Du lịch").id))
        dialog.name.insert("Phường Hoàn Kiếm - Tin tức")
        dialog.url.insert("facebook.com/tintuchoankiem")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(FanpageDialog, "exec", fill)
    tab.act_add.trigger()
    assert len(shown_errors) == 1 and "UBND phường Hoàn Kiếm" in shown_errors[0]


def test_propose_writes_one_letter_per_company_and_marks_the_pages(
    qtbot,
    tab: FanpageTab,
    services: Services,
    monkeypatch,
    tmp_path: Path,
    opened: list[str],
    shown_errors: list[str],
) -> None:
    select(tab, "Sở Y tế Hà Nội", "Fan Sở Nội vụ")
    seen: list[ProposalDialog] = []

    def accept(dialog: ProposalDialog) -> int:
        seen.append(dialog)
        assert not dialog.number.isEnabled()  # two letters: the văn thư numbers each
        return QDialog.DialogCode.Accepted

    out = tmp_path / "letter.pdf"
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)
    monkeypatch.setattr(ProposalDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000) as written:
        tab.act_propose.trigger()
    facebook, zalo = tmp_path / "letter-facebook.pdf", tmp_path / "letter-zalo.pdf"
    assert written.args == [facebook] and shown_errors == []
    # The unofficial page was left out; the two official pages go to two companies.
    assert [p.name for p in seen[0].pages] == ["Sở Y tế Hà Nội", "Sở Y tế Hà Nội"]
    assert [company for company, _pages in seen[0].groups] == [
        "Công ty Meta Platforms, Inc. (Facebook)", "Công ty Cổ phần VNG (Zalo)"]
    proposed = [p for p in services.fanpages.list_pages() if p.state is S.PROPOSED]
    assert {p.letter_number for p in proposed} == {""} and len(proposed) == 2  # no number stored
    assert opened == [QUrl.fromLocalFile(str(f)).toString() for f in (facebook, zalo)]  # to be printed
    assert not out.exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(zalo), "-"], capture_output=True, text=True).stdout
        assert "Công ty Cổ phần VNG (Zalo)" in text and "zalo.me/4178245638285443143" in text
        assert "Meta" not in text and "DỰ THẢO" in text  # the office is not set in this database
    assert any("DỰ THẢO" in line and "office.name" in line for line in statuses)  # the window says why


def test_a_single_letter_takes_the_number_the_van_thu_gave(
    qtbot, tab: FanpageTab, services: Services, monkeypatch, tmp_path: Path
) -> None:
    select(tab, "Du lịch Hà Nội")

    def accept(dialog: ProposalDialog) -> int:
        dialog.number.setText("17")
        return QDialog.DialogCode.Accepted

    out = tmp_path / "letter.pdf"
    monkeypatch.setattr(ProposalDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.act_propose.trigger()
    page = next(p for p in services.fanpages.list_pages() if p.name == "Du lịch Hà Nội")
    assert page.letter_number == "17/"  # no office symbol set yet
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Số: 17/" in text and "Công ty Google LLC (YouTube)" in text


def test_record_steps_for_the_selection(qtbot, tab: FanpageTab, services: Services, monkeypatch) -> None:
    select(tab, "Du lịch Hà Nội")
    assert not tab.step_actions[S.VERIFIED].isEnabled()  # not proposed yet
    assert tab.step_actions[S.PROPOSED].isEnabled()

    def record(dialog: StepDialog) -> int:
        if dialog.target is S.PROPOSED:
            dialog.letter_number.setText("3/STTTT-TTBCXB")
        if dialog.target is S.REFUSED:
            dialog.buttons.accepted.emit()  # no reason: refused beside the field, nothing written
            assert dialog.result() != QDialog.DialogCode.Accepted and dialog._errors["reason"].text()
            dialog.reason.setPlainText("Chưa đủ điều kiện")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(StepDialog, "exec", record)
    tab.step_actions[S.PROPOSED].trigger()
    select(tab, "Du lịch Hà Nội")
    assert tab.step_actions[S.SENT].isEnabled()
    tab.step_actions[S.REFUSED].trigger()
    page = services.fanpages.find_by_url("youtube.com/@dulichhanoi")
    assert page.state is S.REFUSED and page.reason == "Chưa đủ điều kiện"
    assert [e.state for e in services.fanpages.history(page.id)] == [S.PROPOSED, S.REFUSED]
    select(tab, "Du lịch Hà Nội")
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 2).data() == "Du lịch Hà Nội")
    assert tab.proxy.index(row, 5).data() == "Bị từ chối"


def test_open_in_browser(tab: FanpageTab, opened: list[str]) -> None:
    select(tab, "Du lịch Hà Nội")
    tab.act_open.trigger()
    assert opened == ["https://www.youtube.com/@dulichhanoi"]


def test_add_a_suspected_page_flags_the_page_it_imitates(
    qtbot, tab: FanpageTab, services: Services, monkeypatch, shown_errors: list[str]
) -> None:
    def fill(dialog: ImpersonatorDialog) -> int:
        dialog.url.insert("https://www.facebook.com/ubnd.hoankiem.news")
        dialog.name.insert("Ubnd phuong Hoan Kiem - Tin tuc")
        dialog.evidence.setPlainText("Đăng tin giả")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(ImpersonatorDialog, "exec", fill)
    tab.act_add_suspect.trigger()
    assert tab.pages_tabs.currentIndex() == 2 and tab.suspects_proxy.rowCount() == 1
    assert "UBND phường Hoàn Kiếm" in shown_errors[0]  # "looks like …" information box
    assert tab.suspects_proxy.index(0, 4).data() == "UBND phường Hoàn Kiếm"
    tab.suspects_view.selectRow(0)
    tab.suspect_status_actions[ImpersonatorStatus.REPORTED].trigger()
    [suspect] = services.fanpages.impersonators.list_all()
    assert suspect.status is ImpersonatorStatus.REPORTED and suspect.reported_on == date.today()
    assert "Impersonating pages (1)" in tab.pages_tabs.tabText(2) or "(1)" in tab.pages_tabs.tabText(2)


def test_delete_asks_first(tab: FanpageTab, services: Services, monkeypatch) -> None:
    select(tab, "Fan Sở Nội vụ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.act_delete.trigger()
    assert services.fanpages.count() == 6
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    select(tab, "Fan Sở Nội vụ")
    tab.act_delete.trigger()
    assert services.fanpages.count() == 5 and "Fan Sở Nội vụ" not in names(tab)


def test_export_writes_what_the_view_shows(qtbot, tab: FanpageTab, tmp_path: Path) -> None:
    tab.platform_filter.setCurrentIndex(tab.platform_filter.findData(Platform.FACEBOOK.value))
    shown = [p.url for p in tab.proxy.visible_rows()]
    out = tmp_path / "pages.xlsx"
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(out)
    sheet = load_workbook(out)["Trang fanpage"]
    assert [r[5] for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)] == shown
    assert "Nền tảng: Facebook" in sheet["A2"].value


def test_import_preview_then_all_rows(
    qtbot, tab: FanpageTab, services: Services, tmp_path: Path, monkeypatch, shown_errors: list[str]
) -> None:
    book = Workbook()
    for row in (
        ["Cơ quan / Đơn vị", "Tên trang", "Nền tảng", "Link", "Số người theo dõi"],
        ["SDL", "Hanoi Tourism", "Facebook", "facebook.com/visithanoi", 310000],
        ["Sở Y tế", "Sở Y tế Hà Nội", "Facebook", "m.facebook.com/soytehanoi", 1500],
    ):
        book.active.append(row)
    book.save(tmp_path / "pages.xlsx")
    seen: list[ImportPreviewDialog] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    tab.import_file(tmp_path / "pages.xlsx")
    # The rows are committed by the saving task before the tab reloads: wait for what the clerk sees.
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 7 or bool(shown_errors), timeout=60000)
    assert shown_errors == [] and seen[0].added.model().rowCount() == 1
    updated = seen[0].updated.model()  # one row per field changed: the count, and its date (the file has
    # none: the old date no longer goes with the new count)
    assert {updated.index(r, 2).data() for r in range(updated.rowCount())} == {"Số người theo dõi",
                                                                               "Ngày thống kê"}
    assert tab.proxy.rowCount() == 7
    assert services.fanpages.find_by_url("facebook.com/soytehanoi").followers == 1500



def test_focus_leaving_the_agency_filter_calls_nothing(tab: FanpageTab) -> None:
    """editingFinished also fires while the window is torn down, when the combo may be deleted: the
    filter follows the chosen item (currentIndexChanged) and Enter, never focus leaving."""
    from PySide6.QtWidgets import QComboBox

    plain = QComboBox()
    plain.setEditable(True)  # Qt's own connections, for comparison
    edit = tab.agency_filter.lineEdit()
    finished = SIGNAL("editingFinished()")
    assert edit.receivers(finished) == plain.lineEdit().receivers(finished)
    assert edit.receivers(SIGNAL("returnPressed()")) >= 1
