"""The overview of one day: one call that the "Tổng quan" tab, the ``dashboard`` command and the tests share.

It reads nothing itself: it asks the calendar, report, fanpage and history services and turns what
they answer into an :class:`~hanoi_desk.domain.overview.Overview`. Another feature puts its figures
on the overview by handing a section builder to the constructor (``sections=[…]``): a callable that
takes the day and returns a :class:`~hanoi_desk.domain.overview.Section` (and, if it likes, charts
through ``charts=[…]`` the same way).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.fanpage import ImpersonatorStatus, VerificationState
from hanoi_desk.domain.history import HistoryEntry, HistoryQuery
from hanoi_desk.domain.overview import (
    BAD,
    GOOD,
    NEUTRAL,
    WARN,
    Chart,
    Figure,
    Link,
    Overview,
    RecentChange,
    Section,
    Series,
    days_phrase,
    overview_title,
)
from hanoi_desk.domain.reports import ReportStatus
from hanoi_desk.services.calendar import CalendarService
from hanoi_desk.services.fanpages import FanpageService
from hanoi_desk.services.history import HistoryService
from hanoi_desk.services.reports import ReportService

SectionBuilder = Callable[[date], Section]
ChartBuilder = Callable[[date], Sequence[Chart]]

RECENT_CHANGES = 8
MONTHS_SHOWN = 12

# The same colours as the tabs' status chips, so a chart reads like the list it summarises.
REPORT_COLOURS = {
    ReportStatus.ON_TIME: "#2e7d32",
    ReportStatus.LATE: "#f9a825",
    ReportStatus.MISSING: "#c62828",
    ReportStatus.NOT_DUE: "#90a4ae",
}


class OverviewService:
    def __init__(
        self,
        calendar: CalendarService,
        reports: ReportService,
        fanpages: FanpageService,
        history: HistoryService | None,
        clock: Clock = SYSTEM_CLOCK,
        sections: Sequence[SectionBuilder] = (),
        charts: Sequence[ChartBuilder] = (),
    ) -> None:
        self._calendar = calendar
        self._reports = reports
        self._fanpages = fanpages
        self._history = history
        self._clock = clock
        self._extra_sections = list(sections)
        self._extra_charts = list(charts)

    def add_section(self, builder: SectionBuilder, charts: ChartBuilder | None = None) -> None:
        """A feature's own figures (and charts) on the overview, after the built-in ones."""
        self._extra_sections.append(builder)
        if charts is not None:
            self._extra_charts.append(charts)

    def overview(self, day: date | None = None) -> Overview:
        day = day or self._clock.today()
        calendar, published = self._calendar_section(day)
        reports, by_kind = self._reports_section(day)
        fanpages, funnel = self._fanpage_section(day)
        sections = [calendar, reports, fanpages, *(build(day) for build in self._extra_sections)]
        charts = [by_kind, funnel, published]
        for build in self._extra_charts:
            charts.extend(build(day))
        return Overview(day=day, title=overview_title(day), sections=tuple(sections), charts=tuple(charts),
                        changes=self._changes())

    # ---------------------------------------------------------------- calendar
    def _calendar_section(self, day: date) -> tuple[Section, Chart]:
        monday = day - timedelta(days=day.weekday())
        sunday = monday + timedelta(days=6)
        overdue = self._calendar.overdue_count(day)
        due = self._calendar.due_count(monday, sunday)
        first_month = _add_months(date(day.year, day.month, 1), -(MONTHS_SHOWN - 1))
        per_month = self._calendar.publications_per_month(first_month, day)
        months = [_add_months(first_month, i) for i in range(MONTHS_SHOWN)]
        this_month = per_month.get((day.year, day.month), 0)
        section = Section(
            "calendar", "Lịch nội dung",
            (
                Figure("calendar.overdue", "Quá hạn, chưa đăng", overdue, BAD if overdue else GOOD,
                       "mọi tháng, tính đến hôm nay" if overdue else "không có nội dung quá hạn",
                       Link("calendar", "overdue", day.isoformat())),
                Figure("calendar.due_week", "Đến hạn tuần này", due, WARN if due else NEUTRAL,
                       f"từ {monday:%d/%m} đến {sunday:%d/%m/%Y}",
                       Link("calendar", "due_week", day.isoformat())),
                Figure("calendar.published_month", f"Đã đăng trong tháng {day.month}", this_month, GOOD,
                       "", Link("calendar", "published_month", day.isoformat())),
            ),
            note=f"Tuần từ thứ Hai {monday:%d/%m} đến Chủ nhật {sunday:%d/%m/%Y}.",
        )
        chart = Chart(
            "publications", "Số tin, bài đã đăng theo tháng", "columns",
            tuple(f"{m.month:02d}/{m.year}" for m in months),
            (Series("Tin, bài đã đăng", tuple(per_month.get((m.year, m.month), 0) for m in months),
                    "#1565c0"),),
            empty_text="Chưa ghi nhận tin, bài nào được đăng trong 12 tháng qua.",
        )
        return section, chart

    # ---------------------------------------------------------------- reports
    def _reports_section(self, day: date) -> tuple[Section, Chart]:
        year = day.year
        summary = self._reports.summary(year, day)
        link = lambda status: Link("reports", status, str(year))  # noqa: E731
        passed = day > summary.deadline
        figures = [
            Figure("reports.expected", "Phải báo cáo", summary.expected, NEUTRAL, "", link("")),
            Figure("reports.received", "Đã nhận", summary.received,
                   GOOD if summary.received == summary.expected and summary.expected else NEUTRAL,
                   _share(summary.received, summary.expected), link("received")),
            Figure("reports.on_time", "Đúng hạn", summary.on_time, GOOD if summary.on_time else NEUTRAL, "",
                   link(ReportStatus.ON_TIME.value)),
            Figure("reports.late", "Muộn", summary.late, WARN if summary.late else NEUTRAL, "",
                   link(ReportStatus.LATE.value)),
        ]
        if passed:
            figures.append(Figure("reports.missing", "Chưa gửi (quá hạn)", summary.missing,
                                  BAD if summary.missing else GOOD, days_phrase(day, summary.deadline),
                                  link(ReportStatus.MISSING.value)))
        else:
            figures.append(Figure("reports.waiting", "Chưa gửi", summary.not_due,
                                  WARN if summary.not_due else GOOD, days_phrase(day, summary.deadline),
                                  link("waiting")))
        section = Section(
            "reports", f"Báo cáo kết quả thực hiện năm {year}", tuple(figures),
            note=f"Hạn gửi báo cáo: {summary.deadline:%d/%m/%Y} — {days_phrase(day, summary.deadline)}.",
        )
        statuses = (ReportStatus.ON_TIME, ReportStatus.LATE, ReportStatus.MISSING, ReportStatus.NOT_DUE)
        values = {
            ReportStatus.ON_TIME: [k.on_time for k in summary.by_kind],
            ReportStatus.LATE: [k.late for k in summary.by_kind],
            ReportStatus.MISSING: [k.missing for k in summary.by_kind],
            ReportStatus.NOT_DUE: [k.not_due for k in summary.by_kind],
        }
        chart = Chart(
            "reports_by_kind", f"Báo cáo năm {year} theo loại cơ quan", "stacked",
            tuple(k.kind.label for k in summary.by_kind),
            tuple(Series(status.label, tuple(values[status]), REPORT_COLOURS[status]) for status in statuses
                  if any(values[status])),
            empty_text="Chưa có cơ quan nào phải báo cáo.",
        )
        return section, chart

    # ---------------------------------------------------------------- fanpages
    def _fanpage_section(self, day: date) -> tuple[Section, Chart]:
        summary = self._fanpages.summary(day)
        counts = {
            VerificationState.NOT_REQUESTED: summary.not_requested,
            VerificationState.PROPOSED: summary.proposed,
            VerificationState.SENT: summary.sent,
            VerificationState.VERIFIED: summary.verified,
            VerificationState.REFUSED: summary.refused,
            VerificationState.LOST: summary.lost,
        }
        tones = {VerificationState.VERIFIED: GOOD, VerificationState.REFUSED: BAD,
                 VerificationState.LOST: BAD}
        suspects = dict(summary.impersonators)
        still_up = (suspects.get(ImpersonatorStatus.SUSPECTED, 0)
                    + suspects.get(ImpersonatorStatus.REPORTED, 0))
        figures = [
            Figure("fanpages.official", "Trang chính thức", summary.official_pages, NEUTRAL,
                   _share(summary.verified, summary.official_pages, "đã xác thực"),
                   Link("fanpages", "official")),
            *(
                Figure(f"fanpages.{state.value}", state.label, count,
                       tones.get(state, NEUTRAL) if count else NEUTRAL, "", Link("fanpages", state.value))
                for state, count in counts.items()
            ),
            Figure("fanpages.impersonators", "Trang mạo danh chưa bị gỡ", still_up, BAD if still_up else GOOD,
                   f"đã báo cáo nền tảng: {suspects.get(ImpersonatorStatus.REPORTED, 0)}",
                   Link("fanpages", "impersonators_up")),
        ]
        section = Section("fanpages", "Trang fanpage theo bước xác thực", tuple(figures))
        # Where the pages stand now, each stage counting those at it or past it, so the bars narrow.
        reached_platform = summary.sent + summary.verified + summary.refused + summary.lost
        funnel = Chart(
            "verification_funnel", "Xác thực trang chính thức", "funnel",
            ("Trang chính thức", "Đã đề nghị", "Đã gửi nền tảng", "Đã xác thực"),
            (Series("Số trang", (summary.official_pages, summary.proposed + reached_platform,
                                 reached_platform, summary.verified), "#6a1b9a"),),
            empty_text="Chưa có trang chính thức nào.",
        )
        return section, funnel

    # ---------------------------------------------------------------- history
    def _changes(self) -> tuple[RecentChange, ...]:
        if self._history is None:
            return ()
        entries = self._history.search(HistoryQuery(limit=RECENT_CHANGES))
        return tuple(RecentChange(e.changed_at, e.changed_by, change_text(e)) for e in entries)


