"""Digital signatures: sign the office's PDFs, verify the agencies', keep the trusted roots and the images.

The window and the CLI both come here. The PIN or password travels as an argument to :meth:`sign` and
no further: it is not stored, logged, or kept on this object.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from hanoi_desk.db import Database
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import NotFoundError, Problem, ValidationError
from hanoi_desk.domain.history import register_labels, register_record_labels
from hanoi_desk.domain.signatures import (
    DEFAULT_TSA_URL,
    SLOT_FIELDS,
    SUGGESTED_MODULES_LINUX,
    SUGGESTED_MODULES_WINDOWS,
    CertificateInfo,
    SignerRole,
    SignOutcome,
    VerifyResult,
)
from hanoi_desk.domain.text import nfc
from hanoi_desk.exporters.pdf_signing import (
    TSA_TIMEOUT_SECONDS,
    P12Key,
    Pkcs11Key,
    SignatureImage,
    SigningError,
    TokenInfo,
    TsaUnavailable,
    certificate_problems,
    image_size_mm,
    list_tokens,
    module_problem,
    open_key,
    sign_pdf,
    signature_fields,
)
from hanoi_desk.importers.pdf_signatures import (
    certificate_info,
    certificates_in,
    read_certificate_file,
    verify_pdf,
)
from hanoi_desk.models import SigningImageRow, TrustedRootRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.settings import SettingsService

__all__ = ["P12Key", "Pkcs11Key", "SignRequest", "SigningError", "SigningService", "StoredImage",
           "TrustedRoot", "TsaUnavailable", "read_certificate_file", "suggested_modules"]

MODULE_KEY = "signing.pkcs11_module"
TSA_KEY = "signing.tsa_url"
IMAGE_KINDS = {"signer": "chữ ký (ảnh màu xanh)", "seal": "con dấu (ảnh màu đỏ)"}
MAX_IMAGE_BYTES = 2 * 1024 * 1024

register_record_labels("setting", {MODULE_KEY: "Ký số: thư viện PKCS#11 của USB token",
                                   TSA_KEY: "Ký số: máy chủ cấp dấu thời gian"}, field="key")
register_labels("trusted_root", "Chứng thư gốc tin cậy", {
    "sha256": "Dấu vân tay SHA-256", "subject": "Chủ thể", "issuer": "Tổ chức cấp",
    "not_before": "Hiệu lực từ", "not_after": "Hiệu lực đến", "der": "Chứng thư", "added_at": "Ngày nhập",
    "added_by": "Người nhập"})
register_labels("signing_image", "Ảnh chữ ký, con dấu", {
    "kind": "Loại ảnh", "owner": "Của", "png": "Ảnh", "sha256": "SHA-256", "width_mm": "Chiều rộng (0,1 mm)",
    "height_mm": "Chiều cao (0,1 mm)"}, values={"kind": {"signer": "Chữ ký", "seal": "Con dấu"}})


@dataclass(frozen=True)
class TrustedRoot:
    id: int
    info: CertificateInfo
    added_at: datetime | None
    added_by: str


@dataclass(frozen=True)
class StoredImage:
    kind: str  # "signer" or "seal"
    owner: str
    png: bytes
    width_mm: float
    height_mm: float

    def describe(self) -> str:
        size = f"{self.width_mm:.0f} × {self.height_mm:.0f} mm"
        return f"{IMAGE_KINDS[self.kind]} của “{self.owner}”: in {size}"


@dataclass(frozen=True)
class SignRequest:
    """One signing as the dialog or the CLI asks for it; the secret is passed beside it, never in it."""

    source: Path
    target: Path
    role: SignerRole
    key: P12Key | Pkcs11Key
    tsa_url: str | None  # None: sign without a timestamp (PAdES B-B)


class SigningService:
    def __init__(self, db: Database, settings: SettingsService, clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

    def _now(self) -> datetime:
        now = self._clock.now()
        return now if now.tzinfo else now.astimezone(timezone.utc)

    # ------------------------------------------------------------------ settings
    def module(self) -> str:
        return self._settings.get(MODULE_KEY)

    def tsa_url(self) -> str:
        return self._settings.get(TSA_KEY) or DEFAULT_TSA_URL

    def save_options(self, module: str, tsa_url: str) -> None:
        """The token's module and the TSA, shared by every workstation; a bad value names its field."""
        module, tsa_url = nfc(module).strip(), nfc(tsa_url).strip()
        problems = []
        if module and (problem := module_problem(module)):
            problems.append(Problem("module", problem))
        if tsa_url and not tsa_url.lower().startswith(("http://", "https://")):
            problems.append(Problem("tsa_url", "Địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// "
                                               "hoặc https://."))
        if problems:
            raise ValidationError(problems)
        self._settings.put(MODULE_KEY, module)
        self._settings.put(TSA_KEY, tsa_url if tsa_url != DEFAULT_TSA_URL else "")

    def tokens(self, module: str | None = None) -> list[TokenInfo]:
        """The tokens plugged in now, for the dialog's list (no PIN asked)."""
        return list_tokens(module if module is not None else self.module())

    # ------------------------------------------------------------------ images
    def _owner(self, kind: str) -> str:
        office = self._settings.office()
        return nfc(office.signer_name if kind == "signer" else office.office_name).strip()

    def set_image(self, kind: str, png: bytes, owner: str | None = None) -> StoredImage:
        """Keep the signer's signature or the office's seal (a transparent PNG) for today's signer/office."""
        if kind not in IMAGE_KINDS:
            raise ValidationError(f"Không rõ loại ảnh “{kind}” (signer hoặc seal).")
        owner = self._owner(kind) if owner is None else nfc(owner).strip()
        problems = _image_problems(kind, png)
        if problems:
            raise ValidationError([Problem(kind, p) for p in problems])
        width, height = image_size_mm(png)
        with self._db.begin() as s:
            row = s.scalars(select(SigningImageRow).where(SigningImageRow.kind == kind,
                                                          SigningImageRow.owner == owner)).first()
            if row is None:
                row = SigningImageRow(kind=kind, owner=owner)
                s.add(row)
            row.png = png
            row.sha256 = hashlib.sha256(png).hexdigest()
            row.width_mm, row.height_mm = round(width * 10), round(height * 10)
            row.updated_at = utcnow()
            row.updated_by = self._settings.who()
        return StoredImage(kind, owner, png, width, height)

    def image(self, kind: str, owner: str | None = None) -> StoredImage | None:
        owner = self._owner(kind) if owner is None else owner
        with self._db.read() as s:
            row = s.scalars(select(SigningImageRow).where(SigningImageRow.kind == kind,
                                                          SigningImageRow.owner == owner)).first()
            if row is None:
                return None
            return StoredImage(row.kind, row.owner, bytes(row.png), row.width_mm / 10, row.height_mm / 10)

    def remove_image(self, kind: str, owner: str | None = None) -> None:
        owner = self._owner(kind) if owner is None else owner
        with self._db.begin() as s:
            for row in s.scalars(select(SigningImageRow).where(SigningImageRow.kind == kind,
                                                               SigningImageRow.owner == owner)):
                s.delete(row)

    # ------------------------------------------------------------------ trusted roots
    def add_roots(self, data: bytes, name: str = "") -> list[TrustedRoot]:
        """Import the certificates of a .cer/.crt/.p7b file as trusted roots; those already there are kept."""
        ders = certificates_in(data, name)
        added: list[TrustedRoot] = []
        with self._db.begin() as s:
            known = set(s.scalars(select(TrustedRootRow.sha256)))
            for der in ders:
                info = certificate_info(der)
                if info.sha256 in known:
                    continue
                known.add(info.sha256)
                row = TrustedRootRow(sha256=info.sha256, subject=info.subject, issuer=info.issuer,
                                     not_before=_naive(info.not_before), not_after=_naive(info.not_after),
                                     der=der, added_by=self._settings.who())
                s.add(row)
                s.flush()
                added.append(TrustedRoot(row.id, info, row.added_at, row.added_by))
        return added

    def roots(self) -> list[TrustedRoot]:
        with self._db.read() as s:
            rows = list(s.scalars(select(TrustedRootRow).order_by(TrustedRootRow.subject, TrustedRootRow.id)))
            return [TrustedRoot(r.id, certificate_info(bytes(r.der)), r.added_at, r.added_by) for r in rows]

    def remove_root(self, root_id: int) -> None:
        with self._db.begin() as s:
            row = s.get(TrustedRootRow, root_id)
            if row is None:
                raise NotFoundError("Chứng thư gốc này không còn trong danh sách.")
            s.delete(row)

    def _root_ders(self) -> list[bytes]:
        with self._db.read() as s:
            return [bytes(d) for d in s.scalars(select(TrustedRootRow.der))]

    # ------------------------------------------------------------------ verification
    def verify(self, data: bytes, name: str, extra_roots: Sequence[bytes] = ()) -> VerifyResult:
        """Check every signature of a PDF against the office's roots (and *extra_roots*), offline."""
        try:
            return verify_pdf(data, name, [*self._root_ders(), *extra_roots], self._now())
        except ValueError as error:
            raise ValidationError(str(error)) from None

    def check_report(self, data: bytes, name: str) -> tuple[str, str]:
        """(status, one-line summary) for the report intake; ("", "") when the file is not a PDF."""
        if not data.startswith(b"%PDF") and b"%PDF" not in data[:1024]:
            return "", ""
        try:
            result = self.verify(data, name)
        except ValidationError as error:
            return "invalid", str(error)
        return result.status.value, result.summary()

    # ------------------------------------------------------------------ signing
    def unsigned_roles(self, path: Path) -> list[SignerRole]:
        """The roles whose empty field the PDF still has (none: not an official PDF, or signed already)."""
        try:
            found = {f.name: f for f in signature_fields(Path(path).read_bytes())}
        except Exception:  # not a PDF, unreadable: nothing to sign
            return []
        return [role for role in SignerRole
                if SLOT_FIELDS[role.value] in found and not found[SLOT_FIELDS[role.value]].signed]

    def _checked(self, opened: object) -> tuple[CertificateInfo, list[str]]:
        cert = opened.certificate  # type: ignore[attr-defined]
        errors, warnings = certificate_problems(cert, self._now(), self._root_ders())
        if errors:
            raise SigningError(" ".join(errors))
        return certificate_info(cert.dump()), warnings

    def sign(self, request: SignRequest, secret: str) -> SignOutcome:
        """Sign as asked. Raises SigningError (in Vietnamese; TsaUnavailable when only the timestamp
        failed, so the caller may retry or sign without it); the target exists only on success."""
        if request.source.resolve() == request.target.resolve():
            raise SigningError("Tệp đã ký phải là một tệp mới, khác tệp gốc.")
        image = self._appearance_image(request.role)
        with open_key(request.key, secret) as opened:
            info, warnings = self._checked(opened)
            stamped = sign_pdf(request.source, request.target, opened, request.role, image=image,
                               tsa_url=request.tsa_url, tsa_timeout=TSA_TIMEOUT_SECONDS, now=self._now(),
                               location=self._settings.office().place)
        if image is None:
            kind = "signer" if request.role is SignerRole.PERSON else "seal"
            warnings = [*warnings, f"Chưa có ảnh {IMAGE_KINDS[kind]} trong Cài đặt: chữ ký không có hình."]
        return SignOutcome(str(request.target), request.role, info.subject, request.role.value,
                           stamped, request.tsa_url or "", tuple(warnings))

    def _appearance_image(self, role: SignerRole) -> SignatureImage | None:
        stored = self.image("signer" if role is SignerRole.PERSON else "seal")
        if stored is None:
            return None
        return SignatureImage(stored.png, stored.width_mm, stored.height_mm)


