"""Outreach to licensed news sites and social networks: the life cycle of each site, its steps,
citation permissions per press agency, the proposals sent to the board, and articles entered by hand.

The sites themselves are agencies of the roster; these tables hang off the agency.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hanoi_desk.domain.outreach import STATE_LABELS, OutreachState
from hanoi_desk.models.agency import AgencyRow
from hanoi_desk.models.base import Base, Versioned, utcnow


def _site_name(agency: AgencyRow | None, fallback: object) -> str:
    return agency.name if agency is not None else f"#{fallback}"


class OutreachRow(Versioned, Base):
    """What the office does with one site: where its outreach stands, copied from the newest step."""

    __tablename__ = "outreach_site"
    __history_parent__ = "agency_id"  # shown in the agency's history too

    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="not_approached", index=True)
    state_on: Mapped[date | None] = mapped_column(Date)
    how: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    operator: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    staff: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")

    agency: Mapped[AgencyRow] = relationship(lazy="joined", innerjoin=True)

    def history_label(self) -> str:
        return _site_name(self.agency, self.agency_id)


class OutreachEventRow(Base):
    """One step of a site's outreach; never edited, so the record stays true."""

    __tablename__ = "outreach_event"
    __history_parent__ = "agency_id"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="CASCADE"), nullable=False, index=True
    )
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    how: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    staff: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")

    agency: Mapped[AgencyRow] = relationship(lazy="joined", innerjoin=True)

    def history_label(self) -> str:
        state = STATE_LABELS.get(OutreachState(self.state), self.state)
        return f"{_site_name(self.agency, self.agency_id)}: {state}"


class CitationProposalRow(Versioned, Base):
    """A proposal letter to the board asking the press to allow sites to quote them."""

    __tablename__ = "citation_proposal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    number: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    symbol: Mapped[str] = mapped_column(String(120), nullable=False, default="")

    def history_label(self) -> str:
        number = self.number or "…"
        return f"Công văn số {number}/{self.symbol} ngày {self.day:%d/%m/%Y}"


class CitationRow(Versioned, Base):
    """One press agency's permission for one site to quote it."""

    __tablename__ = "citation_permission"
    __table_args__ = (UniqueConstraint("site_id", "press_id", name="uq_citation_permission_site_id"),)
    __history_parent__ = "site_id"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    press_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="requested", index=True)
    requested_on: Mapped[date | None] = mapped_column(Date)
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("citation_proposal.id", ondelete="SET NULL"), index=True
    )
    decided_on: Mapped[date | None] = mapped_column(Date)
    document: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)

    site: Mapped[AgencyRow] = relationship(foreign_keys=[site_id], lazy="joined", innerjoin=True)
    press: Mapped[AgencyRow] = relationship(foreign_keys=[press_id], lazy="joined", innerjoin=True)

    def history_label(self) -> str:
        return f"{_site_name(self.site, self.site_id)} — {_site_name(self.press, self.press_id)}"


class SharedArticlesRow(Versioned, Base):
    """Articles about Hanoi a site carried in a month that the calendar does not record, as entered."""

    __tablename__ = "shared_articles"
    __table_args__ = (UniqueConstraint("agency_id", "month", name="uq_shared_articles_agency_id"),)
    __history_parent__ = "agency_id"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="CASCADE"), nullable=False, index=True
    )
    month: Mapped[date] = mapped_column(Date, nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    agency: Mapped[AgencyRow] = relationship(lazy="joined", innerjoin=True)

    def history_label(self) -> str:
        return f"{_site_name(self.agency, self.agency_id)}: tháng {self.month:%m/%Y}"
