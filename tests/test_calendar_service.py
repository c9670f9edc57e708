"""The calendar service: series, one occurrence skipped, moved or edited, the life cycle and its refusals."""

from __future__ import annotations

from datetime import date

import pytest

from hanoi_desk.app import Services
from hanoi_desk.domain.calendar import (
    ContentDraft,
    Distribution,
    Domain,
    EditScope,
    Move,
    Party,
    Period,
    Publication,
    Repeat,
    Status,
)
from hanoi_desk.domain.errors import ConflictError, ValidationError

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

PAST = date(2026, 1, 5)


def _draft(title: str = "Bản tin tuần", day: date = date(2026, 10, 31), period: Period = Period.AD_HOC,
           **kw: object) -> ContentDraft:
    kw.setdefault("domains", (Domain.POLITICS,))
    return ContentDraft(title=title, day=day, period=period, **kw)  # type: ignore[arg-type]


def _days(services: Services, series_id: int) -> list[date]:
    return [i.day for i in services.calendar.series_items(series_id) if not i.skipped]


def test_a_monthly_series_is_one_item_per_occurrence_with_the_agency_matched(services: Services) -> None:
    first = services.calendar.create(
        _draft(period=Period.MONTHLY, agency_name="so y te", due_date=date(2026, 11, 3)), Repeat(count=5))
    assert first.agency_name == "Sở Y tế"
    items = services.calendar.series_items(first.series_id)
    assert [i.day for i in items] == [date(2026, 10, 31), date(2026, 11, 30), date(2026, 12, 31),
                                      date(2027, 1, 31), date(2027, 2, 28)]
    assert [(i.due_date - i.day).days for i in items] == [3] * 5, "every occurrence keeps the due offset"
    assert {i.status for i in items} == {Status.PROPOSED}
    assert [e.move for e in services.calendar.history(first.id)] == [Move.PROPOSE]


def test_skip_one_occurrence_and_restore_it(services: Services) -> None:
    first = services.calendar.create(_draft(period=Period.WEEKLY, day=date(2026, 12, 21)), Repeat(count=4))
    second = services.calendar.series_items(first.series_id)[1]
    services.calendar.skip(second.id, second.version, "Nghỉ Tết dương lịch")
    assert _days(services, first.series_id) == [date(2026, 12, 21), date(2027, 1, 4), date(2027, 1, 11)]
    assert second.id not in {i.id for i in services.calendar.list_items(date(2026, 12, 1), date(2027, 1, 31))}
    with pytest.raises(ValidationError, match="bỏ qua"):
        services.calendar.agree(second.id, Party.PC_OFFICE, on=PAST)
    services.calendar.restore(second.id)
    assert len(_days(services, first.series_id)) == 4


def test_move_one_occurrence_leaves_the_rest(services: Services) -> None:
    first = services.calendar.create(_draft(period=Period.MONTHLY, day=date(2026, 11, 15)), Repeat(count=3))
    middle = services.calendar.series_items(first.series_id)[1]
    moved = services.calendar.move(middle.id, date(2026, 12, 18), middle.version, "Trùng lịch họp")
    assert moved.is_moved and moved.occurrence_date == date(2026, 12, 15)
    assert _days(services, first.series_id) == [date(2026, 11, 15), date(2026, 12, 18), date(2027, 1, 15)]
    assert "15/12/2026 → 18/12/2026" in services.calendar.history(middle.id)[-1].note


