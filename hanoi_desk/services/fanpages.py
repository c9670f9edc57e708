"""The fanpage registry: official pages, their verification life cycle, proposal letters, impersonators."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hanoi_desk.db import Database
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.documents import Issuer, Numbering
from hanoi_desk.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from hanoi_desk.domain.fanpage import (
    AddressError,
    Fanpage,
    FanpageDraft,
    FanpageImportDraft,
    FanpageSummary,
    Impersonator,
    ImpersonatorDraft,
    ImpersonatorStatus,
    KindSummary,
    NameCheck,
    NameFlag,
    NameSubject,
    PageAddress,
    Platform,
    ProposalLetter,
    VerificationEvent,
    VerificationState,
    can_move,
    canonical_page,
    close_names,
)
from hanoi_desk.domain.history import register_labels, register_record_labels
from hanoi_desk.domain.imports import (
    Change,
    ImportPlan,
    ImportRow,
    PlannedRow,
    SaveSteps,
    draft_changes,
    row_warnings,
)
from hanoi_desk.domain.text import fold, nfc, sort_key
from hanoi_desk.models import AgencyRow, FanpageEventRow, FanpageRow, ImpersonatorRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.documents import take_number
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.services.versioning import conflict_error

Who = Callable[[], str]

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
register_labels("fanpage_event", "Diễn biến xác thực fanpage", {
    "fanpage_id": "Fanpage", "state": "Trạng thái xác thực", "day": "Ngày", "letter_number": "Số công văn",
    "note": "Ghi chú", "recorded_at": "Thời điểm ghi", "recorded_by": "Người ghi",
}, values={"state": {s.value: s.label for s in VerificationState}})
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


class FanpageService:
    def __init__(self, db: Database, who: Who = lambda: "", clock: Clock = SYSTEM_CLOCK,
                 settings: SettingsService | None = None) -> None:
        self._db = db
        self._who = who
        self.clock = clock  # public: the tab and its dialogs ask the same clock for today
        self._today = clock.today
        self._settings = settings or SettingsService(db, clock)

    # ================================================================= reading
    def list_pages(self) -> list[Fanpage]:
        with self._db.read() as s:
            return self._load(s, None)

    def get(self, page_id: int) -> Fanpage:
        with self._db.read() as s:
            found = self._load(s, [page_id])
        if not found:
            raise NotFoundError("Trang này không còn trong danh sách (có thể đã bị xóa).")
        return found[0]

    def count(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(FanpageRow)) or 0

    def find_by_url(self, url: str) -> Fanpage | None:
        """The registered page an address points to, in whatever shape the address was pasted."""
        try:
            key = canonical_page(nfc(url)).key
        except AddressError:
            return None
        with self._db.read() as s:
            page_id = s.scalar(select(FanpageRow.id).where(FanpageRow.url_key == key))
            return self._load(s, [page_id])[0] if page_id is not None else None

    def _load(self, s: Session, ids: Sequence[int] | None) -> list[Fanpage]:
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

    def history(self, page_id: int) -> list[VerificationEvent]:
        """Every verification step of a page, oldest first: the record the office keeps."""
        with self._db.read() as s:
            rows = s.scalars(
                select(FanpageEventRow)
                .where(FanpageEventRow.fanpage_id == page_id)
                .order_by(FanpageEventRow.day, FanpageEventRow.id)
            ).all()
            return [
                VerificationEvent(
                    r.id,
                    r.fanpage_id,
                    VerificationState(r.state),
                    r.day,
                    r.letter_number,
                    r.note,
                    r.recorded_at,
                    r.recorded_by,
                )
                for r in rows
            ]

    # ================================================================= validation
    def validate(self, draft: FanpageDraft, page_id: int | None = None) -> tuple[FanpageDraft, PageAddress]:
        """The cleaned draft and its canonical address, or ValidationError with every problem."""
        draft, address, problems = _clean(draft, self._today())
        with self._db.read() as s:
            if draft.agency_id is not None and s.get(AgencyRow, draft.agency_id) is None:
                problems.append(Problem("agency_id", "Cơ quan này không còn trong danh bạ."))
            if address is not None:
                problems += _duplicate_problems(s, address.key, page_id, None)
        if problems:
            raise ValidationError(problems)
        assert address is not None
        return draft, address

    # ================================================================= writing pages
    def create(self, draft: FanpageDraft) -> Fanpage:
        draft, address = self.validate(draft)
        with self._write() as s:
            row = FanpageRow(registered_on=self._today(), state=VerificationState.NOT_REQUESTED.value)
            self._apply(row, draft, address)
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(new_id)

    def update(self, page_id: int, draft: FanpageDraft, expected_version: int | None = None) -> Fanpage:
        """Save an edit; refused, naming who and when, if someone saved the page since it was opened."""
        draft, address = self.validate(draft, page_id)
        try:
            with self._write() as s:
                row = s.get(FanpageRow, page_id)
                if row is None:
                    raise NotFoundError("Trang này không còn trong danh sách (có thể đã bị xóa).")
                if expected_version is not None and row.version != expected_version:
                    raise conflict_error(row, row.name or row.url)
                if not draft.official and row.official and row.state != VerificationState.NOT_REQUESTED.value:
                    raise ValidationError(
                        Problem(
                            "official", "Trang đã được đề nghị xác thực nên vẫn phải là trang chính thức."
                        )
                    )
                self._apply(row, draft, address)
        except StaleDataError:
            raise self._stale(FanpageRow, page_id) from None
        return self.get(page_id)

    def delete(self, page_id: int) -> None:
        with self._write() as s:
            row = s.get(FanpageRow, page_id)
            if row is not None:
                s.delete(row)

    def _apply(self, row: FanpageRow, draft: FanpageDraft, address: PageAddress) -> None:
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
        row.updated_by = self._who()

    # ================================================================= verification life cycle
    def transition(
        self,
        page_ids: Iterable[int],
        target: VerificationState,
        day: date,
        *,
        letter_number: str = "",
        reason: str = "",
        expected_versions: Mapping[int, int] | None = None,
    ) -> list[Fanpage]:
        """Move pages to *target* on *day*, all of them or none; every step is kept in the history."""
        ids = list(dict.fromkeys(page_ids))
        letter_number, reason = nfc(letter_number), nfc(reason)
        try:
            with self._write() as s:
                self._move(s, ids, target, day, letter_number, reason, expected_versions)
        except StaleDataError:
            raise ConflictError(
                "Một trang vừa được người khác thay đổi; hãy tải lại (F5) rồi làm lại."
            ) from None
        with self._db.read() as s:
            return self._load(s, ids)

    def _move(
        self,
        s: Session,
        ids: Sequence[int],
        target: VerificationState,
        day: date,
        letter_number: str,
        reason: str,
        expected_versions: Mapping[int, int] | None,
        numbered: bool = True,
    ) -> None:
        problems: list[Problem] = []
        if not ids:
            problems.append(Problem("", "Chưa chọn trang nào."))
        if day is None:
            problems.append(Problem("day", "Chưa có ngày."))
        elif day > self._today():
            problems.append(Problem("day", "Ngày không được sau hôm nay."))
        if target is VerificationState.PROPOSED and not letter_number and numbered:
            problems.append(Problem("letter_number", "Cần số công văn đề nghị xác thực."))
        if target is VerificationState.REFUSED and not reason:
            problems.append(Problem("reason", "Cần ghi lý do nền tảng từ chối."))
        rows = {r.id: r for r in s.scalars(select(FanpageRow).where(FanpageRow.id.in_(ids)))}
        for page_id in ids:
            row = rows.get(page_id)
            if row is None:
                problems.append(
                    Problem("", "Một trang đã chọn không còn trong danh sách (có thể đã bị xóa).")
                )
                continue
            label = f"“{row.name or row.url}”"
            if (
                expected_versions
                and page_id in expected_versions
                and expected_versions[page_id] != row.version
            ):
                raise conflict_error(row, row.name or row.url)
            current = VerificationState(row.state)
            if not row.official:
                problems.append(
                    Problem("", f"{label} không phải trang chính thức nên không đề nghị xác thực.")
                )
            elif not can_move(current, target):
                problems.append(
                    Problem(
                        "",
                        f"{label} đang ở trạng thái “{current.label}”, "
                        f"không chuyển sang “{target.label}” được.",
                    )
                )
            elif day is not None and row.state_on is not None and day < row.state_on:
                problems.append(
                    Problem(
                        "day", f"{label}: ngày {day:%d/%m/%Y} trước bước trước đó ({row.state_on:%d/%m/%Y})."
                    )
                )
        if problems:
            raise ValidationError(problems)
        who = self._who()
        for page_id in ids:
            row = rows[page_id]
            row.state = target.value
            row.state_on = day
            if target is VerificationState.PROPOSED:
                row.letter_number = letter_number
                row.proposed_on = day
                row.reason = ""
            elif target in (VerificationState.REFUSED, VerificationState.LOST):
                row.reason = reason
            row.updated_at = utcnow()
            row.updated_by = who
            s.add(
                FanpageEventRow(
                    fanpage_id=page_id,
                    state=target.value,
                    day=day,
                    letter_number=letter_number if target is VerificationState.PROPOSED else "",
                    note=reason,
                    recorded_at=utcnow(),
                    recorded_by=who,
                )
            )

    # ================================================================= proposal letters
    def numbering(self) -> Numbering:
        return Numbering(self._settings.office().numbering)

    def issuer(self, day: date) -> Issuer:
        """The office as it signs a letter dated *day* (for the exporter; drafts say why)."""
        return self._settings.issuer(day)

    def letter_symbol(self) -> str:
        """The symbol after the number: issuer then drafting unit ("SVHTT-VP"), from the settings."""
        return self._settings.issuer().symbol(None)

    def unproposed_official(self, platform: Platform | None = None) -> list[Fanpage]:
        """Official pages never proposed (or refused / lost and not proposed again): what a letter covers."""
        waiting = (VerificationState.NOT_REQUESTED, VerificationState.REFUSED, VerificationState.LOST)
        pages = [
            p
            for p in self.list_pages()
            if p.official and p.state in waiting and (platform is None or p.platform is platform)
        ]
        return sorted(pages, key=_letter_order)

    def letter_groups(self, pages: Iterable[Fanpage]) -> list[tuple[str, list[Fanpage]]]:
        """*pages* by the company each letter goes to (a setting per platform), in the platforms' order:
        Meta for Facebook, VNG for Zalo, Google for YouTube, TikTok for TikTok."""
        groups: dict[str, tuple[str, list[Fanpage]]] = {}
        for page in sorted(pages, key=_letter_order):
            company = self._settings.verification_addressee(page.platform)
            groups.setdefault(fold(company), (company, []))[1].append(page)
        return list(groups.values())

    def propose(
        self,
        page_ids: Iterable[int],
        day: date,
        write: Callable[[ProposalLetter], object],
        *,
        number: int | None = None,
        symbol: str | None = None,
    ) -> list[ProposalLetter]:
        """One letter per platform company, each written by *write*, and the pages marked proposed.

        One unit of work: each letter's number is the văn thư's to give (numbering "blank": nothing is
        stored on the pages), or taken from the register (numbering "register"), or *number* when the
        clerk typed the one the văn thư gave (a single letter only). If any letter fails to be written,
        nothing is recorded and no number is used up.
        """
        ids = list(dict.fromkeys(page_ids))
        # No symbol yet (the office not set): the letter is still written, as a draft that says so.
        symbol = nfc(symbol if symbol is not None else self.letter_symbol()).strip("/ ")
        if number is not None and number < 1:
            raise ValidationError(Problem("number", "Số công văn phải từ 1 trở lên."))
        register = self.numbering() is Numbering.REGISTER
        with self._db.read() as s:
            groups = self.letter_groups(self._load(s, ids))
        if number is not None and len(groups) > 1:
            raise ValidationError(Problem("number", f"Các trang đã chọn cần {len(groups)} công văn (mỗi công "
                                                    "ty một công văn): để trống số, hoặc chọn trang của một "
                                                    "nền tảng."))
        letters: list[ProposalLetter] = []
        try:
            with self._db.begin() as s:
                self._propose(s, groups, day, symbol, number, register, write, letters)
        except IntegrityError:
            raise ValidationError("Không ghi được: một trang vừa được người khác thay đổi, hoặc số công văn "
                                  "vừa được người khác lấy trong sổ đăng ký. Hãy làm lại.") from None
        return letters

    def _propose(self, s: Session, groups: list[tuple[str, list[Fanpage]]], day: date, symbol: str,
                 number: int | None, register: bool, write: Callable[[ProposalLetter], object],
                 letters: list[ProposalLetter]) -> None:
        """Number, write and record each letter inside the caller's transaction (see propose)."""
        for company, pages in groups:
            assigned = number
            if assigned is None and register:
                assigned = take_number(s, day=day, symbol=symbol, who=self._who(),
                                       summary="V/v đề nghị hỗ trợ xác thực trang fanpage chính thức "
                                               f"({company})")
            text = _number_text(assigned, symbol) if assigned else ""
            if number is not None:
                used = s.scalar(select(FanpageEventRow.day).where(FanpageEventRow.letter_number == text)
                                .limit(1))
                if used is not None and used.year == day.year:
                    raise ValidationError(Problem(
                        "number", f"Số công văn {text} đã dùng ngày {used:%d/%m/%Y}; hãy chọn số khác."))
            members = [p.id for p in pages]
            self._move(s, members, VerificationState.PROPOSED, day, text, "", None, numbered=False)
            s.flush()
            marked = tuple(sorted(self._load(s, members), key=_letter_order))
            letter = ProposalLetter(assigned, symbol, day, marked, company)
            write(letter)
            letters.append(letter)

    # ================================================================= impersonators
    def list_impersonators(self) -> list[Impersonator]:
        with self._db.read() as s:
            return self._load_impersonators(s, None)

    def get_impersonator(self, impersonator_id: int) -> Impersonator:
        with self._db.read() as s:
            found = self._load_impersonators(s, [impersonator_id])
        if not found:
            raise NotFoundError("Trang mạo danh này không còn trong danh sách.")
        return found[0]

    def _load_impersonators(self, s: Session, ids: Sequence[int] | None) -> list[Impersonator]:
        i, a, f = ImpersonatorRow.__table__, AgencyRow.__table__, FanpageRow.__table__
        query = (
            select(i, a.c.name.label("agency_name"), f.c.name.label("fanpage_name"))
            .outerjoin(a, a.c.id == i.c.agency_id)
            .outerjoin(f, f.c.id == i.c.fanpage_id)
            .order_by(i.c.id)
        )
        if ids is not None:
            query = query.where(i.c.id.in_(list(ids)))
        return [
            Impersonator(
                id=r["id"],
                platform=Platform(r["platform"]),
                name=r["name"],
                url=r["url"],
                url_key=r["url_key"],
                agency_id=r["agency_id"],
                agency_name=r["agency_name"] or "",
                fanpage_id=r["fanpage_id"],
                fanpage_name=r["fanpage_name"] or "",
                similarity=r["similarity"],
                found_on=r["found_on"],
                reported_on=r["reported_on"],
                status=ImpersonatorStatus(r["status"]),
                status_on=r["status_on"],
                evidence=r["evidence"],
                version=r["version"],
            )
            for r in s.execute(query).mappings()
        ]

    def validate_impersonator(
        self, draft: ImpersonatorDraft, impersonator_id: int | None = None
    ) -> tuple[ImpersonatorDraft, PageAddress]:
        problems: list[Problem] = []
        draft = replace(draft, url=nfc(draft.url), name=nfc(draft.name), evidence=nfc(draft.evidence))
        address: PageAddress | None = None
        try:
            address = canonical_page(draft.url)
        except AddressError as error:
            problems.append(Problem("url", str(error)))
        if not draft.name:
            problems.append(Problem("name", "Cần tên trang (như trang tự đặt)."))
        today = self._today()
        for key in ("found_on", "reported_on"):
            value = getattr(draft, key)
            if value is not None and value > today:
                problems.append(Problem(key, "Ngày không được sau hôm nay."))
        if draft.found_on and draft.reported_on and draft.reported_on < draft.found_on:
            problems.append(Problem("reported_on", "Ngày báo cáo không thể trước ngày phát hiện."))
        if (
            draft.status in (ImpersonatorStatus.REPORTED, ImpersonatorStatus.REMOVED)
            and not draft.reported_on
        ):
            problems.append(Problem("reported_on", "Trang đã báo cáo/đã gỡ cần có ngày báo cáo nền tảng."))
        if (
            address is not None
            and draft.platform not in (None, Platform.OTHER)
            and address.platform is not Platform.OTHER
            and draft.platform is not address.platform
        ):
            problems.append(
                Problem(
                    "platform",
                    f"Đường dẫn là của {address.platform.label}, không phải {draft.platform.label}.",
                )
            )
        with self._db.read() as s:
            if address is not None:
                problems += _duplicate_problems(s, address.key, None, impersonator_id)
            if draft.fanpage_id is not None and s.get(FanpageRow, draft.fanpage_id) is None:
                problems.append(Problem("fanpage_id", "Trang bị mạo danh không còn trong danh sách."))
        if problems:
            raise ValidationError(problems)
        assert address is not None
        return draft, address

    def create_impersonator(self, draft: ImpersonatorDraft) -> Impersonator:
        """Register a suspected page; its name is compared with every official page at once, and the
        page it most likely imitates is recorded when the clerk did not name one."""
        draft, address = self.validate_impersonator(draft)
        if draft.found_on is None:
            draft = replace(draft, found_on=self._today())
        with self._write() as s:
            row = ImpersonatorRow(status_on=draft.found_on)
            self._apply_impersonator(s, row, draft, address)
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get_impersonator(new_id)

    def update_impersonator(
        self, impersonator_id: int, draft: ImpersonatorDraft, expected_version: int | None = None
    ) -> Impersonator:
        draft, address = self.validate_impersonator(draft, impersonator_id)
        try:
            with self._write() as s:
                row = s.get(ImpersonatorRow, impersonator_id)
                if row is None:
                    raise NotFoundError("Trang mạo danh này không còn trong danh sách.")
                if expected_version is not None and row.version != expected_version:
                    raise conflict_error(row, row.name)
                if row.status != draft.status.value:
                    row.status_on = self._today()
                self._apply_impersonator(s, row, draft, address)
        except StaleDataError:
            raise self._stale(ImpersonatorRow, impersonator_id) from None
        return self.get_impersonator(impersonator_id)

    def set_impersonator_status(
        self, impersonator_id: int, status: ImpersonatorStatus, day: date, expected_version: int | None = None
    ) -> Impersonator:
        """Reported to the platform, removed by it, or dismissed; the date is kept with the status."""
        if day > self._today():
            raise ValidationError(Problem("day", "Ngày không được sau hôm nay."))
        current = self.get_impersonator(impersonator_id)
        changes: dict[str, object] = {"status": status}
        if status is ImpersonatorStatus.REPORTED or (
            status is ImpersonatorStatus.REMOVED and current.reported_on is None
        ):
            changes["reported_on"] = day
        draft, address = self.validate_impersonator(current.to_draft(**changes), impersonator_id)
        try:
            with self._write() as s:
                row = s.get(ImpersonatorRow, impersonator_id)
                if row is None:
                    raise NotFoundError("Trang mạo danh này không còn trong danh sách.")
                if expected_version is not None and row.version != expected_version:
                    raise conflict_error(row, row.name)
                self._apply_impersonator(s, row, draft, address)
                row.status_on = day
        except StaleDataError:
            raise self._stale(ImpersonatorRow, impersonator_id) from None
        return self.get_impersonator(impersonator_id)

    def delete_impersonator(self, impersonator_id: int) -> None:
        with self._write() as s:
            row = s.get(ImpersonatorRow, impersonator_id)
            if row is not None:
                s.delete(row)

    def _apply_impersonator(
        self, s: Session, row: ImpersonatorRow, draft: ImpersonatorDraft, address: PageAddress
    ) -> None:
        row.platform = (
            draft.platform if draft.platform not in (None, Platform.OTHER) else address.platform
        ).value  # type: ignore[union-attr]
        row.name = draft.name
        row.name_folded = fold(draft.name)
        if row.url_key != address.key:
            row.url = address.url
        row.url_key = address.key
        row.found_on = draft.found_on
        row.reported_on = draft.reported_on
        row.status = draft.status.value
        row.evidence = draft.evidence
        row.agency_id = draft.agency_id
        if draft.fanpage_id is not None:
            if draft.fanpage_id != row.fanpage_id:
                row.similarity = None  # the clerk's own choice, not a score
            row.fanpage_id = draft.fanpage_id
            if row.agency_id is None:
                row.agency_id = s.scalar(
                    select(FanpageRow.agency_id).where(FanpageRow.id == draft.fanpage_id)
                )
        else:
            row.fanpage_id = None
            row.similarity = None
            flag = self._best_official(s, draft.name, draft.agency_id)
            if flag is not None:
                row.fanpage_id, row.similarity = flag.target_id, flag.score
                if row.agency_id is None:
                    row.agency_id = s.scalar(
                        select(FanpageRow.agency_id).where(FanpageRow.id == flag.target_id)
                    )
        row.updated_at = utcnow()
        row.updated_by = self._who()

    def _officials(self, s: Session) -> list[NameSubject]:
        rows = s.execute(
            select(FanpageRow.id, FanpageRow.name, FanpageRow.agency_id, AgencyRow.name)
            .join(AgencyRow, AgencyRow.id == FanpageRow.agency_id)
            .where(FanpageRow.official.is_(True))
        ).all()
        return [NameSubject(r[0], r[1], r[2], r[3]) for r in rows]

    def _best_official(self, s: Session, name: str, agency_id: int | None) -> NameFlag | None:
        """The official page *name* most resembles; limited to *agency_id*'s pages when it is known."""
        officials = self._officials(s)
        if agency_id is not None:
            officials = [o for o in officials if o.agency_id == agency_id]
        flags = close_names([NameSubject(0, name, None)], officials, kind="impersonator")
        return flags[0] if flags else None

    # ================================================================= look-alike names
    def page_name_warnings(self, page_id: int) -> list[NameFlag]:
        """Official pages of OTHER agencies whose names are close to this page's name.

        The public may confuse the two, so the clerk is warned when the page is saved."""
        page = self.get(page_id)
        with self._db.read() as s:
            officials = self._officials(s)
        subject = NameSubject(page.id, page.name, page.agency_id, page.agency_name)
        return close_names([subject], officials, kind="page")

    def check_names(self, record: bool = True) -> NameCheck:
        """Compare the whole registry: suspected pages against official pages, and every page against
        official pages of other agencies. With *record*, a suspected page that names no imitated page
        gets its best match recorded, as when it was added."""
        with self._db.read() as s:
            officials = self._officials(s)
            suspects = s.execute(
                select(ImpersonatorRow.id, ImpersonatorRow.name, ImpersonatorRow.fanpage_id).where(
                    ImpersonatorRow.status != ImpersonatorStatus.DISMISSED.value
                )
            ).all()
            pages = s.execute(
                select(FanpageRow.id, FanpageRow.name, FanpageRow.agency_id, AgencyRow.name).join(
                    AgencyRow, AgencyRow.id == FanpageRow.agency_id
                )
            ).all()
        imitators = close_names(
            [NameSubject(r[0], r[1], None) for r in suspects], officials, kind="impersonator"
        )
        confusable = close_names([NameSubject(r[0], r[1], r[2], r[3]) for r in pages], officials, kind="page")
        # A pair of official pages is listed once, not once from each side.
        seen: set[frozenset[int]] = set()
        unique: list[NameFlag] = []
        for flag in confusable:
            pair = frozenset((flag.subject_id, flag.target_id))
            if pair not in seen:
                seen.add(pair)
                unique.append(flag)
        if record:
            unflagged = {r[0] for r in suspects if r[2] is None}
            to_record = [f for f in imitators if f.subject_id in unflagged]
            if to_record:
                with self._write() as s:
                    for flag in to_record:
                        row = s.get(ImpersonatorRow, flag.subject_id)
                        if row is not None and row.fanpage_id is None:
                            row.fanpage_id, row.similarity = flag.target_id, flag.score
                            if row.agency_id is None:
                                row.agency_id = s.scalar(
                                    select(FanpageRow.agency_id).where(FanpageRow.id == flag.target_id)
                                )
        order = lambda f: (sort_key(f.target_agency), sort_key(f.subject_name))  # noqa: E731
        return NameCheck(tuple(sorted(imitators, key=order)), tuple(sorted(unique, key=order)))

    # ================================================================= import
    def plan_import(
        self, rows: Iterable[ImportRow[FanpageImportDraft]], source: str = ""
    ) -> ImportPlan[FanpageDraft]:
        """Preview an import: agencies matched by folded name or short name, pages by canonical address.

        A row whose page is already registered for the same agency updates it with the file's values;
        a page registered for another agency, an unknown agency, a bad address or two rows for the same
        page reject the import as a whole (nothing is written until every row is right).
        """
        rows = list(rows)
        today = self._today()
        with self._db.read() as s:
            agencies = s.execute(
                select(AgencyRow.id, AgencyRow.name, AgencyRow.short_name, AgencyRow.active_to)
            ).all()
            pages = {p.url_key: p for p in self._load(s, None)}
            suspects = dict(s.execute(select(ImpersonatorRow.url_key, ImpersonatorRow.name)).all())
        by_name: dict[str, list[tuple[int, str, date | None]]] = defaultdict(list)
        by_short: dict[str, list[tuple[int, str, date | None]]] = defaultdict(list)
        for agency_id, name, short, active_to in agencies:
            by_name[fold(name)].append((agency_id, name, active_to))
            if short:
                by_short[fold(short)].append((agency_id, name, active_to))
        rejected: list[Problem] = []
        warnings = row_warnings(rows)
        ended = {agency_id: (name, active_to) for agency_id, name, _short, active_to in agencies
                 if active_to is not None and active_to < today}
        seen: dict[str, int] = {}
        to_add: list[PlannedRow[FanpageDraft]] = []
        to_update: list[PlannedRow[FanpageDraft]] = []
        unchanged: list[PlannedRow[FanpageDraft]] = []
        for item in rows:
            rejected.extend(item.problems)
            incoming = item.draft
            if incoming is None:
                continue
            where = f"dòng {item.row}"
            agency = _match_agency(incoming.agency, by_name, by_short)
            if isinstance(agency, str):
                rejected.append(Problem(f"{where}, cột Cơ quan", agency, incoming.agency))
                continue
            if agency[0] in ended:
                name, active_to = ended[agency[0]]
                warnings.append(Problem(where, f"“{name}” đã kết thúc hoạt động từ {active_to:%d/%m/%Y}: "
                                               "trang sẽ được ghi cho cơ quan đã kết thúc.", incoming.agency))
            # Only what the file says: no "Ngày thống kê" column, no count date (not today's).
            draft = FanpageDraft(
                agency_id=agency[0],
                url=incoming.url,
                name=incoming.name,
                platform=incoming.platform,
                platform_id=incoming.platform_id,
                followers=incoming.followers,
                followers_on=incoming.followers_on,
                official=True if incoming.official is None else incoming.official,
                notes=incoming.notes,
            )
            draft, address, problems = _clean(draft, today, count_date_today=False)
            for problem in problems:
                label = FIELD_LABELS.get(problem.field, problem.field)
                rejected.append(Problem(f"{where}, cột {label}", problem.message,
                                        str(getattr(draft, problem.field, "") or "")))
            if address is None:
                continue
            if address.key in seen:
                rejected.append(Problem(where, f"Trang {address.url} trùng với dòng {seen[address.key]}."))
                continue
            seen[address.key] = item.row
            if address.key in suspects:
                rejected.append(
                    Problem(
                        where,
                        f"Trang {address.url} đang nằm trong danh sách trang mạo danh "
                        f"(“{suspects[address.key]}”).",
                    )
                )
                continue
            current = pages.get(address.key)
            label = f"{draft.name or address.url} — {agency[1]}"
            if current is None:
                to_add.append(PlannedRow(item.row, label, draft))
                continue
            if current.agency_id != draft.agency_id:
                rejected.append(
                    Problem(where, f"Trang {address.url} đã được đăng ký cho {current.agency_name}.")
                )
                continue
            merged = _merge(current, draft, incoming)
            changes = _changes(current.to_draft(), merged)
            (to_update if changes else unchanged).append(
                PlannedRow(item.row, label, merged, current.id, changes)
            )
        return ImportPlan(source, tuple(to_add), tuple(to_update), tuple(unchanged), tuple(rejected),
                          tuple(warnings))

    def apply_import(
        self,
        plan: ImportPlan[FanpageDraft],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, int]:
        """Write a clean plan in one transaction: every row or none (a cancel rolls it all back)."""
        if not plan.ok:
            raise ValidationError(list(plan.rejected))
        steps = SaveSteps(len(plan.to_add) + len(plan.to_update), progress, cancelled)
        with self._write() as s:
            for done, planned in enumerate(plan.to_add):
                steps.step(done)
                draft, address, problems = _clean(planned.draft, self._today(), count_date_today=False)
                if problems or address is None:
                    raise ValidationError([Problem(f"dòng {planned.row}", p.message) for p in problems])
                row = FanpageRow(registered_on=self._today(), state=VerificationState.NOT_REQUESTED.value)
                self._apply(row, draft, address)
                s.add(row)
            for done, planned in enumerate(plan.to_update, len(plan.to_add)):
                steps.step(done)
                row = s.get(FanpageRow, planned.existing_id)
                if row is None:
                    raise ValidationError(f"dòng {planned.row}: “{planned.label}” vừa bị xóa khỏi danh sách.")
                draft, address, _problems = _clean(planned.draft, self._today(), count_date_today=False)
                assert address is not None
                self._apply(row, draft, address)
            s.flush()
            steps.last()
        return len(plan.to_add), len(plan.to_update)

    # ================================================================= summary
    def summary(self, as_of: date) -> FanpageSummary:
        """The registry at the end of *as_of* (for the aggregate annual report), rebuilt from the history."""
        with self._db.read() as s:
            pages = s.execute(
                select(
                    FanpageRow.id,
                    FanpageRow.agency_id,
                    FanpageRow.official,
                    FanpageRow.registered_on,
                    AgencyRow.kind,
                ).join(AgencyRow, AgencyRow.id == FanpageRow.agency_id)
            ).all()
            events: dict[int, list[tuple[date, int, str]]] = defaultdict(list)
            for page_id, day, event_id, state in s.execute(
                select(
                    FanpageEventRow.fanpage_id, FanpageEventRow.day, FanpageEventRow.id, FanpageEventRow.state
                )
            ):
                events[page_id].append((day, event_id, state))
            suspects = s.execute(
                select(
                    ImpersonatorRow.found_on,
                    ImpersonatorRow.reported_on,
                    ImpersonatorRow.status,
                    ImpersonatorRow.status_on,
                    ImpersonatorRow.agency_id,
                    AgencyRow.kind,
                ).outerjoin(AgencyRow, AgencyRow.id == ImpersonatorRow.agency_id)
            ).all()
        states: Counter[VerificationState] = Counter()
        ever = in_year_proposed = in_year_verified = 0
        kinds: dict[AgencyKind, dict[str, object]] = {}
        for page_id, agency_id, official, registered_on, kind in pages:
            if not official:
                continue
            history = sorted(e for e in events.get(page_id, ()) if e[0] <= as_of)
            # A page entered today with a history from last year (the office's old list) existed then.
            if registered_on > as_of and not history:
                continue
            state = VerificationState(history[-1][2]) if history else VerificationState.NOT_REQUESTED
            states[state] += 1
            proposed = any(e[2] == VerificationState.PROPOSED.value for e in history)
            ever += proposed
            in_year_proposed += any(
                e[2] == VerificationState.PROPOSED.value and e[0].year == as_of.year for e in history
            )
            in_year_verified += any(
                e[2] == VerificationState.VERIFIED.value and e[0].year == as_of.year for e in history
            )
            bucket = kinds.setdefault(
                AgencyKind(kind), {"agencies": set(), "pages": 0, "verified": 0, "proposed": 0}
            )
            bucket["agencies"].add(agency_id)  # type: ignore[attr-defined]
            bucket["pages"] += 1  # type: ignore[operator]
            bucket["verified"] += state is VerificationState.VERIFIED  # type: ignore[operator]
            bucket["proposed"] += proposed  # type: ignore[operator]
        by_status: Counter[ImpersonatorStatus] = Counter()
        for found_on, reported_on, status, status_on, _agency_id, _kind in suspects:
            if found_on is not None and found_on > as_of:
                continue
            current = ImpersonatorStatus(status)
            if status_on is not None and status_on > as_of:
                current = (
                    ImpersonatorStatus.REPORTED
                    if reported_on is not None and reported_on <= as_of
                    else ImpersonatorStatus.SUSPECTED
                )
            by_status[current] += 1
        return FanpageSummary(
            as_of=as_of,
            official_pages=sum(states.values()),
            verified=states[VerificationState.VERIFIED],
            proposed=states[VerificationState.PROPOSED],
            sent=states[VerificationState.SENT],
            refused=states[VerificationState.REFUSED],
            lost=states[VerificationState.LOST],
            not_requested=states[VerificationState.NOT_REQUESTED],
            ever_proposed=ever,
            proposed_in_year=in_year_proposed,
            verified_in_year=in_year_verified,
            impersonators=tuple((st, by_status[st]) for st in ImpersonatorStatus),
            by_kind=tuple(
                KindSummary(kind, len(b["agencies"]), b["pages"], b["verified"], b["proposed"])  # type: ignore[arg-type]
                for kind in AgencyKind
                if (b := kinds.get(kind)) is not None
            ),
        )

    # ================================================================= helpers
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

    def _stale(self, model: type, row_id: int) -> ConflictError | NotFoundError:
        with self._db.read() as s:
            row = s.get(model, row_id)
            if row is None:
                return NotFoundError("Bản ghi này vừa bị xóa.")
            return conflict_error(row, getattr(row, "name", "") or getattr(row, "url", ""))


