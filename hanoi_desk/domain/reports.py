"""Agencies' annual reports to the office, and the office's aggregate report, as plain values.

The plan asks every department, district (commune since 2025-07-01) and press agency to report
"trước ngày 25 tháng 11 hàng năm". Who had to report, whether they did and on time, and what they
reported are computed here from plain values, so the tab, the command line, the exporters and the
tests agree on one set of rules. The calendar and fanpage figures of the aggregate report come from
other features through the small Protocols below, so nothing here depends on those services.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.documents import Issuer, vn_count
from hanoi_desk.domain.outreach import OutreachFigures
from hanoi_desk.domain.text import sort_key

DEFAULT_REPORTING_KINDS: tuple[AgencyKind, ...] = (
    AgencyKind.DEPARTMENT, AgencyKind.DISTRICT, AgencyKind.COMMUNE, AgencyKind.PRESS,
)
# (month, day): the plan's "trước ngày 25 tháng 11 hàng năm". A report received on the 25th counts as on
# time (report_status), so the documents say "chậm nhất ngày 25/11": wording and rule agree.
DEFAULT_DEADLINE: tuple[int, int] = (11, 25)
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

ANNUAL_REPORT_SUMMARY = (
    "Kết quả thực hiện Kế hoạch đưa thông tin về các nhiệm vụ kinh tế, chính trị, văn hóa, xã hội, "
    "an ninh, quốc phòng của thành phố Hà Nội lên hệ thống trang thông tin điện tử, mạng xã hội năm {year}"
)
NO_DATA = "Không có số liệu."


class ReportStatus(str, enum.Enum):
    """Where one agency's report for one year stands, on a given day."""

    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"
    NOT_DUE = "not_due"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def received(self) -> bool:
        return self in (ReportStatus.ON_TIME, ReportStatus.LATE)


STATUS_LABELS: dict[ReportStatus, str] = {
    ReportStatus.ON_TIME: "Đúng hạn",
    ReportStatus.LATE: "Muộn",
    ReportStatus.MISSING: "Chưa gửi (quá hạn)",
    ReportStatus.NOT_DUE: "Chưa đến hạn",
}


def report_status(received_on: date | None, deadline: date, today: date) -> ReportStatus:
    """On time on or before the deadline, late after it; without a report, missing once it has passed."""
    if received_on is not None:
        return ReportStatus.ON_TIME if received_on <= deadline else ReportStatus.LATE
    return ReportStatus.MISSING if today > deadline else ReportStatus.NOT_DUE


def deadline_for(year: int, month_day: tuple[int, int] = DEFAULT_DEADLINE) -> date:
    """The deadline of *year*; a 29 February deadline falls on the 28th in other years."""
    month, day = month_day
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


# The figures an agency reports, in the order every table and form shows them.
FIGURES: tuple[str, ...] = (
    "portal_items", "fanpage_items", "official_fanpages", "monitoring_staff", "interactions_handled",
)
FIGURE_LABELS: dict[str, str] = {
    "portal_items": "Tin, bài đăng trên trang/cổng thông tin điện tử",
    "fanpage_items": "Tin, bài đăng trên fanpage",
    "official_fanpages": "Fanpage chính thức",
    "monitoring_staff": "Nhân sự giám sát thông tin",
    "interactions_handled": "Lượt tương tác đã xử lý",
}
# Short column titles for the tables (the appendix is wide).
FIGURE_SHORT: dict[str, str] = {
    "portal_items": "Tin, bài trên trang/cổng thông tin điện tử",
    "fanpage_items": "Tin, bài trên fanpage",
    "official_fanpages": "Fanpage chính thức",
    "monitoring_staff": "Nhân sự giám sát",
    "interactions_handled": "Tương tác đã xử lý",
}
TEXT_LABELS: dict[str, str] = {
    "results": "Kết quả",
    "difficulties": "Khó khăn, vướng mắc",
    "proposals": "Đề xuất, kiến nghị",
}


