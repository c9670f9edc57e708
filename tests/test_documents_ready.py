"""Documents an official signs as they come out (documents.md, "Ready to sign as it comes out"):
read back as a văn thư reads them, for the office and signer as set, drafts exactly when they should be,
numbers blank or from the register, and sections III and IV that say what the data say."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from hanoi_desk.app import Services
from hanoi_desk.cli import main
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.reports import Figures, ReceiptDraft, ReportSettings, ReportTexts
from hanoi_desk.exporters.reports import write_annual_report, write_reminder
from hanoi_desk.models import FanpageRow, SettingRow
from hanoi_desk.services.settings import SETTING_KEYS

pytestmark = [pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed"),
              pytest.mark.dates]  # the command line reads the real clock
DAY = date(2025, 12, 5)
OFFICE = {"office.name": "Sở Văn hóa và Thể thao", "office.symbol": "SVHTT", "office.unit": "QLBC",
          "signer.authority": "KT. GIÁM ĐỐC", "signer.title": "PHÓ GIÁM ĐỐC", "signer.name": "Nguyễn Văn Ký"}


def text_of(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_of(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def departments_and_press(services: Services) -> None:
    """A round of 22 agencies (communes left out, as an office may choose), for readable names."""
    services.reports.save_report_settings(ReportSettings(kinds=(AgencyKind.DEPARTMENT, AgencyKind.PRESS)))


def receive(services: Services, names: list[str], on: date, **kw: str) -> None:
    for name in names:
        agency = services.roster.find_by_name(name)
        services.reports.record(ReceiptDraft(agency.id, 2025, on, "12/BC", figures=Figures(portal_items=3),
                                             **kw))


def annual(services: Services, tmp_path: Path, name: str = "bc.pdf") -> Path:
    out = tmp_path / name
    services.reports.issue_annual_report(2025, DAY, lambda data: write_annual_report(out, data))
    return out


# ---------------------------------------------------------------------------------------- issuer, drafts
def test_issuer_and_signer_as_set_and_no_draft_mark(services: Services, tmp_path: Path) -> None:
    services.settings.save(OFFICE)
    departments_and_press(services)
    out = annual(services, tmp_path)
    text = text_of(out, "-layout")
    assert "SỞ VĂN HÓA VÀ THỂ THAO" in text and "UBND THÀNH PHỐ HÀ NỘI" in text
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text and "Nguyễn Văn Ký" in text
    assert "DỰ THẢO" not in text and "THÔNG TIN VÀ TRUYỀN THÔNG" not in text
    # The appendix says whose report it goes with.
    assert "của Sở Văn hóa và Thể thao)" in flat(text)


@pytest.mark.parametrize("missing", ["office.name", "office.symbol", "signer.name"])
def test_a_document_without_its_office_or_signer_is_a_draft_on_every_page(
        services: Services, tmp_path: Path, missing: str) -> None:
    services.settings.save({**OFFICE, missing: ""})
    out = annual(services, tmp_path)
    text = text_of(out)
    assert text.count("DỰ THẢO") == pages_of(out) > 3  # the appendix pages too
    label = SETTING_KEYS[missing].label.lower()
    assert services.settings.draft_reasons(DAY) == (f"chưa có {label} ({missing})",)
    reminder = tmp_path / "cv.pdf"
    services.reports.issue_reminder(2025, DAY, lambda data: write_reminder(reminder, data))
    assert text_of(reminder).count("DỰ THẢO") == pages_of(reminder)


def test_an_office_the_roster_says_has_ended_makes_drafts_and_a_banner(
        services: Services, tmp_path: Path, qtbot) -> None:
    from hanoi_desk.ui.main_window import MainWindow

    services.settings.save(OFFICE)
    # A database from before this release: the ended department is still the office (folded spelling).
    with services.db.begin() as s:
        s.get(SettingRow, "office.office_name").value = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    reasons = services.settings.draft_reasons(DAY)
    assert reasons == ("cơ quan ban hành “Sở Thông tin và Truyền thông” đã kết thúc hoạt động ngày "
                       "28/02/2025 (sáp nhập vào Sở Khoa học và Công nghệ) (office.name)",)
    out = annual(services, tmp_path)
    assert text_of(out).count("DỰ THẢO") == pages_of(out)
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.document_banner.isVisibleTo(window)
    assert "Sở Thông tin và Truyền thông" in window.document_banner.text()
    assert "28/02/2025" in window.document_banner.text()
    # Putting it right (the settings refuse the ended office again) takes the banner away.
    with pytest.raises(ValidationError, match="đã kết thúc hoạt động"):
        services.settings.save({"office.name": "Sở Thông tin và Truyền thông"})
    services.settings.save({"office.name": "Sở Văn hóa và Thể thao"})
    window.refresh_document_banner()
    assert not window.document_banner.isVisibleTo(window)


# ---------------------------------------------------------------------------------------- numbers
def test_the_number_is_left_blank_by_default(services: Services, tmp_path: Path) -> None:
    services.settings.save(OFFICE)
    text = text_of(annual(services, tmp_path), "-layout")
    assert re.search(r"Số:\s{2,}/BC-SVHTT", text)
    assert "Kèm theo Báo cáo số …/BC-SVHTT" in flat(text)
    assert services.documents.entries(2025) == []


def test_numbers_from_the_register_in_the_transaction_that_records_them(
        services: Services, tmp_path: Path) -> None:
    services.settings.save({**OFFICE, "numbering": "register"})
    first = text_of(annual(services, tmp_path), "-layout")
    assert "Số: 01/BC-SVHTT" in first and "Kèm theo Báo cáo số 01/BC-SVHTT" in flat(first)
    # Written again (a typo fixed before sending): the same number.
    assert "Số: 01/BC-SVHTT" in text_of(annual(services, tmp_path, "again.pdf"))
    # A letter that fails to be written uses no number.

    def broken(_data: object) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.reports.issue_reminder(2025, DAY, broken)
    assert [e.number for e in services.documents.entries(2025)] == [1]
    reminder = tmp_path / "cv.pdf"
    data = services.reports.issue_reminder(2025, DAY, lambda d: write_reminder(reminder, d) and d)
    assert data.number == "2" and "Số: 02/SVHTT-QLBC" in text_of(reminder)
    entries = services.documents.entries(2025)
    assert [(e.number, e.symbol) for e in entries] == [(1, "BC-SVHTT"), (2, "SVHTT-QLBC")]
    # A number the văn thư gave, typed in the tab, wins over the register.
    services.reports.save_texts(ReportTexts(2025, "125"), 0)
    assert "Số: 125/BC-SVHTT" in text_of(annual(services, tmp_path, "typed.pdf"))


# ---------------------------------------------------------------------------------------- sections III, IV
def test_sections_three_and_four_name_the_missing_and_the_late(services: Services, tmp_path: Path) -> None:
    services.settings.save(OFFICE)
    departments_and_press(services)
    on_time = ["Sở Y tế", "Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Du lịch",
               "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Thanh tra Thành phố"]
    receive(services, on_time[:8], date(2025, 11, 25), difficulties="Thiếu nhân sự giám sát thông tin")
    receive(services, on_time[8:], date(2025, 11, 20), proposals="Đề nghị tập huấn kỹ năng xử lý tin giả")
    receive(services, ["Báo An ninh Thủ đô"], date(2025, 11, 27))
    body = flat(text_of(annual(services, tmp_path)))
    three = body[body.index("III. TỒN TẠI, HẠN CHẾ"):body.index("IV. ĐỀ XUẤT, KIẾN NGHỊ")]
    four = body[body.index("IV. ĐỀ XUẤT, KIẾN NGHỊ"):body.index("Nơi nhận:")]
    assert "Không có." not in three and "Không có." not in four
    assert "còn 12/22 cơ quan, đơn vị chưa gửi báo cáo:" in three
    for name in ("Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân Thành phố", "Báo Hànộimới",
                 "Đài Phát thanh và Truyền hình Hà Nội"):
        assert name in three, name
    assert "Sở Y tế" not in three.split("gửi báo cáo sau hạn")[0]  # received on the 25th: on time
    assert "1 cơ quan, đơn vị gửi báo cáo sau hạn (ngày 25/11/2025): Báo An ninh Thủ đô." in three
    assert ("- Sở Xây dựng: Thiếu nhân sự giám sát thông tin; - Sở Y tế: Thiếu nhân sự giám sát thông "
            "tin.") in three
    assert "Đề nghị Ủy ban nhân dân Thành phố chỉ đạo 12 cơ quan, đơn vị chưa gửi báo cáo năm 2025" in four
    assert "- Thanh tra Thành phố: Đề nghị tập huấn kỹ năng xử lý tin giả." in four
    # The deadline as the rule counts it.
    assert "chậm nhất ngày 25/11/2025" in body and "trước ngày" not in body


def test_pages_unverified_and_impersonators_still_up_are_shortcomings(services: Services,
                                                                     tmp_path: Path) -> None:
    from hanoi_desk.domain.fanpage import FanpageDraft, ImpersonatorDraft, VerificationState

    services.settings.save(OFFICE)
    departments_and_press(services)
    health = services.roster.find_by_name("Sở Y tế")
    pages = [services.fanpages.create(FanpageDraft(health.id, f"https://www.facebook.com/soyte{i}",
                                                   f"Sở Y tế {i}")) for i in range(3)]
    services.fanpages.transition([pages[0].id], VerificationState.PROPOSED, date(2025, 10, 1),
                                 letter_number="5/SVHTT-QLBC")
    with services.db.begin() as s:  # on the office's list since January (entered from its old file)
        for page in pages:
            s.get(FanpageRow, page.id).registered_on = date(2025, 1, 10)
    services.fanpages.impersonators.create(ImpersonatorDraft("https://www.facebook.com/soyte.gia", "Sở Y tế.",
                                                            found_on=date(2025, 9, 1)))
    body = flat(text_of(annual(services, tmp_path)))
    three = body[body.index("III. TỒN TẠI, HẠN CHẾ"):body.index("IV. ĐỀ XUẤT, KIẾN NGHỊ")]
    assert ("Còn 3/3 trang fanpage chính thức của các cơ quan, đơn vị chưa được xác thực danh tính (tick "
            "xanh) (1 trang đã đề nghị, đang chờ nền tảng xác thực; 2 trang chưa đề nghị).") in three
    assert "1 trang mạo danh cơ quan, đơn vị đã phát hiện vẫn chưa bị gỡ bỏ." in three


def test_nothing_to_say_says_khong_co_and_the_clerks_text_wins(services: Services, tmp_path: Path) -> None:
    services.settings.save(OFFICE)
    services.reports.save_report_settings(ReportSettings(kinds=(AgencyKind.PRESS,)))
    names = [n for _, n, _ in services.reports.expected(2025)]
    receive(services, names, date(2025, 11, 20))
    body = flat(text_of(annual(services, tmp_path)))
    assert "III. TỒN TẠI, HẠN CHẾ Không có. IV. ĐỀ XUẤT, KIẾN NGHỊ Không có." in body
    services.reports.save_texts(ReportTexts(2025, "", "Một số trang chưa cập nhật thường xuyên.",
                                            "Đề nghị bố trí kinh phí."), 0)
    body = flat(text_of(annual(services, tmp_path, "saved.pdf")))
    assert ("III. TỒN TẠI, HẠN CHẾ Một số trang chưa cập nhật thường xuyên. IV. ĐỀ XUẤT, KIẾN NGHỊ Đề nghị "
            "bố trí kinh phí.") in body


# ---------------------------------------------------------------------------------------- the appendix
def test_the_appendix_groups_by_kind_with_bold_subtotals_and_centred_numbers(
        services: Services, tmp_path: Path) -> None:
    services.settings.save(OFFICE)
    out = tmp_path / "bc.pdf"
    services.reports.issue_annual_report(2026, date(2026, 12, 1), lambda d: write_annual_report(out, d))
    lines = [" ".join(line.split()) for line in text_of(out, "-layout").splitlines()]
    # No report yet: no figures, not zeros.
    for row in ("I SỞ, BAN, NGÀNH", "Cộng sở, ban, ngành 0/15 0 hợp lệ", "II UBND XÃ, PHƯỜNG",
                "Cộng UBND xã, phường 0/126 0 hợp lệ", "III CƠ QUAN BÁO CHÍ",
                "Cộng cơ quan báo chí 0/2 0 hợp lệ", "Tổng cộng 0/143 0 hợp lệ"):
        assert row in lines, row
    with pdfplumber.open(out) as pdf:
        first = next(i for i, p in enumerate(pdf.pages) if p.width > p.height)  # the appendix
        page = pdf.pages[first]
        words = page.extract_words(extra_attrs=["fontname", "size"])

        def word(text: str) -> dict:
            return next(w for w in words if w["text"] == text)

        assert "Bold" in word("NGÀNH")["fontname"] and "Bold" not in word("Chưa")["fontname"]
        # The rule under "(Kèm theo …)" is as long as that line.
        line = [w for w in words if "Italic" in w["fontname"]]
        left, right = min(w["x0"] for w in line), max(w["x1"] for w in line)
        rules = [e for e in page.edges if e["orientation"] == "h" and e["top"] > line[0]["bottom"]
                 and e["top"] < line[0]["bottom"] + 8]
        assert any(abs(r["x0"] - left) < 3 and abs(r["x1"] - right) < 3 for r in rules), (left, right)
        # STT centred in its column: "1" and "10" share a centre.
        header = word("STT")
        centre = (header["x0"] + header["x1"]) / 2
        for number in ("1", "9"):
            cell = next(w for w in words if w["text"] == number and w["x0"] < header["x1"] + 5)
            assert abs((cell["x0"] + cell["x1"]) / 2 - centre) < 1.5, number
        totals = pdf.pages[-1].extract_words(extra_attrs=["fontname"])
        assert all("Bold" in w["fontname"] for w in totals if w["text"] in ("Tổng", "cộng"))


# ---------------------------------------------------------------------------------------- the command line
def test_settings_from_the_command_line(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db_url, "settings", "show"]) == 0
    shown = capsys.readouterr().out
    for key in ("office.parent", "office.name", "office.symbol", "office.unit", "office.place",
                "signer.authority", "signer.title", "signer.name", "plan.reference", "numbering"):
        assert re.search(rf"^{re.escape(key)}\s", shown, re.MULTILINE), key
    last = shown.strip().splitlines()[-1]
    assert "DỰ THẢO" in last and "(office.name)" in last and "(signer.name)" in last
    assert main(["--db", db_url, "settings", "set", "office.name", "sở văn hoá  và thể thao"]) == 0
    assert main(["--db", db_url, "settings", "set", "signer.name", "Nguyễn Văn Ký"]) == 0
    out = capsys.readouterr().out
    assert "signer.name = Nguyễn Văn Ký" in out and "office.symbol" in out  # still missing: the symbol
    assert main(["--db", db_url, "settings", "set", "office.symbol", "SVHTT"]) == 0
    assert "DỰ THẢO" not in capsys.readouterr().out
    assert main(["--db", db_url, "settings", "set", "calendar.to", "Ban A; Ban B"]) == 0
    capsys.readouterr()
    # An unknown key: usage error (2), the keys listed.
    assert main(["--db", db_url, "settings", "set", "office.nam", "x"]) == 2
    err = capsys.readouterr().err
    assert "office.nam" in err and "office.name, office.symbol" in err
    # A bad value: exit 1 with the reason, nothing changed.
    assert main(["--db", db_url, "settings", "set", "numbering", "tự động"]) == 1
    assert "blank" in capsys.readouterr().err
    assert main(["--db", db_url, "settings", "set", "office.place", "  "]) == 1
    assert "không được để trống" in capsys.readouterr().err
    assert main(["--db", db_url, "settings", "set", "office.name", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]) == 1
    assert "28/02/2025" in capsys.readouterr().err
    assert main(["--db", db_url, "settings", "show"]) == 0
    shown = capsys.readouterr().out
    assert re.search(r"^office\.name\s+sở văn hoá và thể thao", shown, re.MULTILINE)
    assert re.search(r"^numbering\s+blank", shown, re.MULTILINE)
    assert re.search(r"^office\.place\s+Hà Nội", shown, re.MULTILINE)
    assert re.search(r"^calendar\.to\s+Ban A; Ban B", shown, re.MULTILINE)
    assert "sẵn sàng trình ký" in shown


def test_the_command_line_says_why_a_document_is_a_draft(db_url: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bc.pdf"
    assert main(["--db", db_url, "report", "annual", str(out), "--year", "2025"]) == 0
    captured = capsys.readouterr()
    assert "số để trống" in captured.out
    assert "DỰ THẢO" in captured.err and "signer.name" in captured.err and "office.name" in captured.err
    assert text_of(out).count("DỰ THẢO") == pages_of(out)
