"""Outreach to licensed news sites and social networks (plan sections II.1, II.2, III.1, III.4, III.6).

Plain values and rules only. The sites are agencies of the roster (kinds ``news_site`` and
``social_network``); what the office does with them hangs off the agency:

* the outreach life cycle — chưa vận động → đã liên hệ → đồng ý → đã có chuyên mục / đăng tin xen kẽ;
  or từ chối / tạm dừng with the reason — every step dated and kept (:func:`refusal` says why a move
  that makes no sense is refused, in the calendar's style);
* citation permissions per site and press agency — requested → sent to the board in a proposal →
  allowed / refused (:func:`citation_refusal`); a press agency merged into another follows its
  successor (:func:`current_press`);
* articles about Hanoi the sites carried, per month;
* the figures the annual report quotes (:class:`OutreachFigures`).
"""

from __future__ import annotations

import enum
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from hanoi_desk.domain.agency import AgencyDraft, AgencyKind, ContactDraft
from hanoi_desk.domain.fanpage import AddressError, canonical_page
from hanoi_desk.domain.text import fold, sort_key

SITE_KINDS: tuple[AgencyKind, ...] = (AgencyKind.NEWS_SITE, AgencyKind.SOCIAL_NETWORK)

CITATION_SUBJECT = (
    "V/v đề nghị cho phép các trang thông tin điện tử tổng hợp trích dẫn nguồn tin "
    "của các cơ quan báo chí Thành phố"
)
DEFAULT_CITATION_ADDRESSEE = "Ban Tuyên giáo và Dân vận Thành ủy"
DEFAULT_DRAFTING_UNIT = "TTBCXB"


# ----------------------------------------------------------------------------- the life cycle
class OutreachState(str, enum.Enum):
    NOT_APPROACHED = "not_approached"
    CONTACTED = "contacted"
    AGREED = "agreed"
    COLUMN = "column"
    INTERLEAVED = "interleaved"
    REFUSED = "refused"
    PAUSED = "paused"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]

    @property
    def cooperating(self) -> bool:
        """The site agreed and has not stopped: it counts as "đồng ý" in the figures."""
        return self in (OutreachState.AGREED, OutreachState.COLUMN, OutreachState.INTERLEAVED)


STATE_LABELS: dict[OutreachState, str] = {
    OutreachState.NOT_APPROACHED: "Chưa vận động",
    OutreachState.CONTACTED: "Đã liên hệ",
    OutreachState.AGREED: "Đồng ý",
    OutreachState.COLUMN: "Đã có chuyên mục",
    OutreachState.INTERLEAVED: "Đăng tin xen kẽ",
    OutreachState.REFUSED: "Từ chối",
    OutreachState.PAUSED: "Tạm dừng",
}

# Where each state may go. Contacting again is a step of its own (a second call, a letter).
TRANSITIONS: dict[OutreachState, frozenset[OutreachState]] = {
    OutreachState.NOT_APPROACHED: frozenset({OutreachState.CONTACTED}),
    OutreachState.CONTACTED: frozenset(
        {OutreachState.CONTACTED, OutreachState.AGREED, OutreachState.REFUSED, OutreachState.PAUSED}
    ),
    OutreachState.AGREED: frozenset(
        {OutreachState.COLUMN, OutreachState.INTERLEAVED, OutreachState.REFUSED, OutreachState.PAUSED}
    ),
    OutreachState.COLUMN: frozenset({OutreachState.INTERLEAVED, OutreachState.PAUSED}),
    OutreachState.INTERLEAVED: frozenset({OutreachState.COLUMN, OutreachState.PAUSED}),
    OutreachState.REFUSED: frozenset({OutreachState.CONTACTED}),
    OutreachState.PAUSED: frozenset(
        {
            OutreachState.CONTACTED,
            OutreachState.AGREED,
            OutreachState.COLUMN,
            OutreachState.INTERLEAVED,
            OutreachState.REFUSED,
        }
    ),
}