@dataclass(frozen=True)
class Figures:
    """What an agency counted in its report; None means the report does not say (not the same as 0)."""

    portal_items: int | None = None
    fanpage_items: int | None = None
    official_fanpages: int | None = None
    monitoring_staff: int | None = None
    interactions_handled: int | None = None

    def values(self) -> tuple[int | None, ...]:
        return tuple(getattr(self, name) for name in FIGURES)


@dataclass(frozen=True)
class AttachmentDraft:
    """A file chosen to go with a report: its original name and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Attachment:
    """A stored file read back, with the SHA-256 recorded when it was stored."""

    name: str
    data: bytes
    sha256: str


@dataclass(frozen=True)
class ReceiptDraft:
    """What the receipt form, an import row or the command line proposes; the service validates it.

    ``attachment`` None keeps the stored file as it is; ``remove_attachment`` deletes it.
    """

    agency_id: int
    year: int
    received_on: date | None
    doc_number: str = ""
    doc_date: date | None = None
    figures: Figures = field(default_factory=Figures)
    results: str = ""
    difficulties: str = ""
    proposals: str = ""
    attachment: AttachmentDraft | None = None
    notes: str = ""
    remove_attachment: bool = False


@dataclass(frozen=True)
class Receipt:
    """An agency's report as recorded. ``agency_name`` is the name when it reported (merged agencies
    keep their old name on old reports)."""

    id: int
    agency_id: int
    agency_name: str
    year: int
    received_on: date
    doc_number: str
    doc_date: date | None
    figures: Figures
    results: str
    difficulties: str
    proposals: str
    attachment_name: str
    attachment_sha256: str
    attachment_size: int
    version: int
    updated_at: datetime | None = None
    updated_by: str = ""
    # The attached PDF's digital signatures as checked when it was recorded (domain.signatures values).
    signature_status: str = ""
    signature_summary: str = ""
    notes: str = ""

    @property
    def has_attachment(self) -> bool:
        return bool(self.attachment_name)

    @property
    def signature_label(self) -> str:
        """"hợp lệ" / "không hợp lệ" / "chưa tin cậy" / "không có"; "" with no PDF attached."""
        from hanoi_desk.domain.signatures import SignatureStatus

        status = SignatureStatus.of(self.signature_status)
        return status.label if status else ""


@dataclass(frozen=True)
class IntakeRow:
    """One line of the intake table: an agency expected to report (or one that reported anyway)."""

    agency_id: int
    agency_name: str
    kind: AgencyKind
    status: ReportStatus
    receipt: Receipt | None
    expected: bool = True

    @property
    def received_on(self) -> date | None:
        return self.receipt.received_on if self.receipt else None

    def figure(self, name: str) -> int | None:
        return getattr(self.receipt.figures, name) if self.receipt else None


@dataclass(frozen=True)
class KindCount:
    """Section I's table: the counts for one kind of agency."""

    kind: AgencyKind
    expected: int
    received: int
    on_time: int
    late: int
    missing: int
    not_due: int


@dataclass(frozen=True)
class IntakeSummary:
    """The summary panel and section I of the report: who reported, on time or not, by kind."""

    year: int
    deadline: date
    today: date
    expected: int
    received: int
    on_time: int
    late: int
    missing: int
    not_due: int
    totals: dict[str, int]
    reporting: dict[str, int]  # how many reports state each figure
    by_kind: tuple[KindCount, ...]


