"""PAdES signing of the office's PDFs with pyHanko: a key on a PKCS#11 token or in a .p12/.pfx file.

Plain values in, a file out, like every exporter: the caller (services/signatures.py) brings the key's
whereabouts, the PIN, the images and the TSA; nothing here reads the database. The PIN is used for the
one session that signs and is never kept.

The appearance of each signature is drawn with reportlab (the app's own Times/Liberation fonts) and
imported as a static page: pyHanko 0.38's TrueType text stamps are letter-spaced about twice too wide
with Times New Roman or Liberation Serif (units-per-em 2048), and its default font has no Vietnamese.
"""

from __future__ import annotations

import io
import os
import struct
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from hanoi_desk.domain.signatures import PERSON_FIELD, SLOT_FIELDS, SignerRole, iso_vietnam

TSA_TIMEOUT_SECONDS = 60  # the VGCA TSA is slow: seconds, sometimes a minute (signatures.md)
_MM = 72 / 25.4


class SigningError(Exception):
    """A signing that cannot go on, said in Vietnamese for the clerk (wrong PIN, locked token …)."""


class TsaUnavailable(SigningError):
    """The timestamp server did not answer: the clerk may retry or sign without a timestamp (B-B)."""


# --------------------------------------------------------------------------------------------- keys


@dataclass(frozen=True)
class P12Key:
    """A key and its certificate in a .p12/.pfx file, opened with its password."""

    path: Path


@dataclass(frozen=True)
class Pkcs11Key:
    """A key on a token: the module (DLL/.so), then which token and key (None: the only one there)."""

    module: str
    token_label: str | None = None
    key_label: str | None = None


@dataclass(frozen=True)
class TokenInfo:
    slot: int
    label: str
    manufacturer: str
    model: str
    serial: str

    def describe(self) -> str:
        return f"{self.label} ({self.manufacturer} {self.model}, số sê-ri {self.serial})".strip()


def library_bits(path: Path) -> int | None:
    """32 or 64 for a Windows DLL (PE) or a Linux/macOS shared object (ELF); None if it is neither."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if head[:4] == b"\x7fELF" and len(head) > 4:
        return {1: 32, 2: 64}.get(head[4])
    if head[:2] == b"MZ" and len(head) >= 0x40:
        offset = struct.unpack_from("<I", head, 0x3C)[0]
        if offset + 6 <= len(head) and head[offset:offset + 4] == b"PE\0\0":
            machine = struct.unpack_from("<H", head, offset + 4)[0]
            return {0x14C: 32, 0x8664: 64, 0xAA64: 64, 0x1C4: 32}.get(machine)
    return None


def process_bits() -> int:
    return struct.calcsize("P") * 8


def module_problem(module: str) -> str | None:
    """Why a PKCS#11 module cannot be loaded by this program, in Vietnamese, or None."""
    if not module.strip():
        return ("Chưa chọn thư viện PKCS#11 của USB token. Trong Cài đặt, chọn tệp thư viện do nhà cung cấp "
                "token cài đặt (ví dụ eTPKCS11.dll hoặc bit4xpki.dll).")
    path = Path(module)
    if not path.is_file():
        return (f"Không tìm thấy thư viện PKCS#11 “{module}”. Hãy cài phần mềm của USB token "
                "(trình điều khiển) hoặc chọn đúng đường dẫn trong Cài đặt.")
    bits, ours = library_bits(path), process_bits()
    if bits is not None and bits != ours:
        return (f"Thư viện “{path.name}” là bản {bits}-bit nhưng Hanoi Desk chạy {ours}-bit: Windows không "
                f"cho nạp thư viện {bits}-bit vào chương trình {ours}-bit. Hãy chọn bản {ours}-bit của thư "
                "viện (thường nằm trong C:\\Windows\\System32; bản 32-bit nằm trong C:\\Windows\\SysWOW64) "
                "hoặc cài bản đầy đủ trình điều khiển token của nhà cung cấp.")
    return None


