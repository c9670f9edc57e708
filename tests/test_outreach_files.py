"""The office's outreach sheet in every column shape, the Excel export read back, and the command line."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hanoi_desk.app import Services, open_services
from hanoi_desk.cli import main
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind, ContactDraft
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.errors import Cancelled, ValidationError
from hanoi_desk.domain.imports import FIELD, IGNORE, NOTES, ColumnChoice, header_key, problem_cells
from hanoi_desk.domain.outreach import CitationState, OutreachState, SiteDraft, site_order
from hanoi_desk.exporters.outreach import write_outreach_list
from hanoi_desk.importers.outreach import OUTREACH, read_outreach
from hanoi_desk.importing import jobs

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

S = OutreachState
TODAY = date(2026, 12, 1)
MERGED = "Cơ quan Báo và Phát thanh, Truyền hình Hà Nội"
HEADER = [
    "STT",
    "Tên trang/mạng xã hội",
    "Loại",
    "Tên miền",
    "Số giấy phép",
    "Ngày cấp",
    "Cơ quan cấp phép",
    "Lượt truy cập/tháng",
    "Tình trạng vận động",
    "Chuyên mục về Hà Nội",
    "Được trích dẫn nguồn",
    "Đề nghị trích dẫn",
    "Người phụ trách",
    "Điện thoại",
    "Email",
]


@pytest.fixture
def svc(db_url: str) -> Iterator[Services]:
    services = open_services(db_url, seed=False, clock=FixedClock(TODAY))
    roster = services.roster
    merged = roster.create(
        AgencyDraft(name=MERGED, short_name="Báo và PT-TH Hà Nội", kind=AgencyKind.PRESS)
    ).id
    for name, short in (("Báo Hànộimới", "HNM"), ("Báo Kinh tế và Đô thị", "KT&ĐT")):
        roster.create(
            AgencyDraft(
                name=name,
                short_name=short,
                kind=AgencyKind.PRESS,
                active_to=date(2026, 1, 31),
                successor_id=merged,
            )
        )
    roster.create(AgencyDraft(name="Tạp chí Người Hà Nội", short_name="NHN", kind=AgencyKind.PRESS))
    yield services
    services.close()


def sheet(path: Path, rows: Sequence[Sequence[object]], title: bool = True) -> Path:
    """An office sheet: a title and a date line above the header, as the office writes them."""
    book = Workbook()
    ws = book.active
    if title:
        ws.append(["DANH SÁCH TRANG THÔNG TIN ĐIỆN TỬ TỔNG HỢP, MẠNG XÃ HỘI"])
        ws.append(["(Cập nhật đến tháng 11/2026)"])
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


def office_rows() -> list[list[object]]:
    return [
        HEADER,
        [
            1,
            "Báo Mới",
            "Trang TTĐT tổng hợp",
            "https://www.baomoi.com/",
            "123/GP-STTTT",
            "05/03/2020",
            "Sở Thông tin và Truyền thông",
            "2.500.000",
            "Đã có chuyên mục",
            "baomoi.com/ha-noi.epi?utm_source=x",
            "Báo Hànộimới; NHN",
            "",
            "Nguyễn Văn An",
            912345678,
            "an@baomoi.com",
        ],
        [
            2,
            "Zing News",
            "Trang tin tổng hợp",
            "znews.vn",
            "45/GP-STTTT",
            datetime(2021, 1, 15),
            "Sở TT&TT",
            1200000,
            "Đang vận động",
            "",
            "",
            "Cơ quan Báo và Phát thanh, Truyền hình Hà Nội\nTạp chí Người Hà Nội",
            "Trần Thị Bình",
            "024 3825 3536",
            "",
        ],
        [
            3,
            "Mạng xã hội Gapo",
            "MXH",
            "gapo.vn",
            "167/GP-BTTTT",
            "19/07/2019",
            "Bộ Thông tin và Truyền thông",
            "",
            "Từ chối: chưa bố trí được nhân sự",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
    ]


def test_the_office_sheet_imports_every_column(svc: Services, tmp_path: Path) -> None:
    rows, sheet_name = read_outreach(sheet(tmp_path / "vd.xlsx", office_rows()))
    assert sheet_name == "Sheet" and all(not r.problems for r in rows)
    plan = svc.outreach.plan_import(rows, "vd.xlsx")
    assert plan.ok, plan.rejected
    assert [p.label for p in plan.to_add] == [
        "Báo Mới (baomoi.com)",
        "Zing News (znews.vn)",
        "Mạng xã hội Gapo (gapo.vn)",
    ]
    assert svc.outreach.list_sites() == []  # a preview writes nothing
    assert svc.outreach.apply_import(plan) == (3, 0)
    sites = {s.name: s for s in svc.outreach.list_sites()}
    moi = sites["Báo Mới"]
    assert (moi.kind, moi.domain, moi.licence_number, moi.licence_date) == (
        AgencyKind.NEWS_SITE,
        "baomoi.com",
        "123/GP-STTTT",
        date(2020, 3, 5),
    )
    assert (moi.monthly_reach, moi.state, moi.column_url) == (
        2_500_000,
        S.COLUMN,
        "https://baomoi.com/ha-noi.epi",
    )
    assert (moi.person, moi.phone, moi.email) == ("Nguyễn Văn An", "0912345678", "an@baomoi.com")
    assert moi.allowed == (MERGED, "Tạp chí Người Hà Nội")  # Báo Hànộimới merged: its successor allows
    zing = sites["Zing News"]
    assert (zing.state, zing.phone, zing.licence_date) == (S.CONTACTED, "02438253536", date(2021, 1, 15))
    assert zing.pending == (MERGED, "Tạp chí Người Hà Nội")
    assert {p.state for p in svc.outreach.list_permissions() if p.site_name == "Zing News"} == {
        CitationState.REQUESTED
    }
    gapo = sites["Mạng xã hội Gapo"]
    assert (gapo.kind, gapo.state, gapo.reason) == (
        AgencyKind.SOCIAL_NETWORK,
        S.REFUSED,
        "chưa bố trí được nhân sự",
    )
    [step] = svc.outreach.steps(moi.id)
    assert (step.state, step.day, step.note) == (S.COLUMN, TODAY, "Theo tệp vd.xlsx")


def test_header_variants_and_a_site_already_in_the_roster_is_updated_not_duplicated(
    svc: Services, tmp_path: Path
) -> None:
    existing = svc.outreach.create_site(
        SiteDraft(name="Báo Mới", address="baomoi.com", licence_number="1/GP")
    )
    svc.outreach.move(existing.id, S.CONTACTED, date(2026, 3, 1), how="Điện thoại")
    zing = svc.outreach.create_site(SiteDraft(name="ZING NEWS", address="https://zingnews.vn"))
    file = sheet(
        tmp_path / "v2.xlsx",
        [
            [
                "TT",
                "Tên trang",
                "Địa chỉ trang",
                "Giấy phép số",
                "Tình trạng",
                "Đề nghị trích dẫn nguồn tin",
                "Tổ chức, doanh nghiệp",
                "Tháng",
                "Số tin, bài về Hà Nội",
            ],
            [
                1,
                "Baomoi",
                "http://m.baomoi.com",
                "123/GP-STTTT",
                "Đồng ý",
                "NHN",
                "Công ty Cổ phần Epi",
                "10/2026",
                6,
            ],
            [2, "Zing news", "znews.vn", "", "", "", "", "", ""],
        ],
        title=False,
    )
    plan = svc.outreach.plan_import(read_outreach(file)[0], "v2.xlsx")
    assert plan.ok, plan.rejected
    assert plan.to_add == () and len(plan.to_update) == 2
    changes = {p.label: [str(c) for c in p.changes] for p in plan.to_update}
    assert "Số giấy phép: 1/GP → 123/GP-STTTT" in changes["Báo Mới"]
    assert "Tình trạng vận động: Đã liên hệ → Đồng ý" in changes["Báo Mới"]
    svc.outreach.apply_import(plan)
    sites = {s.id: s for s in svc.outreach.list_sites()}
    assert len(sites) == 2
    moi = sites[existing.id]
    assert (moi.name, moi.licence_number, moi.state, moi.operator) == (
        "Báo Mới",
        "123/GP-STTTT",
        S.AGREED,
        "Công ty Cổ phần Epi",
    )  # named "Baomoi", matched by its domain
    assert moi.pending == ("Tạp chí Người Hà Nội",)
    assert sites[zing.id].domain == "znews.vn"  # matched by its folded name, its new domain taken
    assert [a.months[9].entered for a in svc.outreach.articles(2026) if a.site_id == existing.id] == [6]
    # The same file again: nothing to change.
    again = svc.outreach.plan_import(read_outreach(file)[0], "v2.xlsx")
    assert again.ok and again.to_update == () and len(again.unchanged) == 2


def test_one_bad_row_and_nothing_is_imported(svc: Services, tmp_path: Path) -> None:
    svc.outreach.create_site(SiteDraft(name="Kênh 14", address="kenh14.vn"))
    svc.outreach.move(svc.outreach.list_sites()[0].id, S.CONTACTED, date(2026, 3, 1), how="Điện thoại")
    svc.outreach.move(svc.outreach.list_sites()[0].id, S.AGREED, date(2026, 3, 2))
    svc.outreach.move(svc.outreach.list_sites()[0].id, S.COLUMN, date(2026, 3, 3), column_url="kenh14.vn/hn")
    file = sheet(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            [1, "Báo Mới", "", "baomoi.com", "", "", "", "", "", "", "", "", "", "", ""],
            [2, "Kênh 14", "", "kenh14.vn", "", "", "", "", "Đã liên hệ", "", "", "", "", "", ""],
            [
                3,
                "Zing News",
                "Sở",
                "znews.vn",
                "",
                "31/02/2020",
                "",
                "nhiều",
                "Không biết",
                "Có",
                "Báo Nhân Dân",
                "",
                "",
                "",
                "",
            ],
            [4, "Báo Mới 2", "", "www.baomoi.com", "", "", "", "", "", "", "", "", "", "", ""],
            [
                5,
                "VnExpress",
                "",
                "vnexpress.net",
                "",
                "",
                "",
                "",
                "Đã có chuyên mục",
                "https://kenh14.vn/x",
                "",
                "",
                "",
                "",
                "",
            ],
        ],
    )
    rows, _ = read_outreach(file)
    plan = svc.outreach.plan_import(rows, "bad.xlsx")
    messages = [str(p) for p in plan.rejected]
    expected = [
        "dòng 5, cột Tình trạng vận động: “Kênh 14” đã đồng ý, không quay lại bước “Đã liên hệ”.",
        "dòng 6, cột Loại: Loại “Sở” không phải trang được vận động",
        "dòng 6, cột Ngày cấp: Ngày “31/02/2020” không có thật",
        "dòng 6, cột Lượt truy cập/tháng: “nhiều” không phải là số nguyên",
        "dòng 6, cột Tình trạng vận động: Tình trạng “Không biết” không rõ",
        "dòng 6, cột Chuyên mục về Hà Nội: “Có”: cần đường dẫn của chuyên mục",
        "dòng 6, cột Được trích dẫn nguồn: Không tìm thấy cơ quan báo chí “Báo Nhân Dân”",
        "dòng 7: “Báo Mới 2” trùng với dòng 4 (cùng một trang).",
        "dòng 8, cột Chuyên mục về Hà Nội: Chuyên mục phải nằm trên trang vnexpress.net",
    ]
    for text in expected:
        assert any(m.startswith(text) for m in messages), (text, messages)
    with pytest.raises(ValidationError):
        svc.outreach.apply_import(plan)
    assert [s.name for s in svc.outreach.list_sites()] == ["Kênh 14"]


def test_a_sheet_without_the_name_column_is_refused_as_a_whole(tmp_path: Path) -> None:
    file = sheet(tmp_path / "x.xlsx", [["STT", "Tên miền", "Số giấy phép"], [1, "baomoi.com", "1/GP"]])
    with pytest.raises(ValidationError) as error:
        read_outreach(file)
    assert "Thiếu cột “Tên trang/mạng xã hội”" in str(error.value)


def test_the_export_is_what_the_tab_shows_print_ready(svc: Services, tmp_path: Path) -> None:
    svc.outreach.apply_import(
        svc.outreach.plan_import(read_outreach(sheet(tmp_path / "vd.xlsx", office_rows()))[0])
    )
    sites = [s for s in site_order(svc.outreach.list_sites()) if s.kind is AgencyKind.NEWS_SITE]
    out = write_outreach_list(
        tmp_path / "out.xlsx",
        sites,
        scope="Loại: Trang TTĐT tổng hợp",
        permissions=svc.outreach.list_permissions(),
        articles=svc.outreach.articles(2026),
        year=2026,
    )
    book = load_workbook(out)
    ws = book["Trang, mạng xã hội"]
    assert ws["A1"].value.startswith("DANH SÁCH TRANG THÔNG TIN ĐIỆN TỬ TỔNG HỢP")
    assert "Loại: Trang TTĐT tổng hợp" in ws["A2"].value
    header = [c.value for c in ws[4]]
    assert header[:4] == ["STT", "Tên trang/mạng xã hội", "Loại", "Tên miền"]
    data = [r for r in ws.iter_rows(min_row=5, values_only=True)]
    assert [r[1] for r in data] == ["Báo Mới", "Zing News"]
    moi = dict(zip(header, data[0], strict=True))
    assert moi["Ngày cấp"] == datetime(2020, 3, 5) and moi["Lượt truy cập/tháng (thành viên)"] == 2_500_000
    assert moi["Tình trạng vận động"] == "Đã có chuyên mục"
    assert moi["Được trích dẫn nguồn"] == f"{MERGED}; Tạp chí Người Hà Nội"
    assert ws.freeze_panes == "A5" and ws.print_title_rows == "$4:$4" and ws.page_setup.paperSize == 9
    permissions = [r for r in book["Trích dẫn nguồn tin"].iter_rows(min_row=5, values_only=True)]
    assert {(r[1], r[2], r[3]) for r in permissions} >= {("Báo Mới", MERGED, "Được phép trích dẫn")}
    totals = list(book["Tin bài năm 2026"].iter_rows(min_row=5, values_only=True))[-1]
    assert totals[1] == "Tổng cộng"


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_command_line_import_export_and_citation_letter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.db")
    first = open_services(db, seed=False)
    first.roster.create(AgencyDraft(name="Tạp chí Người Hà Nội", short_name="NHN", kind=AgencyKind.PRESS))
    first.close()
    file = sheet(
        tmp_path / "vd.xlsx",
        [
            ["Tên trang/mạng xã hội", "Tên miền", "Số giấy phép", "Đề nghị trích dẫn", "Người phụ trách"],
            ["Báo Mới", "baomoi.com", "123/GP-STTTT", "Tạp chí Người Hà Nội", "Nguyễn Văn An"],
            ["Zing News", "znews.vn", "45/GP-STTTT", "NHN", ""],
        ],
    )
    assert main(["--db", db, "import", "outreach", str(file), "--dry-run"]) == 0
    assert "2 thêm mới" in capsys.readouterr().out
    assert open_services(db).outreach.list_sites() == []
    assert main(["--db", db, "import", "outreach", str(file)]) == 0
    assert "2 trang mới" in capsys.readouterr().out

    assert main(["--db", db, "report", "citation", str(tmp_path / "de-nghi.pdf")]) == 0
    assert "2 trang, 1 cơ quan báo chí" in capsys.readouterr().out
    text = pdf_text(tmp_path / "de-nghi.pdf")
    assert "trích dẫn nguồn tin của các cơ quan báo chí Thành phố" in text and "Zing News" in text
    assert main(["--db", db, "report", "citation", str(tmp_path / "again.pdf")]) == 1
    assert "không có gì để đề nghị" in capsys.readouterr().err
    assert not (tmp_path / "again.pdf").exists()

    assert main(["--db", db, "export", "outreach", str(tmp_path / "list")]) == 0
    assert "2 trang, mạng xã hội" in capsys.readouterr().out
    ws = load_workbook(tmp_path / "list.xlsx")["Trang, mạng xã hội"]
    rows = [r for r in ws.iter_rows(min_row=5, values_only=True)]
    assert [(r[1], r[3], r[13]) for r in rows] == [
        ("Báo Mới", "baomoi.com", "Tạp chí Người Hà Nội"),
        ("Zing News", "znews.vn", "Tạp chí Người Hà Nội"),
    ]


def test_command_line_bad_sheet_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.db")
    bad = sheet(
        tmp_path / "bad.xlsx",
        [["Tên trang", "Tên miền", "Được trích dẫn nguồn"], ["Báo Mới", "baomoi.com", "Báo Không Có"]],
    )
    assert main(["--db", db, "import", "outreach", str(bad)]) == 1
    assert "dòng 4, cột Được trích dẫn nguồn: Không tìm thấy cơ quan báo chí “Báo Không Có”" in (
        capsys.readouterr().err
    )
    assert open_services(db).outreach.list_sites() == []


def test_the_export_imports_back_unchanged(svc: Services, tmp_path: Path) -> None:
    """The exported list is the office's sheet: read back, every site is recognised and nothing changes."""
    rows = read_outreach(sheet(tmp_path / "vd.xlsx", office_rows()))[0]
    svc.outreach.apply_import(svc.outreach.plan_import(rows, "vd.xlsx"))
    out = write_outreach_list(tmp_path / "out.xlsx", site_order(svc.outreach.list_sites()))
    plan = svc.outreach.plan_import(read_outreach(out)[0], "out.xlsx")
    assert plan.ok, plan.rejected
    assert (plan.to_add, plan.to_update, len(plan.unchanged)) == ((), (), 3)


