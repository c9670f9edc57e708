"""Fanpages of agencies, their verification history, and suspected impersonating pages."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hanoi_desk.models.base import Base, Versioned, utcnow


class FanpageRow(Versioned, Base):
    __tablename__ = "fanpage"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    platform: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    name_folded: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    url: Mapped[str] = mapped_column(String(500), nullable=False)
    # The canonical key (domain.fanpage.canonical_page): one page, one record.
    url_key: Mapped[str] = mapped_column(String(500), nullable=False, unique=True)
    platform_id: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    followers: Mapped[int | None] = mapped_column(BigInteger)
    followers_on: Mapped[date | None] = mapped_column(Date)
    official: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # The current verification state, copied from the newest event so lists need no join.
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="not_requested", index=True)
    state_on: Mapped[date | None] = mapped_column(Date)
    letter_number: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    proposed_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    registered_on: Mapped[date] = mapped_column(Date, nullable=False)

    events: Mapped[list[FanpageEventRow]] = relationship(
        back_populates="fanpage",
        cascade="all, delete-orphan",
        order_by="FanpageEventRow.id",
        lazy="selectin",
    )


class FanpageEventRow(Base):
    """One step of the verification life cycle; never edited, so the history stays true."""

    __tablename__ = "fanpage_event"
    __history_parent__ = "fanpage_id"  # a verification step shows in its page's history

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fanpage_id: Mapped[int] = mapped_column(
        ForeignKey("fanpage.id", ondelete="CASCADE"), nullable=False, index=True
    )
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    letter_number: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")

    fanpage: Mapped[FanpageRow] = relationship(back_populates="events")


class ImpersonatorRow(Versioned, Base):
    __tablename__ = "impersonator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    url: Mapped[str] = mapped_column(String(500), nullable=False)
    url_key: Mapped[str] = mapped_column(String(500), nullable=False, unique=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"), index=True)
    fanpage_id: Mapped[int | None] = mapped_column(ForeignKey("fanpage.id", ondelete="SET NULL"), index=True)
    similarity: Mapped[int | None] = mapped_column(Integer)
    found_on: Mapped[date | None] = mapped_column(Date)
    reported_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="suspected", index=True)
    status_on: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")