def _pkcs11_errors() -> dict[type, str]:
    from pkcs11 import exceptions as e

    return {
        e.PinIncorrect: "Mã PIN không đúng. Lưu ý: nhập sai nhiều lần liên tiếp sẽ khóa USB token.",
        e.PinLocked: "USB token đã bị khóa do nhập sai mã PIN quá số lần cho phép. Hãy liên hệ đơn vị "
                     "cấp chứng thư số để mở khóa.",
        e.PinExpired: "Mã PIN của USB token đã hết hạn: hãy đổi mã PIN bằng phần mềm của token.",
        e.PinLenRange: "Mã PIN không đúng độ dài token yêu cầu.",
        e.TokenNotPresent: "Không thấy USB token: hãy cắm token vào máy rồi thử lại.",
        e.TokenNotRecognised: "Máy không nhận ra USB token: hãy rút ra, cắm lại rồi thử lại.",
        e.DeviceRemoved: "USB token vừa bị rút ra trong khi ký.",
        e.NoSuchToken: "Không tìm thấy USB token có tên đã chọn.",
    }


def _explain_pkcs11(error: Exception) -> SigningError:
    for kind, message in _pkcs11_errors().items():
        if isinstance(error, kind):
            return SigningError(message)
    return SigningError(f"USB token báo lỗi: {type(error).__name__} {error}".strip())


def _load_module(module: str):  # type: ignore[no-untyped-def]
    problem = module_problem(module)
    if problem:
        raise SigningError(problem)
    from pyhanko.sign.pkcs11 import p11_lib as load

    try:
        return load(module)
    except Exception as error:  # a DLL Windows refuses, a missing dependency of the DLL
        raise SigningError(f"Không nạp được thư viện PKCS#11 “{module}”: {error}") from None


def _initialised(token) -> bool:  # type: ignore[no-untyped-def]
    """A slot with an empty, never initialised token (SoftHSM keeps one free) is no token to sign with."""
    from pkcs11 import TokenFlag

    return bool(token.flags & TokenFlag.TOKEN_INITIALIZED)


def _serial(token) -> str:  # type: ignore[no-untyped-def]
    serial = token.serial
    return (serial.decode(errors="replace") if isinstance(serial, bytes) else str(serial)).strip()


def list_tokens(module: str) -> list[TokenInfo]:
    """The tokens plugged in, as the module sees them (no PIN needed)."""
    from pkcs11 import exceptions as e

    lib = _load_module(module)
    found = []
    try:
        for slot in lib.get_slots(token_present=True):
            try:
                token = slot.get_token()
            except e.PKCS11Error:
                continue
            if not _initialised(token):
                continue
            found.append(TokenInfo(int(slot.slot_id), token.label.strip(),
                                   str(token.manufacturer_id).strip(), str(token.model).strip(),
                                   _serial(token)))
    except e.PKCS11Error as error:
        raise _explain_pkcs11(error) from None
    return found


@dataclass
class OpenKey:
    """A signer ready to sign, with its certificate (asn1crypto) and the chain found beside it."""

    signer: object
    certificate: object
    chain: tuple[object, ...]


@contextmanager
def open_key(key: P12Key | Pkcs11Key, secret: str) -> Iterator[OpenKey]:
    """Open the key for one signing; the token session is closed when the block ends."""
    if isinstance(key, P12Key):
        yield _open_p12(key, secret)
        return
    yield from _open_pkcs11(key, secret)


def _open_p12(key: P12Key, secret: str) -> OpenKey:
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        pkcs12,
    )
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        data = Path(key.path).read_bytes()
    except OSError as error:
        raise SigningError(f"Không đọc được tệp chứng thư “{key.path}”: {error.strerror or error}") from None
    try:
        private, cert, extra = pkcs12.load_key_and_certificates(data, secret.encode("utf-8") or None)
    except ValueError:
        raise SigningError(f"Mật khẩu của tệp “{Path(key.path).name}” không đúng, hoặc tệp không phải "
                           "tệp chứng thư số .p12/.pfx.") from None
    if private is None or cert is None:
        raise SigningError(f"Tệp “{Path(key.path).name}” không có khóa bí mật kèm chứng thư số.")
    signing_cert = x509.Certificate.load(cert.public_bytes(Encoding.DER))
    chain = tuple(x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in extra or ())
    signing_key = keys.PrivateKeyInfo.load(
        private.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=signing_cert, signing_key=signing_key,
                                  cert_registry=SimpleCertificateStore.from_certs(chain))
    return OpenKey(signer, signing_cert, chain)


