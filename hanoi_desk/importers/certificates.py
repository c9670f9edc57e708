"""Certificates read and judged: .cer/.crt/.p7b files, names, roots, chains and a signer's fitness to sign.

A file or DER bytes in, plain values out (domain/signatures.py). Nothing here goes on the network: no
CRL, OCSP or missing certificate is fetched, and trust comes only from the roots the office imported.
The signing service asks :func:`certificate_problems` before a key signs; the verifier
(importers/pdf_signatures.py) builds its contexts with :func:`validation_context`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.signatures import CertificateInfo, as_utc

_LIBRARY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")
_quiet_lock = threading.Lock()
_quiet_depth = 0
_saved: list[tuple[logging.Logger, bool, logging.Handler]] = []


@contextmanager
def quiet_library_logs() -> Iterator[None]:
    """pyHanko logs a traceback for every path it cannot build (an untrusted signer is an everyday
    answer here, not an error): while a check runs, what its loggers (and their children) say goes
    nowhere; the clerk reads the Vietnamese verdict instead. Only for the check: before and after it,
    and everywhere else in the program, logging is as configured. Checks may overlap (a background
    recheck and a dialog): the first in silences, the last out restores."""
    global _quiet_depth
    with _quiet_lock:
        if _quiet_depth == 0:
            for name in _LIBRARY_LOGGERS:
                logger = logging.getLogger(name)
                handler = logging.NullHandler()
                _saved.append((logger, logger.propagate, handler))
                logger.addHandler(handler)
                logger.propagate = False
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                for logger, propagate, handler in _saved:
                    logger.removeHandler(handler)
                    logger.propagate = propagate
                _saved.clear()


def load_certificate(der: bytes):  # type: ignore[no-untyped-def]
    from asn1crypto import x509

    return x509.Certificate.load(der)


def name_parts(name) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(common name, organisation) of an asn1crypto Name; the readable whole when it has no CN."""
    native = name.native
    common = native.get("common_name") or ""
    organisation = native.get("organization_name") or ""
    if isinstance(common, list):
        common = ", ".join(common)
    if isinstance(organisation, list):
        organisation = ", ".join(organisation)
    return str(common or name.human_friendly), str(organisation)


def certificate_info(cert: bytes | object) -> CertificateInfo:
    """A certificate (DER, or asn1crypto) as a person reads it."""
    cert = load_certificate(cert) if isinstance(cert, bytes | bytearray) else cert
    subject, organisation = name_parts(cert.subject)  # type: ignore[attr-defined]
    issuer, _ = name_parts(cert.issuer)  # type: ignore[attr-defined]
    validity = cert["tbs_certificate"]["validity"]  # type: ignore[index]
    return CertificateInfo(
        subject=subject, organisation=organisation, issuer=issuer,
        serial=format(cert.serial_number, "X"),  # type: ignore[attr-defined]
        not_before=as_utc(validity["not_before"].native), not_after=as_utc(validity["not_after"].native),
        sha256=hashlib.sha256(cert.dump()).hexdigest(),  # type: ignore[attr-defined]
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


def is_ca(der: bytes) -> bool:
    """Whether the certificate is a certificate authority's (basicConstraints cA), not a signer's."""
    from cryptography import x509 as cx509

    try:
        return bool(cx509.load_der_x509_certificate(der).extensions.get_extension_for_class(
            cx509.BasicConstraints).value.ca)
    except (ValueError, cx509.ExtensionNotFound):
        return False


def root_problem(der: bytes) -> str | None:
    """Why a certificate cannot be a trusted root, in Vietnamese, or None for a self-signed CA.

    A root is a certificate authority (basicConstraints cA) that issued itself (subject = issuer) and
    whose own signature verifies with its own key. Anything else (a signer's certificate, a TSA's, an
    intermediate CA) made "trusted" would let any signature it names pass as trusted.
    """
    from cryptography import x509 as cx509
    from cryptography.exceptions import InvalidSignature

    try:
        cert = cx509.load_der_x509_certificate(der)
    except ValueError:
        return "không đọc được chứng thư"
    if not is_ca(der):
        return ("không phải chứng thư của tổ chức cấp chứng thư (CA): đây là chứng thư của người ký hoặc "
                "máy chủ")
    if cert.subject != cert.issuer:
        return "là chứng thư CA trung gian (do một tổ chức khác cấp), không phải chứng thư gốc"
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return "chữ ký tự ký của chứng thư không đúng"
    return None


def validation_context(roots: Sequence[bytes], moment: datetime):  # type: ignore[no-untyped-def]
    """The one way this program asks pyHanko about a chain: only *roots*, offline, at *moment*.

    Revocation is not looked up (no CRL/OCSP): "soft-fail" lets a path validate without it, and the
    verdict says so ("Tình trạng thu hồi: chưa kiểm tra").
    """
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=[load_certificate(r) for r in roots], allow_fetching=False,
                             revocation_mode="soft-fail", moment=as_utc(moment))


def chains_to(cert: object, roots: Sequence[bytes], moment: datetime) -> bool:
    """Whether *cert* (asn1crypto) has a valid path to one of *roots* at *moment*, offline."""
    from pyhanko_certvalidator import CertificateValidator

    with quiet_library_logs():
        try:
            validator = CertificateValidator(cert, validation_context=validation_context(roots, moment))
            asyncio.run(validator.async_validate_usage(set()))
        except Exception:  # no path, an expired link, an unexpected shape: not a chain we can vouch for
            return False
    return True


def certificate_problems(cert: object, now: datetime, trust_roots: Sequence[bytes] = ()) -> tuple[
        list[str], list[str]]:
    """What is wrong with a signing certificate before it signs: (refusals, warnings), in Vietnamese.

    Dates and key usage refuse the signing (an expired certificate makes a signature nobody accepts);
    a chain to none of the office's roots only warns, since the office may not have imported its CA.
    Revocation is not looked up (this program never goes on the network to check a certificate).
    """
    info = certificate_info(cert)
    errors: list[str] = []
    warnings: list[str] = []
    when = as_utc(now)
    if when < info.not_before:
        errors.append(f"Chứng thư số của “{info.subject}” chưa có hiệu lực (từ {info.not_before:%d/%m/%Y}).")
    if when > info.not_after:
        errors.append(f"Chứng thư số của “{info.subject}” đã hết hạn ngày {info.not_after:%d/%m/%Y}. "
                      "Hãy gia hạn chứng thư tại đơn vị cấp.")
    usage = set(cert.key_usage_value.native) if cert.key_usage_value else set()  # type: ignore[attr-defined]
    if usage and not usage & {"digital_signature", "non_repudiation"}:
        errors.append(f"Chứng thư số của “{info.subject}” không dùng để ký (mục đích sử dụng khóa: "
                      f"{', '.join(sorted(usage))}).")
    public = cert.public_key  # type: ignore[attr-defined]
    if public.algorithm == "rsa" and public.bit_size < 2048:
        errors.append(f"Khóa RSA {public.bit_size} bit quá ngắn: Thông tư 15/2025 yêu cầu từ 2048 bit.")
    if trust_roots and not chains_to(cert, trust_roots, when):
        warnings.append(f"Chứng thư số của “{info.subject}” (cấp bởi “{info.issuer}”) không dẫn đến chứng "
                        "thư gốc nào Sở đã nhập: nơi nhận có thể báo “chưa tin cậy”.")
    elif not trust_roots:
        warnings.append("Chưa nhập chứng thư gốc nào trong Cài đặt: chưa kiểm tra được chuỗi chứng thư.")
    return errors, warnings
