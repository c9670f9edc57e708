"""The Vận động tab as a clerk uses it: filter, add a site, record steps (a refused one too), ask to
quote, propose to the board, answer, enter articles, import, export, the lazy tab of the window."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from hanoi_desk.app import Services, open_services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind, ContactRole
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.outreach import CitationState, OutreachState, SiteDraft
from hanoi_desk.ui.outreach.dialogs import (
    ArticlesDialog,
    DecisionDialog,
    LettersDialog,
    ProposalDialog,
    RequestDialog,
    SiteDialog,
    StepDialog,
)
from hanoi_desk.ui.outreach.tab import OutreachTab
from hanoi_desk.ui.widgets.import_dialog import ImportPreviewDialog
from hanoi_desk.ui.widgets.table_model import ROW_ROLE

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

S = OutreachState
TODAY = date(2026, 12, 1)
MERGED = "Cơ quan Báo và Phát thanh, Truyền hình Hà Nội"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Links and files "opened": recorded, never launched."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toString()) or True)
    )
    return urls


@pytest.fixture
def svc(db_url: str) -> Iterator[Services]:
    services = open_services(db_url, seed=False, clock=FixedClock(TODAY))
    roster = services.roster
    merged = roster.create(AgencyDraft(name=MERGED, kind=AgencyKind.PRESS)).id
    roster.create(
        AgencyDraft(
            name="Báo Hànộimới", kind=AgencyKind.PRESS, active_to=date(2026, 1, 31), successor_id=merged
        )
    )
    roster.create(AgencyDraft(name="Tạp chí Người Hà Nội", kind=AgencyKind.PRESS))
    o = services.outreach
    moi = o.create_site(SiteDraft(name="Báo Mới", address="baomoi.com", staff="Lê Văn Cường")).id
    zing = o.create_site(SiteDraft(name="Zing News", address="znews.vn")).id
    o.create_site(SiteDraft(name="Mạng xã hội Gapo", address="gapo.vn", kind=AgencyKind.SOCIAL_NETWORK))
    o.move(moi, S.CONTACTED, date(2026, 3, 1), how="Điện thoại")
    o.move(zing, S.CONTACTED, date(2026, 3, 1), how="Công văn")
    o.move(zing, S.AGREED, date(2026, 3, 5))
    yield services
    services.close()


@pytest.fixture
def tab(qtbot, svc: Services, opened: list[str]) -> OutreachTab:
    widget = OutreachTab(svc.outreach, svc.clock, settings=svc.settings)
    qtbot.addWidget(widget)
    return widget


def names(tab: OutreachTab) -> list[str]:
    return [tab.proxy.index(r, 0).data(ROW_ROLE).name for r in range(tab.proxy.rowCount())]


def select(tab: OutreachTab, name: str) -> None:
    tab.pages.setCurrentIndex(0)
    tab.view.clearSelection()
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data(ROW_ROLE).name == name:
            tab.view.selectRow(row)


def test_filters_by_folded_text_kind_stage_and_citation(qtbot, tab: OutreachTab, svc: Services) -> None:
    assert names(tab) == ["Báo Mới", "Mạng xã hội Gapo", "Zing News"]
    assert "Showing 3 of 3 sites — 2 contacted, 1 agreed" in tab.count_label.text()
    qtbot.keyClicks(tab.search, "bao moi")
    assert names(tab) == ["Báo Mới"]
    tab.search.clear()
    tab.kind_filter.setCurrentIndex(tab.kind_filter.findData(AgencyKind.SOCIAL_NETWORK.value))
    assert names(tab) == ["Mạng xã hội Gapo"]
    tab.kind_filter.setCurrentIndex(0)
    tab.state_filter.setCurrentIndex(tab.state_filter.findData(S.AGREED.value))
    assert names(tab) == ["Zing News"]
    tab.state_filter.setCurrentIndex(0)
    zing = next(s for s in svc.outreach.list_sites() if s.name == "Zing News")
    svc.outreach.request_permissions(zing.id, [p.id for p in svc.outreach.press_agencies()])
    tab.reload()
    tab.permission_filter.setCurrentIndex(tab.permission_filter.findData("unsent"))
    assert names(tab) == ["Zing News"]
    assert tab.permissions_proxy.rowCount() == 2


def test_add_a_site_the_domain_shown_as_stored_and_a_duplicate_refused_beside_it(
    tab: OutreachTab, svc: Services, monkeypatch
) -> None:
    def fill(dialog: SiteDialog) -> int:
        dialog.name.insert("Báo Mới di động")
        dialog.address.insert("https://m.baomoi.com/ha-noi")
        assert "baomoi.com" in dialog.canonical.text()
        dialog.buttons.accepted.emit()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "Báo Mới" in dialog._errors["address"].text() and dialog._errors["address"].isVisibleTo(dialog)
        dialog.name.setText("Kênh 14")
        dialog.address.setText("https://kenh14.vn/")
        dialog.operator.insert("Công ty Cổ phần VCCorp")
        dialog._add_contact(ContactRole.FOCAL_POINT)
        dialog.contacts_model.setData(dialog.contacts_model.index(0, 0), "Phạm Văn Dũng")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(SiteDialog, "exec", fill)
    tab.act_add.trigger()
    kenh = next(s for s in svc.outreach.list_sites() if s.name == "Kênh 14")
    assert (kenh.domain, kenh.operator, kenh.person) == (
        "kenh14.vn",
        "Công ty Cổ phần VCCorp",
        "Phạm Văn Dũng",
    )
    assert [s.name for s in tab.selected()] == ["Kênh 14"]
    assert svc.roster.get(kenh.id).kind is AgencyKind.NEWS_SITE  # a site is an agency of the roster


def test_steps_are_offered_only_where_they_make_sense_and_a_refused_one_says_why(
    tab: OutreachTab, svc: Services, monkeypatch
) -> None:
    select(tab, "Mạng xã hội Gapo")
    assert tab.step_actions[S.CONTACTED].isEnabled() and not tab.step_actions[S.AGREED].isEnabled()
    select(tab, "Báo Mới")
    assert tab.step_actions[S.AGREED].isEnabled() and not tab.step_actions[S.COLUMN].isEnabled()

    def record(dialog: StepDialog) -> int:
        if dialog.target is S.REFUSED:
            dialog.buttons.accepted.emit()  # no reason: refused beside the field, nothing written
            assert dialog.result() != QDialog.DialogCode.Accepted
            assert dialog._errors["reason"].text() == "Cần ghi lý do từ chối."
            dialog.reason.setPlainText("Không bố trí được biên tập viên")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(StepDialog, "exec", record)
    tab.step_actions[S.REFUSED].trigger()
    moi = next(s for s in svc.outreach.list_sites() if s.name == "Báo Mới")
    assert (moi.state, moi.state_on, moi.reason) == (S.REFUSED, TODAY, "Không bố trí được biên tập viên")
    # A move the life cycle refuses, asked for anyway (a stale window): the reason is shown, nothing changes.
    stale = tab.current()

    def try_column(dialog: StepDialog) -> int:
        dialog.column_url.setText("baomoi.com/ha-noi")
        dialog.buttons.accepted.emit()
        assert "đã từ chối" in dialog.general_error.text()
        return dialog.result()

    monkeypatch.setattr(StepDialog, "exec", try_column)
    assert stale is not None
    tab.record_step(S.COLUMN)
    assert svc.outreach.get(moi.id).state is S.REFUSED
    row = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == "Báo Mới")
    assert tab.proxy.index(row, 3).data() == "Từ chối"


def test_ask_to_quote_propose_to_the_board_and_record_the_answer(
    qtbot,
    tab: OutreachTab,
    svc: Services,
    monkeypatch,
    tmp_path: Path,
    opened: list[str],
    shown_errors: list[str],
) -> None:
    select(tab, "Zing News")

    def ask(dialog: RequestDialog) -> int:
        assert [dialog.press.item(i).text() for i in range(dialog.press.count())] == [
            MERGED,
            "Tạp chí Người Hà Nội",
        ]  # the merged paper is not offered: its successor is
        dialog.press.item(0).setCheckState(dialog.press.item(0).checkState().Checked)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(RequestDialog, "exec", ask)
    tab.act_request.trigger()
    assert [(p.site_name, p.press_name, p.state) for p in svc.outreach.list_permissions()] == [
        ("Zing News", MERGED, CitationState.REQUESTED)
    ]

    seen: list[ProposalDialog] = []
    monkeypatch.setattr(ProposalDialog, "exec", lambda d: seen.append(d) or QDialog.DialogCode.Accepted)
    out = tmp_path / "de-nghi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.view.clearSelection()
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000) as written:
        tab.act_propose.trigger()
    assert written.args == [out] and shown_errors == []
    assert [r.site.name for r in seen[0].requests] == ["Zing News"]
    assert opened == [QUrl.fromLocalFile(str(out)).toString()]
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "trích dẫn nguồn tin" in text and "Zing News" in text
    assert [p.state for p in svc.outreach.list_permissions()] == [CitationState.SENT]
    # Nothing left: the tab says so instead of writing an empty letter.
    tab.act_propose.trigger()
    assert "nothing to propose" in shown_errors[-1]

    tab.pages.setCurrentIndex(1)
    tab.permissions_view.selectRow(0)
    assert tab.decision_actions[CitationState.ALLOWED].isEnabled()

    def answer(dialog: DecisionDialog) -> int:
        dialog.document.setText("Công văn số 12/BTGDVTU")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(DecisionDialog, "exec", answer)
    tab.decision_actions[CitationState.ALLOWED].trigger()
    [permission] = svc.outreach.list_permissions()
    assert (permission.state, permission.document, permission.decided_on) == (
        CitationState.ALLOWED,
        "Công văn số 12/BTGDVTU",
        TODAY,
    )
    assert tab.permissions_proxy.index(0, 2).data() == "Được phép trích dẫn"


def test_articles_entered_for_a_month_add_to_the_calendar(
    qtbot, tab: OutreachTab, svc: Services, monkeypatch
) -> None:
    tab.pages.setCurrentIndex(2)
    row = next(
        r for r in range(tab.articles_proxy.rowCount()) if tab.articles_proxy.index(r, 0).data() == "Báo Mới"
    )

    def enter(dialog: ArticlesDialog) -> int:
        assert dialog.month.date().toPython() == date(2026, 10, 1)
        dialog.count.setValue(9)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(ArticlesDialog, "exec", enter)
    tab._on_articles_view_double_clicked(tab.articles_proxy.index(row, 10))  # column T10
    row = next(
        r for r in range(tab.articles_proxy.rowCount()) if tab.articles_proxy.index(r, 0).data() == "Báo Mới"
    )
    assert tab.articles_proxy.index(row, 10).data() == "9" and tab.articles_proxy.index(row, 13).data() == "9"
    assert svc.outreach.figures(2026).articles_entered == 9


def test_letter_templates_are_edited_in_the_window(tab: OutreachTab, svc: Services, monkeypatch) -> None:
    def edit(dialog: LettersDialog) -> int:
        dialog.invitation_body.setPlainText("Kính mời {congty}.")
        dialog.buttons.accepted.emit()
        assert "{congty}" in dialog._errors["invitation_body"].text()
        dialog.invitation_body.setPlainText("{co_quan} kính mời {to_chuc} mở chuyên mục trên {trang}.")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(LettersDialog, "exec", edit)
    tab.act_letters.trigger()
    assert svc.outreach.letter_settings().invitation_body == (
        "{co_quan} kính mời {to_chuc} mở chuyên mục trên {trang}."
    )


def test_invitation_letter_for_the_selected_site(
    qtbot, tab: OutreachTab, monkeypatch, tmp_path: Path
) -> None:
    select(tab, "Báo Mới")
    out = tmp_path / "moi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.act_invite.trigger()
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "V/v phối hợp xây dựng chuyên mục về Hà Nội trên Báo Mới" in text
    assert "Kính gửi: Đơn vị chủ quản Báo Mới." in text


def test_import_previews_and_writes_all_rows_or_none(
    qtbot, tab: OutreachTab, svc: Services, monkeypatch, tmp_path: Path
) -> None:
    book = Workbook()
    book.active.append(
        ["Tên trang/mạng xã hội", "Loại", "Địa chỉ trang", "Tình trạng vận động", "Được trích dẫn nguồn"]
    )
    book.active.append(["Báo Mới", "", "www.baomoi.com", "Đồng ý", "Báo Hànộimới"])
    book.active.append(["VnExpress", "Trang TTĐT tổng hợp", "vnexpress.net", "Đã liên hệ", ""])
    file = tmp_path / "vd.xlsx"
    book.save(file)
    previews: list[ImportPreviewDialog] = []
    monkeypatch.setattr(
        ImportPreviewDialog, "exec", lambda d: previews.append(d) or QDialog.DialogCode.Accepted
    )
    with qtbot.waitSignal(tab.sig_status, timeout=60000, check_params_cb=lambda t: t.startswith("Imported")):
        tab.import_file(file)
    assert previews[0].plan.ok and len(previews[0].plan.to_add) == 1 and len(previews[0].plan.to_update) == 1
    updated = previews[0].updated.model()
    lines = [[str(updated.index(r, c).data()) for c in range(updated.columnCount())]
             for r in range(updated.rowCount())]
    assert ["2", "Báo Mới", "Tình trạng vận động", "Đã liên hệ", "Đồng ý"] in lines
    assert names(tab) == ["Báo Mới", "Mạng xã hội Gapo", "VnExpress", "Zing News"]
    moi = next(s for s in svc.outreach.list_sites() if s.name == "Báo Mới")
    assert moi.state is S.AGREED and moi.allowed == (MERGED,)


def test_an_extra_column_is_left_out_until_the_clerk_keeps_it_in_the_notes(
    qtbot, tab: OutreachTab, svc: Services, monkeypatch, tmp_path: Path
) -> None:
    from hanoi_desk.domain.imports import NOTES, ColumnChoice, header_key

    book = Workbook()
    book.active.append(["Tên trang/mạng xã hội", "Tên miền", "Số lượng chuyên mục"])
    book.active.append(["VnExpress", "vnexpress.net", 2])
    book.active.append(["Kênh 14", "kenh14.vn", None])
    file = tmp_path / "them cot.xlsx"
    book.save(file)
    seen: dict[str, object] = {}

    def look_then_keep(dialog: ImportPreviewDialog) -> QDialog.DialogCode:
        extra = dialog.columns.model()
        seen["row"] = [str(extra.index(2, c).data()) for c in (0, 1, 2)]
        seen["blocked"] = not dialog.import_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        box = dialog.choice_boxes[header_key("Số lượng chuyên mục")]
        seen["before"] = box.currentText()
        box.setCurrentIndex(box.findData(ColumnChoice(NOTES).encode()))  # what the clerk picks in the list
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=60000)
        dialog.grab().save(str(tmp_path / "outreach-preview.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", look_then_keep)
    with qtbot.waitSignal(tab.sig_status, timeout=60000, check_params_cb=lambda t: t.startswith("Imported")):
        tab.import_file(file)
    assert seen["row"] == ["C", "Số lượng chuyên mục", "1"] and seen["blocked"]
    assert seen["before"] == "Leave out" and "“Số lượng chuyên mục” (1)" in str(seen["summary"])
    vne = next(s for s in svc.outreach.list_sites() if s.name == "VnExpress")
    assert vne.notes == "Số lượng chuyên mục: 2"
    assert svc.settings.import_choices("outreach") == {header_key("Số lượng chuyên mục"): ColumnChoice(NOTES)}


def test_cancel_while_the_sites_are_saved_writes_nothing(
    qtbot, tab: OutreachTab, svc: Services, monkeypatch, tmp_path: Path
) -> None:
    from hanoi_desk.ui.widgets.tasks import Task

    book = Workbook()
    book.active.append(["Tên trang/mạng xã hội", "Tên miền", "Người phụ trách", "Đề nghị trích dẫn"])
    for n in range(1, 41):
        book.active.append([f"Trang tin số {n}", f"trangtin{n}.vn", f"Nguyễn Văn {n}",
                            "Tạp chí Người Hà Nội"])
    file = tmp_path / "dai.xlsx"
    book.save(file)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    started: list[Task] = []
    real_start = Task.start

    def start_then_press_cancel(task: Task) -> None:
        started.append(task)
        real_start(task)
        if len(started) == 2:  # the saving, after the preview
            task.dialog.canceled.emit()  # what the progress dialog's Cancel button emits

    monkeypatch.setattr(Task, "start", start_then_press_cancel)
    before = (svc.roster.count(), svc.history.count(), len(svc.outreach.list_permissions()))
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)
    tab.import_file(file)
    qtbot.waitUntil(lambda: "Cancelled: nothing was written" in statuses, timeout=60000)
    assert len(started) == 2
    assert (svc.roster.count(), svc.history.count(), len(svc.outreach.list_permissions())) == before
    assert names(tab) == ["Báo Mới", "Mạng xã hội Gapo", "Zing News"]
    assert svc.settings.import_choices("outreach") == {}


def test_export_writes_what_the_views_show(qtbot, tab: OutreachTab, tmp_path: Path) -> None:
    tab.state_filter.setCurrentIndex(tab.state_filter.findData(S.CONTACTED.value))
    out = tmp_path / "vd.xlsx"
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(out)
    sheet = load_workbook(out)["Trang, mạng xã hội"]
    assert [r[1] for r in sheet.iter_rows(min_row=5, values_only=True)] == ["Báo Mới"]
    assert "Tình trạng: Đã liên hệ" in sheet["A2"].value


def test_delete_asks_first(tab: OutreachTab, svc: Services, monkeypatch) -> None:
    select(tab, "Mạng xã hội Gapo")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.act_delete.trigger()
    assert len(svc.outreach.list_sites()) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    select(tab, "Mạng xã hội Gapo")
    tab.act_delete.trigger()
    assert names(tab) == ["Báo Mới", "Zing News"]
    assert svc.roster.find_by_name("Mạng xã hội Gapo") is None


def test_the_window_loads_the_tab_when_it_is_first_shown(qtbot, svc: Services) -> None:
    from hanoi_desk.ui.main_window import MainWindow

    window = MainWindow(svc)
    qtbot.addWidget(window)
    assert window.outreach_tab.model.rowCount() == 0  # not read at start-up
    window.tabs.setCurrentWidget(window.outreach_tab)
    assert window.outreach_tab.model.rowCount() == 3
    assert window.tabs.tabText(window.tabs.indexOf(window.outreach_tab)) == "Outreach"
    assert window.outreach_tab.act_propose in list(window.edit_menu.actions())
