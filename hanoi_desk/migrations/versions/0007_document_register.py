"""The register of documents sent, for offices that number their documents from Hanoi Desk.

Revision ID: 0007
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0009"  # after the signatures (0010) and the outreach (0009), merged into main first
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("symbol", sa.String(60), nullable=False, server_default=""),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("key", sa.String(120)),
        sa.Column("recorded_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("recorded_by", sa.String(120), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_document_register"),
        sa.UniqueConstraint("year", "number", name="uq_document_register_year"),
        sa.UniqueConstraint("key", name="uq_document_register_key"),
    )


def downgrade() -> None:
    op.drop_table("document_register")
