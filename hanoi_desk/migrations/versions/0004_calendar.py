"""Content calendar: items, series, agreements, distributions, publications and their history.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_by", sa.String(120), nullable=False, server_default=""),
    ]


def _item_fk(table: str) -> sa.Column:
    return sa.Column(
        "item_id",
        sa.Integer(),
        sa.ForeignKey("content_item.id", name=f"fk_{table}_item_id_content_item", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "content_series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("until", sa.Date()),
        sa.Column("count", sa.Integer()),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_content_series"),
    )
    op.create_table(
        "content_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("title_folded", sa.String(500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False, server_default=""),
        sa.Column("domains", sa.String(200), nullable=False, server_default=""),
        sa.Column(
            "agency_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_content_item_agency_id_agency", ondelete="RESTRICT"),
        ),
        sa.Column("period", sa.String(20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date()),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="proposed"),
        sa.Column("status_reason", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "series_id",
            sa.Integer(),
            sa.ForeignKey("content_series.id", name="fk_content_item_series_id_content_series",
                          ondelete="CASCADE"),
        ),
        sa.Column("occurrence_date", sa.Date()),
        sa.Column("skipped", sa.Boolean(), nullable=False, server_default=sa.false()),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_content_item"),
    )
    for column in ("title_folded", "agency_id", "period", "day", "due_date", "status", "series_id"):
        op.create_index(f"ix_content_item_{column}", "content_item", [column])

    op.create_table(
        "content_agreement",
        sa.Column("id", sa.Integer(), primary_key=True),
        _item_fk("content_agreement"),
        sa.Column("party", sa.String(30), nullable=False),
        sa.Column("agreed_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_content_agreement"),
        sa.UniqueConstraint("item_id", "party", name="uq_content_agreement_item_id"),
    )
    op.create_table(
        "content_distribution",
        sa.Column("id", sa.Integer(), primary_key=True),
        _item_fk("content_distribution"),
        sa.Column("target", sa.String(500), nullable=False),
        sa.Column(
            "agency_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_content_distribution_agency_id_agency", ondelete="SET NULL"),
        ),
        sa.Column("distributed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_content_distribution"),
    )
    op.create_table(
        "content_publication",
        sa.Column("id", sa.Integer(), primary_key=True),
        _item_fk("content_publication"),
        sa.Column("where", sa.String(500), nullable=False),
        sa.Column(
            "agency_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_content_publication_agency_id_agency", ondelete="SET NULL"),
        ),
        sa.Column("url", sa.String(1000), nullable=False, server_default=""),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_content_publication"),
    )
    op.create_table(
        "content_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        _item_fk("content_event"),
        sa.Column("move", sa.String(20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("from_status", sa.String(20)),
        sa.Column("to_status", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("by", sa.String(120), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("id", name="pk_content_event"),
    )
    for table in ("content_agreement", "content_distribution", "content_publication", "content_event"):
        op.create_index(f"ix_{table}_item_id", table, ["item_id"])


def downgrade() -> None:
    for table in ("content_event", "content_publication", "content_distribution", "content_agreement"):
        op.drop_table(table)
    op.drop_table("content_item")
    op.drop_table("content_series")