# The ways offices write a state in their sheets, folded.
_STATE_ALIASES: dict[str, OutreachState] = {}
for _state, _words in {
    OutreachState.NOT_APPROACHED: ["chưa vận động", "chưa liên hệ", "chưa", "mới", "not approached"],
    OutreachState.CONTACTED: [
        "đã liên hệ",
        "liên hệ",
        "đang vận động",
        "đã vận động",
        "đang liên hệ",
        "contacted",
    ],
    OutreachState.AGREED: ["đồng ý", "đã đồng ý", "nhất trí", "agreed"],
    OutreachState.COLUMN: ["đã có chuyên mục", "có chuyên mục", "chuyên mục", "đã mở chuyên mục", "column"],
    OutreachState.INTERLEAVED: [
        "đăng tin xen kẽ",
        "đăng xen kẽ",
        "xen kẽ",
        "đăng tin bài xen kẽ",
        "interleaved",
    ],
    OutreachState.REFUSED: ["từ chối", "không đồng ý", "refused"],
    OutreachState.PAUSED: ["tạm dừng", "tạm ngừng", "dừng", "paused"],
}.items():
    for _word in (*_words, _state.value, STATE_LABELS[_state]):
        _STATE_ALIASES[fold(_word)] = _state


def state_from_label(text: str) -> tuple[OutreachState, str] | None:
    """The state a sheet's cell names, and a reason written after it ("Từ chối: chưa có nhân sự")."""
    cleaned = text.strip()
    if not cleaned:
        return None
    head, reason = cleaned, ""
    match = re.match(r"^(.*?)\s*(?:[:(–—]|\s-\s)\s*(.*?)\)?\s*$", cleaned)
    if match and fold(match.group(1)).strip(" .") in _STATE_ALIASES:
        head, reason = match.group(1), match.group(2)
    state = _STATE_ALIASES.get(fold(head).strip(" ."))
    return (state, reason.strip(" .")) if state is not None else None


def refusal(name: str, current: OutreachState, target: OutreachState) -> str | None:
    """Why *target* cannot follow *current* for the site *name*, in a clerk's words; None when it can."""
    if target in TRANSITIONS[current]:
        return None
    site = f"“{name}”"
    if target is OutreachState.NOT_APPROACHED:
        return f"{site}: không quay về “Chưa vận động”; các bước đã ghi được giữ lại."
    if current is target:
        return f"{site} đang ở trạng thái “{current.label}” rồi."
    if current is OutreachState.NOT_APPROACHED:
        return f"Chưa liên hệ với {site}: hãy ghi nhận “Đã liên hệ” trước."
    if current is OutreachState.CONTACTED:
        return f"{site} chưa đồng ý: hãy ghi nhận “Đồng ý” trước khi ghi “{target.label}”."
    if current is OutreachState.REFUSED:
        return f"{site} đã từ chối: hãy ghi nhận lần liên hệ lại (“Đã liên hệ”) trước."
    if target is OutreachState.CONTACTED:
        return f"{site} đã đồng ý, không quay lại bước “Đã liên hệ”."
    if target is OutreachState.AGREED:
        return f"{site} đang ở trạng thái “{current.label}”, đã qua bước “Đồng ý”."
    if target is OutreachState.REFUSED:
        return (
            f"{site} đang ở trạng thái “{current.label}”: nếu trang ngừng phối hợp, "
            "hãy ghi nhận “Tạm dừng” với lý do."
        )
    return f"{site} đang ở trạng thái “{current.label}”, không chuyển sang “{target.label}” được."


def step_problems(target: OutreachState, *, how: str, reason: str, column_url: str) -> list[tuple[str, str]]:
    """(field, message) for what a step needs besides its date: how a contact was made, the reason of
    a refusal or a pause, the column's address."""
    problems: list[tuple[str, str]] = []
    if target is OutreachState.CONTACTED and not how:
        problems.append(("how", "Cho biết liên hệ bằng cách nào (điện thoại, công văn, gặp trực tiếp…)."))
    if target in (OutreachState.REFUSED, OutreachState.PAUSED) and not reason:
        problems.append(("reason", f"Cần ghi lý do {target.label.lower()}."))
    if target is OutreachState.COLUMN and not column_url:
        problems.append(("column_url", "Cần đường dẫn của chuyên mục về Hà Nội."))
    return problems


CONTACT_METHODS: tuple[str, ...] = ("Điện thoại", "Công văn", "Gặp trực tiếp", "Email", "Zalo", "Hội nghị")


# ----------------------------------------------------------------------------- addresses
@dataclass(frozen=True)
class SiteAddress:
    """A site's address reduced to its domain: ``domain`` is the key ("baomoi.com"), ``url`` what is
    stored and opened ("https://baomoi.com")."""

    domain: str
    url: str


