"""Suspected pages that imitate the office's official ones, and the look-alike name checks: a page whose
name could be mistaken for another agency's official page, an impersonator and the page it imitates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hanoi_desk.domain.errors import NotFoundError, Problem, ValidationError
from hanoi_desk.domain.fanpage import (
    AddressError,
    Impersonator,
    ImpersonatorDraft,
    ImpersonatorStatus,
    NameCheck,
    NameFlag,
    NameSubject,
    PageAddress,
    Platform,
    canonical_page,
    close_names,
)
from hanoi_desk.domain.text import fold, nfc, sort_key
from hanoi_desk.models import AgencyRow, FanpageRow, ImpersonatorRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.fanpages._store import FanpageStore, duplicate_problems, load_pages, officials

GONE = "Trang mạo danh này không còn trong danh sách."


class ImpersonatorService(FanpageStore):
    """Suspected pages (reported to the platform, removed, dismissed) and the name checks."""

    def list_all(self) -> list[Impersonator]:
        with self._db.read() as s:
            return self._load_impersonators(s, None)

    def get(self, impersonator_id: int) -> Impersonator:
        with self._db.read() as s:
            found = self._load_impersonators(s, [impersonator_id])
        if not found:
            raise NotFoundError(GONE)
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

    def validate(
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
                problems += duplicate_problems(s, address.key, None, impersonator_id)
            if draft.fanpage_id is not None and s.get(FanpageRow, draft.fanpage_id) is None:
                problems.append(Problem("fanpage_id", "Trang bị mạo danh không còn trong danh sách."))
        if problems:
            raise ValidationError(problems)
        assert address is not None
        return draft, address

    def create(self, draft: ImpersonatorDraft) -> Impersonator:
        """Register a suspected page; its name is compared with every official page at once, and the
        page it most likely imitates is recorded when the clerk did not name one."""
        draft, address = self.validate(draft)
        if draft.found_on is None:
            draft = replace(draft, found_on=self._today())
        with self._write() as s:
            row = ImpersonatorRow(status_on=draft.found_on)
            self._apply_impersonator(s, row, draft, address)
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(new_id)

    def update(
        self, impersonator_id: int, draft: ImpersonatorDraft, expected_version: int | None = None
    ) -> Impersonator:
        draft, address = self.validate(draft, impersonator_id)
        with self._editing(ImpersonatorRow, impersonator_id, expected_version, GONE) as (s, row):
            if row.status != draft.status.value:
                row.status_on = self._today()
            self._apply_impersonator(s, row, draft, address)
        return self.get(impersonator_id)

    def set_status(
        self, impersonator_id: int, status: ImpersonatorStatus, day: date, expected_version: int | None = None
    ) -> Impersonator:
        """Reported to the platform, removed by it, or dismissed; the date is kept with the status."""
        if day > self._today():
            raise ValidationError(Problem("day", "Ngày không được sau hôm nay."))
        current = self.get(impersonator_id)
        changes: dict[str, object] = {"status": status}
        if status is ImpersonatorStatus.REPORTED or (
            status is ImpersonatorStatus.REMOVED and current.reported_on is None
        ):
            changes["reported_on"] = day
        draft, address = self.validate(current.to_draft(**changes), impersonator_id)
        with self._editing(ImpersonatorRow, impersonator_id, expected_version, GONE) as (s, row):
            self._apply_impersonator(s, row, draft, address)
            row.status_on = day
        return self.get(impersonator_id)

    def delete(self, impersonator_id: int) -> None:
        self._delete(ImpersonatorRow, impersonator_id)

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

    def _best_official(self, s: Session, name: str, agency_id: int | None) -> NameFlag | None:
        """The official page *name* most resembles; limited to *agency_id*'s pages when it is known."""
        candidates = officials(s)
        if agency_id is not None:
            candidates = [o for o in candidates if o.agency_id == agency_id]
        flags = close_names([NameSubject(0, name, None)], candidates, kind="impersonator")
        return flags[0] if flags else None

    # ================================================================= look-alike names
    def page_name_warnings(self, page_id: int) -> list[NameFlag]:
        """Official pages of OTHER agencies whose names are close to this page's name.

        The public may confuse the two, so the clerk is warned when the page is saved."""
        with self._db.read() as s:
            found = load_pages(s, [page_id])
            candidates = officials(s)
        if not found:
            raise NotFoundError("Trang này không còn trong danh sách (có thể đã bị xóa).")
        page = found[0]
        subject = NameSubject(page.id, page.name, page.agency_id, page.agency_name)
        return close_names([subject], candidates, kind="page")

    def check_names(self, record: bool = True) -> NameCheck:
        """Compare the whole registry: suspected pages against official pages, and every page against
        official pages of other agencies. With *record*, a suspected page that names no imitated page
        gets its best match recorded, as when it was added."""
        with self._db.read() as s:
            compared = officials(s)
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
            [NameSubject(r[0], r[1], None) for r in suspects], compared, kind="impersonator"
        )
        confusable = close_names([NameSubject(r[0], r[1], r[2], r[3]) for r in pages], compared, kind="page")
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
