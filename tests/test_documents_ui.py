"""The window side of documents ready to sign: the office picked from the roster, the letters'
addressees in Settings, the banner while documents are drafts, sections III and IV drafted in the tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.reports import ReceiptDraft, ReportSettings
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.reports.tab import ReportsTab
from hanoi_desk.ui.settings.dialog import SettingsDialog
from hanoi_desk.ui.widgets.office_fields import OfficePicker

TODAY = date(2025, 12, 5)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


def test_the_office_is_picked_from_the_roster_with_a_folded_search(qtbot, services: Services) -> None:
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    picker = dialog.office_fields.editors["office.name"]
    assert isinstance(picker, OfficePicker)
    names = [c.name for c in picker.choices]
    assert "Sở Văn hóa và Thể thao" in names and "Ủy ban nhân dân phường Ba Đình" in names
    assert "Sở Thông tin và Truyền thông" not in names  # ended: not offered
    assert names.index("Sở Y tế") < names.index("Ủy ban nhân dân phường Ba Đình")  # departments first
    qtbot.keyClicks(picker, "van hoa va")  # no diacritics, as the roster's search
    found = [picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())]
    assert found == ["Sở Văn hóa và Thể thao"]
    picker.completer().activated.emit("Sở Văn hóa và Thể thao")
    picker.setText("Sở Văn hóa và Thể thao")
    symbol = dialog.office_fields.editors["office.symbol"]
    assert isinstance(symbol, QLineEdit) and symbol.text() == "SVHTT"  # the roster's short name
    signer = dialog.office_fields.editors["signer.name"]
    assert isinstance(signer, QLineEdit)
    signer.setText("Nguyễn Văn Ký")
    dialog._on_buttons_accepted()
    office = services.settings.office()
    assert (office.office_name, office.office_symbol, office.signer_name) == (
        "Sở Văn hóa và Thể thao", "SVHTT", "Nguyễn Văn Ký")
    assert services.settings.draft_reasons() == ()


def test_an_ended_office_is_refused_beside_its_field_and_nothing_is_saved(qtbot, services: Services) -> None:
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.office_fields.editors["office.name"].setText("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")  # type: ignore[union-attr]
    dialog.office_fields.editors["signer.name"].setText("Nguyễn Văn Ký")  # type: ignore[union-attr]
    dialog._on_buttons_accepted()
    error = dialog.office_fields.errors["office.name"]
    assert error.isVisible() and "28/02/2025" in error.text() and "Sở Khoa học và Công nghệ" in error.text()
    assert services.settings.office().signer_name == ""  # one save: all or nothing
    assert dialog.office_fields.editors["signer.name"].text() == "Nguyễn Văn Ký"  # type: ignore[union-attr]


def test_the_letters_addressees_are_settings(qtbot, services: Services) -> None:
    dialog = SettingsDialog(services.settings)
    qtbot.addWidget(dialog)
    to = dialog.document_fields.editors["calendar.to"]
    meta = dialog.document_fields.editors["verification.facebook"]
    assert isinstance(to, QPlainTextEdit) and isinstance(meta, QLineEdit)
    assert to.toPlainText() == "Ban Tuyên giáo và Dân vận Thành ủy\nVăn phòng Ủy ban nhân dân Thành phố"
    to.setPlainText("Ban Tuyên giáo và Dân vận Thành ủy\n\nVăn phòng UBND Thành phố ")
    meta.setText("Công ty TNHH Facebook Việt Nam")
    dialog._on_buttons_accepted()
    office = services.settings.office()
    assert office.calendar_addressees == ("Ban Tuyên giáo và Dân vận Thành ủy", "Văn phòng UBND Thành phố")
    from hanoi_desk.domain.fanpage import Platform

    assert services.settings.verification_addressee(Platform.FACEBOOK) == "Công ty TNHH Facebook Việt Nam"
    # An addressee left empty is refused on its page, which is shown.
    meta.setText("")
    dialog._on_buttons_accepted()
    assert dialog.pages.currentWidget() is dialog.documents_page
    assert dialog.document_fields.errors["verification.facebook"].text()


def test_the_window_says_which_setting_is_missing(qtbot, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    banner = window.document_banner.text()
    assert window.document_banner.isVisibleTo(window)
    assert "DỰ THẢO" in banner and "(office.name)" in banner and "(signer.name)" in banner
    services.settings.save({"office.name": "Sở Văn hóa và Thể thao", "office.symbol": "SVHTT",
                            "signer.name": "Nguyễn Văn Ký"})
    window.refresh_document_banner()
    assert not window.document_banner.isVisibleTo(window)


def test_sections_three_and_four_are_drafted_in_the_tab_until_the_clerk_saves(qtbot,
                                                                             services: Services) -> None:
    services.reports.save_report_settings(ReportSettings(kinds=(AgencyKind.PRESS,)))
    tab = ReportsTab(services.reports)
    qtbot.addWidget(tab)
    tab.year.setValue(2025)
    drafted = tab.shortcomings.toPlainText()
    assert drafted.startswith("Đến ngày 05/12/2025, còn 7/7 cơ quan, đơn vị chưa gửi báo cáo: Báo An ninh")
    assert "Đề nghị Ủy ban nhân dân Thành phố chỉ đạo 7 cơ quan" in tab.proposals.toPlainText()
    assert not tab.texts_changed()  # a draft is not an unsaved edit: closing asks nothing
    # New data: the draft follows it while nothing is saved.
    press = services.roster.find_by_name("Báo An ninh Thủ đô")
    services.reports.record(ReceiptDraft(press.id, 2025, date(2025, 11, 20)))
    tab.reload()
    assert "còn 6/7" in tab.shortcomings.toPlainText()
    # The clerk edits section III and saves: III is kept as typed, IV (untouched) still follows the data.
    tab.shortcomings.setPlainText("Sáu cơ quan báo chí chưa gửi báo cáo.")
    assert tab.texts_changed() and tab.save_texts_now()
    saved = services.reports.texts(2025)
    assert saved.shortcomings == "Sáu cơ quan báo chí chưa gửi báo cáo." and saved.proposals == ""
    data = services.reports.annual_report(2025, TODAY)
    assert data.shortcomings == "Sáu cơ quan báo chí chưa gửi báo cáo."
    assert data.proposals.startswith("Đề nghị Ủy ban nhân dân Thành phố chỉ đạo 6 cơ quan")
    # "Draft from the data" writes both again, undoably.
    tab.redraft.click()
    assert tab.shortcomings.toPlainText().startswith("Đến ngày 05/12/2025, còn 6/7")
    tab.shortcomings.undo()
    assert tab.shortcomings.toPlainText() == "Sáu cơ quan báo chí chưa gửi báo cáo."
    qtbot.keyClick(tab.shortcomings, Qt.Key.Key_End)
