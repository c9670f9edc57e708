"""Fanpages of the city's agencies: platforms, page addresses, verification states, look-alike names.

Pure functions and plain values only. Two rules live here because every layer depends on them:

* :func:`canonical_page` turns any address a clerk pastes (mobile hosts, tracking parameters,
  ``profile.php?id=``, ``/pages/Name/123`` …) into one canonical address and one *key*, so that one
  page is one record whatever shape its link arrived in;
* :func:`name_similarity` says how likely one page name imitates another, on folded names, so that
  "Ubnd phuong Hoan Kiem - Tin tuc" is caught while "UBND phường Hoàng Mai" is not.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from rapidfuzz import fuzz, process

from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.text import fold, sort_key


# ----------------------------------------------------------------------------- platforms
class Platform(str, enum.Enum):
    FACEBOOK = "facebook"
    ZALO = "zalo"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
    OTHER = "other"

    @property
    def label(self) -> str:
        return PLATFORM_LABELS[self]


PLATFORM_LABELS: dict[Platform, str] = {
    Platform.FACEBOOK: "Facebook",
    Platform.ZALO: "Zalo OA",
    Platform.YOUTUBE: "YouTube",
    Platform.TIKTOK: "TikTok",
    Platform.OTHER: "Khác",
}

# The company a proposal letter is addressed to, per platform.
PLATFORM_COMPANIES: dict[Platform, str] = {
    Platform.FACEBOOK: "Công ty Meta Platforms, Inc. (Facebook)",
    Platform.ZALO: "Công ty Cổ phần VNG (Zalo)",
    Platform.YOUTUBE: "Công ty Google LLC (YouTube)",
    Platform.TIKTOK: "Công ty TikTok Pte. Ltd. (TikTok)",
    Platform.OTHER: "Nhà cung cấp dịch vụ mạng xã hội",
}

_PLATFORM_ALIASES = {
    "facebook": Platform.FACEBOOK,
    "fb": Platform.FACEBOOK,
    "face book": Platform.FACEBOOK,
    "fanpage": Platform.FACEBOOK,
    "fanpage facebook": Platform.FACEBOOK,
    "meta": Platform.FACEBOOK,
    "zalo": Platform.ZALO,
    "zalo oa": Platform.ZALO,
    "zalo official account": Platform.ZALO,
    "youtube": Platform.YOUTUBE,
    "you tube": Platform.YOUTUBE,
    "yt": Platform.YOUTUBE,
    "tiktok": Platform.TIKTOK,
    "tik tok": Platform.TIKTOK,
    "khac": Platform.OTHER,
    "other": Platform.OTHER,
}


def platform_from_label(label: str) -> Platform | None:
    """The platform an office writes ("Facebook", "FB", "Zalo OA", "Tik Tok", "khác"), or None."""
    key = fold(label).replace("-", " ").strip(" .")
    key = re.sub(r"\s+", " ", key)
    if key in _PLATFORM_ALIASES:
        return _PLATFORM_ALIASES[key]
    for platform in Platform:
        if key in (platform.value, fold(platform.label)):
            return platform
    return None


# ----------------------------------------------------------------------------- page addresses
@dataclass(frozen=True)
class PageAddress:
    """One page's address in canonical form.

    ``url`` is what is stored and opened (https, canonical host, no tracking); ``key`` is what makes
    two addresses the same page (case folded where the platform ignores case); ``platform_id`` is
    the numeric or channel id when the address carries one.
    """

    platform: Platform
    url: str
    key: str
    platform_id: str = ""


class AddressError(ValueError):
    """The text is not a page address that can be registered; the message says why, in Vietnamese."""


# Query parameters that only say where a click came from; they never change the page.
_TRACKING = re.compile(
    r"^(utm_.*|fbclid|gclid|ref|ref_src|ref_type|refsrc|__tn__|__cft__.*|__xts__.*|mibextid|sk|"
    r"_rdc|_rdr|hc_ref|fref|rdid|rc|locale|hl|lang|si|feature|is_from_webapp|sender_device|"
    r"_t|_r|igshid|share_.*|paipv|eav|notif_.*|source|app|from|sfnsn|extid|wtsid)$",
    re.IGNORECASE,
)
# Facebook paths that name a section of a page, not a page.
_FB_SECTIONS = {
    "about",
    "posts",
    "photos",
    "videos",
    "reels",
    "events",
    "community",
    "reviews",
    "mentions",
    "followers",
    "likes",
    "live",
    "timeline",
    "info",
    "home",
    "photos_stream",
    "about_profile_transparency",
    "friends",
    "groups",
    "services",
    "shop",
    "map",
}
_FB_RESERVED = {
    "profile.php",
    "pages",
    "pg",
    "people",
    "p",
    "groups",
    "share",
    "watch",
    "story.php",
    "permalink.php",
    "photo.php",
    "photo",
    "events",
    "hashtag",
    "login",
    "login.php",
    "home.php",
    "sharer",
    "sharer.php",
    "l.php",
    "media",
    "gaming",
    "marketplace",
    "reel",
}
_DIGITS = re.compile(r"^\d{5,20}$")
_TRAILING_ID = re.compile(r"(?:^|-)(\d{8,20})$")
_HANDLE = re.compile(r"^[A-Za-z0-9._-]+$")


def _host_and_path(raw: str) -> tuple[str, list[str], list[tuple[str, str]], str]:
    text = raw.strip().strip("<>\"'“”")
    if not text:
        raise AddressError("Chưa có đường dẫn trang.")
    if re.search(r"\s", text):
        raise AddressError(
            "Đường dẫn không được có dấu cách (ví dụ đúng: https://www.facebook.com/tentrang)."
        )
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise AddressError("Đường dẫn phải bắt đầu bằng http:// hoặc https://.")
    host = (parts.hostname or "").lower().rstrip(".")
    if "." not in host:
        raise AddressError(
            "Đường dẫn không có tên miền hợp lệ (ví dụ đúng: https://www.facebook.com/tentrang)."
        )
    path = parts.path
    fragment = parts.fragment
    # Old Facebook links put the page after "#!": facebook.com/#!/ubndhoankiem
    if fragment.startswith("!/"):
        path = fragment[1:]
        fragment = ""
    segments = [unquote(s) for s in path.split("/") if s]
    query = parse_qsl(parts.query, keep_blank_values=True)
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        raise AddressError("Đường dẫn có số cổng không hợp lệ.") from None
    return host, segments, query, port


def _is_host(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def canonical_page(raw: str) -> PageAddress:
    """The canonical address of a page, whatever shape it was pasted in; AddressError if unusable."""
    host, segments, query, port = _host_and_path(raw)
    if _is_host(host, "facebook.com") or host in ("fb.com", "www.fb.com", "m.fb.com", "fb.me"):
        return _facebook(segments, query)
    if _is_host(host, "zalo.me"):
        return _zalo(host, segments)
    if _is_host(host, "youtube.com") or host == "youtu.be":
        return _youtube(host, segments, query)
    if _is_host(host, "tiktok.com"):
        return _tiktok(host, segments)
    return _other(host, port, segments, query)


def _facebook_id(page_id: str) -> PageAddress:
    return PageAddress(
        Platform.FACEBOOK,
        f"https://www.facebook.com/profile.php?id={page_id}",
        f"facebook.com/id/{page_id}",
        page_id,
    )


def _facebook(segments: list[str], query: list[tuple[str, str]]) -> PageAddress:
    params = {k.lower(): v for k, v in query}
    if not segments:
        raise AddressError("Đường dẫn chỉ là trang chủ Facebook, chưa có tên hoặc mã trang.")
    first = segments[0].lower()
    if first in ("profile.php", "people") or (first == "p" and len(segments) > 1):
        page_id = params.get("id", "").strip()
        if first != "profile.php":
            # facebook.com/people/Name/100064…/ and facebook.com/p/Name-100064…/
            for segment in reversed(segments[1:]):
                m = _TRAILING_ID.search(segment)
                if m:
                    page_id = m.group(1)
                    break
        if not _DIGITS.match(page_id):
            raise AddressError("Đường dẫn dạng profile.php thiếu mã trang (id=…).")
        return _facebook_id(page_id)
    if first == "pages" and len(segments) >= 2:
        # facebook.com/pages/UBND-Phuong-Hoan-Kiem/123456789012345 (or /pages/category/…/Name-123…)
        for segment in reversed(segments[1:]):
            m = _TRAILING_ID.search(segment)
            if m:
                return _facebook_id(m.group(1))
        raise AddressError("Đường dẫn dạng facebook.com/pages/… thiếu mã trang ở cuối.")
    if first == "groups" and len(segments) >= 2:
        group = segments[1]
        key = group if _DIGITS.match(group) else group.lower()
        return PageAddress(
            Platform.FACEBOOK,
            f"https://www.facebook.com/groups/{group}",
            f"facebook.com/groups/{key}",
            group if _DIGITS.match(group) else "",
        )
    if first == "pg" and len(segments) >= 2:
        segments = segments[1:]
        first = segments[0].lower()
    if first == "share":
        raise AddressError(
            "Đây là đường dẫn chia sẻ (facebook.com/share/…); hãy mở nó và dán địa chỉ của chính trang."
        )
    if first in _FB_RESERVED or first in _FB_SECTIONS:
        raise AddressError(f"“facebook.com/{segments[0]}” không phải địa chỉ của một trang.")
    handle = segments[0]
    if _DIGITS.match(handle):
        return _facebook_id(handle)
    m = re.match(r"^[A-Za-z0-9.]+(?:-[A-Za-z0-9.]+)*-(\d{8,20})$", handle)
    if m and "-" in handle:
        # Old vanity-plus-id form: facebook.com/UBND-Phuong-Hoan-Kiem-123456789012345 (a Facebook
        # username cannot contain "-", so this is always a name followed by the page id).
        return _facebook_id(m.group(1))
    if not _HANDLE.match(handle):
        raise AddressError(f"Tên trang “{handle}” có ký tự không hợp lệ trong địa chỉ Facebook.")
    return PageAddress(
        Platform.FACEBOOK, f"https://www.facebook.com/{handle}", f"facebook.com/{handle.lower()}"
    )


def _zalo(host: str, segments: list[str]) -> PageAddress:
    if host.startswith("oa.") and len(segments) >= 2 and segments[0].lower() == "home":
        segments = segments[1:]
    if segments and segments[0].lower() == "oa":
        segments = segments[1:]
    if not segments:
        raise AddressError("Đường dẫn Zalo chưa có mã Official Account (ví dụ: https://zalo.me/1234567890).")
    ident = segments[0]
    if segments[0].lower() == "s":
        raise AddressError("Đây là đường dẫn chia sẻ của Zalo; hãy dán địa chỉ zalo.me/<mã OA> của trang.")
    key = ident if _DIGITS.match(ident) else ident.lower()
    return PageAddress(
        Platform.ZALO, f"https://zalo.me/{ident}", f"zalo.me/{key}", ident if _DIGITS.match(ident) else ""
    )


def _youtube(host: str, segments: list[str], query: list[tuple[str, str]]) -> PageAddress:
    if host == "youtu.be" or (segments and segments[0].lower() in ("watch", "shorts", "live", "embed")):
        raise AddressError(
            "Đây là đường dẫn một video, không phải một kênh YouTube "
            "(ví dụ đúng: https://www.youtube.com/@tenkenh)."
        )
    if not segments:
        raise AddressError("Đường dẫn chỉ là trang chủ YouTube, chưa có tên kênh.")
    first = segments[0]
    if first.startswith("@"):
        handle = first[1:]
        return PageAddress(
            Platform.YOUTUBE, f"https://www.youtube.com/@{handle}", f"youtube.com/@{handle.lower()}"
        )
    lowered = first.lower()
    if lowered == "channel" and len(segments) >= 2:
        channel = segments[1]  # channel ids are case-sensitive
        return PageAddress(
            Platform.YOUTUBE,
            f"https://www.youtube.com/channel/{channel}",
            f"youtube.com/channel/{channel}",
            channel,
        )
    if lowered in ("c", "user") and len(segments) >= 2:
        name = segments[1]
        return PageAddress(
            Platform.YOUTUBE,
            f"https://www.youtube.com/{lowered}/{name}",
            f"youtube.com/{lowered}/{name.lower()}",
        )
    if lowered in ("results", "playlist", "feed", "hashtag"):
        raise AddressError("Đường dẫn YouTube này không phải một kênh.")
    return PageAddress(Platform.YOUTUBE, f"https://www.youtube.com/{first}", f"youtube.com/{lowered}")


def _tiktok(host: str, segments: list[str]) -> PageAddress:
    if host.startswith(("vm.", "vt.")):
        raise AddressError(
            "Đây là đường dẫn rút gọn của TikTok; hãy mở nó và dán địa chỉ tiktok.com/@tênkênh."
        )
    if not segments or not segments[0].startswith("@") or len(segments[0]) < 2:
        raise AddressError("Đường dẫn TikTok cần có dạng https://www.tiktok.com/@tênkênh.")
    handle = segments[0][1:]
    return PageAddress(Platform.TIKTOK, f"https://www.tiktok.com/@{handle}", f"tiktok.com/@{handle.lower()}")


def _other(host: str, port: str, segments: list[str], query: list[tuple[str, str]]) -> PageAddress:
    bare = host[4:] if host.startswith("www.") else host
    kept = sorted((k, v) for k, v in query if not _TRACKING.match(k))
    path = "/".join(segments)
    tail = f"/{path}" if path else ""
    qs = f"?{urlencode(kept)}" if kept else ""
    url = f"https://{host}{port}{tail}{qs}"
    return PageAddress(Platform.OTHER, url, f"{bare}{port}{tail}{qs}")


# ----------------------------------------------------------------------------- verification
class VerificationState(str, enum.Enum):
    """domain.md: not requested → proposed → sent to the platform → verified or refused; a verified
    page can lose its badge. A refused page or one that lost its badge can be proposed again."""

    NOT_REQUESTED = "not_requested"
    PROPOSED = "proposed"
    SENT = "sent"
    VERIFIED = "verified"
    REFUSED = "refused"
    LOST = "lost"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS: dict[VerificationState, str] = {
    VerificationState.NOT_REQUESTED: "Chưa đề nghị",
    VerificationState.PROPOSED: "Đã đề nghị",
    VerificationState.SENT: "Đã gửi nền tảng",
    VerificationState.VERIFIED: "Đã xác thực",
    VerificationState.REFUSED: "Bị từ chối",
    VerificationState.LOST: "Mất tick xanh",
}

TRANSITIONS: dict[VerificationState, frozenset[VerificationState]] = {
    VerificationState.NOT_REQUESTED: frozenset({VerificationState.PROPOSED}),
    VerificationState.PROPOSED: frozenset(
        {VerificationState.SENT, VerificationState.VERIFIED, VerificationState.REFUSED}
    ),
    VerificationState.SENT: frozenset({VerificationState.VERIFIED, VerificationState.REFUSED}),
    VerificationState.VERIFIED: frozenset({VerificationState.LOST}),
    VerificationState.REFUSED: frozenset({VerificationState.PROPOSED}),
    VerificationState.LOST: frozenset({VerificationState.PROPOSED}),
}


def can_move(current: VerificationState, target: VerificationState) -> bool:
    return target in TRANSITIONS[current]


class ImpersonatorStatus(str, enum.Enum):
    SUSPECTED = "suspected"
    REPORTED = "reported"
    REMOVED = "removed"
    DISMISSED = "dismissed"

    @property
    def label(self) -> str:
        return IMPERSONATOR_LABELS[self]


IMPERSONATOR_LABELS: dict[ImpersonatorStatus, str] = {
    ImpersonatorStatus.SUSPECTED: "Nghi vấn",
    ImpersonatorStatus.REPORTED: "Đã báo cáo nền tảng",
    ImpersonatorStatus.REMOVED: "Đã bị gỡ",
    ImpersonatorStatus.DISMISSED: "Không phải mạo danh",
}


# ----------------------------------------------------------------------------- values
@dataclass(frozen=True)
class FanpageDraft:
    """What the dialog, an import row or the CLI proposes; the fanpage service validates it."""

    agency_id: int | None
    url: str
    name: str = ""
    platform: Platform | None = None  # None: taken from the address
    platform_id: str = ""
    followers: int | None = None
    followers_on: date | None = None
    official: bool = True
    notes: str = ""


@dataclass(frozen=True)
class Fanpage:
    id: int
    agency_id: int
    agency_name: str
    agency_short_name: str
    agency_kind: AgencyKind
    platform: Platform
    name: str
    url: str
    url_key: str
    platform_id: str
    followers: int | None
    followers_on: date | None
    official: bool
    notes: str
    state: VerificationState
    state_on: date | None
    letter_number: str
    proposed_on: date | None
    reason: str
    registered_on: date
    version: int
    updated_by: str = ""

    def to_draft(self, **changes: object) -> FanpageDraft:
        values = {name: getattr(self, name) for name in FanpageDraft.__dataclass_fields__}
        values.update(changes)
        return FanpageDraft(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class VerificationEvent:
    """One step of a page's verification history, kept for good."""

    id: int
    fanpage_id: int
    state: VerificationState
    day: date
    letter_number: str
    note: str
    recorded_at: object
    recorded_by: str


