"""The agency roster: validate, write and read agencies and their contacts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields, replace
from datetime import date

from sqlalchemy import exists, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hanoi_desk.db import Database
from hanoi_desk.domain.agency import (
    Agency,
    AgencyDraft,
    AgencyKind,
    Contact,
    ContactDraft,
    ContactRole,
)
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from hanoi_desk.domain.history import register_labels
from hanoi_desk.domain.imports import (
    Change,
    ImportPlan,
    ImportRow,
    PlannedRow,
    SaveSteps,
    draft_changes,
    row_warnings,
    shown,
)
from hanoi_desk.domain.outreach import SITE_KINDS, site_domain
from hanoi_desk.domain.text import fold, fold_many, nfc, sort_key
from hanoi_desk.domain.validate import (
    check_email,
    check_phone,
    check_url,
    normalise_phone,
    normalise_url,
)
from hanoi_desk.models import AgencyRow, ContactRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.history import insert_rows, record_inserts
from hanoi_desk.services.versioning import conflict_error, save_versioned

_TEXT_FIELDS = (
    "name", "short_name", "code", "address", "email", "notes", "licence_number", "licence_issuer",
)

FIELD_LABELS = {
    "name": "Tên cơ quan",
    "short_name": "Tên viết tắt",
    "kind": "Loại",
    "code": "Mã",
    "address": "Địa chỉ",
    "phone": "Điện thoại",
    "email": "Email",
    "portal_url": "Trang TTĐT",
    "active_from": "Hiệu lực từ",
    "active_to": "Hiệu lực đến",
    "successor_id": "Sáp nhập vào",
    "notes": "Ghi chú",
    "licence_number": "Số giấy phép",
    "licence_date": "Ngày cấp phép",
    "licence_issuer": "Cơ quan cấp phép",
    "monthly_reach": "Lượt truy cập/thành viên mỗi tháng",
    "hanoi_column_url": "Chuyên mục về Hà Nội",
    "contacts": "Người liên hệ",
}

Who = Callable[[], str]
_KINDS = {kind.value: kind for kind in AgencyKind}
_ROLES = {role.value: role for role in ContactRole}

register_labels("agency", "Cơ quan, đơn vị", FIELD_LABELS,
                values={"kind": {k.value: k.label for k in AgencyKind}})
register_labels("contact", "Người liên hệ", {
    "agency_id": "Cơ quan", "name": "Họ tên", "position": "Chức vụ", "phone": "Điện thoại",
    "email": "Email", "role": "Vai trò", "position_order": "Thứ tự",
}, values={"role": {r.value: r.label for r in ContactRole}})


def clean_draft(draft: AgencyDraft) -> AgencyDraft:
    """NFC, trimmed, phone and URLs in canonical shape: what is stored, whatever was typed."""
    values: dict[str, object] = {name: nfc(getattr(draft, name)) for name in _TEXT_FIELDS}
    values["email"] = str(values["email"]).lower()
    values["phone"] = normalise_phone(nfc(draft.phone))
    values["portal_url"] = normalise_url(nfc(draft.portal_url))
    values["hanoi_column_url"] = normalise_url(nfc(draft.hanoi_column_url))
    if draft.contacts is not None:
        values["contacts"] = tuple(
            ContactDraft(
                name=nfc(c.name),
                position=nfc(c.position),
                phone=normalise_phone(nfc(c.phone)),
                email=nfc(c.email).lower(),
                role=c.role,
                id=c.id,
            )
            for c in draft.contacts
            if nfc(c.name) or nfc(c.phone) or nfc(c.email)
        )
    return replace(draft, **values)  # type: ignore[arg-type]


def draft_problems(draft: AgencyDraft) -> list[Problem]:
    """Problems a draft has on its own, without looking at the database."""
    problems: list[Problem] = []
    if not draft.name:
        problems.append(Problem("name", "Tên cơ quan không được để trống."))
    if not isinstance(draft.kind, AgencyKind):
        problems.append(Problem("kind", "Loại cơ quan không hợp lệ."))
    for name, check in (("email", check_email), ("phone", check_phone),
                        ("portal_url", check_url), ("hanoi_column_url", check_url)):
        message = check(getattr(draft, name))
        if message:
            problems.append(Problem(name, message))
    if draft.active_from and draft.active_to and draft.active_to < draft.active_from:
        problems.append(Problem("active_to", "Ngày hết hiệu lực phải sau ngày bắt đầu."))
    if draft.monthly_reach is not None and draft.monthly_reach < 0:
        problems.append(Problem("monthly_reach", "Số lượt không được âm."))
    for i, contact in enumerate(draft.contacts or (), start=1):
        where = f"contacts[{i}]"
        if not contact.name:
            problems.append(Problem(where, f"Người liên hệ thứ {i}: chưa có họ tên."))
        for check, value in ((check_email, contact.email), (check_phone, contact.phone)):
            message = check(value)
            if message:
                problems.append(Problem(where, f"Người liên hệ thứ {i}: {message}"))
    return problems


def _overlaps(a_from: date | None, a_to: date | None, b_from: date | None, b_to: date | None) -> bool:
    return (a_from is None or b_to is None or a_from <= b_to) and (
        b_from is None or a_to is None or b_from <= a_to
    )


class RosterService:
    def __init__(self, db: Database, who: Who = lambda: "", clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self._who = who
        self.clock = clock  # public: the roster tab's "active on" starts at today

    # ----------------------------------------------------------------- reading
    def list_agencies(self) -> list[Agency]:
        """Every agency, merged and abolished ones included, with their contacts (two queries)."""
        with self._db.read() as s:
            return self._load(s, None)

    def get(self, agency_id: int) -> Agency:
        with self._db.read() as s:
            found = self._load(s, [agency_id])
        if not found:
            raise NotFoundError([Problem("", "Cơ quan này không còn trong danh sách (có thể đã bị xóa).")])
        return found[0]

    def count(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(AgencyRow)) or 0

    def find_by_name(self, name: str) -> Agency | None:
        """The agency a name refers to (folded, so "Ứng Hoà" finds "Ứng Hòa"); active ones first."""
        key = fold(name)
        with self._db.read() as s:
            ids = s.scalars(
                select(AgencyRow.id)
                .where(AgencyRow.name_folded == key)
                .order_by(AgencyRow.active_to.is_not(None), AgencyRow.id)
            ).all()
            if not ids:
                return None
            return self._load(s, [ids[0]])[0]

    def _load(self, s: Session, ids: Sequence[int] | None) -> list[Agency]:
        """Agencies with their contacts in two queries, read as plain tuples.

        The window loads the whole roster at start-up (100,000 agencies in the benchmark), so rows
        are unpacked by position, enums looked up in a dict and repeated strings shared, rather than
        going through SQLAlchemy's mapping rows and Enum calls for every value.
        """
        a = AgencyRow.__table__
        c = ContactRow.__table__
        succ = a.alias("succ")
        query = (
            select(a.c.id, a.c.name, a.c.kind, a.c.short_name, a.c.code, a.c.address, a.c.phone,
                   a.c.email, a.c.portal_url, a.c.active_from, a.c.active_to, a.c.successor_id,
                   succ.c.name, a.c.notes, a.c.licence_number, a.c.licence_date, a.c.licence_issuer,
                   a.c.monthly_reach, a.c.hanoi_column_url, a.c.version)
            .outerjoin(succ, succ.c.id == a.c.successor_id)
            .order_by(a.c.id)
        )
        contacts_query = (
            select(c.c.id, c.c.agency_id, c.c.name, c.c.position, c.c.phone, c.c.email, c.c.role)
            .order_by(c.c.agency_id, c.c.position_order, c.c.id)
        )
        if ids is not None:
            query = query.where(a.c.id.in_(ids))
            contacts_query = contacts_query.where(c.c.agency_id.in_(ids))
        roles = _ROLES
        shared: dict[str, str] = {}  # positions, kinds of text that repeat: one string each
        contacts: dict[int, list[Contact]] = defaultdict(list)
        for cid, agency_id, name, position, phone, email, role in s.execute(contacts_query):
            contacts[agency_id].append(
                Contact(cid, agency_id, name, shared.setdefault(position, position), phone, email,
                        roles[role])
            )
        kinds = _KINDS
        no_contacts: tuple[Contact, ...] = ()
        return [
            Agency(
                id=r[0], name=r[1], kind=kinds[r[2]], short_name=r[3], code=r[4], address=r[5],
                phone=r[6], email=r[7], portal_url=r[8], active_from=r[9], active_to=r[10],
                successor_id=r[11], successor_name=r[12] or "", notes=r[13], licence_number=r[14],
                licence_date=r[15], licence_issuer=r[16], monthly_reach=r[17],
                hanoi_column_url=r[18], version=r[19],
                contacts=tuple(found) if (found := contacts.get(r[0])) else no_contacts,
            )
            for r in s.execute(query)
        ]

    # ----------------------------------------------------------------- validation
    def validate(self, draft: AgencyDraft, agency_id: int | None = None) -> AgencyDraft:
        """Return the cleaned draft or raise ValidationError with every problem found."""
        draft = clean_draft(draft)
        problems = draft_problems(draft)
        with self._db.read() as s:
            problems += self._database_problems(s, draft, agency_id)
        if problems:
            raise ValidationError(problems)
        return draft

    def _database_problems(self, s: Session, draft: AgencyDraft, agency_id: int | None) -> list[Problem]:
        problems: list[Problem] = []
        if draft.name:
            same = s.execute(
                select(AgencyRow.id, AgencyRow.name, AgencyRow.active_from, AgencyRow.active_to).where(
                    AgencyRow.name_folded == fold(draft.name)
                )
            ).all()
            for other in same:
                if other.id != agency_id and _overlaps(
                    draft.active_from, draft.active_to, other.active_from, other.active_to
                ):
                    problems.append(Problem(
                        "name", f"Đã có cơ quan “{other.name}” cùng tên hoạt động trong cùng thời gian."
                    ))
                    break
        if draft.kind in SITE_KINDS and (domain := site_domain(draft.portal_url)):
            # One site, one record: "https://www.baomoi.com/" and "baomoi.com" are the same site.
            others = s.execute(
                select(AgencyRow.id, AgencyRow.name, AgencyRow.portal_url)
                .where(AgencyRow.kind.in_([k.value for k in SITE_KINDS]), AgencyRow.portal_url != "")
            ).all()
            for other in others:
                if other.id != agency_id and site_domain(other.portal_url) == domain:
                    problems.append(
                        Problem("portal_url", f"Tên miền {domain} đã thuộc trang “{other.name}”."))
                    break
        if draft.successor_id is not None:
            if draft.successor_id == agency_id:
                problems.append(Problem("successor_id", "Một cơ quan không thể sáp nhập vào chính nó."))
            elif s.get(AgencyRow, draft.successor_id) is None:
                problems.append(Problem("successor_id", "Cơ quan tiếp nhận không còn trong danh sách."))
        return problems

    # ----------------------------------------------------------------- writing
    def create(self, draft: AgencyDraft) -> Agency:
        draft = self.validate(draft)
        with self._db.begin() as s:
            row = AgencyRow()
            self._apply(row, draft)
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(new_id)

    def update(self, agency_id: int, draft: AgencyDraft, expected_version: int | None = None) -> Agency:
        """Save an edit. If someone saved the agency since it was opened, refuse and say who."""
        draft = self.validate(draft, agency_id)
        save_versioned(
            self._db, AgencyRow, agency_id, expected_version,
            lambda _s, row: self._apply(row, draft),
            label=lambda row: row.name,
            missing="Cơ quan này không còn trong danh sách (có thể đã bị xóa).",
        )
        return self.get(agency_id)

    @staticmethod
    def _conflict(row: AgencyRow) -> ConflictError:
        return conflict_error(row, row.name)

    def end(self, agency_id: int, end_date: date, successor_id: int | None = None,
            expected_version: int | None = None) -> Agency:
        """End an agency (merged or abolished) rather than delete it: old records keep its name."""
        agency = self.get(agency_id)
        return self.update(
            agency_id,
            agency.to_draft(active_to=end_date, successor_id=successor_id, contacts=None),
            expected_version,
        )

    def delete(self, agency_id: int) -> None:
        """Delete an agency that nothing refers to; otherwise explain what refers to it."""
        with self._db.read() as s:
            row = s.get(AgencyRow, agency_id)
            if row is None:
                return
            merged = s.scalars(select(AgencyRow.name).where(AgencyRow.successor_id == agency_id)).all()
        if merged:
            raise ValidationError(
                f"Không xóa được “{row.name}”: {len(merged)} cơ quan đã sáp nhập vào đơn vị này "
                f"({', '.join(merged[:3])}{'…' if len(merged) > 3 else ''}). "
                "Hãy dùng “Kết thúc hoạt động” thay vì xóa."
            )
        try:
            with self._db.begin() as s:
                found = s.get(AgencyRow, agency_id)
                if found is not None:
                    s.delete(found)
        except IntegrityError:
            raise ValidationError(
                f"Không xóa được “{row.name}”: đơn vị này đang được dùng trong dữ liệu khác "
                "(lịch nội dung, fanpage, báo cáo). Hãy dùng “Kết thúc hoạt động” thay vì xóa."
            ) from None

    def is_referenced(self, agency_id: int) -> bool:
        with self._db.read() as s:
            return bool(s.scalar(select(exists().where(AgencyRow.successor_id == agency_id))))

    def write_row(self, row: AgencyRow, draft: AgencyDraft, *, by_id: bool = False) -> None:
        """Set *row* from a draft :meth:`validate` returned, inside the caller's unit of work (a feature
        that saves an agency together with its own records, such as a site and its outreach).
        *by_id*: the draft's contacts carry the ids :func:`merge_contacts` gave them (an import)."""
        self._apply(row, draft, by_id=by_id)

    def _apply(self, row: AgencyRow, draft: AgencyDraft, who: str | None = None, *,
               by_id: bool = False) -> None:
        """Write *draft* onto *row*. With *by_id* (an import) contacts are matched by their ids:
        a stored contact the draft no longer lists is deleted (its history keeps it as a former
        contact) and one without an id is added; otherwise rows are reused in list order."""
        for f in fields(AgencyDraft):
            if f.name == "contacts":
                continue
            value = getattr(draft, f.name)
            if f.name == "kind":
                value = draft.kind.value
            setattr(row, f.name, value)
        row.name_folded = fold(draft.name)
        row.updated_at = utcnow()
        row.updated_by = self._who() if who is None else who
        if draft.contacts is not None:
            # Reuse the rows in place: an edit of one phone number is one change in the history,
            # not every contact deleted and added again.
            current = list(row.contacts) if row.id is not None else []
            stored = {contact.id: contact for contact in current}
            kept: list[ContactRow] = []
            for i, c in enumerate(draft.contacts):
                if by_id:
                    contact = stored.get(c.id) if c.id is not None else None
                    contact = contact if contact is not None else ContactRow()
                else:
                    contact = current[i] if i < len(current) else ContactRow()
                contact.name, contact.name_folded, contact.position = c.name, fold(c.name), c.position
                contact.phone, contact.email, contact.role = c.phone, c.email, c.role.value
                contact.position_order = i
                kept.append(contact)
            row.contacts = kept

    # ----------------------------------------------------------------- import
    def plan_import(
        self, rows: Iterable[ImportRow[AgencyDraft]], source: str = ""
    ) -> ImportPlan[AgencyDraft]:
        """Preview an import: match each row to the roster by folded name; nothing is written.

        A row that names an agency already in the roster updates it with the columns the file has;
        two rows naming the same agency, or any invalid row, reject the import as a whole.
        """
        rows = list(rows)
        existing: dict[str, list[Agency]] = defaultdict(list)
        for agency in self.list_agencies():
            existing[fold(agency.name)].append(agency)
        today = self.clock.today()
        warnings = row_warnings(rows)
        rejected: list[Problem] = []
        seen: dict[str, int] = {}
        to_add: list[PlannedRow[AgencyDraft]] = []
        to_update: list[PlannedRow[AgencyDraft]] = []
        unchanged: list[PlannedRow[AgencyDraft]] = []
        for item in rows:
            rejected.extend(item.problems)
            if item.draft is None:
                continue
            draft = clean_draft(item.draft)
            key = fold(draft.name)
            if key in seen:
                rejected.append(Problem(
                    f"dòng {item.row}",
                    f"“{draft.name}” trùng với dòng {seen[key]} (cùng một cơ quan).",
                ))
                continue
            seen[key] = item.row
            matches = existing.get(key, [])
            current = next((a for a in matches if a.active_to is None or a.active_to >= today),
                           matches[0] if matches else None)
            if current is not None:
                draft = _merge(current, draft, item.columns)
            for problem in draft_problems(draft):
                label = FIELD_LABELS.get(problem.field.split("[")[0], problem.field)
                rejected.append(Problem(f"dòng {item.row}, cột {label}", problem.message,
                                        _problem_value(draft, problem.field)))
            if current is None:
                to_add.append(PlannedRow(item.row, draft.name, draft))
                continue
            changes = agency_changes(current, draft)
            (to_update if changes else unchanged).append(PlannedRow(item.row, current.name, draft, current.id,
                                                                     changes))
            if changes and current.active_to is not None and current.active_to < today:
                warnings.append(ended_warning(item.row, current))
        return ImportPlan(source, tuple(to_add), tuple(to_update), tuple(unchanged), tuple(rejected),
                          tuple(warnings))

    def apply_import(
        self,
        plan: ImportPlan[AgencyDraft],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, int]:
        """Write a clean plan in one transaction: every row or none.

        ``cancelled()`` is asked between updates and once more before the commit; when it says
        yes, :class:`Cancelled` is raised and the transaction rolls back, so nothing is written.
        """
        if not plan.ok:
            raise ValidationError(list(plan.rejected))
        steps = SaveSteps(len(plan.to_add) + len(plan.to_update), progress, cancelled)
        who = self._who()  # once: it is a settings read, not to be repeated for every row
        with self._db.begin() as s:
            steps.last(0)
            self._insert_many([planned.draft for planned in plan.to_add], s, who)
            for done, planned in enumerate(plan.to_update, len(plan.to_add)):
                steps.step(done)
                row = s.get(AgencyRow, planned.existing_id)
                if row is None:
                    raise ValidationError(f"dòng {planned.row}: “{planned.label}” vừa bị xóa khỏi danh sách.")
                self._apply(row, planned.draft, who, by_id=True)
            s.flush()
            steps.last()
        return len(plan.to_add), len(plan.to_update)

    def _insert_many(self, drafts: Sequence[AgencyDraft], s: Session, who: str) -> None:
        """New agencies and their contacts in a few bulk statements, inside the caller's transaction.

        An import of 10,000 rows through ORM objects spent most of its time in the unit of work
        (docs/performance.md); the values written are those ``_apply`` would set. Ids come back from
        ``RETURNING`` matched by the folded name (the plan has made it unique among new agencies) and
        by (agency, place) for contacts.
        """
        if not drafts:
            return
        now = utcnow()
        fields_written = [f.name for f in fields(AgencyDraft) if f.name != "contacts"]
        names = [*fields_written, "name_folded", "version", "updated_at", "updated_by"]
        folded = fold_many([draft.name for draft in drafts])
        agency_values = []
        for draft, name_folded in zip(drafts, folded, strict=True):
            values = {name: getattr(draft, name) for name in fields_written}
            values.update(kind=draft.kind.value, name_folded=name_folded, version=1, updated_at=now,
                          updated_by=who)
            agency_values.append(values)
        table = AgencyRow.__table__
        if len(set(folded)) == len(folded):
            returned = dict(insert_rows(s, table, names, [[v[n] for n in names] for v in agency_values],
                                        returning=("name_folded", "id")))
            ids = [returned[name_folded] for name_folded in folded]
        else:  # two new agencies of one name (not from a plan): one statement per row, in order
            ids = s.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                            agency_values).scalars().all()
        record_inserts(s, AgencyRow, agency_values, ids, who)
        contacts = [(agency_id, i, c) for agency_id, draft in zip(ids, drafts, strict=True)
                    for i, c in enumerate(draft.contacts or ())]
        if not contacts:
            return
        contact_names = ["agency_id", "name", "name_folded", "position", "phone", "email", "role",
                         "position_order"]
        contact_folded = fold_many([c.name for _a, _i, c in contacts])
        contact_rows = [(agency_id, c.name, name_folded, c.position, c.phone, c.email, c.role.value, i)
                        for (agency_id, i, c), name_folded in zip(contacts, contact_folded, strict=True)]
        found = insert_rows(s, ContactRow.__table__, contact_names, contact_rows,
                            returning=("agency_id", "position_order", "id"))
        by_place = {(agency_id, order): contact_id for agency_id, order, contact_id in found}
        contact_values = [dict(zip(contact_names, row, strict=True)) for row in contact_rows]
        contact_ids = [by_place[(agency_id, i)] for agency_id, i, _c in contacts]
        record_inserts(s, ContactRow, contact_values, contact_ids, who)

    def search_contacts(self, text: str, limit: int = 20) -> list[tuple[Contact, str]]:
        """Contacts whose name, e-mail or agency matches *text* (folded): for picking recipients."""
        key = fold(text)
        with self._db.read() as s:
            query = (
                select(ContactRow, AgencyRow.name)
                .join(AgencyRow, AgencyRow.id == ContactRow.agency_id)
                .where(ContactRow.email != "")
                .where(or_(ContactRow.name_folded.contains(key, autoescape=True),
                           func.lower(ContactRow.email).contains(key, autoescape=True),
                           AgencyRow.name_folded.contains(key, autoescape=True)))
            )
            found = [
                (Contact(c.id, c.agency_id, c.name, c.position, c.phone, c.email, ContactRole(c.role)), name)
                for c, name in s.execute(query).all()
            ]
        # The Vietnamese alphabet, then the limit, here: not the database's collation.
        found.sort(key=lambda pair: (sort_key(pair[0].name), sort_key(pair[1]), pair[0].id))
        return found[:limit]


