"""Numbers for the office's documents (documents.md, "The number").

By default a document leaves Hanoi Desk with "Số:      /BC-…": the văn thư gives the number from the
office's register when the document is issued. An office that keeps its register in Hanoi Desk
(setting ``numbering register``) gets the number here, in the same transaction that records the
document: a document that fails to be written does not use up a number, and two clerks never get the
same one (the register's unique (year, number); the loser of a race takes the next number).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from hanoi_desk.db import Database
from hanoi_desk.domain.calendar import range_label
from hanoi_desk.domain.documents import Issue, Numbering, document_number
from hanoi_desk.domain.errors import ConflictError
from hanoi_desk.domain.history import register_labels
from hanoi_desk.models import DocumentRegisterRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.settings import SettingsService

T = TypeVar("T")
_ATTEMPTS = 3

register_labels("document_register", "Sổ đăng ký văn bản đi", {
    "year": "Năm", "number": "Số", "symbol": "Ký hiệu", "summary": "Trích yếu", "issued_on": "Ngày văn bản",
    "key": "Văn bản", "recorded_at": "Thời điểm ghi", "recorded_by": "Người ghi",
})


@dataclass(frozen=True)
class Registered:
    """One line of the register."""

    year: int
    number: int
    symbol: str
    summary: str
    issued_on: date
    key: str | None
    recorded_at: datetime
    recorded_by: str

    @property
    def text(self) -> str:
        return f"{document_number(self.number)}/{self.symbol}"


def take_number(s: Session, *, day: date, symbol: str, summary: str, key: str | None = None,
                who: str = "") -> int:
    """The number of a document, inside the caller's transaction: the one *key* already has (the same
    document written again), else the next of *day*'s year."""
    if key:
        row = s.scalars(select(DocumentRegisterRow).where(DocumentRegisterRow.key == key)).first()
        if row is not None:
            row.symbol, row.summary = symbol, summary
            return row.number
    last = s.scalar(select(func.max(DocumentRegisterRow.number)).where(DocumentRegisterRow.year == day.year))
    number = (last or 0) + 1
    s.add(DocumentRegisterRow(year=day.year, number=number, symbol=symbol, summary=summary, issued_on=day,
                              key=key or None, recorded_at=utcnow(), recorded_by=who))
    s.flush()  # a second clerk's insert of the same number fails here, before anything is written
    return number


class DocumentService:
    def __init__(self, db: Database, settings: SettingsService) -> None:
        self._db = db
        self._settings = settings

    def mode(self) -> Numbering:
        return Numbering(self._settings.office().numbering)

    def issue(self, *, day: date, symbol: str, summary: str, write: Callable[[str], T],
              key: str | None = None) -> T:
        """Number a document (or leave the number to the văn thư) and have *write* produce it.

        *write* gets the number as text ("" for blank) and runs inside the transaction that records
        the number: if it fails, the number is not used.
        """
        if self.mode() is Numbering.BLANK:
            return write("")
        return self.numbered(lambda s: write(str(take_number(
            s, day=day, symbol=symbol, summary=summary, key=key, who=self._settings.who()))))

    def calendar_letter(self, start: date, end: date, day: date, number: str | None = None) -> Issue:
        """Who sends the content agreement letter of *start*–*end*, to whom, and its number (None: the
        one the register already gave it, as a preview shows it)."""
        issuer = self._settings.issuer(day)
        office = self._settings.office()
        if number is None:
            number = self.number_of(_calendar_key(start, end))
        return Issue(issuer, day, number, office.calendar_addressees, office.calendar_recipients)

    def issue_calendar_letter(self, start: date, end: date, day: date, write: Callable[[Issue], T]) -> T:
        """The công văn asking the agreeing parties to agree the content of *start*–*end*, numbered."""
        return self.issue(
            day=day, symbol=self._settings.issuer(day).symbol(None),
            summary=f"V/v thống nhất nội dung thông tin tuyên truyền {range_label(start, end)}",
            key=_calendar_key(start, end),
            write=lambda number: write(self.calendar_letter(start, end, day, number)))

    def numbered(self, work: Callable[[Session], T]) -> T:
        """Run *work* in one transaction, again when another clerk took the same number meanwhile."""
        for attempt in range(_ATTEMPTS):
            try:
                with self._db.begin() as s:
                    return work(s)
            except (IntegrityError, OperationalError) as error:
                if isinstance(error, OperationalError) and "locked" not in str(error).lower():
                    raise  # the server is gone, not busy
                if attempt == _ATTEMPTS - 1:
                    raise ConflictError("Sổ đăng ký văn bản đang được người khác ghi; hãy làm lại sau giây "
                                        "lát.") from None
        raise AssertionError("unreachable")

    def entries(self, year: int) -> list[Registered]:
        with self._db.read() as s:
            rows = s.scalars(select(DocumentRegisterRow).where(DocumentRegisterRow.year == year)
                             .order_by(DocumentRegisterRow.number))
            return [Registered(r.year, r.number, r.symbol, r.summary, r.issued_on, r.key, r.recorded_at,
                               r.recorded_by) for r in rows]

    def number_of(self, key: str) -> str:
        """The number a document already has in the register ("" if none): what a preview shows."""
        with self._db.read() as s:
            number = s.scalar(select(DocumentRegisterRow.number).where(DocumentRegisterRow.key == key))
        return str(number) if number else ""


def _calendar_key(start: date, end: date) -> str:
    return f"calendar:{start.isoformat()}:{end.isoformat()}"
