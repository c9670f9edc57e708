"""A window that feels native: it fits the screen, the keyboard reaches everything, lists say why they
are empty, icons and shortcuts are shown, the status bar belongs to the tab in front."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from hanoi_desk.app import Services
from hanoi_desk.domain.calendar import ContentDraft, Domain
from hanoi_desk.ui import main_window as main_window_module
from hanoi_desk.ui.calendar.dialogs import ContentItemDialog
from hanoi_desk.ui.calendar.tab import MONTH, WEEK, CalendarTab
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.widgets.shortcuts import ShortcutsDialog

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 with a 40 px taskbar


def _window(qtbot, services: Services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(main_window_module.MainWindow, "_screen_area", lambda self: LAPTOP)
    return LAPTOP


def test_the_first_window_fits_a_1366_laptop_and_later_starts_restore_it(qtbot, services: Services,
                                                                         laptop: QRect) -> None:
    window = _window(qtbot, services)
    assert window.width() <= 1366 and window.height() + 38 <= 728  # frame and status bar included
    assert window.minimumSizeHint().width() <= 1366 - 16 and window.minimumSizeHint().height() <= 728 - 38
    window.resize(780, 560)  # (the offscreen test screen is 800×600: Qt itself keeps a window inside it)
    window.move(10, 10)
    window.close()
    again = _window(qtbot, services)
    assert (again.width(), again.height()) == (780, 560)


def test_a_window_left_larger_still_fits_a_smaller_screen(qtbot, services: Services,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window_module.MainWindow, "_screen_area", lambda self: QRect(0, 0, 1920, 1040))
    window = _window(qtbot, services)
    window.resize(1900, 1000)
    window.close()
    assert QSettings().value("main/geometry") is not None
    monkeypatch.setattr(main_window_module.MainWindow, "_screen_area", lambda self: LAPTOP)
    again = _window(qtbot, services)
    assert again.width() <= 1366 and again.height() <= 728
    frame = again.frameGeometry()
    assert LAPTOP.contains(QRect(frame.topLeft(), again.size()))


def test_a_damaged_saved_geometry_gives_the_first_window(qtbot, services: Services, laptop: QRect) -> None:
    QSettings().setValue("main/geometry", QByteArray(b"not a geometry"))
    window = _window(qtbot, services)
    assert 0 < window.width() <= 1366


def test_the_status_bar_belongs_to_the_tab_in_front(qtbot, services: Services) -> None:
    window = _window(qtbot, services)
    window.tabs.setCurrentWidget(window.roster_tab)
    roster_line = window.statusBar().currentMessage()
    assert "cơ quan" in roster_line or "agencies" in roster_line
    window.tabs.setCurrentWidget(window.calendar_tab)
    calendar_line = window.statusBar().currentMessage()
    assert calendar_line != roster_line and "items" in calendar_line
    window.roster_tab.sig_status.emit("roster says something")  # a tab behind does not take the bar
    assert window.statusBar().currentMessage() == calendar_line
    window.tabs.setCurrentWidget(window.roster_tab)
    assert window.statusBar().currentMessage().startswith("roster says something")


def test_help_lists_every_shortcut_and_tooltips_show_them(qtbot, services: Services,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, services)
    rows = window.shortcut_list()
    keys = {(where, what): key for where, what, key in rows}
    native = QKeySequence.SequenceFormat.NativeText
    assert keys[("Agencies", "New agency")] == QKeySequence("Ctrl+N").toString(native)
    assert ("Overview", "Print overview") in keys and ("Content calendar", "Today") in keys
    assert any(what == "Keyboard shortcuts" for _w, what, _k in rows)
    every_key = {(w, k) for w, _what, k in rows}
    for index in range(window.tabs.count()):  # every action with a key is listed, once per tab
        tab = window.tabs.widget(index)
        for action in tab.findChildren(type(window.act_about)):
            if not action.shortcut().isEmpty():
                where = window.tabs.tabText(index)
                assert (where, action.shortcut().toString(native)) in every_key
                assert action.shortcut().toString(native) in action.toolTip()
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    window.act_shortcuts.trigger()
    assert shown and len(shown[0].rows()) == len(rows)
    menus = [a.text() for menu in (window.edit_menu, window.file_menu) for a in menu.actions()]
    window.tabs.setCurrentWidget(window.calendar_tab)
    menus += [a.text() for a in window.edit_menu.actions()]
    assert not [t for t in menus if "◀" in t or "▶" in t]


def test_every_toolbar_action_and_menu_has_an_icon(qtbot, services: Services) -> None:
    window = _window(qtbot, services)
    for index in range(window.tabs.count()):
        assert not window.tabs.tabIcon(index).isNull()
    for action in (window.roster_tab.act_add, window.roster_tab.act_export, window.calendar_tab.act_agree,
                   window.fanpage_tab.act_propose, window.overview_tab.act_print, window.act_settings,
                   window.act_about, window.act_backup):
        assert not action.icon().isNull(), action.text()


def test_about_names_the_icon_set_and_its_licence(qtbot, services: Services) -> None:
    from hanoi_desk import paths
    from hanoi_desk.ui.about_dialog import AboutDialog

    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    assert "Tabler Icons" in dialog.icons_label.text() and "MIT" in dialog.icons_label.text()
    assert "MIT License" in paths.resource("icons", "tabler", "LICENSE").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------- calendar grid
@pytest.fixture
def grid_tab(qtbot, services: Services) -> CalendarTab:
    services.calendar.create(ContentDraft(title="Họp báo tháng Mười hai", day=date(2026, 12, 9),
                                          domains=(Domain.CULTURE,)))
    tab = CalendarTab(services.calendar, services.roster, services.settings)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.set_mode(MONTH)
    tab.go_to(date(2026, 12, 1))
    return tab


def test_the_month_grid_moves_with_the_keyboard(qtbot, grid_tab: CalendarTab) -> None:
    grid = grid_tab.month_grid
    empty = grid.day_rect(date(2026, 12, 3))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=empty.center())
    assert grid.current_day() == date(2026, 12, 3) and grid.selected_item() is None  # an empty day selected
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_day() == date(2026, 12, 4)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_day() == date(2026, 12, 11)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.current_day() == date(2026, 12, 9)
    assert grid.selected_item().title == "Họp báo tháng Mười hai"  # the day's item, so Enter opens it
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.current_day() == date(2026, 12, 7)  # Monday
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.current_day() == date(2026, 12, 13)  # Sunday
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert grid_tab.anchor().month == 1 and grid_tab.anchor().year == 2027
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert grid_tab.anchor().month == 12


def test_the_keyboard_leaves_the_month_and_the_grid_follows(qtbot, grid_tab: CalendarTab) -> None:
    grid = grid_tab.month_grid
    grid.set_current_day(date(2027, 1, 3))
    assert grid_tab.anchor() == date(2027, 1, 3)  # the month holding the new day is shown
    assert grid_tab.month_grid.month() == (2027, 1)


def test_enter_opens_and_ctrl_n_adds_on_the_selected_day(qtbot, grid_tab: CalendarTab,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[object, object]] = []

    def fake_exec(dialog: ContentItemDialog) -> int:
        opened.append((dialog.day.date().toPython() if hasattr(dialog, "day") else None,
                       getattr(dialog, "_item", None)))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ContentItemDialog, "exec", fake_exec)
    grid = grid_tab.month_grid
    grid.setFocus()
    grid.set_current_day(date(2026, 12, 17))
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # an empty day: a new item on it
    assert opened and opened[-1][0] == date(2026, 12, 17)
    grid.set_current_day(date(2026, 12, 18))
    grid_tab.act_add.trigger()  # Ctrl+N
    assert opened[-1][0] == date(2026, 12, 18)
    grid.set_current_day(date(2026, 12, 9))
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # the day's item: opened
    assert len(opened) == 3


def test_week_view_arrows_walk_the_days_and_their_items(qtbot, grid_tab: CalendarTab) -> None:
    grid_tab.set_mode(WEEK)
    week = grid_tab.week_view
    week.setFocus()
    week.set_current_day(date(2026, 12, 8))
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert week.current_day() == date(2026, 12, 9) and week.selected_item() is not None


# ---------------------------------------------------------------------------------------- pickers, hints
def test_agency_pickers_match_without_diacritics(qtbot, services: Services) -> None:
    dialog = ContentItemDialog(services.calendar, services.roster.list_agencies(), None, date(2026, 12, 1))
    qtbot.addWidget(dialog)
    completer = dialog.agency.completer()
    completer.setCompletionPrefix("tu phap")
    found = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert "Sở Tư pháp" in found
    completer.setCompletionPrefix("SO Y TE")
    assert completer.completionCount() >= 1 and completer.currentCompletion() == "Sở Y tế"


def test_fanpage_dialog_picker_matches_without_diacritics(qtbot, services: Services) -> None:
    from hanoi_desk.ui.fanpages.dialogs import agency_combo

    combo = agency_combo(services.roster.list_agencies())
    qtbot.addWidget(combo)
    completer = combo.completer()
    completer.setCompletionPrefix("tu phap")
    assert any("Sở Tư pháp" in completer.completionModel().index(r, 0).data()
               for r in range(completer.completionCount()))


def test_an_empty_roster_says_why_and_shows_the_ended_units_in_one_click(qtbot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show()
    window.tabs.setCurrentWidget(window.roster_tab)
    tab = window.roster_tab
    tab.show_all.setChecked(False)
    qtbot.keyClicks(tab.search, "ngoai vu")  # Sở Ngoại vụ, merged in 2025: no active unit matches
    assert tab.proxy.rowCount() == 0
    assert tab.empty_hint.isVisible() and "ngoai vu" in tab.empty_hint.label.text()
    qtbot.mouseClick(tab.empty_hint.button, Qt.MouseButton.LeftButton)
    assert tab.show_all.isChecked() and tab.proxy.rowCount() >= 1
    assert not tab.empty_hint.isVisible()


def test_an_empty_mail_log_and_impersonator_list_say_what_to_do(qtbot, services: Services) -> None:
    window = _window(qtbot, services)
    window.show()
    log = window.show_mail_log()
    assert log.empty_hint.isVisible() and "Send by e-mail" in log.empty_hint.label.text()
    window.tabs.setCurrentWidget(window.fanpage_tab)
    window.fanpage_tab.pages_tabs.setCurrentIndex(2)
    assert window.fanpage_tab.suspects_hint.isVisible()
    log.close()


def test_printing_the_report_asks_before_saving_unsaved_text(qtbot, services: Services,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from hanoi_desk.ui.reports.tab import ReportsTab

    tab = ReportsTab(services.reports)
    qtbot.addWidget(tab)
    tab.shortcomings.setPlainText("Một số cơ quan gửi muộn.")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel))
    tab.act_print.trigger()
    assert asked and tab.texts_changed()  # asked; Cancel saved nothing
    assert services.reports.texts(tab.selected_year()).shortcomings == ""


def test_counts_read_alike_on_every_tab(qtbot, services: Services) -> None:
    from PySide6.QtWidgets import QApplication

    from hanoi_desk.ui.application import install_translations

    installed = install_translations(QApplication.instance(), "vi")
    try:
        window = _window(qtbot, services)
        for tab in (window.roster_tab, window.calendar_tab, window.fanpage_tab, window.reports_tab,
                    window.history_tab):
            window.tabs.setCurrentWidget(tab)
            assert window.statusBar().currentMessage().startswith("Hiển thị "), tab
    finally:
        for translator in installed:
            QApplication.instance().removeTranslator(translator)


def test_a_count_read_as_a_float_shows_as_a_whole_number() -> None:
    from hanoi_desk.ui.widgets.table_model import display

    assert display(410.0) == "410" and display(125000) == "125.000"
