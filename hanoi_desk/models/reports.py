"""Agencies' annual reports as received, their files, and the office's own text for each year."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hanoi_desk.models.base import Base, Versioned


class ReportReceiptRow(Versioned, Base):
    """One agency's report for one year. The file lives in ``report_file`` so lists never load it."""

    __tablename__ = "report_receipt"
    __table_args__ = (UniqueConstraint("agency_id", "year", name="uq_report_receipt_agency_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(
        ForeignKey("agency.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    agency_name: Mapped[str] = mapped_column(String(300), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    received_on: Mapped[date] = mapped_column(Date, nullable=False)
    doc_number: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    doc_date: Mapped[date | None] = mapped_column(Date)
    portal_items: Mapped[int | None] = mapped_column(Integer)
    fanpage_items: Mapped[int | None] = mapped_column(Integer)
    official_fanpages: Mapped[int | None] = mapped_column(Integer)
    monitoring_staff: Mapped[int | None] = mapped_column(Integer)
    interactions_handled: Mapped[int | None] = mapped_column(Integer)
    results: Mapped[str] = mapped_column(Text, nullable=False, default="")
    difficulties: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposals: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attachment_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    attachment_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    attachment_size: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # The attached PDF's digital signatures as checked when it was recorded (domain.signatures):
    # "valid", "invalid", "untrusted", "none"; "" when there is no PDF to check.
    signature_status: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    signature_summary: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ReportFileRow(Base):
    """The bytes of a report's file, in the database so that every workstation opens the same one."""

    __tablename__ = "report_file"

    receipt_id: Mapped[int] = mapped_column(
        ForeignKey("report_receipt.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class ReportTextRow(Versioned, Base):
    """The office's own words for one year's aggregate report (sections III and IV, its number)."""

    __tablename__ = "report_text"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    shortcomings: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposals: Mapped[str] = mapped_column(Text, nullable=False, default="")