_LABEL = re.compile(r"^[0-9a-z\u00c0-\u1ef9](?:[0-9a-z\u00c0-\u1ef9-]*[0-9a-z\u00c0-\u1ef9])?$")


def canonical_site(raw: str) -> SiteAddress:
    """The domain of a site, whatever shape its address was written in; AddressError if unusable.

    "https://www.BaoMoi.com/", "baomoi.com", "http://m.baomoi.com/ha-noi.epi" all give baomoi.com:
    an outreach site is its domain, not one of its pages.
    """
    text = raw.strip().strip("<>\"'“”")
    if not text:
        raise AddressError("Chưa có tên miền của trang.")
    if re.search(r"\s", text):
        raise AddressError("Tên miền không được có dấu cách (ví dụ đúng: baomoi.com).")
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise AddressError("Địa chỉ trang phải bắt đầu bằng http:// hoặc https://.")
    host = (parts.hostname or "").lower().rstrip(".")
    if "xn--" in host:
        try:
            host = host.encode("ascii").decode("idna")
        except UnicodeError:
            raise AddressError(f"Tên miền “{host}” không hợp lệ.") from None
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise AddressError(f"“{raw.strip()}” không phải tên miền hợp lệ (ví dụ đúng: baomoi.com).")
    while labels[0] in ("www", "m") and len(labels) > 2:
        labels = labels[1:]
    domain = ".".join(labels)
    return SiteAddress(domain, f"https://{domain}")


def site_domain(address: str) -> str:
    """The domain of a stored address, or "" when there is none that can be read."""
    try:
        return canonical_site(address).domain if address.strip() else ""
    except AddressError:
        return ""


def canonical_column(raw: str, domain: str) -> str:
    """The Hanoi column's address in canonical form (https, no tracking), checked to be on *domain*."""
    url = canonical_page(raw).url
    host = (urlsplit(url).hostname or "").lower()
    if domain and not (host == domain or host.endswith("." + domain)):
        raise AddressError(f"Chuyên mục phải nằm trên trang {domain} (đường dẫn này thuộc {host}).")
    return url


# ----------------------------------------------------------------------------- citation permissions
class CitationState(str, enum.Enum):
    """requested (the site asks) → sent (in a proposal to the board) → allowed / refused.

    A press agency may also answer a request that was never sent; a refused request can be asked
    again, and a permission withdrawn is recorded as refused with the reason."""

    REQUESTED = "requested"
    SENT = "sent"
    ALLOWED = "allowed"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return CITATION_LABELS[self]


CITATION_LABELS: dict[CitationState, str] = {
    CitationState.REQUESTED: "Đề nghị, chưa gửi",
    CitationState.SENT: "Đã đề nghị Ban",
    CitationState.ALLOWED: "Được phép trích dẫn",
    CitationState.REFUSED: "Không được phép",
}

CITATION_TRANSITIONS: dict[CitationState, frozenset[CitationState]] = {
    CitationState.REQUESTED: frozenset({CitationState.SENT, CitationState.ALLOWED, CitationState.REFUSED}),
    CitationState.SENT: frozenset({CitationState.ALLOWED, CitationState.REFUSED}),
    CitationState.ALLOWED: frozenset({CitationState.REFUSED}),
    CitationState.REFUSED: frozenset({CitationState.REQUESTED, CitationState.ALLOWED}),
}


def citation_refusal(site: str, press: str, current: CitationState, target: CitationState) -> str | None:
    """Why a permission cannot move to *target*; None when it can."""
    if target in CITATION_TRANSITIONS[current]:
        return None
    pair = f"“{site}” — {press}"
    if current is target:
        return f"{pair}: đã ở trạng thái “{current.label}”."
    if target is CitationState.SENT:
        return f"{pair}: chỉ đánh dấu “Đã đề nghị Ban” khi lập công văn đề nghị."
    if target is CitationState.REQUESTED:
        return f"{pair}: đề nghị đang ở trạng thái “{current.label}”, không đề nghị lại được."
    return f"{pair}: đang ở trạng thái “{current.label}”, không chuyển sang “{target.label}” được."


@dataclass(frozen=True)
class PressAgency:
    """A press agency of the roster as a permission needs it: its successor when it was merged."""

    id: int
    name: str
    short_name: str
    active_to: date | None
    successor_id: int | None


