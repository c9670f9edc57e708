"""Pages and their verification life cycle: the registry of official pages, one job of the fanpage
services (the others: ``letters``, ``impersonators``, ``imports``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from hanoi_desk.db import Database
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from hanoi_desk.domain.fanpage import (
    AddressError,
    Fanpage,
    FanpageDraft,
    FanpageSummary,
    PageAddress,
    VerificationEvent,
    VerificationState,
    canonical_page,
)
from hanoi_desk.domain.text import nfc
from hanoi_desk.models import AgencyRow, FanpageEventRow, FanpageRow
from hanoi_desk.services.fanpages._store import (
    FanpageStore,
    Who,
    apply_page,
    clean_page,
    duplicate_problems,
    load_pages,
)
from hanoi_desk.services.fanpages.impersonators import ImpersonatorService
from hanoi_desk.services.fanpages.imports import FanpageImport
from hanoi_desk.services.fanpages.letters import VerificationLetters
from hanoi_desk.services.fanpages.lifecycle import move_pages
from hanoi_desk.services.fanpages.summary import fanpage_summary
from hanoi_desk.services.settings import SettingsService


class FanpageService(FanpageStore):
    """The pages and their verification life cycle; the fanpage tab's entry point.

    Its companions do the other jobs, each in its own unit of work: ``letters`` (the proposal letters
    and their numbers), ``impersonators`` (suspected pages and the look-alike name checks) and
    ``imports`` (a fanpage list read from a file).
    """

    def __init__(self, db: Database, who: Who = lambda: "", clock: Clock = SYSTEM_CLOCK,
                 settings: SettingsService | None = None) -> None:
        super().__init__(db, who, clock)
        settings = settings or SettingsService(db, clock)
        self.letters = VerificationLetters(db, who, clock, settings)
        self.impersonators = ImpersonatorService(db, who, clock)
        self.imports = FanpageImport(db, who, clock)

    # ================================================================= reading
    def list_pages(self) -> list[Fanpage]:
        with self._db.read() as s:
            return load_pages(s, None)

    def get(self, page_id: int) -> Fanpage:
        with self._db.read() as s:
            found = load_pages(s, [page_id])
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
            return load_pages(s, [page_id])[0] if page_id is not None else None

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
        draft, address, problems = clean_page(draft, self._today())
        with self._db.read() as s:
            if draft.agency_id is not None and s.get(AgencyRow, draft.agency_id) is None:
                problems.append(Problem("agency_id", "Cơ quan này không còn trong danh bạ."))
            if address is not None:
                problems += duplicate_problems(s, address.key, page_id, None)
        if problems:
            raise ValidationError(problems)
        assert address is not None
        return draft, address

    # ================================================================= writing pages
    def create(self, draft: FanpageDraft) -> Fanpage:
        draft, address = self.validate(draft)
        with self._write() as s:
            row = FanpageRow(registered_on=self._today(), state=VerificationState.NOT_REQUESTED.value)
            apply_page(row, draft, address, self._who())
            s.add(row)
            s.flush()
            new_id = row.id
        return self.get(new_id)

    def update(self, page_id: int, draft: FanpageDraft, expected_version: int | None = None) -> Fanpage:
        """Save an edit; refused, naming who and when, if someone saved the page since it was opened."""
        draft, address = self.validate(draft, page_id)
        with self._editing(FanpageRow, page_id, expected_version,
                           "Trang này không còn trong danh sách (có thể đã bị xóa).") as (_s, row):
            if not draft.official and row.official and row.state != VerificationState.NOT_REQUESTED.value:
                raise ValidationError(
                    Problem("official", "Trang đã được đề nghị xác thực nên vẫn phải là trang chính thức.")
                )
            apply_page(row, draft, address, self._who())
        return self.get(page_id)

    def delete(self, page_id: int) -> None:
        self._delete(FanpageRow, page_id)

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
                move_pages(s, ids, target, day, letter_number, reason, expected_versions, today=self._today(),
                           who=self._who)
        except StaleDataError:
            raise ConflictError(
                "Một trang vừa được người khác thay đổi; hãy tải lại (F5) rồi làm lại."
            ) from None
        with self._db.read() as s:
            return load_pages(s, ids)

    # ================================================================= summary
    def summary(self, as_of: date) -> FanpageSummary:
        """The registry at the end of *as_of* (for the aggregate annual report), rebuilt from the history."""
        return fanpage_summary(self._db, as_of)
