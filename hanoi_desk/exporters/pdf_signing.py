"""PAdES signing of the office's PDFs with pyHanko, filling the empty field official_pdf.py left.

Plain values in, a file out, like every exporter: the caller (services/signatures.py) brings the opened
key (exporters/signing_keys.py), the image or the text lines, the TSA and the signing time; nothing here
reads the database or judges a certificate.

The appearance of each signature is drawn with reportlab (the app's own Times/Liberation fonts) and
imported as a static page: pyHanko 0.38's TrueType text stamps are letter-spaced about twice too wide
with Times New Roman or Liberation Serif (units-per-em 2048), and its default font has no Vietnamese.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hanoi_desk.domain.signatures import (
    PERSON_FIELD,
    SLOT_FIELDS,
    SignerRole,
    SigningCancelled,
    SigningError,
    TsaUnavailable,
    iso_vietnam,
)
from hanoi_desk.exporters.signing_keys import OpenKey, explain_pkcs11

TSA_TIMEOUT_SECONDS = 60  # the VGCA TSA is slow: seconds, sometimes a minute (signatures.md)
_MM = 72 / 25.4


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


def _page(width: float, height: float, draw: Callable[[object], None]) -> bytes:
    from reportlab.pdfgen import canvas

    from hanoi_desk.exporters.official_pdf import REGULAR, font_source

    font_source()  # registers the office's fonts
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(width, height), initialFontName=REGULAR, initialFontSize=10)
    draw(c)
    c.showPage()
    c.save()
    return out.getvalue()


def image_appearance(image: SignatureImage | None, width: float, height: float, *,
                     right: bool = False) -> bytes:
    """The signer's blue signature centred in the room between the title and the name, or (*right*)
    the red seal at its real size with its right edge on the box's right edge, a third into the
    signature; centred in height, and scaled down only if larger than the box."""

    def draw(c) -> None:  # type: ignore[no-untyped-def]
        if image is None:
            return
        from reportlab.lib.utils import ImageReader

        w, h = image.width_mm * _MM, image.height_mm * _MM
        scale = min(1.0, width / w, height / h) if w > 0 and h > 0 else 1.0
        w, h = w * scale, h * scale
        x = width - w if right else (width - w) / 2
        c.drawImage(ImageReader(io.BytesIO(image.png)), x, (height - h) / 2, w, h, mask="auto")

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


# --------------------------------------------------------------------------------------------- fields


@dataclass(frozen=True)
class Field:
    name: str
    page: int
    box: tuple[float, float, float, float]
    signed: bool


def signature_fields(data: bytes, name: str = "") -> list[Field]:
    """The signature fields of a PDF, filled or empty, with their page and rectangle; a SigningError
    (in Vietnamese) when *data* is not a PDF that can be read."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        pages = {page.idnum: n for n, (page, *_rest) in enumerate(_pages(reader))}
        found = []
        for field_name, value, ref in enumerate_sig_fields(reader):
            widget = ref.get_object()
            if "/Kids" in widget:
                widget = widget["/Kids"][0].get_object()
            page_ref = widget.get_value_as_reference("/P") if "/P" in widget else None
            rect = tuple(float(v) for v in widget.get("/Rect", (0, 0, 0, 0)))
            found.append(Field(str(field_name), pages.get(page_ref.idnum, 0) if page_ref else 0,
                               rect, value is not None))  # type: ignore[arg-type]
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise SigningError(f"Tệp “{name or 'này'}” không phải tệp PDF đọc được ({error}).") from None
    return found


def _pages(reader):  # type: ignore[no-untyped-def]
    root = reader.root["/Pages"]
    count = int(root["/Count"])
    for n in range(count):
        yield reader.find_page_for_modification(n)