def _open_pkcs11(key: Pkcs11Key, secret: str) -> Iterator[OpenKey]:
    from pkcs11 import Attribute, ObjectClass
    from pkcs11 import exceptions as e
    from pyhanko.sign.pkcs11 import PKCS11Signer

    lib = _load_module(key.module)
    try:
        slots = lib.get_slots(token_present=True)
        tokens = [t for t in (s.get_token() for s in slots) if _initialised(t)]
        if key.token_label:
            tokens = [t for t in tokens if key.token_label.strip() in (t.label.strip(), _serial(t))]
        if not tokens:
            raise SigningError("Không thấy USB token nào: hãy cắm token vào máy rồi thử lại."
                               if not key.token_label else f"Không thấy USB token “{key.token_label}”.")
        if len(tokens) > 1:
            labels = ", ".join(t.label.strip() for t in tokens)
            raise SigningError(f"Có {len(tokens)} USB token đang cắm ({labels}): hãy chọn một token.")
        session = tokens[0].open(user_pin=secret)
    except e.PKCS11Error as error:
        raise _explain_pkcs11(error) from None
    try:
        cert_id = _pick_certificate(session, key.key_label, Attribute, ObjectClass)
        signer = PKCS11Signer(session, cert_id=cert_id, key_id=cert_id, other_certs_to_pull=None)
        try:
            certificate = signer.signing_cert
        except e.PKCS11Error as error:
            raise _explain_pkcs11(error) from None
        yield OpenKey(signer, certificate, tuple(signer.cert_registry))
    finally:
        try:
            session.close()
        except e.PKCS11Error:
            pass


def _pick_certificate(session, key_label, Attribute, ObjectClass) -> bytes:  # type: ignore[no-untyped-def]
    """The ID of the signing certificate: the one labelled *key_label*, else the only one with a key."""
    keys = {k[Attribute.ID]: k[Attribute.LABEL] for k in
            session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
    certs = [(c[Attribute.ID], c[Attribute.LABEL]) for c in
             session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})]
    paired = [(cid, label) for cid, label in certs if cid in keys]
    if key_label:
        paired = [(cid, label) for cid, label in paired if key_label in (label, keys[cid])]
        if not paired:
            raise SigningError(f"Trên USB token không có khóa nào tên “{key_label}” kèm chứng thư số.")
    if not paired:
        raise SigningError("Trên USB token không có chứng thư số nào kèm khóa bí mật để ký.")
    if len(paired) > 1:
        labels = ", ".join(label for _cid, label in paired)
        raise SigningError(f"USB token có {len(paired)} chứng thư số ({labels}): hãy chọn một (--key).")
    return paired[0][0]


# --------------------------------------------------------------------------------------------- checks


def certificate_problems(cert: object, now: datetime, trust_roots: Sequence[bytes] = ()) -> tuple[
        list[str], list[str]]:
    """What is wrong with a signing certificate before it signs: (refusals, warnings), in Vietnamese.

    Dates and key usage refuse the signing (an expired certificate makes a signature nobody accepts);
    a chain to none of the office's roots only warns, since the office may not have imported its CA.
    """
    from hanoi_desk.importers.pdf_signatures import certificate_info, chains_to

    info = certificate_info(cert.dump())  # type: ignore[attr-defined]
    errors: list[str] = []
    warnings: list[str] = []
    when = now if now.tzinfo else now.replace(tzinfo=timezone.utc)
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


# --------------------------------------------------------------------------------------------- appearance


@dataclass(frozen=True)
class SignatureImage:
    """A PNG and its printed size in millimetres (from its DPI; a seal prints at its real size)."""

    png: bytes
    width_mm: float
    height_mm: float