# ----------------------------------------------------------------------- one import mechanism (issue 16)
def test_an_extra_column_is_shown_left_out_then_kept_in_the_notes_and_remembered(
    svc: Services, tmp_path: Path
) -> None:
    file = sheet(
        tmp_path / "them cot.xlsx",
        [
            ["Tên trang/mạng xã hội", "Tên miền", "Số lượng chuyên mục", "Người nhập"],
            ["Báo Mới", "baomoi.com", 3, "Lan"],
            ["Zing News", "znews.vn", None, "Lan"],
        ],
    )
    job = jobs(svc)["outreach"]
    found, plan = job.read_and_plan(file)
    columns = {c.header: c for c in plan.columns}
    extra = columns["Số lượng chuyên mục"]
    assert extra.describe() == "cột C “Số lượng chuyên mục” (1 ô có dữ liệu): bỏ qua"
    assert columns["Người nhập"].describe() == "cột D “Người nhập” (2 ô có dữ liệu): bỏ qua"
    assert [c.header for c in plan.unconfirmed_columns] == ["Số lượng chuyên mục", "Người nhập"]

    choices = {
        header_key("Số lượng chuyên mục"): ColumnChoice(NOTES),
        header_key("Người nhập"): ColumnChoice(IGNORE),
    }
    _kept_found, kept = job.replan(found, choices)
    assert kept.ok and not kept.unconfirmed_columns
    assert [p.draft.notes for p in kept.to_add] == ["Số lượng chuyên mục: 3", None]
    assert job.apply(kept) == (2, 0)
    sites = {s.name: s for s in svc.outreach.list_sites()}
    assert (sites["Báo Mới"].notes, sites["Zing News"].notes) == ("Số lượng chuyên mục: 3", "")
    assert svc.settings.import_choices("outreach") == choices
    # The next sheet with that header, written differently, is mapped by itself.
    again = sheet(
        tmp_path / "lan 2.xlsx",
        [["Tên trang", "Tên miền", "SỐ LƯỢNG CHUYÊN MỤC:"], ["Kênh 14", "kenh14.vn", 1]],
    )
    _again_found, plan2 = jobs(svc)["outreach"].read_and_plan(again)
    [column] = [c for c in plan2.columns if c.header.startswith("SỐ")]
    assert (column.action, column.how) == (NOTES, "remembered") and not plan2.unconfirmed_columns