# ----------------------------------------------------------------------------- module helpers
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


def _clean(draft: FanpageDraft, today: date, *,
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


def _duplicate_problems(
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


def _number_text(number: int, symbol: str) -> str:
    return f"{number:02d}/{symbol}" if number < 10 else f"{number}/{symbol}"


def _letter_order(page: Fanpage) -> tuple[object, ...]:
    return (list(Platform).index(page.platform), sort_key(page.agency_name), sort_key(page.name))


def _match_agency(
    text: str,
    by_name: Mapping[str, list[tuple[int, str, date | None]]],
    by_short: Mapping[str, list[tuple[int, str, date | None]]],
) -> tuple[int, str] | str:
    """(id, name) of the agency *text* names, or the reason it cannot be told."""
    key = fold(text)
    if not key:
        return "Chưa có tên cơ quan, đơn vị."
    for index in (by_name, by_short):
        found = index.get(key, [])
        active = [f for f in found if f[2] is None] or found
        if len(active) == 1:
            return active[0][0], active[0][1]
        if len(active) > 1:
            names = ", ".join(f"“{f[1]}”" for f in active[:3])
            return f"“{text}” có thể là nhiều cơ quan ({names}); hãy ghi đủ tên."
    return f"Không tìm thấy “{text}” trong danh bạ cơ quan (so theo tên hoặc tên viết tắt)."


def _merge(current: Fanpage, incoming: FanpageDraft, raw: FanpageImportDraft) -> FanpageDraft:
    """The registered page with the file's non-empty values on top (a blank cell never erases)."""
    base = current.to_draft()
    changes: dict[str, object] = {}
    if incoming.name:
        changes["name"] = incoming.name
    if raw.platform_id:
        changes["platform_id"] = incoming.platform_id
    if incoming.followers is not None:
        changes["followers"] = incoming.followers
        changes["followers_on"] = incoming.followers_on
    if incoming.notes:
        changes["notes"] = incoming.notes
    if raw.official is not None and not (
        current.state is not VerificationState.NOT_REQUESTED and not raw.official
    ):
        changes["official"] = raw.official
    return replace(base, **changes)  # type: ignore[arg-type]


_CHANGE_LABELS = {name: FIELD_LABELS.get(name, name) for name in FanpageDraft.__dataclass_fields__
                  if name not in ("url", "agency_id")}


def _changes(old: FanpageDraft, new: FanpageDraft) -> tuple[Change, ...]:
    return draft_changes(old, new, _CHANGE_LABELS)
