"""Keys and menus act on what the clerk sees: Return in a search box searches, the menus follow the tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from hanoi_desk.app import Services
from hanoi_desk.domain.calendar import ContentDraft, Domain
from hanoi_desk.domain.reports import ReceiptDraft
from hanoi_desk.ui.calendar.tab import LIST
from hanoi_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    widget = MainWindow(services)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The dialogs that would have opened (none opens for real)."""
    seen: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    return seen


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def _with_a_row(window: MainWindow, services: Services, name: str) -> QWidget:
    """Show the tab with a row selected that its Edit/Open can open."""
    tab = getattr(window, name)
    window.tabs.setCurrentWidget(tab)
    if name == "calendar_tab":
        services.calendar.create(ContentDraft(title="Số hóa", day=date.today(), domains=(Domain.ECONOMY,)))
        tab.set_mode(LIST)
        tab.reload()
    elif name == "reports_tab":
        agency = services.roster.find_by_name("Sở Y tế")
        services.reports.record(ReceiptDraft(agency.id, tab.selected_year(), date.today()))
        tab.reload()
        tab.search.setText("so y te")
    if tab.proxy.rowCount():
        tab.view.selectRow(0)
    return tab


@pytest.mark.parametrize("name", ["roster_tab", "calendar_tab", "fanpage_tab", "reports_tab"])
def test_return_in_the_search_box_opens_no_dialog(qtbot, window: MainWindow, services: Services,
                                                   opened: list[str], name: str) -> None:
    tab = _with_a_row(window, services, name)
    _focus(qtbot, tab.search)
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.keyClick(tab.search, Qt.Key.Key_Delete)
    assert opened == []


@pytest.mark.parametrize(("name", "dialog"), [("roster_tab", "AgencyDialog"),
                                              ("calendar_tab", "ContentItemDialog"),
                                              ("reports_tab", "ReceiptDialog")])
def test_return_on_the_table_opens_the_selected_row(qtbot, window: MainWindow, services: Services,
                                                    opened: list[str], name: str, dialog: str) -> None:
    tab = _with_a_row(window, services, name)
    assert tab.proxy.rowCount() >= 1
    _focus(qtbot, tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert opened == [dialog]


def _menu_actions(window: MainWindow) -> list:
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            if not action.isSeparator() and action.isVisible():
                found.append(action)
    return found


def test_menus_follow_the_current_tab_with_each_shortcut_once(qtbot, window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        edit = [a for a in window.edit_menu.actions() if not a.isSeparator()]
        assert edit and all(a.parent() is tab for a in edit), tab
        file_tab_actions = [a for a in window.file_menu.actions() if a.parent() in
                            [window.tabs.widget(i) for i in range(window.tabs.count())]]
        assert file_tab_actions and all(a.parent() is tab for a in file_tab_actions)
        assert tab.act_export in file_tab_actions and tab.act_print in file_tab_actions
        shortcuts = [a.shortcut().toString() for a in _menu_actions(window) if not a.shortcut().isEmpty()]
        assert len(shortcuts) == len(set(shortcuts)), sorted(shortcuts)
        assert "&Reports" not in [a.text() for a in window.menuBar().actions()]


def test_file_export_acts_on_the_visible_tab(qtbot, window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda _parent, title, *a, **k: (asked.append(title), ("", ""))[1])
    window.tabs.setCurrentWidget(window.calendar_tab)
    export = next(a for a in window.file_menu.actions() if a is window.calendar_tab.act_export)
    export.trigger()
    assert asked == ["Export the calendar"]
    assert window.roster_tab.act_export not in window.file_menu.actions()