def test_a_two_row_header_with_merged_groups(svc: Services, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["DANH SÁCH TRANG THÔNG TIN ĐIỆN TỬ TỔNG HỢP, MẠNG XÃ HỘI"])
    ws.append(["STT", "Tên trang/mạng xã hội", "Tên miền", "Giấy phép", None, None, "Trích dẫn nguồn tin",
               None, "Người phụ trách", None, None])
    ws.append([None, None, None, "Số", "Ngày cấp", "Cơ quan cấp", "Được phép", "Đề nghị", "Họ tên",
               "Điện thoại", "Email"])
    ws.append([1, "Báo Mới", "baomoi.com", "123/GP-STTTT", "05/03/2020", "Sở Thông tin và Truyền thông",
               "Báo Hànộimới", "NHN", "Nguyễn Văn An", "0912345678", "an@baomoi.com"])
    for merge in ("A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:H2", "I2:K2"):
        ws.merge_cells(merge)
    book.save(tmp_path / "hai dong.xlsx")
    found = OUTREACH.read(tmp_path / "hai dong.xlsx")
    assert [(c.header, c.key) for c in found.columns] == [
        ("STT", ""),
        ("Tên trang/mạng xã hội", "name"),
        ("Tên miền", "address"),
        ("Giấy phép / Số", "licence_number"),
        ("Giấy phép / Ngày cấp", "licence_date"),
        ("Giấy phép / Cơ quan cấp", "licence_issuer"),
        ("Trích dẫn nguồn tin / Được phép", "allowed"),
        ("Trích dẫn nguồn tin / Đề nghị", "requested"),
        ("Người phụ trách / Họ tên", "person"),
        ("Người phụ trách / Điện thoại", "phone"),
        ("Người phụ trách / Email", "email"),
    ]
    [row] = found.rows
    assert row.row == 4 and row.problems == ()
    job = jobs(svc)["outreach"]
    plan = job.plan(found)
    assert plan.ok and not plan.dropped_columns, plan.rejected
    job.apply(plan)
    [moi] = svc.outreach.list_sites()
    assert (moi.licence_number, moi.licence_date, moi.licence_issuer) == (
        "123/GP-STTTT", date(2020, 3, 5), "Sở Thông tin và Truyền thông")
    assert (moi.person, moi.phone, moi.email) == ("Nguyễn Văn An", "0912345678", "an@baomoi.com")
    assert (moi.allowed, moi.pending) == ((MERGED,), ("Tạp chí Người Hà Nội",))


