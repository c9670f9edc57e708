"""Outreach to licensed news sites and social networks: life cycle, steps, citation permissions,
proposals to the board, articles entered by hand.

The sites are agencies of kinds ``news_site`` and ``social_network``, which the roster has had since
0001 (the kind is a plain string column, so no change to the agency table is needed).

Revision ID: 0009
Revises: 0010 (was 0006 until the signatures migration landed on main)
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0010"
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
        "outreach_site",
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False, server_default="not_approached"),
        sa.Column("state_on", sa.Date()),
        sa.Column("how", sa.String(120), nullable=False, server_default=""),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("operator", sa.String(300), nullable=False, server_default=""),
        sa.Column("staff", sa.String(120), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        *_versioned(),
        sa.PrimaryKeyConstraint("agency_id", name="pk_outreach_site"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name="fk_outreach_site_agency_id_agency",
                                ondelete="RESTRICT"),
    )
    op.create_index("ix_outreach_site_state", "outreach_site", ["state"])

    op.create_table(
        "outreach_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("how", sa.String(120), nullable=False, server_default=""),
        sa.Column("staff", sa.String(120), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("recorded_by", sa.String(120), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_outreach_event"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name="fk_outreach_event_agency_id_agency",
                                ondelete="CASCADE"),
    )
    op.create_index("ix_outreach_event_agency_id", "outreach_event", ["agency_id"])

    op.create_table(
        "citation_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("number", sa.String(30), nullable=False, server_default=""),
        sa.Column("symbol", sa.String(120), nullable=False, server_default=""),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_citation_proposal"),
    )

    op.create_table(
        "citation_permission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("press_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False, server_default="requested"),
        sa.Column("requested_on", sa.Date()),
        sa.Column("proposal_id", sa.Integer()),
        sa.Column("decided_on", sa.Date()),
        sa.Column("document", sa.String(300), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_citation_permission"),
        sa.ForeignKeyConstraint(["site_id"], ["agency.id"], name="fk_citation_permission_site_id_agency",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["press_id"], ["agency.id"], name="fk_citation_permission_press_id_agency",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["proposal_id"], ["citation_proposal.id"],
                                name="fk_citation_permission_proposal_id_citation_proposal",
                                ondelete="SET NULL"),
        sa.UniqueConstraint("site_id", "press_id", name="uq_citation_permission_site_id"),
    )
    op.create_index("ix_citation_permission_site_id", "citation_permission", ["site_id"])
    op.create_index("ix_citation_permission_press_id", "citation_permission", ["press_id"])
    op.create_index("ix_citation_permission_state", "citation_permission", ["state"])
    op.create_index("ix_citation_permission_proposal_id", "citation_permission", ["proposal_id"])

    op.create_table(
        "shared_articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_shared_articles"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name="fk_shared_articles_agency_id_agency",
                                ondelete="CASCADE"),
        sa.UniqueConstraint("agency_id", "month", name="uq_shared_articles_agency_id"),
    )
    op.create_index("ix_shared_articles_agency_id", "shared_articles", ["agency_id"])


def downgrade() -> None:
    op.drop_table("shared_articles")
    op.drop_table("citation_permission")
    op.drop_table("citation_proposal")
    op.drop_table("outreach_event")
    op.drop_table("outreach_site")
