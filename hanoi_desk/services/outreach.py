"""Outreach to licensed news sites and social networks: the sites' life cycle, citation permissions,
the proposal letter to the board, articles about Hanoi, the year's figures, and the office's sheet.

The sites are agencies of the roster (``news_site``, ``social_network``): their name, address,
licence, reach and contacts are the agency's and are saved through the roster's rules; what the
office does with them lives in the outreach tables and is written in the same unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hanoi_desk.db import Database
from hanoi_desk.domain.agency import Agency, AgencyDraft, AgencyKind, ContactDraft, ContactRole
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.documents import Issuer
from hanoi_desk.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from hanoi_desk.domain.fanpage import AddressError
from hanoi_desk.domain.history import register_labels, register_record_labels
from hanoi_desk.domain.imports import (
    Change,
    ImportPlan,
    ImportRow,
    PlannedRow,
    SaveSteps,
    row_warnings,
    shown,
)
from hanoi_desk.domain.outreach import (
    SITE_KINDS,
    STATE_LABELS,
    CitationProposal,
    CitationState,
    LetterSettings,
    MonthCount,
    OutreachFigures,
    OutreachImportDraft,
    OutreachSite,
    OutreachState,
    OutreachStep,
    Permission,
    PressAgency,
    ProposalRequest,
    SiteArticles,
    SiteDraft,
    SiteImport,
    canonical_column,
    canonical_site,
    citation_refusal,
    current_press,
    match_press_names,
    month_start,
    refusal,
    site_domain,
    site_order,
    states_in,
    step_problems,
    template_problems,
)
from hanoi_desk.domain.text import fold, nfc, sort_key
from hanoi_desk.models import (
    AgencyRow,
    CitationProposalRow,
    CitationRow,
    ContactRow,
    ContentItemRow,
    ContentPublicationRow,
    OutreachEventRow,
    OutreachRow,
    SettingRow,
    SharedArticlesRow,
)
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.roster import RosterService, agency_changes, ended_warning, merge_contacts
from hanoi_desk.services.settings import OfficeSettings, SettingsService
from hanoi_desk.services.versioning import conflict_error

Who = Callable[[], str]
OfficeInText = Callable[[str], str]

_GONE = "Trang này không còn trong danh bạ (có thể đã bị xóa)."
_KIND_VALUES = [k.value for k in SITE_KINDS]
_MAX_COUNT = 1_000_000

FIELD_LABELS = {
    "name": "Tên trang/mạng xã hội",
    "kind": "Loại",
    "address": "Tên miền",
    "licence_number": "Số giấy phép",
    "licence_date": "Ngày cấp",
    "licence_issuer": "Cơ quan cấp phép",
    "monthly_reach": "Lượt truy cập/tháng",
    "operator": "Tổ chức, doanh nghiệp",
    "staff": "Cán bộ theo dõi",
    "notes": "Ghi chú",
    "contacts": "Người liên hệ",
    "state": "Tình trạng vận động",
    "column": "Chuyên mục về Hà Nội",
    "column_url": "Chuyên mục về Hà Nội",
    "allowed": "Được trích dẫn nguồn",
    "requested": "Đề nghị trích dẫn",
    "person": "Người phụ trách",
    "phone": "Điện thoại",
    "email": "Email",
    "month": "Tháng",
    "articles": "Số tin, bài về Hà Nội",
}
# The roster's field names as the site dialog calls them (its "address" is the agency's portal).
_AGENCY_FIELDS = {"portal_url": "address", "hanoi_column_url": "column_url"}

_KEY = "outreach."
_SETTING_KEYS = {
    "citation_addressee": "nơi nhận công văn đề nghị trích dẫn (Kính gửi)",
    "citation_recipients": "nơi nhận công văn đề nghị trích dẫn (Nơi nhận)",
    "invitation_subject": "trích yếu thư mời mở chuyên mục",
    "invitation_body": "nội dung thư mời mở chuyên mục",
    "invitation_recipients": "nơi nhận thư mời mở chuyên mục",
}
register_record_labels(
    "setting", {_KEY + key: f"Vận động: {label}" for key, label in _SETTING_KEYS.items()}, field="key"
)

_STATES = {s.value: s.label for s in OutreachState}
_CITATIONS = {s.value: s.label for s in CitationState}
register_labels(
    "outreach_site",
    "Vận động trang TTĐT, mạng xã hội",
    {
        "agency_id": "Trang",
        "state": "Tình trạng vận động",
        "state_on": "Từ ngày",
        "how": "Cách liên hệ",
        "reason": "Lý do",
        "operator": "Tổ chức, doanh nghiệp",
        "staff": "Cán bộ theo dõi",
        "notes": "Ghi chú",
    },
    values={"state": _STATES},
)
register_labels(
    "outreach_event",
    "Diễn biến vận động",
    {
        "agency_id": "Trang",
        "state": "Bước",
        "day": "Ngày",
        "how": "Cách liên hệ",
        "staff": "Cán bộ",
        "note": "Ghi chú, lý do",
        "recorded_at": "Thời điểm ghi",
        "recorded_by": "Người ghi",
    },
    values={"state": _STATES},
)
register_labels(
    "citation_permission",
    "Trích dẫn nguồn tin",
    {
        "site_id": "Trang",
        "press_id": "Cơ quan báo chí",
        "state": "Tình trạng",
        "requested_on": "Ngày đề nghị",
        "proposal_id": "Công văn đề nghị",
        "decided_on": "Ngày trả lời",
        "document": "Văn bản",
        "note": "Ghi chú, lý do",
        "recorded_on": "Ngày ghi nhận",
    },
    values={"state": _CITATIONS},
)
register_labels(
    "citation_proposal",
    "Công văn đề nghị trích dẫn nguồn tin",
    {
        "day": "Ngày",
        "number": "Số",
        "symbol": "Ký hiệu",
    },
)
register_labels(
    "shared_articles",
    "Tin bài về Hà Nội (nhập tay)",
    {
        "agency_id": "Trang",
        "month": "Tháng",
        "count": "Số tin, bài",
        "note": "Ghi chú",
    },
)


class OutreachService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        roster: RosterService,
        who: Who = lambda: "",
        clock: Clock = SYSTEM_CLOCK,
        office_in_text: OfficeInText | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self._roster = roster
        self._who = who
        self._clock = clock
        self._office_in_text = office_in_text

    # ================================================================= reading sites
    def list_sites(self, year: int | None = None) -> list[OutreachSite]:
        """Every licensed site of the roster (ended ones included), with its articles of *year*."""
        with self._db.read() as s:
            return self._load(s, None, year or self._clock.today().year)

    def get(self, site_id: int, year: int | None = None) -> OutreachSite:
        with self._db.read() as s:
            found = self._load(s, [site_id], year or self._clock.today().year)
        if not found:
            raise NotFoundError(_GONE)
        return found[0]

    def _load(self, s: Session, ids: Sequence[int] | None, year: int) -> list[OutreachSite]:
        a = AgencyRow.__table__
        query = (
            select(
                a.c.id,
                a.c.name,
                a.c.kind,
                a.c.portal_url,
                a.c.licence_number,
                a.c.licence_date,
                a.c.licence_issuer,
                a.c.monthly_reach,
                a.c.hanoi_column_url,
                a.c.active_to,
                a.c.version,
            )
            .where(a.c.kind.in_(_KIND_VALUES))
            .order_by(a.c.id)
        )
        if ids is not None:
            query = query.where(a.c.id.in_(list(ids)))
        agencies = s.execute(query).all()
        site_ids = [r.id for r in agencies]
        if not site_ids:
            return []
        outreach = {
            r.agency_id: r for r in s.scalars(select(OutreachRow).where(OutreachRow.agency_id.in_(site_ids)))
        }
        contacts: dict[int, list[ContactDraft]] = defaultdict(list)
        c = ContactRow.__table__
        for agency_id, name, position, phone, email, role in s.execute(
            select(c.c.agency_id, c.c.name, c.c.position, c.c.phone, c.c.email, c.c.role)
            .where(c.c.agency_id.in_(site_ids))
            .order_by(c.c.agency_id, c.c.position_order, c.c.id)
        ):
            contacts[agency_id].append(ContactDraft(name, position, phone, email, ContactRole(role)))
        allowed: dict[int, list[str]] = defaultdict(list)
        pending: dict[int, list[str]] = defaultdict(list)
        for permission in self._permissions(s, site_ids):
            target = (
                allowed
                if permission.state is CitationState.ALLOWED
                else (pending if permission.state in (CitationState.REQUESTED, CitationState.SENT) else None)
            )
            if target is not None and permission.press_name not in target[permission.site_id]:
                target[permission.site_id].append(permission.press_name)
        articles: dict[int, int] = defaultdict(int)
        for (site_id, _month), count in self._article_counts(
            s, date(year, 1, 1), date(year, 12, 31), site_ids
        ).items():
            articles[site_id] += count.total
        sites = []
        for r in agencies:
            row = outreach.get(r.id)
            people = contacts.get(r.id, [])
            focal = next((p for p in people if p.role is ContactRole.FOCAL_POINT), None)
            sites.append(
                OutreachSite(
                    id=r.id,
                    name=r.name,
                    kind=AgencyKind(r.kind),
                    address=r.portal_url,
                    domain=site_domain(r.portal_url),
                    licence_number=r.licence_number,
                    licence_date=r.licence_date,
                    licence_issuer=r.licence_issuer,
                    monthly_reach=r.monthly_reach,
                    column_url=r.hanoi_column_url,
                    active_to=r.active_to,
                    person=focal.name if focal else "",
                    phone=focal.phone if focal else "",
                    email=focal.email if focal else "",
                    monitors=tuple(p.name for p in people if p.role is ContactRole.MONITORING),
                    operator=row.operator if row else "",
                    staff=row.staff if row else "",
                    notes=row.notes if row else "",
                    state=OutreachState(row.state) if row else OutreachState.NOT_APPROACHED,
                    state_on=row.state_on if row else None,
                    how=row.how if row else "",
                    reason=row.reason if row else "",
                    allowed=tuple(sorted(allowed.get(r.id, ()), key=sort_key)),
                    pending=tuple(sorted(pending.get(r.id, ()), key=sort_key)),
                    articles_year=articles.get(r.id, 0),
                    version=r.version,
                    outreach_version=row.version if row else 0,
                    contacts=tuple(people),
                )
            )
        return sites

    def steps(self, site_id: int) -> list[OutreachStep]:
        """Every outreach step of a site, oldest first: the record the office keeps."""
        with self._db.read() as s:
            rows = s.scalars(
                select(OutreachEventRow)
                .where(OutreachEventRow.agency_id == site_id)
                .order_by(OutreachEventRow.day, OutreachEventRow.id)
            ).all()
            return [
                OutreachStep(
                    r.id,
                    r.agency_id,
                    OutreachState(r.state),
                    r.day,
                    r.how,
                    r.staff,
                    r.note,
                    r.recorded_at,
                    r.recorded_by,
                )
                for r in rows
            ]

    # ================================================================= writing sites
    def validate(self, draft: SiteDraft, site_id: int | None = None) -> tuple[AgencyDraft, SiteDraft]:
        """The agency draft the site is saved with and the cleaned site draft, or every problem."""
        draft = _clean(draft)
        problems: list[Problem] = []
        if draft.kind not in SITE_KINDS:
            problems.append(Problem("kind", "Chỉ trang TTĐT tổng hợp hoặc mạng xã hội được vận động."))
        url = ""
        if draft.address:
            try:
                url = canonical_site(draft.address).url
            except AddressError as error:
                problems.append(Problem("address", str(error)))
        if draft.monthly_reach is not None and draft.monthly_reach < 0:
            problems.append(Problem("monthly_reach", "Số lượt không được âm."))
        current: Agency | None = None
        if site_id is not None:
            current = self._roster.get(site_id)
            if current.kind not in SITE_KINDS:
                raise ValidationError("Cơ quan này không phải trang TTĐT tổng hợp hay mạng xã hội.")
        base = current.to_draft(contacts=None) if current else AgencyDraft(name=draft.name, contacts=())
        agency = replace(
            base,
            name=draft.name,
            kind=draft.kind,
            portal_url=url,
            licence_number=draft.licence_number,
            licence_date=draft.licence_date,
            licence_issuer=draft.licence_issuer,
            monthly_reach=draft.monthly_reach,
            contacts=draft.contacts if draft.contacts is not None else base.contacts,
        )
        if not problems:
            try:
                agency = self._roster.validate(agency, site_id)
            except ValidationError as error:
                problems += [Problem(_AGENCY_FIELDS.get(p.field, p.field), p.message) for p in error.problems]
        if len(draft.operator) > 300:
            problems.append(Problem("operator", "Tên tổ chức, doanh nghiệp quá dài (tối đa 300 ký tự)."))
        if len(draft.staff) > 120:
            problems.append(Problem("staff", "Tên cán bộ quá dài (tối đa 120 ký tự)."))
        if problems:
            raise ValidationError(problems)
        return agency, draft

    def create_site(self, draft: SiteDraft) -> OutreachSite:
        agency, draft = self.validate(draft)
        with self._write() as s:
            row = AgencyRow()
            self._roster.write_row(row, agency)
            s.add(row)
            s.flush()
            outreach = self._outreach_row(s, row.id)
            self._apply(outreach, draft)
            new_id = row.id
        return self.get(new_id)

    def update_site(
        self,
        site_id: int,
        draft: SiteDraft,
        expected_version: int | None = None,
        expected_outreach_version: int | None = None,
    ) -> OutreachSite:
        """Save an edit of the site and its outreach record; refused, naming who and when, if someone
        saved either since it was opened (an outreach version of 0 means "none existed")."""
        agency, draft = self.validate(draft, site_id)
        try:
            with self._write() as s:
                row = s.get(AgencyRow, site_id)
                if row is None:
                    raise NotFoundError(_GONE)
                if expected_version is not None and row.version != expected_version:
                    raise conflict_error(row, row.name)
                outreach = s.get(OutreachRow, site_id)
                if (
                    expected_outreach_version is not None
                    and (outreach.version if outreach else 0) != expected_outreach_version
                ):
                    raise conflict_error(outreach, row.name)
                self._roster.write_row(row, agency)
                self._apply(outreach or self._outreach_row(s, site_id), draft)
        except StaleDataError:
            raise self._stale(site_id) from None
        return self.get(site_id)

    def delete_site(self, site_id: int) -> None:
        """Delete a site registered by mistake, with its outreach; refused when other records use it."""
        name = ""
        try:
            with self._db.begin() as s:
                row = s.get(AgencyRow, site_id)
                if row is None:
                    return
                if row.kind not in _KIND_VALUES:
                    raise ValidationError("Cơ quan này không phải trang TTĐT tổng hợp hay mạng xã hội.")
                name = row.name
                for citation in s.scalars(select(CitationRow).where(CitationRow.site_id == site_id)):
                    s.delete(citation)
                for event in s.scalars(select(OutreachEventRow).where(OutreachEventRow.agency_id == site_id)):
                    s.delete(event)
                for entered in s.scalars(
                    select(SharedArticlesRow).where(SharedArticlesRow.agency_id == site_id)
                ):
                    s.delete(entered)
                outreach = s.get(OutreachRow, site_id)
                if outreach is not None:
                    s.delete(outreach)
                s.flush()
                s.delete(row)
                s.flush()
        except IntegrityError:
            raise ValidationError(
                f"Không xóa được “{name}”: trang này đang được dùng trong dữ liệu khác (lịch nội dung, "
                "fanpage, báo cáo). Hãy dùng “Kết thúc hoạt động” trong danh bạ thay vì xóa."
            ) from None

    def _outreach_row(self, s: Session, site_id: int) -> OutreachRow:
        row = s.get(OutreachRow, site_id)
        if row is None:
            # The relationship set, not only the key: the history names the record by its site.
            row = OutreachRow(agency=s.get(AgencyRow, site_id), state=OutreachState.NOT_APPROACHED.value)
            s.add(row)
        return row

    def _apply(self, row: OutreachRow, draft: SiteDraft) -> None:
        row.operator = draft.operator
        row.staff = draft.staff
        row.notes = draft.notes
        row.updated_at = utcnow()
        row.updated_by = self._who()

    # ================================================================= the life cycle
    def move(
        self,
        site_id: int,
        target: OutreachState,
        day: date,
        *,
        how: str = "",
        staff: str = "",
        reason: str = "",
        column_url: str = "",
        expected_outreach_version: int | None = None,
    ) -> OutreachSite:
        """One step of a site's outreach on *day*: checked, applied and kept in its history."""
        how, staff, reason, column_url = nfc(how), nfc(staff), _multiline(reason), nfc(column_url)
        try:
            with self._write() as s:
                self._step(s, site_id, target, day, how, staff, reason, column_url, expected_outreach_version)
        except StaleDataError:
            raise self._stale(site_id) from None
        return self.get(site_id)

    def _step(
        self,
        s: Session,
        site_id: int,
        target: OutreachState,
        day: date | None,
        how: str,
        staff: str,
        reason: str,
        column_url: str,
        expected: int | None,
        *,
        initial: bool = False,
    ) -> None:
        agency = _site_row(s, site_id)
        row = s.get(OutreachRow, site_id)
        if expected is not None and (row.version if row else 0) != expected:
            raise conflict_error(row or agency, agency.name)
        current = OutreachState(row.state) if row else OutreachState.NOT_APPROACHED
        problems = [
            Problem(f, m) for f, m in step_problems(target, how=how, reason=reason, column_url=column_url)
        ]
        if initial:  # an office sheet says where a site stands, not how it was contacted nor why
            problems = [p for p in problems if p.field not in ("how", "reason")]
        if day is None:
            problems.append(Problem("day", "Chưa có ngày."))
        elif day > self._clock.today():
            problems.append(Problem("day", "Ngày không được sau hôm nay."))
        elif row is not None and row.state_on is not None and day < row.state_on:
            problems.append(
                Problem("day", f"Ngày {day:%d/%m/%Y} trước bước trước đó ({row.state_on:%d/%m/%Y}).")
            )
        if not (initial and current is OutreachState.NOT_APPROACHED):
            reason_refused = refusal(agency.name, current, target)
            if reason_refused:
                problems.insert(0, Problem("", reason_refused))
        url = ""
        if column_url:
            try:
                url = canonical_column(column_url, site_domain(agency.portal_url))
            except AddressError as error:
                problems.append(Problem("column_url", str(error)))
        if problems:
            raise ValidationError(problems)
        assert day is not None
        who = self._who()
        row = row or self._outreach_row(s, site_id)
        row.state = target.value
        row.state_on = day
        if target is OutreachState.CONTACTED:
            row.how = how
        if target in (OutreachState.REFUSED, OutreachState.PAUSED):
            row.reason = reason
        elif target is not OutreachState.CONTACTED or current is not OutreachState.CONTACTED:
            row.reason = ""
        if staff and not row.staff:
            row.staff = staff
        row.updated_at = utcnow()
        row.updated_by = who
        if url:
            agency.hanoi_column_url = url
            agency.updated_by = who
        note = reason or (url if target is OutreachState.COLUMN else "")
        s.add(
            OutreachEventRow(
                agency=agency,
                state=target.value,
                day=day,
                how=how,
                staff=staff or row.staff or who,
                note=note,
                recorded_at=utcnow(),
                recorded_by=who,
            )
        )

    # ================================================================= citation permissions
    def list_permissions(self) -> list[Permission]:
        with self._db.read() as s:
            return self._permissions(s, None)

    def _press(self, s: Session) -> dict[int, PressAgency]:
        """Press agencies, and the agencies they were merged into, by id."""
        a = AgencyRow.__table__
        columns = (a.c.id, a.c.name, a.c.short_name, a.c.active_to, a.c.successor_id)
        found = {
            r.id: PressAgency(*r)
            for r in s.execute(select(*columns).where(a.c.kind == AgencyKind.PRESS.value))
        }
        missing = {p.successor_id for p in found.values() if p.successor_id and p.successor_id not in found}
        while missing:
            extra = {r.id: PressAgency(*r) for r in s.execute(select(*columns).where(a.c.id.in_(missing)))}
            found.update(extra)
            missing = {
                p.successor_id for p in extra.values() if p.successor_id and p.successor_id not in found
            }
        return found

    def _permissions(self, s: Session, site_ids: Sequence[int] | None) -> list[Permission]:
        press = self._press(s)
        proposals = {r.id: r.history_label() for r in s.scalars(select(CitationProposalRow))}
        query = select(CitationRow).order_by(CitationRow.id)
        if site_ids is not None:
            query = query.where(CitationRow.site_id.in_(list(site_ids)))
        out = []
        for r in s.scalars(query):
            now = current_press(r.press_id, press)
            recorded = press.get(r.press_id)
            out.append(
                Permission(
                    id=r.id,
                    site_id=r.site_id,
                    site_name=r.site.name,
                    press_id=r.press_id,
                    press_name=press[now].name if now in press else r.press.name,
                    press_current_id=now,
                    former_press_name=recorded.name if now != r.press_id and recorded else "",
                    state=CitationState(r.state),
                    requested_on=r.requested_on,
                    proposal_id=r.proposal_id,
                    proposal_text=proposals.get(r.proposal_id, "") if r.proposal_id else "",
                    decided_on=r.decided_on,
                    document=r.document,
                    note=r.note,
                    recorded_on=r.recorded_on,
                    version=r.version,
                )
            )
        return out

    def press_agencies(self) -> list[PressAgency]:
        """The press agencies a site may ask to quote: those of the roster not merged away."""
        with self._db.read() as s:
            press = self._press(s)
            kinds = dict(
                s.execute(select(AgencyRow.id, AgencyRow.kind).where(AgencyRow.id.in_(list(press)))).all()
            )
        chosen = [
            p
            for p in press.values()
            if kinds.get(p.id) == AgencyKind.PRESS.value
            and current_press(p.id, press) == p.id
            and p.active_to is None
        ]
        return sorted(chosen, key=lambda p: sort_key(p.name))

    def request_permissions(
        self, site_id: int, press_ids: Iterable[int], day: date | None = None
    ) -> list[Permission]:
        """The site asks to quote these press agencies: one request each, not yet sent.

        A merged press agency is asked through its successor; a request already made (or a permission
        already granted) is left as it is; a refused one is asked again."""
        day = day or self._clock.today()
        with self._write() as s:
            self._request(s, site_id, list(press_ids), day)
        with self._db.read() as s:
            return self._permissions(s, [site_id])

    def _request(
        self, s: Session, site_id: int, press_ids: Sequence[int], day: date, note: str = ""
    ) -> dict[int, CitationRow]:
        """The site's rows for these press agencies (by the agency of today), new ones requested."""
        site = _site_row(s, site_id)
        if not press_ids:
            raise ValidationError(Problem("press", "Chưa chọn cơ quan báo chí nào."))
        if day > self._clock.today():
            raise ValidationError(Problem("day", "Ngày không được sau hôm nay."))
        press = self._press(s)
        existing = {
            current_press(r.press_id, press): r
            for r in s.scalars(select(CitationRow).where(CitationRow.site_id == site_id))
        }
        asked: dict[int, CitationRow] = {}
        for press_id in dict.fromkeys(press_ids):
            if press_id not in press:
                raise ValidationError(
                    Problem("press", "Cơ quan được chọn không phải cơ quan báo chí trong danh bạ.")
                )
            now = current_press(press_id, press)
            row = existing.get(now)
            if row is None:
                row = CitationRow(
                    site=site,
                    press=s.get(AgencyRow, now),
                    state=CitationState.REQUESTED.value,
                    requested_on=day,
                    recorded_on=self._clock.today(),
                    note=note,
                )
                s.add(row)
                existing[now] = row
            elif row.state == CitationState.REFUSED.value:
                row.state = CitationState.REQUESTED.value
                row.requested_on = day
                row.proposal_id = None
                row.decided_on = None
                row.document = ""
                row.note = note
            asked[now] = row
        return asked

    def decide(
        self,
        permission_ids: Iterable[int],
        target: CitationState,
        day: date,
        *,
        document: str = "",
        note: str = "",
        expected_versions: Mapping[int, int] | None = None,
    ) -> list[Permission]:
        """The press agency's (or the board's) answer: allowed or refused, with its date and document."""
        ids = list(dict.fromkeys(permission_ids))
        document, note = nfc(document), _multiline(note)
        problems: list[Problem] = []
        if target not in (CitationState.ALLOWED, CitationState.REFUSED):
            problems.append(Problem("", "Chỉ ghi nhận “Được phép” hoặc “Không được phép”."))
        if not ids:
            problems.append(Problem("", "Chưa chọn đề nghị nào."))
        if day > self._clock.today():
            problems.append(Problem("day", "Ngày không được sau hôm nay."))
        if target is CitationState.REFUSED and not note:
            problems.append(Problem("note", "Cần ghi lý do không được phép."))
        if len(document) > 300:
            problems.append(Problem("document", "Số, ký hiệu văn bản quá dài (tối đa 300 ký tự)."))
        if problems:
            raise ValidationError(problems)
        try:
            with self._write() as s:
                press = self._press(s)
                rows = {r.id: r for r in s.scalars(select(CitationRow).where(CitationRow.id.in_(ids)))}
                for permission_id in ids:
                    row = rows.get(permission_id)
                    if row is None:
                        problems.append(Problem("", "Một đề nghị đã chọn không còn (có thể đã bị xóa)."))
                        continue
                    if expected_versions and expected_versions.get(permission_id, row.version) != row.version:
                        raise conflict_error(row)
                    name = press[current_press(row.press_id, press)].name
                    why = citation_refusal(row.site.name, name, CitationState(row.state), target)
                    if why:
                        problems.append(Problem("", why))
                    elif row.requested_on and day < row.requested_on:
                        problems.append(
                            Problem(
                                "day",
                                f"“{row.site.name}” — {name}: ngày trả lời trước ngày "
                                f"đề nghị ({row.requested_on:%d/%m/%Y}).",
                            )
                        )
                if problems:
                    raise ValidationError(problems)
                for row in rows.values():
                    row.state = target.value
                    row.decided_on = day
                    row.document = document
                    row.note = note
                    row.updated_at = utcnow()
                    row.updated_by = self._who()
        except StaleDataError:
            raise ConflictError(
                "Một đề nghị vừa được người khác thay đổi; hãy tải lại (F5) rồi làm lại."
            ) from None
        with self._db.read() as s:
            return [p for p in self._permissions(s, None) if p.id in rows]

    def withdraw(self, permission_id: int) -> None:
        """Take back a request not yet sent (entered by mistake); anything sent or answered stays."""
        with self._write() as s:
            row = s.get(CitationRow, permission_id)
            if row is None:
                return
            if row.state != CitationState.REQUESTED.value:
                raise ValidationError(
                    f"“{row.site.name}” — {row.press.name}: đề nghị đã ở trạng thái "
                    f"“{CitationState(row.state).label}”, không rút lại được."
                )
            s.delete(row)

    # ================================================================= the proposal to the board
    def unsent_requests(self, site_ids: Iterable[int] | None = None) -> list[ProposalRequest]:
        """Requests not yet sent, one line per site (press agencies as they are today): the appendix."""
        with self._db.read() as s:
            return self._unsent(s, None if site_ids is None else list(site_ids))

    def _unsent(self, s: Session, site_ids: Sequence[int] | None) -> list[ProposalRequest]:
        waiting = [p for p in self._permissions(s, site_ids) if p.state is CitationState.REQUESTED]
        by_site: dict[int, list[Permission]] = defaultdict(list)
        for permission in waiting:
            by_site[permission.site_id].append(permission)
        sites = {site.id: site for site in self._load(s, list(by_site), self._clock.today().year)}
        requests = []
        for site in site_order(sites.values()):
            permissions = by_site[site.id]
            names = sorted(dict.fromkeys(p.press_name for p in permissions), key=sort_key)
            requests.append(ProposalRequest(site, tuple(names), tuple(p.id for p in permissions)))
        return requests

    def propose_citations(
        self,
        day: date,
        write: Callable[[CitationProposal], object],
        *,
        site_ids: Iterable[int] | None = None,
    ) -> CitationProposal:
        """Record the proposal letter, have *write* produce it, and mark its requests sent — one unit of
        work: if writing fails nothing is recorded, and a second run finds nothing left to propose."""
        if day > self._clock.today():
            raise ValidationError(Problem("day", "Ngày công văn không được sau hôm nay."))
        symbol = self.letter_symbol()
        with self._write() as s:
            requests = self._unsent(s, None if site_ids is None else list(site_ids))
            if not requests:
                raise ValidationError(
                    "Không có đề nghị trích dẫn nguồn tin nào chưa gửi: không có gì để đề nghị."
                )
            ids = [i for r in requests for i in r.permission_ids]
            rows = s.scalars(
                select(CitationRow).where(CitationRow.id.in_(ids)).with_for_update(of=CitationRow)
            ).all()
            if any(r.state != CitationState.REQUESTED.value for r in rows) or len(rows) != len(ids):
                raise ConflictError("Một đề nghị vừa được người khác gửi hoặc thay đổi; hãy tải lại (F5).")
            proposal = CitationProposalRow(day=day, number="", symbol=symbol)
            s.add(proposal)
            s.flush()
            who = self._who()
            for row in rows:
                row.state = CitationState.SENT.value
                row.proposal_id = proposal.id
                row.updated_at = utcnow()
                row.updated_by = who
            s.flush()
            letter = CitationProposal(proposal.id, day, "", symbol, tuple(requests))
            write(letter)
        return letter

    def proposals(self) -> list[CitationProposal]:
        """The proposal letters sent, newest first, with the requests each carried."""
        with self._db.read() as s:
            rows = s.scalars(
                select(CitationProposalRow).order_by(
                    CitationProposalRow.day.desc(), CitationProposalRow.id.desc()
                )
            ).all()
            permissions = self._permissions(s, None)
            by_proposal: dict[int, list[Permission]] = defaultdict(list)
            for permission in permissions:
                if permission.proposal_id is not None:
                    by_proposal[permission.proposal_id].append(permission)
            site_ids = {p.site_id for p in permissions if p.proposal_id is not None}
            sites = {site.id: site for site in self._load(s, list(site_ids), self._clock.today().year)}
        out = []
        for row in rows:
            per_site: dict[int, list[Permission]] = defaultdict(list)
            for permission in by_proposal.get(row.id, []):
                per_site[permission.site_id].append(permission)
            requests = tuple(
                ProposalRequest(
                    sites[site_id],
                    tuple(sorted({p.press_name for p in items}, key=sort_key)),
                    tuple(p.id for p in items),
                )
                for site_id, items in sorted(per_site.items(), key=lambda kv: sort_key(sites[kv[0]].name))
            )
            out.append(CitationProposal(row.id, row.day, row.number, row.symbol, requests))
        return out

    def set_proposal_number(self, proposal_id: int, number: str) -> CitationProposal:
        """The number the văn thư gave the letter when it was issued (blank until then)."""
        number = nfc(number).strip(" /")
        if len(number) > 30:
            raise ValidationError(Problem("number", "Số công văn quá dài (tối đa 30 ký tự)."))
        with self._write() as s:
            row = s.get(CitationProposalRow, proposal_id)
            if row is None:
                raise NotFoundError("Công văn này không còn trong cơ sở dữ liệu.")
            row.number = number
        return next(p for p in self.proposals() if p.id == proposal_id)

    # ================================================================= letters
    def office(self) -> OfficeSettings:
        return self._settings.office()

    def office_in_text(self) -> str:
        """The office's name as running text writes it ("Sở Văn hóa và Thể thao")."""
        name = self.office().office_name
        if self._office_in_text is not None:
            return self._office_in_text(name)
        text = nfc(name).lower()
        return text[:1].upper() + text[1:]

    def drafting_unit(self) -> str:
        """The drafting unit after the office in a công văn's symbol (the office settings' one)."""
        return self.office().drafting_unit

    def issuer(self, day: date | None = None) -> Issuer:
        """The office as it signs a letter dated *day* (today by default): the settings' issuer, its
        name in running text as this service words it, and why the letter is a draft, if it is."""
        issuer = self._settings.issuer(day or self._clock.today())
        return replace(issuer, office_in_text=self.office_in_text())

    def letter_symbol(self) -> str:
        unit = self.drafting_unit()
        return "-".join(p for p in (self.office().office_symbol, unit) if p)

    def letter_settings(self) -> LetterSettings:
        default = LetterSettings()
        get = self._settings.get

        def lines(key: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
            stored = get(_KEY + key, "\x00")
            return fallback if stored == "\x00" else tuple(x for x in stored.split("\n") if x.strip())

        return LetterSettings(
            citation_addressee=get(_KEY + "citation_addressee", default.citation_addressee),
            citation_recipients=lines("citation_recipients", default.citation_recipients),
            invitation_subject=get(_KEY + "invitation_subject", default.invitation_subject),
            invitation_body=get(_KEY + "invitation_body", default.invitation_body),
            invitation_recipients=lines("invitation_recipients", default.invitation_recipients),
        )

    def save_letter_settings(self, letters: LetterSettings) -> LetterSettings:
        values = {
            "citation_addressee": nfc(letters.citation_addressee),
            "citation_recipients": "\n".join(nfc(x) for x in letters.citation_recipients if nfc(x)),
            "invitation_subject": nfc(letters.invitation_subject),
            "invitation_body": _multiline(letters.invitation_body),
            "invitation_recipients": "\n".join(nfc(x) for x in letters.invitation_recipients if nfc(x)),
        }
        problems = [
            Problem(key, "Không được để trống.")
            for key in ("citation_addressee", "invitation_subject", "invitation_body")
            if not values[key]
        ]
        for key in ("invitation_subject", "invitation_body"):
            problems += [Problem(key, message) for message in template_problems(values[key])]
        if problems:
            raise ValidationError(problems)
        with self._db.begin() as s:
            for key, value in values.items():
                row = s.get(SettingRow, _KEY + key)
                if row is None:
                    s.add(SettingRow(key=_KEY + key, value=value))
                else:
                    row.value = value
        return self.letter_settings()

    # ================================================================= articles about Hanoi
    def articles(self, year: int) -> list[SiteArticles]:
        """Each site's articles of *year*, month by month (calendar and entered), in Vietnamese order.

        Sites that ended before the year and carried nothing in it are left out."""
        start, end = date(year, 1, 1), date(year, 12, 31)
        with self._db.read() as s:
            a = AgencyRow.__table__
            sites = s.execute(
                select(a.c.id, a.c.name, a.c.kind, a.c.active_to).where(a.c.kind.in_(_KIND_VALUES))
            ).all()
            counts = self._article_counts(s, start, end, [r.id for r in sites])
        out = []
        for site in sorted(sites, key=lambda r: sort_key(r.name)):
            months = tuple(
                counts.get((site.id, date(year, m, 1)), MonthCount(site.id, date(year, m, 1), 0, 0))
                for m in range(1, 13)
            )
            if site.active_to is not None and site.active_to < start and not any(m.total for m in months):
                continue
            out.append(SiteArticles(site.id, site.name, AgencyKind(site.kind), year, months))
        return out

    def set_articles(self, site_id: int, month: date, count: int, note: str = "") -> MonthCount:
        """The clerk's number of articles a site carried in *month* beyond what the calendar records
        (0 with no note clears it)."""
        month = month_start(month)
        note = _multiline(note)
        problems = []
        if count < 0 or count > _MAX_COUNT:
            problems.append(Problem("count", "Số tin, bài phải từ 0 trở lên."))
        if month > month_start(self._clock.today()):
            problems.append(Problem("month", "Tháng không được sau tháng hiện tại."))
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            self._set_articles(s, site_id, month, count, note)
        with self._db.read() as s:
            counts = self._article_counts(s, month, _month_end(month), [site_id])
        return counts.get((site_id, month), MonthCount(site_id, month, 0, 0))

    def _set_articles(self, s: Session, site_id: int, month: date, count: int, note: str) -> None:
        site = _site_row(s, site_id)
        row = s.scalars(
            select(SharedArticlesRow).where(
                SharedArticlesRow.agency_id == site_id, SharedArticlesRow.month == month
            )
        ).first()
        if row is None:
            if count or note:
                s.add(SharedArticlesRow(agency=site, month=month, count=count, note=note))
        elif not count and not note:
            s.delete(row)
        else:
            row.count, row.note = count, note

    def _article_counts(
        self, s: Session, start: date, end: date, site_ids: Sequence[int]
    ) -> dict[tuple[int, date], MonthCount]:
        """Articles per (site, month) between *start* and *end*: calendar publications naming the site
        (by the agency picked, or by its name or domain as typed), plus the counts entered."""
        if not site_ids:
            return {}
        wanted = set(site_ids)
        a = AgencyRow.__table__
        sites = s.execute(select(a.c.id, a.c.name, a.c.portal_url).where(a.c.kind.in_(_KIND_VALUES))).all()
        by_name = {fold(r.name): r.id for r in sites}
        by_domain = {d: r.id for r in sites if (d := site_domain(r.portal_url))}
        p = ContentPublicationRow.__table__
        items = ContentItemRow.__table__
        found: set[tuple[int, date, int]] = set()
        for item_id, where, agency_id, url, published_on in s.execute(
            select(p.c.item_id, p.c["where"], p.c.agency_id, p.c.url, p.c.published_on)
            .join(items, items.c.id == p.c.item_id)
            .where(p.c.published_on >= start, p.c.published_on <= end, items.c.skipped.is_(False))
        ):
            site = agency_id if agency_id in wanted else _named_site(where, url, by_name, by_domain)
            if site in wanted:
                found.add((site, month_start(published_on), item_id))
        calendar: dict[tuple[int, date], int] = defaultdict(int)
        for site, month, _item in found:
            calendar[(site, month)] += 1
        entered = {
            (r.agency_id, r.month): r
            for r in s.scalars(
                select(SharedArticlesRow).where(
                    SharedArticlesRow.month >= month_start(start),
                    SharedArticlesRow.month <= end,
                    SharedArticlesRow.agency_id.in_(list(wanted)),
                )
            )
        }
        return {
            key: MonthCount(
                key[0],
                key[1],
                calendar.get(key, 0),
                entered[key].count if key in entered else 0,
                entered[key].note if key in entered else "",
            )
            for key in set(calendar) | set(entered)
        }

    # ================================================================= figures
    def figures(self, year: int, as_of: date | None = None) -> OutreachFigures:
        """The outreach at the end of *as_of* (default: today, or 31/12 for a past year), for the annual
        report and the overview: one call, one frozen value."""
        as_of = as_of or min(self._clock.today(), date(year, 12, 31))
        start = date(year, 1, 1)
        with self._db.read() as s:
            a = AgencyRow.__table__
            sites = s.execute(
                select(a.c.id, a.c.kind, a.c.active_from, a.c.active_to).where(a.c.kind.in_(_KIND_VALUES))
            ).all()
            steps: dict[int, list[tuple[date, int, str]]] = defaultdict(list)
            for site_id, day, event_id, state in s.execute(
                select(
                    OutreachEventRow.agency_id,
                    OutreachEventRow.day,
                    OutreachEventRow.id,
                    OutreachEventRow.state,
                )
            ):
                steps[site_id].append((day, event_id, state))
            permissions = self._permissions(s, None)
            counts = self._article_counts(s, start, date(year, 12, 31), [r.id for r in sites])
        active = [
            r
            for r in sites
            if (r.active_from is None or r.active_from <= as_of)
            and (r.active_to is None or r.active_to >= start)
        ]
        states = {r.id: states_in(steps.get(r.id, ()), as_of) for r in active}
        contacted_in_year = sum(
            1
            for r in active
            if any(
                start <= day <= as_of and state == OutreachState.CONTACTED.value
                for day, _i, state in steps.get(r.id, ())
            )
        )
        granted: dict[tuple[int, int], date] = {}
        pending: set[tuple[int, int]] = set()
        for p in permissions:
            key = (p.site_id, p.press_current_id)
            when = p.decided_on or p.recorded_on
            if p.state is CitationState.ALLOWED and when <= as_of:
                granted[key] = min(when, granted.get(key, when))
            elif p.state in (CitationState.REQUESTED, CitationState.SENT) and p.recorded_on <= as_of:
                pending.add(key)
        calendar = sum(m.from_calendar for m in counts.values())
        entered = sum(m.entered for m in counts.values())
        return OutreachFigures(
            year=year,
            as_of=as_of,
            sites=len(active),
            news_sites=sum(1 for r in active if r.kind == AgencyKind.NEWS_SITE.value),
            social_networks=sum(1 for r in active if r.kind == AgencyKind.SOCIAL_NETWORK.value),
            contacted=sum(1 for st in states.values() if st is not OutreachState.NOT_APPROACHED),
            contacted_in_year=contacted_in_year,
            agreed=sum(1 for st in states.values() if st.cooperating),
            with_column=sum(1 for st in states.values() if st is OutreachState.COLUMN),
            interleaved=sum(1 for st in states.values() if st is OutreachState.INTERLEAVED),
            refused=sum(1 for st in states.values() if st is OutreachState.REFUSED),
            paused=sum(1 for st in states.values() if st is OutreachState.PAUSED),
            sites_allowed=len({site for site, _press in granted}),
            permissions_granted=len(granted),
            permissions_granted_in_year=sum(1 for when in granted.values() if when >= start),
            permissions_pending=len(pending - set(granted)),
            articles=calendar + entered,
            articles_from_calendar=calendar,
            articles_entered=entered,
        )

    # ================================================================= import
    def plan_import(
        self, rows: Iterable[ImportRow[OutreachImportDraft]], source: str = ""
    ) -> ImportPlan[SiteImport]:
        """Preview the office's sheet: sites matched by canonical domain or folded name (updated, never
        duplicated; each field old → new), press agencies by name or short name (a merged one through
        its successor), the state checked against the life cycle. Nothing is written; any problem
        rejects the file; the rows' warnings, and a site that has ended, are warnings."""
        rows = list(rows)
        warnings = row_warnings(rows)
        today = self._clock.today()
        with self._db.read() as s:
            sites = {site.id: site for site in self._load(s, None, today.year)}
            press = self._press(s)
            kinds = dict(
                s.execute(select(AgencyRow.id, AgencyRow.kind).where(AgencyRow.id.in_(list(press)))).all()
            )
            permissions = self._permissions(s, None)
            entered = dict(
                ((r.agency_id, r.month), r.count)
                for r in s.execute(
                    select(SharedArticlesRow.agency_id, SharedArticlesRow.month, SharedArticlesRow.count)
                )
            )
        agencies = {a.id: a for a in self._roster_sites()}
        by_domain = {site.domain: site for site in sites.values() if site.domain}
        by_name: dict[str, OutreachSite] = {}
        for site in sites.values():
            current = by_name.get(fold(site.name))
            if current is None or (current.active_to is not None and site.active_to is None):
                by_name[fold(site.name)] = site
        press_keys = _press_keys(press, kinds)
        held: dict[int, dict[int, CitationState]] = defaultdict(dict)
        for p in permissions:
            held[p.site_id][p.press_current_id] = p.state
        rejected: list[Problem] = []
        seen: dict[object, int] = {}
        to_add: list[PlannedRow[SiteImport]] = []
        to_update: list[PlannedRow[SiteImport]] = []
        unchanged: list[PlannedRow[SiteImport]] = []
        for item in rows:
            rejected.extend(item.problems)
            incoming = item.draft
            if incoming is None:
                continue
            where = f"dòng {item.row}"
            problems: list[Problem] = []

            def problem(key: str, message: str, where: str = where, found: list[Problem] = problems) -> None:
                found.append(Problem(f"{where}, cột {FIELD_LABELS.get(key, key)}", message))

            address = None
            if incoming.address:
                try:
                    address = canonical_site(incoming.address)
                except AddressError as error:
                    problem("address", str(error))
            named = by_name.get(fold(incoming.name))
            domained = by_domain.get(address.domain) if address else None
            if named and domained and named.id != domained.id:
                rejected.append(
                    Problem(
                        where,
                        f"Tên miền {address.domain} thuộc trang “{domained.name}”, "  # type: ignore[union-attr]
                        f"còn tên “{incoming.name}” là của trang “{named.name}”.",
                    )
                )
                continue
            current = domained or named
            keys = {fold(incoming.name), *([address.domain] if address else [])}
            if current is not None:
                keys |= {current.id, fold(current.name), *([current.domain] if current.domain else [])}
            twice = next((seen[k] for k in keys if k in seen), None)
            if twice is not None:
                rejected.append(Problem(where, f"“{incoming.name}” trùng với dòng {twice} (cùng một trang)."))
                continue
            seen.update(dict.fromkeys(keys, item.row))
            kind = incoming.kind or (current.kind if current else AgencyKind.NEWS_SITE)
            if kind not in SITE_KINDS:
                problem("kind", f"“{kind.label}”: chỉ “Trang TTĐT tổng hợp” hoặc “Mạng xã hội”.")
            agency = self._import_agency(incoming, current, agencies, kind, address)
            try:
                agency = self._roster.validate(agency, current.id if current else None)
            except ValidationError as error:
                for p in error.problems:
                    field = p.field.split("[")[0]  # "contacts[1]": the person in charge
                    field = _AGENCY_FIELDS.get(field, field)
                    field = {"address": "address", "contacts": "person", "phone": "phone"}.get(field, field)
                    problem(field if field in FIELD_LABELS else "name", p.message)
            state = incoming.state
            domain = address.domain if address else (current.domain if current else "")
            column_url = ""
            if incoming.column:
                try:
                    column_url = canonical_column(incoming.column, domain)
                except AddressError as error:
                    problem("column", str(error))
                if (
                    state is None
                    and column_url
                    and (current is None or current.state is not OutreachState.COLUMN)
                ):
                    state = OutreachState.COLUMN
            now = current.state if current else OutreachState.NOT_APPROACHED
            if state is not None and (state is now or state is OutreachState.NOT_APPROACHED):
                state = None
            if state is OutreachState.COLUMN and not column_url and not (current and current.column_url):
                problem("column", "Trang có chuyên mục về Hà Nội: cần ghi đường dẫn của chuyên mục.")
            if state is not None and now is not OutreachState.NOT_APPROACHED:
                why = refusal(incoming.name, now, state)
                if why:
                    problem("state", why)
            allowed, missing_allowed = match_press_names(incoming.allowed, press_keys)
            requested, missing_requested = match_press_names(incoming.requested, press_keys)
            for key_name, missing in (("allowed", missing_allowed), ("requested", missing_requested)):
                for name in missing:
                    problem(
                        key_name,
                        f"Không tìm thấy cơ quan báo chí “{name}” trong danh bạ "
                        "(so theo tên hoặc tên viết tắt).",
                    )
            allowed = list(dict.fromkeys(current_press(i, press) for i in allowed))
            requested = [
                i for i in dict.fromkeys(current_press(i, press) for i in requested) if i not in allowed
            ]
            holding = held.get(current.id, {}) if current else {}
            allowed = [i for i in allowed if holding.get(i) is not CitationState.ALLOWED]
            requested = [i for i in requested if holding.get(i) in (None, CitationState.REFUSED)]
            if incoming.articles is not None and incoming.month is None:
                problem("month", "Có số tin, bài nhưng chưa ghi tháng (ví dụ 11/2026).")
            if incoming.month is not None and incoming.month > month_start(today):
                problem("month", "Tháng không được sau tháng hiện tại.")
            if incoming.articles is not None and incoming.articles < 0:
                problem("articles", "Số tin, bài không được âm.")
            rejected.extend(problems)
            month = month_start(incoming.month) if incoming.month else None
            articles = incoming.articles
            if current is not None and month is not None and entered.get((current.id, month)) == articles:
                month, articles = None, None  # already entered: nothing to change
            plan = SiteImport(
                site_id=current.id if current else None,
                agency=agency,
                operator=incoming.operator or None,
                notes=incoming.notes or None,
                state=state,
                state_reason=incoming.state_reason,
                column_url=column_url,
                allowed=tuple(allowed),
                requested=tuple(requested),
                month=month,
                articles=articles,
                source=source,
                expected_version=current.version if current else None,
            )
            label = incoming.name + (f" ({domain})" if domain else "")
            if current is None:
                to_add.append(PlannedRow(item.row, label, plan))
                continue
            stored = agencies.get(current.id)
            changes = _import_changes(current, stored, plan, press, entered)
            (to_update if changes else unchanged).append(
                PlannedRow(item.row, current.name, plan, current.id, changes)
            )
            if changes and stored is not None and current.active_to is not None and current.active_to < today:
                warnings.append(ended_warning(item.row, stored))
        return ImportPlan(
            source, tuple(to_add), tuple(to_update), tuple(unchanged), tuple(rejected), tuple(warnings)
        )

    def _roster_sites(self) -> list[Agency]:
        return [a for a in self._roster.list_agencies() if a.kind in SITE_KINDS]

    @staticmethod
    def _import_agency(
        incoming: OutreachImportDraft,
        current: OutreachSite | None,
        agencies: Mapping[int, Agency],
        kind: AgencyKind,
        address: object,
    ) -> AgencyDraft:
        """The agency as the row leaves it: the file's non-empty cells over what the roster holds (its name
        kept as the roster spells it: a site matched by its domain may be written "Baomoi" in a sheet).

        The person in charge is the focal point, matched as every import matches contacts (by name,
        e-mail or phone): the same person is updated, another one replaces the focal point, which
        the history keeps as a former contact. Without a person, phone or e-mail in the row the
        contacts are left as they are (``contacts=None``)."""
        stored = agencies.get(current.id) if current else None
        base = (
            stored.to_draft(contacts=None)
            if stored
            else AgencyDraft(name=incoming.name, kind=kind, contacts=())
        )
        changes: dict[str, object] = {"kind": kind}
        if address is not None:
            changes["portal_url"] = address.url  # type: ignore[attr-defined]
        for name in ("licence_number", "licence_date", "licence_issuer", "monthly_reach"):
            value = getattr(incoming, name)
            if value not in ("", None):
                changes[name] = value
        if incoming.person or incoming.phone or incoming.email:
            old = stored.focal_point if stored else None
            person = ContactDraft(
                name=incoming.person or (old.name if old else ""),
                phone=incoming.phone,
                email=incoming.email,
                role=ContactRole.FOCAL_POINT,
            )
            changes["contacts"] = merge_contacts(stored.contacts if stored else (), (person,))
        return replace(base, **changes)  # type: ignore[arg-type]

    def apply_import(
        self,
        plan: ImportPlan[SiteImport],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, int]:
        """Write a clean plan in one transaction: every row or none.

        ``cancelled()`` is asked between rows and once more before the commit; when it says yes,
        :class:`Cancelled` is raised and the transaction rolls back, so nothing is written.
        """
        if not plan.ok:
            raise ValidationError(list(plan.rejected))
        today = self._clock.today()
        planned_rows = (*plan.to_add, *plan.to_update)
        steps = SaveSteps(len(planned_rows), progress, cancelled, every=20)
        try:
            with self._write() as s:
                steps.last(0)
                for done, planned in enumerate(planned_rows):
                    steps.step(done)
                    item = planned.draft
                    if item.site_id is None:
                        row = AgencyRow()
                        self._roster.write_row(row, item.agency, by_id=True)
                        s.add(row)
                        s.flush()
                    else:
                        row = s.get(AgencyRow, item.site_id)
                        if row is None:
                            raise ValidationError(
                                f"dòng {planned.row}: “{planned.label}” vừa bị xóa khỏi danh bạ."
                            )
                        if item.expected_version is not None and row.version != item.expected_version:
                            raise ValidationError(
                                f"dòng {planned.row}: “{planned.label}” vừa được người khác sửa; "
                                "hãy nhập lại tệp."
                            )
                        self._roster.write_row(row, item.agency, by_id=True)
                    source = f"Theo tệp {plan.source or 'nhập'}"
                    outreach = self._outreach_row(s, row.id)
                    if item.operator is not None:
                        outreach.operator = item.operator
                    if item.notes is not None:
                        outreach.notes = item.notes
                    s.flush()
                    if item.state is not None:
                        self._step(
                            s,
                            row.id,
                            item.state,
                            today,
                            "",
                            "",
                            item.state_reason or source,
                            item.column_url or row.hanoi_column_url,
                            None,
                            initial=True,
                        )
                    elif item.column_url:
                        row.hanoi_column_url = item.column_url
                    if item.allowed:
                        for citation in self._request(s, row.id, item.allowed, today, source).values():
                            citation.state = CitationState.ALLOWED.value
                            citation.document = source
                    if item.requested:
                        self._request(s, row.id, item.requested, today)
                    if item.articles is not None and item.month is not None:
                        self._set_articles(s, row.id, item.month, item.articles, source)
                s.flush()
                steps.last()
        except StaleDataError:
            raise ValidationError("Một trang vừa được người khác sửa; hãy nhập lại tệp.") from None
        return len(plan.to_add), len(plan.to_update)

    # ================================================================= helpers
    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A unit of work in which a race on a unique pair (two clerks asking the same permission at
        once) or a record still in use reads as a clear refusal, not a database error."""
        try:
            with self._db.begin() as s:
                yield s
        except IntegrityError:
            raise ValidationError(
                "Không lưu được: dữ liệu vừa được người khác thay đổi hoặc đang được dùng ở nơi khác. "
                "Hãy tải lại (F5) rồi làm lại."
            ) from None

    def _stale(self, site_id: int) -> ConflictError | NotFoundError:
        with self._db.read() as s:
            row = s.get(AgencyRow, site_id)
            if row is None:
                return NotFoundError(_GONE)
            outreach = s.get(OutreachRow, site_id)
            return conflict_error(outreach or row, row.name)


# ----------------------------------------------------------------------------- module helpers
def _site_row(s: Session, site_id: int) -> AgencyRow:
    """The agency of a site, or NotFoundError when it is gone (or is no licensed site)."""
    row = s.get(AgencyRow, site_id)
    if row is None or row.kind not in _KIND_VALUES:
        raise NotFoundError(_GONE)
    return row


def _multiline(value: str) -> str:
    return "\n".join(nfc(line) for line in (value or "").replace("\r\n", "\n").split("\n")).strip()


def _clean(draft: SiteDraft) -> SiteDraft:
    return replace(
        draft,
        name=nfc(draft.name),
        address=nfc(draft.address),
        licence_number=nfc(draft.licence_number),
        licence_issuer=nfc(draft.licence_issuer),
        operator=nfc(draft.operator),
        staff=nfc(draft.staff),
        notes=_multiline(draft.notes),
    )


def _month_end(month: date) -> date:
    following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _named_site(where: str, url: str, by_name: Mapping[str, int], by_domain: Mapping[str, int]) -> int | None:
    """The site a publication names without picking it from the roster: by its name or domain as
    typed ("Baomoi.com", "Báo Mới"), or by the host of the article's link."""
    key = fold(where)
    if key in by_name:
        return by_name[key]
    for text in (where, url):
        domain = site_domain(text) if text and "." in text and " " not in text.strip() else ""
        while domain:
            if domain in by_domain:
                return by_domain[domain]
            domain = domain.partition(".")[2] if domain.count(".") > 1 else ""
    if url:
        host = (urlsplit(url).hostname or "").lower()
        for domain, site in by_domain.items():
            if host == domain or host.endswith("." + domain):
                return site
    return None


def _press_keys(press: Mapping[int, PressAgency], kinds: Mapping[int, str]) -> dict[str, int]:
    """Folded names and short names of the roster's press agencies (a short name two agencies share
    names neither)."""
    keys: dict[str, int] = {}
    shorts: dict[str, set[int]] = defaultdict(set)
    for p in press.values():
        if kinds.get(p.id) != AgencyKind.PRESS.value:
            continue
        keys.setdefault(fold(p.name), p.id)
        if p.short_name:
            shorts[fold(p.short_name)].add(p.id)
    for key, ids in shorts.items():
        if len(ids) == 1:
            keys.setdefault(key, next(iter(ids)))
    return keys


# The roster's fields of a site as the office's sheet calls them (what the preview lists, old → new).
_AGENCY_CHANGE_LABELS = {
    "name": FIELD_LABELS["name"],
    "kind": FIELD_LABELS["kind"],
    "portal_url": FIELD_LABELS["address"],
    "licence_number": FIELD_LABELS["licence_number"],
    "licence_date": FIELD_LABELS["licence_date"],
    "licence_issuer": FIELD_LABELS["licence_issuer"],
    "monthly_reach": FIELD_LABELS["monthly_reach"],
}


def _contact_label(role: ContactRole) -> str:
    if role is ContactRole.FOCAL_POINT:
        return FIELD_LABELS["person"]
    return f"{FIELD_LABELS['contacts']} ({role.label})"


def _import_changes(
    current: OutreachSite,
    agency: Agency | None,
    plan: SiteImport,
    press: Mapping[int, PressAgency],
    entered: Mapping[tuple[int, date], int],
) -> tuple[Change, ...]:
    """Every field a row changes on a site already in the roster, old → new as the clerk reads them:
    the roster's fields and the person in charge, the company and notes, the outreach stage and the
    Hanoi column, the press agencies it may quote or asks to quote (the lists before and after), the
    month's articles."""
    found: list[Change] = []
    if agency is not None:
        found += agency_changes(agency, plan.agency, _AGENCY_CHANGE_LABELS, _contact_label)
    for key, new in (("operator", plan.operator), ("notes", plan.notes)):
        old = getattr(current, key)
        if new is not None and new != old:
            found.append(Change(FIELD_LABELS[key], old, new))
    if plan.state is not None:
        old_state = current.state.label + (f" ({current.reason})" if current.reason else "")
        new_state = STATE_LABELS[plan.state] + (f" ({plan.state_reason})" if plan.state_reason else "")
        found.append(Change(FIELD_LABELS["state"], old_state, new_state))
    if plan.column_url and plan.column_url != current.column_url:
        found.append(Change(FIELD_LABELS["column"], current.column_url, plan.column_url))
    for key, before, added in (("allowed", current.allowed, plan.allowed),
                               ("requested", current.pending, plan.requested)):
        names = [press[i].name for i in added if i in press]
        if names:
            found.append(Change(FIELD_LABELS[key], shown(before),
                                shown(tuple(dict.fromkeys((*before, *names))))))
    if plan.articles is not None and plan.month is not None:
        old_count = entered.get((current.id, plan.month))
        found.append(Change(f"{FIELD_LABELS['articles']} tháng {plan.month:%m/%Y}",
                            shown(old_count), shown(plan.articles)))
    return tuple(found)
