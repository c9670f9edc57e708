"""The window reads a hidden tab's rows when the clerk first opens it: start-up reads none (the overview
in front counts its figures in the background)."""

from __future__ import annotations

from hanoi_desk.app import Services
from hanoi_desk.ui.main_window import MainWindow


def test_a_hidden_tab_shows_its_rows_when_first_opened(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.currentWidget() is window.overview_tab  # "Tổng quan" is the first tab
    assert window.roster_tab.model.rowCount() == 0  # not read until opened
    window.tabs.setCurrentWidget(window.roster_tab)
    assert window.roster_tab.model.rowCount() > 0
    intake = window.reports_tab
    assert intake.model.rowCount() == 0  # not read yet: the clerk has not opened it

    window.tabs.setCurrentWidget(intake)

    expected = len(services.reports.intake(intake.selected_year()))
    assert expected > 0
    assert intake.model.rowCount() == expected


def test_the_menus_offer_only_the_visible_tabs_actions_and_it_is_read(qtbot, services: Services) -> None:
    """A menu acts on the tab in front, so a tab's actions appear only once it is shown (and read)."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    intake = window.reports_tab
    assert intake.act_import not in window.file_menu.actions()
    assert intake.model.rowCount() == 0

    window.tabs.setCurrentWidget(intake)

    assert intake.act_import in window.file_menu.actions()
    assert intake.model.rowCount() == len(services.reports.intake(intake.selected_year()))


def test_a_hidden_tab_is_read_once_then_by_f5(qtbot, services: Services, monkeypatch) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    reads: list[int] = []
    original = window.fanpage_tab.reload
    monkeypatch.setattr(window.fanpage_tab, "reload", lambda: reads.append(1) or original())

    window.tabs.setCurrentWidget(window.fanpage_tab)
    window.tabs.setCurrentWidget(window.roster_tab)
    window.tabs.setCurrentWidget(window.fanpage_tab)

    assert reads == [1]  # switching back shows what was read; F5 reads again, as before
