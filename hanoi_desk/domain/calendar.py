"""The content calendar: content items, their periods, domains, life cycle and repeating series.

Plain values and rules only (no database, no Qt), so that the service, the importer, the exporters
and the window agree on what a period label says, which status move is allowed and on which days
a series falls.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule

from hanoi_desk.domain.text import fold

# A series is materialised occurrence by occurrence, so it must end: by a date or a count, and
# never later than this (ten years of weekly items).
MAX_OCCURRENCES = 520
MAX_SERIES_YEARS = 10


class Period(str, enum.Enum):
    """"Định kỳ": how often an item recurs (hàng tuần, tháng, 06 tháng, 01 năm, đột xuất)."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    HALF_YEAR = "half_year"
    YEARLY = "yearly"
    AD_HOC = "ad_hoc"

    @property
    def label(self) -> str:
        return PERIOD_LABELS[self]

    @property
    def repeats(self) -> bool:
        return self is not Period.AD_HOC


PERIOD_LABELS: dict[Period, str] = {
    Period.WEEKLY: "Hàng tuần",
    Period.MONTHLY: "Hàng tháng",
    Period.HALF_YEAR: "06 tháng",
    Period.YEARLY: "01 năm",
    Period.AD_HOC: "Đột xuất",
}

# domain.md: hàng tuần / tuần; hàng tháng / tháng; 06 tháng / 6 tháng / nửa năm / bán niên;
# 01 năm / hàng năm / năm; đột xuất.
_PERIOD_ALIASES: dict[str, Period] = {}
for _period, _words in {
    Period.WEEKLY: ["hàng tuần", "tuần", "hằng tuần", "weekly"],
    Period.MONTHLY: ["hàng tháng", "tháng", "hằng tháng", "monthly"],
    Period.HALF_YEAR: ["06 tháng", "6 tháng", "nửa năm", "bán niên", "sáu tháng", "half-year", "half year"],
    Period.YEARLY: ["01 năm", "1 năm", "hàng năm", "hằng năm", "năm", "yearly", "annual"],
    Period.AD_HOC: ["đột xuất", "ad hoc", "ad-hoc"],
}.items():
    for _word in [*_words, _period.value, PERIOD_LABELS[_period]]:
        _PERIOD_ALIASES[fold(_word)] = _period


def period_from_label(label: str) -> Period | None:
    """The period an office label names ("hàng tuần", "06 tháng", "bán niên", "đột xuất"), or None."""
    return _PERIOD_ALIASES.get(fold(label))


class Domain(str, enum.Enum):
    """"Lĩnh vực": the plan's six tasks, plus the history, people and tourism it promotes."""

    ECONOMY = "economy"
    POLITICS = "politics"
    CULTURE = "culture"
    SOCIETY = "society"
    SECURITY = "security"
    DEFENCE = "defence"
    HISTORY = "history"
    PEOPLE = "people"
    TOURISM = "tourism"

    @property
    def label(self) -> str:
        return DOMAIN_LABELS[self]


DOMAIN_LABELS: dict[Domain, str] = {
    Domain.ECONOMY: "Kinh tế",
    Domain.POLITICS: "Chính trị",
    Domain.CULTURE: "Văn hóa",
    Domain.SOCIETY: "Xã hội",
    Domain.SECURITY: "An ninh",
    Domain.DEFENCE: "Quốc phòng",
    Domain.HISTORY: "Lịch sử",
    Domain.PEOPLE: "Con người",
    Domain.TOURISM: "Du lịch",
}
_DOMAIN_ALIASES: dict[str, Domain] = {fold(label): d for d, label in DOMAIN_LABELS.items()}
_DOMAIN_ALIASES.update({d.value: d for d in Domain})
_DOMAIN_ALIASES.update({"an ninh trat tu": Domain.SECURITY, "quoc phong an ninh": Domain.DEFENCE})
_DOMAIN_SPLIT = re.compile(r"\s*[,;\n]\s*")


