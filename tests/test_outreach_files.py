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
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.outreach import CitationState, OutreachState, SiteDraft, site_order
from hanoi_desk.exporters.outreach import write_outreach_list
from hanoi_desk.importers.outreach import read_outreach

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