def suggested_modules() -> list[str]:
    """The usual VGCA token modules on this system (SafeNet, Bit4id), those present first."""
    import sys

    names = SUGGESTED_MODULES_WINDOWS if sys.platform == "win32" else SUGGESTED_MODULES_LINUX
    return sorted(names, key=lambda n: not Path(n).is_file())


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment


def _image_problems(kind: str, png: bytes) -> list[str]:
    """A signature image must be a PNG with a transparent background (Decree 30, Appendix I)."""
    from PIL import Image, UnidentifiedImageError

    if len(png) > MAX_IMAGE_BYTES:
        return [f"Ảnh quá lớn ({len(png) // 1024} KB, tối đa {MAX_IMAGE_BYTES // 1048576} MB)."]
    try:
        with Image.open(io.BytesIO(png)) as image:
            if image.format != "PNG":
                return [f"Ảnh {IMAGE_KINDS[kind]} phải là tệp PNG (tệp này là {image.format})."]
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            if not has_alpha:
                return [f"Ảnh {IMAGE_KINDS[kind]} phải có nền trong suốt (PNG có kênh alpha), để không che "
                        "chữ trên văn bản."]
    except (UnidentifiedImageError, OSError):
        return ["Tệp không phải ảnh PNG đọc được."]
    return []
