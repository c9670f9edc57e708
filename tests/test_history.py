"""History of every change: inserts, updates and deletes with old and new values, for any table."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Integer, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hanoi_desk.app import Services, open_services
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind, ContactDraft
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.history import HistoryAction, HistoryQuery
from hanoi_desk.models import AgencyRow, HistoryRow
from hanoi_desk.services.settings import OfficeSettings

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


def _changes(entry) -> dict[str, tuple[str, str]]:
    return {c.field: (c.old, c.new) for c in entry.changes}


@pytest.fixture
def named(empty_services: Services) -> Services:
    empty_services.settings.save_office(OfficeSettings(staff_name="Chị Lan"))
    return empty_services


def test_insert_update_delete_are_recorded_with_old_and_new_values(named: Services) -> None:
    created = named.roster.create(AgencyDraft(
        name="Sở Du lịch", kind=AgencyKind.DEPARTMENT, phone="0243 825 3536",
        active_from=date(2025, 3, 1), contacts=(ContactDraft("Nguyễn Văn A", phone="0912345678"),),
    ))
    named.roster.update(created.id, created.to_draft(phone="0243 998 8877", email="sdl@hanoi.gov.vn"),
                        created.version)
    named.roster.delete(created.id)

    entries = named.history.for_record("agency", created.id)
    agency_entries = [e for e in entries if e.table == "agency"]
    assert [e.action for e in agency_entries] == [HistoryAction.DELETE, HistoryAction.UPDATE,
                                                  HistoryAction.INSERT]
    deleted, updated, inserted = agency_entries
    assert all(e.changed_by == "Chị Lan" and e.label == "Sở Du lịch" for e in agency_entries)
    assert _changes(inserted)["name"] == ("", "Sở Du lịch")
    assert _changes(inserted)["active_from"] == ("", "01/03/2025")
    assert _changes(inserted)["kind"] == ("", "Sở, ban, ngành")
    assert _changes(updated) == {"phone": ("02438253536", "02439988877"),
                                 "email": ("", "sdl@hanoi.gov.vn")}
    assert {c.label for c in updated.changes} == {"Điện thoại", "Email"}
    assert _changes(deleted)["phone"] == ("02439988877", "")
    assert _changes(deleted)["name"] == ("Sở Du lịch", "")
    # The contact's history is part of its agency's, and survives the delete too.
    contact_actions = [e.action for e in entries if e.table == "contact"]
    assert contact_actions == [HistoryAction.DELETE, HistoryAction.INSERT]
    assert any(e.label == "Nguyễn Văn A" for e in entries if e.table == "contact")
    assert abs(inserted.changed_at - deleted.changed_at) < timedelta(minutes=1)


def test_a_save_without_changes_and_a_refused_save_record_nothing(named: Services) -> None:
    created = named.roster.create(AgencyDraft(name="Sở Du lịch"))
    before = named.history.count()
    named.roster.update(created.id, created.to_draft(), created.version)
    with pytest.raises(ValidationError):
        named.roster.update(created.id, created.to_draft(email="not an email"))
    assert named.history.count() == before


def test_versioned_records_are_stamped_with_who_and_when(named: Services) -> None:
    created = named.roster.create(AgencyDraft(name="Sở Du lịch"))
    with named.db.begin() as s:  # an edit that does not stamp anything itself
        s.get(AgencyRow, created.id).notes = "ghi chú"
    with named.db.read() as s:
        row = s.get(AgencyRow, created.id)
        assert row.updated_by == "Chị Lan" and row.version == created.version + 1


def test_search_by_table_user_dates_and_folded_text(named: Services) -> None:
    named.roster.create(AgencyDraft(name="Sở Y tế"))
    named.settings.save_office(OfficeSettings(staff_name="Anh Minh"))
    named.roster.create(AgencyDraft(name="Trang tin Hà Nội Mới", kind=AgencyKind.NEWS_SITE))

    def labels(**query: object) -> list[str]:
        return [e.label for e in named.history.search(HistoryQuery(**query)) if e.table == "agency"]

    assert labels() == ["Trang tin Hà Nội Mới", "Sở Y tế"]  # newest first
    assert labels(text="so y te") == ["Sở Y tế"]
    assert labels(text="HA NOI moi") == ["Trang tin Hà Nội Mới"]
    assert labels(text="100%") == []
    assert labels(user="Chị Lan") == ["Sở Y tế"]
    assert labels(table="agency", since=date.today(), until=date.today()) == [
        "Trang tin Hà Nội Mới", "Sở Y tế"]
    assert labels(until=date.today() - timedelta(days=1)) == []
    assert labels(since=date.today() + timedelta(days=1)) == []
    assert ("agency", "Cơ quan, đơn vị") in named.history.tables()
    assert {"Chị Lan", "Anh Minh"} <= set(named.history.users())
    settings = [e for e in named.history.search(HistoryQuery(table="setting"))]
    assert any(_changes(e).get("value") == ("Chị Lan", "Anh Minh") for e in settings)


class _OtherBase(DeclarativeBase):
    pass


class _Fanpage(_OtherBase):
    """A table another feature might add: no history code of its own."""

    __tablename__ = "test_fanpage"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(100))


@pytest.fixture
def with_other_table(named: Services) -> Iterator[Services]:
    _OtherBase.metadata.create_all(named.db.engine)
    yield named
    _OtherBase.metadata.drop_all(named.db.engine)


def test_any_mapped_table_gets_history_without_extra_code(with_other_table: Services) -> None:
    db = with_other_table.db
    with db.begin() as s:
        s.add(_Fanpage(id=7, title="Hà Nội Mới"))
    with db.begin() as s:
        s.get(_Fanpage, 7).title = "Báo Hànộimới"
    with db.begin() as s:
        s.delete(s.scalars(select(_Fanpage)).one())
    entries = with_other_table.history.for_record("test_fanpage", 7)
    assert [(e.action, _changes(e)["title"]) for e in entries] == [
        (HistoryAction.DELETE, ("Báo Hànộimới", "")),
        (HistoryAction.UPDATE, ("Hà Nội Mới", "Báo Hànộimới")),
        (HistoryAction.INSERT, ("", "Hà Nội Mới")),
    ]
    assert entries[0].table_label == "test_fanpage"


def test_a_rolled_back_change_leaves_no_history(named: Services) -> None:
    before = named.history.count()
    with pytest.raises(RuntimeError), named.db.begin() as s:
        s.add(AgencyRow(name="Tạm", name_folded="tam", kind="other"))
        s.flush()
        raise RuntimeError("the unit of work fails after writing")
    assert named.history.count() == before


def test_seeded_roster_has_history(db_url: str) -> None:
    services = open_services(db_url)
    try:
        assert services.history.count() >= 65
    finally:
        services.close()


def test_references_to_other_records_read_as_their_names(named: Services) -> None:
    science = named.roster.create(AgencyDraft(name="Sở Khoa học và Công nghệ"))
    tourism = named.roster.create(AgencyDraft(name="Sở Du lịch", contacts=(ContactDraft("Lê Văn B"),)))
    named.roster.end(tourism.id, date(2026, 12, 31), science.id, tourism.version)
    named.roster.delete(tourism.id)
    named.roster.delete(science.id)
    entries = named.history.for_record("agency", tourism.id)
    ended = next(e for e in entries if e.action is HistoryAction.UPDATE)
    assert _changes(ended)["successor_id"] == ("", "Sở Khoa học và Công nghệ"), "even after its delete"
    contact = next(e for e in entries if e.table == "contact" and e.action is HistoryAction.INSERT)
    assert _changes(contact)["agency_id"] == ("", "Sở Du lịch")


def test_an_import_records_history_for_every_new_agency_and_contact(named: Services) -> None:
    """An import writes new agencies in bulk; their history must be there all the same."""
    from hanoi_desk.domain.imports import ImportRow

    rows = [ImportRow(n, AgencyDraft(name=f"Trang tin số {n}", kind=AgencyKind.NEWS_SITE,
                                     contacts=(ContactDraft(f"Người liên hệ {n}"),)),
                      frozenset({"name", "kind", "contacts"}))
            for n in (2, 3)]
    named.roster.apply_import(named.roster.plan_import(rows, "trang-tin.xlsx"))
    for n in (2, 3):
        agency = named.roster.find_by_name(f"Trang tin số {n}")
        entries = named.history.for_record("agency", agency.id)
        assert {(e.table, e.action, e.label) for e in entries} == {
            ("agency", HistoryAction.INSERT, f"Trang tin số {n}"),
            ("contact", HistoryAction.INSERT, f"Người liên hệ {n}"),
        }
        inserted = next(e for e in entries if e.table == "agency")
        assert inserted.changed_by == "Chị Lan"
        assert _changes(inserted)["kind"] == ("", "Trang TTĐT tổng hợp")


def test_calendar_and_fanpage_changes_read_in_vietnamese(named: Services) -> None:
    """The History tab names their tables, fields and coded values as the forms do."""
    from hanoi_desk.domain.calendar import ContentDraft, Domain, Period
    from hanoi_desk.domain.fanpage import FanpageDraft, ImpersonatorDraft

    agency = named.roster.create(AgencyDraft(name="Sở Y tế"))
    page = named.fanpages.create(FanpageDraft(agency.id, "facebook.com/soytehanoi", "Sở Y tế Hà Nội"))
    suspect = named.fanpages.impersonators.create(
        ImpersonatorDraft("facebook.com/soytehanoi.gov", "Sở Y tế Hà Nội (giả)", agency_id=agency.id))
    item = named.calendar.create(ContentDraft(title="Bản tin tuần", day=date(2026, 11, 16),
                                              period=Period.WEEKLY, domains=(Domain.ECONOMY, Domain.CULTURE)))

    def inserted(table: str, record_id: int) -> dict[str, tuple[str, str]]:
        entry = next(e for e in named.history.for_record(table, record_id) if e.table == table)
        return {c.label: (c.old, c.new) for c in entry.changes}

    fanpage = inserted("fanpage", page.id)
    assert fanpage["Nền tảng"] == ("", "Facebook")
    assert fanpage["Trạng thái xác thực"] == ("", "Chưa đề nghị")
    assert fanpage["Cơ quan, đơn vị"] == ("", "Sở Y tế")
    assert "Địa chỉ chuẩn hóa" not in fanpage and "url_key" not in fanpage  # internal: the link is shown
    impersonator = inserted("impersonator", suspect.id)
    assert impersonator["Tình trạng"] == ("", "Nghi vấn")
    assert impersonator["Cơ quan bị mạo danh"] == ("", "Sở Y tế")
    content = inserted("content_item", item.id)
    assert content["Định kỳ"] == ("", "Hàng tuần") and content["Tiêu đề"] == ("", "Bản tin tuần")
    assert content["Trạng thái"][1] != "proposed"
    assert content["Lĩnh vực"] == ("", f"{Domain.ECONOMY.label}, {Domain.CULTURE.label}")
    tables = dict(named.history.tables())
    assert tables["fanpage"] == "Fanpage" and tables["impersonator"] == "Trang nghi mạo danh"
    assert tables["content_item"] == "Lịch nội dung"
    event = named.history.search(HistoryQuery(table="content_event"))[0]
    assert event.table_label == "Diễn biến nội dung"
    assert {c.label for c in event.changes} >= {"Nội dung", "Thao tác", "Trạng thái sau"}
    assert all(c.new not in {"propose", "proposed"} for c in event.changes)


def test_every_table_has_a_vietnamese_name_in_the_history() -> None:
    """No history view shows a raw table name: each mapped table is named by its feature."""
    import hanoi_desk.app  # noqa: F401  (registers every feature's labels)
    from hanoi_desk.domain.history import TABLE_LABELS
    from hanoi_desk.models import Base

    unnamed = sorted(t for t in Base.metadata.tables if t not in TABLE_LABELS and t != "history")
    assert unnamed == []


def test_steps_reports_and_files_are_named_and_bookkeeping_is_hidden(services: Services) -> None:
    """No record reads "#5"; "Thứ tự", "Dung lượng", the moment and author of a step are not shown."""
    from hanoi_desk.domain.calendar import ContentDraft, Domain, Party
    from hanoi_desk.domain.fanpage import FanpageDraft, VerificationState
    from hanoi_desk.domain.reports import AttachmentDraft, ReceiptDraft

    health = services.roster.find_by_name("Sở Y tế")
    services.reports.record(ReceiptDraft(health.id, 2026, date(2026, 11, 20),
                                         attachment=AttachmentDraft("bc.pdf", b"%PDF-1.4 x")))
    page = services.fanpages.create(FanpageDraft(agency_id=health.id, url="https://facebook.com/syt.hn",
                                                 name="Sở Y tế Hà Nội"))
    services.fanpages.transition([page.id], VerificationState.PROPOSED, date(2026, 11, 1),
                                 letter_number="1/X")
    item = services.calendar.create(ContentDraft(title="Bài A", day=date(2026, 11, 3),
                                                 domains=(Domain.CULTURE,)))
    services.calendar.agree(item.id, Party.PC_OFFICE, "Lan", date(2026, 11, 3))
    entries = services.history.search()
    assert not [e for e in entries if e.label.startswith("#")], [(e.table, e.label) for e in entries]
    labels = {(e.table, e.label) for e in entries}
    assert ("report_receipt", "Sở Y tế — năm 2026") in labels
    assert ("fanpage_event", "Sở Y tế Hà Nội") in labels and ("content_event", "Bài A") in labels
    fields = {c.label for e in entries for c in e.changes}
    assert not fields & {"Thứ tự", "Dung lượng", "SHA-256", "Thời điểm ghi", "Người ghi", "Người thực hiện"}
    # A step shows in its page's own history too.
    assert any(e.table == "fanpage_event" for e in services.history.for_record("fanpage", page.id))


def test_first_run_settings_are_credited_to_the_staff_name_entered_with_them(services: Services) -> None:
    from dataclasses import replace

    office = services.settings.office()
    services.settings.save_office(replace(office, staff_name="Trần Văn Bình",
                                          signer_name="Nguyễn Thị Thu Hà"))
    saved = [e for e in services.history.search() if e.table == "setting" and "Họ tên người ký" in e.label]
    assert saved and saved[0].changed_by == "Trần Văn Bình"


@pytest.fixture
def hanoi_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("time zones are switched with tzset (POSIX)")
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_change_just_after_midnight_belongs_to_the_hanoi_day(named: Services, hanoi_time: None) -> None:
    """Stored in UTC, 17:30 on 30/11 is 00:30 on 1/12 in Hanoi: the clerk finds it under 1 December."""
    created = named.roster.create(AgencyDraft(name="Sở Văn hóa và Thể thao"))
    with named.db.begin() as s:
        for row in s.scalars(select(HistoryRow).where(HistoryRow.record_id == str(created.id))):
            row.changed_at = datetime(2026, 11, 30, 17, 30)

    def labels(since: date | None, until: date | None) -> list[str]:
        return [e.label for e in named.history.search(HistoryQuery(table="agency", since=since, until=until))]

    december_1 = date(2026, 12, 1)
    assert labels(december_1, december_1) == ["Sở Văn hóa và Thể thao"]
    assert labels(None, date(2026, 11, 30)) == [], "not the day before, as UTC would have it"
    entry = named.history.for_record("agency", created.id)[0]
    assert entry.changed_at == datetime(2026, 12, 1, 0, 30), "shown in Hanoi time"
