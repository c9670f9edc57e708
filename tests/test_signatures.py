"""Digital signatures (issue 14): the fields, signing with a SoftHSM2 token and a .p12, a local TSA,
verification read back with pyHanko, the images where the decree puts them, the CLI and the intake.

Nothing here reaches a real CA or TSA: the chain, the token and the timestamp server are made here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from hanoi_desk import cli
from hanoi_desk.app import Services
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.reports import AttachmentDraft, Figures, ReceiptDraft
from hanoi_desk.domain.signatures import Modification, SignatureStatus, SignerRole
from hanoi_desk.exporters.official_pdf import (
    ORGANISATION_FIELD,
    PERSON_BOX_WIDTH,
    PERSON_FIELD,
    Appendix,
    write_appendix_pdf,
)
from hanoi_desk.exporters.pdf_signing import (
    P12Key,
    Pkcs11Key,
    SigningError,
    library_bits,
    module_problem,
    signature_fields,
    text_appearance,
)
from hanoi_desk.exporters.reports import write_annual_report
from hanoi_desk.services.settings import OfficeSettings
from hanoi_desk.services.signatures import SigningService, SignRequest
from tests import signing_kit as kit

needs_softhsm = pytest.mark.skipif(not kit.softhsm_available(),
                                   reason="softhsm2 and opensc are not installed")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils is not installed")
DAY = date(2026, 12, 1)
MM = 72 / 25.4


@dataclass(frozen=True)
class Pki:
    folder: Path
    root: kit.Issued
    person: kit.Issued
    office: kit.Issued
    expired: kit.Issued
    tsa: kit.Issued
    office_p12: Path
    expired_p12: Path
    root_pem: Path
    chain_p7b: Path
    signature_png: Path
    seal_png: Path
    token_env: dict[str, str]


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pki]:
    """A test root, the deputy director (on a SoftHSM2 token), the office (.p12), an expired one, a TSA."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    folder = tmp_path_factory.mktemp("pki")
    root = kit.make_root()
    person = kit.issue(root, "Nguyễn Thị Ký", "Sở Văn hóa và Thể thao Hà Nội")
    office = kit.issue(root, "SỞ VĂN HÓA VÀ THỂ THAO", "Sở Văn hóa và Thể thao Hà Nội")
    expired = kit.issue(root, "Trần Văn Hết Hạn", "Sở X", days=30)
    tsa = kit.issue(root, "Test TSA Hanoi Desk", "Hanoi Desk Test", tsa=True)
    root_pem = folder / "root.crt"
    root_pem.write_bytes(root.cert.public_bytes(Encoding.PEM))
    chain_p7b = folder / "chain.p7b"
    chain_p7b.write_bytes(pkcs7.serialize_certificates([root.cert, tsa.cert], Encoding.DER))
    token_env: dict[str, str] = {}
    saved = os.environ.get("SOFTHSM2_CONF")
    if kit.softhsm_available():
        token_env = kit.make_token(folder / "hsm", person)
        os.environ.update(token_env)  # read when the module is first loaded in this process
    yield Pki(
        folder, root, person, office, expired, tsa,
        kit.write_p12(folder / "office.p12", office, [root]),
        kit.write_p12(folder / "expired.p12", expired, [root]),
        root_pem, chain_p7b,
        kit.write_png(folder / "chu-ky.png", (20, 50, 200), (600, 250)),  # 50.8 × 21.2 mm at 300 dpi
        kit.write_png(folder / "con-dau.png", (220, 20, 20), (425, 425), ring=True),  # 36 mm seal
        token_env,
    )
    if saved is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = saved


@pytest.fixture(scope="session")
def tsa_url(pki: Pki) -> Iterator[str]:
    with kit.local_tsa(pki.tsa, [pki.root]) as url:
        yield url


@pytest.fixture
def signing(services: Services) -> SigningService:
    assert services.signatures is not None
    services.signatures._clock = FixedClock(DAY)  # the certificates' dates are checked against it
    services.settings.save_office(OfficeSettings(office_name="SỞ VĂN HÓA VÀ THỂ THAO",
                                                 office_symbol="SVHTT", signer_name="Nguyễn Thị Ký"))
    return services.signatures