def change_text(entry: HistoryEntry) -> str:
    """"Sửa Cơ quan, đơn vị “Sở Y tế”: Điện thoại, Thư điện tử" — one line for a change."""
    fields = ", ".join(dict.fromkeys(c.label for c in entry.changes))
    text = f"{entry.action.label} {entry.table_label} “{entry.label}”"
    return f"{text}: {fields}" if fields and entry.action.value == "update" else text


def _share(part: int, whole: int, what: str = "") -> str:
    if not whole:
        return ""
    percent = round(100 * part / whole)
    return f"{percent}%{' ' + what if what else ''}"


def _add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def outreach_section(outreach: object) -> SectionBuilder:
    """The outreach (issue 17) on the overview: ``OutreachService.figures`` as one more section."""

    def build(day: date) -> Section:
        f = outreach.figures(day.year, day)  # type: ignore[attr-defined]
        link = Link("outreach", "")
        return Section(
            "outreach", f"Vận động trang tin, mạng xã hội năm {day.year}",
            (
                Figure("outreach.sites", "Trang tin, mạng xã hội", f.sites, NEUTRAL,
                       f"{f.news_sites} trang tin, {f.social_networks} mạng xã hội", link),
                Figure("outreach.contacted", "Đã liên hệ", f.contacted, NEUTRAL,
                       _share(f.contacted, f.sites), link),
                Figure("outreach.agreed", "Đồng ý phối hợp", f.agreed, GOOD if f.agreed else NEUTRAL, "",
                       link),
                Figure("outreach.with_column", "Có chuyên mục về Hà Nội", f.with_column,
                       GOOD if f.with_column else NEUTRAL, "", link),
                Figure("outreach.permissions", "Được phép trích dẫn", f.permissions_granted, NEUTRAL,
                       f"{f.sites_allowed} trang", link),
                Figure("outreach.pending", "Đề nghị trích dẫn chưa trả lời", f.permissions_pending,
                       WARN if f.permissions_pending else NEUTRAL, "", link),
                Figure("outreach.articles", f"Tin, bài năm {day.year}", f.articles, NEUTRAL, "", link),
            ),
        )

    return build