def summarise(rows: Sequence[IntakeRow], year: int, deadline: date, today: date) -> IntakeSummary:
    """Counts over the expected agencies; totals over every report received (an extra report counts)."""
    expected = [r for r in rows if r.expected]
    count = {status: sum(1 for r in expected if r.status is status) for status in ReportStatus}
    totals = dict.fromkeys(FIGURES, 0)
    reporting = dict.fromkeys(FIGURES, 0)
    for row in rows:
        for name in FIGURES:
            value = row.figure(name)
            if value is not None:
                totals[name] += value
                reporting[name] += 1
    kinds: list[KindCount] = []
    for kind in AgencyKind:
        of_kind = [r for r in expected if r.kind is kind]
        if not of_kind:
            continue
        kinds.append(KindCount(
            kind, len(of_kind),
            sum(1 for r in of_kind if r.status.received),
            sum(1 for r in of_kind if r.status is ReportStatus.ON_TIME),
            sum(1 for r in of_kind if r.status is ReportStatus.LATE),
            sum(1 for r in of_kind if r.status is ReportStatus.MISSING),
            sum(1 for r in of_kind if r.status is ReportStatus.NOT_DUE),
        ))
    return IntakeSummary(
        year=year, deadline=deadline, today=today, expected=len(expected),
        received=count[ReportStatus.ON_TIME] + count[ReportStatus.LATE],
        on_time=count[ReportStatus.ON_TIME], late=count[ReportStatus.LATE],
        missing=count[ReportStatus.MISSING], not_due=count[ReportStatus.NOT_DUE],
        totals=totals, reporting=reporting, by_kind=tuple(kinds),
    )


def intake_order(rows: Iterable[IntakeRow]) -> list[IntakeRow]:
    """Kinds in the plan's order (departments, districts, communes, press …), names alphabetically."""
    rank = {kind: i for i, kind in enumerate(AgencyKind)}
    return sorted(rows, key=lambda r: (not r.expected, rank[r.kind], sort_key(r.agency_name)))


# ------------------------------------------------------------------------------------------------
# The office's own documents


@dataclass(frozen=True)
class ReportSettings:
    """How the office runs the yearly round; stored as shared settings."""

    kinds: tuple[AgencyKind, ...] = DEFAULT_REPORTING_KINDS
    deadline: tuple[int, int] = DEFAULT_DEADLINE  # (month, day)
    # "Lưu: VT, <drafting unit>" closes the list when no line says "Lưu" (Issuer.recipients).
    recipients: tuple[str, ...] = (
        "Như trên",
        "Chủ tịch UBND Thành phố (để báo cáo)",
        "Ban Tuyên giáo và Dân vận Thành ủy",
        "Văn phòng UBND Thành phố",
    )
    reminder_recipients: tuple[str, ...] = (
        "Như trên",
        "Giám đốc Sở (để báo cáo)",
    )


@dataclass(frozen=True)
class ReportTexts:
    """What the office writes itself for one year's report (sections III and IV, the number)."""

    year: int
    number: str = ""
    shortcomings: str = ""
    proposals: str = ""
    version: int = 0  # 0: never saved
    updated_at: datetime | None = None
    updated_by: str = ""


class CalendarSummaryLike(Protocol):
    """What the content calendar says about a year (Vietnamese labels as keys)."""

    @property
    def by_period(self) -> Mapping[Any, int]: ...

    @property
    def by_domain(self) -> Mapping[Any, int]: ...

    @property
    def by_status(self) -> Mapping[Any, int]: ...


class FanpageSummaryLike(Protocol):
    """What the fanpage registry says on a day."""

    @property
    def official_pages(self) -> int: ...

    @property
    def verified(self) -> int: ...

    @property
    def proposed(self) -> int: ...

    @property
    def refused(self) -> int: ...

    @property
    def impersonators(self) -> Mapping[str, int] | Iterable[tuple[object, int]]:
        """Suspected pages by status: a mapping, or (status, count) pairs whose status has a label."""

    # Also read when present (the registry's summary has them): ``sent`` (proposed pages the platform
    # has), ``not_requested``, ``impersonators_active`` (suspected pages not removed nor dismissed).


def _labelled(counts: Mapping[object, int] | Iterable[tuple[object, int]]) -> tuple[tuple[str, int], ...]:
    """Counts keyed by the words the document prints: an enum key gives its Vietnamese ``label``."""
    pairs = counts.items() if isinstance(counts, Mapping) else counts
    return tuple((str(getattr(key, "label", key)), int(n)) for key, n in pairs)