def ended_warning(row: int, agency: Agency) -> Problem:
    """An import touching an agency that has ended: allowed (its old records are kept up to date),
    but the clerk should know, since the file may mean its successor."""
    successor = f", sáp nhập vào “{agency.successor_name}”" if agency.successor_name else ""
    return Problem(f"dòng {row}", f"“{agency.name}” đã kết thúc hoạt động từ {agency.active_to:%d/%m/%Y}"
                   f"{successor}: dòng này sẽ cập nhật hồ sơ của cơ quan đã kết thúc.", agency.name)


def _problem_value(draft: AgencyDraft, field_name: str) -> str:
    name = field_name.split("[")[0]
    if name == "contacts" and "[" in field_name:
        index = int(field_name.split("[")[1].rstrip("]")) - 1
        contacts = draft.contacts or ()
        return contacts[index].describe() if 0 <= index < len(contacts) else ""
    return shown(getattr(draft, name, None)) if name in AgencyDraft.__dataclass_fields__ else ""


def _merge(current: Agency, incoming: AgencyDraft, columns: frozenset[str]) -> AgencyDraft:
    """The current agency with the file's non-empty values on top, and the file's focal point.

    The name is what matched (folded), so it only differs in case, tone placement or Unicode form:
    the roster keeps its own spelling rather than flip with every file, and a re-import is "unchanged".
    """
    base = current.to_draft()
    changes: dict[str, object] = {}
    for name in columns:
        if name in ("contacts", "name"):
            continue
        value = getattr(incoming, name)
        if value not in ("", None):
            changes[name] = value
    if "contacts" in columns and incoming.contacts:
        changes["contacts"] = merge_contacts(current.contacts, incoming.contacts)
    return replace(base, **changes)  # type: ignore[arg-type]