def test_the_update_preview_shows_old_and_new_for_every_field(svc: Services, tmp_path: Path) -> None:
    site = svc.outreach.create_site(
        SiteDraft(
            name="Báo Mới",
            address="baomoi.com",
            licence_number="1/GP",
            monthly_reach=1000,
            operator="Công ty A",
            contacts=(ContactDraft("Nguyễn Văn An", phone="0912345678"),),
        )
    )
    svc.outreach.move(site.id, S.CONTACTED, date(2026, 3, 1), how="Điện thoại")
    svc.outreach.set_articles(site.id, date(2026, 10, 1), 4)
    file = sheet(
        tmp_path / "cap nhat.xlsx",
        [
            ["Tên trang", "Tên miền", "Số giấy phép", "Lượt truy cập/tháng", "Tình trạng vận động",
             "Được trích dẫn nguồn", "Đề nghị trích dẫn", "Người phụ trách", "Điện thoại",
             "Tổ chức, doanh nghiệp", "Tháng", "Số tin, bài về Hà Nội"],
            ["Báo Mới", "baomoi.com", "123/GP-STTTT", "2.500.000", "Đồng ý", "NHN", "Báo Hànộimới",
             "Trần Thị Bình", "0987654321", "Công ty Cổ phần Epi", "10/2026", 6],
        ],
    )
    job = jobs(svc)["outreach"]
    _found, plan = job.read_and_plan(file)
    [planned] = plan.to_update
    assert [str(c) for c in planned.changes] == [
        "Số giấy phép: 1/GP → 123/GP-STTTT",
        "Lượt truy cập/tháng: 1000 → 2500000",
        "Người phụ trách: Nguyễn Văn An (0912345678) → Trần Thị Bình (0987654321)",
        "Tổ chức, doanh nghiệp: Công ty A → Công ty Cổ phần Epi",
        "Tình trạng vận động: Đã liên hệ → Đồng ý",
        "Được trích dẫn nguồn: (trống) → Tạp chí Người Hà Nội",
        f"Đề nghị trích dẫn: (trống) → {MERGED}",
        "Số tin, bài về Hà Nội tháng 10/2026: 4 → 6",
    ]
    job.apply(plan)
    after = svc.outreach.get(site.id)
    assert (after.person, after.phone, after.state) == ("Trần Thị Bình", "0987654321", S.AGREED)
    history = svc.history.for_record("agency", site.id)
    deleted = [e for e in history if e.table == "contact" and e.action.value == "delete"]
    assert [e.label for e in deleted] == ["Nguyễn Văn An"]  # the former person in charge, kept in the history
    # The same sheet again: the same person (by name), the same figures: nothing to do.
    _again, plan2 = job.read_and_plan(file)
    assert plan2.nothing_to_do and len(plan2.unchanged) == 1


