"""An official document issued by the office: the letterhead, closing block and draft mark that every
document takes from the same :class:`~hanoi_desk.domain.documents.Issuer` (the settings as they are)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hanoi_desk.domain.documents import Issuer
from hanoi_desk.exporters.official_pdf import (
    TYPE_ABBREVIATIONS,
    Appendix,
    Block,
    Letterhead,
    OfficialDocument,
    Recipients,
    Signature,
)


def issued_document(
    issuer: Issuer,
    *,
    kind: str | None,
    number: str,
    day: date,
    body: Sequence[Block],
    title_summary: str = "",
    summary_line: str = "",
    addressees: Sequence[str] = (),
    recipients: Sequence[str] = (),
    appendix: Appendix | None = None,
    symbol: str | None = None,
) -> OfficialDocument:
    """*kind* is the type name ("BÁO CÁO") or None for a công văn with its "V/v …" *summary_line*.

    *number* "" leaves the space for the văn thư. The document is marked "DỰ THẢO" on every page while
    the issuer has draft reasons (no office, no signer, an office that has ended). *symbol* replaces
    the one the settings make, for a letter the clerk gave another symbol.
    """
    return OfficialDocument(
        letterhead=Letterhead(
            parent_body=issuer.parent_body,
            office_name=issuer.office_name,
            number=number or None,
            symbol=symbol or document_symbol(issuer, kind),
            place=issuer.place,
            day=day,
            summary_line=summary_line,
        ),
        kind=kind,
        title_summary=title_summary,
        addressees=tuple(addressees),
        body=tuple(body),
        recipients=Recipients(issuer.recipients(recipients)),
        signature=Signature(issuer.signing_authority, issuer.signer_title, issuer.signer_name),
        appendix=appendix,
        draft=issuer.draft,
    )


def document_symbol(issuer: Issuer, kind: str | None) -> str:
    """"BC-SVHTT" for a report, "SVHTT-VP" for a công văn (Decree 30, Appendix III)."""
    return issuer.symbol(TYPE_ABBREVIATIONS.get(kind.upper(), "") if kind else None)
