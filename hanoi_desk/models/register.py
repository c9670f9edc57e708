"""The office's register of documents sent (sổ đăng ký văn bản đi), when Hanoi Desk numbers them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hanoi_desk.models.base import Base, utcnow


class DocumentRegisterRow(Base):
    """One number given: numbers run from 1 each year; ``key`` names the document it went to, so that
    writing the same document again (a typo fixed before it is sent) keeps its number."""

    __tablename__ = "document_register"
    __table_args__ = (
        UniqueConstraint("year", "number", name="uq_document_register_year"),
        UniqueConstraint("key", name="uq_document_register_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    symbol: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    key: Mapped[str | None] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
