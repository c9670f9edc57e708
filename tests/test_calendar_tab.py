"""The content calendar tab as a clerk uses it: the month grid, the dialogs, the status buttons, exports."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from hanoi_desk.app import Services
from hanoi_desk.domain.calendar import (
    ContentDraft,
    Distribution,
    Domain,
    EditScope,
    Party,
    Period,
    Publication,
    Repeat,
    Status,
)
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.imports import ImportPlan, PlannedRow
from hanoi_desk.ui.calendar import dialogs as calendar_dialog
from hanoi_desk.ui.calendar.dialogs import AgreeDialog, ContentItemDialog, DistributeDialog, PublishDialog
from hanoi_desk.ui.calendar.tab import LIST, MONTH, WEEK, CalendarTab

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

DECEMBER = date(2026, 12, 10)


@pytest.fixture
def tab(qtbot, services: Services) -> Iterator[CalendarTab]:
    widget = CalendarTab(services.calendar, services.roster, services.settings)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.set_mode(MONTH)
    widget.go_to(DECEMBER)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    # Collect the tab's reference cycles (model -> row style -> tab) here, on the GUI thread: left to
    # a later collection, they could be collected on an export's worker thread.
    widget.close()
    gc.collect()


def _item(services: Services, title: str, day: date, **kw: object):
    kw.setdefault("domains", (Domain.ECONOMY,))
    return services.calendar.create(ContentDraft(title=title, day=day, **kw))  # type: ignore[arg-type]


def test_double_click_a_day_add_an_item_and_see_it_on_that_day(qtbot, tab: CalendarTab, services: Services,
                                                                 monkeypatch) -> None:
    day = date(2026, 12, 17)
    opened: list[date] = []

    def fill_and_save(dialog: ContentItemDialog) -> int:
        opened.append(dialog.day.date().toPython())
        dialog.title.insert("Hội nghị xúc tiến đầu tư Hà Nội")  # QTest types ASCII only
        dialog.set_domains([Domain.ECONOMY, Domain.POLITICS])
        dialog.agency.setCurrentIndex(dialog.agency.findText("Sở Tài chính"))
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(ContentItemDialog, "exec", fill_and_save)
    grid = tab.month_grid
    cell = grid.day_rect(day)
    assert grid.items_on(day) == []
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=cell.center())
    assert opened == [day], "the dialog opens on the day that was double-clicked"
    shown = grid.items_on(day)
    assert [i.title for i in shown] == ["Hội nghị xúc tiến đầu tư Hà Nội"]
    assert shown[0].agency_name == "Sở Tài chính" and shown[0].status is Status.PROPOSED
    chip = grid.item_rect(shown[0].id)
    assert chip is not None and cell.contains(chip), "drawn inside that day's cell"
    assert grid.selected_item().id == shown[0].id
    assert "1 / 1" in tab.count_label.text() or "1 of 1" in tab.count_label.text()


def test_a_refused_save_keeps_the_dialog_open_with_the_reason(qtbot, services: Services) -> None:
    dialog = ContentItemDialog(services.calendar, services.roster.list_agencies(), day=DECEMBER)
    qtbot.addWidget(dialog)
    dialog.title.insert("Tin không có lĩnh vực")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._errors["domains"].isVisibleTo(dialog)
    assert "lĩnh vực" in dialog._errors["domains"].text()
    assert services.calendar.count() == 0


def test_new_monthly_series_from_the_dialog(qtbot, services: Services) -> None:
    dialog = ContentItemDialog(services.calendar, services.roster.list_agencies(), day=date(2027, 1, 31))
    qtbot.addWidget(dialog)
    dialog.title.insert("Bản tin tháng")
    dialog.set_domains([Domain.SOCIETY])
    dialog.period.setCurrentIndex(dialog.period.findData(Period.MONTHLY.value))
    dialog.repeat_box.setChecked(True)
    dialog.count.setValue(3)
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [i.day for i in services.calendar.list_items()] == [date(2027, 1, 31), date(2027, 2, 28),
                                                               date(2027, 3, 31)]


def test_status_moves_from_the_buttons(qtbot, tab: CalendarTab, services: Services, monkeypatch) -> None:
    item = _item(services, "Lễ hội hoa", date(2026, 12, 3))
    tab.reload()
    grid = tab.month_grid
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.item_rect(item.id).center())
    assert tab.current().id == item.id
    assert tab.act_agree.isEnabled()
    assert not tab.act_distribute.isEnabled() and not tab.act_publish.isEnabled()

    def agree(dialog: AgreeDialog) -> int:
        dialog.who.setText("Nguyễn Văn A")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(AgreeDialog, "exec", agree)
    tab.act_agree.trigger()
    assert tab.current().status_text == "Đề xuất (1/2 bên thống nhất)"
    assert tab.act_agree.isEnabled()
    tab.act_agree.trigger()
    assert tab.current().status is Status.AGREED
    assert tab.act_distribute.isEnabled() and not tab.act_agree.isEnabled()

    site = services.roster.find_by_name("Báo An ninh Thủ đô")  # active today: offered in the list

    def distribute(dialog: DistributeDialog) -> int:
        dialog.check(site.id)
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(DistributeDialog, "exec", distribute)
    tab.act_distribute.trigger()
    assert tab.current().status is Status.DISTRIBUTED
    assert tab.act_publish.isEnabled()

    refused: list[str] = []

    def publish_without_link_then_with(dialog: PublishDialog) -> int:
        dialog.url.setText("not a link")
        dialog.buttons.accepted.emit()
        refused.append(dialog.error.text())
        dialog.url.setText("https://anninhthudo.vn/le-hoi-hoa")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(PublishDialog, "exec", publish_without_link_then_with)
    tab.act_publish.trigger()
    assert "không hợp lệ" in refused[0]
    done = services.calendar.get(item.id)
    assert done.status is Status.PUBLISHED and done.publications[0].where == "Báo An ninh Thủ đô"
    assert not tab.act_cancel.isEnabled(), "a published item cannot be cancelled"


def test_editing_one_occurrence_asks_which_ones(qtbot, tab: CalendarTab, services: Services,
                                                monkeypatch) -> None:
    first = services.calendar.create(
        ContentDraft("Bản tin tuần", date(2026, 12, 7), Period.WEEKLY, (Domain.POLITICS,)), Repeat(count=4))
    tab.reload()
    second = services.calendar.series_items(first.series_id)[1]
    asked: list[bool] = []
    monkeypatch.setattr(calendar_dialog, "ask_scope", lambda _p: asked.append(True) or EditScope.FOLLOWING)

    def rename(dialog: ContentItemDialog) -> int:
        dialog.title.setText("Bản tin tuần (mới)")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(ContentItemDialog, "exec", rename)
    grid = tab.month_grid
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.item_rect(second.id).center())
    assert asked == [True]
    assert [i.title for i in services.calendar.series_items(first.series_id)] == [
        "Bản tin tuần", "Bản tin tuần (mới)", "Bản tin tuần (mới)", "Bản tin tuần (mới)"]
    assert [i.title for i in grid.items_on(date(2026, 12, 14))] == ["Bản tin tuần (mới)"]


def test_skip_from_the_context_actions_hides_one_occurrence(qtbot, tab: CalendarTab,
                                                            services: Services) -> None:
    first = services.calendar.create(
        ContentDraft("Bản tin tuần", date(2026, 12, 7), Period.WEEKLY, (Domain.POLITICS,)), Repeat(count=3))
    tab.reload()
    tab.select_item(services.calendar.series_items(first.series_id)[1].id)
    assert tab.act_skip.isEnabled()
    tab.act_skip.trigger()
    assert tab.month_grid.items_on(date(2026, 12, 14)) == []
    assert len(tab.month_grid.items_on(date(2026, 12, 21))) == 1
    tab.show_skipped.setChecked(True)
    assert len(tab.month_grid.items_on(date(2026, 12, 14))) == 1


@pytest.mark.parametrize("clock", [FixedClock(date(2026, 12, 1))])  # the day this test used to fail
def test_filters_overdue_and_the_due_count(qtbot, tab: CalendarTab, services: Services) -> None:
    today = date(2026, 12, 1)
    _item(services, "Quá hạn chưa đăng", today - timedelta(days=3), domains=(Domain.CULTURE,))
    _item(services, "Đến hạn tuần này", today, domains=(Domain.ECONOMY,))
    tab.go_to(today)
    assert "Quá hạn" in tab.due_label.text() or "Overdue" in tab.due_label.text()
    assert "<b>1</b>" in tab.due_label.text()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("overdue"))
    # November's item, listed on 1 December
    assert [i.title for i in tab.visible_items()] == ["Quá hạn chưa đăng"]
    assert tab.mode() == LIST and tab.view.isVisible()
    assert "1 / 1" in tab.count_label.text() or "1 of 1" in tab.count_label.text()
    qtbot.keyClicks(tab.search, "qua han")
    assert [i.title for i in tab.visible_items()] == ["Quá hạn chưa đăng"]
    tab.search.clear()
    tab.status_filter.setCurrentIndex(0)
    assert tab.mode() == MONTH, "leaving the overdue list returns to the month the clerk had"
    assert tab.current_range() == (date(2026, 12, 1), date(2026, 12, 31))
    tab.domain_filter.setCurrentIndex(tab.domain_filter.findData(Domain.ECONOMY.value))
    assert [i.title for i in tab.visible_items()] == ["Đến hạn tuần này"]
    tab.domain_filter.setCurrentIndex(0)


@pytest.mark.parametrize("clock", [FixedClock(date(2026, 12, 10))])
def test_overdue_lists_every_open_item_of_any_month_and_year(qtbot, tab: CalendarTab,
                                                             services: Services) -> None:
    old = _item(services, "Tồn từ năm trước", date(2025, 10, 6))
    _item(services, "Tồn tháng trước", date(2026, 11, 2))
    _item(services, "Có hạn đăng đã qua", date(2026, 9, 1), due_date=date(2026, 12, 9))
    _item(services, "Còn hạn đăng", date(2026, 9, 1), due_date=date(2026, 12, 10))
    published = _item(services, "Đã đăng", date(2026, 11, 3))
    services.calendar.agree(published.id, Party.PROPAGANDA_BOARD, "A", date(2026, 11, 3), "", 1)
    published = services.calendar.get(published.id)
    services.calendar.agree(published.id, Party.PC_OFFICE, "B", date(2026, 11, 3), "", published.version)
    published = services.calendar.get(published.id)
    services.calendar.distribute(published.id, [Distribution("Cổng TTĐT", date(2026, 11, 4))], "",
                                 published.version)
    published = services.calendar.get(published.id)
    services.calendar.publish(published.id, Publication("Cổng TTĐT", date(2026, 11, 4)), "",
                              published.version)
    cancelled = _item(services, "Đã hủy", date(2026, 11, 5))
    services.calendar.cancel(cancelled.id, "Trùng", date(2026, 11, 6), cancelled.version)
    tab.go_to(date(2026, 12, 10))
    assert "<b>3</b>" in tab.due_label.text().split("overdue")[-1]
    with qtbot.waitSignal(tab.sig_status):
        tab.due_label.linkActivated.emit("overdue")  # the clerk clicks the overdue count
    assert sorted(i.title for i in tab.visible_items()) == ["Có hạn đăng đã qua", "Tồn tháng trước",
                                                             "Tồn từ năm trước"]
    assert tab.mode() == LIST
    assert "3" in tab.range_label.text()
    assert not tab.act_previous.isEnabled() and not tab.act_next.isEnabled()
    assert tab.current_range() == (old.day, date(2026, 11, 2))
    tab.act_today.trigger()
    assert tab.focus() is None and tab.current_range() == (date(2026, 12, 1), date(2026, 12, 31))


@pytest.mark.parametrize("clock", [FixedClock(date(2026, 12, 31))])  # ISO week 53: Mon 28/12 … Sun 3/1/2027
def test_due_this_week_spans_two_years(qtbot, tab: CalendarTab, services: Services, tmp_path: Path) -> None:
    _item(services, "Thứ Hai tuần 53", date(2026, 12, 28))
    _item(services, "Chủ nhật 03/01/2027", date(2027, 1, 3))
    _item(services, "Hạn đăng 02/01/2027", date(2026, 12, 1), due_date=date(2027, 1, 2))
    _item(services, "Tuần sau", date(2027, 1, 4))
    _item(services, "Tuần trước", date(2026, 12, 27))
    tab.go_to(date(2026, 12, 31))
    assert "<b>3</b>" in tab.due_label.text().split("overdue")[0]
    tab.due_label.linkActivated.emit("due_week")
    assert sorted(i.title for i in tab.visible_items()) == ["Chủ nhật 03/01/2027", "Hạn đăng 02/01/2027",
                                                             "Thứ Hai tuần 53"]
    assert tab.current_range() == (date(2026, 12, 28), date(2027, 1, 3))
    assert "28/12/2026" in tab.range_label.text() and "03/01/2027" in tab.range_label.text()
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(tmp_path / "tuan.xlsx")
    sheet = load_workbook(tmp_path / "tuan.xlsx").worksheets[0]
    titles = {row[4] for row in sheet.iter_rows(values_only=True)}
    assert {"Thứ Hai tuần 53", "Chủ nhật 03/01/2027", "Hạn đăng 02/01/2027"} <= titles
    assert "Tuần sau" not in titles and "Tuần trước" not in titles


@pytest.mark.parametrize("clock", [FixedClock(date(2027, 1, 3))])  # a Sunday: its week began on Monday 28/12
def test_due_this_week_on_a_sunday_counts_the_week_that_ends_today(qtbot, tab: CalendarTab,
                                                                   services: Services) -> None:
    _item(services, "Thứ Hai", date(2026, 12, 28))
    _item(services, "Hôm nay, Chủ nhật", date(2027, 1, 3))
    _item(services, "Thứ Hai tới", date(2027, 1, 4))
    tab.go_to(date(2027, 1, 3))
    assert "<b>2</b>" in tab.due_label.text().split("overdue")[0]
    tab.show_due_this_week()
    assert sorted(i.title for i in tab.visible_items()) == ["Hôm nay, Chủ nhật", "Thứ Hai"]


def test_an_overflowing_day_shows_plus_n_and_its_week(qtbot, tab: CalendarTab, services: Services) -> None:
    day = date(2026, 12, 16)
    for n in range(12):
        _item(services, f"Tin số {n + 1}", day)
    tab.reload()
    grid = tab.month_grid
    hidden = grid.hidden_count(day)
    drawn = [i for i in grid.items_on(day) if grid.item_rect(i.id) is not None]
    assert hidden > 0 and len(drawn) + hidden == 12
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.more_rect(day).center())
    assert tab.mode() == WEEK
    assert all(tab.week_view.item_rect(i.id) is not None for i in tab.week_view.items_on(day))


def test_export_writes_what_the_view_shows(qtbot, tab: CalendarTab, services: Services,
                                           tmp_path: Path) -> None:
    _item(services, "Kinh tế tháng 12", date(2026, 12, 2))
    _item(services, "Văn hóa tháng 12", date(2026, 12, 9), domains=(Domain.CULTURE,))
    _item(services, "Kinh tế tháng 1", date(2027, 1, 4))
    tab.set_mode(LIST)
    tab.domain_filter.setCurrentIndex(tab.domain_filter.findData(Domain.ECONOMY.value))
    out = tmp_path / "lich.xlsx"
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(out)
    rows = [r for r in load_workbook(out).worksheets[0].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert [r[4] for r in rows] == ["Kinh tế tháng 12"]


def test_a_month_of_500_items_opens_without_a_stall(qtbot, tab: CalendarTab, services: Services) -> None:
    drafts = [ContentDraft(f"Nội dung số {n}", date(2027, 3, 1) + timedelta(days=n % 31), Period.AD_HOC,
                           (Domain(list(Domain)[n % 9]),)) for n in range(500)]
    rows = tuple(PlannedRow(n, d.title, d) for n, d in enumerate(drafts))
    services.calendar.apply_import(ImportPlan("bench", rows))
    started = time.perf_counter()
    tab.go_to(date(2027, 3, 15))
    tab.month_grid.repaint()
    elapsed = time.perf_counter() - started
    assert len(tab.visible_items()) == 500
    assert elapsed < 2.0, f"opening the month took {elapsed:.2f} s"
    assert tab.month_grid.hidden_count(date(2027, 3, 1)) > 0


def test_context_menu_offers_only_allowed_moves(qtbot, tab: CalendarTab, services: Services) -> None:
    item = _item(services, "Tin mới", date(2026, 12, 3))
    tab.reload()
    tab.select_item(item.id)
    texts = [a.text() for a in tab._menu().actions() if not a.isSeparator()]
    assert tab.act_agree.text() in texts and tab.act_reject.text() in texts
    assert tab.act_publish.text() not in texts and tab.act_skip.text() not in texts
    assert isinstance(tab.month_grid.day_at(QPoint(5, 5)), (date, type(None)))
    services.calendar.agree(item.id, Party.PC_OFFICE, on=date(2026, 1, 1))


@pytest.mark.parametrize(("scope", "expected", "left"), [
    (EditScope.ALL, ["whole series", "all 4 items"], 0),
    (EditScope.FOLLOWING, ["3 items", "14/12/2026", "following"], 1),
    (EditScope.THIS, ["only the occurrence", "14/12/2026", "rest of the series stays"], 3),
])
def test_deleting_from_a_series_names_the_scope_and_the_count(qtbot, tab: CalendarTab, services: Services,
                                                              monkeypatch, scope, expected, left) -> None:
    from PySide6.QtWidgets import QMessageBox

    first = services.calendar.create(
        ContentDraft("Bản tin tuần", date(2026, 12, 7), Period.WEEKLY, (Domain.POLITICS,)), Repeat(count=4))
    tab.reload()
    tab.select_item(services.calendar.series_items(first.series_id)[1].id)
    monkeypatch.setattr(calendar_dialog, "ask_scope", lambda _p: scope)
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *_a: questions.append(text) or QMessageBox.StandardButton.Yes))
    tab.act_delete.trigger()
    assert len(questions) == 1 and "Bản tin tuần" in questions[0]
    for words in expected:
        assert words in questions[0]
    assert len(services.calendar.series_items(first.series_id)) == left