def annual_report(services: Services, folder: Path) -> Path:
    return write_annual_report(folder / "bao-cao-nam.pdf", services.reports.annual_report(2026, DAY))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------------------------------- fields


def test_every_official_pdf_carries_both_empty_fields_where_the_decree_puts_them(
        services: Services, tmp_path: Path) -> None:
    pdf = annual_report(services, tmp_path)
    fields = {f.name: f for f in signature_fields(pdf.read_bytes())}
    assert set(fields) == {PERSON_FIELD, ORGANISATION_FIELD}
    person, office = fields[PERSON_FIELD], fields[ORGANISATION_FIELD]
    assert not person.signed and not office.signed
    assert person.page == office.page  # the closing block's page, before the appendix
    assert person.box[2] - person.box[0] == pytest.approx(PERSON_BOX_WIDTH, abs=0.1)
    # The seal's box ends a third of the way into the signature's box, on the same middle line.
    assert office.box[2] == pytest.approx(person.box[0] + PERSON_BOX_WIDTH / 3, abs=0.1)
    assert (office.box[1] + office.box[3]) / 2 == pytest.approx((person.box[1] + person.box[3]) / 2, abs=0.1)
    # Between the title and the name: the room is below "PHÓ GIÁM ĐỐC" and above the signer's name.
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        page = doc.pages[person.page]
        words = page.extract_words()
        height = page.height
    title = [w for w in words if w["text"] == "PHÓ"]
    assert title, "the signer's title is on the field's page"
    assert height - title[-1]["bottom"] >= person.box[3] - 1  # the title sits above the box


# ----------------------------------------------------------------------------------------- the round


def _colour_box(png: Path, dpi: int, colour: str) -> tuple[float, float, float, float]:
    """The bounding box, in PDF points from the lower left, of the blue or red pixels of a rendered page."""
    from PIL import Image

    with Image.open(png) as image:
        rgb = image.convert("RGB")
        w, h = rgb.size
        pixels = rgb.load()
        xs, ys = [], []
        for y in range(h):
            for x in range(w):
                r, g, b = pixels[x, y]
                if (colour == "blue" and b > 140 and r < 90 and g < 120) or \
                        (colour == "red" and r > 150 and g < 90 and b < 90):
                    xs.append(x)
                    ys.append(y)
    assert xs, f"no {colour} pixels on the page"
    scale = 72 / dpi
    return min(xs) * scale, (h - max(ys) - 1) * scale, (max(xs) + 1) * scale, (h - min(ys)) * scale


