"""History of every change to every record.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("changed_by", sa.String(120), nullable=False, server_default=""),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("label", sa.String(300), nullable=False, server_default=""),
        sa.Column("parent_table", sa.String(64)),
        sa.Column("parent_id", sa.String(64)),
        sa.Column("changes", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("folded", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_history"),
    )
    op.create_index("ix_history_changed_at", "history", ["changed_at"])
    op.create_index("ix_history_changed_by", "history", ["changed_by"])
    op.create_index("ix_history_table_name_record_id", "history", ["table_name", "record_id"])
    op.create_index("ix_history_parent_table_parent_id", "history", ["parent_table", "parent_id"])


def downgrade() -> None:
    op.drop_table("history")