def test_touching_a_site_that_has_ended_is_a_warning_in_the_preview_and_on_the_command_line(
    svc: Services, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    site = svc.outreach.create_site(SiteDraft(name="Trang tin Hà Nội Ngày Mới", address="hanoingaymoi.vn"))
    svc.roster.end(site.id, date(2025, 1, 31))
    file = sheet(tmp_path / "cu.xlsx", [["Tên trang", "Tên miền", "Số giấy phép"],
                                        ["Trang tin Hà Nội Ngày Mới", "hanoingaymoi.vn", "9/GP-STTTT"]])
    _found, plan = jobs(svc)["outreach"].read_and_plan(file)
    assert plan.ok and [p.label for p in plan.to_update] == ["Trang tin Hà Nội Ngày Mới"]
    assert [str(w) for w in plan.warnings] == [
        "dòng 4: “Trang tin Hà Nội Ngày Mới” đã kết thúc hoạt động từ 31/01/2025: dòng này sẽ cập nhật "
        "hồ sơ của cơ quan đã kết thúc."
    ]
    assert main(["--db", db_url, "import", "outreach", str(file), "--dry-run"]) == 0
    assert "Cảnh báo: dòng 4: “Trang tin Hà Nội Ngày Mới” đã kết thúc" in capsys.readouterr().out


def test_a_name_that_looks_like_a_formula_is_a_warning(svc: Services, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Tên trang/mạng xã hội", "Tên miền", "Người phụ trách"])
    book.active.append(["=Trang tin Thủ đô", "thudo.vn", "+Lan"])
    book.active["A2"].data_type = "s"  # typed as text
    book.active["C2"].data_type = "s"
    book.save(tmp_path / "f.xlsx")
    _found, plan = jobs(svc)["outreach"].read_and_plan(tmp_path / "f.xlsx")
    assert plan.ok and len(plan.to_add) == 1
    assert [problem_cells(w)[:3] for w in plan.warnings] == [
        ("2", "Tên trang/mạng xã hội", "=Trang tin Thủ đô"), ("2", "Người phụ trách", "+Lan")]


def test_the_command_line_maps_keeps_and_ignores_columns(
    svc: Services, tmp_path: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    file = sheet(
        tmp_path / "ds.xlsx",
        [
            ["Tên trang", "Website chính thức", "Số lượng chuyên mục", "Người nhập"],
            ["Báo Mới", "https://baomoi.com", 3, "Lan"],
        ],
    )
    assert main(["--db", db_url, "import", "outreach", str(file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "cột B “Website chính thức” (1 ô có dữ liệu): bỏ qua" in out
    assert "cột C “Số lượng chuyên mục” (1 ô có dữ liệu): bỏ qua" in out
    assert "3 cột có dữ liệu sẽ không được nhập" in out and "(chạy thử, chưa ghi)" in out
    mapped = ["--map", "Website chính thức=Tên miền", "--notes", "Số lượng chuyên mục",
              "--ignore", "Người nhập"]
    assert main(["--db", db_url, "import", "outreach", str(file), "--dry-run", *mapped]) == 0
    out = capsys.readouterr().out
    assert "cột B “Website chính thức” (1 ô có dữ liệu): → Tên miền" in out
    assert "cột C “Số lượng chuyên mục” (1 ô có dữ liệu): → giữ trong phần ghi chú" in out
    assert "ds.xlsx: hợp lệ — 1 thêm mới, 0 cập nhật, 0 không đổi, 0 lỗi (chạy thử, chưa ghi)" in out
    assert svc.outreach.list_sites() == [] and svc.settings.import_choices("outreach") == {}
    assert main(["--db", db_url, "import", "outreach", str(file), *mapped]) == 0
    assert "ds.xlsx: đã nhập — 1 trang mới, 0 trang cập nhật" in capsys.readouterr().out
    [moi] = svc.outreach.list_sites()
    assert (moi.domain, moi.notes) == ("baomoi.com", "Số lượng chuyên mục: 3")
    assert svc.settings.import_choices("outreach") == {
        header_key("Website chính thức"): ColumnChoice(FIELD, "address"),
        header_key("Số lượng chuyên mục"): ColumnChoice(NOTES),
        header_key("Người nhập"): ColumnChoice(IGNORE),
    }
    assert main(["--db", db_url, "import", "outreach", str(file), "--map", "Người nhập=ai biết"]) == 1
    assert "“Người nhập=ai biết”: cần dạng" in capsys.readouterr().err


def test_cancel_while_saving_writes_nothing(svc: Services, tmp_path: Path) -> None:
    rows = [HEADER, *office_rows()[1:]]
    job = jobs(svc)["outreach"]
    _found, plan = job.read_and_plan(sheet(tmp_path / "vd.xlsx", rows))
    assert plan.ok and len(plan.to_add) == 3

    def state() -> tuple[object, ...]:
        return (svc.roster.count(), svc.history.count(), len(svc.outreach.list_permissions()),
                svc.outreach.list_sites(), svc.settings.get("import.columns.outreach"))

    before = state()
    asked: list[int] = []
    progress: list[tuple[int, int]] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) == 3  # at the last check: every row written, not yet committed

    with pytest.raises(Cancelled, match="không có gì được ghi"):
        job.apply(plan, progress=lambda done, total: progress.append((done, total)), cancelled=cancelled)
    assert state() == before
    assert progress == [(0, 3), (0, 3)]  # before the first row, at the first row; the commit never came