def current_press(press_id: int, press: Mapping[int, PressAgency]) -> int:
    """The press agency that speaks for *press_id* today: its successor's successor…, when merged.

    The 2026 mergers folded six Hanoi papers and the broadcaster into one body: a permission asked of
    Báo Hànộimới is asked of the merged body. A successor chain is followed to its end (cycles cut).
    """
    seen = {press_id}
    current = press_id
    while True:
        agency = press.get(current)
        if agency is None or agency.successor_id is None or agency.active_to is None:
            return current
        if agency.successor_id in seen:
            return current
        seen.add(agency.successor_id)
        current = agency.successor_id


def split_names(text: str) -> list[str]:
    """Press agencies listed in one cell: separated by ",", ";", "+" or line breaks, in their order.

    A name that itself holds a comma ("Cơ quan Báo và Phát thanh, Truyền hình Hà Nội") is put back
    together by :func:`match_press_names`, which knows the roster.
    """
    return [part.strip(" .-•") for part in re.split(r"[;,\n+]", text) if part.strip(" .-•")]


def match_press_names(text: str, keys: Mapping[str, int]) -> tuple[list[int], list[str]]:
    """The press agency ids a cell names (by folded name or short name), and the parts not found.

    Parts are joined with the next ones while that makes a known name, so commas inside a name work.
    """
    parts = split_names(text)
    found: list[int] = []
    missing: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            candidate = ", ".join(parts[i:j])
            key = fold(candidate)
            if key in keys:
                if keys[key] not in found:
                    found.append(keys[key])
                i = j
                break
        else:
            missing.append(parts[i])
            i += 1
    return found, missing


# ----------------------------------------------------------------------------- values
@dataclass(frozen=True)
class SiteDraft:
    """What the site dialog, an import row or the CLI proposes; the outreach service validates it.

    The roster fields go to the agency (``address`` is the site's domain or address); ``operator``,
    ``staff`` and ``notes`` are the outreach record's. ``contacts`` None leaves them as they are.
    """

    name: str
    kind: AgencyKind = AgencyKind.NEWS_SITE
    address: str = ""
    licence_number: str = ""
    licence_date: date | None = None
    licence_issuer: str = ""
    monthly_reach: int | None = None
    operator: str = ""
    staff: str = ""
    notes: str = ""
    contacts: tuple[ContactDraft, ...] | None = None


@dataclass(frozen=True)
class Permission:
    """One press agency's permission for one site, the press agency shown as it is today."""

    id: int
    site_id: int
    site_name: str
    press_id: int  # as recorded
    press_name: str  # the agency that speaks for it today (its successor when merged)
    press_current_id: int
    former_press_name: str  # the agency recorded, when it has since merged; else ""
    state: CitationState
    requested_on: date | None
    proposal_id: int | None
    proposal_text: str  # "Công văn số …/… ngày 05/12/2026"
    decided_on: date | None
    document: str
    note: str
    recorded_on: date
    version: int

    @property
    def press_label(self) -> str:
        if self.former_press_name:
            return f"{self.press_name} (trước đây: {self.former_press_name})"
        return self.press_name


@dataclass(frozen=True)
class OutreachStep:
    """One step of a site's outreach, kept for good."""

    id: int
    site_id: int
    state: OutreachState
    day: date
    how: str
    staff: str
    note: str
    recorded_at: datetime | None
    recorded_by: str


@dataclass(frozen=True)
class OutreachSite:
    """A licensed site with everything the tab shows."""

    id: int  # the agency's id
    name: str
    kind: AgencyKind
    address: str  # the agency's portal_url
    domain: str
    licence_number: str
    licence_date: date | None
    licence_issuer: str
    monthly_reach: int | None
    column_url: str
    active_to: date | None
    person: str
    phone: str
    email: str
    monitors: tuple[str, ...]
    operator: str
    staff: str
    notes: str
    state: OutreachState
    state_on: date | None
    how: str
    reason: str
    allowed: tuple[str, ...]  # press agencies that allow it (names of today)
    pending: tuple[str, ...]  # requested or sent, not yet answered
    articles_year: int  # articles about Hanoi in the year the service was asked about
    version: int  # the agency's
    outreach_version: int  # 0: no outreach record yet
    contacts: tuple[ContactDraft, ...] = ()

    def to_draft(self, **changes: object) -> SiteDraft:
        values = {name: getattr(self, name) for name in SiteDraft.__dataclass_fields__}
        values.update(changes)
        return SiteDraft(**values)  # type: ignore[arg-type]

    @property
    def licence_text(self) -> str:
        """ "Số 12/GP-STTTT ngày 05/03/2020 của Sở Thông tin và Truyền thông", as a letter cites it."""
        parts = [f"Số {self.licence_number}" if self.licence_number else ""]
        if self.licence_date is not None:
            parts.append(f"ngày {self.licence_date:%d/%m/%Y}")
        if self.licence_issuer:
            parts.append(f"của {self.licence_issuer}")
        return " ".join(p for p in parts if p)

    @property
    def reach_label(self) -> str:
        return "thành viên" if self.kind is AgencyKind.SOCIAL_NETWORK else "lượt truy cập/tháng"