def merge_contacts(stored: Sequence[Contact], incoming: Sequence[ContactDraft]) -> tuple[ContactDraft, ...]:
    """The contacts after an import: each incoming contact matched to a stored one of the same role
    by name (folded), e-mail or phone, and updated with its non-empty details; an unmatched focal
    point replaces the stored focal point (one agency, one focal point), which leaves the list and
    stays in the history as a former contact. Other roles are added, never removed."""
    merged = [ContactDraft(c.name, c.position, c.phone, c.email, c.role, c.id) for c in stored]
    for contact in incoming:
        index = _matching_contact(merged, contact)
        if index is not None:
            old = merged[index]
            merged[index] = ContactDraft(old.name if fold(old.name) == fold(contact.name) else contact.name,
                                         contact.position or old.position, contact.phone or old.phone,
                                         contact.email or old.email, old.role, old.id)
            continue
        if contact.role is ContactRole.FOCAL_POINT:
            merged = [c for c in merged if c.role is not ContactRole.FOCAL_POINT]
            merged.insert(0, contact)
        else:
            merged.append(contact)
    return tuple(merged)


def _matching_contact(contacts: Sequence[ContactDraft], wanted: ContactDraft) -> int | None:
    same_role = [(i, c) for i, c in enumerate(contacts) if c.role is wanted.role]
    for same in (
        lambda c: fold(c.name) == fold(wanted.name),
        lambda c: bool(wanted.email) and c.email.lower() == wanted.email.lower(),
        lambda c: bool(wanted.phone) and normalise_phone(c.phone) == normalise_phone(wanted.phone),
    ):
        for i, contact in same_role:
            if same(contact):
                return i
    return None


