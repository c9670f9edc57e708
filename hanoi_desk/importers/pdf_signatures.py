"""Reading digital signatures out of a PDF, and certificates out of .cer/.crt/.p7b files (pyHanko).

A file in, plain values out (domain/signatures.py). Validation never goes on the network: no CRL,
OCSP or certificate is fetched, and trust comes only from the roots the office imported. "Valid at
signing time" is judged at the timestamp's time when the signature has one, else at the time the
signer's computer claimed.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.signatures import CertificateInfo, Modification, SignatureCheck, VerifyResult


def quiet_library_logs() -> None:
    """pyHanko logs a traceback for every path it cannot build (an untrusted signer is an everyday
    answer here, not an error); the clerk reads the Vietnamese verdict instead, on a clean console."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _load(der: bytes):  # type: ignore[no-untyped-def]
    from asn1crypto import x509

    return x509.Certificate.load(der)


def _name(name) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    native = name.native
    common = native.get("common_name") or ""
    organisation = native.get("organization_name") or ""
    if isinstance(common, list):
        common = ", ".join(common)
    if isinstance(organisation, list):
        organisation = ", ".join(organisation)
    return str(common or name.human_friendly), str(organisation)


def certificate_info(der: bytes) -> CertificateInfo:
    cert = _load(der)
    subject, organisation = _name(cert.subject)
    issuer, _ = _name(cert.issuer)
    validity = cert["tbs_certificate"]["validity"]
    return CertificateInfo(
        subject=subject, organisation=organisation, issuer=issuer, serial=format(cert.serial_number, "X"),
        not_before=validity["not_before"].native, not_after=validity["not_after"].native,
        sha256=hashlib.sha256(der).hexdigest(),
    )