def parse_domains(text: str) -> tuple[tuple[Domain, ...], list[str]]:
    """Domains named in one cell, separated by "," or ";" (folded, so "van hoa" is "Văn hóa").

    Returns the domains found, in the order written without repeats, and the words not understood.
    """
    found: list[Domain] = []
    unknown: list[str] = []
    for part in _DOMAIN_SPLIT.split(text or ""):
        word = part.strip().strip(".")
        if not word:
            continue
        domain = _DOMAIN_ALIASES.get(fold(word))
        if domain is None:
            unknown.append(word)
        elif domain not in found:
            found.append(domain)
    return tuple(found), unknown


def domains_text(domains: Iterable[Domain]) -> str:
    return ", ".join(d.label for d in domains)


class Status(str, enum.Enum):
    """Where a content item is in its life cycle (docs/domain.md)."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    DISTRIBUTED = "distributed"
    PUBLISHED = "published"
    REJECTED = "rejected"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_closed(self) -> bool:
        """Nothing is left to do: published, or stopped with a reason."""
        return self in (Status.PUBLISHED, Status.REJECTED, Status.CANCELLED)


STATUS_LABELS: dict[Status, str] = {
    Status.PROPOSED: "Đề xuất",
    Status.AGREED: "Đã thống nhất",
    Status.DISTRIBUTED: "Đã chuyển",
    Status.PUBLISHED: "Đã đăng",
    Status.REJECTED: "Không thống nhất",
    Status.CANCELLED: "Đã hủy",
}


class Party(str, enum.Enum):
    """The two bodies the plan has the office agree content with; both must agree."""

    PROPAGANDA_BOARD = "propaganda_board"
    PC_OFFICE = "pc_office"

    @property
    def label(self) -> str:
        return PARTY_LABELS[self]


PARTY_LABELS: dict[Party, str] = {
    Party.PROPAGANDA_BOARD: "Ban Tuyên giáo và Dân vận Thành ủy",  # Ban Tuyên giáo Thành ủy until 2025
    Party.PC_OFFICE: "Văn phòng UBND Thành phố",
}


class Move(str, enum.Enum):
    """Every recorded event of an item's life: the status moves, and what happens to an occurrence."""

    PROPOSE = "propose"
    AGREE = "agree"
    REJECT = "reject"
    CANCEL = "cancel"
    DISTRIBUTE = "distribute"
    PUBLISH = "publish"
    REOPEN = "reopen"
    MOVE_DATE = "move_date"
    SKIP = "skip"
    RESTORE = "restore"

    @property
    def label(self) -> str:
        return MOVE_LABELS[self]


MOVE_LABELS: dict[Move, str] = {
    Move.PROPOSE: "Đề xuất",
    Move.AGREE: "Thống nhất",
    Move.REJECT: "Không thống nhất",
    Move.CANCEL: "Hủy",
    Move.DISTRIBUTE: "Chuyển đăng tải",
    Move.PUBLISH: "Ghi nhận đã đăng",
    Move.REOPEN: "Mở lại",
    Move.MOVE_DATE: "Đổi ngày",
    Move.SKIP: "Bỏ qua lần này",
    Move.RESTORE: "Khôi phục lần này",
}


