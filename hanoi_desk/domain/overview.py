"""The overview ("Tổng quan") as plain values: what needs doing on a given day, in figures and charts.

One service call (:meth:`hanoi_desk.services.overview.OverviewService.overview`) builds an
:class:`Overview`; the tab, the ``dashboard`` command's page and the tests all read that one value,
so they cannot disagree. An overview is a list of :class:`Section` s: a feature that wants its
figures on the overview (outreach, for example) contributes one more section, nothing else changes.

Every :class:`Figure` may carry a :class:`Link`: the list behind the count (which tab, which filter),
so a clerk can click a number and see the records it counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

PLAN_NAME = (
    "Kế hoạch đưa thông tin về các nhiệm vụ kinh tế, chính trị, văn hóa, xã hội, an ninh, quốc phòng "
    "của thành phố Hà Nội lên hệ thống trang thông tin điện tử, mạng xã hội"
)

# Tones a figure can take; the tab and the page colour them alike.
GOOD, WARN, BAD, NEUTRAL = "good", "warn", "bad", ""


@dataclass(frozen=True)
class Link:
    """The filtered list behind a figure: a tab ("calendar", "reports", "fanpages", "roster",
    "history", or a feature's own) and a filter that tab's ``show_filtered`` understands."""

    tab: str
    filter: str
    value: str = ""


@dataclass(frozen=True)
class Figure:
    key: str  # stable, for tests and for finding a figure: "calendar.overdue"
    label: str
    value: int
    tone: str = NEUTRAL
    note: str = ""  # a line under the figure: "còn 24 ngày đến hạn"
    link: Link | None = None


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    figures: tuple[Figure, ...]
    note: str = ""  # a sentence under the title (the deadline, the day counted)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]
    colour: str = ""  # "#rrggbb"; empty: the chart's own


@dataclass(frozen=True)
class Chart:
    """A chart as data; ``kind`` is "stacked" (stacked bars per category), "funnel" (one bar per
    stage, widest first) or "columns" (one column per category, e.g. per month)."""

    key: str
    title: str
    kind: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    empty_text: str = "Chưa có số liệu."

    @property
    def total(self) -> int:
        return sum(sum(s.values) for s in self.series)


@dataclass(frozen=True)
class RecentChange:
    at: datetime
    who: str
    what: str  # "Sửa Cơ quan, đơn vị “Sở Y tế”: Điện thoại, Thư điện tử"


@dataclass(frozen=True)
class Overview:
    day: date
    title: str  # "Tình hình thực hiện Kế hoạch … đến ngày 01/12/2026"
    sections: tuple[Section, ...]
    charts: tuple[Chart, ...] = ()
    changes: tuple[RecentChange, ...] = field(default=())

    def figure(self, key: str) -> Figure:
        for section in self.sections:
            for figure in section.figures:
                if figure.key == key:
                    return figure
        raise KeyError(key)

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def chart(self, key: str) -> Chart:
        for chart in self.charts:
            if chart.key == key:
                return chart
        raise KeyError(key)


def overview_title(day: date) -> str:
    return f"Tình hình thực hiện {PLAN_NAME} đến ngày {day:%d/%m/%Y}"


def group_thousands(value: int | float | None, decimals: int = 0) -> str:
    """Vietnamese number style: "12.345" (dot between thousands), "12.345,5"; an int never shows
    decimals ("410", not "410.00"). None is an empty string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and decimals == 0):
        text = f"{int(value):,}"
        return text.replace(",", ".")
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def days_phrase(today: date, deadline: date) -> str:
    """"còn 24 ngày đến hạn 25/11/2026", "hôm nay là hạn", "đã quá hạn 6 ngày (25/11/2026)"."""
    left = (deadline - today).days
    when = f"{deadline:%d/%m/%Y}"
    if left > 0:
        return f"còn {left} ngày đến hạn {when}"
    if left == 0:
        return f"hôm nay là hạn ({when})"
    return f"đã quá hạn {-left} ngày ({when})"
