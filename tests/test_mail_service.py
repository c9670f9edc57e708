"""Sending a file by e-mail through a real SMTP server on localhost (aiosmtpd), and drafts."""

from __future__ import annotations

import email
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from hanoi_desk.app import Services
from hanoi_desk.cli import main
from hanoi_desk.domain.agency import AgencyDraft, ContactDraft, ContactRole
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.mail import MailDraft, split_addresses
from hanoi_desk.services.mail import (
    KeyringPasswords,
    MailMode,
    MailService,
    MailSettings,
    Security,
    SendError,
)
from tests.conftest import MemoryKeyring

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

PASSWORD = "Mật-khẩu bí mật 9137"
USER = "vanthu@stttt.hanoi.gov.vn"
SUBJECT = "Gửi bảng tính: Danh sách cơ quan tuần 48 — Sở Y tế, Hà Nội"
BODY = "Kính gửi Quý cơ quan,\n\nĐề nghị phối hợp đăng tải thông tin về Thủ đô.\n\nTrân trọng./."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Inbox:
    """What the SMTP server received, and the logins it saw."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[tuple[bytes, bool]] = field(default_factory=list)
    refuse_data: str = ""

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        if self.refuse_data:
            return self.refuse_data
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"

    def authenticate(self, _server: object, _session: object, _envelope: object, _mechanism: str,
                     data: object) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.login == USER.encode() and (
            data.password == PASSWORD.encode())
        self.logins.append((getattr(data, "login", b""), ok))
        return AuthResult(success=ok, handled=False)

    def parsed(self, i: int = -1) -> EmailMessage:
        return email.message_from_bytes(self.messages[i][2], policy=policy.default)  # type: ignore[return-value]


def start(inbox: Inbox, **kwargs: object) -> Controller:
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), authenticator=inbox.authenticate,
                            auth_require_tls=False, **kwargs)
    controller.start()
    return controller


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    box = Inbox()
    controller = start(box)
    yield box, controller.port
    controller.stop()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """An "export" with bytes of every value, so byte-for-byte means something."""
    path = tmp_path / "exports" / "Danh sách cơ quan 2026-11-27.xlsx"
    path.parent.mkdir()
    path.write_bytes(bytes(range(256)) * 64 + "Hà Nội".encode())
    return path


def smtp_settings(port: int, **changes: object) -> MailSettings:
    base = MailSettings(mode=MailMode.SMTP, host="127.0.0.1", port=port, security=Security.NONE,
                        user=USER, sender=USER, sender_name="Sở Thông tin và Truyền thông",
                        signature="Văn thư Sở\nĐT: 024 3825 3536")
    return replace(base, **changes)


def draft(**changes: object) -> MailDraft:
    base = MailDraft(to=("Nguyễn Thị Hà <ha.nt@hanoi.gov.vn>",), cc=("banbientap@hanoimoi.vn",),
                     bcc=("luu@stttt.hanoi.gov.vn",), subject=SUBJECT, body=BODY)
    return replace(base, **changes)


def test_message_arrives_with_vietnamese_text_and_the_file_byte_for_byte(
    services: Services, inbox: tuple[Inbox, int], export: Path
) -> None:
    box, port = inbox
    services.mail.save_settings(smtp_settings(port), password=PASSWORD)
    steps: list[tuple[int, int]] = []
    sent = services.mail.send(draft(), export, progress=lambda d, t: steps.append((d, t)))

    assert box.logins == [(USER.encode(), True)]
    mail_from, rcpt, _raw = box.messages[0]
    assert mail_from == USER
    assert sorted(rcpt) == ["banbientap@hanoimoi.vn", "ha.nt@hanoi.gov.vn", "luu@stttt.hanoi.gov.vn"]
    message = box.parsed()
    assert message["Subject"] == SUBJECT
    assert message["To"].addresses[0].display_name == "Nguyễn Thị Hà"
    assert "Bcc" not in message, "Bcc recipients are in the envelope, never in the headers"
    assert message["From"].addresses[0].display_name == "Sở Thông tin và Truyền thông"
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == export.name
    assert attachment.get_content_type().endswith("spreadsheetml.sheet")
    assert attachment.get_content() == export.read_bytes()
    assert steps[-1] == (4, 4)

    [logged] = services.mail.sent_log()
    assert logged == sent
    assert (logged.method, logged.to, logged.cc, logged.bcc) == (
        "smtp", "ha.nt@hanoi.gov.vn", "banbientap@hanoimoi.vn", "luu@stttt.hanoi.gov.vn")
    assert logged.attachment_name == export.name
    assert logged.attachment_size == export.stat().st_size
    import hashlib
    assert logged.attachment_sha256 == hashlib.sha256(export.read_bytes()).hexdigest()
    assert logged.message_id == message["Message-ID"]


def test_a_refused_login_says_so_and_nothing_is_sent_or_logged(
    services: Services, inbox: tuple[Inbox, int], export: Path
) -> None:
    box, port = inbox
    services.mail.save_settings(smtp_settings(port), password="sai mật khẩu")
    kept = draft()
    with pytest.raises(SendError) as caught:
        services.mail.send(kept, export)
    assert caught.value.kind == "auth"
    assert "sai tên đăng nhập hoặc mật khẩu" in str(caught.value)
    assert box.logins == [(USER.encode(), False)]
    assert box.messages == [] and services.mail.sent_log() == []
    assert kept == draft(), "the caller's draft is untouched"


def test_an_unreachable_server_says_so(services: Services, export: Path) -> None:
    port = free_port()  # nothing listens there
    services.mail.save_settings(smtp_settings(port), password=PASSWORD)
    with pytest.raises(SendError) as caught:
        services.mail.send(draft(), export)
    assert caught.value.kind == "unreachable"
    assert f"Không kết nối được máy chủ thư 127.0.0.1:{port}" in str(caught.value)
    services.mail.save_settings(smtp_settings(port, host="khong-co-may-chu.invalid"), password=PASSWORD)
    with pytest.raises(SendError) as caught:
        services.mail.send(draft(), export)
    assert caught.value.kind == "unreachable"
    assert "khong-co-may-chu.invalid" in str(caught.value)
    assert services.mail.sent_log() == []


def test_a_message_larger_than_the_server_takes_is_refused_before_sending(
    services: Services, export: Path
) -> None:
    box = Inbox()
    controller = start(box, data_size_limit=4000)
    try:
        services.mail.save_settings(smtp_settings(controller.port), password=PASSWORD)
        with pytest.raises(SendError) as caught:
            services.mail.send(draft(), export)
    finally:
        controller.stop()
    assert caught.value.kind == "too_large"
    assert "Thư quá lớn" in str(caught.value) and "4 KB" in str(caught.value)
    assert box.messages == []


def test_a_server_that_refuses_the_data_as_too_big_is_explained(services: Services, export: Path) -> None:
    box = Inbox(refuse_data="552 5.3.4 Message size exceeds fixed maximum message size")
    controller = start(box)
    try:
        services.mail.save_settings(smtp_settings(controller.port), password=PASSWORD)
        with pytest.raises(SendError) as caught:
            services.mail.send(draft(), export)
    finally:
        controller.stop()
    assert caught.value.kind == "too_large"
    assert services.mail.sent_log() == []


def test_no_password_on_this_workstation_is_explained(
    services: Services, inbox: tuple[Inbox, int], export: Path
) -> None:
    _box, port = inbox
    services.mail.save_settings(smtp_settings(port))
    with pytest.raises(SendError) as caught:
        services.mail.send(draft(), export)
    assert caught.value.kind == "no_password"
    assert "Cài đặt › Email" in str(caught.value)


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.mark.parametrize("security", [Security.STARTTLS, Security.SSL])
def test_starttls_and_ssl_connections(
    services: Services, export: Path, certificate: tuple[Path, Path], security: Security
) -> None:
    cert, key = certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    box = Inbox()
    if security is Security.STARTTLS:
        controller = start(box, tls_context=server_context, require_starttls=True)
    else:
        controller = start(box, ssl_context=server_context)
    client = MailService(services.db, services.settings, services.roster, KeyringPasswords(),
                         ssl_context=ssl.create_default_context(cafile=str(cert)))
    try:
        client.save_settings(smtp_settings(controller.port, security=security), password=PASSWORD)
        assert "Kết nối được máy chủ thư" in client.check_connection(client.mail_settings())
        client.send(draft(), export)
        # the default context does not trust the self-signed certificate: a clear TLS message
        with pytest.raises(SendError) as caught:
            services.mail.send(draft(), export)
    finally:
        controller.stop()
    assert len(box.messages) == 1
    assert box.parsed()["Subject"] == SUBJECT
    assert caught.value.kind == "tls"


def test_draft_eml_parses_and_carries_the_attachment_and_x_unsent(
    services: Services, export: Path, tmp_path: Path
) -> None:
    services.mail.save_settings(MailSettings(sender="vanthu@stttt.hanoi.gov.vn"))
    out, logged = services.mail.write_draft(draft(), export, tmp_path / "thư.eml")
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == SUBJECT
    assert message["Bcc"] == "luu@stttt.hanoi.gov.vn", "a draft keeps Bcc for the mail program"
    assert message["From"] == "vanthu@stttt.hanoi.gov.vn"
    assert message.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == export.name
    assert attachment.get_content() == export.read_bytes()
    assert b"\r\n" in out.read_bytes(), "CRLF line ends, as Outlook expects"
    assert logged.method == "draft" and services.mail.sent_log() == [logged]

    default_out, _ = services.mail.write_draft(draft(), export)
    again, _ = services.mail.write_draft(draft(), export)
    assert default_out.parent == again.parent == services.mail.drafts_dir()
    assert default_out.name == "Danh sách cơ quan 2026-11-27.eml"
    assert again.name == "Danh sách cơ quan 2026-11-27 (2).eml"


def test_addresses_are_checked_and_every_problem_reported(services: Services, export: Path) -> None:
    assert split_addresses("a@b.vn; Nguyễn Văn A <c@d.vn>,\n e@f.vn") == (
        "a@b.vn", "Nguyễn Văn A <c@d.vn>", "e@f.vn")
    with pytest.raises(ValidationError) as caught:
        services.mail.write_draft(MailDraft(to=("a@@b.vn",), cc=("Tên <x@y",), subject=" "), export)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"to", "cc", "subject"}
    with pytest.raises(ValidationError) as caught:
        services.mail.write_draft(MailDraft(subject="x"), export)
    assert "Chưa có người nhận" in str(caught.value)
    assert services.mail.sent_log() == []


def test_the_template_names_the_file_its_date_and_the_office(services: Services, export: Path) -> None:
    services.settings.save({"office.name": "SỞ VĂN HÓA VÀ THỂ THAO"})
    composed = services.mail.compose(export)
    assert composed.subject == "Gửi bảng tính Excel: Danh sách cơ quan 2026-11-27"
    assert "“Danh sách cơ quan 2026-11-27.xlsx”" in composed.body
    assert "lập ngày " in composed.body and "16 KB" in composed.body
    assert composed.body.rstrip().endswith("SỞ VĂN HÓA VÀ THỂ THAO\nUBND THÀNH PHỐ HÀ NỘI")
    services.mail.save_settings(MailSettings(signature="Nguyễn Văn Bình\nVăn thư"))
    assert services.mail.compose(export).body.rstrip().endswith("Nguyễn Văn Bình\nVăn thư")


def test_recipients_are_found_ignoring_diacritics(services: Services) -> None:
    health = services.roster.find_by_name("Sở Y tế")
    assert health is not None
    services.roster.update(health.id, health.to_draft(email="syt@hanoi.gov.vn", contacts=(
        ContactDraft("Trần Thị Hoà", "Chuyên viên", "0912345678", "hoatt@hanoi.gov.vn",
                     ContactRole.FOCAL_POINT),
    )), health.version)
    services.roster.create(AgencyDraft(name="Báo Hà Nội Mới", email="toasoan@hanoimoi.vn"))
    assert [(r.name, r.email) for r in services.mail.recipients("tran thi hoa")] == [
        ("Trần Thị Hoà", "hoatt@hanoi.gov.vn")]
    by_agency = services.mail.recipients("so y te")
    assert {r.email for r in by_agency} == {"hoatt@hanoi.gov.vn", "syt@hanoi.gov.vn"}
    assert [r.email for r in services.mail.recipients("ha noi moi")] == ["toasoan@hanoimoi.vn"]


def test_settings_are_validated_and_the_password_stays_in_the_credential_store(
    services: Services, inbox: tuple[Inbox, int], export: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.mail.save_settings(MailSettings(mode=MailMode.SMTP, port=0, sender="khong-hop-le"))
    assert {p.field for p in caught.value.problems} == {"host", "port", "sender"}

    _box, port = inbox
    saved = services.mail.save_settings(smtp_settings(port), password=PASSWORD)
    assert services.mail.has_password()
    assert memory_keyring.passwords == {(KeyringPasswords.SERVICE, saved.account): PASSWORD}
    services.mail.send(draft(), export)
    services.mail.write_draft(draft(), export)
    services.close()
    secret = PASSWORD.encode("utf-8")
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".eml" for p in written)
    if services.db.url.get_backend_name() == "sqlite":
        assert any(p.suffix == ".db" for p in written)
    for path in written:
        data = path.read_bytes()
        assert secret not in data and PASSWORD.encode("utf-16-le") not in data, path


def test_cli_sends_and_writes_drafts(
    services: Services, db_url: str, inbox: tuple[Inbox, int], export: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str]
) -> None:
    box, port = inbox
    services.mail.save_settings(smtp_settings(port), password=PASSWORD)
    code = main(["--db", db_url, "mail", str(export), "--to", "ha.nt@hanoi.gov.vn", "--to",
                 "b@hanoi.gov.vn", "--cc", "c@hanoi.gov.vn", "--subject", SUBJECT])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Đã gửi" in out.out and "ha.nt@hanoi.gov.vn, b@hanoi.gov.vn, c@hanoi.gov.vn" in out.out
    assert box.parsed()["Subject"] == SUBJECT
    assert box.parsed()["Cc"] == "c@hanoi.gov.vn"
    [attachment] = list(box.parsed().iter_attachments())
    assert attachment.get_content() == export.read_bytes()

    eml = tmp_path / "nhap"
    assert main(["--db", db_url, "mail", str(export), "--to", "a@b.vn", "--eml", str(eml)]) == 0
    message = email.message_from_bytes((tmp_path / "nhap.eml").read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["Subject"].startswith("Gửi bảng tính Excel")
    assert len(box.messages) == 1, "--eml writes, never sends"

    assert main(["--db", db_url, "mail", str(export), "--to", "a@@b.vn"]) == 1
    assert "không phải địa chỉ email hợp lệ" in capsys.readouterr().err
    services.mail.save_settings(smtp_settings(port), password="sai")
    assert main(["--db", db_url, "mail", str(export), "--to", "a@b.vn"]) == 1
    err = capsys.readouterr().err
    assert "sai tên đăng nhập hoặc mật khẩu" in err and "Traceback" not in err
    assert len(services.mail.sent_log()) == 2


def test_recipients_cut_in_vietnamese_order_whatever_the_database(services: Services) -> None:
    """The limit takes the first names in the Vietnamese alphabet, not the database collation's."""
    services.roster.create(AgencyDraft(name="Zalo Hà Nội", email="zalo@thuvien.vn"))
    services.roster.create(AgencyDraft(name="Ánh Dương", email="ANH@THUVIEN.VN"))
    services.roster.create(AgencyDraft(name="ánh sáng", email="sang@thuvien.vn"))
    found = services.mail.recipients("thuvien", limit=2)
    assert [r.name for r in found] == ["Ánh Dương", "ánh sáng"]  # upper-case and lower-case alike
    assert services.mail.recipients("%") == [] and services.mail.recipients("_") == []  # literal


def test_office_settings_ignore_keys_differing_in_case(services: Services) -> None:
    before = services.settings.office()
    services.settings.put("OFFICE.office_name", "không phải của văn phòng")
    services.settings.put("office_xname", "không phải")
    assert services.settings.office() == before