def image_size_mm(png: bytes, default_dpi: float = 300.0) -> tuple[float, float]:
    """The printed size of *png*: pixels over the DPI it records (300 dpi when it records none)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        dpi = image.info.get("dpi") or (default_dpi, default_dpi)
        dx, dy = (float(d) if d and float(d) > 1 else default_dpi for d in dpi[:2])
        return image.width / dx * 25.4, image.height / dy * 25.4


def _page(width: float, height: float, draw) -> bytes:  # type: ignore[no-untyped-def]
    from reportlab.pdfgen import canvas

    from hanoi_desk.exporters.official_pdf import REGULAR, font_source

    font_source()  # registers the office's fonts
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(width, height), initialFontName=REGULAR, initialFontSize=10)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def _fit(w: float, h: float, box_w: float, box_h: float) -> tuple[float, float]:
    scale = min(1.0, box_w / w, box_h / h) if w > 0 and h > 0 else 1.0
    return w * scale, h * scale


def person_appearance(image: SignatureImage | None, width: float, height: float) -> bytes:
    """The signer's blue signature, centred in the room between the title and the name."""

    def draw(c) -> None:  # type: ignore[no-untyped-def]
        if image is None:
            return
        from reportlab.lib.utils import ImageReader

        w, h = _fit(image.width_mm * _MM, image.height_mm * _MM, width, height)
        c.drawImage(ImageReader(io.BytesIO(image.png)), (width - w) / 2, (height - h) / 2, w, h, mask="auto")

    return _page(width, height, draw)


def seal_appearance(image: SignatureImage | None, width: float, height: float) -> bytes:
    """The red seal at its real size, its right edge on the box's right edge (a third into the
    signature), centred in height; a seal larger than the box is scaled down to it."""

    def draw(c) -> None:  # type: ignore[no-untyped-def]
        if image is None:
            return
        from reportlab.lib.utils import ImageReader

        w, h = _fit(image.width_mm * _MM, image.height_mm * _MM, width, height)
        c.drawImage(ImageReader(io.BytesIO(image.png)), width - w, (height - h) / 2, w, h, mask="auto")

    return _page(width, height, draw)


def text_appearance(lines: Sequence[str], width: float, height: float) -> bytes:
    """The organisation's text signature of an appendix: Times/Liberation 10 pt, black, right-aligned."""

    from hanoi_desk.exporters.official_pdf import REGULAR

    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.setFont(REGULAR, 10)
        c.setFillColorRGB(0, 0, 0)
        y = height - 11
        for line in lines:
            c.drawRightString(width - 1, y, line)
            y -= 12

    return _page(width, height, draw)


# --------------------------------------------------------------------------------------------- signing


@dataclass(frozen=True)
class Field:
    name: str
    page: int
    box: tuple[float, float, float, float]
    signed: bool


