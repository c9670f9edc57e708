"""Digital signatures (issue 14): the fields, signing with a SoftHSM2 token and a .p12, a local TSA,
verification read back with pyHanko, the images where the decree puts them, the CLI and the intake.

Nothing here reaches a real CA or TSA: the chain, the token and the timestamp servers are made here, and
the ``offline`` fixture refuses any connection that is not to this machine.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from hanoi_desk.app import Services
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.reports import AttachmentDraft, Figures, ReceiptDraft
from hanoi_desk.domain.signatures import (
    Modification,
    SignatureStatus,
    SignerRole,
    SigningCancelled,
    SigningError,
    describe,
    iso_vietnam,
)
from hanoi_desk.exporters.official_pdf import (
    ORGANISATION_FIELD,
    PERSON_BOX_WIDTH,
    PERSON_FIELD,
    Appendix,
    write_appendix_pdf,
)
from hanoi_desk.exporters.pdf_signing import sign_pdf, signature_fields
from hanoi_desk.exporters.signing_keys import (
    P12Key,
    Pkcs11Key,
    library_bits,
    module_problem,
    open_key,
)
from hanoi_desk.services.settings import OfficeSettings
from hanoi_desk.services.signatures import ORGANISATION_BEFORE_PERSON, SigningService, SignRequest
from tests import signing_kit as kit
from tests.signing_fixtures import DAY, NOWHERE_TSA, Pki, annual_report, needs_poppler, needs_softhsm, run
from tests.signing_fixtures import clock as clock
from tests.signing_fixtures import offline as offline
from tests.signing_fixtures import pki as pki
from tests.signing_fixtures import signing as signing
from tests.signing_fixtures import token as token
from tests.signing_fixtures import tsa_url as tsa_url

MM = 72 / 25.4


def _signed_by_person(signing: SigningService, services: Services, pki: Pki, folder: Path,
                      tsa: str | None = None) -> tuple[Path, Path]:
    """(the annual report, the same signed by the person with authority from a .p12)."""
    pdf = annual_report(services, folder)
    signed = folder / "bc-ky.pdf"
    signing.sign(SignRequest(pdf, signed, SignerRole.PERSON, P12Key(pki.person_p12), tsa), kit.P12_PASSWORD)
    return pdf, signed


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


def _render(pdf: Path, page: int, folder: Path, dpi: int = 100, name: str = "page") -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf),
                    str(folder / name)], check=True)
    return next(folder.glob(f"{name}*.png"))


@needs_softhsm
@needs_poppler
def test_person_signs_with_the_token_then_the_office_with_a_p12_both_stay_valid(
        services: Services, signing: SigningService, pki: Pki, token: dict[str, str], tsa_url: str,
        tmp_path: Path) -> None:
    from asn1crypto import x509 as ax509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    signing.set_image("signer", pki.signature_png.read_bytes())
    signing.set_image("seal", pki.seal_png.read_bytes())
    signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    pdf = annual_report(services, tmp_path)
    fields = {f.name: f for f in signature_fields(pdf.read_bytes())}
    by_person = tmp_path / "da-ky-ca-nhan.pdf"
    outcome = signing.sign(SignRequest(pdf, by_person, SignerRole.PERSON, Pkcs11Key(kit.SOFTHSM_MODULE),
                                       tsa_url), kit.TOKEN_PIN)
    assert outcome.timestamped and outcome.level == "PAdES B-T"
    assert outcome.signer == "Nguyễn Thị Ký" and not outcome.warnings
    both = tmp_path / "da-ky-ca-hai.pdf"
    outcome = signing.sign(SignRequest(by_person, both, SignerRole.ORGANISATION, P12Key(pki.office_p12),
                                       tsa_url), kit.P12_PASSWORD)
    assert outcome.timestamped

    # Read back with pyHanko's own validation, trusting the test root only.
    root = ax509.Certificate.load(pki.root.der)
    with both.open("rb") as f:
        signatures = PdfFileReader(f).embedded_signatures
        assert [s.field_name for s in signatures] == [PERSON_FIELD, ORGANISATION_FIELD]
        # The CMS signing time is the services' clock (the same clock prints an appendix's time).
        assert [s.self_reported_timestamp for s in signatures] == [FixedClock(DAY).now()] * 2
        statuses = [validate_pdf_signature(s, ValidationContext(trust_roots=[root], allow_fetching=False))
                    for s in signatures]
    for status in statuses:
        assert status.intact and status.valid and status.trusted
        assert status.timestamp_validity is not None and status.timestamp_validity.trusted
    assert statuses[0].modification_level is ModificationLevel.FORM_FILLING  # the office's signature only
    assert statuses[1].modification_level is ModificationLevel.NONE

    # The same through the service (what `verify` and the intake show).
    result = signing.verify(both.read_bytes(), both.name)
    assert result.status is SignatureStatus.VALID
    first, second = result.signatures
    assert first.signer == "Nguyễn Thị Ký" and first.organisation == "Sở Văn hóa và Thể thao Hà Nội"
    assert first.modification is Modification.FORM_FILLING and second.modification is Modification.NONE
    assert first.timestamp_trusted and first.trust_root == "Hanoi Desk Test Root CA"
    assert first.judged_at == first.timestamp  # judged at the trusted timestamp's time
    text = "\n".join(describe(result))
    assert "Thời gian ký (tự khai): 01/12/2026 09:00:00" in text
    assert "Tình trạng thu hồi: chưa kiểm tra (không tra cứu CRL/OCSP)" in text

    # The images where the decree puts them, measured on the rendered page.
    dpi = 100
    rendered = _render(both, fields[PERSON_FIELD].page + 1, tmp_path, dpi)
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

    # A byte changed afterwards is caught.
    tampered = tmp_path / "sua.pdf"
    data = bytearray(both.read_bytes())
    spot = data.index(b"BT", 2000)  # inside the first page's content, covered by both signatures
    data[spot + 3] = ord("9") if data[spot + 3] != ord("9") else ord("8")
    tampered.write_bytes(bytes(data))
    result = signing.verify(tampered.read_bytes(), tampered.name)
    assert result.status is SignatureStatus.INVALID
    assert not any(s.intact for s in result.signatures)


# ----------------------------------------------------------------------------------------- when it was signed


def _sign_directly(source: Path, target: Path, p12: Path, *, when: datetime, tsa: str | None) -> None:
    """Sign past the service's certificate check (which refuses an expired certificate): what a
    forger's own software would write."""
    with open_key(P12Key(p12), kit.P12_PASSWORD) as opened:
        sign_pdf(source, target, opened, SignerRole.PERSON, tsa_url=tsa, signing_time=when)


