"""The verification life cycle of official pages: the one place a page's state changes, whether a clerk
records a step by hand (``FanpageService.transition``) or a proposal letter is issued
(``VerificationLetters.propose``, in the same transaction as the letter's number)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.fanpage import VerificationState, can_move
from hanoi_desk.models import FanpageEventRow, FanpageRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.fanpages._store import Who
from hanoi_desk.services.versioning import conflict_error


def move_pages(
    s: Session,
    ids: Sequence[int],
    target: VerificationState,
    day: date,
    letter_number: str,
    reason: str,
    expected_versions: Mapping[int, int] | None,
    *,
    today: date,
    who: Who,
    numbered: bool = True,
) -> None:
    """Pages to *target* within the caller's unit of work, every step kept in the history: the
    one way a page's verification state changes (by hand, or when a proposal letter is issued)."""
    problems: list[Problem] = []
    if not ids:
        problems.append(Problem("", "Chưa chọn trang nào."))
    if day is None:
        problems.append(Problem("day", "Chưa có ngày."))
    elif day > today:
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
    who_now = who()
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
        row.updated_by = who_now
        s.add(
            FanpageEventRow(
                fanpage_id=page_id,
                state=target.value,
                day=day,
                letter_number=letter_number if target is VerificationState.PROPOSED else "",
                note=reason,
                recorded_at=utcnow(),
                recorded_by=who_now,
            )
        )
