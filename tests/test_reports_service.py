"""Report intake without a window: who must report, statuses around the deadline, receipts, files, import."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import update

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.errors import ConflictError, ValidationError
from hanoi_desk.domain.reports import (
    AttachmentDraft,
    Figures,
    ReceiptDraft,
    ReportSettings,
    ReportStatus,
    ReportTexts,
    report_status,
)
from hanoi_desk.importers.reports import read_tally
from hanoi_desk.models import ReportFileRow
from hanoi_desk.services.reports import ReportService

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

DEADLINE_2025 = date(2025, 11, 25)


def agency_id(services: Services, name: str) -> int:
    found = services.roster.find_by_name(name)
    assert found is not None, name
    return found.id


def row_of(services: Services, year: int, name: str, today: date):
    return next(r for r in services.reports.intake(year, today) if r.agency_name == name)


# ------------------------------------------------------------------------------------------ statuses
@pytest.mark.parametrize(("received", "today", "expected"), [
    (date(2025, 11, 25), date(2025, 12, 1), ReportStatus.ON_TIME),   # on the 25th itself
    (date(2025, 11, 26), date(2025, 12, 1), ReportStatus.LATE),      # the 26th
    (date(2025, 10, 2), date(2025, 10, 3), ReportStatus.ON_TIME),    # well before
    (None, date(2025, 11, 24), ReportStatus.NOT_DUE),                # before the deadline
    (None, date(2025, 11, 25), ReportStatus.NOT_DUE),                # the deadline day is still in time
    (None, date(2025, 11, 26), ReportStatus.MISSING),                # once it has passed
])
def test_status_around_the_deadline(received: date | None, today: date, expected: ReportStatus) -> None:
    assert report_status(received, DEADLINE_2025, today) is expected


@pytest.mark.parametrize(("clock", "expected"), [
    (FixedClock(date(2026, 11, 25), time(23, 59)), ReportStatus.NOT_DUE),  # the last minute of the day
    (FixedClock(date(2026, 11, 26), time(0, 1)), ReportStatus.MISSING),    # the first of the next
])
def test_intake_on_the_deadline_day_itself_follows_the_services_clock(services: Services,
                                                                      expected: ReportStatus) -> None:
    """Without a day passed in, the intake is as of the clock's today (what the tab and CLI show)."""
    services.reports.record(ReceiptDraft(agency_id(services, "Sở Y tế"), 2026, date(2026, 11, 25)))
    statuses = {r.agency_name: r.status for r in services.reports.intake(2026)}
    assert statuses["Sở Y tế"] is ReportStatus.ON_TIME, "received on the 25th: on time"
    assert statuses["Sở Tư pháp"] is expected


def test_intake_statuses_follow_the_day_passed_in(services: Services) -> None:
    reports = services.reports
    on_time = agency_id(services, "Sở Y tế")
    late = agency_id(services, "Sở Du lịch")
    reports.record(ReceiptDraft(on_time, 2025, date(2025, 11, 25)))
    reports.record(ReceiptDraft(late, 2025, date(2025, 11, 26)))
    before = {r.agency_name: r.status for r in reports.intake(2025, date(2025, 11, 25))}
    after = {r.agency_name: r.status for r in reports.intake(2025, date(2025, 11, 26))}
    assert before["Sở Y tế"] is after["Sở Y tế"] is ReportStatus.ON_TIME
    assert after["Sở Du lịch"] is ReportStatus.LATE
    assert before["Sở Tư pháp"] is ReportStatus.NOT_DUE
    assert after["Sở Tư pháp"] is ReportStatus.MISSING
    summary = reports.summary(2025, date(2025, 11, 26))
    counts = (summary.expected, summary.received, summary.on_time, summary.late, summary.missing)
    # 16 departments, the 126 communes of 01/07/2025 and 7 press agencies.
    assert counts == (149, 2, 1, 1, 147)


