"""Digital signatures: trusted roots, signature images, the signature check of a received report.

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_root",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False, server_default=""),
        sa.Column("issuer", sa.String(500), nullable=False, server_default=""),
        sa.Column("not_before", sa.DateTime(), nullable=False),
        sa.Column("not_after", sa.DateTime(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("added_by", sa.String(120), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_trusted_root"),
        sa.UniqueConstraint("sha256", name="uq_trusted_root_sha256"),
    )
    op.create_table(
        "signing_image",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("owner", sa.String(300), nullable=False, server_default=""),
        sa.Column("png", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("width_mm", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("height_mm", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_by", sa.String(120), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_signing_image"),
        sa.UniqueConstraint("kind", "owner", name="uq_signing_image_kind"),
    )
    with op.batch_alter_table("report_receipt") as batch:
        batch.add_column(sa.Column("signature_status", sa.String(20), nullable=False, server_default=""))
        batch.add_column(sa.Column("signature_summary", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("report_receipt") as batch:
        batch.drop_column("signature_summary")
        batch.drop_column("signature_status")
    op.drop_table("signing_image")
    op.drop_table("trusted_root")