BACK_THEN = datetime(2024, 1, 15, 10, 0, tzinfo=timezone.utc)  # the expired certificate was valid then


def test_a_back_dated_signature_without_timestamp_is_judged_now(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path) -> None:
    signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    pdf = annual_report(services, tmp_path)
    signed = tmp_path / "lui-ngay.pdf"
    _sign_directly(pdf, signed, pki.expired_p12, when=BACK_THEN, tsa=None)
    result = signing.verify(signed.read_bytes(), signed.name)
    check = result.signatures[0]
    assert check.signing_time == BACK_THEN  # what the signer's computer claimed, shown as a claim
    assert not check.valid_at_signing and check.status is SignatureStatus.UNTRUSTED
    text = "\n".join(describe(result))
    assert "Thời gian ký (tự khai): 15/01/2024 17:00:00" in text
    assert "xét tại thời điểm kiểm tra" in text and "không có dấu thời gian tin cậy" in text


def test_a_forged_or_untrusted_timestamp_does_not_make_an_expired_certificate_valid(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path) -> None:
    signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    pdf = annual_report(services, tmp_path)
    # A TSA under a root nobody imported, certifying a time when the certificate was still valid.
    forged = tmp_path / "dau-gia.pdf"
    with kit.local_tsa(pki.rogue_tsa, [], fixed=BACK_THEN) as url:
        _sign_directly(pdf, forged, pki.expired_p12, when=BACK_THEN, tsa=url)
    check = signing.verify(forged.read_bytes(), forged.name).signatures[0]
    assert check.timestamp == BACK_THEN and not check.timestamp_trusted
    assert not check.valid_at_signing and check.status is SignatureStatus.UNTRUSTED
    assert any("Dấu thời gian chưa tin cậy" in p for p in check.problems)
    # The same time from the office's own TSA (chains to the root imported): then it counts.
    genuine = tmp_path / "dau-that.pdf"
    with kit.local_tsa(pki.tsa, [pki.root], fixed=BACK_THEN) as url:
        _sign_directly(pdf, genuine, pki.expired_p12, when=BACK_THEN, tsa=url)
    check = signing.verify(genuine.read_bytes(), genuine.name).signatures[0]
    assert check.timestamp_trusted and check.judged_at == BACK_THEN
    assert check.valid_at_signing and check.status is SignatureStatus.VALID


def test_an_untrusted_timestamp_leaves_a_valid_certificate_untrusted_at_best(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path) -> None:
    signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    pdf = annual_report(services, tmp_path)
    signed = tmp_path / "tsa-la.pdf"
    with kit.local_tsa(pki.rogue_tsa, []) as url:
        signing.sign(SignRequest(pdf, signed, SignerRole.PERSON, P12Key(pki.person_p12), url),
                     kit.P12_PASSWORD)
    result = signing.verify(signed.read_bytes(), signed.name)
    assert result.signatures[0].trusted and result.status is SignatureStatus.UNTRUSTED
    assert "dấu thời gian chưa tin cậy" in "\n".join(describe(result))


# ----------------------------------------------------------------------------------------- the command line


