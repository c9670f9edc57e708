"""Mail: the log of files sent by e-mail.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("sender", sa.String(254), nullable=False, server_default=""),
        sa.Column("to_addrs", sa.Text(), nullable=False, server_default=""),
        sa.Column("cc_addrs", sa.Text(), nullable=False, server_default=""),
        sa.Column("bcc_addrs", sa.Text(), nullable=False, server_default=""),
        sa.Column("subject", sa.String(500), nullable=False, server_default=""),
        sa.Column("attachment_name", sa.String(300), nullable=False, server_default=""),
        sa.Column("attachment_size", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("attachment_sha256", sa.String(64), nullable=False, server_default=""),
        sa.Column("message_id", sa.String(300), nullable=False, server_default=""),
        sa.Column("sent_by", sa.String(120), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_mail_sent"),
        sa.CheckConstraint("method IN ('smtp', 'draft')", name="ck_mail_sent_method"),
    )
    op.create_index("ix_mail_sent_sent_at", "mail_sent", ["sent_at"])


def downgrade() -> None:
    op.drop_index("ix_mail_sent_sent_at", table_name="mail_sent")
    op.drop_table("mail_sent")
