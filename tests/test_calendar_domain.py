"""Periods, labels and the days a series falls on (rrule), over year boundaries and leap years."""

from __future__ import annotations

from datetime import date

import pytest

from hanoi_desk.domain.calendar import (
    Domain,
    Period,
    occurrences,
    parse_domains,
    parse_period_text,
    period_from_label,
    period_label,
    range_label,
)

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months_across_the_year_end() -> None:
    days = occurrences(Period.MONTHLY, date(2027, 10, 31), count=6)
    assert days == [date(2027, 10, 31), date(2027, 11, 30), date(2027, 12, 31), date(2028, 1, 31),
                    date(2028, 2, 29), date(2028, 3, 31)], "leap February gets the 29th, March the 31st again"
    common = occurrences(Period.MONTHLY, date(2026, 12, 31), until=date(2027, 3, 31))
    assert common == [date(2026, 12, 31), date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]


def test_monthly_on_an_ordinary_day_keeps_it() -> None:
    assert occurrences(Period.MONTHLY, date(2026, 11, 15), count=3) == [
        date(2026, 11, 15), date(2026, 12, 15), date(2027, 1, 15)]


def test_half_year_items_every_six_months_with_the_same_rule() -> None:
    assert occurrences(Period.HALF_YEAR, date(2026, 8, 31), count=5) == [
        date(2026, 8, 31), date(2027, 2, 28), date(2027, 8, 31), date(2028, 2, 29), date(2028, 8, 31)]
    assert occurrences(Period.HALF_YEAR, date(2026, 6, 30), until=date(2027, 12, 31)) == [
        date(2026, 6, 30), date(2026, 12, 30), date(2027, 6, 30), date(2027, 12, 30)]


def test_yearly_on_29_february_falls_on_the_28th_in_common_years() -> None:
    assert occurrences(Period.YEARLY, date(2028, 2, 29), count=5) == [
        date(2028, 2, 29), date(2029, 2, 28), date(2030, 2, 28), date(2031, 2, 28), date(2032, 2, 29)]


def test_weekly_keeps_the_weekday_over_the_year_end() -> None:
    days = occurrences(Period.WEEKLY, date(2026, 12, 21), until=date(2027, 1, 11))
    assert days == [date(2026, 12, 21), date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 11)]
    assert {d.weekday() for d in days} == {0}


def test_a_series_must_end_one_way() -> None:
    with pytest.raises(ValueError):
        occurrences(Period.WEEKLY, date(2026, 1, 1))
    assert occurrences(Period.AD_HOC, date(2026, 1, 1)) == [date(2026, 1, 1)]


@pytest.mark.parametrize(("period", "day", "label"), [
    (Period.WEEKLY, date(2026, 11, 27), "Tuần 48/2026"),
    (Period.WEEKLY, date(2027, 1, 1), "Tuần 53/2026"),
    (Period.WEEKLY, date(2026, 12, 31), "Tuần 53/2026"),
    (Period.WEEKLY, date(2027, 1, 4), "Tuần 1/2027"),
    (Period.WEEKLY, date(2024, 12, 30), "Tuần 1/2025"),  # ISO week 1 of 2025 begins in 2024
    (Period.HALF_YEAR, date(2026, 12, 31), "6 tháng cuối năm 2026"),
    (Period.HALF_YEAR, date(2027, 1, 1), "6 tháng đầu năm 2027"),
    (Period.MONTHLY, date(2026, 11, 27), "Tháng 11/2026"),
    (Period.HALF_YEAR, date(2026, 11, 27), "6 tháng cuối năm 2026"),
    (Period.HALF_YEAR, date(2026, 6, 30), "6 tháng đầu năm 2026"),
    (Period.YEARLY, date(2026, 11, 27), "Năm 2026"),
    (Period.AD_HOC, date(2026, 12, 5), "05/12/2026"),
])
def test_period_labels(period: Period, day: date, label: str) -> None:
    assert period_label(period, day) == label


@pytest.mark.parametrize(("text", "expected"), [
    ("Tuần 48/2026", (Period.WEEKLY, date(2026, 11, 23))),
    ("tuan 1 nam 2027", (Period.WEEKLY, date(2027, 1, 4))),
    ("Tháng 11/2026", (Period.MONTHLY, date(2026, 11, 1))),
    ("11/2026", (Period.MONTHLY, date(2026, 11, 1))),
    ("6 tháng cuối năm 2026", (Period.HALF_YEAR, date(2026, 7, 1))),
    ("06 THÁNG ĐẦU NĂM 2027", (Period.HALF_YEAR, date(2027, 1, 1))),
    ("Năm 2026", (Period.YEARLY, date(2026, 1, 1))),
    ("05/12/2026", None),
    ("Tuần 60/2026", None),
    ("Tuần 53/2026", (Period.WEEKLY, date(2026, 12, 28))),  # 2026 has 53 ISO weeks …
    ("Tuần 53/2027", None),  # … 2027 has 52
    ("Tuần 1/2025", (Period.WEEKLY, date(2024, 12, 30))),
    ("6 tháng cuối năm 2027", (Period.HALF_YEAR, date(2027, 7, 1))),
])
def test_period_text_as_offices_write_it(text: str, expected: tuple[Period, date] | None) -> None:
    assert parse_period_text(text) == expected


def test_period_and_domain_labels_folded() -> None:
    assert period_from_label("hàng tuần") is period_from_label("tuần") is Period.WEEKLY
    for label in ("06 tháng", "6 tháng", "nửa năm", "bán niên"):
        assert period_from_label(label) is Period.HALF_YEAR
    for label in ("01 năm", "hàng năm", "năm"):
        assert period_from_label(label) is Period.YEARLY
    assert period_from_label("Đột xuất") is Period.AD_HOC
    assert parse_domains("Kinh tế; văn hoá, du lich") == (
        (Domain.ECONOMY, Domain.CULTURE, Domain.TOURISM), [])
    assert parse_domains("Chính trị, thể thao") == ((Domain.POLITICS,), ["thể thao"])


def test_range_labels_name_the_period_a_document_covers() -> None:
    assert range_label(date(2026, 11, 23), date(2026, 11, 29)) == (
        "tuần 48 năm 2026 (từ 23/11/2026 đến 29/11/2026)")
    assert range_label(date(2026, 2, 1), date(2026, 2, 28)) == "tháng 2 năm 2026"
    assert range_label(date(2026, 7, 1), date(2026, 12, 31)) == "6 tháng cuối năm 2026"
    assert range_label(date(2026, 1, 1), date(2026, 12, 31)) == "năm 2026"
    assert range_label(date(2026, 1, 5), date(2026, 1, 9)) == "từ ngày 05/01/2026 đến ngày 09/01/2026"
    assert range_label(date(2026, 12, 28), date(2027, 1, 3)) == (
        "tuần 53 năm 2026 (từ 28/12/2026 đến 03/01/2027)"), "the week of the year end names its ISO year"
