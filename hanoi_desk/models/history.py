"""The change history: one row per insert, update or delete of any record of any table.

No foreign key to the records it describes, so a deleted record keeps its history. Written by the
session listeners in ``services/history.py`` through Core inserts, never as ORM objects, so that
recording a change is not itself a change to record.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hanoi_desk.models.base import Base, utcnow


class HistoryRow(Base):
    __tablename__ = "history"
    __history_ignore__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    changed_by: Mapped[str] = mapped_column(String(120), nullable=False, default="", index=True)
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    record_id: Mapped[str] = mapped_column(String(64), nullable=False)
    label: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    parent_table: Mapped[str | None] = mapped_column(String(64))
    parent_id: Mapped[str | None] = mapped_column(String(64))
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    folded: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("ix_history_table_name_record_id", "table_name", "record_id"),
        Index("ix_history_parent_table_parent_id", "parent_table", "parent_id"),
    )
