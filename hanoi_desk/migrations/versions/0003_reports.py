"""Reports: agencies' annual reports as received, their files, the office's text per year.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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
        "report_receipt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "agency_id",
            sa.Integer(),
            sa.ForeignKey("agency.id", name="fk_report_receipt_agency_id_agency", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("agency_name", sa.String(300), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("doc_number", sa.String(60), nullable=False, server_default=""),
        sa.Column("doc_date", sa.Date()),
        sa.Column("portal_items", sa.Integer()),
        sa.Column("fanpage_items", sa.Integer()),
        sa.Column("official_fanpages", sa.Integer()),
        sa.Column("monitoring_staff", sa.Integer()),
        sa.Column("interactions_handled", sa.Integer()),
        sa.Column("results", sa.Text(), nullable=False, server_default=""),
        sa.Column("difficulties", sa.Text(), nullable=False, server_default=""),
        sa.Column("proposals", sa.Text(), nullable=False, server_default=""),
        sa.Column("attachment_name", sa.String(255), nullable=False, server_default=""),
        sa.Column("attachment_sha256", sa.String(64), nullable=False, server_default=""),
        sa.Column("attachment_size", sa.Integer(), nullable=False, server_default="0"),
        *_versioned(),
        sa.PrimaryKeyConstraint("id", name="pk_report_receipt"),
        sa.UniqueConstraint("agency_id", "year", name="uq_report_receipt_agency_id"),
    )
    op.create_index("ix_report_receipt_agency_id", "report_receipt", ["agency_id"])
    op.create_index("ix_report_receipt_year", "report_receipt", ["year"])
    op.create_table(
        "report_file",
        sa.Column(
            "receipt_id",
            sa.Integer(),
            sa.ForeignKey("report_receipt.id", name="fk_report_file_receipt_id_report_receipt",
                          ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("receipt_id", name="pk_report_file"),
    )
    op.create_table(
        "report_text",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("number", sa.String(30), nullable=False, server_default=""),
        sa.Column("shortcomings", sa.Text(), nullable=False, server_default=""),
        sa.Column("proposals", sa.Text(), nullable=False, server_default=""),
        *_versioned(),
        sa.PrimaryKeyConstraint("year", name="pk_report_text"),
    )


def downgrade() -> None:
    op.drop_table("report_text")
    op.drop_table("report_file")
    op.drop_index("ix_report_receipt_year", table_name="report_receipt")
    op.drop_index("ix_report_receipt_agency_id", table_name="report_receipt")
    op.drop_table("report_receipt")