@needs_softhsm
@pytest.mark.dates  # the CLI opens its own services: certificates are checked against the real clock
def test_the_cli_signs_verifies_and_refuses_leaving_no_file(
        services: Services, db_url: str, pki: Pki, token: dict[str, str], tsa_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    services.settings.save_office(OfficeSettings(signer_name="Nguyễn Thị Ký"))
    pdf = annual_report(services, tmp_path)
    db = ["--db", db_url]
    signed = tmp_path / "ky.pdf"
    elsewhere = tmp_path / "chua-co" / "ky.pdf"  # a folder that must not appear when signing fails

    # A wrong PIN, a missing module, an expired certificate, a wrong password, a file that is no PDF:
    # exit 1, a Vietnamese message, no output file, no folder made for it.
    not_pdf = tmp_path / "bao-cao.docx"
    not_pdf.write_bytes(b"PK\x03\x04 not a pdf at all")
    failures = [
        (["sign", str(pdf), str(elsewhere), "--as", "person", "--pkcs11", kit.SOFTHSM_MODULE, "--pin-env",
          "HD_BAD_PIN", "--tsa", tsa_url], "Mã PIN không đúng"),
        (["sign", str(pdf), str(elsewhere), "--as", "person", "--pkcs11", str(tmp_path / "khong-co.so"),
          "--pin-env", "HD_PIN"], "Không tìm thấy thư viện PKCS#11"),
        (["sign", str(pdf), str(elsewhere), "--as", "person", "--p12", str(pki.expired_p12),
          "--password-env", "HD_P12", "--no-timestamp"], "đã hết hạn"),
        (["sign", str(pdf), str(elsewhere), "--as", "person", "--p12", str(pki.office_p12),
          "--password-env", "HD_BAD_PIN", "--no-timestamp"], "Mật khẩu của tệp “office.p12” không đúng"),
        (["sign", str(not_pdf), str(elsewhere), "--as", "person", "--pkcs11", kit.SOFTHSM_MODULE],
         "không phải tệp PDF đọc được"),
        (["sign", str(pdf), str(elsewhere), "--as", "organisation", "--p12", str(pki.office_p12)],
         "Người có thẩm quyền chưa ký số"),
    ]
    monkeypatch.setattr("getpass.getpass", lambda *_a: pytest.fail("the PIN was asked for"))
    for argv, message in failures:
        monkeypatch.setenv("HD_PIN", kit.TOKEN_PIN)
        monkeypatch.setenv("HD_P12", kit.P12_PASSWORD)
        monkeypatch.setenv("HD_BAD_PIN", "000000")
        code, _out, err = run([*db, *argv], capsys)
        assert code == 1, argv
        assert message in err and "Traceback" not in err, err
        assert not elsewhere.parent.exists()
    # The TSA cannot be reached (nothing listens there) and no one is at the terminal to say go on.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv("HD_PIN", kit.TOKEN_PIN)
    code, _out, err = run([*db, "sign", str(pdf), str(signed), "--as", "person", "--pkcs11",
                           kit.SOFTHSM_MODULE, "--pin-env", "HD_PIN", "--tsa", NOWHERE_TSA], capsys)
    assert code == 1 and "Không lấy được dấu thời gian" in err and "--no-timestamp" in err
    assert not signed.exists()

    monkeypatch.setenv("HD_PIN", kit.TOKEN_PIN)
    code, out, err = run([*db, "sign", str(pdf), str(signed), "--as", "person", "--pkcs11",
                          kit.SOFTHSM_MODULE, "--pin-env", "HD_PIN", "--tsa", tsa_url], capsys)
    assert code == 0, err
    assert "PAdES B-T" in out and "người có thẩm quyền" in out
    assert "HD_PIN" not in os.environ  # read once, then gone from the process's environment
    both = tmp_path / "ky-2.pdf"
    monkeypatch.setenv("HD_P12", kit.P12_PASSWORD)
    code, out, err = run([*db, "sign", str(signed), str(both), "--as", "organisation", "--p12",
                          str(pki.office_p12), "--password-env", "HD_P12", "--no-timestamp"], capsys)
    assert code == 0, err
    assert "PAdES B-B" in out and "chưa có dấu thời gian" in out
    # The person's field is filled already: signing it again is refused.
    code, _out, err = run([*db, "sign", str(both), str(tmp_path / "ky-3.pdf"), "--as", "person", "--p12",
                           str(pki.office_p12), "--no-timestamp"], capsys)
    assert code == 1 and "đã được ký" in err

    # verify: untrusted until the root is imported, then 0; an unsigned file says so and exits 1.
    code, out, err = run([*db, "verify", str(both)], capsys)
    assert code == 1 and "chưa tin cậy" in out and "Người ký: Nguyễn Thị Ký" in out
    assert err == ""  # pyHanko's tracebacks for an unknown issuer stay out of the console
    code, out, _err = run([*db, "verify", str(both), "--trust", str(pki.root_pem)], capsys)
    assert code == 0, out
    # trust add: shows what it would trust and asks; nobody at the terminal, nothing stored.
    code, out, err = run([*db, "trust", "add", str(pki.chain_p7b)], capsys)
    assert code == 1 and "--yes" in err
    fingerprint = ":".join(f"{b:02X}" for b in hashlib.sha256(pki.root.der).digest())
    assert "Sẽ tin cậy: Hanoi Desk Test Root CA" in out and f"SHA-256 {fingerprint}" in out
    assert "Bỏ qua “Test TSA Hanoi Desk”: không phải chứng thư của tổ chức cấp chứng thư" in out
    assert run([*db, "trust", "list"], capsys)[1].startswith("Chưa có chứng thư gốc")
    code, out, _err = run([*db, "trust", "add", str(pki.chain_p7b), "--yes"], capsys)
    assert code == 0 and "Đã tin cậy: Hanoi Desk Test Root CA" in out and "Đã tin cậy: Test TSA" not in out
    code, out, _err = run([*db, "trust", "list"], capsys)
    assert "Hanoi Desk Test Root CA" in out and "SHA-256" in out and "Test TSA" not in out
    code, out, _err = run([*db, "verify", str(both)], capsys)
    assert code == 0
    for line in ("2 chữ ký số — hợp lệ", "Tổ chức cấp chứng thư: Hanoi Desk Test Root CA",
                 "Dấu thời gian: chưa có dấu thời gian", "Toàn vẹn: nội dung đã ký còn nguyên vẹn",
                 "Tin cậy: có", "chỉ có thêm chữ ký số hoặc điền trường biểu mẫu",
                 "Tình trạng thu hồi: chưa kiểm tra"):
        assert line in out, line
    code, out, _err = run([*db, "verify", str(pdf)], capsys)
    assert code == 1 and "không có chữ ký số" in out


def test_secret_variables_go_with_their_own_kind_of_key(
        db_url: str, pki: Pki, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "a.pdf"
    for argv in (["--p12", str(pki.office_p12), "--pin-env", "X"],
                 ["--pkcs11", "x.so", "--password-env", "X"]):
        with pytest.raises(SystemExit) as stopped:
            run(["--db", db_url, "sign", str(pdf), str(tmp_path / "b.pdf"), "--as", "person", *argv], capsys)
        assert stopped.value.code == 2
        assert "--pin-env" in capsys.readouterr().err


def test_the_cli_signs_without_a_timestamp_when_the_clerk_says_so(
        services: Services, signing: SigningService, db_url: str, pki: Pki, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = annual_report(services, tmp_path)
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda question: asked.append(question) or "c")
    monkeypatch.setenv("HD_P12", kit.P12_PASSWORD)
    code, out, err = run(["--db", db_url, "sign", str(pdf), str(tmp_path / "ky.pdf"), "--as", "person",
                          "--p12", str(pki.person_p12), "--password-env", "HD_P12", "--tsa", NOWHERE_TSA],
                         capsys)
    assert code == 0, err
    assert "Thử lại lần 2" in err and asked and "Ký không có dấu thời gian?" in asked[0]
    assert "PAdES B-B" in out and "chưa có dấu thời gian" in out


def test_a_locked_token_is_explained(db_url: str, services: Services, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from pkcs11 import TokenFlag
    from pkcs11.exceptions import PinLocked

    from hanoi_desk.exporters import signing_keys

    class LockedToken:
        label, serial, flags = "Token", b"123", TokenFlag.TOKEN_INITIALIZED

        def open(self, user_pin: str | None = None) -> None:
            raise PinLocked()

    lib = SimpleNamespace(get_slots=lambda token_present=True: [SimpleNamespace(get_token=LockedToken)])
    monkeypatch.setattr(signing_keys, "load_module", lambda module: lib)
    monkeypatch.setattr("hanoi_desk.services.signatures.load_module", lambda module: lib)
    monkeypatch.setenv("HD_PIN", "1234")
    pdf = annual_report(services, tmp_path)
    code, _out, err = run(["--db", db_url, "sign", str(pdf), str(tmp_path / "ky.pdf"), "--as", "person",
                           "--pkcs11", "token.dll", "--pin-env", "HD_PIN", "--no-timestamp"], capsys)
    assert code == 1 and "USB token đã bị khóa do nhập sai mã PIN" in err
    assert not (tmp_path / "ky.pdf").exists()


def test_the_organisation_signs_only_after_the_person(services: Services, signing: SigningService, pki: Pki,
                                                     tmp_path: Path) -> None:
    pdf = annual_report(services, tmp_path)
    request = SignRequest(pdf, tmp_path / "ky.pdf", SignerRole.ORGANISATION, P12Key(pki.office_p12), None)
    with pytest.raises(SigningError, match="Người có thẩm quyền chưa ký số"):
        signing.sign(request, kit.P12_PASSWORD)
    assert signing.role_problem(pdf, SignerRole.ORGANISATION) == ORGANISATION_BEFORE_PERSON
    assert not (tmp_path / "ky.pdf").exists()
    _, signed = _signed_by_person(signing, services, pki, tmp_path)
    assert signing.role_problem(signed, SignerRole.ORGANISATION) is None


def test_a_cancel_before_the_file_is_written_leaves_nothing(services: Services, signing: SigningService,
                                                            pki: Pki, tmp_path: Path) -> None:
    pdf = annual_report(services, tmp_path)
    target = tmp_path / "moi" / "ky.pdf"
    with pytest.raises(SigningCancelled):
        signing.sign(SignRequest(pdf, target, SignerRole.PERSON, P12Key(pki.person_p12), None),
                     kit.P12_PASSWORD, cancelled=lambda: True)
    assert not target.parent.exists()


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


# ----------------------------------------------------------------------------------------- what the file says


def test_content_changed_after_signing_fails_verify(services: Services, signing: SigningService, db_url: str,
                                                    pki: Pki, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _, signed = _signed_by_person(signing, services, pki, tmp_path)
    changed = tmp_path / "sua-sau-khi-ky.pdf"
    with signed.open("rb") as f:  # an incremental update that writes on the signed page
        writer = IncrementalPdfFileWriter(f, strict=False)
        stream = writer.add_object(generic.StreamObject(stream_data=b"q 1 0 0 RG 50 50 200 200 re S Q"))
        writer.add_stream_to_page(0, stream)
        out = io.BytesIO()
        writer.write(out)
    changed.write_bytes(out.getvalue())
    code, out_text, _err = run(["--db", db_url, "verify", str(changed), "--trust", str(pki.root_pem)], capsys)
    assert code == 1
    assert "không hợp lệ" in out_text and "tệp đã bị thay đổi nội dung khác sau khi ký" in out_text


def test_a_damaged_signature_says_chu_ky_hong(services: Services, signing: SigningService, pki: Pki,
                                             tmp_path: Path) -> None:
    _, signed = _signed_by_person(signing, services, pki, tmp_path)
    data = bytearray(signed.read_bytes())
    start = data.index(b"/Contents <") + len(b"/Contents <")
    data[start:start + 16] = b"0" * 16  # the CMS's first bytes: not a ContentInfo any more
    result = signing.verify(bytes(data), "hong.pdf")
    assert result.status is SignatureStatus.INVALID
    assert result.signatures[0].broken and "Chữ ký hỏng" in "\n".join(describe(result))


def test_an_unclassified_change_counts_as_a_change() -> None:
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from hanoi_desk.importers.pdf_signatures import _modification

    status = SimpleNamespace(modification_level=None, docmdp_ok=None,
                             coverage=SignatureCoverageLevel.ENTIRE_REVISION)
    assert _modification(status) is Modification.OTHER


# ----------------------------------------------------------------------------------------- appendix


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
    assert appearance_text(signed, ORGANISATION_FIELD) == [
        "Sở Văn hóa và Thể thao Hà Nội", "Số: 05/BC-SVHTT", "2026-12-01T09:00:00+07:00"]
    fonts = appearance_fonts(signed, ORGANISATION_FIELD)
    assert fonts and all("Liberation" in f or "Times" in f for f in fonts)
    from PIL import Image

    with Image.open(_render(signed, 1, tmp_path)) as page:
        h = page.size[1]
        corner = page.convert("L").crop((int(box[0] / 72 * 100), int(h - box[3] / 72 * 100),
                                         int(box[2] / 72 * 100), int(h - box[1] / 72 * 100)))
        assert corner.getextrema()[0] < 100  # black text drawn in the top right box


def _appearance_stream(pdf: Path, field: str):  # type: ignore[no-untyped-def]
    """The normal appearance (/AP /N) of *field*'s widget in the signed file itself."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()), strict=False)
    for name, _value, ref in enumerate_sig_fields(reader):
        if name == field:
            widget = ref.get_object()
            if "/Kids" in widget:
                widget = widget["/Kids"][0].get_object()
            return widget["/AP"]["/N"]
    raise AssertionError(f"no field {field}")


def _forms(stream) -> list:  # type: ignore[no-untyped-def]
    """The form XObject and those it draws, depth first."""
    found = [stream]
    resources = stream.get("/Resources")
    if resources is not None and "/XObject" in resources:
        for ref in resources["/XObject"].values():
            inner = ref.get_object() if hasattr(ref, "get_object") else ref
            if inner.get("/Subtype") == "/Form":
                found += _forms(inner)
    return found


def appearance_text(pdf: Path, field: str) -> list[str]:
    """The text of a signature's appearance, read with pdfminer from the signed file's /AP stream."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    with pdf.open("rb") as f:
        document = PDFDocument(PDFParser(f))
        fields = resolve1(resolve1(document.catalog["AcroForm"])["Fields"])
        widget = next(resolve1(x) for x in fields if resolve1(x).get("T") in (field.encode(), field))
        appearance = resolve1(resolve1(widget["AP"])["N"])
        page = next(iter(PDFPage.create_pages(document)))
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=LAParams(all_texts=True))
        interpreter = PDFPageInterpreter(manager, device)
        device.begin_page(page, (1, 0, 0, 1, 0, 0))
        interpreter.render_contents(resolve1(appearance.get("Resources")) or {}, [appearance],
                                    ctm=(1, 0, 0, 1, 0, 0))
        device.end_page(page)
        layout = device.get_result()
    lines: list[str] = []

    def collect(item: object) -> None:
        if isinstance(item, LTTextContainer):
            lines.extend(line.strip() for line in item.get_text().splitlines() if line.strip())
        elif hasattr(item, "__iter__"):
            for inner in item:  # type: ignore[attr-defined]
                collect(inner)

    collect(layout)
    return lines


def appearance_fonts(pdf: Path, field: str) -> list[str]:
    names = []
    for form in _forms(_appearance_stream(pdf, field)):
        resources = form.get("/Resources")
        if resources is not None and "/Font" in resources:
            names += [str(font.get_object()["/BaseFont"]) for font in resources["/Font"].values()]
    return names


@needs_poppler
@pytest.mark.dates  # the CLI's own clock dates the report and the signature
def test_the_annual_report_with_its_appendix_as_its_own_file_signed_end_to_end(
        services: Services, signing: SigningService, db_url: str, pki: Pki, tmp_path: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    db = ["--db", db_url]
    out, appendix = tmp_path / "bao-cao.pdf", tmp_path / "phu-luc.pdf"
    code, text, err = run([*db, "report", "annual", str(out), "--year", "2026", "--appendix-file",
                           str(appendix)], capsys)
    assert code == 0, err
    assert str(appendix) in text
    main_text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    appendix_text = subprocess.run(["pdftotext", str(appendix), "-"], capture_output=True, text=True).stdout
    assert "TÌNH HÌNH GỬI BÁO CÁO" not in main_text and "KẾT QUẢ" in main_text
    assert "TÌNH HÌNH GỬI BÁO CÁO" in appendix_text and "Chữ ký số" in appendix_text
    assert [f.name for f in signature_fields(appendix.read_bytes())] == [ORGANISATION_FIELD]
    signed = tmp_path / "phu-luc (đã ký).pdf"
    monkeypatch.setenv("HD_P12", kit.P12_PASSWORD)
    code, text, err = run([*db, "sign", str(appendix), str(signed), "--as", "organisation", "--p12",
                           str(pki.office_p12), "--password-env", "HD_P12", "--no-timestamp"], capsys)
    assert code == 0, err
    code, text, _err = run([*db, "verify", str(signed), "--trust", str(pki.root_pem)], capsys)
    assert code == 0 and "1 chữ ký số — hợp lệ" in text
    with signed.open("rb") as f:
        signed_at = PdfFileReader(f).embedded_signatures[0].self_reported_timestamp
    lines = appearance_text(signed, ORGANISATION_FIELD)
    assert lines[0] == "Sở Văn hóa và Thể thao Hà Nội"
    assert re.fullmatch(r"Số: +/BC-SVHTT", lines[1]), lines  # the number is written in when registered
    assert lines[2] == iso_vietnam(signed_at)  # the printed time is the signature's own


# ----------------------------------------------------------------------------------------- names and images


@needs_poppler
def test_the_image_follows_the_certificate_and_a_name_that_differs_is_warned(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path) -> None:
    small = kit.write_png(tmp_path / "nho.png", (20, 50, 200), (300, 125))  # 25.4 mm wide
    signing.set_image("signer", pki.signature_png.read_bytes(), owner="NGUYỄN THỊ KÝ")  # 50.8 mm wide
    signing.set_image("signer", small.read_bytes(), owner="Trần Văn Bình")
    services.settings.save_office(OfficeSettings(office_name="SỞ VĂN HÓA VÀ THỂ THAO", office_symbol="SVHTT",
                                                 signer_name="Trần Văn Bình"))
    pdf = annual_report(services, tmp_path)
    signed = tmp_path / "ky.pdf"
    outcome = signing.sign(SignRequest(pdf, signed, SignerRole.PERSON, P12Key(pki.person_p12), None),
                           kit.P12_PASSWORD)
    assert any("Chứng thư số mang tên “Nguyễn Thị Ký”, khác người ký trong Cài đặt (“Trần Văn Bình”)" in w
               for w in outcome.warnings)
    field = next(f for f in signature_fields(pdf.read_bytes()) if f.name == PERSON_FIELD)
    blue = _colour_box(_render(signed, field.page + 1, tmp_path), 100, "blue")
    assert blue[2] - blue[0] > 40 * MM  # the certificate's signer's image, not the settings' signer's
    # The organisation: the certificate's organisation against the office in the settings.
    services.settings.save_office(OfficeSettings(office_name="SỞ Y TẾ", signer_name="Trần Văn Bình"))
    outcome = signing.sign(SignRequest(signed, tmp_path / "ky-2.pdf", SignerRole.ORGANISATION,
                                       P12Key(pki.office_p12), None), kit.P12_PASSWORD)
    assert any("khác tên cơ quan trong Cài đặt (“SỞ Y TẾ”)" in w for w in outcome.warnings)


# ----------------------------------------------------------------------------------------- settings


def test_images_and_roots_are_kept_in_the_database(signing: SigningService, pki: Pki, services: Services,
                                                   tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   db_url: str) -> None:
    from PIL import Image

    from hanoi_desk.services import signatures

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
    code, _out, err = run(["--db", db_url, "trust", "add", str(flat)], capsys)
    assert code == 1 and "không chứa chứng thư số" in err
    code, _out, err = run(["--db", db_url, "settings", "set", "signing.tsa_url", "ftp://x"], capsys)
    assert code == 1 and "http://" in err
    assert signing.tsa_url() == signatures.DEFAULT_TSA_URL


def test_only_a_self_signed_ca_becomes_a_trusted_root(signing: SigningService, pki: Pki) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding

    # .crt (PEM) and .p7b; twice the same is kept once; removed by id.
    found = signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    assert [r.info.subject for r in found.added] == ["Hanoi Desk Test Root CA"]
    found = signing.add_roots(pki.chain_p7b.read_bytes(), "chain.p7b")
    assert found.added == () and [c.info.subject for c in found.known] == ["Hanoi Desk Test Root CA"]
    assert [(c.info.subject, c.problem.split(":")[0]) for c in found.skipped] == [
        ("Test TSA Hanoi Desk", "không phải chứng thư của tổ chức cấp chứng thư (CA)")]
    # A signer's certificate, and an intermediate CA (a CA, but issued by another): refused too.
    intermediate_key = kit._key()
    intermediate = (x509.CertificateBuilder().subject_name(kit._name("Intermediate CA"))
                    .issuer_name(pki.root.cert.subject).public_key(intermediate_key.public_key())
                    .serial_number(x509.random_serial_number())
                    .not_valid_before(pki.root.cert.not_valid_before_utc)
                    .not_valid_after(pki.root.cert.not_valid_after_utc)
                    .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                    .sign(pki.root.key, hashes.SHA256()))
    for cert, problem in ((pki.person.cert, "không phải chứng thư của tổ chức cấp chứng thư"),
                          (intermediate, "CA trung gian")):
        found = signing.add_roots(cert.public_bytes(Encoding.DER), "x.cer")
        assert found.added == () and problem in found.skipped[0].problem
        assert any(problem in line for line in found.lines())
    assert [r.info.subject for r in signing.roots()] == ["Hanoi Desk Test Root CA"]
    signing.remove_root(signing.roots()[0].id)
    assert signing.roots() == []


def test_a_non_root_kept_from_before_vouches_for_nothing(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path, db_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    from hanoi_desk.models import TrustedRootRow

    _, signed = _signed_by_person(signing, services, pki, tmp_path)
    with services.db.begin() as s:  # the person's own certificate, "trusted" before roots were checked
        s.add(TrustedRootRow(sha256=hashlib.sha256(pki.person.der).hexdigest(), subject="Nguyễn Thị Ký",
                             issuer="Hanoi Desk Test Root CA", not_before=datetime(2024, 1, 1),
                             not_after=datetime(2033, 1, 1), der=pki.person.der))
    assert signing.verify(signed.read_bytes(), signed.name).status is SignatureStatus.UNTRUSTED
    assert "không phải chứng thư của tổ chức cấp chứng thư" in signing.roots()[0].problem
    code, out, _err = run(["--db", db_url, "trust", "list"], capsys)
    assert code == 0 and "KHÔNG dùng" in out and "trust remove" in out


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


def test_windows_finds_the_modules_own_folder_and_its_errors_are_explained(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes

    from hanoi_desk.exporters import signing_keys

    folder = tmp_path / "SafeNet"
    folder.mkdir()
    module = folder / "eTPKCS11.dll"
    module.write_bytes(b"not really a DLL")
    added: list[str] = []
    error_number = [126]

    def refuse(path: str) -> None:
        error = OSError(f"[WinError {error_number[0]}]")
        error.winerror = error_number[0]  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(signing_keys.sys, "platform", "win32")
    monkeypatch.setattr(signing_keys.os, "add_dll_directory", lambda path: added.append(path) or object(),
                        raising=False)
    monkeypatch.setattr(ctypes, "WinDLL", refuse, raising=False)
    monkeypatch.setattr(signing_keys, "_dll_folders", {})
    with pytest.raises(SigningError, match="thiếu một thư viện mà nó cần \\(lỗi 126\\)"):
        signing_keys.load_module(str(module))
    assert added == [str(folder.resolve())]
    error_number[0] = 193
    with pytest.raises(SigningError, match="lỗi 193"):
        signing_keys.load_module(str(module))


def test_a_file_that_is_no_pkcs11_module_is_explained(tmp_path: Path) -> None:
    from hanoi_desk.exporters.signing_keys import load_module

    fake = tmp_path / "not-a-module.so"
    fake.write_bytes(b"\x7fELF" + b"\0" * 60)
    with pytest.raises(SigningError, match="không phải thư viện PKCS#11"):
        load_module(str(fake))


@needs_softhsm
def test_tokens_by_serial_a_token_plugged_in_later_and_the_choice_of_certificate(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    env = kit.make_token(tmp_path / "hsm", pki.person, token_label="Token A")
    monkeypatch.setenv("SOFTHSM2_CONF", env["SOFTHSM2_CONF"])
    first = signing.tokens(kit.SOFTHSM_MODULE)
    assert [t.label for t in first] == ["Token A"]
    # A second token plugged in while the program runs, holding the office's key and an expired one.
    kit.make_token(tmp_path / "hsm", pki.office, label="office", token_label="Token B")
    kit.add_to_token(env, pki.expired, "old", "03", token_label="Token B")
    tokens = signing.tokens(kit.SOFTHSM_MODULE)
    assert sorted(t.label for t in tokens) == ["Token A", "Token B"]
    assert len({t.serial for t in tokens}) == 2
    second = next(t for t in tokens if t.label == "Token B")
    choices = signing.key_choices(kit.SOFTHSM_MODULE, second.serial)
    assert [c.info.subject for c in choices] == ["SỞ VĂN HÓA VÀ THỂ THAO"]  # the expired one dropped
    pdf = annual_report(services, tmp_path)
    outcome = signing.sign(SignRequest(pdf, tmp_path / "ky.pdf", SignerRole.PERSON,
                                       Pkcs11Key(kit.SOFTHSM_MODULE, second.serial, choices[0].key_id), None),
                           kit.TOKEN_PIN)
    assert outcome.signer == "SỞ VĂN HÓA VÀ THỂ THAO"
    with pytest.raises(SigningError, match="USB token có 2 chứng thư số"):  # none chosen: asked to choose
        signing.sign(SignRequest(pdf, tmp_path / "ky-2.pdf", SignerRole.PERSON,
                                 Pkcs11Key(kit.SOFTHSM_MODULE, second.serial), None), kit.TOKEN_PIN)


def test_token_certificates_to_choose_from(signing: SigningService, pki: Pki,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from hanoi_desk.exporters.signing_keys import TokenCertificate
    from hanoi_desk.services import signatures

    certs = [TokenCertificate("01", "a", pki.person.der), TokenCertificate("02", "b", pki.office.der),
             TokenCertificate("03", "c", pki.expired.der), TokenCertificate("04", "ca", pki.root.der)]
    monkeypatch.setattr(signatures, "token_certificates", lambda module, token: certs)
    choices = signing.key_choices("x.so", "123")
    assert {c.key_id for c in choices} == {"01", "02"}  # the expired one and the CA's left out
    monkeypatch.setattr(signatures, "token_certificates", lambda module, token: certs[2:])
    assert [c.key_id for c in signing.key_choices("x.so", "123")] == ["03"]  # only expired: shown


def test_the_tsa_is_reached_through_the_system_proxy(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    pdf = annual_report(services, tmp_path)
    with kit.local_tsa(pki.tsa, [pki.root], requests=seen) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.removesuffix("/tsa"))
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        outcome = signing.sign(SignRequest(pdf, tmp_path / "ky.pdf", SignerRole.PERSON,
                                           P12Key(pki.person_p12), "http://tsa.ca.gov.vn/tsa"),
                               kit.P12_PASSWORD)
    assert outcome.timestamped
    # Asked of the proxy (once to size the signature, once to stamp it), never looked up directly.
    assert seen and set(seen) == {"POST http://tsa.ca.gov.vn/tsa HTTP/1.1"}


# ----------------------------------------------------------------------------------------- intake


def test_a_received_report_is_verified_when_recorded_and_again_when_the_roots_change(
        services: Services, signing: SigningService, pki: Pki, tmp_path: Path, db_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    import pdfplumber

    pdf, signed = _signed_by_person(signing, services, pki, tmp_path)
    reports = services.reports
    rows = reports.intake(2026, DAY)
    files = [("bc-co-ky.pdf", signed.read_bytes()), ("bc-khong-ky.pdf", pdf.read_bytes()),
             ("bc.docx", b"PK\x03\x04 not a pdf")]
    names = [row.agency_name for row in rows[:3]]
    for row, (name, data) in zip(rows, files, strict=False):
        reports.record(ReceiptDraft(row.agency_id, 2026, DAY, "1/BC", DAY, Figures(1, 1, 1, 1, 1), "", "", "",
                                    attachment=AttachmentDraft(name, data)))
    labels = [r.receipt.signature_label for r in reports.intake(2026, DAY)[:3]]  # type: ignore[union-attr]
    assert labels == ["chưa tin cậy", "không có", ""]
    # The root imported (from the command line): the stored files are judged again at once.
    code, out, err = run(["--db", db_url, "trust", "add", str(pki.root_pem), "--yes"], capsys)
    assert code == 0, err
    assert "Đã kiểm tra lại chữ ký số của 3 báo cáo đã nhận (1 thay đổi kết quả)" in out
    first = reports.intake(2026, DAY)[0].receipt
    assert first is not None and first.signature_label == "hợp lệ" and first.version == 1
    assert "Nguyễn Thị Ký" in first.signature_summary
    signing.remove_root(signing.roots()[0].id)
    assert reports.recheck_signatures(2026).changed == 1
    assert reports.intake(2026, DAY)[0].receipt.signature_label == "chưa tin cậy"  # type: ignore[union-attr]
    signing.add_roots(pki.root_pem.read_bytes(), "root.crt")
    reports.recheck_signatures()
    # The annual report's appendix says, agency by agency, which reports arrived signed.
    report = annual_report(services, tmp_path, "tong-hop.pdf")
    cells: dict[str, str] = {}
    with pdfplumber.open(report) as doc:
        for page in doc.pages:
            for table in page.extract_tables():
                header = next((r for r in table if r and "Chữ ký số" in r), None)
                column = header.index("Chữ ký số") if header else 5
                for row in table:
                    if row and len(row) > column and row[1]:
                        cells[" ".join(row[1].split())] = (row[column] or "").strip()
    assert [cells[" ".join(name.split())] for name in names] == ["hợp lệ", "không có", ""]
    assert cells["Tổng cộng"] == "1 hợp lệ"
