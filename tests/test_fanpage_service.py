"""The fanpage registry through its service: one page one record, the life cycle, letters, imitators."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind
from hanoi_desk.domain.errors import ConflictError, ValidationError
from hanoi_desk.domain.fanpage import (
    FanpageDraft,
    ImpersonatorDraft,
    ImpersonatorStatus,
    Platform,
    ProposalLetter,
    VerificationState,
)
from hanoi_desk.importers.fanpages import read_fanpages

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

TODAY = date.today()
S = VerificationState


def agency(services: Services, name: str) -> int:
    found = services.roster.find_by_name(name)
    if found is None:
        found = services.roster.create(AgencyDraft(name=name, kind=AgencyKind.COMMUNE))
    return found.id


def page(services: Services, agency_name: str, name: str, url: str, official: bool = True):
    return services.fanpages.create(
        FanpageDraft(agency_id=agency(services, agency_name), url=url, name=name, official=official)
    )


def test_a_page_is_stored_canonically_and_registering_it_again_names_the_agency(services: Services) -> None:
    first = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "https://m.facebook.com/SoYTeHaNoi/?ref=bookmarks")
    assert first.url == "https://www.facebook.com/SoYTeHaNoi"
    assert first.platform is Platform.FACEBOOK and first.state is S.NOT_REQUESTED
    assert first.agency_name == "Sở Y tế" and first.agency_kind is AgencyKind.DEPARTMENT
    with pytest.raises(ValidationError) as refused:
        page(services, "Sở Du lịch", "Trang khác", "http://fb.com/soytehanoi/")
    assert refused.value.for_field("url") == ["Trang này đã được đăng ký cho Sở Y tế (“Sở Y tế Hà Nội”)."]
    assert services.fanpages.count() == 1
    assert services.fanpages.find_by_url("facebook.com/SOYTEHANOI").id == first.id


def test_validation_lists_every_problem(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.fanpages.create(
            FanpageDraft(agency_id=None, url="https://youtu.be/abc", name="", followers=-5)
        )
    fields = {p.field for p in refused.value.problems}
    assert fields == {"agency_id", "url", "name", "followers"}
    with pytest.raises(ValidationError) as wrong_platform:
        services.fanpages.create(
            FanpageDraft(
                agency_id=agency(services, "Sở Y tế"),
                name="Sở Y tế",
                url="https://zalo.me/123456789",
                platform=Platform.FACEBOOK,
            )
        )
    assert "Zalo OA" in wrong_platform.value.for_field("platform")[0]


def test_stale_edit_is_refused_naming_who(services: Services) -> None:
    created = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    services.fanpages.update(created.id, created.to_draft(followers=1200), created.version)
    with pytest.raises(ConflictError):
        services.fanpages.update(created.id, created.to_draft(notes="muộn"), created.version)
    assert services.fanpages.get(created.id).followers == 1200
    assert services.fanpages.get(created.id).followers_on == TODAY


def test_life_cycle_keeps_every_step_with_its_date(services: Services) -> None:
    p = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    days = [TODAY - timedelta(days=n) for n in (40, 30, 10, 2)]
    with pytest.raises(ValidationError, match="không chuyển sang"):
        services.fanpages.transition([p.id], S.VERIFIED, days[0])
    services.fanpages.transition([p.id], S.PROPOSED, days[0], letter_number="12/STTTT-TTBCXB")
    services.fanpages.transition([p.id], S.SENT, days[1])
    with pytest.raises(ValidationError, match="lý do"):
        services.fanpages.transition([p.id], S.REFUSED, days[2])
    with pytest.raises(ValidationError, match="trước bước trước"):
        services.fanpages.transition([p.id], S.VERIFIED, days[0] - timedelta(days=1))
    with pytest.raises(ValidationError, match="sau hôm nay"):
        services.fanpages.transition([p.id], S.VERIFIED, TODAY + timedelta(days=1))
    services.fanpages.transition([p.id], S.VERIFIED, days[2])
    [lost] = services.fanpages.transition([p.id], S.LOST, days[3], reason="Đổi tên trang")
    assert lost.state is S.LOST and lost.state_on == days[3] and lost.reason == "Đổi tên trang"
    assert lost.letter_number == "12/STTTT-TTBCXB" and lost.proposed_on == days[0]
    history = services.fanpages.history(p.id)
    assert [(e.state, e.day) for e in history] == list(
        zip([S.PROPOSED, S.SENT, S.VERIFIED, S.LOST], days, strict=True)
    )
    assert history[0].letter_number == "12/STTTT-TTBCXB" and history[-1].note == "Đổi tên trang"


def test_a_batch_moves_all_pages_or_none(services: Services) -> None:
    a = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    b = page(services, "Sở Du lịch", "Du lịch Hà Nội", "facebook.com/dulichhanoi", official=False)
    with pytest.raises(ValidationError, match="không phải trang chính thức"):
        services.fanpages.transition([a.id, b.id], S.PROPOSED, TODAY, letter_number="1/STTTT")
    assert services.fanpages.get(a.id).state is S.NOT_REQUESTED
    assert services.fanpages.history(a.id) == []


def test_proposal_letters_numbered_from_the_register_and_marking_pages(services: Services) -> None:
    services.settings.save({"office.symbol": "SVHTT", "office.unit": "QLBC", "numbering": "register"})
    a = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    b = page(services, "Sở Du lịch", "Du lịch Hà Nội", "youtube.com/@dulichhanoi")
    written: list[ProposalLetter] = []
    letters = services.fanpages.letters.propose([a.id, b.id], TODAY, written.append)
    assert written == letters
    assert [lt.platforms for lt in letters] == [(Platform.FACEBOOK,), (Platform.YOUTUBE,)]
    assert [lt.number_text for lt in letters] == ["01/SVHTT-QLBC", "02/SVHTT-QLBC"]
    for p, text in ((a, "01/SVHTT-QLBC"), (b, "02/SVHTT-QLBC")):
        got = services.fanpages.get(p.id)
        assert (got.state, got.letter_number, got.proposed_on) == (S.PROPOSED, text, TODAY)
    # A letter that fails to be written records nothing and keeps its number for the next one.
    c = page(services, "Sở Nội vụ", "Sở Nội vụ Hà Nội", "facebook.com/sonoivuhanoi")

    def broken(_letter: ProposalLetter) -> None:
        raise OSError("disk full")

    with pytest.raises(OSError):
        services.fanpages.letters.propose([c.id], TODAY, broken)
    assert services.fanpages.get(c.id).state is S.NOT_REQUESTED
    assert [e.number for e in services.documents.entries(TODAY.year)] == [1, 2]
    # A number the văn thư gave, typed: used once a year, and never with several letters at once.
    with pytest.raises(ValidationError, match="đã dùng"):
        services.fanpages.letters.propose([c.id], TODAY, written.append, number=1)
    typed = services.fanpages.letters.propose([c.id], TODAY, written.append, number=7)
    assert typed[0].number_text == "07/SVHTT-QLBC"
    d = page(services, "Sở Tư pháp", "Sở Tư pháp Hà Nội", "facebook.com/sotuphap")
    e = page(services, "Sở Tài chính", "Sở Tài chính", "youtube.com/@sotaichinh")
    with pytest.raises(ValidationError, match="2 công văn"):
        services.fanpages.letters.propose([d.id, e.id], TODAY, written.append, number=9)
    letters = services.fanpages.letters
    assert [lt.number for lt in letters.propose([d.id, e.id], TODAY, written.append)] == [3, 4]


def test_proposal_letters_left_for_the_van_thu_to_number(services: Services) -> None:
    a = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    letters = services.fanpages.letters.propose([a.id], TODAY, lambda _letter: None)
    assert [lt.number for lt in letters] == [None] and letters[0].number_text == ""
    got = services.fanpages.get(a.id)
    assert (got.state, got.letter_number, got.proposed_on) == (S.PROPOSED, "", TODAY)
    assert services.documents.entries(TODAY.year) == []


def test_unproposed_official_pages_by_platform(services: Services) -> None:
    a = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    page(services, "Sở Du lịch", "Du lịch Hà Nội", "youtube.com/@dulichhanoi")
    page(services, "Sở Nội vụ", "Fan Sở Nội vụ", "facebook.com/fansonoivu", official=False)
    assert [p.id for p in services.fanpages.letters.unproposed(Platform.FACEBOOK)] == [a.id]
    assert len(services.fanpages.letters.unproposed()) == 2


def test_an_impersonator_is_flagged_with_the_page_it_imitates(services: Services) -> None:
    official = page(services, "UBND phường Hoàn Kiếm", "UBND phường Hoàn Kiếm", "facebook.com/ubndhoankiem")
    page(services, "UBND phường Hoàng Mai", "UBND phường Hoàng Mai", "facebook.com/ubndhoangmai")
    fake = services.fanpages.impersonators.create(
        ImpersonatorDraft(
            url="https://www.facebook.com/ubnd.hoankiem.tintuc?fbclid=x",
            name="Ubnd phuong Hoan Kiem - Tin tuc",
        )
    )
    assert fake.fanpage_id == official.id and fake.fanpage_name == "UBND phường Hoàn Kiếm"
    assert fake.agency_name == "UBND phường Hoàn Kiếm" and fake.similarity >= 90
    assert fake.status is ImpersonatorStatus.SUSPECTED and fake.found_on == TODAY
    # The near-miss: a page named like another ward is not said to imitate Hoàn Kiếm.
    other = services.fanpages.impersonators.create(
        ImpersonatorDraft(url="facebook.com/hoangmaiquetoi", name="Hoàng Mai quê tôi")
    )
    assert other.fanpage_id != official.id
    with pytest.raises(ValidationError, match="đã được đăng ký cho UBND phường Hoàn Kiếm"):
        services.fanpages.impersonators.create(ImpersonatorDraft(url="m.facebook.com/UBNDHoanKiem", name="x"))
    reported = services.fanpages.impersonators.set_status(fake.id, ImpersonatorStatus.REPORTED, TODAY)
    assert reported.reported_on == TODAY and reported.status_on == TODAY
    with pytest.raises(ValidationError, match="mạo danh"):
        page(services, "Sở Y tế", "x", "facebook.com/ubnd.hoankiem.tintuc")


def test_official_pages_close_to_another_agencys_are_warned_about(services: Services) -> None:
    kiem = page(services, "UBND phường Hoàn Kiếm", "UBND phường Hoàn Kiếm", "facebook.com/ubndhoankiem")
    mai = page(services, "UBND phường Hoàng Mai", "UBND phường Hoàng Mai", "facebook.com/ubndhoangmai")
    assert services.fanpages.impersonators.page_name_warnings(mai.id) == []
    # The same agency's Zalo page has the same name: not a warning.
    page(services, "UBND phường Hoàn Kiếm", "UBND phường Hoàn Kiếm", "zalo.me/4178245638285443143")
    assert services.fanpages.impersonators.page_name_warnings(kiem.id) == []
    close = page(
        services, "Sở Văn hóa và Thể thao", "Phường Hoàn Kiếm - Tin tức", "facebook.com/tintuchoankiem"
    )
    [warning] = services.fanpages.impersonators.page_name_warnings(close.id)
    assert warning.target_agency == "UBND phường Hoàn Kiếm" and "nhầm lẫn" in warning.message


def test_check_names_over_the_whole_registry_records_flags(services: Services) -> None:
    kiem = page(services, "UBND phường Hoàn Kiếm", "UBND phường Hoàn Kiếm", "facebook.com/ubndhoankiem")
    fake = services.fanpages.impersonators.create(
        ImpersonatorDraft(url="facebook.com/hk.news", name="UBND P. Hoàn Kiếm")
    )
    assert fake.fanpage_id == kiem.id
    # A suspect added before the official page existed gets its match on the next check.
    late = services.fanpages.impersonators.create(
        ImpersonatorDraft(url="facebook.com/sytehn", name="So Y Te Ha Noi")
    )
    assert late.fanpage_id is None
    syt = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    page(services, "UBND phường Hoàng Mai", "UBND phường Hoàng Mai", "facebook.com/ubndhoangmai")
    check = services.fanpages.impersonators.check_names()
    assert {(f.subject_id, f.target_id) for f in check.imitators} == {(fake.id, kiem.id), (late.id, syt.id)}
    assert check.confusable == ()
    assert services.fanpages.impersonators.get(late.id).fanpage_id == syt.id


def test_summary_as_of_a_date_is_rebuilt_from_the_history(services: Services) -> None:
    a = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    b = page(services, "UBND phường Hoàn Kiếm", "UBND phường Hoàn Kiếm", "facebook.com/ubndhoankiem")
    page(services, "Sở Du lịch", "Fan du lịch", "facebook.com/fandulich", official=False)
    d1, d2 = TODAY - timedelta(days=3), TODAY - timedelta(days=1)
    services.fanpages.transition([a.id, b.id], S.PROPOSED, d1, letter_number="3/STTTT-TTBCXB")
    services.fanpages.transition([a.id], S.VERIFIED, d2)
    services.fanpages.impersonators.create(ImpersonatorDraft(url="facebook.com/fakesyt", name="Sở Y tế HN"))
    now = services.fanpages.summary(TODAY)
    assert (now.official_pages, now.verified, now.proposed, now.ever_proposed) == (2, 1, 1, 2)
    assert now.share_verified == 0.5 and now.impersonators_with(ImpersonatorStatus.SUSPECTED) == 1
    kinds = {k.kind: k for k in now.by_kind}
    assert kinds[AgencyKind.DEPARTMENT].verified == 1 and kinds[AgencyKind.COMMUNE].official_pages == 1
    before = services.fanpages.summary(d1 - timedelta(days=1))
    assert (before.official_pages, before.verified, before.proposed) == (0, 0, 0)
    middle = services.fanpages.summary(d1)
    assert (middle.verified, middle.proposed) == (0, 2)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_matches_agencies_by_name_or_short_name(services: Services, tmp_path: Path) -> None:
    existing = page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    file = _sheet(
        tmp_path / "pages.xlsx",
        [
            ["DANH SÁCH TRANG FANPAGE CHÍNH THỨC"],
            [],
            ["STT", "Cơ quan / Đơn vị", "Tên trang", "Nền tảng", "Link", "Số người theo dõi", "Ghi chú"],
            [
                1,
                "SỞ Y TẾ",
                "Sở Y tế Hà Nội",
                "Facebook",
                "https://m.facebook.com/soytehanoi?ref=x",
                "12.500",
                "",
            ],
            [2, "SDL", "Du lịch Hà Nội", "YouTube", "youtube.com/@dulichhanoi", 3400, "Kênh video"],
            [
                3,
                "Uy ban nhan dan huyen Ung Hoa",
                "UBND huyện Ứng Hòa",
                "",
                "https://www.facebook.com/ubndunghoa",
                None,
                "",
            ],
        ],
    )
    rows, _sheet_name = read_fanpages(file)
    plan = services.fanpages.imports.plan_import(rows, file.name)
    assert plan.ok, plan.rejected
    assert [p.row for p in plan.to_add] == [5, 6] and [p.row for p in plan.to_update] == [4]
    # Old → new for each field; the file has no "Ngày thống kê": the count date stays empty.
    assert [str(c) for c in plan.to_update[0].changes] == ["Số người theo dõi: (trống) → 12500"]
    assert services.fanpages.imports.apply_import(plan) == (2, 1)
    assert services.fanpages.get(existing.id).followers == 12500
    assert services.fanpages.get(existing.id).followers_on is None
    youtube = services.fanpages.find_by_url("https://www.youtube.com/@DuLichHaNoi")
    assert youtube.agency_name == "Sở Du lịch" and youtube.notes == "Kênh video"
    assert services.fanpages.find_by_url("fb.com/ubndunghoa").platform is Platform.FACEBOOK
    # Importing the same file again changes nothing.
    again = services.fanpages.imports.plan_import(read_fanpages(file)[0], file.name)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 3)


def test_a_bad_import_writes_nothing_and_says_where(services: Services, tmp_path: Path) -> None:
    page(services, "Sở Y tế", "Sở Y tế Hà Nội", "facebook.com/soytehanoi")
    file = _sheet(
        tmp_path / "bad.xlsx",
        [
            ["Đơn vị", "Tên trang", "Nền tảng", "Đường dẫn", "Số người theo dõi"],
            ["Sở Du lịch", "Du lịch Hà Nội", "Facebook", "facebook.com/dulichhanoi", 100],
            ["Sở Không Có", "Trang lạ", "Facebook", "facebook.com/tranglà", 1],
            ["Sở Du lịch", "Trùng", "Facebook", "https://m.facebook.com/DuLichHaNoi/", 1],
            ["Sở Du lịch", "Của Sở Y tế", "Facebook", "fb.com/soytehanoi", 1],
            ["Sở Du lịch", "Sai nền tảng", "Zalo", "facebook.com/khac", "nhiều"],
            ["Sở Du lịch", "Video", "Instagram", "https://youtu.be/x", 1],
        ],
    )
    rows, _ = read_fanpages(file)
    plan = services.fanpages.imports.plan_import(rows, file.name)
    text = "\n".join(str(p) for p in plan.rejected)
    assert "dòng 3, cột Cơ quan: Không tìm thấy “Sở Không Có”" in text
    assert "dòng 4: Trang https://www.facebook.com/DuLichHaNoi trùng với dòng 2." in text
    assert "dòng 5: Trang https://www.facebook.com/soytehanoi đã được đăng ký cho Sở Y tế." in text
    assert "dòng 6, cột Số người theo dõi" in text and "dòng 6, cột Nền tảng" in text
    assert "dòng 7, cột Nền tảng: Nền tảng “Instagram” không rõ" in text and "video" in text
    with pytest.raises(ValidationError):
        services.fanpages.imports.apply_import(plan)
    assert services.fanpages.count() == 1


def test_import_refuses_a_file_without_the_address_column(tmp_path: Path) -> None:
    file = _sheet(tmp_path / "noaddr.xlsx", [["Cơ quan", "Tên trang"], ["Sở Y tế", "Sở Y tế Hà Nội"]])
    with pytest.raises(ValidationError, match="Thiếu cột “Đường dẫn”"):
        read_fanpages(file)