def test_edit_this_one_this_and_following_or_all(services: Services) -> None:
    first = services.calendar.create(_draft("Bản tin", period=Period.WEEKLY, day=date(2026, 11, 2)),
                                     Repeat(count=4))
    items = services.calendar.series_items(first.series_id)
    services.calendar.update(items[1].id, items[1].to_draft(title="Bản tin đặc biệt"), items[1].version,
                             EditScope.THIS)
    assert [i.title for i in services.calendar.series_items(first.series_id)] == [
        "Bản tin", "Bản tin đặc biệt", "Bản tin", "Bản tin"]
    third = services.calendar.series_items(first.series_id)[2]
    services.calendar.update(third.id, third.to_draft(title="Bản tin mới", day=date(2026, 11, 17)),
                             third.version, EditScope.FOLLOWING)
    items = services.calendar.series_items(first.series_id)
    assert [(i.title, i.day) for i in items] == [
        ("Bản tin", date(2026, 11, 2)), ("Bản tin đặc biệt", date(2026, 11, 9)),
        ("Bản tin mới", date(2026, 11, 17)), ("Bản tin mới", date(2026, 11, 24))], "the following shift too"
    services.calendar.update(items[0].id, items[0].to_draft(domains=(Domain.CULTURE,)), items[0].version,
                             EditScope.ALL)
    assert {i.domains for i in services.calendar.series_items(first.series_id)} == {(Domain.CULTURE,)}
    with pytest.raises(ValidationError, match="định kỳ"):
        latest = services.calendar.get(items[0].id)
        services.calendar.update(latest.id, latest.to_draft(period=Period.MONTHLY))


def test_two_parties_must_agree_before_the_item_is_agreed(services: Services) -> None:
    item = services.calendar.create(_draft())
    item = services.calendar.agree(item.id, Party.PROPAGANDA_BOARD, "Trần Văn B", PAST, "Đồng ý",
                                   item.version)
    assert item.status is Status.PROPOSED and item.status_text == "Đề xuất (1/2 bên thống nhất)"
    with pytest.raises(ValidationError, match="Ban Tuyên giáo và Dân vận Thành ủy đã thống nhất"):
        services.calendar.agree(item.id, Party.PROPAGANDA_BOARD, on=PAST)
    with pytest.raises(ValidationError, match="còn thiếu: Văn phòng UBND Thành phố"):
        services.calendar.distribute(item.id, [Distribution("Báo Hànộimới", PAST)])
    item = services.calendar.agree(item.id, Party.PC_OFFICE, "Lê Thị C", PAST)
    assert item.status is Status.AGREED
    assert {(a.party, a.agreed_by) for a in item.agreements} == {
        (Party.PROPAGANDA_BOARD, "Trần Văn B"), (Party.PC_OFFICE, "Lê Thị C")}


def test_the_whole_life_cycle_and_every_refused_move(services: Services) -> None:
    calendar = services.calendar
    item = calendar.create(_draft())
    with pytest.raises(ValidationError, match="chưa được chuyển"):
        calendar.publish(item.id, Publication("Báo Hànộimới", PAST))
    with pytest.raises(ValidationError, match="Cần ghi lý do"):
        calendar.cancel(item.id, "  ")
    for party in Party:
        item = calendar.agree(item.id, party, on=PAST)
    with pytest.raises(ValidationError, match="Hủy"):
        calendar.reject(item.id, "Không phù hợp")
    site = services.roster.find_by_name("Báo Hànộimới")
    item = calendar.distribute(item.id, [Distribution("", date(2026, 1, 6), site.id),
                                         Distribution("Fanpage Hà Nội", date(2026, 1, 6))])
    assert item.status is Status.DISTRIBUTED
    assert [d.target for d in item.distributions] == ["Báo Hànộimới", "Fanpage Hà Nội"]
    with pytest.raises(ValidationError, match="trước ngày chuyển"):
        calendar.publish(item.id, Publication("Báo Hànộimới", PAST))
    with pytest.raises(ValidationError, match="không hợp lệ"):
        calendar.publish(item.id, Publication("Báo Hànộimới", date(2026, 1, 7), "not a link"))
    item = calendar.publish(item.id, Publication("Báo Hànộimới", date(2026, 1, 7), "hanoimoi.vn/bai-1"))
    assert item.status is Status.PUBLISHED and item.publications[0].url == "https://hanoimoi.vn/bai-1"
    with pytest.raises(ValidationError, match="đã đăng, không hủy"):
        calendar.cancel(item.id, "Muộn")
    with pytest.raises(ValidationError, match="đã chuyển hoặc đã đăng"):
        calendar.delete(item.id)
    moves = [e.move for e in calendar.history(item.id)]
    assert moves == [Move.PROPOSE, Move.AGREE, Move.AGREE, Move.DISTRIBUTE, Move.PUBLISH]
    assert [e.to_status for e in calendar.history(item.id)] == [
        Status.PROPOSED, Status.PROPOSED, Status.AGREED, Status.DISTRIBUTED, Status.PUBLISHED]

    other = calendar.create(_draft("Nội dung bị từ chối"))
    other = calendar.reject(other.id, "Chưa phù hợp thời điểm", PAST)
    assert other.status is Status.REJECTED and other.status_reason == "Chưa phù hợp thời điểm"
    with pytest.raises(ValidationError, match="mở lại"):
        calendar.agree(other.id, Party.PC_OFFICE, on=PAST)
    other = calendar.reopen(other.id, "Đề xuất lại")
    assert other.status is Status.PROPOSED and other.agreements == ()