@dataclass(frozen=True)
class CalendarFigures:
    by_period: tuple[tuple[str, int], ...]
    by_domain: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]

    @classmethod
    def of(cls, summary: CalendarSummaryLike) -> CalendarFigures:
        return cls(_labelled(summary.by_period), _labelled(summary.by_domain), _labelled(summary.by_status))


@dataclass(frozen=True)
class FanpageFigures:
    official_pages: int
    verified: int
    proposed: int  # proposed, waiting to be sent to the platform
    refused: int
    impersonators: tuple[tuple[str, int], ...]
    sent: int = 0  # proposed and sent: the platform has them
    not_requested: int | None = None  # never proposed (None: the registry did not say)
    impersonators_active: int | None = None  # still up: neither removed nor dismissed

    @classmethod
    def of(cls, summary: FanpageSummaryLike) -> FanpageFigures:
        def optional(name: str) -> int | None:
            value = getattr(summary, name, None)
            return None if value is None else int(value)

        return cls(int(summary.official_pages), int(summary.verified), int(summary.proposed),
                   int(summary.refused), _labelled(summary.impersonators), optional("sent") or 0,
                   optional("not_requested"), optional("impersonators_active"))

    @property
    def waiting(self) -> int:
        """Proposed and not yet answered by the platform."""
        return self.proposed + self.sent

    @property
    def unverified(self) -> int:
        return max(self.official_pages - self.verified, 0)


@dataclass(frozen=True)
class AnnualReportData:
    """Everything the aggregate report prints, gathered by the service; the exporter lays it out."""

    year: int
    day: date
    office: Issuer
    settings: ReportSettings
    texts: ReportTexts
    summary: IntakeSummary
    rows: tuple[IntakeRow, ...]
    calendar: CalendarFigures | None
    fanpages: FanpageFigures | None
    number: str = ""  # as printed: the one typed in the tab, from the register, or "" for the văn thư
    shortcomings: str = ""  # section III as printed: the clerk's saved text, else drafted from the data
    proposals: str = ""  # section IV, likewise
    outreach: OutreachFigures | None = None


@dataclass(frozen=True)
class ReminderData:
    """The công văn đôn đốc: the agencies still missing (or not yet reported) and the new date asked."""

    year: int
    day: date
    office: Issuer
    settings: ReportSettings
    deadline: date
    reply_by: date
    agencies: tuple[IntakeRow, ...]
    number: str = ""


@dataclass(frozen=True)
class TallyRow:
    """One row of an office's Excel tally: the agency by name, and what its report said."""

    agency_name: str
    received_on: date | None
    doc_number: str = ""
    doc_date: date | None = None
    figures: Figures = field(default_factory=Figures)
    results: str = ""
    difficulties: str = ""
    proposals: str = ""
    notes: str = ""


# ------------------------------------------------------------------------------------------------
# Sections III and IV drafted from the data (documents.md: "Every sentence true")

NOTHING = "Không có."
_NAMED_MAX = 30  # beyond this many agencies a sentence counts them by kind and points to the appendix
KIND_WORDS: dict[AgencyKind, str] = {
    AgencyKind.DEPARTMENT: "sở, ban, ngành",
    AgencyKind.DISTRICT: "UBND quận, huyện, thị xã",
    AgencyKind.COMMUNE: "UBND xã, phường",
    AgencyKind.PRESS: "cơ quan báo chí",
}


def kind_words(kind: AgencyKind) -> str:
    return KIND_WORDS.get(kind, kind.label.lower())


def agencies_phrase(rows: Sequence[IntakeRow]) -> str:
    """The agencies by name; a long list as counts by kind, the names being in the appendix."""
    if len(rows) <= _NAMED_MAX:
        return ", ".join(r.agency_name for r in rows)
    counts: dict[AgencyKind, int] = {}
    for row in rows:
        counts[row.kind] = counts.get(row.kind, 0) + 1
    parts = "; ".join(f"{vn_count(n)} {kind_words(kind)}" for kind, n in counts.items())
    return f"{parts} (danh sách tại Phụ lục)"


