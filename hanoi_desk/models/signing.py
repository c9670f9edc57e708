"""What digital signing keeps in the database: the roots the office trusts and the signature images."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hanoi_desk.models.base import Base, Versioned, utcnow


class TrustedRootRow(Base):
    """A root certificate the office imported (VGCA, NEAC …): a signature chaining to it is trusted."""

    __tablename__ = "trusted_root"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    subject: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    issuer: Mapped[str] = mapped_column(String(500), nullable=False, default="")
    not_before: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    not_after: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    der: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    added_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(120), nullable=False, default="")


class SigningImageRow(Versioned, Base):
    """The signer's handwritten signature (blue) or the office's seal (red), PNG with transparency.

    ``kind`` is "signer" or "seal"; ``owner`` the signer's name or the office's name, so that a new
    deputy director or a renamed office does not sign with someone else's image.
    """

    __tablename__ = "signing_image"
    __table_args__ = (UniqueConstraint("kind", "owner", name="uq_signing_image_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    owner: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    png: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    width_mm: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # printed size, tenths of mm
    height_mm: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
