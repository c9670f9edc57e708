"""Roster: agencies, contacts and shared settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_by", sa.String(120), nullable=False, server_default=""),
    ]


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_folded", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("short_name", sa.String(120), nullable=False, server_default=""),
        sa.Column("code", sa.String(30), nullable=False, server_default=""),
        sa.Column("address", sa.String(500), nullable=False, server_default=""),
        sa.Column("phone", sa.String(120), nullable=False, server_default=""),
        sa.Column("email", sa.String(254), nullable=False, server_default=""),
        sa.Column("portal_url", sa.String(500), nullable=False, server_default=""),
        sa.Column("active_from", sa.Date()),
        sa.Column("active_to", sa.Date()),
        sa.Column(
            "successor_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_agency_successor_id_agency", ondelete="RESTRICT"),
        ),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("licence_number", sa.String(120), nullable=False, server_default=""),
        sa.Column("licence_date", sa.Date()),
        sa.Column("licence_issuer", sa.String(300), nullable=False, server_default=""),
        sa.Column("monthly_reach", sa.BigInteger()),
        sa.Column("hanoi_column_url", sa.String(500), nullable=False, server_default=""),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_agency"),
    )
    op.create_index("ix_agency_name_folded", "agency", ["name_folded"])
    op.create_index("ix_agency_kind", "agency", ["kind"])
    op.create_index("ix_agency_successor_id", "agency", ["successor_id"])
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "agency_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_contact_agency_id_agency", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_folded", sa.String(200), nullable=False, server_default=""),
        sa.Column("position", sa.String(200), nullable=False, server_default=""),
        sa.Column("phone", sa.String(120), nullable=False, server_default=""),
        sa.Column("email", sa.String(254), nullable=False, server_default=""),
        sa.Column("role", sa.String(30), nullable=False, server_default="focal_point"),
        sa.Column("position_order", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_contact"),
    )
    op.create_index("ix_contact_agency_id", "contact", ["agency_id"])
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("key", name="pk_setting"),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_table("contact")
    op.drop_table("agency")
