"""Imports that never drop, bend or duplicate what the clerk gave them (issue 16).

Real-shaped files made here with openpyxl (and, for .xls and .ods, the LibreOffice-made fixtures of
tests/data/, see make_fixtures.py), imported through the services and the command line, and the
database and the exports read back.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hanoi_desk.app import Services, open_services
from hanoi_desk.cli import main
from hanoi_desk.domain.agency import AgencyDraft, ContactDraft, ContactRole
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.errors import Cancelled, ValidationError
from hanoi_desk.domain.imports import FIELD, IGNORE, NOTES, ColumnChoice, header_key, problem_cells
from hanoi_desk.domain.reports import ReceiptDraft
from hanoi_desk.importers.agencies import AGENCIES
from hanoi_desk.importers.calendar import CALENDAR
from hanoi_desk.importers.fanpages import FANPAGES
from hanoi_desk.importers.outreach import OUTREACH
from hanoi_desk.importers.reports import REPORTS
from hanoi_desk.importing import command_line_choices, jobs

DATA = Path(__file__).resolve().parent / "data"
TODAY = date(2026, 12, 1)


def sheet(path: Path, rows: list[list[object]], *, merges: tuple[str, ...] = (), title: str = "Danh sách",
          before: int = 0, cover: bool = False) -> Path:
    book = Workbook()
    if cover:
        book.active.title = "Hướng dẫn"
        book.active.append(["Điền danh sách ở trang sau. Không sửa dòng tiêu đề."])
        ws = book.create_sheet(title)
    else:
        ws = book.active
        ws.title = title
    for _ in range(before):
        ws.append([])
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    book.save(path)
    return path


@pytest.fixture
def dated(db_url: str):  # type: ignore[no-untyped-def]
    """Services whose "today" is 1 December 2026."""
    svc = open_services(db_url, clock=FixedClock(TODAY))
    yield svc
    svc.close()


# ----------------------------------------------------------------------------- column mapping
def test_a_summary_headed_noi_dung_tom_tat_is_imported(services: Services, tmp_path: Path) -> None:
    path = sheet(tmp_path / "lich.xlsx", [
        ["Tiêu đề", "Nội dung tóm tắt", "Lĩnh vực", "Ngày / Thời gian", "Ghi chú khác"],
        ["Hà Nội mùa hoa sữa", "Phóng sự ảnh về mùa thu Hà Nội", "Văn hóa", "05/12/2026", "ảnh của Sở"],
    ])
    job = jobs(services)["calendar"]
    _found, plan = job.read_and_plan(path)
    assert [(c.header, c.action, c.key) for c in plan.columns] == [
        ("Tiêu đề", FIELD, "title"), ("Nội dung tóm tắt", FIELD, "summary"), ("Lĩnh vực", FIELD, "domains"),
        ("Ngày / Thời gian", FIELD, "when"), ("Ghi chú khác", FIELD, "notes")]
    assert job.apply(plan) == (1, 0)
    [item] = services.calendar.list_items(date(2026, 12, 1), date(2026, 12, 31))
    assert (item.summary, item.notes) == ("Phóng sự ảnh về mùa thu Hà Nội", "ảnh của Sở")


def test_an_unknown_column_is_shown_left_out_with_its_cells_then_kept_and_remembered(
        services: Services, tmp_path: Path) -> None:
    path = sheet(tmp_path / "ds.xlsx", [
        ["STT", "Tên cơ quan", "Điện thoại", "Số lượng fanpage quản lý"],
        [1, "Sở Y tế", "02438253581", 3],
        [2, "Sở Du lịch", "02438254444", None],
        [3, "Sở Nội vụ", "02438255555", 5],
    ])
    job = jobs(services)["agencies"]
    found, plan = job.read_and_plan(path)
    extra = next(c for c in plan.columns if c.header == "Số lượng fanpage quản lý")
    assert (extra.letter, extra.cells, extra.action) == ("D", 2, IGNORE) and extra.unconfirmed
    assert [c.header for c in plan.dropped_columns] == ["Số lượng fanpage quản lý"]  # STT is no data
    assert extra.describe() == "cột D “Số lượng fanpage quản lý” (2 ô có dữ liệu): bỏ qua"

    kept_found, kept = job.replan(found, {extra.header_key: ColumnChoice(NOTES)})
    assert not kept.unconfirmed_columns and kept_found.rows[0].draft.notes == "Số lượng fanpage quản lý: 3"
    job.apply(kept)
    assert services.roster.find_by_name("Sở Y tế").notes == "Số lượng fanpage quản lý: 3"
    assert services.settings.import_choices("agencies") == {
        header_key("Số lượng fanpage quản lý"): ColumnChoice(NOTES)}
    # The next file with that header (written differently) is mapped by itself, on any workstation.
    again = sheet(tmp_path / "ds2.xlsx", [["Tên cơ quan", "SỐ LƯỢNG FANPAGE QUẢN LÝ:"], ["Sở Tư pháp", 7]])
    _again_found, plan2 = jobs(services)["agencies"].read_and_plan(again)
    [column] = [c for c in plan2.columns if c.header.startswith("SỐ")]
    assert (column.action, column.how) == (NOTES, "remembered")


def test_a_column_can_be_mapped_to_a_field_by_hand(services: Services, tmp_path: Path) -> None:
    path = sheet(tmp_path / "t.xlsx", [["Cơ quan", "Ngày nhận", "Nội dung chủ yếu"],
                                       ["Sở Y tế", "20/11/2025", "Đã đăng 120 tin bài"]])
    choices = command_line_choices(REPORTS, ["Nội dung chủ yếu=Kết quả"], [])
    assert choices == {header_key("Nội dung chủ yếu"): ColumnChoice(FIELD, "results")}
    found = REPORTS.read(path, choices=choices)
    assert found.rows[0].draft.results == "Đã đăng 120 tin bài"
    with pytest.raises(ValidationError, match="--map"):
        command_line_choices(REPORTS, ["Nội dung chủ yếu=không có trường này"], [])


def test_the_tally_keeps_its_ghi_chu_and_the_intake_export_shows_it(services: Services,
                                                                     tmp_path: Path) -> None:
    from hanoi_desk.exporters.reports import write_intake

    path = sheet(tmp_path / "theo doi.xlsx", [
        ["Cơ quan", "Ngày nhận", "Số văn bản", "Ghi chú"],
        ["Sở Y tế", "20/11/2025", "125/BC-SYT", "nộp đúng ngày hạn"],
        ["Sở Du lịch", "26/11/2025", "9/BC-SDL", "muộn 1 ngày"],
    ])
    job = jobs(services, 2025)["reports"]
    _found, plan = job.read_and_plan(path)
    assert plan.ok and not plan.dropped_columns
    job.apply(plan)
    health = services.reports.receipt_for(services.roster.find_by_name("Sở Y tế").id, 2025)
    assert health is not None and health.notes == "nộp đúng ngày hạn"
    out = write_intake(tmp_path / "intake.xlsx", services.reports.intake(2025), 2025,
                       services.reports.deadline(2025))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "STT")
    notes = [r[header.index("Ghi chú")] for r in rows if r and r[1] in ("Sở Y tế", "Sở Du lịch")]
    assert sorted(notes) == ["muộn 1 ngày", "nộp đúng ngày hạn"]


# ----------------------------------------------------------------------------- layouts
def test_a_two_row_header_with_a_merged_group(services: Services, tmp_path: Path) -> None:
    path = sheet(tmp_path / "hai dong.xlsx", [
        ["DANH SÁCH ĐẦU MỐI"], [],
        ["STT", "Tên cơ quan", "Điện thoại", "Người đầu mối", None, None, "Ghi chú"],
        [None, None, None, "Họ tên", "Chức vụ", "Điện thoại", None],
        [1, "Sở Y tế", "02438253581", "Nguyễn Văn An", "Chánh Văn phòng", "0912345678", "mới"],
    ], merges=("D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4"))
    found = AGENCIES.read(path)
    assert [(c.header, c.key) for c in found.columns] == [
        ("STT", ""), ("Tên cơ quan", "name"), ("Điện thoại", "phone"),
        ("Người đầu mối / Họ tên", "contact_name"), ("Người đầu mối / Chức vụ", "contact_position"),
        ("Người đầu mối / Điện thoại", "contact_phone"), ("Ghi chú", "notes")]
    [row] = found.rows
    assert row.row == 5 and row.problems == ()
    assert row.draft.phone == "02438253581"
    assert row.draft.contacts == (ContactDraft("Nguyễn Văn An", "Chánh Văn phòng", "0912345678"),)


@pytest.mark.parametrize("name", ["roster-two-row-header.xls", "roster-two-row-header.ods"])
def test_xls_and_ods_from_libreoffice_import_like_xlsx(services: Services, name: str) -> None:
    job = jobs(services)["agencies"]
    _found, plan = job.read_and_plan(DATA / name)
    assert plan.ok and plan.sheet == "Danh sách"  # the cover sheet in front is skipped
    assert [p.row for p in plan.to_add] == [8] and [p.row for p in plan.to_update] == [7]
    job.apply(job.replan(_found, {header_key("Số lượng fanpage quản lý"): ColumnChoice(NOTES)})[1])
    site = services.roster.find_by_name("Trang tin điện tử Hà Nội Ngày Mới")
    assert site is not None and site.kind.value == "news_site" and site.licence_date == date(2024, 12, 5)
    assert site.phone == "02438251234" and site.notes == "muộn 1 ngày; Số lượng fanpage quản lý: 2"
    assert [(c.name, c.position, c.phone) for c in site.contacts] == [
        ("Trần Thị Bình", "Phó Tổng biên tập", "0987654321")]
    health = services.roster.find_by_name("Sở Y tế")
    assert health.focal_point is not None and health.focal_point.phone == "0912345678"


def test_a_table_lower_down_on_a_second_sheet(tmp_path: Path) -> None:
    path = sheet(tmp_path / "xa.xlsx", [["Tên trang", "Đường dẫn", "Cơ quan"],
                                        ["Sở Y tế Hà Nội", "facebook.com/soytehanoi", "Sở Y tế"]],
                 before=35, cover=True)
    found = FANPAGES.read(path)
    assert found.sheet_name == "Danh sách" and [r.row for r in found.rows] == [37]


# ----------------------------------------------------------------------------- formulas
def _uncalculated(path: Path) -> Path:
    """openpyxl writes formulas without a result, as programs that make files do."""
    with zipfile.ZipFile(path) as z:
        assert b"<f>" in z.read("xl/worksheets/sheet1.xml")
    return path


def test_a_formula_without_a_value_is_named_not_taken_for_a_missing_name(tmp_path: Path) -> None:
    path = _uncalculated(sheet(tmp_path / "cong thuc.xlsx", [
        ["Tên cơ quan", "Mã", "Điện thoại"], ["Sở Y tế", "SYT", "02438253581"],
        ["Sở Du lịch", "SDL", None], ["Sở Nội vụ", "SNV", None],
        [None, None, None], ["=A2&\" (cũ)\"", "X", None],
    ]))
    rows, _ = AGENCIES.read(path).rows, None
    messages = [str(p) for r in rows for p in r.problems]
    assert messages == ["dòng 6, cột Tên cơ quan: ô A6 chứa công thức chưa có giá trị: "
                        "mở tệp bằng Excel rồi lưu lại"]


def test_a_name_that_looks_like_a_formula_is_a_warning(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    book = Workbook()
    book.active.append(["Tên cơ quan", "Điện thoại"])
    book.active.append(['=HYPERLINK("http://x.invalid","Sở")', "0243825358"])
    book.active["A2"].data_type = "s"  # typed as text, as a clerk pasting it would
    book.active.append(["-Trung tâm báo chí", ""])
    book.save(tmp_path / "f.xlsx")
    _found, plan = jobs(services)["agencies"].read_and_plan(tmp_path / "f.xlsx")
    assert plan.ok and len(plan.to_add) == 2
    assert [problem_cells(w)[:2] for w in plan.warnings] == [("2", "Tên cơ quan"), ("3", "Tên cơ quan")]
    assert "có thể là công thức" in plan.warnings[0].message
    assert main(["--db", db_url, "import", "agencies", str(tmp_path / "f.xlsx"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Cảnh báo: dòng 2, cột Tên cơ quan: “=HYPERLINK(" in out


# ----------------------------------------------------------------------------- re-import
def test_reimport_replaces_the_focal_point_and_shows_old_and_new(services: Services, tmp_path: Path) -> None:
    agency = services.roster.create(AgencyDraft("Trung tâm Văn hóa Nghệ thuật", phone="02438253581",
                                                contacts=(
        ContactDraft("Nguyễn Văn An", "Chánh Văn phòng", "0912345678", "an@hanoi.gov.vn"),
        ContactDraft("Lê Thị Giám", "Chuyên viên", "0900000001", role=ContactRole.MONITORING))))
    path = sheet(tmp_path / "moi.xlsx", [
        ["Tên cơ quan", "Điện thoại", "Người đầu mối", "Chức vụ", "Di động"],
        ["Trung tâm Văn hóa Nghệ thuật", "02438253582", "Trần Thị Bình", "Phó Chánh Văn phòng", "0987654321"],
    ])
    job = jobs(services)["agencies"]
    _found, plan = job.read_and_plan(path)
    [planned] = plan.to_update
    assert [str(c) for c in planned.changes] == [
        "Điện thoại: 02438253581 → 02438253582",
        "Người liên hệ (Đầu mối): Nguyễn Văn An (Chánh Văn phòng, 0912345678, an@hanoi.gov.vn) → "
        "Trần Thị Bình (Phó Chánh Văn phòng, 0987654321)"]
    job.apply(plan)
    after = services.roster.get(agency.id)
    assert [(c.name, c.role) for c in after.contacts] == [("Trần Thị Bình", ContactRole.FOCAL_POINT),
                                                          ("Lê Thị Giám", ContactRole.MONITORING)]
    history = services.history.for_record("agency", agency.id)
    deleted = [e for e in history if e.table == "contact" and e.action.value == "delete"]
    assert [e.label for e in deleted] == ["Nguyễn Văn An"]  # the former focal point, kept in the history
    assert {c.field: c.old for c in deleted[0].changes}["phone"] == "0912345678"

    # The same file again: the same focal point is matched (by name), nothing is duplicated.
    _again, plan2 = job.read_and_plan(path)
    assert (len(plan2.to_update), len(plan2.unchanged), plan2.nothing_to_do) == (0, 1, True)


def test_a_contact_is_matched_by_phone_or_email_not_added_twice(services: Services, tmp_path: Path) -> None:
    agency = services.roster.create(AgencyDraft("Sở Du lịch Hà Nội", contacts=(
        ContactDraft("Nguyễn Văn An", "Chuyên viên", "0912345678", "an@hanoi.gov.vn"),)))
    path = sheet(tmp_path / "a.xlsx", [["Tên cơ quan", "Người đầu mối", "Email người liên hệ", "Chức vụ"],
                                       ["Sở Du lịch Hà Nội", "NGUYỄN VĂN AN", "", "Trưởng phòng"]])
    job = jobs(services)["agencies"]
    job.apply(job.read_and_plan(path)[1])  # the same person by name, whatever the case
    [contact] = services.roster.get(agency.id).contacts
    assert (contact.name, contact.position, contact.phone) == ("Nguyễn Văn An", "Trưởng phòng", "0912345678")
    by_mail = sheet(tmp_path / "b.xlsx", [
        ["Tên cơ quan", "Người đầu mối", "Email người liên hệ", "Di động"],
        ["Sở Du lịch Hà Nội", "Nguyễn V. An", "AN@hanoi.gov.vn", "0987000111"]])
    job.apply(job.read_and_plan(by_mail)[1])  # the same mailbox: the same contact, its phone updated
    [contact] = services.roster.get(agency.id).contacts
    assert (contact.name, contact.phone) == ("Nguyễn V. An", "0987000111")


def test_touching_an_ended_agency_is_a_warning_in_the_preview_and_on_the_command_line(
        dated: Services, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(tmp_path / "cu.xlsx", [["Tên cơ quan", "Điện thoại"],
                                        ["Sở Tài nguyên và Môi trường", "02439999999"]])
    _found, plan = jobs(dated)["agencies"].read_and_plan(path)
    assert [p.label for p in plan.to_update] == ["Sở Tài nguyên và Môi trường"]
    assert [str(w) for w in plan.warnings] == [
        "dòng 2: “Sở Tài nguyên và Môi trường” đã kết thúc hoạt động từ 28/02/2025, sáp nhập vào "
        "“Sở Nông nghiệp và Môi trường”: dòng này sẽ cập nhật hồ sơ của cơ quan đã kết thúc."]
    assert main(["--db", db_url, "import", "agencies", str(path), "--dry-run"]) == 0
    assert "Cảnh báo: dòng 2: “Sở Tài nguyên và Môi trường” đã kết thúc" in capsys.readouterr().out


# ----------------------------------------------------------------------------- only what the file says
def test_a_fanpage_sheet_without_a_count_date_leaves_it_empty(dated: Services, tmp_path: Path) -> None:
    path = sheet(tmp_path / "fp.xlsx", [["Cơ quan", "Tên trang", "Đường dẫn", "Số người theo dõi"],
                                        ["Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi", 12500]])
    job = jobs(dated)["fanpages"]
    job.apply(job.read_and_plan(path)[1])
    page = dated.fanpages.find_by_url("facebook.com/soytehanoi")
    assert page is not None and page.followers == 12500 and page.followers_on is None


# ----------------------------------------------------------------------------- nothing written
@pytest.mark.parametrize("kind", ["agencies", "calendar", "fanpages", "reports", "outreach"])
def test_cancel_while_saving_writes_nothing(services: Services, tmp_path: Path, kind: str) -> None:
    files = {
        "agencies": [["Tên cơ quan"], ["Trang tin A"], ["Trang tin B"]],
        "calendar": [["Tiêu đề", "Lĩnh vực", "Ngày"], ["Bản tin", "Kinh tế", "05/12/2026"]],
        "fanpages": [["Cơ quan", "Tên trang", "Đường dẫn"], ["Sở Y tế", "Sở Y tế", "facebook.com/syt"]],
        "reports": [["Cơ quan", "Ngày nhận"], ["Sở Y tế", "20/11/2025"]],
        "outreach": [["Tên trang/mạng xã hội", "Tên miền"], ["Trang tin A", "trangtina.vn"]],
    }
    path = sheet(tmp_path / f"{kind}.xlsx", files[kind])
    job = jobs(services, 2025)[kind]
    _found, plan = job.read_and_plan(path)
    assert plan.ok and plan.to_add
    def state() -> tuple[int, int, str]:
        remembered = services.settings.get("import.columns." + kind)
        return services.roster.count(), services.history.count(), remembered

    before = state()
    with pytest.raises(Cancelled):
        job.apply(plan, cancelled=lambda: True)
    assert state() == before


def test_a_file_with_nothing_new_says_so(services: Services, tmp_path: Path, db_url: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(tmp_path / "cu.xlsx", [["Tên cơ quan"], ["Sở Y tế"], ["Sở Nội vụ"]])
    _found, plan = jobs(services)["agencies"].read_and_plan(path)
    assert plan.nothing_to_do and len(plan.unchanged) == 2
    assert main(["--db", db_url, "import", "agencies", str(path)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "cu.xlsx: không có gì để nhập — 2 dòng đã có và không đổi"


# ----------------------------------------------------------------------------- the command line
def test_the_command_line_lists_every_column_and_takes_map_and_notes(
        tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = sheet(tmp_path / "ds.xlsx", [
        ["STT", "Tên cơ quan", "Số lượng fanpage quản lý", "Người nhập", "Địa chỉ trụ sở chính"],
        [1, "Trang tin Hà Nội 24h", 3, "Lan", "Số 1 Tràng Tiền"],
    ])
    assert main(["--db", db_url, "import", "agencies", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "cột C “Số lượng fanpage quản lý” (1 ô có dữ liệu): bỏ qua" in out
    assert "cột D “Người nhập” (1 ô có dữ liệu): bỏ qua" in out
    assert "3 cột có dữ liệu sẽ không được nhập" in out and "(chạy thử, chưa ghi)" in out
    args = ["--db", db_url, "import", "agencies", str(path), "--map", "Địa chỉ trụ sở chính=address",
            "--notes", "Số lượng fanpage quản lý", "--ignore", "Người nhập"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "cột E “Địa chỉ trụ sở chính” (1 ô có dữ liệu): → Địa chỉ" in out
    svc = open_services(db_url)
    try:
        site = svc.roster.find_by_name("Trang tin Hà Nội 24h")
        assert (site.address, site.notes) == ("Số 1 Tràng Tiền", "Số lượng fanpage quản lý: 3")
        stored = json.loads(svc.settings.get("import.columns.agencies"))
        assert stored == {"diachitrusochinh": "field:address", "nguoinhap": "ignore",
                          "soluongfanpagequanly": "notes"}
    finally:
        svc.close()
    assert main(["--db", db_url, "import", "agencies", str(path), "--map", "Người nhập=ai biết"]) == 1
    assert "“Người nhập=ai biết”: cần dạng" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["calendar", "fanpages", "reports", "outreach"])
def test_every_import_command_takes_the_column_options(kind: str, tmp_path: Path, db_url: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    rows = {"calendar": [["Tiêu đề", "Lĩnh vực", "Ngày", "Người đề xuất"],
                         ["Bản tin", "Kinh tế", "05/12/2026", "Lan"]],
            "fanpages": [["Cơ quan", "Tên trang", "Đường dẫn", "Người đề xuất"],
                         ["Sở Y tế", "Sở Y tế", "facebook.com/syt", "Lan"]],
            "reports": [["Cơ quan", "Ngày nhận", "Người đề xuất"], ["Sở Y tế", "20/11/2025", "Lan"]],
            "outreach": [["Tên trang", "Tên miền", "Người đề xuất"],
                         ["Trang tin A", "trangtina.vn", "Lan"]]}[kind]
    path = sheet(tmp_path / f"{kind}.xlsx", rows)
    extra = ["--year", "2025"] if kind == "reports" else []
    assert main(["--db", db_url, "import", kind, str(path), *extra, "--notes", "Người đề xuất"]) == 0
    assert "“Người đề xuất” (1 ô có dữ liệu): → giữ trong phần ghi chú" in capsys.readouterr().out


def test_damaged_xls_and_ods_get_a_clear_message(tmp_path: Path) -> None:
    for name in ("roster-two-row-header.xls", "roster-two-row-header.ods"):
        data = (DATA / name).read_bytes()
        cut = tmp_path / name
        cut.write_bytes(data[: len(data) // 2])
        with pytest.raises(ValidationError, match=f"Tệp “{name}” (bị hỏng|không đọc được)"):
            AGENCIES.read(cut)
    page = tmp_path / "xuat tu web.xls"
    page.write_text("<html><body><table><tr><td>Tên cơ quan</td></tr></table></body></html>",
                    encoding="utf-8")
    with pytest.raises(ValidationError, match="trang web \\(HTML\\)"):
        AGENCIES.read(page)


def test_a_receipt_keeps_its_notes(services: Services) -> None:
    sid = services.roster.find_by_name("Sở Y tế").id
    saved = services.reports.record(ReceiptDraft(sid, 2025, date(2025, 11, 20), notes="gửi bản giấy"))
    assert services.reports.receipt_for(sid, 2025).notes == saved.notes == "gửi bản giấy"


def test_every_importer_declares_its_fields_once() -> None:
    """One mechanism: each importer is an ImportKind whose fields and synonyms drive the preview's
    list, --map and the remembered choices (issue 17's outreach joins the same way)."""
    for kind in (AGENCIES, CALENDAR, FANPAGES, REPORTS, OUTREACH):
        keys = [f.key for f in kind.fields]
        assert len(keys) == len(set(keys)) and kind.notes_key in keys
        assert all(kind.field_key(f.label) == f.key for f in kind.fields)
