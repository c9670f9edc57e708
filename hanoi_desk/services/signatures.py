"""Digital signatures: sign the office's PDFs, verify the agencies', keep the trusted roots and the images.

The window and the CLI both come here. The PIN or password travels as an argument to :meth:`sign` and
no further: it is not stored, logged, or kept on this object. Before a key is opened (and the PIN
asked), :meth:`precheck` says whether the file can be signed in that role at all.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Select, select

from hanoi_desk.db import Database
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import NotFoundError, Problem, ValidationError
from hanoi_desk.domain.history import register_labels, register_record_labels
from hanoi_desk.domain.signatures import (
    DEFAULT_TSA_URL,
    PERSON_FIELD,
    SLOT_FIELDS,
    SUGGESTED_MODULES_LINUX,
    SUGGESTED_MODULES_WINDOWS,
    CertificateInfo,
    SignerRole,
    SigningCancelled,
    SigningError,
    SignOutcome,
    TsaUnavailable,
    VerifyResult,
    as_utc,
    same_name,
)
from hanoi_desk.domain.text import nfc
from hanoi_desk.exporters.pdf_signing import (
    TSA_TIMEOUT_SECONDS,
    Field,
    SignatureImage,
    image_size_mm,
    sign_pdf,
    signature_fields,
)
from hanoi_desk.exporters.signing_keys import (
    P12Key,
    Pkcs11Key,
    TokenInfo,
    list_tokens,
    load_module,
    module_problem,
    open_key,
    token_certificates,
)
from hanoi_desk.importers.certificates import (
    certificate_info,
    certificate_problems,
    certificates_in,
    is_ca,
    read_certificate_file,
    root_problem,
)
from hanoi_desk.importers.pdf_signatures import verify_pdf
from hanoi_desk.models import SigningImageRow, TrustedRootRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.settings import SettingsService

__all__ = ["KeyChoice", "P12Key", "Pkcs11Key", "RootImport", "SignRequest", "SigningCancelled",
           "SigningError", "SigningService", "StoredImage", "TokenInfo", "TrustedRoot", "TsaUnavailable",
           "read_certificate_file", "root_problem", "suggested_modules"]

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
    problem: str = ""  # why it is not used (stored before only self-signed CAs were taken), else ""


@dataclass(frozen=True)
class RootCandidate:
    """A certificate found in a file offered as a trusted root, and why it may not be one ("" if it may)."""

    info: CertificateInfo
    der: bytes
    problem: str = ""
    known: bool = False  # trusted already


@dataclass(frozen=True)
class RootImport:
    """What a .cer/.crt/.p7b file holds for the trusted roots: to add, already there, refused; and
    after :meth:`SigningService.add_roots`, what was stored."""

    candidates: tuple[RootCandidate, ...]
    added: tuple[TrustedRoot, ...] = ()

    @property
    def accepted(self) -> list[RootCandidate]:
        return [c for c in self.candidates if not c.problem and not c.known]

    @property
    def known(self) -> list[RootCandidate]:
        return [c for c in self.candidates if c.known]

    @property
    def skipped(self) -> list[RootCandidate]:
        return [c for c in self.candidates if c.problem]

    def lines(self) -> list[str]:
        """In Vietnamese, for the confirmation (window and terminal): what would be trusted, and what not."""
        out = [f"Sẽ tin cậy: {c.info.subject}\n  SHA-256 {c.info.fingerprint}\n  hiệu lực "
               f"{c.info.not_before:%d/%m/%Y}–{c.info.not_after:%d/%m/%Y}" for c in self.accepted]
        out += [f"Đã có trong danh sách: {c.info.subject} (SHA-256 {c.info.fingerprint})" for c in self.known]
        out += [f"Bỏ qua “{c.info.subject}”: {c.problem}." for c in self.skipped]
        return out


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
class KeyChoice:
    """A certificate on a token the clerk may sign with (before the PIN: certificates are public)."""

    key_id: str
    label: str
    info: CertificateInfo
    expired: bool

    def describe(self) -> str:
        state = "đã hết hạn" if self.expired else "hiệu lực đến"
        return f"{self.info.subject} — {self.info.issuer}, {state} {self.info.not_after:%d/%m/%Y}"


@dataclass(frozen=True)
class SignRequest:
    """One signing as the dialog or the CLI asks for it; the secret is passed beside it, never in it."""

    source: Path
    target: Path
    role: SignerRole
    key: P12Key | Pkcs11Key
    tsa_url: str | None  # None: sign without a timestamp (PAdES B-B)


ORGANISATION_BEFORE_PERSON = (
    "Người có thẩm quyền chưa ký số văn bản này: văn thư chỉ ký số của cơ quan, tổ chức sau khi người có "
    "thẩm quyền đã ký (Nghị định 30/2020/NĐ-CP). Hãy ký với vai trò người có thẩm quyền trước.")


def role_problem(fields: Sequence[Field], role: SignerRole, name: str) -> str | None:
    """Why the PDF with these *fields* cannot be signed in *role* now, in Vietnamese, or None."""
    present = {f.name: f for f in fields}
    field = present.get(SLOT_FIELDS[role.value])
    if field is None:
        return (f"Tệp “{name}” không có ô chữ ký số của {role.label}: chỉ ký được văn bản do Hanoi Desk lập "
                "(có sẵn ô chữ ký).")
    if field.signed:
        return f"Ô chữ ký của {role.label} trong “{name}” đã được ký."
    person = present.get(PERSON_FIELD)
    if role is SignerRole.ORGANISATION and person is not None and not person.signed:
        return ORGANISATION_BEFORE_PERSON
    return None


@dataclass
class _Prepared:
    """What sign() works out once the key is open (kept apart so that sign() stays short)."""

    info: CertificateInfo
    warnings: list[str] = field(default_factory=list)
    image: SignatureImage | None = None


class SigningService:
    def __init__(self, db: Database, settings: SettingsService, clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

    def _now(self) -> datetime:
        return as_utc(self._clock.now())

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

    # ------------------------------------------------------------------ tokens
    def tokens(self, module: str | None = None) -> list[TokenInfo]:
        """The tokens plugged in now, for the dialog's list (no PIN asked)."""
        return list_tokens(module if module is not None else self.module())

    def check_module(self, module: str) -> None:
        """Load the token's module (no PIN): a missing or unusable one is said before the PIN is asked."""
        load_module(module)

    def key_choices(self, module: str, token: str | None) -> list[KeyChoice]:
        """The signing certificates on *token* (its serial), newest expiry first, the expired ones
        dropped when any other is left; CA certificates some tokens carry are never offered."""
        now = self._now()
        choices = []
        for cert in token_certificates(module, token):
            if is_ca(cert.der):
                continue
            info = certificate_info(cert.der)
            choices.append(KeyChoice(cert.key_id, cert.label, info, info.not_after < now))
        current = [c for c in choices if not c.expired]
        return sorted(current or choices, key=lambda c: c.info.not_after, reverse=True)

    # ------------------------------------------------------------------ images
    @staticmethod
    def _image_query(kind: str) -> Select[tuple[SigningImageRow]]:
        """The one query of the images: all of one kind (a handful), the owner matched in Python with
        :func:`same_name`, so "Nguyễn Thị Ký" finds the image kept for "NGUYỄN THỊ KÝ"."""
        return select(SigningImageRow).where(SigningImageRow.kind == kind).order_by(SigningImageRow.id)

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
            row = next((r for r in s.scalars(self._image_query(kind)) if r.owner == owner), None)
            if row is None:
                row = SigningImageRow(kind=kind, owner=owner)
                s.add(row)
            row.png = png
            row.sha256 = hashlib.sha256(png).hexdigest()
            row.width_mm, row.height_mm = round(width * 10), round(height * 10)
            row.updated_at = utcnow()
            row.updated_by = self._settings.who()
        return StoredImage(kind, owner, png, width, height)

    def images(self, kind: str) -> list[StoredImage]:
        with self._db.read() as s:
            return [StoredImage(r.kind, r.owner, bytes(r.png), r.width_mm / 10, r.height_mm / 10)
                    for r in s.scalars(self._image_query(kind))]

    def image(self, kind: str, owner: str | None = None) -> StoredImage | None:
        """The image kept for *owner* (today's signer or office when None), names compared folded."""
        owner = self._owner(kind) if owner is None else owner
        return next((i for i in self.images(kind) if i.owner == owner or same_name(i.owner, owner)), None)

    def remove_image(self, kind: str, owner: str | None = None) -> None:
        owner = self._owner(kind) if owner is None else owner
        with self._db.begin() as s:
            for row in s.scalars(self._image_query(kind)):
                if row.owner == owner:
                    s.delete(row)

    # ------------------------------------------------------------------ trusted roots
    def inspect_roots(self, data: bytes, name: str = "") -> RootImport:
        """What a .cer/.crt/.p7b file would add to the trusted roots; only self-signed CA certificates
        qualify (ValidationError when the file holds no certificate at all)."""
        with self._db.read() as s:
            known = set(s.scalars(select(TrustedRootRow.sha256)))
        seen: set[str] = set()
        candidates = []
        for der in certificates_in(data, name):
            info = certificate_info(der)
            if info.sha256 in seen:
                continue
            seen.add(info.sha256)
            candidates.append(RootCandidate(info, der, root_problem(der) or "", info.sha256 in known))
        return RootImport(tuple(candidates))

    def add_roots(self, data: bytes, name: str = "") -> RootImport:
        """Trust the self-signed CA certificates of a file (ask the clerk with :meth:`inspect_roots`
        first); the others are skipped, and those already trusted kept once."""
        found = self.inspect_roots(data, name)
        added: list[TrustedRoot] = []
        with self._db.begin() as s:
            known = set(s.scalars(select(TrustedRootRow.sha256)))
            for candidate in found.accepted:
                info = candidate.info
                if info.sha256 in known:
                    continue
                row = TrustedRootRow(sha256=info.sha256, subject=info.subject, issuer=info.issuer,
                                     not_before=_naive(info.not_before), not_after=_naive(info.not_after),
                                     der=candidate.der, added_by=self._settings.who())
                s.add(row)
                s.flush()
                added.append(TrustedRoot(row.id, info, row.added_at, row.added_by))
        return RootImport(found.candidates, tuple(added))

    def roots(self) -> list[TrustedRoot]:
        with self._db.read() as s:
            rows = list(s.scalars(select(TrustedRootRow).order_by(TrustedRootRow.subject, TrustedRootRow.id)))
            return [TrustedRoot(r.id, certificate_info(bytes(r.der)), r.added_at, r.added_by,
                                root_problem(bytes(r.der)) or "") for r in rows]

    def remove_root(self, root_id: int) -> None:
        with self._db.begin() as s:
            row = s.get(TrustedRootRow, root_id)
            if row is None:
                raise NotFoundError("Chứng thư gốc này không còn trong danh sách.")
            s.delete(row)

    def _root_ders(self) -> list[bytes]:
        """The roots trust is built on. One kept from before only self-signed CAs were accepted (a TSA's
        or a signer's certificate from a .p7b) is listed, with why, but vouches for nothing."""
        with self._db.read() as s:
            ders = [bytes(d) for d in s.scalars(select(TrustedRootRow.der))]
        return [der for der in ders if root_problem(der) is None]

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
            found = {f.name: f for f in signature_fields(Path(path).read_bytes(), Path(path).name)}
        except (OSError, SigningError):  # not a PDF, unreadable: nothing to sign
            return []
        return [role for role in SignerRole
                if SLOT_FIELDS[role.value] in found and not found[SLOT_FIELDS[role.value]].signed]

    def role_problem(self, path: Path, role: SignerRole) -> str | None:
        """Why *path* cannot be signed in *role* now (no field, signed already, the person not yet)."""
        try:
            return role_problem(signature_fields(Path(path).read_bytes(), Path(path).name), role,
                                Path(path).name)
        except OSError as error:
            return f"Không đọc được tệp “{Path(path).name}”: {error.strerror or error}"
        except SigningError as error:
            return str(error)

    def precheck(self, request: SignRequest) -> None:
        """Everything that can be said before the key is opened and the PIN asked: a readable PDF with
        an empty field for this role (and the person's signed before the organisation's), a new file."""
        if request.source.resolve() == request.target.resolve():
            raise SigningError("Tệp đã ký phải là một tệp mới, khác tệp gốc.")
        problem = self.role_problem(request.source, request.role)
        if problem:
            raise SigningError(problem)

    def sign(self, request: SignRequest, secret: str,
             cancelled: Callable[[], bool] | None = None) -> SignOutcome:
        """Sign as asked. Raises SigningError (in Vietnamese; TsaUnavailable when only the timestamp
        failed, so the caller may retry or sign without it; SigningCancelled when *cancelled* said so
        before the file was written); the target exists only on success."""
        self.precheck(request)
        with open_key(request.key, secret) as opened:
            del secret  # the token session has it; nothing further down needs it
            prepared = self._prepare(opened.certificate, request.role)
            stamped = sign_pdf(request.source, request.target, opened, request.role, image=prepared.image,
                               organisation=prepared.info.organisation or prepared.info.subject,
                               tsa_url=request.tsa_url, tsa_timeout=TSA_TIMEOUT_SECONDS,
                               signing_time=self._clock.now(), location=self._settings.office().place,
                               cancelled=cancelled)
        return SignOutcome(str(request.target), request.role, prepared.info.subject, request.role.value,
                           stamped, request.tsa_url or "", tuple(prepared.warnings))

    def _prepare(self, cert: object, role: SignerRole) -> _Prepared:
        """The certificate checked (a refusal raises), the names compared, the image chosen."""
        errors, warnings = certificate_problems(cert, self._now(), self._root_ders())
        if errors:
            raise SigningError(" ".join(errors))
        info = certificate_info(cert)
        office = self._settings.office()
        if role is SignerRole.PERSON:
            signer = nfc(office.signer_name)
            if signer and not same_name(info.subject, signer):
                warnings.append(f"Chứng thư số mang tên “{info.subject}”, khác người ký trong Cài đặt "
                                f"(“{signer}”): văn bản in tên “{signer}” dưới chữ ký. Hãy kiểm tra lại.")
            image = self.image("signer", info.subject) or self.image("signer")
        else:
            name = nfc(office.office_name)
            if name and not (same_name(info.organisation, name) or same_name(info.subject, name)):
                warnings.append(f"Chứng thư số của “{info.organisation or info.subject}”, khác tên cơ quan "
                                f"trong Cài đặt (“{name}”). Hãy kiểm tra lại.")
            image = self.image("seal")
        if image is None:
            kind = "signer" if role is SignerRole.PERSON else "seal"
            warnings.append(f"Chưa có ảnh {IMAGE_KINDS[kind]} trong Cài đặt: chữ ký không có hình.")
        picture = SignatureImage(image.png, image.width_mm, image.height_mm) if image else None
        return _Prepared(info, warnings, picture)


def suggested_modules() -> list[str]:
    """The usual VGCA token modules on this system (SafeNet, Bit4id), those present first."""
    import sys

    names = SUGGESTED_MODULES_WINDOWS if sys.platform == "win32" else SUGGESTED_MODULES_LINUX
    return sorted(names, key=lambda n: not Path(n).is_file())


def _naive(moment: datetime) -> datetime:
    """The database keeps naive UTC (models.base.utcnow)."""
    return as_utc(moment).astimezone(timezone.utc).replace(tzinfo=None)



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