@dataclass(frozen=True)
class MonthCount:
    """Articles about Hanoi one site carried in one month: from the calendar, and entered by the clerk
    (articles the calendar does not know of)."""

    site_id: int
    month: date  # the first day of the month
    from_calendar: int
    entered: int
    note: str = ""

    @property
    def total(self) -> int:
        return self.from_calendar + self.entered


@dataclass(frozen=True)
class SiteArticles:
    """One site's articles for a year, month by month: a line of the tab's articles table."""

    site_id: int
    site_name: str
    kind: AgencyKind
    year: int
    months: tuple[MonthCount, ...]  # twelve, January first

    @property
    def total(self) -> int:
        return sum(m.total for m in self.months)

    @property
    def from_calendar(self) -> int:
        return sum(m.from_calendar for m in self.months)

    @property
    def entered(self) -> int:
        return sum(m.entered for m in self.months)


@dataclass(frozen=True)
class ProposalRequest:
    """One site of a citation proposal: its licence and the press agencies asked."""

    site: OutreachSite
    press: tuple[str, ...]
    permission_ids: tuple[int, ...]


@dataclass(frozen=True)
class CitationProposal:
    """The proposal letter to the board as recorded: its date, the number once the văn thư gives it,
    and the requests it carried."""

    id: int
    day: date
    number: str
    symbol: str
    requests: tuple[ProposalRequest, ...]

    @property
    def reference(self) -> str:
        """ "Công văn số 12/STTTT-TTBCXB ngày 05/12/2026", the number left blank until it is known."""
        number = self.number or "…"
        return f"Công văn số {number}/{self.symbol} ngày {self.day:%d/%m/%Y}"

    @property
    def press_count(self) -> int:
        return len({p for r in self.requests for p in r.press})


@dataclass(frozen=True)
class LetterSettings:
    """The letters of the outreach, as the office words them (settings, editable in the tab)."""

    citation_addressee: str = DEFAULT_CITATION_ADDRESSEE
    citation_recipients: tuple[str, ...] = ("Như trên", "Giám đốc Sở (để báo cáo)", "Lưu: VT, TTBCXB")
    invitation_subject: str = "V/v phối hợp xây dựng chuyên mục về Hà Nội trên {trang}"
    invitation_body: str = (
        "Thực hiện Kế hoạch của Ủy ban nhân dân Thành phố về việc đưa thông tin về các nhiệm vụ kinh tế, "
        "chính trị, văn hóa, xã hội, an ninh, quốc phòng của thành phố Hà Nội lên hệ thống trang thông tin "
        "điện tử, mạng xã hội, {co_quan} trân trọng đề nghị {to_chuc} phối hợp xây dựng chuyên mục về "
        "Hà Nội trên {trang} ({ten_mien}), hoặc đăng tải xen kẽ tin, bài về các nhiệm vụ, thành tựu kinh "
        "tế, chính trị, văn hóa, xã hội, an ninh, quốc phòng của Thủ đô; quảng bá về lịch sử, con người, "
        "văn hóa, du lịch của Hà Nội tới công chúng trong nước và quốc tế.\n\n"
        "{co_quan} sẽ cung cấp thông tin, nội dung tuyên truyền định kỳ (hàng tuần, tháng, 06 tháng, "
        "01 năm) và đột xuất; đồng thời đề xuất Ban Tuyên giáo và Dân vận Thành ủy chỉ đạo các cơ quan "
        "báo chí Thành phố cho phép {trang} được trích dẫn nguồn tin.\n\n"
        "Đề nghị {to_chuc} cử người phụ trách và gửi thông tin liên hệ về {co_quan} để phối hợp thực "
        "hiện.\n\n"
        "Trân trọng./."
    )
    invitation_recipients: tuple[str, ...] = ("Như trên", "Lưu: VT, TTBCXB")