@needs_softhsm
@needs_poppler
def test_person_signs_with_the_token_then_the_office_with_a_p12_both_stay_valid(
        services: Services, signing: SigningService, pki: Pki, tsa_url: str, tmp_path: Path) -> None:
    from asn1crypto import x509 as ax509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    signing.set_image("signer", pki.signature_png.read_bytes())
    signing.set_image("seal", pki.seal_png.read_bytes())
    pdf = annual_report(services, tmp_path)
    fields = {f.name: f for f in signature_fields(pdf.read_bytes())}
    by_person = tmp_path / "da-ky-ca-nhan.pdf"
    outcome = signing.sign(SignRequest(pdf, by_person, SignerRole.PERSON, Pkcs11Key(kit.SOFTHSM_MODULE),
                                       tsa_url), kit.TOKEN_PIN)
    assert outcome.timestamped and outcome.level == "PAdES B-T"
    assert outcome.signer == "Nguyễn Thị Ký"
    both = tmp_path / "da-ky-ca-hai.pdf"
    outcome = signing.sign(SignRequest(by_person, both, SignerRole.ORGANISATION, P12Key(pki.office_p12),
                                       tsa_url), kit.P12_PASSWORD)
    assert outcome.timestamped

    # Read back with pyHanko's own validation, trusting the test root only.
    root = ax509.Certificate.load(pki.root.der)
    with both.open("rb") as f:
        signatures = PdfFileReader(f).embedded_signatures
        assert [s.field_name for s in signatures] == [PERSON_FIELD, ORGANISATION_FIELD]
        statuses = [validate_pdf_signature(s, ValidationContext(trust_roots=[root], allow_fetching=False))
                    for s in signatures]
    for status in statuses:
        assert status.intact and status.valid and status.trusted
        assert status.timestamp_validity is not None and status.timestamp_validity.trusted
    assert statuses[0].modification_level is ModificationLevel.FORM_FILLING  # the office's signature only
    assert statuses[1].modification_level is ModificationLevel.NONE

    # The same through the service (what `verify` and the intake show).
    signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    result = signing.verify(both.read_bytes(), both.name)
    assert result.status is SignatureStatus.VALID
    first, second = result.signatures
    assert first.signer == "Nguyễn Thị Ký" and first.organisation == "Sở Văn hóa và Thể thao Hà Nội"
    assert first.modification is Modification.FORM_FILLING and second.modification is Modification.NONE
    assert first.timestamp is not None and first.trust_root == "Hanoi Desk Test Root CA"

    # The images where the decree puts them, measured on the rendered page.
    dpi = 100
    page = fields[PERSON_FIELD].page + 1
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), str(both),
                    str(tmp_path / "page")], check=True)
    rendered = next(tmp_path.glob("page*.png"))
    shutil.copy(rendered, Path(os.environ.get("HANOI_DESK_SHOTS", tmp_path)) / "signed-page.png")
    px, py1, px2, py2 = fields[PERSON_FIELD].box
    blue = _colour_box(rendered, dpi, "blue")
    red = _colour_box(rendered, dpi, "red")
    slack = 2.0
    # The blue signature lies inside the room between the title and the name, centred in it.
    assert px - slack <= blue[0] and blue[2] <= px2 + slack
    assert py1 - slack <= blue[1] and blue[3] <= py2 + slack
    assert (blue[0] + blue[2]) / 2 == pytest.approx((px + px2) / 2, abs=3)
    # The red seal at its real size (36 mm), its right edge a third of the way into the signature's box.
    assert red[2] - red[0] == pytest.approx(425 / 300 * 72, abs=3)
    assert red[2] == pytest.approx(px + (px2 - px) / 3, abs=3)
    assert red[0] < blue[0] < red[2]  # it covers the left of the signature
    assert (red[1] + red[3]) / 2 == pytest.approx((py1 + py2) / 2, abs=3)

    # A byte changed afterwards is caught by `verify`.
    tampered = tmp_path / "sua.pdf"
    data = bytearray(both.read_bytes())
    spot = data.index(b"BT", 2000)  # inside the first page's content, covered by both signatures
    data[spot + 3] = ord("9") if data[spot + 3] != ord("9") else ord("8")
    tampered.write_bytes(bytes(data))
    result = signing.verify(tampered.read_bytes(), tampered.name)
    assert result.status is SignatureStatus.INVALID
    assert not any(s.intact for s in result.signatures)


