"""Who issues the office's documents, and how they are numbered, as plain values (documents.md,
"Ready to sign as it comes out").

The settings service builds an :class:`Issuer` from the office's settings and the roster; every
document exporter takes one. A document whose issuer is not ready (no office, no signer, an office the
roster says has ended) is still written, as a draft that says so on every page: ``draft_reasons``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


class Numbering(str, enum.Enum):
    """Where a document's number comes from."""

    BLANK = "blank"  # the văn thư writes it in from the office's register when the document is issued
    REGISTER = "register"  # Hanoi Desk's own register, in the transaction that records the document

    @property
    def label(self) -> str:
        return {"blank": "Để trống, văn thư ghi số khi phát hành",
                "register": "Lấy số từ sổ đăng ký của Hanoi Desk"}[self.value]


@dataclass(frozen=True)
class Issuer:
    """The office as it signs one document; what every official PDF needs of the settings."""

    parent_body: str
    office_name: str
    office_symbol: str
    drafting_unit: str
    place: str
    signing_authority: str
    signer_title: str
    signer_name: str
    office_short: str = "Sở"  # how the office names itself in a sentence ("Sở đề nghị …")
    office_in_text: str = ""  # its full name as running text writes it ("Sở Văn hóa và Thể thao")
    plan_reference: str = ""  # the plan as cited, with its number and date when the office has them
    staff_name: str = ""
    draft_reasons: tuple[str, ...] = ()  # why the document is a draft; empty: ready to sign

    @property
    def draft(self) -> bool:
        return bool(self.draft_reasons)

    def symbol(self, type_abbr: str | None) -> str:
        """What follows the slash: "BC-SVHTT" for a typed document; "SVHTT-VP" for a công văn."""
        parts = (type_abbr, self.office_symbol) if type_abbr else (self.office_symbol, self.drafting_unit)
        return "-".join(p.strip() for p in parts if p and p.strip())

    @property
    def in_text(self) -> str:
        return self.office_in_text or self.office_short

    def recipients(self, lines: Iterable[str]) -> tuple[str, ...]:
        """The "Nơi nhận" lines, closed by "Lưu: VT, <unit>" unless the settings already end with one."""
        out = [line.strip() for line in lines if line.strip()]
        if not any(line.lstrip("- ").lower().startswith("lưu") for line in out):
            out.append(f"Lưu: VT, {self.drafting_unit}" if self.drafting_unit.strip() else "Lưu: VT")
        return tuple(out)

    def attached_to(self, kind: str, number: str, symbol: str, day: date) -> str:
        """"(Kèm theo Báo cáo số 07/BC-SVHTT ngày 05/12/2026 của Sở Văn hóa và Thể thao)"."""
        number = document_number(number) or "…"
        issuer = f" của {self.in_text}" if self.in_text else ""
        return f"(Kèm theo {kind} số {number}/{symbol} ngày {day:%d/%m/%Y}{issuer})"


@dataclass(frozen=True)
class Issue:
    """What a letter needs beyond its content: who issues it, its date and number, to whom it goes."""

    issuer: Issuer
    day: date
    number: str = ""  # "" leaves the space for the văn thư
    addressees: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()  # "Nơi nhận", before the "Lưu" line


def document_number(number: int | str | None) -> str:
    """The number as the header prints it: "05" below 10, "" when the văn thư writes it in."""
    if number is None:
        return ""
    text = str(number).strip()
    if text.isdigit():
        value = int(text)
        if value == 0:
            return ""
        return f"{value:02d}" if value < 10 else text
    return text


def vn_count(n: int) -> str:
    """A count in running text ("6 trang", "1.234 tin, bài"): no leading zero, dots between thousands.

    The decree's leading zero is for the document's own number and for dates, not for quantities; one
    rule everywhere keeps "06 trang" and "7 nội dung" from meeting in the same letter.
    """
    return f"{n:,}".replace(",", ".")
