"""Digital signatures on PDFs, as plain values: who signs, what a check found, and how it reads in Vietnamese.

Decree 30/2020 wants two signatures on an electronic original (the person with authority, then the
organisation); Circular 15/2025 wants a verifier to say, in Vietnamese, who signed, for which
organisation, under which issuer, when, whether the file is intact, valid at signing time and trusted.
The pyHanko work lives in exporters/pdf_signing.py and importers/pdf_signatures.py; this module only
names the results so that the services, the CLI and the window say the same thing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7), "ICT")
# The names of the empty signature fields every official PDF carries (exporters/official_pdf.py).
PERSON_FIELD = "ChuKySo_NguoiCoThamQuyen"
ORGANISATION_FIELD = "ChuKySo_CoQuan"
SLOT_FIELDS = {"person": PERSON_FIELD, "organisation": ORGANISATION_FIELD}
DEFAULT_TSA_URL = "http://tsa.ca.gov.vn"

# The modules of the usual VGCA tokens (signatures.md): SafeNet and Bit4id families.
SUGGESTED_MODULES_WINDOWS = (
    r"C:\Windows\System32\eTPKCS11.dll",
    r"C:\Windows\System32\bit4xpki.dll",
)
SUGGESTED_MODULES_LINUX = (
    "/usr/lib/libeTPkcs11.so",
    "/usr/lib/x86_64-linux-gnu/libbit4xpki.so",
    "/usr/lib/libbit4xpki.so",
    "/usr/lib/softhsm/libsofthsm2.so",
)


class SignerRole(enum.Enum):
    """Whose signature: the person with authority (người có thẩm quyền) or the organisation (văn thư)."""

    PERSON = "person"
    ORGANISATION = "organisation"

    @property
    def label(self) -> str:
        return {"person": "người có thẩm quyền", "organisation": "cơ quan, tổ chức"}[self.value]

    @classmethod
    def parse(cls, text: str) -> SignerRole:
        for role in cls:
            if text.strip().lower() in (role.value, role.label):
                return role
        raise ValueError(f"Không rõ vai trò ký “{text}” (person hoặc organisation).")


class SignatureStatus(enum.Enum):
    """What the report intake shows in its "Chữ ký số" column."""

    VALID = "valid"
    INVALID = "invalid"
    UNTRUSTED = "untrusted"
    NONE = "none"

    @property
    def label(self) -> str:
        return {"valid": "hợp lệ", "invalid": "không hợp lệ", "untrusted": "chưa tin cậy",
                "none": "không có"}[self.value]

    @classmethod
    def of(cls, value: str) -> SignatureStatus | None:
        """The stored value back as a status; None for a report whose file was never a PDF checked."""
        try:
            return cls(value)
        except ValueError:
            return None


class Modification(enum.Enum):
    """What changed in the file after a signature (pyHanko's difference analysis)."""

    NONE = "none"
    FORM_FILLING = "form_filling"  # later signatures filling their empty fields, form fields
    OTHER = "other"  # anything else: the signed content may have been altered

    @property
    def label(self) -> str:
        return {
            "none": "không có thay đổi nào sau khi ký",
            "form_filling": "sau khi ký chỉ có thêm chữ ký số hoặc điền trường biểu mẫu (được phép)",
            "other": "tệp đã bị thay đổi nội dung khác sau khi ký",
        }[self.value]


@dataclass(frozen=True)
class CertificateInfo:
    """A certificate as a person reads it (a trusted root, a signer's certificate)."""

    subject: str
    organisation: str
    issuer: str
    serial: str
    not_before: datetime
    not_after: datetime
    sha256: str  # fingerprint, lower-case hex without separators

    @property
    def fingerprint(self) -> str:
        """SHA-256 as the publishers print it: AB:CD:…"""
        return ":".join(self.sha256[i:i + 2] for i in range(0, len(self.sha256), 2)).upper()


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a PDF as checked: every fact Circular 15/2025 asks a verifier to show."""

    field: str
    signer: str
    organisation: str
    issuer: str
    signing_time: datetime | None  # what the signer's computer claimed
    timestamp: datetime | None  # from a TSA (PAdES B-T), the time to believe
    intact: bool  # the bytes it covers are the bytes signed
    valid: bool  # the cryptographic signature is correct
    trusted: bool  # the certificate chains to a root the office imported
    valid_at_signing: bool  # the certificate was within its dates (and chain) at the signing time
    cert_not_before: datetime | None
    cert_not_after: datetime | None
    modification: Modification
    covers_whole_file: bool
    trust_root: str = ""
    problems: tuple[str, ...] = ()

    @property
    def status(self) -> SignatureStatus:
        if not (self.intact and self.valid) or self.modification is Modification.OTHER:
            return SignatureStatus.INVALID
        if not (self.trusted and self.valid_at_signing):
            return SignatureStatus.UNTRUSTED
        return SignatureStatus.VALID

    @property
    def when(self) -> datetime | None:
        return self.timestamp or self.signing_time


@dataclass(frozen=True)
class VerifyResult:
    """Every signature of one file; the file's status is its worst signature's."""

    name: str
    signatures: tuple[SignatureCheck, ...]

    @property
    def status(self) -> SignatureStatus:
        if not self.signatures:
            return SignatureStatus.NONE
        states = {s.status for s in self.signatures}
        for worst in (SignatureStatus.INVALID, SignatureStatus.UNTRUSTED):
            if worst in states:
                return worst
        return SignatureStatus.VALID

    @property
    def ok(self) -> bool:
        return self.status is SignatureStatus.VALID

    def summary(self) -> str:
        """One line for a table cell or a tooltip: status, then who signed."""
        if not self.signatures:
            return "không có chữ ký số"
        who = "; ".join(filter(None, (s.signer + (f" ({s.organisation})" if s.organisation else "")
                                      for s in self.signatures)))
        return f"{self.status.label}: {who}"


def local_time(moment: datetime) -> str:
    """"01/12/2026 09:30:00 (+07:00)": Vietnam time, as the office reads it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M:%S (+07:00)")


def iso_vietnam(moment: datetime) -> str:
    """ISO 8601 in Vietnam time, as Decree 30 prints a text signature: 2026-12-01T09:30:00+07:00."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(VIETNAM).replace(microsecond=0).isoformat()


def _yes(value: bool, yes: str, no: str) -> str:
    return yes if value else no


def describe(result: VerifyResult) -> list[str]:
    """The verification in Vietnamese, a line per fact (the CLI prints it; the window shows it)."""
    if not result.signatures:
        return [f"{result.name}: không có chữ ký số."]
    lines = [f"{result.name}: {len(result.signatures)} chữ ký số — {result.status.label}."]
    for n, s in enumerate(result.signatures, 1):
        lines.append(f"Chữ ký {n} ({s.field}): {s.status.label}")
        lines.append(f"  Người ký: {s.signer or '(không rõ)'}")
        lines.append(f"  Cơ quan, tổ chức: {s.organisation or '(không ghi trong chứng thư)'}")
        lines.append(f"  Tổ chức cấp chứng thư: {s.issuer or '(không rõ)'}")
        if s.cert_not_before and s.cert_not_after:
            lines.append(f"  Hiệu lực chứng thư: {local_time(s.cert_not_before)} đến "
                         f"{local_time(s.cert_not_after)}")
        lines.append("  Thời gian ký: " + (local_time(s.signing_time) if s.signing_time else "(không ghi)"))
        stamp = f"{local_time(s.timestamp)} (do máy chủ cấp dấu thời gian xác nhận)" if s.timestamp else ""
        lines.append("  Dấu thời gian: " + (stamp or "chưa có dấu thời gian"))
        lines.append("  Toàn vẹn: " + _yes(s.intact and s.valid, "nội dung đã ký còn nguyên vẹn",
                                          "KHÔNG — nội dung đã ký bị thay đổi hoặc chữ ký hỏng"))
        lines.append("  Hiệu lực tại thời điểm ký: " + _yes(s.valid_at_signing, "còn hiệu lực",
                                                           "KHÔNG — chứng thư không hợp lệ lúc ký"))
        lines.append("  Tin cậy: " + (f"có — chuỗi chứng thư đến gốc “{s.trust_root}”" if s.trusted else
                                      "chưa — không dẫn đến chứng thư gốc nào Sở đã nhập"))
        lines.append(f"  Thay đổi sau khi ký: {s.modification.label}")
        for problem in s.problems:
            lines.append(f"  Ghi chú: {problem}")
    return lines


@dataclass(frozen=True)
class SignOutcome:
    """What a signing did, said plainly: B-T when a TSA stamped it, B-B ("chưa có dấu thời gian") if not."""

    path: str
    role: SignerRole
    signer: str
    field: str
    timestamped: bool
    tsa_url: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def level(self) -> str:
        return "PAdES B-T" if self.timestamped else "PAdES B-B"

    def summary(self) -> str:
        stamp = (f"có dấu thời gian từ {self.tsa_url}" if self.timestamped
                 else "chưa có dấu thời gian")
        return (f"{self.path}: đã ký số với vai trò {self.role.label} ({self.signer}), "
                f"{self.level}, {stamp}")
