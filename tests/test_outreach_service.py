"""Outreach to news sites and social networks, through the service as the tab and the CLI use it:
the life cycle (refused moves included), citation permissions with the 2026 press mergers, the
proposal letter to the board, articles counted from the calendar, the year's figures."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hanoi_desk.app import Services, open_services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind, ContactDraft, ContactRole
from hanoi_desk.domain.calendar import ContentDraft, Distribution, Domain, Party, Publication
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.history import HistoryQuery
from hanoi_desk.domain.outreach import (
    CitationState,
    LetterSettings,
    OutreachState,
    SiteDraft,
    canonical_site,
    current_press,
    match_press_names,
    refusal,
    state_from_label,
)
from hanoi_desk.exporters.outreach import write_citation_proposal, write_invitation

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

S = OutreachState
TODAY = date(2026, 12, 1)
MERGED = "Cơ quan Báo và Phát thanh, Truyền hình Hà Nội"


@pytest.fixture
def svc(db_url: str) -> Iterator[Services]:
    services = open_services(db_url, seed=False, clock=FixedClock(TODAY))
    yield services
    services.close()


def add_press(services: Services) -> dict[str, int]:
    """The press of the tests: two papers merged into one body on 31/01/2026, one still on its own."""
    roster = services.roster
    merged = roster.create(
        AgencyDraft(
            name=MERGED, short_name="Báo và PT-TH HN", kind=AgencyKind.PRESS, active_from=date(2026, 2, 1)
        )
    ).id
    ids = {"merged": merged}
    for key, name, short in (("hnm", "Báo Hànộimới", "HNM"), ("ktdt", "Báo Kinh tế và Đô thị", "KT&ĐT")):
        ids[key] = roster.create(
            AgencyDraft(
                name=name,
                short_name=short,
                kind=AgencyKind.PRESS,
                active_to=date(2026, 1, 31),
                successor_id=merged,
            )
        ).id
    ids["nhn"] = roster.create(
        AgencyDraft(name="Tạp chí Người Hà Nội", short_name="NHN", kind=AgencyKind.PRESS)
    ).id
    return ids


def site(
    services: Services,
    name: str = "Báo Mới",
    address: str = "https://www.BaoMoi.com/",
    kind: AgencyKind = AgencyKind.NEWS_SITE,
    **values: object,
) -> int:
    return services.outreach.create_site(SiteDraft(name=name, kind=kind, address=address, **values)).id  # type: ignore[arg-type]


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext gives it, every run of blanks and line breaks made one space."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def appendix_rows(path: Path) -> list[list[str]]:
    """The rows of the appendix's table (header first), each cell's text on one line."""
    import pdfplumber

    rows: list[list[str]] = []
    with pdfplumber.open(path) as pdf:
        started = False
        for page in pdf.pages:
            started = started or "Phụ lục" in (page.extract_text() or "")
            if started:
                for table in page.extract_tables():
                    rows += [[" ".join((cell or "").split()) for cell in row] for row in table]
    return rows


# ----------------------------------------------------------------------------- plain rules
@pytest.mark.parametrize(
    "raw",
    [
        "baomoi.com",
        "https://www.BaoMoi.com/",
        "http://m.baomoi.com/ha-noi.epi",
        " BAOMOI.COM. ",
        "https://baomoi.com:443/?utm_source=x",
    ],
)
def test_a_site_is_its_domain_whatever_shape_it_is_written_in(raw: str) -> None:
    address = canonical_site(raw)
    assert (address.domain, address.url) == ("baomoi.com", "https://baomoi.com")


def test_vietnamese_and_punycode_domains_are_one() -> None:
    assert canonical_site("https://XN--HNI-9KA0849A.VN/").domain == canonical_site("hànội.vn").domain


@pytest.mark.parametrize("raw", ["", "bao moi.com", "ftp://baomoi.com", "localhost", "baomoi"])
def test_an_address_that_is_no_domain_is_refused_in_words(raw: str) -> None:
    from hanoi_desk.domain.fanpage import AddressError

    with pytest.raises(AddressError) as error:
        canonical_site(raw)
    assert str(error.value)


def test_states_as_offices_write_them() -> None:
    assert state_from_label("Đã có chuyên mục") == (S.COLUMN, "")
    assert state_from_label("đang vận động") == (S.CONTACTED, "")
    assert state_from_label("Từ chối: chưa bố trí được nhân sự") == (S.REFUSED, "chưa bố trí được nhân sự")
    assert state_from_label("Tạm dừng (đổi chủ sở hữu)") == (S.PAUSED, "đổi chủ sở hữu")
    assert state_from_label("xen kẽ") == (S.INTERLEAVED, "")
    assert state_from_label("không biết") is None


def test_moves_that_make_no_sense_say_why() -> None:
    assert refusal("Báo Mới", S.NOT_APPROACHED, S.AGREED) == (
        "Chưa liên hệ với “Báo Mới”: hãy ghi nhận “Đã liên hệ” trước."
    )
    assert "chưa đồng ý" in refusal("Báo Mới", S.CONTACTED, S.COLUMN)
    assert "đã từ chối" in refusal("Báo Mới", S.REFUSED, S.AGREED)
    assert "Tạm dừng" in refusal("Báo Mới", S.COLUMN, S.REFUSED)
    assert "không quay về" in refusal("Báo Mới", S.AGREED, S.NOT_APPROACHED)
    assert refusal("Báo Mới", S.PAUSED, S.COLUMN) is None


def test_press_names_in_one_cell_even_with_a_comma_inside_a_name() -> None:
    keys = {"bao hanoimoi": 1, "co quan bao va phat thanh, truyen hinh ha noi": 2, "nhn": 3}
    found, missing = match_press_names(
        "Báo Hànộimới; Cơ quan Báo và Phát thanh, Truyền hình Hà Nội, NHN, Báo Nhân Dân", keys
    )
    assert found == [1, 2, 3] and missing == ["Báo Nhân Dân"]


# ----------------------------------------------------------------------------- sites
def test_a_site_is_an_agency_of_the_roster_with_its_outreach(svc: Services) -> None:
    contacts = (
        ContactDraft("Nguyễn Văn An", phone="0912345678", role=ContactRole.FOCAL_POINT),
        ContactDraft("Trần Thị Bình", role=ContactRole.MONITORING),
    )
    site_id = site(
        svc,
        licence_number="123/GP-STTTT",
        licence_date=date(2020, 3, 5),
        licence_issuer="Sở Thông tin và Truyền thông",
        monthly_reach=2_500_000,
        operator="Công ty Cổ phần Truyền thông Việt Nam",
        staff="Lê Văn Cường",
        contacts=contacts,
    )
    found = svc.outreach.get(site_id)
    assert (found.domain, found.address, found.state) == (
        "baomoi.com",
        "https://baomoi.com",
        S.NOT_APPROACHED,
    )
    assert (found.person, found.phone, found.monitors) == ("Nguyễn Văn An", "0912345678", ("Trần Thị Bình",))
    assert found.licence_text == "Số 123/GP-STTTT ngày 05/03/2020 của Sở Thông tin và Truyền thông"
    agency = svc.roster.get(site_id)
    assert agency.kind is AgencyKind.NEWS_SITE and agency.portal_url == "https://baomoi.com"
    assert agency.monthly_reach == 2_500_000


def test_one_domain_is_one_site(svc: Services) -> None:
    site(svc)
    with pytest.raises(ValidationError) as error:
        site(svc, name="Báo Mới (bản di động)", address="m.baomoi.com")
    assert error.value.for_field("address") == ["Tên miền baomoi.com đã thuộc trang “Báo Mới”."]
    assert len(svc.outreach.list_sites()) == 1


def test_only_news_sites_and_social_networks_are_approached(svc: Services) -> None:
    with pytest.raises(ValidationError) as error:
        svc.outreach.create_site(SiteDraft(name="Sở Y tế", kind=AgencyKind.DEPARTMENT))
    assert error.value.for_field("kind")


def test_a_stale_edit_is_refused_naming_who_saved(svc: Services) -> None:
    site_id = site(svc)
    opened = svc.outreach.get(site_id)
    svc.outreach.update_site(
        site_id, opened.to_draft(operator="Công ty A"), opened.version, opened.outreach_version
    )
    from hanoi_desk.domain.errors import ConflictError

    with pytest.raises(ConflictError):
        svc.outreach.update_site(
            site_id, opened.to_draft(notes="muộn"), opened.version, opened.outreach_version
        )
    assert svc.outreach.get(site_id).operator == "Công ty A"


# ----------------------------------------------------------------------------- the life cycle
def test_the_life_cycle_from_contact_to_column_every_step_kept(svc: Services) -> None:
    site_id = site(svc, staff="Lê Văn Cường")
    o = svc.outreach
    o.move(site_id, S.CONTACTED, date(2026, 3, 2), how="Công văn", staff="Lê Văn Cường")
    o.move(site_id, S.AGREED, date(2026, 3, 20))
    done = o.move(
        site_id,
        S.COLUMN,
        date(2026, 4, 1),
        column_url="https://www.baomoi.com/ha-noi.epi?utm_source=zalo&fbclid=x",
    )
    assert (done.state, done.state_on) == (S.COLUMN, date(2026, 4, 1))
    assert done.column_url == "https://www.baomoi.com/ha-noi.epi"
    steps = o.steps(site_id)
    assert [(s.state, s.day) for s in steps] == [
        (S.CONTACTED, date(2026, 3, 2)),
        (S.AGREED, date(2026, 3, 20)),
        (S.COLUMN, date(2026, 4, 1)),
    ]
    assert steps[0].how == "Công văn" and steps[0].staff == "Lê Văn Cường"
    # The change history names the site and its steps, not "#5".
    entries = svc.history.for_record("agency", site_id)
    labels = {e.label for e in entries}
    assert "Báo Mới" in labels and "Báo Mới: Đã có chuyên mục" in labels
    assert not any(label.startswith("#") for label in labels)


def test_refused_moves_change_nothing_and_say_why(svc: Services) -> None:
    site_id = site(svc)
    o = svc.outreach
    with pytest.raises(ValidationError) as error:
        o.move(site_id, S.COLUMN, date(2026, 3, 1), column_url="baomoi.com/ha-noi")
    assert str(error.value.problems[0]) == "Chưa liên hệ với “Báo Mới”: hãy ghi nhận “Đã liên hệ” trước."
    with pytest.raises(ValidationError) as error:
        o.move(site_id, S.CONTACTED, date(2026, 3, 1))
    assert error.value.for_field("how")
    o.move(site_id, S.CONTACTED, date(2026, 3, 1), how="Điện thoại")
    with pytest.raises(ValidationError) as error:
        o.move(site_id, S.REFUSED, date(2026, 3, 5))
    assert error.value.for_field("reason") == ["Cần ghi lý do từ chối."]
    with pytest.raises(ValidationError) as error:
        o.move(site_id, S.AGREED, date(2026, 2, 1))
    assert "trước bước trước đó" in error.value.for_field("day")[0]
    with pytest.raises(ValidationError) as error:
        o.move(site_id, S.AGREED, date(2026, 12, 2))
    assert error.value.for_field("day") == ["Ngày không được sau hôm nay."]
    o.move(site_id, S.AGREED, date(2026, 3, 10))
    with pytest.raises(ValidationError) as error:
        o.move(site_id, S.COLUMN, date(2026, 3, 11), column_url="https://kenh14.vn/ha-noi.chn")
    assert error.value.for_field("column_url") == [
        "Chuyên mục phải nằm trên trang baomoi.com (đường dẫn này thuộc kenh14.vn)."
    ]
    o.move(site_id, S.INTERLEAVED, date(2026, 3, 11))
    with pytest.raises(ValidationError) as error:
        o.move(site_id, S.REFUSED, date(2026, 3, 12), reason="không")
    assert "hãy ghi nhận “Tạm dừng”" in str(error.value)
    paused = o.move(site_id, S.PAUSED, date(2026, 5, 1), reason="Đổi chủ sở hữu")
    assert (paused.state, paused.reason) == (S.PAUSED, "Đổi chủ sở hữu")
    assert [s.state for s in o.steps(site_id)] == [S.CONTACTED, S.AGREED, S.INTERLEAVED, S.PAUSED]


# ----------------------------------------------------------------------------- permissions
def test_merged_press_agencies_follow_their_successor(svc: Services) -> None:
    press = add_press(svc)
    site_id = site(svc)
    asked = svc.outreach.request_permissions(
        site_id, [press["hnm"], press["ktdt"], press["nhn"]], date(2026, 3, 1)
    )
    assert sorted(p.press_name for p in asked) == sorted([MERGED, "Tạp chí Người Hà Nội"])
    assert all(p.state is CitationState.REQUESTED for p in asked)
    # Asked again: nothing doubles.
    svc.outreach.request_permissions(site_id, [press["merged"]], date(2026, 3, 2))
    assert len(svc.outreach.list_permissions()) == 2
    # Choices offered to the clerk: the press of today, not the merged papers.
    assert [p.name for p in svc.outreach.press_agencies()] == [MERGED, "Tạp chí Người Hà Nội"]


def test_a_permission_recorded_before_a_merger_shows_its_successor(svc: Services) -> None:
    roster = svc.roster
    old = roster.create(AgencyDraft(name="Báo Phụ nữ Thủ đô", kind=AgencyKind.PRESS)).id
    site_id = site(svc)
    svc.outreach.request_permissions(site_id, [old], date(2025, 6, 1))
    merged = roster.create(AgencyDraft(name=MERGED, kind=AgencyKind.PRESS)).id
    roster.end(old, date(2026, 1, 31), merged)
    [permission] = svc.outreach.list_permissions()
    assert permission.press_label == f"{MERGED} (trước đây: Báo Phụ nữ Thủ đô)"
    assert current_press(old, {p.id: p for p in svc.outreach.press_agencies()}) == old  # not in today's list


def test_the_proposal_letter_lists_exactly_the_unsent_requests_and_marks_them_sent(
    svc: Services, tmp_path: Path
) -> None:
    press = add_press(svc)
    moi = site(
        svc,
        licence_number="123/GP-STTTT",
        licence_date=date(2020, 3, 5),
        licence_issuer="Sở Thông tin và Truyền thông",
        operator="Công ty Cổ phần VCCorp",
    )
    zing = site(svc, name="Zing News", address="znews.vn")
    other = site(svc, name="Kênh 14", address="kenh14.vn")
    o = svc.outreach
    o.request_permissions(moi, [press["hnm"], press["nhn"]], date(2026, 11, 2))
    o.request_permissions(zing, [press["ktdt"]], date(2026, 11, 3))
    o.request_permissions(other, [press["nhn"]], date(2026, 11, 3))
    [answered] = [p for p in o.list_permissions() if p.site_id == other]
    o.decide([answered.id], CitationState.ALLOWED, date(2026, 11, 20), document="Công văn 45/NHN")
    out = tmp_path / "de-nghi.pdf"
    svc.settings.save({"office.name": "Sở Văn hóa và Thể thao", "office.symbol": "SVHTT",
                       "office.unit": "QLBC"})
    office, letters = o.issuer(TODAY), o.letter_settings()
    letter = o.propose_citations(TODAY, lambda letter: write_citation_proposal(out, letter, office, letters))
    assert [r.site.name for r in letter.requests] == ["Báo Mới", "Zing News"]
    assert letter.requests[0].press == (MERGED, "Tạp chí Người Hà Nội")
    text = pdf_text(out)
    assert "V/v đề nghị cho phép các trang thông tin điện tử tổng hợp trích dẫn nguồn tin" in text
    assert "Kính gửi: Ban Tuyên giáo và Dân vận Thành ủy." in text
    assert "Số:" in text and "/SVHTT-QLBC" in text
    rows = appendix_rows(out)
    assert rows[0] == [
        "STT",
        "Tên trang/mạng xã hội",
        "Tên miền",
        "Tổ chức, doanh nghiệp",
        "Giấy phép (số, ngày, cơ quan cấp)",
        "Cơ quan báo chí đề nghị trích dẫn",
    ]
    assert rows[1:] == [
        [
            "1",
            "Báo Mới",
            "baomoi.com",
            "Công ty Cổ phần VCCorp",
            "Số 123/GP-STTTT ngày 05/03/2020 của Sở Thông tin và Truyền thông",
            f"- {MERGED} - Tạp chí Người Hà Nội",
        ],
        ["2", "Zing News", "znews.vn", "", "", f"- {MERGED}"],
    ]
    states = {p.site_name: p.state for p in o.list_permissions()}
    assert states == {
        "Báo Mới": CitationState.SENT,
        "Zing News": CitationState.SENT,
        "Kênh 14": CitationState.ALLOWED,
    }
    sent = [p for p in o.list_permissions() if p.state is CitationState.SENT]
    assert {p.proposal_text for p in sent} == {"Công văn số …/SVHTT-QLBC ngày 01/12/2026"}
    # A second run proposes nothing, and writes nothing.
    with pytest.raises(ValidationError) as error:
        o.propose_citations(TODAY, lambda letter: pytest.fail("nothing to write"))
    assert "không có gì để đề nghị" in str(error.value)
    # The văn thư's number, once given, is what the requests cite.
    o.set_proposal_number(letter.id, "215")
    assert {p.proposal_text for p in o.list_permissions() if p.state is CitationState.SENT} == {
        "Công văn số 215/SVHTT-QLBC ngày 01/12/2026"
    }


def test_a_letter_that_fails_to_write_marks_nothing_sent(svc: Services) -> None:
    press = add_press(svc)
    site_id = site(svc)
    svc.outreach.request_permissions(site_id, [press["nhn"]], date(2026, 11, 2))

    def broken(_letter: object) -> None:
        raise OSError("đĩa đầy")

    with pytest.raises(OSError):
        svc.outreach.propose_citations(TODAY, broken)
    assert [p.state for p in svc.outreach.list_permissions()] == [CitationState.REQUESTED]
    assert svc.outreach.proposals() == []


def test_answers_follow_the_rules(svc: Services) -> None:
    press = add_press(svc)
    site_id = site(svc)
    [permission] = svc.outreach.request_permissions(site_id, [press["nhn"]], date(2026, 11, 2))
    with pytest.raises(ValidationError) as error:
        svc.outreach.decide([permission.id], CitationState.REFUSED, date(2026, 11, 3))
    assert error.value.for_field("note") == ["Cần ghi lý do không được phép."]
    with pytest.raises(ValidationError) as error:
        svc.outreach.decide([permission.id], CitationState.ALLOWED, date(2026, 11, 1))
    assert "trước ngày đề nghị" in str(error.value)
    [allowed] = svc.outreach.decide(
        [permission.id], CitationState.ALLOWED, date(2026, 11, 5), document="Văn bản 12/NHN"
    )
    assert (allowed.state, allowed.decided_on, allowed.document) == (
        CitationState.ALLOWED,
        date(2026, 11, 5),
        "Văn bản 12/NHN",
    )
    with pytest.raises(ValidationError):
        svc.outreach.withdraw(permission.id)  # answered: it stays
    assert svc.outreach.get(site_id).allowed == ("Tạp chí Người Hà Nội",)


# ----------------------------------------------------------------------------- articles and figures
def publish(svc: Services, title: str, on: date, **where: object) -> None:
    calendar = svc.calendar
    item = calendar.create(ContentDraft(title=title, day=on, domains=(Domain.CULTURE,)))
    calendar.agree(item.id, Party.PROPAGANDA_BOARD, on=on)
    calendar.agree(item.id, Party.PC_OFFICE, on=on)
    calendar.distribute(item.id, [Distribution("Các trang", on)])
    calendar.publish(item.id, Publication(published_on=on, **where))  # type: ignore[arg-type]


def test_articles_are_counted_from_the_calendar_plus_what_the_clerk_enters(svc: Services) -> None:
    moi = site(svc)
    zing = site(svc, name="Zing News", address="znews.vn")
    publish(svc, "Phố cổ Hà Nội", date(2026, 10, 5), where="", agency_id=moi)
    publish(svc, "Mùa thu Hà Nội", date(2026, 10, 20), where="baomoi.com")
    publish(svc, "Hồ Gươm", date(2026, 11, 2), where="Báo điện tử", url="https://znews.vn/ho-guom.html")
    publish(svc, "Năm ngoái", date(2025, 11, 2), where="Báo Mới")
    svc.outreach.set_articles(moi, date(2026, 10, 1), 7, "Theo báo cáo của trang")
    by_site = {a.site_name: a for a in svc.outreach.articles(2026)}
    assert by_site["Báo Mới"].months[9].from_calendar == 2 and by_site["Báo Mới"].months[9].entered == 7
    assert by_site["Báo Mới"].total == 9 and by_site["Zing News"].months[10].total == 1
    assert svc.outreach.get(moi).articles_year == 9
    assert {a.site_name: a.total for a in svc.outreach.articles(2025)} == {"Báo Mới": 1, "Zing News": 0}
    with pytest.raises(ValidationError):
        svc.outreach.set_articles(zing, date(2027, 1, 1), 3)


def test_the_years_figures_in_one_frozen_value(svc: Services) -> None:
    press = add_press(svc)
    o = svc.outreach
    moi, zing, kenh = (
        site(svc),
        site(svc, name="Zing News", address="znews.vn"),
        site(svc, name="Kênh 14", address="kenh14.vn"),
    )
    site(svc, name="Mạng xã hội Gapo", address="gapo.vn", kind=AgencyKind.SOCIAL_NETWORK)
    for site_id in (moi, zing, kenh):
        o.move(site_id, S.CONTACTED, date(2026, 3, 1), how="Điện thoại")
    o.move(moi, S.AGREED, date(2026, 3, 5))
    o.move(moi, S.COLUMN, date(2026, 4, 5), column_url="baomoi.com/ha-noi.epi")
    o.move(zing, S.AGREED, date(2026, 3, 5))
    o.move(zing, S.INTERLEAVED, date(2026, 3, 6))
    o.move(kenh, S.REFUSED, date(2026, 3, 6), reason="Không có nhân sự")
    [p] = o.request_permissions(moi, [press["nhn"]], date(2026, 5, 1))
    o.decide([p.id], CitationState.ALLOWED, date(2026, 6, 1))
    o.request_permissions(zing, [press["hnm"]], date(2026, 5, 1))
    publish(svc, "Phố cổ", date(2026, 10, 5), where="Báo Mới")
    o.set_articles(zing, date(2026, 9, 1), 4)
    figures = o.figures(2026)
    assert (figures.sites, figures.news_sites, figures.social_networks) == (4, 3, 1)
    assert (figures.contacted, figures.contacted_in_year, figures.agreed) == (3, 3, 2)
    assert (figures.with_column, figures.interleaved, figures.refused) == (1, 1, 1)
    assert (figures.permissions_granted, figures.sites_allowed, figures.permissions_pending) == (1, 1, 1)
    assert (figures.articles, figures.articles_from_calendar, figures.articles_entered) == (5, 1, 4)
    # As the data stood at the end of March: no column yet, nothing granted.
    march = o.figures(2026, date(2026, 3, 31))
    assert (march.with_column, march.agreed, march.permissions_granted) == (0, 2, 0)
    with pytest.raises(AttributeError):
        figures.sites = 0  # type: ignore[misc]


def test_the_figures_are_in_the_annual_report(svc: Services, tmp_path: Path) -> None:
    from hanoi_desk.exporters.reports import write_annual_report

    o = svc.outreach
    moi = site(svc)
    o.move(moi, S.CONTACTED, date(2026, 3, 1), how="Gặp trực tiếp")
    o.move(moi, S.AGREED, date(2026, 3, 5))
    o.move(moi, S.COLUMN, date(2026, 4, 5), column_url="baomoi.com/ha-noi.epi")
    o.set_articles(moi, date(2026, 9, 1), 12)
    data = svc.reports.annual_report(2026, TODAY)
    assert data.outreach == o.figures(2026, TODAY)
    out = write_annual_report(tmp_path / "bc.pdf", data)
    flat = pdf_text(out)
    assert "4. Vận động trang thông tin điện tử tổng hợp, mạng xã hội" in flat
    assert "Đồng ý phối hợp: 1 trang, trong đó 1 trang có chuyên mục về Hà Nội" in flat
    assert "Tin, bài về Hà Nội các trang đã đăng tải trong năm 2026: 12 tin, bài" in flat


def test_the_invitation_letter_comes_from_the_template_in_settings(svc: Services, tmp_path: Path) -> None:
    o = svc.outreach
    moi = o.get(site(svc, operator="Công ty Cổ phần VCCorp", staff="Lê Văn Cường"))
    with pytest.raises(ValidationError) as error:
        o.save_letter_settings(LetterSettings(invitation_body="Kính mời {congty} mở chuyên mục."))
    assert "{congty}" in str(error.value)
    o.save_letter_settings(
        LetterSettings(
            invitation_subject="V/v mời {trang} mở chuyên mục về Hà Nội",
            invitation_body="{co_quan} kính mời {to_chuc} mở chuyên mục về Hà Nội trên {ten_mien}.\n\n"
            "Liên hệ: {nguoi_lien_he}.",
        )
    )
    out = write_invitation(
        tmp_path / "moi.pdf",
        moi,
        TODAY,
        o.letter_symbol(),
        o.issuer(TODAY),
        o.letter_settings(),
    )
    text = pdf_text(out)
    assert "V/v mời Báo Mới mở chuyên mục về Hà Nội" in text
    assert "Kính gửi: Công ty Cổ phần VCCorp." in text
    assert "kính mời Công ty Cổ phần VCCorp mở chuyên mục về Hà Nội trên baomoi.com." in text
    assert "Liên hệ: Lê Văn Cường." in text


def test_every_outreach_table_is_named_in_the_history(svc: Services) -> None:
    press = add_press(svc)
    moi = site(svc)
    svc.outreach.request_permissions(moi, [press["nhn"]], date(2026, 3, 1))
    svc.outreach.set_articles(moi, date(2026, 3, 1), 2)
    tables = dict(svc.history.tables())
    assert tables["citation_permission"] == "Trích dẫn nguồn tin"
    assert tables["shared_articles"] == "Tin bài về Hà Nội (nhập tay)"
    [entry] = svc.history.search(HistoryQuery(table="citation_permission"))
    assert entry.label == "Báo Mới — Tạp chí Người Hà Nội"
    assert {c.label for c in entry.changes} >= {"Trang", "Cơ quan báo chí", "Tình trạng"}
    assert "Đề nghị, chưa gửi" in {c.new for c in entry.changes}
