"""The content calendar: items (one row per occurrence of a series), the series, and what happened to them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hanoi_desk.models.base import Base, Versioned, utcnow


class ContentSeriesRow(Versioned, Base):
    """The rule a periodic item repeats by; its occurrences are content_item rows (materialised,
    so that each one keeps its own agreements, distributions and publication)."""

    __tablename__ = "content_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    period: Mapped[str] = mapped_column(String(20), nullable=False)
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    until: Mapped[date | None] = mapped_column(Date)
    count: Mapped[int | None] = mapped_column(Integer)


class ContentItemRow(Versioned, Base):
    __tablename__ = "content_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    title_folded: Mapped[str] = mapped_column(String(500), nullable=False, index=True)
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    domains: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # "economy,culture"
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT"), index=True
    )
    period: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    day: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="proposed", index=True)
    status_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("content_series.id", ondelete="CASCADE"), index=True
    )
    occurrence_date: Mapped[date | None] = mapped_column(Date)
    skipped: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class ContentAgreementRow(Base):
    __tablename__ = "content_agreement"
    __history_parent__ = "item_id"  # shown in its content item's history
    __table_args__ = (UniqueConstraint("item_id", "party", name="uq_content_agreement_item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    party: Mapped[str] = mapped_column(String(30), nullable=False)
    agreed_by: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    agreed_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ContentDistributionRow(Base):
    __tablename__ = "content_distribution"
    __history_parent__ = "item_id"  # shown in its content item's history

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    target: Mapped[str] = mapped_column(String(500), nullable=False)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    distributed_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ContentPublicationRow(Base):
    __tablename__ = "content_publication"
    __history_parent__ = "item_id"  # shown in its content item's history

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    where: Mapped[str] = mapped_column(String(500), nullable=False)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id", ondelete="SET NULL"))
    url: Mapped[str] = mapped_column(String(1000), nullable=False, default="")
    published_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ContentEventRow(Base):
    """Every move of an item, never edited: what happened, on which day, by whom, with what note."""

    __tablename__ = "content_event"
    __history_parent__ = "item_id"  # shown in its content item's history

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("content_item.id", ondelete="CASCADE"), nullable=False, index=True
    )
    move: Mapped[str] = mapped_column(String(20), nullable=False)
    on_date: Mapped[date] = mapped_column(Date, nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
