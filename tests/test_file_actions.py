"""The shared file flows: remembered folders, safe names, the extension added, cancel is not an error."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from hanoi_desk.domain.errors import Cancelled
from hanoi_desk.ui.widgets import file_actions


class _Tab(QWidget):
    sig_status = Signal(str)
    """A line for the status bar."""
    sig_export_written = Signal(Path)
    """A file was written."""


def test_save_dialog_starts_in_the_remembered_folder_with_a_safe_name_and_adds_the_chosen_extension(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    QSettings().setValue("paths/export", str(tmp_path))
    asked: list[str] = []
    filters = "Excel (*.xlsx);;PDF (*.pdf);;iCalendar (*.ics)"

    def answer(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "out" / "Lịch"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    parent = QWidget()
    path = file_actions.ask_save_path(parent, "Export", "Lịch: tuần 1/2026?.xlsx", filters)
    assert asked == [str(tmp_path / "Lịch tuần 1-2026.xlsx")]
    assert path == tmp_path / "out" / "Lịch.pdf"
    assert QSettings().value("paths/export") == str(tmp_path / "out")

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "kept.ICS"), "Excel (*.xlsx)")))
    assert file_actions.ask_save_path(parent, "Export", "x.xlsx", filters) == tmp_path / "kept.ICS"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert file_actions.ask_save_path(parent, "Export", "x.xlsx", filters) is None


def test_open_dialog_remembers_the_folder_of_the_file_opened(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    starts: list[str] = []

    def answer(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(tmp_path / "in" / "sheet.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    parent = QWidget()
    assert file_actions.ask_open_path(parent, "Import", "Excel (*.xlsx)") == tmp_path / "in" / "sheet.xlsx"
    assert file_actions.ask_open_path(parent, "Import", "Excel (*.xlsx)") == tmp_path / "in" / "sheet.xlsx"
    assert starts == [str(Path.home()), str(tmp_path / "in")]


def test_export_success_says_saved_and_signals_the_path(qtbot: object, tmp_path: Path) -> None:
    tab = _Tab()
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)
    target = tmp_path / "a.txt"

    def write(_progress: object, _cancelled: object) -> Path:
        target.write_text("x", encoding="utf-8")
        return target

    with qtbot.waitSignal(tab.sig_export_written, timeout=60000) as blocker:  # type: ignore[attr-defined]
        file_actions.run_export(tab, target, write)
    assert blocker.args == [target]
    assert statuses and str(target) in statuses[-1]


def test_export_cancel_is_a_status_line_and_a_failure_an_error_box(
    qtbot: object, tmp_path: Path, shown_errors: list[str]
) -> None:
    tab = _Tab()
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)

    def cancelled(_progress: object, _cancelled: object) -> Path:
        raise Cancelled("stop")

    task = file_actions.run_export(tab, tmp_path / "a.xlsx", cancelled)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=60000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(statuses), timeout=60000)  # type: ignore[attr-defined]
    assert "nothing was written" in statuses[-1] or "không có gì" in statuses[-1]
    assert shown_errors == []

    def broken(_progress: object, _cancelled: object) -> Path:
        raise OSError("disk full")

    file_actions.run_export(tab, tmp_path / "b.xlsx", broken, error_title="Letter not written")
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=60000)  # type: ignore[attr-defined]
    assert shown_errors[0].startswith("Letter not written")


class _ImportTab(_Tab):
    def __init__(self) -> None:
        super().__init__()
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


class _Preview:
    """Stands in for ImportPreviewDialog: answers as the clerk would, never opens."""

    answers: ClassVar[list[bool]] = []
    shown: ClassVar[list[object]] = []

    def __init__(self, plan: object, _parent: object) -> None:
        _Preview.shown.append(plan)

    def exec(self) -> int:
        from PySide6.QtWidgets import QDialog
        return QDialog.DialogCode.Accepted if _Preview.answers.pop(0) else QDialog.DialogCode.Rejected


@pytest.mark.parametrize("in_background", [False, True])
def test_import_previews_then_applies_reloads_and_says_what_was_imported(
    qtbot: object, tmp_path: Path, shown_errors: list[str], in_background: bool
) -> None:
    tab = _ImportTab()
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)
    written: list[object] = []
    _Preview.answers, _Preview.shown = [False, True], []

    def apply(plan: object, _progress: object, _cancelled: object) -> int:
        written.append(plan)
        return 3

    def run() -> None:
        file_actions.run_import(tab, tmp_path / "a.xlsx", lambda _p, _c: "plan", apply,
                                lambda n: f"Imported {n}",
                                saving_label="Saving…" if in_background else None,
                                preview_factory=_Preview)  # type: ignore[arg-type]

    run()  # the clerk closes the preview: nothing is written, and the status line says so
    qtbot.waitUntil(lambda: len(_Preview.shown) == 1, timeout=60000)  # type: ignore[attr-defined]
    assert written == [] and tab.reloads == 0
    assert statuses == ["Import cancelled: nothing was written"]
    run()
    qtbot.waitUntil(lambda: statuses[1:] == ["Imported 3"], timeout=60000)  # type: ignore[attr-defined]
    assert written == ["plan"] and tab.reloads == 1 and shown_errors == []


def test_import_cancelled_while_reading_is_not_an_error(qtbot: object, tmp_path: Path,
                                                        shown_errors: list[str]) -> None:
    tab = _ImportTab()
    statuses: list[str] = []
    tab.sig_status.connect(statuses.append)

    def read(_progress: object, _cancelled: object) -> object:
        raise Cancelled("stop")

    _Preview.shown = []
    file_actions.run_import(tab, tmp_path / "a.xlsx", read, lambda *a: 0, str,
                            preview_factory=_Preview)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(statuses), timeout=60000)  # type: ignore[attr-defined]
    assert shown_errors == [] and _Preview.shown == [] and tab.reloads == 0
