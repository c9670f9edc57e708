"""Closing the window while an import, export or print runs: no crash, nothing half-written."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from hanoi_desk.app import Services
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.widgets import tasks
from hanoi_desk.ui.widgets.import_dialog import ImportPreviewDialog
from hanoi_desk.ui.widgets.tasks import Task
from tests.test_roster_tab import _long_sheet


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    widget = MainWindow(services)
    qtbot.addWidget(widget)
    widget.show()
    # The overview counts its figures in a task of its own at start: these tests mean their own tasks.
    qtbot.waitUntil(lambda: not widget.overview_tab.is_loading(), timeout=30000)
    return widget


@pytest.mark.parametrize("phase", ["reading", "saving"])
def test_closing_during_an_import_cancels_it_and_writes_nothing(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[str], phase: str,
) -> None:
    sheet = _long_sheet(tmp_path / "long.xlsx", 3000)
    before = services.roster.count()
    previews: list[ImportPreviewDialog] = []

    def accept(dialog: ImportPreviewDialog) -> int:
        previews.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    started: list[Task] = []
    closed: list[bool] = []
    real_start = Task.start

    def start_then_close(task: Task) -> None:
        started.append(task)
        real_start(task)
        if len(started) == (1 if phase == "reading" else 2):
            closed.append(window.close())  # the clerk closes the window while the task runs

    monkeypatch.setattr(Task, "start", start_then_close)
    window.roster_tab.import_file(sheet)
    qtbot.waitUntil(lambda: bool(closed), timeout=60000)
    assert closed == [True]
    assert not window.isVisible()
    assert tasks.running_tasks() == []
    assert not any(task.is_running() for task in started)
    QApplication.processEvents()  # anything the worker still queued arrives: it must be ignored
    assert len(previews) == (0 if phase == "reading" else 1)
    assert shown_errors == []
    assert services.roster.count() == before
    assert services.roster.find_by_name("Trang tin điện tử phường số 1") is None


def test_work_that_does_not_stop_keeps_the_window_open_until_it_ends(
    qtbot, window: MainWindow, shown_errors: list[str],
) -> None:
    release = threading.Event()
    results: list[object] = []

    def stubborn(_progress: object, _cancelled: object) -> str:
        release.wait(20)  # ignores cancel, like a PDF being written
        return "done"

    task = Task(window.roster_tab, "Writing…", stubborn)
    task.sig_finished.connect(results.append)
    task.start()
    window.close_wait_ms = 20
    assert window.close() is False
    assert window.isVisible()
    assert "close again" in window.statusBar().currentMessage()
    release.set()
    assert window.close() is True
    assert tasks.running_tasks() == []
    assert not task.is_running()
    QApplication.processEvents()
    assert results == []  # the window is gone: the result is not acted upon
    assert shown_errors == []
