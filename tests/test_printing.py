"""Ctrl+P is the print preview in every tab: a temporary PDF of what the tab shows, never an export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtGui import QKeySequence

from hanoi_desk.app import Services
from hanoi_desk.domain.calendar import ContentDraft, Domain
from hanoi_desk.ui.calendar.tab import LIST
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.widgets import print_preview
from hanoi_desk.ui.widgets.table_model import ROW_ROLE


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    widget = MainWindow(services)
    qtbot.addWidget(widget)
    widget.tabs.setCurrentWidget(widget.roster_tab)  # "Tổng quan" is in front; these tests start here
    return widget


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str, tuple[float, float]]]:
    """Each preview shown: the file, its text and its first page's size, read while it is shown."""
    seen: list[tuple[Path, str, tuple[float, float]]] = []

    def fake_preview(_parent: object, path: Path) -> None:
        with pdfplumber.open(path) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            size = (float(pdf.pages[0].width), float(pdf.pages[0].height))
        seen.append((Path(path), text, size))

    monkeypatch.setattr(print_preview, "preview_pdf", fake_preview)
    return seen


def _print(qtbot, window: MainWindow, tab: object, previews: list, shown_errors: list[str]) -> tuple:
    exported: list[Path] = []
    window.export_notice.hide()
    tab.sig_export_written.connect(exported.append)  # type: ignore[attr-defined]
    assert tab.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)  # type: ignore[attr-defined]
    tab.act_print.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(previews) or bool(shown_errors), timeout=60000)
    assert shown_errors == []
    path, text, size = previews[0]
    assert exported == [] and not window.export_notice.isVisible()  # no "e-mail this file" for a print
    assert not window.act_mail_last.isEnabled()
    assert not path.exists()  # deleted once the preview closed
    assert path.parent == print_preview.print_folder()
    return text, size


def test_roster_prints_the_list_shown_landscape(qtbot, window: MainWindow, previews: list,
                                               shown_errors: list[str]) -> None:
    tab = window.roster_tab
    tab.search.setText("so y te")
    shown = [tab.proxy.index(r, 0).data(ROW_ROLE).name for r in range(tab.proxy.rowCount())]
    text, (width, height) = _print(qtbot, window, tab, previews, shown_errors)
    assert width > height  # A4 landscape
    assert "DANH SÁCH CƠ QUAN, ĐƠN VỊ" in text and "Tên cơ quan" in text
    assert "Sở Y tế" in text and shown == ["Sở Y tế"]
    assert "Sở Tư pháp" not in text


def test_history_prints_the_lines_shown(qtbot, window: MainWindow, services: Services, previews: list,
                                        shown_errors: list[str]) -> None:
    agency = services.roster.find_by_name("Sở Y tế")
    services.roster.end(agency.id, date(2026, 1, 1), None, agency.version)
    window.history_tab.reload()
    window.history_tab.search.setText("so y te")
    text, _size = _print(qtbot, window, window.history_tab, previews, shown_errors)
    assert "LỊCH SỬ THAY ĐỔI DỮ LIỆU" in text and "Sở Y tế" in text and "Giá trị mới" in text


def test_fanpages_print_the_list_and_propose_moved_to_ctrl_shift_p(qtbot, window: MainWindow, previews: list,
                                                                   shown_errors: list[str]) -> None:
    tab = window.fanpage_tab
    assert tab.act_propose.shortcut() == QKeySequence("Ctrl+Shift+P")
    text, _size = _print(qtbot, window, tab, previews, shown_errors)
    assert "DANH SÁCH TRANG FANPAGE" in text and "Tên trang" in text


def test_calendar_prints_the_official_list_of_the_range(qtbot, window: MainWindow, services: Services,
                                                        previews: list, shown_errors: list[str]) -> None:
    services.calendar.create(ContentDraft(title="Chuyển đổi số quận", day=date.today(),
                                          domains=(Domain.ECONOMY,)))
    tab = window.calendar_tab
    tab.set_mode(LIST)
    tab.reload()
    text, _size = _print(qtbot, window, tab, previews, shown_errors)
    assert "Chuyển đổi số quận" in text


def test_reports_print_the_annual_report_without_offering_to_mail_it(
        qtbot, window: MainWindow, previews: list, shown_errors: list[str]) -> None:
    text, _size = _print(qtbot, window, window.reports_tab, previews, shown_errors)
    assert "BÁO CÁO" in text
    assert window.reports_tab.last_pdf is None
