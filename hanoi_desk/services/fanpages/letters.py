"""The proposal letters: one letter per platform company asking it to verify the office's official pages,
numbered (the văn thư's number, or the document register's) and recorded on the pages in one
transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hanoi_desk.db import Database
from hanoi_desk.domain.clock import Clock
from hanoi_desk.domain.documents import Issuer, Numbering
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.fanpage import Fanpage, Platform, ProposalLetter, VerificationState
from hanoi_desk.domain.text import fold, nfc, sort_key
from hanoi_desk.models import FanpageEventRow
from hanoi_desk.services.documents import take_number
from hanoi_desk.services.fanpages._store import FanpageStore, Who, load_pages
from hanoi_desk.services.fanpages.lifecycle import move_pages
from hanoi_desk.services.settings import SettingsService


class VerificationLetters(FanpageStore):
    """The letters asking the platform companies to verify official pages."""

    def __init__(self, db: Database, who: Who, clock: Clock, settings: SettingsService) -> None:
        super().__init__(db, who, clock)
        self._settings = settings

    def numbering(self) -> Numbering:
        return Numbering(self._settings.office().numbering)

    def issuer(self, day: date) -> Issuer:
        """The office as it signs a letter dated *day* (for the exporter; drafts say why)."""
        return self._settings.issuer(day)

    def symbol(self) -> str:
        """The symbol after the number: issuer then drafting unit ("SVHTT-VP"), from the settings."""
        return self._settings.issuer().symbol(None)

    def unproposed(self, platform: Platform | None = None) -> list[Fanpage]:
        """Official pages never proposed (or refused / lost and not proposed again): what a letter covers."""
        waiting = (VerificationState.NOT_REQUESTED, VerificationState.REFUSED, VerificationState.LOST)
        with self._db.read() as s:
            registered = load_pages(s, None)
        pages = [
            p
            for p in registered
            if p.official and p.state in waiting and (platform is None or p.platform is platform)
        ]
        return sorted(pages, key=_letter_order)

    def groups(self, pages: Iterable[Fanpage]) -> list[tuple[str, list[Fanpage]]]:
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
        symbol = nfc(symbol if symbol is not None else self.symbol()).strip("/ ")
        if number is not None and number < 1:
            raise ValidationError(Problem("number", "Số công văn phải từ 1 trở lên."))
        register = self.numbering() is Numbering.REGISTER
        with self._db.read() as s:
            groups = self.groups(load_pages(s, ids))
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
            move_pages(s, members, VerificationState.PROPOSED, day, text, "", None, today=self._today(),
                       who=self._who, numbered=False)
            s.flush()
            marked = tuple(sorted(load_pages(s, members), key=_letter_order))
            letter = ProposalLetter(assigned, symbol, day, marked, company)
            write(letter)
            letters.append(letter)


def _number_text(number: int, symbol: str) -> str:
    return f"{number:02d}/{symbol}" if number < 10 else f"{number}/{symbol}"


def _letter_order(page: Fanpage) -> tuple[object, ...]:
    return (list(Platform).index(page.platform), sort_key(page.agency_name), sort_key(page.name))