@needs_softhsm
@pytest.mark.dates  # the certificates' dates are checked against the real clock here
def test_the_cli_signs_verifies_and_refuses_leaving_no_file(
        services: Services, db_url: str, pki: Pki, tsa_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    services.settings.save_office(OfficeSettings(signer_name="Nguyễn Thị Ký"))
    pdf = annual_report(services, tmp_path)
    monkeypatch.setenv("HD_PIN", kit.TOKEN_PIN)
    monkeypatch.setenv("HD_P12", kit.P12_PASSWORD)
    db = ["--db", db_url]
    signed = tmp_path / "ky.pdf"

    # A wrong PIN, a missing module, an expired certificate, a PDF without the role's field: exit 1,
    # a Vietnamese message, no output file.
    monkeypatch.setenv("HD_BAD_PIN", "000000")
    failures = [
        (["sign", str(pdf), str(signed), "--as", "person", "--pkcs11", kit.SOFTHSM_MODULE, "--pin-env",
          "HD_BAD_PIN", "--tsa", tsa_url], "Mã PIN không đúng"),
        (["sign", str(pdf), str(signed), "--as", "person", "--pkcs11", str(tmp_path / "khong-co.so"),
          "--pin-env", "HD_PIN"], "Không tìm thấy thư viện PKCS#11"),
        (["sign", str(pdf), str(signed), "--as", "person", "--p12", str(pki.expired_p12), "--password-env",
          "HD_P12", "--no-timestamp"], "đã hết hạn"),
        (["sign", str(pdf), str(signed), "--as", "person", "--p12", str(pki.office_p12), "--password-env",
          "HD_BAD_PIN", "--no-timestamp"], "Mật khẩu của tệp “office.p12” không đúng"),
    ]
    for argv, message in failures:
        code, _out, err = run([*db, *argv], capsys)
        assert code == 1, argv
        assert message in err, err
        assert not signed.exists()
        assert not list(tmp_path.glob(".ky.pdf*"))
    # The TSA cannot be reached (nothing listens there) and no one is at the terminal to say go on.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _out, err = run([*db, "sign", str(pdf), str(signed), "--as", "person", "--pkcs11",
                           kit.SOFTHSM_MODULE, "--pin-env", "HD_PIN", "--tsa", "http://127.0.0.1:9/tsa"],
                         capsys)
    assert code == 1 and "Không lấy được dấu thời gian" in err and "--no-timestamp" in err
    assert not signed.exists()

    code, out, err = run([*db, "sign", str(pdf), str(signed), "--as", "person", "--pkcs11",
                          kit.SOFTHSM_MODULE, "--pin-env", "HD_PIN", "--tsa", tsa_url], capsys)
    assert code == 0, err
    assert "PAdES B-T" in out and "người có thẩm quyền" in out
    both = tmp_path / "ky-2.pdf"
    code, out, err = run([*db, "sign", str(signed), str(both), "--as", "organisation", "--p12",
                          str(pki.office_p12), "--password-env", "HD_P12", "--no-timestamp"], capsys)
    assert code == 0, err
    assert "PAdES B-B" in out and "chưa có dấu thời gian" in out
    # The person's field is filled already: signing it again is refused.
    code, _out, err = run([*db, "sign", str(both), str(tmp_path / "ky-3.pdf"), "--as", "person", "--p12",
                           str(pki.office_p12), "--password-env", "HD_P12", "--no-timestamp"], capsys)
    assert code == 1 and "đã được ký" in err

    # verify: untrusted until the root is imported, then 0; an unsigned file says so and exits 1.
    code, out, err = run([*db, "verify", str(both)], capsys)
    assert code == 1 and "chưa tin cậy" in out and "Người ký: Nguyễn Thị Ký" in out
    assert err == ""  # pyHanko's tracebacks for an unknown issuer stay out of the console
    code, out, _err = run([*db, "verify", str(both), "--trust", str(pki.root_pem)], capsys)
    assert code == 0, out
    code, out, _err = run([*db, "trust", "add", str(pki.chain_p7b)], capsys)
    assert code == 0 and "Hanoi Desk Test Root CA" in out and "Test TSA Hanoi Desk" in out
    code, out, _err = run([*db, "trust", "list"], capsys)
    assert "Hanoi Desk Test Root CA" in out and "SHA-256" in out
    code, out, _err = run([*db, "verify", str(both)], capsys)
    assert code == 0
    for line in ("2 chữ ký số — hợp lệ", "Tổ chức cấp chứng thư: Hanoi Desk Test Root CA",
                 "Dấu thời gian: chưa có dấu thời gian", "Toàn vẹn: nội dung đã ký còn nguyên vẹn",
                 "Tin cậy: có", "chỉ có thêm chữ ký số hoặc điền trường biểu mẫu"):
        assert line in out, line
    code, out, _err = run([*db, "verify", str(pdf)], capsys)
    assert code == 1 and "không có chữ ký số" in out