# The words a template may use, and what each stands for (shown beside the template in the tab).
PLACEHOLDERS: dict[str, str] = {
    "trang": "tên trang/mạng xã hội",
    "ten_mien": "tên miền",
    "to_chuc": "tổ chức, doanh nghiệp quản lý trang",
    "giay_phep": "số, ngày, cơ quan cấp giấy phép",
    "co_quan": "tên cơ quan gửi (như trong câu văn)",
    "nguoi_lien_he": "cán bộ theo dõi trang",
}


def template_problems(text: str) -> list[str]:
    """What is wrong with a template: unknown {words}, unbalanced braces."""
    try:
        fields = [name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return ["Dấu ngoặc nhọn {…} không cân đối; mỗi từ thay thế viết dạng {trang}."]
    unknown = sorted({f for f in fields if f not in PLACEHOLDERS})
    if unknown:
        known = ", ".join(f"{{{k}}}" for k in PLACEHOLDERS)
        return [f"Không rõ từ thay thế: {', '.join('{' + u + '}' for u in unknown)} (có: {known})."]
    return []


def fill_template(text: str, values: Mapping[str, str]) -> str:
    """The template with its {words} replaced; a template already checked never fails here."""
    return text.format_map({k: values.get(k, "") for k in PLACEHOLDERS})


# ----------------------------------------------------------------------------- figures
@dataclass(frozen=True)
class OutreachFigures:
    """What the year's report says of the outreach, as the data stood at the end of ``as_of``.

    ``contacted`` counts sites approached at least once by then, ``agreed`` those cooperating then
    (agreed, with a column, or carrying articles), ``with_column`` those with a live Hanoi column;
    ``*_in_year`` what happened within the calendar year of ``as_of``. Permissions are counted as
    (site, press agency) pairs; articles are those of the year, from the calendar and entered.
    """

    year: int
    as_of: date
    sites: int
    news_sites: int
    social_networks: int
    contacted: int
    contacted_in_year: int
    agreed: int
    with_column: int
    interleaved: int
    refused: int
    paused: int
    sites_allowed: int  # sites allowed to quote at least one press agency
    permissions_granted: int
    permissions_granted_in_year: int
    permissions_pending: int
    articles: int
    articles_from_calendar: int
    articles_entered: int

    @property
    def empty(self) -> bool:
        return self.sites == 0 and self.articles == 0


@dataclass(frozen=True)
class OutreachImportDraft:
    """One row of the office's sheet, before the site and the press agencies are looked up."""

    name: str
    kind: AgencyKind | None = None
    address: str = ""
    licence_number: str = ""
    licence_date: date | None = None
    licence_issuer: str = ""
    monthly_reach: int | None = None
    state: OutreachState | None = None
    state_reason: str = ""
    column: str = ""
    allowed: str = ""
    requested: str = ""
    person: str = ""
    phone: str = ""
    email: str = ""
    operator: str = ""
    notes: str = ""
    month: date | None = None
    articles: int | None = None


@dataclass(frozen=True)
class SiteImport:
    """What one row of an import will write, resolved against the roster (the plan's draft)."""

    site_id: int | None
    agency: AgencyDraft  # what the agency is created or saved with
    operator: str | None
    notes: str | None
    state: OutreachState | None
    state_reason: str
    column_url: str
    allowed: tuple[int, ...]
    requested: tuple[int, ...]
    month: date | None
    articles: int | None
    source: str = ""
    expected_version: int | None = None


def month_start(day: date) -> date:
    return day.replace(day=1)


def site_order(sites: Iterable[OutreachSite]) -> list[OutreachSite]:
    """The sites as first shown and exported: in Vietnamese alphabetical order."""
    return sorted(sites, key=lambda s: sort_key(s.name))


def states_in(steps: Iterable[tuple[date, int, str]], as_of: date) -> OutreachState:
    """The state the dated steps give at the end of *as_of* (steps of later days ignored)."""
    history = sorted(s for s in steps if s[0] <= as_of)
    return OutreachState(history[-1][2]) if history else OutreachState.NOT_APPROACHED
