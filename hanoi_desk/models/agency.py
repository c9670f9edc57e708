"""Agencies of the roster and their contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hanoi_desk.models.base import Base, Versioned


class AgencyRow(Versioned, Base):
    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    short_name: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    code: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    portal_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)
    successor_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    licence_number: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    licence_date: Mapped[date | None] = mapped_column(Date)
    licence_issuer: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    monthly_reach: Mapped[int | None] = mapped_column(BigInteger)
    hanoi_column_url: Mapped[str] = mapped_column(String(500), nullable=False, default="")

    successor: Mapped[AgencyRow | None] = relationship(remote_side=[id], lazy="joined")
    contacts: Mapped[list[ContactRow]] = relationship(
        back_populates="agency",
        cascade="all, delete-orphan",
        order_by="ContactRow.position_order",
        lazy="selectin",
    )


class ContactRow(Base):
    __tablename__ = "contact"
    __history_parent__ = "agency_id"  # a contact's changes show in its agency's history

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_folded: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    position: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(120), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(30), nullable=False, default="focal_point")
    position_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    agency: Mapped[AgencyRow] = relationship(back_populates="contacts")