def test_a_pdf_without_fields_cannot_be_signed(signing: SigningService, pki: Pki, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    plain = tmp_path / "ngoai.pdf"
    c = canvas.Canvas(str(plain))
    c.drawString(100, 700, "Không do Hanoi Desk lập")
    c.save()
    with pytest.raises(SigningError, match="không có ô chữ ký số của người có thẩm quyền"):
        signing.sign(SignRequest(plain, tmp_path / "out.pdf", SignerRole.PERSON, P12Key(pki.office_p12),
                                 None), kit.P12_PASSWORD)
    assert not (tmp_path / "out.pdf").exists()


@needs_poppler
def test_an_appendix_in_its_own_file_gets_the_office_text_signature_top_right(
        signing: SigningService, pki: Pki, tmp_path: Path) -> None:
    appendix = write_appendix_pdf(
        tmp_path / "phu-luc.pdf", Appendix("Phụ lục\nDANH SÁCH", "(Kèm theo Báo cáo số 05/BC-SVHTT)",
                                           ("STT", "Tên"), ((1, "Một"),)),
        issuer="SỞ VĂN HÓA VÀ THỂ THAO", number_symbol="Số: 05/BC-SVHTT")
    fields = signature_fields(appendix.read_bytes())
    assert [f.name for f in fields] == [ORGANISATION_FIELD]
    box = fields[0].box
    assert box[2] == pytest.approx((210 - 15) * MM, abs=0.5) and box[3] > (297 - 20) * MM  # top right margin
    signed = tmp_path / "phu-luc-ky.pdf"
    signing.sign(SignRequest(appendix, signed, SignerRole.ORGANISATION, P12Key(pki.office_p12), None),
                 kit.P12_PASSWORD)
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", str(signed),
                    str(tmp_path / "p")], check=True)
    from PIL import Image

    with Image.open(next(tmp_path.glob("p*.png"))) as page:
        h = page.size[1]
        corner = page.convert("L").crop((int(box[0] / 72 * 100), int(h - box[3] / 72 * 100),
                                         int(box[2] / 72 * 100), int(h - box[1] / 72 * 100)))
        assert corner.getextrema()[0] < 100  # black text drawn in the top right box
    # The text itself: the office, the number and symbol, ISO 8601 time in Vietnam's zone.
    lines = ["SỞ VĂN HÓA", "Số: 05/BC-SVHTT", "2026-12-01T09:00:00+07:00"]
    stamp = tmp_path / "stamp.pdf"
    stamp.write_bytes(text_appearance(lines, *AppendixBox.size))
    text = subprocess.run(["pdftotext", str(stamp), "-"], capture_output=True, text=True, check=True).stdout
    assert [line for line in text.splitlines() if line.strip()] == lines
    fonts = subprocess.run(["pdffonts", str(stamp)], capture_output=True, text=True, check=True).stdout
    assert "Helvetica" not in fonts and ("Liberation" in fonts or "Times" in fonts)


class AppendixBox:
    size = (80 * MM, 14 * MM)


# ----------------------------------------------------------------------------------------- settings