class EditScope(str, enum.Enum):
    """Which occurrences of a series an edit touches, as calendar programs ask."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


# ----------------------------------------------------------------------------- values
@dataclass(frozen=True)
class Agreement:
    party: Party
    agreed_by: str
    agreed_on: date
    note: str = ""


@dataclass(frozen=True)
class Distribution:
    """One hand-over: to an agency of the roster (agency_id) or a site/page named in ``target``."""

    target: str
    distributed_on: date
    agency_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Publication:
    """Where the item appeared (agency or site), the link, and the day."""

    where: str
    published_on: date
    url: str = ""
    agency_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class StatusEvent:
    move: Move
    on: date
    note: str
    by: str
    at: datetime
    from_status: Status | None
    to_status: Status


@dataclass(frozen=True)
class ContentDraft:
    """What the dialog, an import row or the CLI proposes; the calendar service validates it.

    ``agency_name`` is the proposing agency as a file writes it: the service matches it to the
    roster (folded) when ``agency_id`` is not given.
    """

    title: str
    day: date | None = None
    period: Period = Period.AD_HOC
    domains: tuple[Domain, ...] = ()
    summary: str = ""
    agency_id: int | None = None
    agency_name: str = ""
    due_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Repeat:
    """How a new periodic item repeats: until a date (inclusive) or a number of times."""

    until: date | None = None
    count: int | None = None


@dataclass(frozen=True)
class ContentItem:
    """One content item (for a series: one occurrence) with everything the views show."""

    id: int
    title: str
    summary: str
    domains: tuple[Domain, ...]
    agency_id: int | None
    agency_name: str
    period: Period
    day: date
    due_date: date | None
    notes: str
    status: Status
    status_reason: str
    series_id: int | None
    occurrence_date: date | None
    skipped: bool
    version: int
    updated_by: str = ""
    updated_at: datetime | None = None
    agreements: tuple[Agreement, ...] = ()
    distributions: tuple[Distribution, ...] = ()
    publications: tuple[Publication, ...] = ()

    @property
    def period_label(self) -> str:
        return period_label(self.period, self.day)

    @property
    def domains_text(self) -> str:
        return domains_text(self.domains)

    @property
    def is_moved(self) -> bool:
        """An occurrence shown on another day than its series put it on."""
        return self.occurrence_date is not None and self.occurrence_date != self.day

    def agreement(self, party: Party) -> Agreement | None:
        return next((a for a in self.agreements if a.party is party), None)

    def missing_parties(self) -> list[Party]:
        agreed = {a.party for a in self.agreements}
        return [p for p in Party if p not in agreed]

    def is_overdue(self, today: date) -> bool:
        """Past its due date (or, without one, past its day) and still not published nor stopped."""
        due = self.due_date or self.day
        return not self.skipped and not self.status.is_closed and due < today

    @property
    def status_text(self) -> str:
        """The status as a clerk reads it: "Đề xuất (1/2 bên thống nhất)" while one party is missing."""
        if self.skipped:
            return "Bỏ qua"
        if self.status is Status.PROPOSED and self.agreements:
            return f"{self.status.label} ({len(self.agreements)}/{len(Party)} bên thống nhất)"
        return self.status.label

    def to_draft(self, **changes: object) -> ContentDraft:
        values: dict[str, object] = dict(
            title=self.title, day=self.day, period=self.period, domains=self.domains,
            summary=self.summary, agency_id=self.agency_id, agency_name=self.agency_name,
            due_date=self.due_date, notes=self.notes,
        )
        values.update(changes)
        return ContentDraft(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class CalendarSummary:
    """Content items of one year by period, domain and status (for the aggregate annual report).

    An item with several domains counts once under each; skipped occurrences do not count.
    """

    year: int
    total: int
    by_period: Mapping[Period, int] = field(default_factory=dict)
    by_domain: Mapping[Domain, int] = field(default_factory=dict)
    by_status: Mapping[Status, int] = field(default_factory=dict)


# ----------------------------------------------------------------------------- periods
def week_start(day: date) -> date:
    """Weeks start on Monday, as Vietnamese calendars print them (T2 … CN)."""
    return day - timedelta(days=day.weekday())


def period_bounds(period: Period, day: date) -> tuple[date, date]:
    """First and last day of the period *day* belongs to (the day itself for an ad-hoc item)."""
    if period is Period.WEEKLY:
        start = week_start(day)
        return start, start + timedelta(days=6)
    if period is Period.MONTHLY:
        return month_bounds(day.year, day.month)
    if period is Period.HALF_YEAR:
        if day.month <= 6:
            return date(day.year, 1, 1), date(day.year, 6, 30)
        return date(day.year, 7, 1), date(day.year, 12, 31)
    if period is Period.YEARLY:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def month_bounds(year: int, month: int) -> tuple[date, date]:
    start = date(year, month, 1)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return start, following - timedelta(days=1)


def period_label(period: Period, day: date) -> str:
    """"Tuần 48/2026", "Tháng 11/2026", "6 tháng cuối năm 2026", "Năm 2026", or the day "05/12/2026"."""
    if period is Period.WEEKLY:
        iso = day.isocalendar()
        return f"Tuần {iso[1]}/{iso[0]}"
    if period is Period.MONTHLY:
        return f"Tháng {day.month}/{day.year}"
    if period is Period.HALF_YEAR:
        return f"6 tháng {'đầu' if day.month <= 6 else 'cuối'} năm {day.year}"
    if period is Period.YEARLY:
        return f"Năm {day.year}"
    return f"{day:%d/%m/%Y}"


_WEEK = re.compile(r"^tuan\s*(?:so\s*)?(\d{1,2})\s*(?:/|-|nam)\s*(\d{4})$")
_MONTH = re.compile(r"^(?:thang\s*)?(\d{1,2})\s*(?:/|-|nam)\s*(\d{4})$")
_HALF = re.compile(r"^(?:0?6 thang|nua nam|ban nien|sau thang)\s*(dau|cuoi)\s*(?:nam)?\s*(\d{4})$")
_HALF_ROMAN = re.compile(r"^(?:nua nam|ban nien)\s*(i|ii|1|2)\s*(?:/|-|nam)?\s*(\d{4})$")
_YEAR = re.compile(r"^(?:nam\s*)?(\d{4})$")


def parse_period_text(text: str) -> tuple[Period, date] | None:
    """Read a period as offices write it: "Tuần 48/2026", "Tháng 11/2026", "11/2026",
    "6 tháng cuối năm 2026", "Năm 2026". Returns the period and its first day, or None.

    Dates ("05/12/2026") are not periods: the importer reads those as days.
    """
    folded = re.sub(r"\s+", " ", fold(text).replace(".", " ")).strip()
    if m := _WEEK.match(folded):
        week, year = int(m.group(1)), int(m.group(2))
        try:
            return Period.WEEKLY, date.fromisocalendar(year, week, 1)
        except ValueError:
            return None
    if m := _MONTH.match(folded):
        month, year = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return Period.MONTHLY, date(year, month, 1)
        return None
    if m := _HALF.match(folded):
        return Period.HALF_YEAR, date(int(m.group(2)), 1 if m.group(1) == "dau" else 7, 1)
    if m := _HALF_ROMAN.match(folded):
        first = m.group(1) in ("i", "1")
        return Period.HALF_YEAR, date(int(m.group(2)), 1 if first else 7, 1)
    if m := _YEAR.match(folded):
        return Period.YEARLY, date(int(m.group(1)), 1, 1)
    return None


def range_label(start: date, end: date) -> str:
    """How a document names the span it covers: "tuần 48 năm 2026 (từ 23/11/2026 đến 29/11/2026)",
    "tháng 11 năm 2026", "6 tháng cuối năm 2026", "năm 2026", or "từ ngày … đến ngày …"."""
    if start.weekday() == 0 and end == start + timedelta(days=6):
        iso = start.isocalendar()
        return f"tuần {iso[1]} năm {iso[0]} (từ {start:%d/%m/%Y} đến {end:%d/%m/%Y})"
    if start.day == 1 and end == month_bounds(start.year, start.month)[1]:
        return f"tháng {start.month} năm {start.year}"
    same_year = start.year == end.year
    if (start.month, start.day, end.month, end.day) in ((1, 1, 6, 30), (7, 1, 12, 31)) and same_year:
        return f"6 tháng {'đầu' if start.month == 1 else 'cuối'} năm {start.year}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and same_year:
        return f"năm {start.year}"
    return f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


# ----------------------------------------------------------------------------- series
def occurrences(period: Period, start: date, until: date | None = None,
                count: int | None = None) -> list[date]:
    """The days a series falls on, from *start*, until a day (inclusive) or for *count* times.

    Days that some months lack follow what an office expects of "every month on the 31st":

    - monthly and half-year items keep the start's day of the month, and in a month too short for
      it fall on that month's LAST day (31 Jan -> 28/29 Feb -> 31 Mar; 31 Aug -> 28/29 Feb -> 31 Aug),
      never skipping the month (rrule's plain ``bymonthday=31`` would) nor drifting to the 28th for
      the rest of the series (what adding a month to the previous occurrence does);
    - a yearly item on 29 February falls on 28 February in common years and on the 29th again
      in leap years;
    - a weekly item keeps its weekday; a half-year item recurs every six months.

    rrule expresses "the day, or the last day if the month is shorter" as the first of the set
    ``bymonthday=(day, -1)``: ``bysetpos=1`` keeps the earlier of the two.
    """
    if not period.repeats:
        return [start]
    if (until is None) == (count is None):
        raise ValueError("a series ends either on a date or after a number of times")
    freq, interval = {
        Period.WEEKLY: (WEEKLY, 1),
        Period.MONTHLY: (MONTHLY, 1),
        Period.HALF_YEAR: (MONTHLY, 6),
        Period.YEARLY: (YEARLY, 1),
    }[period]
    options: dict[str, object] = {}
    if period is not Period.WEEKLY and start.day > 28:
        options = {"bymonthday": (start.day, -1), "bysetpos": 1}
        if period is Period.YEARLY:
            options["bymonth"] = start.month
    rule = rrule(
        freq,
        interval=interval,
        dtstart=datetime(start.year, start.month, start.day),
        until=datetime(until.year, until.month, until.day) if until else None,
        count=count,
        **options,  # type: ignore[arg-type]
    )
    return [d.date() for d in rule]


def series_problems(period: Period, start: date | None, repeat: Repeat) -> list[tuple[str, str]]:
    """(field, message) for a repeat that cannot be made; empty when it can."""
    problems: list[tuple[str, str]] = []
    if not period.repeats:
        problems.append(("period", "Nội dung đột xuất không lặp lại: hãy chọn định kỳ tuần, tháng, "
                                   "06 tháng hoặc 01 năm."))
        return problems
    if (repeat.until is None) == (repeat.count is None):
        problems.append(("repeat", "Chuỗi lặp cần kết thúc vào một ngày hoặc sau một số lần."))
        return problems
    if repeat.count is not None and not 1 <= repeat.count <= MAX_OCCURRENCES:
        problems.append(("repeat", f"Số lần lặp phải từ 1 đến {MAX_OCCURRENCES}."))
    if start is not None and repeat.until is not None:
        if repeat.until < start:
            problems.append(("repeat", "Ngày kết thúc chuỗi phải sau ngày bắt đầu."))
        elif repeat.until > date(min(start.year + MAX_SERIES_YEARS, 9999), start.month, 1):
            problems.append(("repeat", f"Chuỗi lặp dài tối đa {MAX_SERIES_YEARS} năm."))
    return problems


# ----------------------------------------------------------------------------- life cycle
def refusal(item: ContentItem, move: Move, party: Party | None = None) -> str | None:
    """Why *move* cannot be made on *item* now, in words a clerk understands; None when it can.

    proposed -> agreed (when both parties have agreed) -> distributed -> published; a proposal can
    be rejected, anything not yet published cancelled; rejected or cancelled items can be reopened.
    Distribution and publication may be recorded again (more sites, more links) once reached.
    """
    status = item.status
    if item.skipped and move is not Move.RESTORE:
        return "Lần lặp này đã được bỏ qua: hãy khôi phục trước."
    stopped = {Status.REJECTED: "không được thống nhất", Status.CANCELLED: "đã bị hủy"}
    if move is Move.AGREE:
        if status in stopped:
            return f"Nội dung {stopped[status]}: hãy mở lại trước khi ghi nhận thống nhất."
        if status is not Status.PROPOSED:
            return "Nội dung đã được thống nhất đủ hai bên."
        if party is not None and (found := item.agreement(party)) is not None:
            return (f"{party.label} đã thống nhất nội dung này ngày {found.agreed_on:%d/%m/%Y}"
                    f"{' (' + found.agreed_by + ')' if found.agreed_by else ''}.")
        return None
    if move is Move.REJECT:
        if status is not Status.PROPOSED:
            return ("Chỉ ghi nhận “không thống nhất” cho nội dung đang chờ thống nhất; "
                    f"nội dung đang ở trạng thái “{status.label}”"
                    + (": hãy dùng Hủy." if status in (Status.AGREED, Status.DISTRIBUTED) else "."))
        return None
    if move is Move.CANCEL:
        if status is Status.PUBLISHED:
            return "Nội dung đã đăng, không hủy được."
        if status in stopped:
            return f"Nội dung {stopped[status]} rồi."
        return None
    if move is Move.DISTRIBUTE:
        if status is Status.PROPOSED:
            missing = ", ".join(p.label for p in item.missing_parties())
            return (f"Nội dung chưa được thống nhất đủ hai bên (còn thiếu: {missing}), "
                    "chưa chuyển đăng tải được.")
        if status in stopped:
            return f"Nội dung {stopped[status]}, không chuyển đăng tải được."
        return None
    if move is Move.PUBLISH:
        if status in (Status.PROPOSED, Status.AGREED):
            return "Nội dung chưa được chuyển cho trang nào: hãy ghi nhận việc chuyển đăng tải trước."
        if status in stopped:
            return f"Nội dung {stopped[status]}, không ghi nhận đăng tải được."
        return None
    if move is Move.REOPEN:
        if status not in stopped:
            return "Chỉ mở lại được nội dung không được thống nhất hoặc đã hủy."
        return None
    if move is Move.SKIP:
        if item.series_id is None:
            return "Chỉ bỏ qua được một lần của nội dung định kỳ lặp lại; nội dung này hãy hủy hoặc xóa."
        if status in (Status.DISTRIBUTED, Status.PUBLISHED):
            return f"Lần này đã ở trạng thái “{status.label}”, không bỏ qua được."
        return None
    if move is Move.RESTORE:
        if not item.skipped:
            return "Lần này không bị bỏ qua."
        return None
    if move is Move.MOVE_DATE:
        if status is Status.PUBLISHED:
            return "Nội dung đã đăng, không đổi ngày được."
        return None
    return "Thao tác không hợp lệ."


def allowed_moves(item: ContentItem) -> set[Move]:
    """The moves the window offers for *item* (buttons and context menu)."""
    return {m for m in Move if m is not Move.PROPOSE and refusal(item, m) is None}


def status_after(item: ContentItem, move: Move, party: Party | None = None) -> Status:
    """The status an allowed move leads to: agreed only once the second party agrees."""
    if move is Move.AGREE:
        agreed = {a.party for a in item.agreements} | ({party} if party else set())
        return Status.AGREED if agreed >= set(Party) else Status.PROPOSED
    if move is Move.REJECT:
        return Status.REJECTED
    if move is Move.CANCEL:
        return Status.CANCELLED
    if move is Move.DISTRIBUTE:
        return Status.PUBLISHED if item.status is Status.PUBLISHED else Status.DISTRIBUTED
    if move is Move.PUBLISH:
        return Status.PUBLISHED
    if move is Move.REOPEN:
        return Status.PROPOSED
    return item.status
