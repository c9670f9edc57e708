"""A fanpage list read from a file: planned row by row (agencies matched by name, pages by address),
then written in one transaction, every row or none."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.fanpage import (
    Fanpage,
    FanpageDraft,
    FanpageImportDraft,
    VerificationState,
)
from hanoi_desk.domain.imports import (
    Change,
    ImportPlan,
    ImportRow,
    PlannedRow,
    SaveSteps,
    draft_changes,
    row_warnings,
)
from hanoi_desk.domain.text import fold
from hanoi_desk.models import AgencyRow, FanpageRow, ImpersonatorRow
from hanoi_desk.services.fanpages._store import FIELD_LABELS, FanpageStore, apply_page, clean_page, load_pages


class FanpageImport(FanpageStore):
    """The plan and the save of an imported fanpage list (``importing.jobs`` binds them to the file)."""

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
            pages = {p.url_key: p for p in load_pages(s, None)}
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
            draft, address, problems = clean_page(draft, today, count_date_today=False)
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
                draft, address, problems = clean_page(planned.draft, self._today(), count_date_today=False)
                if problems or address is None:
                    raise ValidationError([Problem(f"dòng {planned.row}", p.message) for p in problems])
                row = FanpageRow(registered_on=self._today(), state=VerificationState.NOT_REQUESTED.value)
                apply_page(row, draft, address, self._who())
                s.add(row)
            for done, planned in enumerate(plan.to_update, len(plan.to_add)):
                steps.step(done)
                row = s.get(FanpageRow, planned.existing_id)
                if row is None:
                    raise ValidationError(f"dòng {planned.row}: “{planned.label}” vừa bị xóa khỏi danh sách.")
                draft, address, _problems = clean_page(planned.draft, self._today(), count_date_today=False)
                assert address is not None
                apply_page(row, draft, address, self._who())
            s.flush()
            steps.last()
        return len(plan.to_add), len(plan.to_update)


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
