"""Fanpages: official pages of agencies, their verification history, impersonating pages.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
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
        "fanpage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("name", sa.String(300), nullable=False, server_default=""),
        sa.Column("name_folded", sa.String(300), nullable=False, server_default=""),
        sa.Column("url", sa.String(500), nullable=False),
        sa.Column("url_key", sa.String(500), nullable=False),
        sa.Column("platform_id", sa.String(100), nullable=False, server_default=""),
        sa.Column("followers", sa.BigInteger()),
        sa.Column("followers_on", sa.Date()),
        sa.Column("official", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("state", sa.String(20), nullable=False, server_default="not_requested"),
        sa.Column("state_on", sa.Date()),
        sa.Column("letter_number", sa.String(120), nullable=False, server_default=""),
        sa.Column("proposed_on", sa.Date()),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("registered_on", sa.Date(), nullable=False),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_fanpage"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name="fk_fanpage_agency_id_agency",
                                ondelete="RESTRICT"),
        sa.UniqueConstraint("url_key", name="uq_fanpage_url_key"),
    )
    op.create_index("ix_fanpage_agency_id", "fanpage", ["agency_id"])
    op.create_index("ix_fanpage_platform", "fanpage", ["platform"])
    op.create_index("ix_fanpage_state", "fanpage", ["state"])

    op.create_table(
        "fanpage_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fanpage_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("letter_number", sa.String(120), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("recorded_by", sa.String(120), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_fanpage_event"),
        sa.ForeignKeyConstraint(["fanpage_id"], ["fanpage.id"], name="fk_fanpage_event_fanpage_id_fanpage",
                                ondelete="CASCADE"),
    )
    op.create_index("ix_fanpage_event_fanpage_id", "fanpage_event", ["fanpage_id"])

    op.create_table(
        "impersonator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("name_folded", sa.String(300), nullable=False, server_default=""),
        sa.Column("url", sa.String(500), nullable=False),
        sa.Column("url_key", sa.String(500), nullable=False),
        sa.Column("agency_id", sa.Integer()),
        sa.Column("fanpage_id", sa.Integer()),
        sa.Column("similarity", sa.Integer()),
        sa.Column("found_on", sa.Date()),
        sa.Column("reported_on", sa.Date()),
        sa.Column("status", sa.String(20), nullable=False, server_default="suspected"),
        sa.Column("status_on", sa.Date()),
        sa.Column("evidence", sa.Text(), nullable=False, server_default=""),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_impersonator"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name="fk_impersonator_agency_id_agency",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["fanpage_id"], ["fanpage.id"], name="fk_impersonator_fanpage_id_fanpage",
                                ondelete="SET NULL"),
        sa.UniqueConstraint("url_key", name="uq_impersonator_url_key"),
    )
    op.create_index("ix_impersonator_agency_id", "impersonator", ["agency_id"])
    op.create_index("ix_impersonator_fanpage_id", "impersonator", ["fanpage_id"])
    op.create_index("ix_impersonator_status", "impersonator", ["status"])


def downgrade() -> None:
    op.drop_table("impersonator")
    op.drop_table("fanpage_event")
    op.drop_table("fanpage")