# ------------------------------------------------------------------------------------------ who reports
def test_expected_reporters_across_the_2025_restructuring(services: Services) -> None:
    services.settings.save({"office.name": "Sở Văn hóa và Thể thao"})
    before = {name: kind for _, name, kind in services.reports.expected(2024)}
    after = {name: kind for _, name, kind in services.reports.expected(2025)}
    # 2024: 21 departments (the office itself does not report to itself), 30 districts, 7 press.
    assert sum(k is AgencyKind.DISTRICT for k in before.values()) == 30
    assert sum(k is AgencyKind.DEPARTMENT for k in before.values()) == 21
    assert len(before) == 58
    assert "Ủy ban nhân dân quận Ba Đình" in before and "Sở Kế hoạch và Đầu tư" in before
    assert "Sở Nông nghiệp và Môi trường" not in before
    assert "Sở Văn hóa và Thể thao" not in before and "Sở Thông tin và Truyền thông" in before
    assert "Ban Tuyên giáo Thành ủy Hà Nội" not in before  # party bodies are not a reporting kind
    # 2025: districts ended on 2025-06-30 and the 126 communes took over; departments merged on 2025-02-28.
    assert not any(k is AgencyKind.DISTRICT for k in after.values())
    assert sum(k is AgencyKind.COMMUNE for k in after.values()) == 126
    assert "Sở Kế hoạch và Đầu tư" not in after and "Sở Nông nghiệp và Môi trường" in after
    assert sum(k is AgencyKind.DEPARTMENT for k in after.values()) == 15
    assert len(after) == 15 + 126 + 7


def test_communes_created_in_2025_report_for_2025(services: Services) -> None:
    services.roster.create(AgencyDraft(name="Ủy ban nhân dân xã Thử Nghiệm", kind=AgencyKind.COMMUNE,
                                       active_from=date(2025, 7, 1)))
    for name in ("Ủy ban nhân dân xã Thử Nghiệm", "Ủy ban nhân dân phường Ba Đình"):  # typed, and shipped
        assert name in {n for _, n, _ in services.reports.expected(2025)}
        assert name not in {n for _, n, _ in services.reports.expected(2024)}


def test_reporting_kinds_and_deadline_are_settings(services: Services) -> None:
    reports = services.reports
    reports.save_report_settings(ReportSettings(kinds=(AgencyKind.PRESS,), deadline=(12, 1)))
    assert {k for _, _, k in reports.expected(2025)} == {AgencyKind.PRESS}
    assert reports.deadline(2025) == date(2025, 12, 1)
    press = agency_id(services, "Báo An ninh Thủ đô")
    reports.record(ReceiptDraft(press, 2025, date(2025, 11, 30)))
    assert row_of(services, 2025, "Báo An ninh Thủ đô", date(2025, 12, 2)).status is ReportStatus.ON_TIME
    with pytest.raises(ValidationError) as refused:
        reports.save_report_settings(ReportSettings(kinds=(), deadline=(2, 30)))
    assert {p.field for p in refused.value.problems} == {"kinds", "deadline"}


def test_a_merged_agency_keeps_its_old_name_on_old_reports(services: Services) -> None:
    reports = services.reports
    old = agency_id(services, "Sở Kế hoạch và Đầu tư")
    reports.record(ReceiptDraft(old, 2024, date(2024, 11, 20), figures=Figures(portal_items=10)))
    agency = services.roster.get(old)
    renamed = agency.to_draft(name="Sở Kế hoạch và Đầu tư (cũ)", contacts=None)
    services.roster.update(old, renamed, agency.version)
    row = row_of(services, 2024, "Sở Kế hoạch và Đầu tư", date(2025, 1, 5))
    assert row.status is ReportStatus.ON_TIME and row.figure("portal_items") == 10
    assert "Sở Kế hoạch và Đầu tư" not in {r.agency_name for r in reports.intake(2025, date(2025, 12, 1))}
    with pytest.raises(ValidationError, match="không hoạt động trong năm 2026"):
        reports.record(ReceiptDraft(old, 2026, date(2026, 11, 20)))


def test_a_report_from_an_agency_not_expected_is_listed_apart(services: Services) -> None:
    party = agency_id(services, "Văn phòng Thành ủy Hà Nội")
    services.reports.record(ReceiptDraft(party, 2025, date(2025, 11, 20), figures=Figures(portal_items=7)))
    rows = services.reports.intake(2025, date(2025, 12, 1))
    extra = [r for r in rows if not r.expected]
    assert [r.agency_name for r in extra] == ["Văn phòng Thành ủy Hà Nội"]
    summary = services.reports.summary(2025, date(2025, 12, 1))
    assert summary.expected == 149 and summary.received == 0 and summary.totals["portal_items"] == 7