def document_subject(data: bytes) -> str:
    """The PDF's /Subject: the number and symbol official_pdf.py writes there ("Số: 05/BC-SVHTT")."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    info = reader.trailer["/Info"] if "/Info" in reader.trailer else None
    return str(info.get("/Subject", "")) if info is not None else ""


# --------------------------------------------------------------------------------------------- signing


def _timestamper(url: str, timeout: float):  # type: ignore[no-untyped-def]
    """pyHanko's HTTP timestamp client, through the system's proxy.

    pyHanko 0.38 posts with an aiohttp session of its own that ignores proxies; an office that reaches
    the internet through a proxy (HTTP_PROXY/HTTPS_PROXY, or on Windows the Internet Options that
    urllib's getproxies reads) would never reach the TSA. The request is the same single POST,
    sent with ``trust_env=True``.
    """
    import aiohttp
    from asn1crypto import tsp
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    class ProxyAwareTimeStamper(HTTPTimeStamper):
        async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
            headers = await self.async_request_headers()
            try:
                async with aiohttp.ClientSession(trust_env=True) as session, session.post(
                        self.url, headers=headers, data=req.dump(), auth=self.auth, raise_for_status=True,
                        timeout=aiohttp.ClientTimeout(total=self.timeout)) as response:
                    body = await response.read()
                    kind = response.headers.get("Content-Type")
            except (aiohttp.ClientError, OSError) as error:
                raise TimestampRequestError("Error while contacting timestamp service") from error
            if kind != "application/timestamp-reply":
                raise TimestampRequestError(f"the server answered {kind}, not a timestamp")
            return tsp.TimeStampResp.load(body)

    return ProxyAwareTimeStamper(url, timeout=timeout)


def _pdf_signer(meta, key: OpenKey, timestamper, style, signing_time: datetime):  # type: ignore[no-untyped-def]
    """pyHanko's PdfSigner with the CMS signing time taken from the caller's clock, so that the time
    printed on an appendix's text signature and the time in the signature agree (pyHanko reads the
    system clock otherwise; ``PdfSigningSession.system_time`` is the documented attribute it signs)."""
    from pyhanko.sign import signers

    class ClockedPdfSigner(signers.PdfSigner):
        def init_signing_session(self, pdf_out, existing_fields_only=False):  # type: ignore[no-untyped-def]
            session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
            session.system_time = signing_time
            return session

    return ClockedPdfSigner(meta, signer=key.signer, timestamper=timestamper, stamp_style=style)


def sign_pdf(source: Path, target: Path, key: OpenKey, role: SignerRole, *,
             image: SignatureImage | None = None, organisation: str = "", tsa_url: str | None = None,
             tsa_timeout: float = TSA_TIMEOUT_SECONDS, signing_time: datetime, location: str = "",
             cancelled: Callable[[], bool] | None = None) -> bool:
    """Sign *source* into *target* as *role*, filling that role's empty field; True if timestamped (B-T).

    An appendix in its own file (an organisation field and no person field) gets the text signature top
    right (*organisation*, the number and symbol, the signing time); otherwise the person's blue image or
    the organisation's red seal. *target* appears only when the signature is complete: a failure (no
    field, the token, the TSA) or a cancel leaves nothing behind, and its folder is made only then.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as HankoSigningError
    from pyhanko.sign.timestamps import TimestampRequestError
    from pyhanko.stamp import StaticStampStyle

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise SigningCancelled("Đã hủy: chưa ký, không có tệp nào được ghi.")

    try:
        data = Path(source).read_bytes()
    except OSError as error:
        raise SigningError(f"Không đọc được tệp “{Path(source).name}”: {error.strerror or error}") from None
    present = {f.name: f for f in signature_fields(data, Path(source).name)}
    name = SLOT_FIELDS[role.value]
    field = present.get(name)
    if field is None:
        raise SigningError(f"Tệp “{Path(source).name}” không có ô chữ ký số của {role.label}: chỉ ký được "
                           "văn bản do Hanoi Desk lập (có sẵn ô chữ ký).")
    if field.signed:
        raise SigningError(f"Ô chữ ký của {role.label} trong “{Path(source).name}” đã được ký.")
    width, height = field.box[2] - field.box[0], field.box[3] - field.box[1]
    if role is SignerRole.PERSON:
        appearance = image_appearance(image, width, height)
    elif PERSON_FIELD not in present:
        lines = [organisation, document_subject(data), iso_vietnam(signing_time)]
        appearance = text_appearance([line for line in lines if line], width, height)
    else:
        appearance = image_appearance(image, width, height, right=True)
    meta = signers.PdfSignatureMetadata(
        field_name=name, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        location=location or None, reason=f"Ký số với vai trò {role.label}",
    )
    timestamper = _timestamper(tsa_url, tsa_timeout) if tsa_url else None
    check_cancel()
    with tempfile.TemporaryDirectory(prefix="hanoi-desk-sign-") as folder:
        stamp_file = Path(folder) / "appearance.pdf"
        stamp_file.write_bytes(appearance)
        # Drawn at the field's size, so placed 1:1: pyHanko's default 5 pt margins would shrink the seal.
        one_to_one = SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID,
                                         margins=Margins(), inner_content_scaling=InnerScaling.NO_SCALING)
        style = StaticStampStyle.from_pdf_file(str(stamp_file), border_width=0, background_layout=one_to_one)
        pdf_signer = _pdf_signer(meta, key, timestamper, style, signing_time)
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
            raise explain_pkcs11(error) from None
        except Exception as error:
            raise explain_pkcs11(error) from None
    check_cancel()  # the last moment a cancel can keep the file from appearing
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.signing")
    try:
        tmp.write_bytes(out.getvalue())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return timestamper is not None


def _tsa_message(url: str, error: Exception) -> str:
    return (f"Không lấy được dấu thời gian từ máy chủ {url} ({error.__cause__ or error}). Có thể thử lại, "
            "hoặc ký không có dấu thời gian (PAdES B-B, “chưa có dấu thời gian”).")