def read_certificate_file(path: Path) -> list[bytes]:
    """The certificates (DER) of a .cer/.crt/.p7b file, or a ValidationError saying why there are none."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ValidationError(f"Không đọc được tệp “{Path(path).name}”: {error.strerror or error}") from None
    return certificates_in(data, Path(path).name)


def certificates_in(data: bytes, name: str = "") -> list[bytes]:
    """The certificates (DER) in a .cer/.crt (DER or PEM) or .p7b (PKCS#7, DER or PEM) file's bytes."""
    from asn1crypto import cms, pem, x509

    blobs: list[bytes] = []
    if pem.detect(data):
        blobs = [der for _kind, _headers, der in pem.unarmor(data, multiple=True)]
    else:
        blobs = [data]
    found: list[bytes] = []
    for blob in blobs:
        try:
            info = cms.ContentInfo.load(blob)
            if info["content_type"].native == "signed_data":
                for choice in info["content"]["certificates"] or ():
                    if choice.name == "certificate":
                        found.append(choice.chosen.dump())
                continue
        except (ValueError, TypeError, KeyError):
            pass
        try:
            cert = x509.Certificate.load(blob)
            _ = cert.native  # parses it all: a file that is not a certificate fails here
            found.append(cert.dump())
        except (ValueError, TypeError):
            continue
    if not found:
        raise ValidationError(f"Tệp “{name}” không chứa chứng thư số đọc được (.cer, .crt, .p7b).")
    return found


def chains_to(cert: object, roots: Sequence[bytes], moment: datetime) -> bool:
    """Whether *cert* (asn1crypto) has a valid path to one of *roots* at *moment*, offline."""
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

    quiet_library_logs()
    context = ValidationContext(trust_roots=[_load(r) for r in roots], allow_fetching=False,
                                revocation_mode="soft-fail", moment=moment)
    try:
        asyncio.run(CertificateValidator(cert, validation_context=context).async_validate_usage(set()))
    except (PathBuildingError, PathValidationError):
        return False
    except Exception:  # an unexpected certificate shape: not a chain we can vouch for
        return False
    return True


def verify_pdf(data: bytes, name: str, trust_roots: Sequence[bytes], now: datetime) -> VerifyResult:
    """Every signature of the PDF *data*, checked against *trust_roots* (DER) and nothing else."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    quiet_library_logs()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as error:
        raise ValueError(f"Không đọc được “{name}” như một tệp PDF: {error}") from None
    checks = tuple(_check(sig, trust_roots, now) for sig in embedded)
    return VerifyResult(name, checks)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _timestamp_of(sig, problems: list[str]) -> datetime | None:  # type: ignore[no-untyped-def]
    """The time in the signature's RFC 3161 token (checked by the validation that follows)."""
    from pyhanko.sign.validation.generic_cms import extract_tst_data_iter

    try:
        for signed_data in extract_tst_data_iter(sig.signer_info, signed=False):
            return _aware(signed_data["encap_content_info"]["content"].parsed["gen_time"].native)
    except Exception:
        problems.append("Không đọc được dấu thời gian gắn kèm chữ ký.")
    return None


def _check(sig, trust_roots: Sequence[bytes], now: datetime) -> SignatureCheck:  # type: ignore[no-untyped-def]
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    field = str(sig.field_name)
    cert = sig.signer_cert
    signer, organisation = _name(cert.subject)
    issuer, _ = _name(cert.issuer)
    claimed = _aware(sig.self_reported_timestamp)
    validity = cert["tbs_certificate"]["validity"]
    not_before, not_after = validity["not_before"].native, validity["not_after"].native
    problems: list[str] = []
    stamp_time = _timestamp_of(sig, problems)
    moment = stamp_time or claimed or _aware(now)
    roots = [_load(r) for r in trust_roots]

    def context() -> ValidationContext:
        return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail",
                                 moment=moment)

    try:
        status = validate_pdf_signature(
            sig, context(), ts_validation_context=context(),
            key_usage_settings=KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}))
    except Exception as error:  # a damaged signature dictionary: say so, do not crash the intake
        return SignatureCheck(
            field=field, signer=signer, organisation=organisation, issuer=issuer, signing_time=claimed,
            timestamp=stamp_time, intact=False, valid=False, trusted=False, valid_at_signing=False,
            cert_not_before=not_before, cert_not_after=not_after, modification=Modification.OTHER,
            covers_whole_file=False, problems=(f"Không kiểm tra được chữ ký: {error}",),
        )
    level = status.modification_level
    if level in (None, ModificationLevel.NONE, ModificationLevel.LTA_UPDATES):
        modification = Modification.NONE
    elif level is ModificationLevel.FORM_FILLING:
        modification = Modification.FORM_FILLING
    else:
        modification = Modification.OTHER
    if status.docmdp_ok is False:
        modification = Modification.OTHER
    covers = status.coverage is SignatureCoverageLevel.ENTIRE_FILE
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        problems.append("Chữ ký không bao trọn phiên bản của tệp mà nó ký.")
        modification = Modification.OTHER
    in_dates = moment is not None and not_before <= moment <= not_after
    if not in_dates:
        problems.append("Thời điểm ký nằm ngoài thời hạn hiệu lực của chứng thư số.")
    if stamp_time is None:
        problems.append("Chưa có dấu thời gian: thời gian ký do máy của người ký tự ghi.")
    elif status.timestamp_validity is not None and not (status.timestamp_validity.intact
                                                         and status.timestamp_validity.valid):
        problems.append("Dấu thời gian không hợp lệ.")
    trust_root = ""
    if status.trusted and status.validation_path is not None:
        trust_root, _ = _name(status.validation_path.trust_anchor.authority.name)
    elif status.trust_problem_indic is not None and roots:
        problems.append(f"Không xác thực được chuỗi chứng thư ({status.trust_problem_indic.name}).")
    return SignatureCheck(
        field=field, signer=signer, organisation=organisation, issuer=issuer, signing_time=claimed,
        timestamp=stamp_time, intact=bool(status.intact), valid=bool(status.valid),
        trusted=bool(status.trusted), valid_at_signing=in_dates,
        cert_not_before=not_before, cert_not_after=not_after, modification=modification,
        covers_whole_file=covers, trust_root=trust_root, problems=tuple(problems),
    )