# ------------------------------------------------------------------------------------------ receipts
def test_attachment_is_stored_and_read_back_byte_for_byte(services: Services) -> None:
    reports = services.reports
    data = bytes(range(256)) * 4096 + b"\x00\xff%PDF"
    receipt = reports.record(ReceiptDraft(
        agency_id(services, "Sở Y tế"), 2025, date(2025, 11, 20), "125/BC-SYT", date(2025, 11, 18),
        attachment=AttachmentDraft("C:\\Users\\van thu\\Báo cáo Sở Y tế.pdf", data),
    ))
    assert receipt.attachment_name == "Báo cáo Sở Y tế.pdf"
    assert receipt.attachment_sha256 == hashlib.sha256(data).hexdigest()
    assert receipt.attachment_size == len(data)
    back = reports.attachment(receipt.id)
    assert back.data == data and back.sha256 == hashlib.sha256(data).hexdigest()
    # An edit without a new file keeps the file; removing it removes it.
    kept = reports.update(receipt.id, ReceiptDraft(receipt.agency_id, 2025, date(2025, 11, 21)),
                          receipt.version)
    assert reports.attachment(kept.id).data == data
    removed = reports.update(kept.id, ReceiptDraft(receipt.agency_id, 2025, date(2025, 11, 21),
                                                   remove_attachment=True), kept.version)
    assert not removed.has_attachment
    with pytest.raises(ValidationError, match="chưa có tệp"):
        reports.attachment(removed.id)


def test_a_damaged_stored_file_is_detected(services: Services) -> None:
    reports = services.reports
    receipt = reports.record(ReceiptDraft(agency_id(services, "Sở Y tế"), 2025, date(2025, 11, 20),
                                          attachment=AttachmentDraft("a.pdf", b"original")))
    with services.db.begin() as s:
        s.execute(update(ReportFileRow).where(ReportFileRow.receipt_id == receipt.id).values(data=b"changed"))
    with pytest.raises(ValidationError, match="SHA-256"):
        reports.attachment(receipt.id)


