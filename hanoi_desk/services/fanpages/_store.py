"""What the fanpage services share: the history labels of their tables, a unit of work, and the
helpers that read and write a page row (see ``services/fanpages/__init__.py`` for the services)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hanoi_desk.db import Database
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from hanoi_desk.domain.fanpage import (
    AddressError,
    Fanpage,
    FanpageDraft,
    ImpersonatorStatus,
    NameSubject,
    PageAddress,
    Platform,
    VerificationState,
    canonical_page,
)
from hanoi_desk.domain.history import register_hidden, register_labels, register_record_labels
from hanoi_desk.domain.text import fold, nfc
from hanoi_desk.models import AgencyRow, FanpageRow, ImpersonatorRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.versioning import conflict_error

Who = Callable[[], str]
Row = TypeVar("Row", FanpageRow, ImpersonatorRow)

FIELD_LABELS = {
    "agency_id": "Cơ quan, đơn vị",
    "url": "Đường dẫn",
    "name": "Tên trang",
    "platform": "Nền tảng",
    "platform_id": "ID trên nền tảng",
    "followers": "Số người theo dõi",
    "followers_on": "Ngày thống kê",
    "official": "Trang chính thức",
    "notes": "Ghi chú",
    "found_on": "Ngày phát hiện",
    "reported_on": "Ngày báo cáo",
    "status": "Tình trạng",
    "evidence": "Chứng cứ",
    "fanpage_id": "Trang bị mạo danh",
}

# Before numbering moved to the document register these counted the letters; older databases keep them.
LETTER_COUNTER = "letters.next_number.{year}"
register_record_labels("setting", {
    "fanpages.letter_unit": "Đơn vị soạn thảo công văn đề nghị xác thực",
    **{LETTER_COUNTER.format(year=year): f"Số công văn tiếp theo năm {year}" for year in range(2019, 2101)},
}, field="key")

# The History tab names tables, fields and coded values as the forms do, not as the database does.
register_labels("fanpage", "Fanpage", {
    **{key: FIELD_LABELS[key] for key in ("agency_id", "url", "name", "platform", "platform_id", "followers",
                                           "followers_on", "official", "notes")},
    "url_key": "Địa chỉ chuẩn hóa",
    "state": "Trạng thái xác thực",
    "state_on": "Ngày đổi trạng thái",
    "letter_number": "Số công văn",
    "proposed_on": "Ngày đề nghị",
    "reason": "Lý do",
    "registered_on": "Ngày ghi nhận",
}, values={
    "platform": {p.value: p.label for p in Platform},
    "state": {s.value: s.label for s in VerificationState},
})
register_hidden("fanpage", "url_key")  # the canonical address: the link itself is shown
register_labels("fanpage_event", "Diễn biến xác thực fanpage", {
    "fanpage_id": "Fanpage", "state": "Trạng thái xác thực", "day": "Ngày", "letter_number": "Số công văn",
    "note": "Ghi chú", "recorded_at": "Thời điểm ghi", "recorded_by": "Người ghi",
}, values={"state": {s.value: s.label for s in VerificationState}})
register_hidden("fanpage_event", "recorded_at", "recorded_by")
register_labels("impersonator", "Trang nghi mạo danh", {
    "platform": "Nền tảng",
    "name": "Tên trang",
    "url": "Đường dẫn",
    "url_key": "Địa chỉ chuẩn hóa",
    "agency_id": "Cơ quan bị mạo danh",
    "fanpage_id": "Trang chính thức bị mạo danh",
    "similarity": "Độ giống (%)",
    "found_on": "Ngày phát hiện",
    "reported_on": "Ngày báo cáo",
    "status": "Tình trạng",
    "status_on": "Ngày đổi tình trạng",
    "evidence": "Chứng cứ",
}, values={
    "platform": {p.value: p.label for p in Platform},
    "status": {s.value: s.label for s in ImpersonatorStatus},
})


class FanpageStore:
    """The plumbing every fanpage service has: the database, who is writing, today's date."""

    def __init__(self, db: Database, who: Who = lambda: "", clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self._who = who
        self.clock = clock  # public: the tab and its dialogs ask the same clock for today
        self._today = clock.today

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A unit of work in which a race on a unique address (two clerks registering the same page at
        once) or on a just-deleted agency reads as a clear refusal, not a database error."""
        try:
            with self._db.begin() as s:
                yield s
        except IntegrityError:
            raise ValidationError(
                "Không lưu được: trang vừa được người khác đăng ký (cùng địa chỉ) hoặc cơ quan vừa bị xóa. "
                "Hãy tải lại (F5) rồi làm lại."
            ) from None

    @contextmanager
    def _editing(self, model: type[Row], row_id: int, expected_version: int | None,
                 gone: str) -> Iterator[tuple[Session, Row]]:
        """The row to edit, in a unit of work: refused with *gone* when it was deleted, and naming who
        saved it and when if it changed since *expected_version* was read (or while this edit saved)."""
        try:
            with self._write() as s:
                row = s.get(model, row_id)
                if row is None:
                    raise NotFoundError(gone)
                if expected_version is not None and row.version != expected_version:
                    raise conflict_error(row, row.name or row.url)
                yield s, row
        except StaleDataError:
            raise self._stale(model, row_id) from None

    def _delete(self, model: type, row_id: int) -> None:
        with self._write() as s:
            row = s.get(model, row_id)
            if row is not None:
                s.delete(row)

    def _stale(self, model: type, row_id: int) -> ConflictError | NotFoundError:
        with self._db.read() as s:
            row = s.get(model, row_id)
            if row is None:
                return NotFoundError("Bản ghi này vừa bị xóa.")
            return conflict_error(row, getattr(row, "name", "") or getattr(row, "url", ""))


# ----------------------------------------------------------------------------- row helpers
def load_pages(s: Session, ids: Sequence[int] | None) -> list[Fanpage]:
    """The pages with *ids* (every page when None), with their agency's name and kind."""
    f, a = FanpageRow.__table__, AgencyRow.__table__
    query = (
        select(
            f,
            a.c.name.label("agency_name"),
            a.c.short_name.label("agency_short_name"),
            a.c.kind.label("agency_kind"),
        )
        .join(a, a.c.id == f.c.agency_id)
        .order_by(f.c.id)
    )
    if ids is not None:
        query = query.where(f.c.id.in_(list(ids)))
    return [_page(row) for row in s.execute(query).mappings()]


def _page(r: Mapping[str, object]) -> Fanpage:
    return Fanpage(
        id=r["id"],
        agency_id=r["agency_id"],
        agency_name=r["agency_name"],  # type: ignore[arg-type]
        agency_short_name=r["agency_short_name"],
        agency_kind=AgencyKind(r["agency_kind"]),  # type: ignore[arg-type]
        platform=Platform(r["platform"]),
        name=r["name"],
        url=r["url"],
        url_key=r["url_key"],  # type: ignore[arg-type]
        platform_id=r["platform_id"],
        followers=r["followers"],
        followers_on=r["followers_on"],  # type: ignore[arg-type]
        official=bool(r["official"]),
        notes=r["notes"],
        state=VerificationState(r["state"]),  # type: ignore[arg-type]
        state_on=r["state_on"],
        letter_number=r["letter_number"],
        proposed_on=r["proposed_on"],  # type: ignore[arg-type]
        reason=r["reason"],
        registered_on=r["registered_on"],
        version=r["version"],  # type: ignore[arg-type]
        updated_by=r["updated_by"],  # type: ignore[arg-type]
    )


def apply_page(row: FanpageRow, draft: FanpageDraft, address: PageAddress, who: str) -> None:
    """A cleaned draft onto its row (a new page, an edit, an imported row)."""
    row.agency_id = draft.agency_id  # type: ignore[assignment]
    row.platform = (draft.platform or address.platform).value
    row.name = draft.name
    row.name_folded = fold(draft.name)
    if row.url_key != address.key:
        row.url = address.url
    row.url_key = address.key
    row.platform_id = draft.platform_id or address.platform_id
    row.followers = draft.followers
    row.followers_on = draft.followers_on
    row.official = draft.official
    row.notes = draft.notes
    row.updated_at = utcnow()
    row.updated_by = who


def clean_page(draft: FanpageDraft, today: date, *,
               count_date_today: bool = True) -> tuple[FanpageDraft, PageAddress | None, list[Problem]]:
    """NFC, trimmed, address canonical; the problems a draft has on its own.

    A count typed without its date was counted today (*count_date_today*, the dialog); an imported
    count without a date column has no date: the file does not say when it was counted.
    """
    draft = replace(
        draft,
        url=nfc(draft.url),
        name=nfc(draft.name),
        platform_id=nfc(draft.platform_id),
        notes=nfc(draft.notes),
    )
    problems: list[Problem] = []
    address: PageAddress | None = None
    if draft.agency_id is None:
        problems.append(Problem("agency_id", "Chưa chọn cơ quan, đơn vị."))
    try:
        address = canonical_page(draft.url)
    except AddressError as error:
        problems.append(Problem("url", str(error)))
    if address is not None:
        platform = draft.platform
        if (
            platform is not None
            and platform is not Platform.OTHER
            and address.platform is not Platform.OTHER
            and platform is not address.platform
        ):
            problems.append(
                Problem(
                    "platform", f"Đường dẫn là của {address.platform.label}, không phải {platform.label}."
                )
            )
        elif platform is not None and platform is not Platform.OTHER and address.platform is Platform.OTHER:
            problems.append(Problem("url", f"Đường dẫn không phải địa chỉ {platform.label}."))
        if platform is None or platform is Platform.OTHER:
            draft = replace(draft, platform=address.platform)
        draft = replace(draft, url=address.url, platform_id=draft.platform_id or address.platform_id)
    if not draft.name:
        problems.append(Problem("name", "Cần tên trang (như trên nền tảng)."))
    if len(draft.name) > 300:
        problems.append(Problem("name", "Tên trang quá dài (tối đa 300 ký tự)."))
    if draft.followers is not None and draft.followers < 0:
        problems.append(Problem("followers", "Số người theo dõi không được âm."))
    if count_date_today and draft.followers is not None and draft.followers_on is None:
        draft = replace(draft, followers_on=today)
    if draft.followers_on is not None and draft.followers_on > today:
        problems.append(Problem("followers_on", "Ngày thống kê không được sau hôm nay."))
    return draft, address, problems


def duplicate_problems(
    s: Session, key: str, page_id: int | None, impersonator_id: int | None
) -> list[Problem]:
    problems: list[Problem] = []
    other = s.execute(
        select(FanpageRow.id, FanpageRow.name, AgencyRow.name)
        .join(AgencyRow, AgencyRow.id == FanpageRow.agency_id)
        .where(FanpageRow.url_key == key)
    ).first()
    if other is not None and other[0] != page_id:
        problems.append(Problem("url", f"Trang này đã được đăng ký cho {other[2]} (“{other[1]}”)."))
    suspect = s.execute(
        select(ImpersonatorRow.id, ImpersonatorRow.name).where(ImpersonatorRow.url_key == key)
    ).first()
    if suspect is not None and suspect[0] != impersonator_id:
        problems.append(Problem("url", f"Trang này đã có trong danh sách trang mạo danh (“{suspect[1]}”)."))
    return problems


def officials(s: Session) -> list[NameSubject]:
    """The official pages, as name checks compare them."""
    rows = s.execute(
        select(FanpageRow.id, FanpageRow.name, FanpageRow.agency_id, AgencyRow.name)
        .join(AgencyRow, AgencyRow.id == FanpageRow.agency_id)
        .where(FanpageRow.official.is_(True))
    ).all()
    return [NameSubject(r[0], r[1], r[2], r[3]) for r in rows]