_CHANGE_LABELS = {f.name: FIELD_LABELS.get(f.name, f.name) for f in fields(AgencyDraft)}


def agency_changes(current: Agency, new: AgencyDraft, labels: Mapping[str, str] = _CHANGE_LABELS,
                   contact_label: Callable[[ContactRole], str] | None = None) -> tuple[Change, ...]:
    """Every field of an agency an import changes, old → new as the clerk reads them (contacts one
    per line). *labels* name the fields shown (an importer of sites calls them by its own sheet's
    headers); *contact_label* names a contact line by its role."""
    def label_of(role: ContactRole) -> str:
        return contact_label(role) if contact_label else f"{FIELD_LABELS['contacts']} ({role.label})"

    old = current.to_draft()
    found = list(draft_changes(old, replace(new, contacts=old.contacts), labels))
    before = {c.id: c for c in current.contacts}
    after = new.contacts or ()
    for contact in after:
        if contact.id is None:
            replaced = [c for c in current.contacts if c.role is contact.role and c.id not in
                        {a.id for a in after}]
            found.append(Change(label_of(contact.role),
                                "; ".join(ContactDraft(c.name, c.position, c.phone, c.email).describe()
                                          for c in replaced), contact.describe()))
            continue
        was = before.get(contact.id)
        if was is not None:
            old_text = ContactDraft(was.name, was.position, was.phone, was.email).describe()
            if old_text != contact.describe():
                found.append(Change(label_of(contact.role), old_text, contact.describe()))
    return tuple(found)
