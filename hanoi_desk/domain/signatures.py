"""Digital signatures on PDFs, as plain values: who signs, what a check found, and how it reads in Vietnamese.

Decree 30/2020 wants two signatures on an electronic original (the person with authority, then the
organisation); Circular 15/2025 wants a verifier to say, in Vietnamese, who signed, for which
organisation, under which issuer, when, whether the file is intact, valid at signing time and trusted.
The pyHanko work lives in exporters/pdf_signing.py (signing), exporters/signing_keys.py (tokens, .p12),
importers/certificates.py and importers/pdf_signatures.py (reading certificates and signatures); this
module only names the results so that the services, the CLI and the window say the same thing.

The verdicts are Vietnamese on purpose, in the window too: Circular 15/2025 asks the verifier to tell
the user in Vietnamese, so they are not UI strings to translate.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from hanoi_desk.domain.errors import Cancelled
from hanoi_desk.domain.text import fold

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
SUGGESTED_MODULES_LINUX = (  # a clerk's token, never a developer's software token (SoftHSM)
    "/usr/lib/libeTPkcs11.so",
    "/usr/lib/x86_64-linux-gnu/libbit4xpki.so",
    "/usr/lib/libbit4xpki.so",
)


def as_utc(moment: datetime) -> datetime:
    """An aware moment as is; a naive one (pyHanko's certificate dates, the database's) read as UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def same_name(a: str, b: str) -> bool:
    """Whether a certificate's name and a setting name the same person or body (case, marks, spaces
    and tone placement aside: "Nguyễn Thị Ký" = "NGUYEN THI KY")."""
    return bool(fold(a)) and fold(a) == fold(b)


class SigningError(Exception):
    """A signing that cannot go on, said in Vietnamese for the clerk (wrong PIN, locked token …)."""


class TsaUnavailable(SigningError):
    """The timestamp server did not answer: the clerk may retry or sign without a timestamp (B-B)."""


class SigningCancelled(Cancelled):
    """The clerk pressed Cancel while the token or the TSA worked: no signed file was written."""


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
    """One signature of a PDF as checked: every fact Circular 15/2025 asks a verifier to show.

    The certificate is judged at ``judged_at``: the time of a timestamp whose token is intact, valid and
    chains to a root the office imported; otherwise now. The time the signer's computer wrote
    (``signing_time``) is shown as what it is, a claim, and never decides anything.
    """

    field: str
    signer: str
    organisation: str
    issuer: str
    signing_time: datetime | None  # what the signer's computer claimed ("tự khai")
    timestamp: datetime | None  # the time in the RFC 3161 token, trusted or not
    intact: bool  # the bytes it covers are the bytes signed
    valid: bool  # the cryptographic signature is correct
    trusted: bool  # the certificate chains to a root the office imported (at judged_at)
    valid_at_signing: bool  # the certificate was within its dates at judged_at
    cert_not_before: datetime | None
    cert_not_after: datetime | None
    modification: Modification
    covers_whole_file: bool
    trust_root: str = ""
    problems: tuple[str, ...] = ()
    timestamp_trusted: bool = False  # the token is intact, valid and chains to an imported root
    judged_at: datetime | None = None
    broken: bool = False  # the signature's CMS could not be read at all

    @property
    def status(self) -> SignatureStatus:
        if self.broken or not (self.intact and self.valid) or self.modification is Modification.OTHER:
            return SignatureStatus.INVALID
        if not (self.trusted and self.valid_at_signing):
            return SignatureStatus.UNTRUSTED
        if self.timestamp is not None and not self.timestamp_trusted:
            return SignatureStatus.UNTRUSTED  # a time nobody vouches for is a claim, like signing_time
        return SignatureStatus.VALID

    @property
    def when(self) -> datetime | None:
        """The time to believe: the trusted timestamp's, else (only as a claim) the signer's own."""
        return self.timestamp if self.timestamp_trusted else self.signing_time


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
    return as_utc(moment).astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M:%S (+07:00)")


def iso_vietnam(moment: datetime) -> str:
    """ISO 8601 in Vietnam time, as Decree 30 prints a text signature: 2026-12-01T09:30:00+07:00."""
    return as_utc(moment).astimezone(VIETNAM).replace(microsecond=0).isoformat()


def _yes(value: bool, yes: str, no: str) -> str:
    return yes if value else no


def describe(result: VerifyResult) -> list[str]:
    """The verification in Vietnamese, a line per fact (the CLI prints it; the window shows it)."""
    if not result.signatures:
        return [f"{result.name}: không có chữ ký số."]
    lines = [f"{result.name}: {len(result.signatures)} chữ ký số — {result.status.label}."]
    for n, s in enumerate(result.signatures, 1):
        lines.append(f"Chữ ký {n} ({s.field}): {s.status.label}")
        if s.broken:
            lines.append("  Chữ ký hỏng: không đọc được dữ liệu chữ ký (CMS) trong tệp.")
        lines.append(f"  Người ký: {s.signer or '(không rõ)'}")
        lines.append(f"  Cơ quan, tổ chức: {s.organisation or '(không ghi trong chứng thư)'}")
        lines.append(f"  Tổ chức cấp chứng thư: {s.issuer or '(không rõ)'}")
        if s.cert_not_before and s.cert_not_after:
            lines.append(f"  Hiệu lực chứng thư: {local_time(s.cert_not_before)} đến "
                         f"{local_time(s.cert_not_after)}")
        lines.append("  Thời gian ký (tự khai): " + (
            f"{local_time(s.signing_time)} (do máy của người ký tự ghi, không ai xác nhận)"
            if s.signing_time else "(không ghi)"))
        if s.timestamp is None:
            stamp = "chưa có dấu thời gian"
        elif s.timestamp_trusted:
            stamp = f"{local_time(s.timestamp)} (do máy chủ cấp dấu thời gian xác nhận)"
        else:
            stamp = (f"{local_time(s.timestamp)} — dấu thời gian chưa tin cậy (không xác thực được chữ ký "
                     "của máy chủ cấp dấu thời gian, hoặc máy chủ không dẫn đến chứng thư gốc nào Sở đã "
                     "nhập)")
        lines.append("  Dấu thời gian: " + stamp)
        lines.append("  Toàn vẹn: " + _yes(s.intact and s.valid and not s.broken,
                                          "nội dung đã ký còn nguyên vẹn",
                                          "KHÔNG — nội dung đã ký bị thay đổi hoặc chữ ký hỏng"))
        at = ("thời điểm của dấu thời gian" if s.timestamp_trusted
              else "thời điểm kiểm tra, vì không có dấu thời gian tin cậy")
        lines.append(f"  Hiệu lực tại thời điểm ký (xét tại {at}): "
                     + _yes(s.valid_at_signing, "còn hiệu lực", "KHÔNG — chứng thư không còn hiệu lực"))
        lines.append("  Tin cậy: " + (f"có — chuỗi chứng thư đến gốc “{s.trust_root}”" if s.trusted else
                                      "chưa — không dẫn đến chứng thư gốc nào Sở đã nhập"))
        lines.append("  Tình trạng thu hồi: chưa kiểm tra (không tra cứu CRL/OCSP)")
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
