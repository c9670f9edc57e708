"""Planned items from agencies' sheets, and the three exports read back (Excel, official PDF, .ics)."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import Workbook, load_workbook

from hanoi_desk.app import Services
from hanoi_desk.cli import main
from hanoi_desk.domain.calendar import ContentDraft, Distribution, Domain, Party, Period, Publication, Repeat
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.exporters.calendar import write_calendar
from hanoi_desk.importers.calendar import read_calendar

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


WEEKLY_TITLE = "Bản tin tuần <Thủ đô> & sự kiện"
GOOD = [
    ["KẾ HOẠCH NỘI DUNG THÔNG TIN TUYÊN TRUYỀN THÁNG 12/2026"],
    ["(Kèm theo Công văn số 12/SDL ngày 20/11/2026)"],
    [],
    ["STT", "Tiêu đề", "Tóm tắt / Nội dung", "Lĩnh vực", "Định kỳ", "Ngày / Thời gian", "Cơ quan đề xuất"],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
    [1, "Hà Nội đón khách quốc tế", "Số liệu du lịch\ntháng 11", "Du lịch; kinh te", "hàng tháng",
     "Tháng 12/2026", "so du lich"],
    [2, "Kỷ niệm ngày toàn quốc kháng chiến", None, "Lịch sử, Chính trị", "Đột xuất", datetime(2026, 12, 19),
     "BTG Thành ủy"],
    [],
    [3, "Bản tin an ninh", "", "An ninh", "tuần", "Tuần 50/2026", "Báo An ninh Thủ đô"],
    [4, "Tổng kết năm", "", "Kinh tế", None, "05/12/2026", ""],
    [5, "Sơ kết 6 tháng", "", "xã hội", "bán niên", "6 tháng cuối năm 2026", "Sở Y Tế"],
]


def test_import_a_messy_but_good_sheet(services: Services, tmp_path: Path) -> None:
    rows, _sheet_name = read_calendar(_sheet(tmp_path / "plan.xlsx", GOOD))
    plan = services.calendar.plan_import(rows, "plan.xlsx")
    assert plan.ok, plan.rejected
    drafts = {p.draft.title: p.draft for p in plan.to_add}
    assert drafts["Hà Nội đón khách quốc tế"].period is Period.MONTHLY
    assert drafts["Hà Nội đón khách quốc tế"].day == date(2026, 12, 1)
    assert drafts["Hà Nội đón khách quốc tế"].domains == (Domain.ECONOMY, Domain.TOURISM)
    assert drafts["Hà Nội đón khách quốc tế"].summary == "Số liệu du lịch\ntháng 11"
    assert drafts["Kỷ niệm ngày toàn quốc kháng chiến"].day == date(2026, 12, 19)
    assert drafts["Bản tin an ninh"].day == date(2026, 12, 7)
    assert drafts["Tổng kết năm"].period is Period.AD_HOC and drafts["Tổng kết năm"].day == date(2026, 12, 5)
    assert drafts["Sơ kết 6 tháng"].day == date(2026, 7, 1)
    assert [p.row for p in plan.to_add] == [6, 7, 9, 10, 11], "the sheet's own row numbers"
    added, _ = services.calendar.apply_import(plan)
    assert added == 5
    items = {i.title: i for i in services.calendar.list_items()}
    assert items["Hà Nội đón khách quốc tế"].agency_name == "Sở Du lịch"
    assert items["Kỷ niệm ngày toàn quốc kháng chiến"].agency_name == "Ban Tuyên giáo Thành ủy Hà Nội"
    again = services.calendar.plan_import(read_calendar(tmp_path / "plan.xlsx")[0], "plan.xlsx")
    assert len(again.to_add) == 0 and len(again.unchanged) == 5, "imported twice, not doubled"


def test_a_bad_sheet_imports_nothing_and_says_where(services: Services, tmp_path: Path) -> None:
    bad = _sheet(tmp_path / "bad.xlsx", [
        ["Tiêu đề", "Lĩnh vực", "Định kỳ", "Thời gian", "Đơn vị đề xuất"],
        ["Tin đúng", "Kinh tế", "tháng", "Tháng 12/2026", "Sở Y tế"],
        ["Lĩnh vực sai", "Thể thao", "", "05/12/2026", ""],
        ["Cơ quan lạ", "Kinh tế", "", "05/12/2026", "Sở Không Tồn Tại"],
        ["Kỳ không khớp", "Kinh tế", "hàng tuần", "Tháng 12/2026", ""],
        ["Ngày sai", "Kinh tế", "", "31/02/2026", ""],
        ["Thiếu ngày", "Kinh tế", "", None, ""],
        ["Tin đúng", "Kinh tế", "tháng", "Tháng 12/2026", "Sở Y tế"],
    ])
    rows, _ = read_calendar(bad)
    plan = services.calendar.plan_import(rows, "bad.xlsx")
    assert not plan.ok
    text = "\n".join(str(p) for p in plan.rejected)
    assert "dòng 3, cột Lĩnh vực: Lĩnh vực “Thể thao” không rõ" in text
    assert "dòng 4, cột Cơ quan đề xuất: “Sở Không Tồn Tại” không có trong danh bạ" in text
    assert "dòng 5, cột Thời gian" in text and "không khớp với định kỳ “Hàng tuần”" in text
    assert "dòng 6, cột Thời gian: Ngày “31/02/2026” không có thật" in text
    assert "dòng 7, cột Thời gian: Chưa có ngày" in text
    assert text.count("dòng 7") == 1, "one problem, not the same one twice"
    assert "dòng 8: “Tin đúng” trùng với dòng 2" in text
    with pytest.raises(ValidationError):
        services.calendar.apply_import(plan)
    assert services.calendar.count() == 0


def test_a_sheet_without_the_required_columns_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="Thiếu cột “Lĩnh vực”"):
        read_calendar(_sheet(tmp_path / "x.xlsx", [["Tiêu đề", "Ngày"], ["A", "05/12/2026"]]))


@pytest.fixture
def december(services: Services) -> Services:
    """A weekly series over the month end, an agreed-and-published item and a plain proposal."""
    calendar = services.calendar
    site = services.roster.find_by_name("Báo Hànộimới")
    calendar.create(ContentDraft("Bản tin tuần <Thủ đô> & sự kiện", date(2026, 11, 16), Period.WEEKLY,
                                 (Domain.POLITICS,), agency_name="Văn phòng Ủy ban nhân dân Thành phố"),
                    Repeat(until=date(2027, 1, 11)))
    item = calendar.create(ContentDraft("Lễ hội ẩm thực Hà Nội", date(2026, 11, 20), Period.AD_HOC,
                                        (Domain.CULTURE, Domain.TOURISM), summary="Giới thiệu món ăn Hà Nội",
                                        agency_name="Sở Du lịch"))
    calendar.agree(item.id, Party.PROPAGANDA_BOARD, "Nguyễn Văn A", date(2026, 11, 2))
    calendar.agree(item.id, Party.PC_OFFICE, "Lê Thị B", date(2026, 11, 3))
    calendar.distribute(item.id, [Distribution("", date(2026, 11, 4), site.id)])
    calendar.publish(item.id, Publication("Báo Hànộimới", date(2026, 11, 5), "https://hanoimoi.vn/am-thuc"))
    calendar.create(ContentDraft("Kỷ niệm ngày Giải phóng Thủ đô", date(2026, 10, 10), Period.AD_HOC,
                                 (Domain.HISTORY,)))
    services.settings.save({"office.name": "Sở Văn hóa và Thể thao", "office.symbol": "SVHTT",
                            "office.unit": "VP", "signer.name": "Nguyễn Văn Giám"})
    return services


def test_excel_export_reads_back(december: Services, tmp_path: Path) -> None:
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    items = december.calendar.list_items(start, end)
    write_calendar(tmp_path / "lich.xlsx", items, start, end, None)
    sheet = load_workbook(tmp_path / "lich.xlsx").worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "LỊCH NỘI DUNG THÔNG TIN TUYÊN TRUYỀN"
    assert values[1][0].startswith("Tháng 11 năm 2026 — 4 nội dung")
    header = values[3]
    assert header[:5] == ("STT", "Ngày", "Kỳ", "Định kỳ", "Tiêu đề")
    rows = [r for r in values[4:] if isinstance(r[0], int)]
    assert [(r[1].date(), r[4]) for r in rows] == [
        (date(2026, 11, 16), WEEKLY_TITLE), (date(2026, 11, 20), "Lễ hội ẩm thực Hà Nội"),
        (date(2026, 11, 23), WEEKLY_TITLE), (date(2026, 11, 30), WEEKLY_TITLE)]
    festival = dict(zip(header, rows[1], strict=True))
    assert festival["Kỳ"] == "20/11/2026" and festival["Định kỳ"] == "Đột xuất"
    assert festival["Lĩnh vực"] == "Văn hóa, Du lịch" and festival["Cơ quan đề xuất"] == "Sở Du lịch"
    assert festival["Trạng thái"] == "Đã đăng"
    assert festival["Ban Tuyên giáo thống nhất"] == "Nguyễn Văn A, 02/11/2026"
    assert festival["Đã chuyển cho"] == "Báo Hànộimới (04/11/2026)"
    assert festival["Đường dẫn bài đăng"] == "https://hanoimoi.vn/am-thuc"
    assert dict(zip(header, rows[0], strict=True))["Kỳ"] == "Tuần 47/2026"
    assert sheet.freeze_panes == "A5"


def test_the_pdf_is_a_cong_van_to_the_agreeing_parties_with_the_list_as_appendix(
        december: Services, tmp_path: Path) -> None:
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    issue = december.documents.calendar_letter(start, end, date(2026, 12, 1))
    items = december.calendar.list_items(start, end)
    out = write_calendar(tmp_path / "cong-van.pdf", items, start, end, issue)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(raw.split())  # a title wrapped inside its cell reads as one line again
    assert "UBND THÀNH PHỐ HÀ NỘI" in text and "SỞ VĂN HÓA VÀ THỂ THAO" in text
    # A công văn (no type name; issuer then drafting unit), not a "DANH MỤC", with its V/v.
    assert re.search(r"Số:\s+/SVHTT-VP", text) and "DANH MỤC" not in text and "/DM-" not in text
    assert "V/v thống nhất nội dung thông tin tuyên truyền tháng 11 năm 2026" in flat
    # To the agreeing parties of the settings, with the board's name since 2025.
    assert ("Kính gửi: - Ban Tuyên giáo và Dân vận Thành ủy; - Văn phòng Ủy ban nhân dân Thành phố.") in flat
    assert "đã tổng hợp 4 nội dung thông tin tuyên truyền tháng 11 năm 2026" in flat
    assert ("Sở đề nghị Ban Tuyên giáo và Dân vận Thành ủy, Văn phòng Ủy ban nhân dân Thành phố cho ý kiến "
            "thống nhất") in flat
    # The list is the appendix, which names the letter it goes with.
    appendix = flat[flat.index("Phụ lục"):]
    assert "NỘI DUNG THÔNG TIN TUYÊN TRUYỀN THÁNG 11 NĂM 2026" in appendix
    assert "(Kèm theo Công văn số …/SVHTT-VP ngày 01/12/2026 của Sở Văn hóa và Thể thao)" in appendix
    assert "Bản tin tuần <Thủ đô> & sự kiện" in appendix, "user text printed literally"
    assert "Lễ hội ẩm thực Hà Nội" in appendix and "Giới thiệu món ăn Hà Nội" in appendix
    # A repeating item shows its period and its day; an ad hoc one its day.
    assert "Hàng tuần 16/11/2026" in appendix and "Hàng tuần 30/11/2026" in appendix
    assert "Đột xuất 20/11/2026" in appendix
    assert "Kỷ niệm ngày Giải phóng Thủ đô" not in flat, "outside the range"
    for line in ("Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                 "Nguyễn Văn Giám"):
        assert line in text
    assert "DỰ THẢO" not in text
    # The addressees and copies are settings.
    december.settings.save({"calendar.to": "Ban Tuyên giáo và Dân vận Thành ủy",
                            "calendar.cc": "Như trên; Giám đốc Sở (để báo cáo)"})
    issue = december.documents.calendar_letter(start, end, date(2026, 12, 1))
    again = write_calendar(tmp_path / "again.pdf", [], start, end, issue)
    flat = " ".join(subprocess.run(["pdftotext", str(again), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Kính gửi: Ban Tuyên giáo và Dân vận Thành ủy." in flat
    assert "- Giám đốc Sở (để báo cáo);" in flat and "Phụ lục" not in flat


def test_ics_has_one_event_per_occurrence_in_the_range(december: Services, tmp_path: Path) -> None:
    start, end = date(2026, 12, 1), date(2027, 1, 31)
    items = december.calendar.list_items(start, end)
    out = write_calendar(tmp_path / "lich.ics", items, start, end, None)
    parsed = Calendar.from_ical(out.read_bytes())
    events = parsed.walk("VEVENT")
    assert len(events) == 6, "weekly: 07, 14, 21, 28/12/2026, 04 and 11/01/2027"
    days = sorted(e.decoded("dtstart") for e in events)
    assert days[0] == date(2026, 12, 7) and days[-1] == date(2027, 1, 11)
    assert len({str(e["uid"]) for e in events}) == 6
    first = next(e for e in events if e.decoded("dtstart") == date(2026, 12, 7))
    assert str(first["summary"]) == "Bản tin tuần <Thủ đô> & sự kiện"
    assert first.decoded("dtend") == date(2026, 12, 8)
    assert "Văn phòng Ủy ban nhân dân Thành phố" in str(first["description"])
    assert str(first["status"]) == "TENTATIVE"


def test_cli_import_and_export_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    plan = _sheet(tmp_path / "plan.xlsx", GOOD)
    assert main(["--db", db, "import", "calendar", str(plan), "--dry-run"]) == 0
    assert "5 thêm mới" in capsys.readouterr().out
    assert main(["--db", db, "import", "calendar", str(plan)]) == 0
    assert "5 nội dung mới" in capsys.readouterr().out
    for suffix in (".xlsx", ".pdf", ".ics"):
        out = tmp_path / f"lich{suffix}"
        assert main(["--db", db, "export", "calendar", str(out), "--from", "2026-12-01",
                     "--to", "2026-12-31"]) == 0
        captured = capsys.readouterr()
        assert "4 nội dung" in captured.out
        assert out.stat().st_size > 0
        if suffix == ".pdf":  # a công văn whose number the văn thư gives; a draft until the office is set
            assert "công văn, số để trống" in captured.out
            assert "DỰ THẢO" in captured.err and "office.name" in captured.err
    assert len(Calendar.from_ical((tmp_path / "lich.ics").read_bytes()).walk("VEVENT")) == 4
    assert main(["--db", db, "export", "calendar", str(tmp_path / "x.txt"), "--from", "2026-12-01",
                 "--to", "2026-12-31"]) == 1
    assert main(["--db", db, "export", "calendar", str(tmp_path / "x.ics"), "--from", "2026-12-31",
                 "--to", "2026-12-01"]) == 1
    bad = _sheet(tmp_path / "bad.xlsx", [["Tiêu đề", "Lĩnh vực", "Ngày"], ["A", "Thể thao", "05/12/2026"]])
    assert main(["--db", db, "import", "calendar", str(bad)]) == 1
    assert "dòng 2, cột Lĩnh vực" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "export", "calendar", str(tmp_path / "x.ics"), "--from", "1/12/2026",
              "--to", "2026-12-31"])
    assert usage.value.code == 2
