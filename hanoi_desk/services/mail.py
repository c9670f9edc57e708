"""Sending an exported file by e-mail: settings, the password store, SMTP, drafts and the sent log.

The SMTP password lives in the operating system's credential store (Windows Credential Manager on
the workstations) through ``keyring``, behind the small :class:`PasswordStore` interface; it never
reaches the database, the QSettings file or any file the app writes. The server, port and sender are
office settings in the database, so every workstation sends the same way; the password is per
workstation and per Windows user, as the credential store is.
"""

from __future__ import annotations

import base64
import hashlib
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from email.policy import SMTP as SMTP_POLICY
from enum import Enum
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, or_, select

from hanoi_desk import paths
from hanoi_desk.db import Database
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.history import register_labels, register_record_labels
from hanoi_desk.domain.mail import (
    Attachment,
    MailDraft,
    address_of,
    all_recipients,
    build_message,
    clean_draft,
    draft_problems,
    human_size,
    template,
    text_block,
)
from hanoi_desk.domain.text import fold, nfc, sort_key
from hanoi_desk.domain.validate import check_email
from hanoi_desk.models import AgencyRow, MailSentRow
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.settings import SettingsService

Who = Callable[[], str]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

TIMEOUT = 30.0
_PREFIX = "mail."
register_record_labels("setting", {_PREFIX + key: f"Thư điện tử: {label}" for key, label in {
    "mode": "cách gửi", "host": "máy chủ thư", "port": "cổng", "security": "bảo mật", "user": "tài khoản",
    "sender": "địa chỉ người gửi", "sender_name": "tên người gửi", "signature": "chữ ký thư",
}.items()}, field="key")


class MailMode(str, Enum):
    """How a message leaves: through the office's SMTP server, or as a draft in the mail program."""

    SMTP = "smtp"
    PROGRAM = "program"

    @property
    def label(self) -> str:
        return {"smtp": "Gửi qua máy chủ thư (SMTP)", "program": "Mở thư nháp trong chương trình email"}[
            self.value]


