"""Tổng quan: one service call's figures, the same on the tab, on paper and from the command line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from hanoi_desk.app import Services
from hanoi_desk.cli import main
from hanoi_desk.domain.calendar import ContentDraft, Distribution, Domain, Party, Period, Publication
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.fanpage import FanpageDraft, ImpersonatorDraft, VerificationState
from hanoi_desk.domain.overview import group_thousands
from hanoi_desk.domain.reports import ReceiptDraft
from hanoi_desk.exporters.dashboard import write_dashboard
from hanoi_desk.ui.main_window import MainWindow

DAY = date(2026, 12, 1)  # a Tuesday, six days after the reports' deadline (25/11)


def _agency(services: Services, name: str) -> int:
    found = services.roster.find_by_name(name)
    assert found is not None
    return found.id


@pytest.fixture
def clock() -> FixedClock:
    """These tests mean 1 December 2026 (the services get it from conftest's fixture)."""
    return FixedClock(DAY)


@pytest.fixture
def office(services: Services) -> Services:
    """An office on 1 December 2026: two items overdue (one from October), one due this week, one
    published in November; two reports (one on time, one late); three official pages at three stages
    and one impersonator still up."""
    calendar = services.calendar
    culture = (Domain.CULTURE,)
    calendar.create(ContentDraft(title="Quá hạn từ tháng Mười", day=date(2026, 10, 5), domains=culture))
    calendar.create(ContentDraft(title="Quá hạn tuần trước", day=DAY - timedelta(days=5), domains=culture))
    calendar.create(ContentDraft(title="Đến hạn thứ Sáu", day=date(2026, 12, 4), period=Period.AD_HOC,
                                 domains=culture))
    published = calendar.create(ContentDraft(title="Đã đăng tháng Mười một", day=date(2026, 11, 10),
                                             domains=culture))
    calendar.agree(published.id, Party.PROPAGANDA_BOARD, "Chị Lan", date(2026, 11, 2))
    calendar.agree(published.id, Party.PC_OFFICE, "Anh Minh", date(2026, 11, 3))
    calendar.distribute(published.id, [Distribution("Cổng TTĐT Thành phố", date(2026, 11, 11))])
    calendar.publish(published.id, Publication("Cổng TTĐT Thành phố", date(2026, 11, 12)))
    reports = services.reports
    reports.record(ReceiptDraft(_agency(services, "Sở Y tế"), 2026, date(2026, 11, 20)))
    reports.record(ReceiptDraft(_agency(services, "Sở Tư pháp"), 2026, date(2026, 11, 27)))
    fanpages = services.fanpages
    pages = [fanpages.create(FanpageDraft(agency_id=_agency(services, name), url=url, name=name))
             for name, url in (("Sở Y tế", "https://facebook.com/soyte.hn"),
                               ("Sở Tư pháp", "https://facebook.com/sotuphap.hn"),
                               ("Sở Du lịch", "https://facebook.com/sodulich.hn"))]
    fanpages.transition([pages[0].id, pages[1].id], VerificationState.PROPOSED, date(2026, 11, 1),
                        letter_number="12/STTTT")
    fanpages.transition([pages[1].id], VerificationState.SENT, date(2026, 11, 5))
    fanpages.impersonators.create(ImpersonatorDraft(url="https://facebook.com/soyte.gia", name="Sở Y tế HN",
                                                   found_on=date(2026, 11, 20)))
    return services


def test_one_call_gives_every_figure_of_the_day(office: Services) -> None:
    overview = office.overview.overview()
    assert overview.day == DAY
    assert overview.title.startswith("Tình hình thực hiện Kế hoạch") and overview.title.endswith("01/12/2026")
    assert overview.figure("calendar.overdue").value == 2  # October's too, not only the month shown
    assert overview.figure("calendar.due_week").value == 1
    assert overview.figure("calendar.published_month").value == 0  # published in November
    assert overview.figure("reports.received").value == 2
    assert overview.figure("reports.on_time").value == 1 and overview.figure("reports.late").value == 1
    expected = overview.figure("reports.expected").value
    assert overview.figure("reports.missing").value == expected - 2
    assert "đã quá hạn 6 ngày" in overview.figure("reports.missing").note
    assert overview.figure("fanpages.official").value == 3
    stages = ("not_requested", "proposed", "sent", "verified")
    assert [overview.figure(f"fanpages.{s}").value for s in stages] == [1, 1, 1, 0]
    assert overview.figure("fanpages.impersonators").value == 1
    months = overview.chart("publications")
    assert dict(zip(months.categories, months.series[0].values, strict=True))["11/2026"] == 1
    funnel = overview.chart("verification_funnel").series[0].values
    assert list(funnel) == sorted(funnel, reverse=True) == [3, 2, 1, 0]  # each stage within the last
    assert overview.changes and overview.changes[0].what  # the latest changes, newest first


def test_before_the_deadline_the_reports_not_yet_sent_say_the_days_left(office: Services) -> None:
    overview = office.overview.overview(date(2026, 11, 1))
    waiting = overview.figure("reports.waiting")
    assert waiting.note == "còn 24 ngày đến hạn 25/11/2026"
    assert waiting.link is not None and waiting.link.filter == "waiting"


def test_a_feature_adds_its_section_without_changing_the_rest(office: Services) -> None:
    from hanoi_desk.domain.overview import Figure, Section

    office.overview.add_section(lambda day: Section("outreach", "Tuyên truyền",
                                                    (Figure("outreach.x", "Tin", 7),)))
    assert office.overview.overview().figure("outreach.sites").value >= 0  # issue 17's, wired in app.py
    overview = office.overview.overview()
    assert [s.key for s in overview.sections] == ["calendar", "reports", "fanpages", "outreach", "outreach"]
    assert overview.figure("outreach.x").value == 7


def test_thousands_are_grouped_the_vietnamese_way() -> None:
    assert group_thousands(410) == "410"
    assert group_thousands(12345) == "12.345"
    assert group_thousands(1234567.5, 1) == "1.234.567,5"
    assert group_thousands(None) == ""


def test_the_dashboard_page_reads_back_with_its_figures(office: Services, tmp_path: Path) -> None:
    overview = office.overview.overview()
    out = write_dashboard(tmp_path / "tong-quan.pdf", overview, "UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA")
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        page = pdf.pages[0]
        assert page.width > page.height  # A4 landscape
        text = page.extract_text()
    flat = " ".join(text.split())
    assert "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH" in flat and "ĐẾN NGÀY 01/12/2026" in flat
    assert "Quá hạn, chưa đăng 2" in flat and "Đến hạn tuần này 1" in flat
    assert "Đã nhận 2" in flat and "Trang mạo danh chưa bị gỡ 1" in flat
    assert "Xác thực trang chính thức" in flat and "Số tin, bài đã đăng theo tháng" in flat


def test_dashboard_command_writes_pdf_and_png(office: Services, tmp_path: Path, capsys) -> None:
    url = str(office.db.url)
    office.close()
    pdf, png = tmp_path / "tq.pdf", tmp_path / "tq.png"
    assert main(["--db", url, "dashboard", str(pdf), "--date", "2026-12-01"]) == 0
    assert "quá hạn 2" in capsys.readouterr().out
    with pdfplumber.open(pdf) as document:
        assert "ĐẾN NGÀY 01/12/2026" in " ".join(document.pages[0].extract_text().split())
    assert main(["--db", url, "dashboard", str(png), "--date", "2026-12-01"]) == 0
    image = QImage(str(png))
    assert image.width() > image.height() > 1000  # A4 landscape at 150 dpi
    assert main(["--db", url, "dashboard", str(tmp_path / "tq.docx")]) == 1
    assert "pdf hoặc .png" in capsys.readouterr().err


@pytest.fixture
def window(qtbot, office: Services) -> MainWindow:
    widget = MainWindow(office)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    qtbot.waitUntil(lambda: widget.overview_tab.current_overview() is not None, timeout=60000)
    return widget


def test_the_overview_is_the_first_tab_and_counts_in_the_background(window: MainWindow) -> None:
    assert window.tabs.currentWidget() is window.overview_tab and window.tabs.tabText(0) == "Overview"
    tab = window.overview_tab
    assert tab.day() == DAY
    assert tab.figure_button("calendar.overdue").text() == "2"
    assert "2 overdue" in window.statusBar().currentMessage()


def test_a_count_opens_the_list_behind_it(qtbot, window: MainWindow) -> None:
    tab = window.overview_tab
    qtbot.mouseClick(tab.figure_button("reports.late"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.reports_tab
    assert [r.agency_name for r in window.reports_tab.proxy.visible_rows()] == ["Sở Tư pháp"]

    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.figure_button("fanpages.sent"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.fanpage_tab
    assert [p.agency_name for p in window.fanpage_tab.proxy.visible_rows()] == ["Sở Tư pháp"]

    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.figure_button("fanpages.impersonators"), Qt.MouseButton.LeftButton)
    assert window.fanpage_tab.pages_tabs.currentIndex() == 2
    assert window.fanpage_tab.suspects_proxy.rowCount() == 1

    window.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.figure_button("calendar.due_week"), Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.calendar_tab
    assert [i.title for i in window.calendar_tab.visible_items()] == ["Đến hạn thứ Sáu"]


def test_another_day_recounts(qtbot, window: MainWindow) -> None:
    tab = window.overview_tab
    with qtbot.waitSignal(tab.sig_loaded, timeout=60000):
        tab.set_day(date(2026, 11, 1))
    assert tab.current_overview().day == date(2026, 11, 1)
    assert tab.figure_button("reports.waiting").text() != ""


def test_the_overview_exports_as_pdf_from_the_tab(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab = window.overview_tab
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(tmp_path / "tq.pdf")
    assert window.export_notice.isVisible()  # offers "Gửi email"
    with pdfplumber.open(tmp_path / "tq.pdf") as pdf:
        assert "Đến hạn tuần này 1" in " ".join(pdf.pages[0].extract_text().split())