def test_invalid_receipt_lists_every_problem(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.reports.record(ReceiptDraft(
            agency_id(services, "Sở Y tế"), 2025, date(2024, 12, 31), doc_date=date(2025, 1, 2),
            figures=Figures(portal_items=-1), attachment=AttachmentDraft("empty.pdf", b""),
        ))
    fields = {p.field for p in refused.value.problems}
    assert fields == {"received_on", "doc_date", "portal_items", "attachment"}


def test_one_report_per_agency_and_year_and_stale_edits_are_refused(services: Services) -> None:
    reports = services.reports
    sid = agency_id(services, "Sở Y tế")
    first = reports.record(ReceiptDraft(sid, 2025, date(2025, 11, 20)))
    with pytest.raises(ValidationError, match="Đã ghi nhận"):
        reports.record(ReceiptDraft(sid, 2025, date(2025, 11, 21)))
    other = ReportService(services.db, services.settings)
    other.update(first.id, ReceiptDraft(sid, 2025, date(2025, 11, 22), "1/BC"), first.version)
    with pytest.raises(ConflictError) as conflict:
        reports.update(first.id, ReceiptDraft(sid, 2025, date(2025, 11, 23)), first.version)
    assert conflict.value.changed_by
    assert reports.get(first.id).doc_number == "1/BC"


def test_office_text_is_kept_per_year_with_conflicts_refused(services: Services) -> None:
    reports = services.reports
    nfd = unicodedata.normalize("NFD", "Thiếu nhân lực ở Ứng Hòa\r\n  dòng hai  ")
    saved = reports.save_texts(ReportTexts(2025, "12", nfd, "Đề nghị"), 0)
    assert saved.shortcomings == "Thiếu nhân lực ở Ứng Hòa\n  dòng hai"
    assert reports.texts(2024).version == 0 and reports.texts(2025).number == "12"
    reports.save_texts(ReportTexts(2025, "13", "x", "y"), saved.version)
    with pytest.raises(ConflictError):
        reports.save_texts(ReportTexts(2025, "14", "z", "w"), saved.version)
    with pytest.raises(ConflictError):
        reports.save_texts(ReportTexts(2025, "15", "z", "w"), 0)  # someone created it meanwhile


# ------------------------------------------------------------------------------------------ import
def _tally(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["BẢNG THEO DÕI TIẾP NHẬN BÁO CÁO NĂM 2025"])
    sheet.append([])
    sheet.append(["STT", "Tên cơ quan, đơn vị", "Ngày nhận", "Số VB", "Ngày văn bản", "Tin bài Cổng TTĐT",
                  "Tin bài fanpage", "Số fanpage", "Nhân sự giám sát", "Tương tác đã xử lý", "Khó khăn"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_a_tally_preview_then_all_or_nothing(services: Services, tmp_path: Path) -> None:
    reports = services.reports
    good = _tally(tmp_path / "tally.xlsx", [
        [1, unicodedata.normalize("NFD", "SỞ Y TẾ"), "20/11/2025", "125/BC-SYT", "18/11/2025", "1.234", 56,
         2, 3, "1,200", "Thiếu người"],
        [2, "bao an ninh thu do", date(2025, 11, 27), "", None, 10, None, 1, None, None, None],
    ])
    rows, _sheet = read_tally(good)
    plan = reports.plan_import(rows, 2025, good.name)
    assert plan.ok, plan.rejected
    assert [p.label for p in plan.to_add] == ["Sở Y tế", "Báo An ninh Thủ đô"]
    assert reports.apply_import(plan) == (2, 0)
    yte = row_of(services, 2025, "Sở Y tế", date(2025, 12, 1))
    assert yte.status is ReportStatus.ON_TIME
    assert yte.receipt.figures == Figures(1234, 56, 2, 3, 1200)
    assert yte.receipt.doc_date == date(2025, 11, 18) and yte.receipt.difficulties == "Thiếu người"
    assert row_of(services, 2025, "Báo An ninh Thủ đô", date(2025, 12, 1)).status is ReportStatus.LATE
    # The same file again changes nothing.
    again = reports.plan_import(read_tally(good)[0], 2025, good.name)
    assert again.ok and not again.to_add and not again.to_update and len(again.unchanged) == 2

    bad = _tally(tmp_path / "bad.xlsx", [
        [1, "Sở Du lịch", "21/11/2025", "", "", 5, 5, 1, 1, 1, ""],
        [2, "Sở Du lich", "22/11/2025", "", "", 5, 5, 1, 1, 1, ""],       # the same agency again
        [3, "Sở Y tê", "", "", "", "nhiều", -1, 1, 1, 1, ""],              # no date, not a number, negative
        [4, "Sở Du hành vũ trụ", "21/11/2025", "", "", 1, 1, 1, 1, 1, ""],  # unknown
    ])
    plan = reports.plan_import(read_tally(bad)[0], 2025, bad.name)
    assert not plan.ok
    text = "\n".join(str(p) for p in plan.rejected)
    assert "dòng 5" in text and "trùng với dòng 4" in text
    assert "dòng 6, cột Ngày nhận" in text and "dòng 6, cột Tin bài Cổng TTĐT" in text
    assert "dòng 6, cột Tin bài fanpage: Số liệu không được âm." in text
    assert "Không tìm thấy “Sở Du hành vũ trụ”" in text
    with pytest.raises(ValidationError):
        reports.apply_import(plan)
    assert row_of(services, 2025, "Sở Du lịch", date(2025, 12, 1)).receipt is None


def test_import_updates_only_the_columns_the_file_has(services: Services, tmp_path: Path) -> None:
    reports = services.reports
    sid = agency_id(services, "Sở Y tế")
    reports.record(ReceiptDraft(sid, 2025, date(2025, 11, 20), "125/BC-SYT", results="Giữ nguyên",
                                figures=Figures(1, 2, 3, 4, 5), attachment=AttachmentDraft("f.pdf", b"x")))
    book = Workbook()
    book.active.append(["Cơ quan", "Ngày nhận", "Tương tác"])
    book.active.append(["Sở Y tế", "20/11/2025", 99])
    book.save(tmp_path / "t.xlsx")
    plan = reports.plan_import(read_tally(tmp_path / "t.xlsx")[0], 2025)
    assert [[str(c) for c in p.changes] for p in plan.to_update] == [["Lượt tương tác đã xử lý: 5 → 99"]]
    reports.apply_import(plan)
    receipt = reports.receipt_for(sid, 2025)
    assert receipt is not None
    assert receipt.figures == Figures(1, 2, 3, 4, 99)
    assert receipt.results == "Giữ nguyên" and receipt.doc_number == "125/BC-SYT" and receipt.has_attachment


def test_reminder_lists_who_is_still_missing(services: Services) -> None:
    reports = services.reports
    for _, name, _kind in reports.expected(2025):
        if name != "Báo An ninh Thủ đô":
            reports.record(ReceiptDraft(agency_id(services, name), 2025, date(2025, 11, 20)))
    data = reports.reminder(2025, date(2025, 11, 28))
    assert [r.agency_name for r in data.agencies] == ["Báo An ninh Thủ đô"]
    assert data.reply_by == date(2025, 12, 5)
    assert reports.reminder(2025, date(2025, 11, 10)).reply_by == DEADLINE_2025
    reports.record(ReceiptDraft(agency_id(services, "Báo An ninh Thủ đô"), 2025, date(2025, 11, 29)))
    with pytest.raises(ValidationError, match="không cần công văn"):
        reports.reminder(2025, date(2025, 11, 30))