class Security(str, Enum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"

    @property
    def label(self) -> str:
        return {"starttls": "STARTTLS (thường là cổng 587)", "ssl": "SSL/TLS (thường là cổng 465)",
                "none": "Không mã hóa (chỉ trong mạng nội bộ)"}[self.value]

    @property
    def default_port(self) -> int:
        return {"starttls": 587, "ssl": 465, "none": 25}[self.value]


@dataclass(frozen=True)
class MailSettings:
    """How this office sends e-mail (shared in the database). The password is not here, on purpose."""

    mode: MailMode = MailMode.PROGRAM
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""
    sender_name: str = ""
    signature: str = ""

    @property
    def account(self) -> str:
        """The key of the password in the credential store: one per server and user."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def from_address(self) -> str:
        return self.sender or (self.user if "@" in self.user else "")

    @property
    def smtp_ready(self) -> bool:
        return bool(self.host and self.from_address)


@dataclass(frozen=True)
class Recipient:
    """Someone to write to, found in the roster: a contact person or an agency's own mailbox."""

    name: str
    email: str
    agency: str
    position: str


@dataclass(frozen=True)
class SentMail:
    """One line of the sent log."""

    id: int
    sent_at: datetime
    method: str
    sender: str
    to: str
    cc: str
    bcc: str
    subject: str
    attachment_name: str
    attachment_size: int
    attachment_sha256: str
    message_id: str
    sent_by: str

    @property
    def method_label(self) -> str:
        return "Đã gửi (SMTP)" if self.method == "smtp" else "Thư nháp"


class SendError(Exception):
    """Sending failed; nothing was sent and the draft is kept. ``kind`` says why, for the tests and
    for the window (auth, unreachable, tls, too_large, refused, no_password, cancelled, server)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


# ------------------------------------------------------------------ the password store
class PasswordStore(Protocol):
    """Where the SMTP password is kept. The app uses :class:`KeyringPasswords`; tests set up
    keyring's own in-memory backend, so the real store is never touched."""

    def get(self, account: str) -> str | None: ...

    def set(self, account: str, password: str) -> None: ...

    def delete(self, account: str) -> None: ...


class KeyringPasswords:
    """The operating system's credential store (Windows Credential Manager, Secret Service, Keychain)."""

    SERVICE = "Hanoi Desk e-mail"

    def get(self, account: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(self.SERVICE, account)
        except KeyringError as error:
            raise _store_error(error) from None

    def set(self, account: str, password: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self.SERVICE, account, password)
        except KeyringError as error:
            raise _store_error(error) from None

    def delete(self, account: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(self.SERVICE, account)
        except PasswordDeleteError:
            pass
        except KeyringError as error:
            raise _store_error(error) from None


def _store_error(error: Exception) -> ValidationError:
    return ValidationError(Problem(
        "password",
        "Không dùng được kho mật khẩu của hệ điều hành (Windows Credential Manager) để giữ mật khẩu "
        f"email: {error}. Mật khẩu không được lưu ở nơi nào khác.",
    ))


# ------------------------------------------------------------------ the service
class MailService:
    def __init__(self, db: Database, settings: SettingsService, roster: RosterService,
                 passwords: PasswordStore, who: Who = lambda: "",
                 ssl_context: ssl.SSLContext | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self.clock = clock
        self._settings = settings
        self._roster = roster
        self._passwords = passwords
        self._who = who
        self._ssl_context = ssl_context

    # ---------------------------------------------------------------- settings
    def mail_settings(self) -> MailSettings:
        stored = {f.name: self._settings.get(_PREFIX + f.name, "") for f in fields(MailSettings)}
        default = MailSettings()
        try:
            mode = MailMode(stored["mode"])
        except ValueError:
            mode = default.mode
        try:
            security = Security(stored["security"])
        except ValueError:
            security = default.security
        port = int(stored["port"]) if stored["port"].isdigit() else security.default_port
        return MailSettings(mode=mode, host=stored["host"], port=port, security=security,
                            user=stored["user"], sender=stored["sender"],
                            sender_name=stored["sender_name"], signature=stored["signature"])

    def validate_settings(self, value: MailSettings) -> MailSettings:
        """Cleaned settings, or ValidationError listing every problem (fields: host, port, sender…)."""
        value = replace(
            value,
            host=nfc(value.host).strip().lower(),
            user=nfc(value.user).strip(),
            sender=nfc(value.sender).strip().lower(),
            sender_name=" ".join(nfc(value.sender_name).split()),
            signature=text_block(value.signature),
        )
        problems: list[Problem] = []
        if value.sender and check_email(value.sender):
            problems.append(Problem("sender", check_email(value.sender) or ""))
        if not 0 < value.port < 65536:
            problems.append(Problem("port", "Cổng phải từ 1 đến 65535."))
        if value.mode is MailMode.SMTP:
            if not value.host:
                problems.append(Problem("host", "Chưa có địa chỉ máy chủ thư (ví dụ: smtp.hanoi.gov.vn)."))
            if " " in value.host:
                problems.append(Problem("host", "Địa chỉ máy chủ không được chứa dấu cách."))
            if not value.from_address:
                problems.append(Problem("sender", "Chưa có địa chỉ người gửi."))
        if problems:
            raise ValidationError(problems)
        return value

    def save_settings(self, value: MailSettings, password: str | None = None) -> MailSettings:
        """Save the settings; a non-empty *password* goes to the credential store, never the database."""
        value = self.validate_settings(value)
        if password:
            self._passwords.set(value.account, password)
        for f in fields(MailSettings):
            item = getattr(value, f.name)
            self._settings.put(_PREFIX + f.name, item.value if isinstance(item, Enum) else str(item))
        return value

    def has_password(self, value: MailSettings | None = None) -> bool:
        value = value or self.mail_settings()
        try:
            return bool(value.user and self._passwords.get(value.account))
        except ValidationError:
            return False

    def forget_password(self, value: MailSettings | None = None) -> None:
        self._passwords.delete((value or self.mail_settings()).account)

    # ---------------------------------------------------------------- composing
    def signature(self) -> str:
        """The configured e-mail signature, else one built from the office settings."""
        configured = self.mail_settings().signature
        if configured:
            return configured
        office = self._settings.office()
        lines = [office.staff_name, office.office_name, office.parent_body]
        return "\n".join(line for line in lines if line)

    def compose(self, path: Path) -> MailDraft:
        """A new draft for sending *path*: subject and body from the template, no recipients yet."""
        stat = path.stat()
        subject, body = template(path.name, date.fromtimestamp(stat.st_mtime), stat.st_size,
                                 self.signature())
        return MailDraft(subject=subject, body=body)

    def validate(self, draft: MailDraft) -> MailDraft:
        draft = clean_draft(draft)
        problems = draft_problems(draft)
        if problems:
            raise ValidationError(problems)
        return draft

    @staticmethod
    def attachment(path: Path) -> Attachment:
        if not path.is_file():
            raise ValidationError(Problem("attachment", f"Không tìm thấy tệp đính kèm: {path}"))
        return Attachment(path.name, path.read_bytes())

    def recipients(self, text: str, limit: int = 40) -> list[Recipient]:
        """Contacts and agencies' own mailboxes whose name, agency or address matches *text*,
        ignoring case and diacritics ("so y te" finds the Sở Y tế's people)."""
        found = [
            Recipient(contact.name, contact.email, agency, contact.position)
            for contact, agency in self._roster.search_contacts(text, limit)
        ]
        key = fold(text)
        with self._db.read() as s:
            # Every match, then the Vietnamese alphabet and the limit here: the database's collation
            # (SQLite's bytes, PostgreSQL's locale) would order, and so cut, differently.
            rows = s.execute(
                select(AgencyRow.name, AgencyRow.email)
                .where(AgencyRow.email != "")
                .where(AgencyRow.active_to.is_(None) | (AgencyRow.active_to >= self.clock.today()))
                .where(or_(AgencyRow.name_folded.contains(key, autoescape=True),
                           func.lower(AgencyRow.email).contains(key, autoescape=True)))
            ).all()
        rows = sorted(rows, key=lambda row: (sort_key(row.name), row.email))[:limit]
        found += [Recipient(name, email, name, "Hộp thư của cơ quan") for name, email in rows]
        seen: set[str] = set()
        unique = []
        for recipient in found:
            if recipient.email.lower() not in seen:
                seen.add(recipient.email.lower())
                unique.append(recipient)
        return unique[:limit]

    # ---------------------------------------------------------------- sending
    def send(self, draft: MailDraft, path: Path, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> SentMail:
        """Send *draft* with *path* attached through the configured SMTP server and log it.

        Raises ValidationError for a bad draft or missing settings and SendError when the server
        says no; in both cases nothing was sent and the caller still has the draft.
        """
        progress = progress or (lambda _d, _t: None)
        cancelled = cancelled or (lambda: False)
        draft = self.validate(draft)
        attachment = self.attachment(path)
        config = self.mail_settings()
        if not config.smtp_ready:
            raise SendError("settings", "Chưa cài đặt máy chủ thư (SMTP): hãy mở Cài đặt › Email, "
                            "hoặc dùng “Mở trong chương trình email”.")
        password = ""
        if config.user:
            password = self._passwords.get(config.account) or ""
            if not password:
                raise SendError("no_password", f"Chưa có mật khẩu email của “{config.user}” trên máy này: "
                                "hãy nhập trong Cài đặt › Email (mật khẩu được giữ trong kho mật khẩu "
                                "của Windows).")
        message = build_message(draft, attachment, config.from_address, config.sender_name,
                                when=self.clock.now())
        data = message.as_bytes(policy=SMTP_POLICY)
        progress(0, 4)
        self._check_cancel(cancelled)
        with _translated_errors(config, len(data)):
            server = self._connect(config, password)
            try:
                progress(2, 4)
                self._check_cancel(cancelled)
                limit = int(server.esmtp_features.get("size", "0") or 0) if server.has_extn("size") else 0
                if limit and len(data) > limit:
                    raise _too_large(len(data), limit)
                progress(3, 4)
                server.send_message(message, from_addr=config.from_address,
                                    to_addrs=all_recipients(draft))
            finally:
                _quit(server)
        progress(4, 4)
        return self._log("smtp", draft, attachment, config.from_address, str(message["Message-ID"]))

    def check_connection(self, config: MailSettings, password: str | None = None) -> str:
        """Connect and log in with *config* (and *password*, else the stored one), then hang up."""
        config = self.validate_settings(replace(config, mode=MailMode.SMTP))
        if config.user and not password:
            password = self._passwords.get(config.account) or ""
            if not password:
                raise SendError("no_password", f"Chưa có mật khẩu của “{config.user}”.")
        with _translated_errors(config, 0):
            server = self._connect(config, password or "")
            _quit(server)
        who = f" với tài khoản “{config.user}”" if config.user else ""
        return f"Kết nối được máy chủ thư {config.host}:{config.port}{who}."

    def _connect(self, config: MailSettings, password: str) -> smtplib.SMTP:
        context = self._ssl_context or ssl.create_default_context()
        server: smtplib.SMTP
        if config.security is Security.SSL:
            server = smtplib.SMTP_SSL(config.host, config.port, timeout=TIMEOUT, context=context)
        else:
            server = smtplib.SMTP(config.host, config.port, timeout=TIMEOUT)
        try:
            server.ehlo()
            if config.security is Security.STARTTLS:
                server.starttls(context=context)
                server.ehlo()
            if config.user:
                _login(server, config.user, password)
        except BaseException:
            _quit(server)
            raise
        return server

    @staticmethod
    def _check_cancel(cancelled: Cancelled) -> None:
        if cancelled():
            raise SendError("cancelled", "Đã hủy: thư chưa được gửi.")

    # ---------------------------------------------------------------- drafts
    def drafts_dir(self) -> Path:
        folder = paths.data_dir() / "drafts"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def write_draft(self, draft: MailDraft, path: Path, out: Path | None = None) -> tuple[Path, SentMail]:
        """Write the message as an unsent .eml (Outlook opens it ready to send) and log it.

        Without *out* the draft goes to the data folder's "drafts", named after the attachment.
        """
        from hanoi_desk.exporters.xlsx import safe_filename

        draft = self.validate(draft)
        attachment = self.attachment(path)
        config = self.mail_settings()
        message = build_message(draft, attachment, config.from_address, config.sender_name, unsent=True)
        if out is None:
            stem = safe_filename(Path(attachment.name).stem) or "thu"
            out = self.drafts_dir() / f"{stem}.eml"
            number = 2
            while out.exists():
                out = out.with_name(f"{stem} ({number}).eml")
                number += 1
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(message.as_bytes(policy=SMTP_POLICY))
        return out, self._log("draft", draft, attachment, config.from_address, "")

    # ---------------------------------------------------------------- the log
    def _log(self, method: str, draft: MailDraft, attachment: Attachment, sender: str,
             message_id: str) -> SentMail:
        def joined(entries: tuple[str, ...]) -> str:
            return ", ".join(address_of(e) for e in entries)

        with self._db.begin() as s:
            row = MailSentRow(
                method=method, sender=sender, to_addrs=joined(draft.to), cc_addrs=joined(draft.cc),
                bcc_addrs=joined(draft.bcc), subject=draft.subject[:500],
                attachment_name=attachment.name[:300], attachment_size=attachment.size,
                attachment_sha256=hashlib.sha256(attachment.data).hexdigest(),
                message_id=message_id[:300], sent_by=self._who()[:120],
            )
            s.add(row)
            s.flush()
            return _sent(row)

    def sent_log(self, limit: int | None = None) -> list[SentMail]:
        """The log, newest first."""
        with self._db.read() as s:
            query = select(MailSentRow).order_by(MailSentRow.sent_at.desc(), MailSentRow.id.desc())
            if limit:
                query = query.limit(limit)
            return [_sent(row) for row in s.scalars(query)]


def _sent(row: MailSentRow) -> SentMail:
    return SentMail(
        id=row.id, sent_at=row.sent_at, method=row.method, sender=row.sender, to=row.to_addrs,
        cc=row.cc_addrs, bcc=row.bcc_addrs, subject=row.subject, attachment_name=row.attachment_name,
        attachment_size=row.attachment_size, attachment_sha256=row.attachment_sha256,
        message_id=row.message_id, sent_by=row.sent_by,
    )


@contextmanager
def _translated_errors(config: MailSettings, size: int) -> Iterator[None]:
    """Turn smtplib/socket/ssl exceptions into one SendError a clerk understands."""
    try:
        yield
    except (SendError, ValidationError):
        raise
    except Exception as error:
        raise _translate(error, config, size) from error


def _login(server: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a password with Vietnamese letters goes as UTF-8 through AUTH PLAIN (RFC 4616),
    which smtplib's own login cannot do (it encodes the credentials as ASCII)."""
    if (user + password).isascii():
        server.login(user, password)
        return
    if not server.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    if "PLAIN" not in server.esmtp_features["auth"].upper().split():
        raise SendError("auth", "Mật khẩu email có chữ có dấu nhưng máy chủ thư không nhận kiểu đăng "
                        "nhập hỗ trợ chữ có dấu (AUTH PLAIN): hãy đổi mật khẩu chỉ gồm chữ không dấu và số.")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, response = server.docmd("AUTH", "PLAIN " + token)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, response)


def _quit(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()


def _too_large(size: int, limit: int) -> SendError:
    return SendError("too_large", f"Thư quá lớn ({human_size(size)}): máy chủ thư chỉ nhận thư tối đa "
                     f"{human_size(limit)}. Hãy nén tệp hoặc chia nhỏ rồi gửi lại.")


def _translate(error: Exception, config: MailSettings, size: int) -> SendError:
    where = f"{config.host}:{config.port}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return SendError("auth", f"Máy chủ thư từ chối đăng nhập của “{config.user}”: sai tên đăng nhập "
                         "hoặc mật khẩu. Hãy kiểm tra trong Cài đặt › Email.")
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(f"{addr} ({code} {_text(msg)})" for addr, (code, msg) in error.recipients.items())
        return SendError("refused", f"Máy chủ thư từ chối người nhận: {refused}. Thư chưa được gửi.")
    if isinstance(error, smtplib.SMTPResponseException) and (
        error.smtp_code == 552 or "size" in _text(error.smtp_error).lower()
    ):
        return SendError("too_large", f"Thư quá lớn ({human_size(size)}), máy chủ thư không nhận: "
                         f"{error.smtp_code} {_text(error.smtp_error)}. "
                         "Hãy nén tệp hoặc chia nhỏ rồi gửi lại.")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return SendError("refused", f"Máy chủ thư không cho gửi từ địa chỉ “{config.from_address}”: "
                         f"{error.smtp_code} {_text(error.smtp_error)}.")
    if isinstance(error, smtplib.SMTPNotSupportedError):
        what = "STARTTLS" if config.security is Security.STARTTLS else "đăng nhập (AUTH)"
        return SendError("tls", f"Máy chủ thư {where} không hỗ trợ {what}: hãy kiểm tra kiểu bảo mật "
                         "trong Cài đặt › Email.")
    if isinstance(error, smtplib.SMTPException) and "AUTH" in str(error):
        return SendError("auth", f"Máy chủ thư {where} không cho đăng nhập trên kết nối này "
                         "(thường cần chọn STARTTLS hoặc SSL).")
    if isinstance(error, ssl.SSLError):
        return SendError("tls", f"Không lập được kết nối bảo mật với máy chủ thư {where} ({error}). "
                         "Hãy kiểm tra kiểu bảo mật và cổng: STARTTLS thường dùng cổng 587, SSL cổng 465.")
    if isinstance(error, smtplib.SMTPResponseException):
        return SendError("server", f"Máy chủ thư báo lỗi {error.smtp_code}: {_text(error.smtp_error)}. "
                         "Thư chưa được gửi.")
    if isinstance(error, (socket.gaierror,)):
        return SendError("unreachable", f"Không tìm thấy máy chủ thư “{config.host}”: hãy kiểm tra tên máy "
                         "chủ trong Cài đặt › Email và kết nối mạng.")
    if isinstance(error, (TimeoutError, socket.timeout)):
        return SendError("unreachable", f"Máy chủ thư {where} không trả lời (quá {int(TIMEOUT)} giây): "
                         "hãy kiểm tra kết nối mạng, tên máy chủ và cổng.")
    if isinstance(error, (OSError, smtplib.SMTPException)):
        return SendError("unreachable", f"Không kết nối được máy chủ thư {where}: hãy kiểm tra kết nối "
                         "mạng, tên máy chủ và cổng trong Cài đặt › Email.")
    return SendError("server", f"Không gửi được thư: {error}")


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


register_labels("mail_sent", "Thư đã gửi", {
    "sent_at": "Thời điểm gửi", "method": "Cách gửi", "sender": "Người gửi", "to_addrs": "Gửi tới",
    "cc_addrs": "Đồng gửi", "bcc_addrs": "Gửi ẩn", "subject": "Tiêu đề", "attachment_name": "Tệp đính kèm",
    "attachment_size": "Dung lượng", "attachment_sha256": "SHA-256", "message_id": "Mã thư",
    "sent_by": "Cán bộ gửi",
}, {"method": {"smtp": "SMTP", "draft": "Thư nháp"}})