def test_a_stale_save_is_refused_naming_who(services: Services) -> None:
    item = services.calendar.create(_draft())
    services.calendar.update(item.id, item.to_draft(title="Sửa lần 1"), item.version)
    with pytest.raises(ConflictError, match="đã được"):
        services.calendar.update(item.id, item.to_draft(title="Sửa lần 2"), item.version)
    with pytest.raises(ConflictError):
        services.calendar.agree(item.id, Party.PC_OFFICE, on=PAST, expected_version=item.version)


def test_invalid_drafts_list_every_problem(services: Services) -> None:
    with pytest.raises(ValidationError) as refused:
        services.calendar.create(ContentDraft(title=" ", day=date(2026, 5, 5), due_date=date(2026, 5, 1),
                                              agency_name="Sở Không Có"))
    fields = {p.field for p in refused.value.problems}
    assert fields == {"title", "domains", "due_date", "agency_name"}
    with pytest.raises(ValidationError, match="đột xuất không lặp lại"):
        services.calendar.create(_draft(), Repeat(count=3))


def test_delete_this_and_following_ends_a_series(services: Services) -> None:
    first = services.calendar.create(_draft(period=Period.YEARLY, day=date(2028, 2, 29)), Repeat(count=5))
    third = services.calendar.series_items(first.series_id)[2]
    assert services.calendar.delete(third.id, EditScope.FOLLOWING) == 3
    assert _days(services, first.series_id) == [date(2028, 2, 29), date(2029, 2, 28)]


def test_year_summary_counts_by_period_domain_and_status(services: Services) -> None:
    calendar = services.calendar
    calendar.create(_draft("Tin tháng", day=date(2026, 11, 30), period=Period.MONTHLY,
                           domains=(Domain.ECONOMY, Domain.TOURISM)), Repeat(count=3))
    item = calendar.create(_draft("Đột xuất", day=date(2026, 6, 1)))
    calendar.cancel(item.id, "Không cần")
    skipped = calendar.create(_draft("Bỏ qua", day=date(2026, 3, 2), period=Period.WEEKLY), Repeat(count=2))
    calendar.skip(skipped.id)
    summary = calendar.year_summary(2026)
    assert summary.total == 4
    assert summary.by_period[Period.MONTHLY] == 2 and summary.by_period[Period.AD_HOC] == 1
    assert summary.by_period[Period.WEEKLY] == 1
    assert summary.by_domain[Domain.ECONOMY] == 2 and summary.by_domain[Domain.POLITICS] == 2
    assert summary.by_status[Status.CANCELLED] == 1 and summary.by_status[Status.PROPOSED] == 3
    assert calendar.year_summary(2027).total == 1


def test_due_and_overdue_counts_leave_out_done_items(services: Services) -> None:
    calendar = services.calendar
    calendar.create(_draft("A", day=date(2026, 11, 23), due_date=date(2026, 11, 25)))
    done = calendar.create(_draft("B", day=date(2026, 11, 24)))
    calendar.cancel(done.id, "Trùng")
    calendar.create(_draft("C", day=date(2026, 11, 1)))
    assert calendar.due_count(date(2026, 11, 23), date(2026, 11, 29)) == 1
    assert calendar.overdue_count(date(2026, 11, 27)) == 2