def test_images_and_roots_are_kept_in_the_database(signing: SigningService, pki: Pki, services: Services,
                                                   tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   db_url: str) -> None:
    from PIL import Image

    code, out, err = run(["--db", db_url, "settings", "set", "office.seal", str(pki.seal_png)], capsys)
    assert code == 0, err
    assert "con dấu" in out and "36 × 36 mm" in out
    stored = signing.image("seal")
    assert stored is not None and stored.owner == "SỞ VĂN HÓA VÀ THỂ THAO"
    assert stored.width_mm == pytest.approx(36.0, abs=0.1)
    # Not transparent, not PNG: refused, nothing changed.
    flat = tmp_path / "nen-trang.png"
    Image.new("RGB", (100, 40), "white").save(flat)
    jpeg = tmp_path / "anh.jpg"
    Image.new("RGB", (100, 40), "white").save(jpeg)
    for bad, message in ((flat, "nền trong suốt"), (jpeg, "phải là tệp PNG")):
        code, _out, err = run(["--db", db_url, "settings", "set", "signer.image", str(bad)], capsys)
        assert code == 1 and message in err
    assert signing.image("signer") is None
    # Trusted roots: .crt (PEM) and .p7b; twice the same is kept once; removed by id.
    added = signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    assert [r.info.subject for r in added] == ["Hanoi Desk Test Root CA"]
    assert len(signing.add_roots(pki.chain_p7b.read_bytes(), "chain.p7b")) == 1  # only the TSA's is new
    assert [r.info.subject for r in signing.roots()] == ["Hanoi Desk Test Root CA", "Test TSA Hanoi Desk"]
    signing.remove_root(signing.roots()[1].id)
    assert len(signing.roots()) == 1
    code, _out, err = run(["--db", db_url, "trust", "add", str(flat)], capsys)
    assert code == 1 and "không chứa chứng thư số" in err
    code, _out, err = run(["--db", db_url, "settings", "set", "signing.tsa_url", "ftp://x"], capsys)
    assert code == 1 and "http://" in err
    assert signing.tsa_url() == "http://tsa.ca.gov.vn"


def test_a_32_bit_module_in_a_64_bit_program_is_explained(tmp_path: Path) -> None:
    dll = tmp_path / "eTPKCS11.dll"
    header = bytearray(512)
    header[:2] = b"MZ"
    header[0x3C:0x40] = (0x80).to_bytes(4, "little")
    header[0x80:0x84] = b"PE\0\0"
    header[0x84:0x86] = (0x14C).to_bytes(2, "little")  # IMAGE_FILE_MACHINE_I386
    dll.write_bytes(bytes(header))
    assert library_bits(dll) == 32
    message = module_problem(str(dll))
    if library_bits(Path(os.__file__).parent.parent / "libpython3.so") != 32:
        assert message is not None and "32-bit" in message and "64-bit" in message
    assert "Chưa chọn thư viện" in (module_problem("") or "")


# ----------------------------------------------------------------------------------------- intake


@needs_softhsm
def test_a_received_report_is_verified_when_recorded(services: Services, signing: SigningService, pki: Pki,
                                                      tmp_path: Path) -> None:
    pdf = annual_report(services, tmp_path)
    signed = tmp_path / "bc-co-ky.pdf"
    signing.sign(SignRequest(pdf, signed, SignerRole.PERSON, P12Key(pki.office_p12), None), kit.P12_PASSWORD)
    reports = services.reports
    rows = reports.intake(2026, DAY)
    files = [("bc-co-ky.pdf", signed.read_bytes()), ("bc-khong-ky.pdf", pdf.read_bytes()),
             ("bc.docx", b"PK\x03\x04 not a pdf")]
    for row, (name, data) in zip(rows, files, strict=False):
        reports.record(ReceiptDraft(row.agency_id, 2026, DAY, "1/BC", DAY, Figures(1, 1, 1, 1, 1), "", "", "",
                                    attachment=AttachmentDraft(name, data)))
    labels = [r.receipt.signature_label for r in reports.intake(2026, DAY)[:3]]  # type: ignore[union-attr]
    assert labels == ["chưa tin cậy", "không có", ""]
    signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    first = reports.intake(2026, DAY)[0].receipt
    assert first is not None
    reports.update(first.id, ReceiptDraft(first.agency_id, 2026, DAY, "1/BC", DAY, first.figures, "", "", "",
                                          attachment=AttachmentDraft("bc-co-ky.pdf", signed.read_bytes())))
    first = reports.intake(2026, DAY)[0].receipt
    assert first is not None and first.signature_label == "hợp lệ"
    assert "SỞ VĂN HÓA VÀ THỂ THAO" in first.signature_summary
    # The annual report's appendix says which reports arrived signed.
    text = subprocess.run(["pdftotext", str(annual_report(services, tmp_path)), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Chữ ký số" in text and "hợp lệ" in text and "không có" in text
