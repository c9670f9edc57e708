"""Reading digital signatures out of a PDF (pyHanko): a file in, plain values out (domain/signatures.py).

Validation never goes on the network: no CRL, OCSP or certificate is fetched, and trust comes only from
the roots the office imported. The certificate is first judged now. A timestamp moves that moment back
to the time it certifies only when its token is intact, valid and chains to an imported root: a token
anyone could have made, or the time the signer's computer wrote, proves nothing about when the
signature was made, so neither can make an expired certificate look valid.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from hanoi_desk.domain.signatures import (
    CertificateInfo,
    Modification,
    SignatureCheck,
    VerifyResult,
    as_utc,
)
from hanoi_desk.importers.certificates import (
    certificate_info,
    name_parts,
    quiet_library_logs,
    validation_context,
)


def verify_pdf(data: bytes, name: str, trust_roots: Sequence[bytes], now: datetime) -> VerifyResult:
    """Every signature of the PDF *data*, checked against *trust_roots* (DER) and nothing else."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    with quiet_library_logs():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            filled = list(enumerate_sig_fields(reader, filled_status=True))
        except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as error:
            raise ValueError(f"Không đọc được “{name}” như một tệp PDF: {error}") from None
        found: list[tuple[int, int, object]] = []
        for order, (field, _value, ref) in enumerate(filled):
            try:  # one signature whose CMS cannot be read is "chữ ký hỏng", not an unreadable file
                sig = EmbeddedPdfSignature(reader, ref, field)
                found.append((sig.signed_revision, order, sig))
            except Exception as error:
                found.append((1 << 30, order, _broken(str(field), error)))
        checks = tuple(item if isinstance(item, SignatureCheck) else _check(item, trust_roots, as_utc(now))
                       for _revision, _order, item in sorted(found, key=lambda f: (f[0], f[1])))
    return VerifyResult(name, checks)


def _validate(sig, roots: Sequence[bytes], moment: datetime, now: datetime, *,  # type: ignore[no-untyped-def]
              skip_diff: bool = False):
    """pyHanko's validation with the signer's certificate judged at *moment*; the timestamp's
    authority is always judged now."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    return validate_pdf_signature(
        sig, validation_context(roots, moment), ts_validation_context=validation_context(roots, now),
        key_usage_settings=KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}),
        skip_diff=skip_diff)


def _broken(field: str, error: Exception, info: CertificateInfo | None = None,
            claimed: datetime | None = None) -> SignatureCheck:
    """A signature whose CMS cannot be read or checked: "chữ ký hỏng", never a crash of the intake."""
    return SignatureCheck(
        field=field, signer=info.subject if info else "", organisation=info.organisation if info else "",
        issuer=info.issuer if info else "", signing_time=claimed, timestamp=None, intact=False,
        valid=False, trusted=False, valid_at_signing=False,
        cert_not_before=info.not_before if info else None, cert_not_after=info.not_after if info else None,
        modification=Modification.OTHER, covers_whole_file=False, broken=True,
        problems=(f"Chữ ký hỏng: không kiểm tra được ({type(error).__name__}: {error}).",),
    )


def _modification(status) -> Modification:  # type: ignore[no-untyped-def]
    """What changed after the signature; anything pyHanko could not classify counts as a change."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    level = status.modification_level
    if level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES):
        modification = Modification.NONE
    elif level is ModificationLevel.FORM_FILLING:
        modification = Modification.FORM_FILLING
    else:  # OTHER, or None (no difference analysis ran): fail closed
        modification = Modification.OTHER
    if status.docmdp_ok is False:
        modification = Modification.OTHER
    if status.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        modification = Modification.OTHER
    return modification


def _check(sig, trust_roots: Sequence[bytes], now: datetime) -> SignatureCheck:  # type: ignore[no-untyped-def]
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    field = str(sig.field_name)
    info: CertificateInfo | None = None
    claimed: datetime | None = None
    try:
        info = certificate_info(sig.signer_cert)
        reported = sig.self_reported_timestamp
        claimed = as_utc(reported) if reported else None
        first = _validate(sig, trust_roots, now, now)
    except Exception as error:  # a damaged CMS or signature dictionary
        return _broken(field, error, info, claimed)
    problems: list[str] = []
    token = first.timestamp_validity
    stamp_time = as_utc(token.timestamp) if token is not None and token.timestamp else None
    stamp_trusted = bool(token is not None and token.intact and token.valid and token.trusted)
    status, judged = first, now
    if stamp_trusted and stamp_time is not None:
        judged = stamp_time
        try:
            status = _validate(sig, trust_roots, judged, now, skip_diff=True)
        except Exception as error:
            return _broken(field, error, info, claimed)

    modification = _modification(first)
    if first.coverage not in (SignatureCoverageLevel.ENTIRE_FILE, SignatureCoverageLevel.ENTIRE_REVISION):
        problems.append("Chữ ký không bao trọn phiên bản của tệp mà nó ký.")
    if token is None:
        problems.append("Chưa có dấu thời gian: thời gian ký do máy của người ký tự ghi, nên chứng thư được "
                        "xét tại thời điểm kiểm tra.")
    elif not stamp_trusted:
        why = ("chữ ký của dấu thời gian không đúng (có thể bị làm giả)" if not (token.intact and token.valid)
               else "máy chủ cấp dấu thời gian không dẫn đến chứng thư gốc nào Sở đã nhập")
        problems.append(f"Dấu thời gian chưa tin cậy: {why}. Thời gian trong dấu không được dùng; chứng "
                        "thư được xét tại thời điểm kiểm tra.")
    in_dates = info.not_before <= judged <= info.not_after
    if not in_dates:
        if stamp_trusted:
            problems.append("Thời điểm ký theo dấu thời gian nằm ngoài thời hạn hiệu lực của chứng thư số.")
        else:
            problems.append("Chứng thư số không còn hiệu lực tại thời điểm kiểm tra, và không có dấu thời "
                            "gian tin cậy chứng minh chữ ký được tạo khi chứng thư còn hiệu lực.")
    trust_root = ""
    if status.trusted and status.validation_path is not None:
        trust_root, _ = name_parts(status.validation_path.trust_anchor.authority.name)
    elif status.trust_problem_indic is not None and trust_roots:
        problems.append(f"Không xác thực được chuỗi chứng thư ({status.trust_problem_indic.name}).")
    return SignatureCheck(
        field=field, signer=info.subject, organisation=info.organisation, issuer=info.issuer,
        signing_time=claimed, timestamp=stamp_time, intact=bool(first.intact), valid=bool(status.valid),
        trusted=bool(status.trusted), valid_at_signing=in_dates,
        cert_not_before=info.not_before, cert_not_after=info.not_after, modification=modification,
        covers_whole_file=first.coverage is SignatureCoverageLevel.ENTIRE_FILE, trust_root=trust_root,
        problems=tuple(problems), timestamp_trusted=stamp_trusted, judged_at=judged,
    )