def _items(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """"- Agency: what it wrote;" lines, the last ending "."."""
    lines = [f"- {name}: {' '.join(text.split()).rstrip(' .;,')}" for name, text in pairs]
    return [line + ("." if i == len(lines) - 1 else ";") for i, line in enumerate(lines)]


def draft_shortcomings(data: AnnualReportData) -> str:
    """Section III from the data: who has not reported, who was late, what the agencies found hard,
    official pages still unverified, impersonating pages still up. "Không có." only if none of these."""
    n = vn_count
    s = data.summary
    lines: list[str] = []
    missing = [r for r in data.rows if r.status is ReportStatus.MISSING]
    late = [r for r in data.rows if r.status is ReportStatus.LATE]
    if missing:
        lines.append(f"Đến ngày {data.day:%d/%m/%Y}, còn {n(len(missing))}/{n(s.expected)} cơ quan, đơn vị "
                     f"chưa gửi báo cáo: {agencies_phrase(missing)}.")
    if late:
        lines.append(f"{n(len(late))} cơ quan, đơn vị gửi báo cáo sau hạn (ngày {s.deadline:%d/%m/%Y}): "
                     f"{agencies_phrase(late)}.")
    hard = [(r.agency_name, r.receipt.difficulties) for r in data.rows
            if r.receipt is not None and r.receipt.difficulties.strip()]
    if hard:
        lines.append("Khó khăn, vướng mắc các cơ quan, đơn vị nêu trong báo cáo:")
        lines += _items(hard)
    pages = data.fanpages
    if pages is not None and pages.unverified:
        detail = [text for count, text in (
            (pages.waiting, "trang đã đề nghị, đang chờ nền tảng xác thực"),
            (pages.refused, "trang bị nền tảng từ chối"),
            (pages.not_requested, "trang chưa đề nghị"),
        ) if count for text in [f"{n(count)} {text}"]]
        lines.append(f"Còn {n(pages.unverified)}/{n(pages.official_pages)} trang fanpage chính thức của các "
                     "cơ quan, đơn vị chưa được xác thực danh tính (tick xanh)"
                     + (f" ({'; '.join(detail)})." if detail else "."))
    if pages is not None and pages.impersonators_active:
        lines.append(f"{n(pages.impersonators_active)} trang mạo danh cơ quan, đơn vị đã phát hiện vẫn "
                     "chưa bị gỡ bỏ.")
    return "\n".join(lines) if lines else NOTHING


def draft_proposals(data: AnnualReportData) -> str:
    """Section IV from the data: what follows from section III, and what the agencies themselves asked."""
    n = vn_count
    short = data.office.office_short or "Sở"
    lines: list[str] = []
    missing = [r for r in data.rows if r.status is ReportStatus.MISSING]
    if missing:
        lines.append(f"Đề nghị Ủy ban nhân dân Thành phố chỉ đạo {n(len(missing))} cơ quan, đơn vị chưa gửi "
                     f"báo cáo năm {data.year} khẩn trương gửi báo cáo về {short} để tổng hợp.")
    pages = data.fanpages
    if pages is not None and pages.impersonators_active:
        lines.append("Đề nghị Ủy ban nhân dân Thành phố chỉ đạo các cơ quan chức năng phối hợp với các nền "
                     f"tảng xử lý {n(pages.impersonators_active)} trang mạo danh cơ quan, đơn vị chưa bị gỡ "
                     "bỏ.")
    asked = [(r.agency_name, r.receipt.proposals) for r in data.rows
             if r.receipt is not None and r.receipt.proposals.strip()]
    if asked:
        lines.append("Đề xuất, kiến nghị của các cơ quan, đơn vị:")
        lines += _items(asked)
    return "\n".join(lines) if lines else NOTHING
