"""The sent log: one row per message sent by SMTP or handed to the mail program as a draft.

A log is appended to and never edited, so it carries no version counter.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hanoi_desk.models.base import Base, utcnow


class MailSentRow(Base):
    __tablename__ = "mail_sent"
    __table_args__ = (CheckConstraint("method IN ('smtp', 'draft')", name="method"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    method: Mapped[str] = mapped_column(String(20), nullable=False)
    sender: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    to_addrs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    cc_addrs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    bcc_addrs: Mapped[str] = mapped_column(Text, nullable=False, default="")
    subject: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    attachment_name: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    attachment_size: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    attachment_sha256: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    message_id: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    sent_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")