def signature_fields(data: bytes) -> list[Field]:
    """The signature fields of a PDF, filled or empty, with their page and rectangle."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    pages = {page.idnum: n for n, (page, *_rest) in enumerate(_pages(reader))}
    found = []
    for name, value, ref in enumerate_sig_fields(reader):
        widget = ref.get_object()
        if "/Kids" in widget:
            widget = widget["/Kids"][0].get_object()
        page_ref = widget.get_value_as_reference("/P") if "/P" in widget else None
        rect = tuple(float(v) for v in widget.get("/Rect", (0, 0, 0, 0)))
        found.append(Field(str(name), pages.get(page_ref.idnum, 0) if page_ref else 0,
                           rect, value is not None))  # type: ignore[arg-type]
    return found


def _pages(reader):  # type: ignore[no-untyped-def]
    root = reader.root["/Pages"]
    count = int(root["/Count"])
    for n in range(count):
        yield reader.find_page_for_modification(n)


def sign_pdf(source: Path, target: Path, key: OpenKey, role: SignerRole, *,
             image: SignatureImage | None = None, tsa_url: str | None = None,
             tsa_timeout: float = TSA_TIMEOUT_SECONDS, now: datetime, location: str = "") -> bool:
    """Sign *source* into *target* as *role*, filling that role's empty field; True if timestamped (B-T).

    An appendix in its own file (an organisation field and no person field) gets the text signature
    top right; otherwise the person's blue image or the organisation's red seal. *target* appears only
    when the signature is complete: a failure (no field, the token, the TSA) leaves nothing behind.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as HankoSigningError
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError
    from pyhanko.stamp import StaticStampStyle

    from hanoi_desk.importers.pdf_signatures import quiet_library_logs

    quiet_library_logs()
    data = Path(source).read_bytes()
    present = {f.name: f for f in signature_fields(data)}
    name = SLOT_FIELDS[role.value]
    field = present.get(name)
    if field is None:
        raise SigningError(f"Tệp “{Path(source).name}” không có ô chữ ký số của {role.label}: chỉ ký được "
                           "văn bản do Hanoi Desk lập (có sẵn ô chữ ký).")
    if field.signed:
        raise SigningError(f"Ô chữ ký của {role.label} trong “{Path(source).name}” đã được ký.")
    width, height = field.box[2] - field.box[0], field.box[3] - field.box[1]
    if role is SignerRole.PERSON:
        appearance = person_appearance(image, width, height)
    elif PERSON_FIELD not in present:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        subject = str(reader.trailer["/Info"].get("/Subject", "")) if "/Info" in reader.trailer else ""
        org = _organisation_of(key.certificate)
        appearance = text_appearance([line for line in (org, subject, iso_vietnam(now)) if line],
                                     width, height)
    else:
        appearance = seal_appearance(image, width, height)
    meta = signers.PdfSignatureMetadata(
        field_name=name, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        location=location or None, reason=f"Ký số với vai trò {role.label}",
    )
    timestamper = HTTPTimeStamper(tsa_url, timeout=tsa_timeout) if tsa_url else None
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.signing")
    with tempfile.TemporaryDirectory(prefix="hanoi-desk-sign-") as folder:
        stamp_file = Path(folder) / "appearance.pdf"
        stamp_file.write_bytes(appearance)
        # Drawn at the field's size, so placed 1:1: pyHanko's default 5 pt margins would shrink the seal.
        one_to_one = SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID,
                                         margins=Margins(), inner_content_scaling=InnerScaling.NO_SCALING)
        style = StaticStampStyle.from_pdf_file(str(stamp_file), border_width=0, background_layout=one_to_one)
        pdf_signer = signers.PdfSigner(meta, signer=key.signer, timestamper=timestamper, stamp_style=style)
        out = io.BytesIO()
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
            pdf_signer.sign_pdf(writer, output=out)
        except TimestampRequestError as error:
            raise TsaUnavailable(_tsa_message(tsa_url or "", error)) from None
        except HankoSigningError as error:
            cause = error.__cause__ or error.__context__
            if isinstance(cause, TimestampRequestError):
                raise TsaUnavailable(_tsa_message(tsa_url or "", cause)) from None
            raise _signing_error(error) from None
        except Exception as error:
            raise _signing_error(error) from None
    try:
        tmp.write_bytes(out.getvalue())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return timestamper is not None


def _signing_error(error: Exception) -> SigningError:
    try:
        from pkcs11 import exceptions as e

        seen: BaseException | None = error
        while seen is not None:
            if isinstance(seen, e.PKCS11Error):
                return _explain_pkcs11(seen)  # type: ignore[arg-type]
            seen = seen.__cause__ or seen.__context__
    except ImportError:
        pass
    return SigningError(f"Không ký được: {error}")


def _tsa_message(url: str, error: Exception) -> str:
    return (f"Không lấy được dấu thời gian từ máy chủ {url} ({error.__cause__ or error}). Có thể thử lại, "
            "hoặc ký không có dấu thời gian (PAdES B-B, “chưa có dấu thời gian”).")


def _organisation_of(cert: object) -> str:
    subject = cert.subject.native  # type: ignore[attr-defined]
    return str(subject.get("organization_name") or subject.get("common_name") or "")