@dataclass(frozen=True)
class ImpersonatorDraft:
    url: str
    name: str
    platform: Platform | None = None
    agency_id: int | None = None  # the agency imitated, when known
    fanpage_id: int | None = None  # the official page imitated, when known
    found_on: date | None = None
    reported_on: date | None = None
    status: ImpersonatorStatus = ImpersonatorStatus.SUSPECTED
    evidence: str = ""


@dataclass(frozen=True)
class Impersonator:
    id: int
    platform: Platform
    name: str
    url: str
    url_key: str
    agency_id: int | None
    agency_name: str
    fanpage_id: int | None
    fanpage_name: str
    similarity: int | None  # the name score when the imitated page was flagged automatically
    found_on: date | None
    reported_on: date | None
    status: ImpersonatorStatus
    status_on: date | None
    evidence: str
    version: int

    def to_draft(self, **changes: object) -> ImpersonatorDraft:
        values = {name: getattr(self, name) for name in ImpersonatorDraft.__dataclass_fields__}
        values.update(changes)
        return ImpersonatorDraft(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ProposalLetter:
    """One proposal letter, to one platform company: what the PDF says and what the pages are marked with.

    ``number`` None: the văn thư numbers it when it is issued (the pages keep no number).
    """

    number: int | None
    symbol: str  # after the slash: "SVHTT-VP"
    day: date
    pages: tuple[Fanpage, ...]
    addressee: str = ""  # the company, from the settings ("Công ty Meta Platforms, Inc. (Facebook)")

    @property
    def number_text(self) -> str:
        """"07/SVHTT-VP"; "" while the number is the văn thư's to give."""
        if not self.number:
            return ""
        return f"{self.number:02d}/{self.symbol}" if self.number < 10 else f"{self.number}/{self.symbol}"

    @property
    def file_suffix(self) -> str:
        """"facebook" (or "facebook-zalo" when one company runs both): OUT-facebook.pdf."""
        return "-".join(p.value for p in self.platforms)

    @property
    def platforms(self) -> tuple[Platform, ...]:
        return tuple(p for p in Platform if any(page.platform is p for page in self.pages))


# ----------------------------------------------------------------------------- counts
@dataclass(frozen=True)
class AgencyCount:
    """One line of the per-agency table: pages, official pages, verified ones and the share."""

    agency_id: int
    agency_name: str
    kind: AgencyKind
    pages: int
    official: int
    verified: int

    @property
    def share_verified(self) -> float | None:
        return self.verified / self.official if self.official else None


def per_agency_counts(pages: Iterable[Fanpage]) -> list[AgencyCount]:
    """Counts per agency over the pages given (the ones the view shows), in Vietnamese order."""
    groups: dict[int, list[Fanpage]] = defaultdict(list)
    for page in pages:
        groups[page.agency_id].append(page)
    counts = [
        AgencyCount(
            agency_id=agency_id,
            agency_name=items[0].agency_name,
            kind=items[0].agency_kind,
            pages=len(items),
            official=sum(1 for p in items if p.official),
            verified=sum(1 for p in items if p.official and p.state is VerificationState.VERIFIED),
        )
        for agency_id, items in groups.items()
    ]
    return sorted(counts, key=lambda c: sort_key(c.agency_name))


@dataclass(frozen=True)
class KindSummary:
    kind: AgencyKind
    agencies_with_pages: int
    official_pages: int
    verified: int
    ever_proposed: int


@dataclass(frozen=True)
class FanpageSummary:
    """The registry as it stood at the end of ``as_of``: what the aggregate annual report quotes.

    ``by_state`` counts official pages by their verification state on that day; ``ever_proposed`` those
    proposed at least once by then; ``impersonators`` counts suspected pages found by then, by status.
    """

    as_of: date
    official_pages: int
    verified: int
    proposed: int  # waiting: proposed, not yet sent
    sent: int
    refused: int
    lost: int
    not_requested: int
    ever_proposed: int
    proposed_in_year: int  # pages proposed in the calendar year of as_of, up to as_of
    verified_in_year: int
    impersonators: tuple[tuple[ImpersonatorStatus, int], ...]
    by_kind: tuple[KindSummary, ...] = field(default=())

    @property
    def share_verified(self) -> float | None:
        return self.verified / self.official_pages if self.official_pages else None

    def impersonators_with(self, status: ImpersonatorStatus) -> int:
        return dict(self.impersonators).get(status, 0)

    @property
    def impersonators_active(self) -> int:
        """Impersonating pages still up: suspected or reported to the platform, not removed nor dismissed."""
        return (self.impersonators_with(ImpersonatorStatus.SUSPECTED)
                + self.impersonators_with(ImpersonatorStatus.REPORTED))


# ----------------------------------------------------------------------------- look-alike names
# Threshold (0–100) above which a name is flagged as imitating another. Why 90: one letter changed in
# a short Vietnamese place name is usually ANOTHER real place (Tây Hồ/Tây Mỗ scores 83, Đống Đa/Đông
# Anh 80, Nội vụ/Ngoại vụ 86, Hoàn Kiếm/Hoàng Mai 67), whereas imitators copy the name (100 once
# folded: "Ubnd phuong Hoan Kiem"), add words to it (token subset: 100), or change one letter in a
# longer name (Hoàn Kiếm/Hoàn Kim 94, Hoàn Kiếm/Hoàng Kiếm 95).
SIMILARITY_THRESHOLD = 90
# Shorter distinctive parts ("y te") only count when equal: a subset of two letters proves nothing.
_MIN_SUBSET_CHARS = 4

_ABBREVIATIONS = (
    (r"\bubnd\b", "uy ban nhan dan"),
    (r"\bhdnd\b", "hoi dong nhan dan"),
    (r"\btp\b", "thanh pho"),
    (r"\bp\b", "phuong"),
    (r"\bq\b", "quan"),
    (r"\bh\b", "huyen"),
    (r"\bx\b", "xa"),
    (r"\btx\b", "thi xa"),
    (r"\btt\b", "thi tran"),
    (r"\bhn\b", "ha noi"),
    (r"\bttdt\b", "thong tin dien tu"),
)
# Words that say what kind of page it is, or where: they never tell two agencies apart.
_FILLER = (
    "uy ban nhan dan",
    "thanh pho ha noi",
    "ha noi",
    "fanpage",
    "fan page",
    "trang chinh thuc",
    "kenh chinh thuc",
    "chinh thuc",
    "official account",
    "official",
    "page",
    "trang thong tin dien tu",
    "cong thong tin dien tu",
    "trang tin tuc",
    "tin tuc",
    "kenh",
)
# Administrative levels: "phường Hoàn Kiếm" and "quận Hoàn Kiếm" are told apart by the place name.
_LEVELS = ("thi xa", "thi tran", "phuong", "quan", "huyen", "xa", "so")


def name_key(name: str) -> str:
    """A page name reduced to what tells it apart: folded, abbreviations expanded, filler dropped.

    "UBND P. Hoàn Kiếm - Trang tin chính thức" and "Phường Hoàn Kiếm" both give "hoan kiem".
    """
    text = re.sub(r"[^0-9a-z]+", " ", fold(name))
    for pattern, expansion in _ABBREVIATIONS:
        text = re.sub(pattern, expansion, text)
    text = f" {text} "
    for phrase in _FILLER:
        text = text.replace(f" {phrase} ", " ")
    text = " ".join(text.split())
    # A level word only where it heads the name: the "Sở" of "Sở Y tế", not the "Sở" of "Yên Sở".
    stripped = True
    while stripped:
        stripped = False
        for level in _LEVELS:
            if text.startswith(level + " "):
                text = text[len(level) + 1 :]
                stripped = True
    return text


def name_similarity(a: str, b: str) -> int:
    """0–100: how much name *a* looks like name *b*, on their distinctive parts (see name_key)."""
    if _compact(a) and _compact(a) == _compact(b):
        return 100  # "Báo Hànộimới" and "Bao Ha Noi Moi": the same letters, spaced differently
    return _score_keys(name_key(a), name_key(b))


def _compact(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(name))


def _score_keys(ka: str, kb: str) -> int:
    """Equal keys, or one key inside the other as whole words ("hoan kiem" in "hoan kiem review"), score
    100; otherwise the order-sensitive edit ratio, so "Thanh Xuân" and "Xuân Thanh" stay two places."""
    if not ka or not kb:
        return 0
    if ka == kb or ka.replace(" ", "") == kb.replace(" ", ""):
        return 100
    shorter, longer = sorted((ka, kb), key=len)
    if len(shorter) >= _MIN_SUBSET_CHARS and f" {shorter} " in f" {longer} ":
        return 100
    return int(max(fuzz.ratio(ka, kb), fuzz.ratio(ka.replace(" ", ""), kb.replace(" ", ""))))


@dataclass(frozen=True)
class NameFlag:
    """A page (or suspected page) whose name is close to an official page of some agency."""

    subject_kind: str  # "impersonator", "page"
    subject_id: int
    subject_name: str
    subject_agency: str
    target_id: int
    target_name: str
    target_agency: str
    score: int

    @property
    def message(self) -> str:
        if self.subject_kind == "impersonator":
            return (
                f"“{self.subject_name}” có thể mạo danh trang “{self.target_name}” của "
                f"{self.target_agency} (độ giống {self.score}%)."
            )
        return (
            f"Trang “{self.subject_name}” ({self.subject_agency}) có tên gần giống trang chính thức "
            f"“{self.target_name}” của {self.target_agency} (độ giống {self.score}%): người dân có thể "
            "nhầm lẫn."
        )


@dataclass(frozen=True)
class NameSubject:
    """Something whose name is compared: its id, name, agency (None for a suspected page)."""

    id: int
    name: str
    agency_id: int | None
    agency_name: str = ""


def close_names(
    subjects: Sequence[NameSubject],
    officials: Sequence[NameSubject],
    *,
    kind: str,
    threshold: int = SIMILARITY_THRESHOLD,
) -> list[NameFlag]:
    """Each subject's best look-alike among *officials* of ANOTHER agency (never its own page).

    rapidfuzz's C loop does the first pass over every official; only the few that pass it are scored
    in Python, so the whole registry (thousands of pages) is checked in well under a second.
    """
    keys = [name_key(o.name) for o in officials]
    choices = {i: k for i, k in enumerate(keys) if k}
    same_letters: dict[str, list[int]] = defaultdict(list)
    for i, official in enumerate(officials):
        if _compact(official.name):
            same_letters[_compact(official.name)].append(i)
    flags: list[NameFlag] = []
    for subject in subjects:
        key = name_key(subject.name)
        scored: dict[int, int] = {i: 100 for i in same_letters.get(_compact(subject.name), ())}
        if key:
            # Two C-speed passes find every candidate: whole-word containment scores high on
            # token_set_ratio, one-letter edits on ratio. Only those are scored in Python.
            for scorer, cutoff in ((fuzz.token_set_ratio, 99), (fuzz.ratio, threshold - 5)):
                for _choice, _first, index in process.extract(
                    key, choices, scorer=scorer, score_cutoff=cutoff, limit=None
                ):
                    if index not in scored:
                        scored[index] = _score_keys(key, keys[index])
        best: tuple[int, NameSubject] | None = None
        for index, score in scored.items():
            official = officials[index]
            if kind == "page" and official.id == subject.id:
                continue
            if subject.agency_id is not None and official.agency_id == subject.agency_id:
                continue
            if score >= threshold and (best is None or score > best[0]):
                best = (score, official)
        if best is not None:
            score, official = best
            flags.append(
                NameFlag(
                    kind,
                    subject.id,
                    subject.name,
                    subject.agency_name,
                    official.id,
                    official.name,
                    official.agency_name,
                    score,
                )
            )
    return flags


@dataclass(frozen=True)
class FanpageImportDraft:
    """One row of an agency's list of pages, before the agency is looked up in the roster."""

    agency: str
    url: str
    name: str = ""
    platform: Platform | None = None
    platform_id: str = ""
    followers: int | None = None
    followers_on: date | None = None
    official: bool | None = None
    notes: str = ""


@dataclass(frozen=True)
class NameCheck:
    """The result of comparing the whole registry's names (on demand)."""

    imitators: tuple[NameFlag, ...]
    confusable: tuple[NameFlag, ...]

    @property
    def empty(self) -> bool:
        return not self.imitators and not self.confusable


def fanpage_order(pages: Iterable[Fanpage]) -> list[Fanpage]:
    """The registry as first shown and exported: by agency (Vietnamese order), platform, page name."""
    platforms = list(Platform)
    return sorted(pages, key=lambda p: (sort_key(p.agency_name), platforms.index(p.platform),
                                        sort_key(p.name)))
