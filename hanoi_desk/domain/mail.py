"""E-mail values and the pure part of sending a file: addresses, checks, the template, the message.

Nothing here talks to a server, a database or the credential store, so the same message is built
for SMTP, for the draft a mail program opens, and for the tests.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr

from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.text import nfc
from hanoi_desk.domain.validate import check_email

_SPLIT = re.compile(r"[,;\n]+")

RECIPIENT_FIELDS = ("to", "cc", "bcc")
_RECIPIENT_LABELS = {"to": "Người nhận (To)", "cc": "Đồng gửi (Cc)", "bcc": "Gửi ẩn (Bcc)"}

KIND_OF_FILE = {
    ".xlsx": "bảng tính Excel",
    ".xls": "bảng tính Excel",
    ".pdf": "văn bản PDF",
    ".docx": "văn bản Word",
    ".doc": "văn bản Word",
    ".ics": "lịch",
    ".csv": "bảng dữ liệu CSV",
    ".zip": "tệp nén",
}


@dataclass(frozen=True)
class MailDraft:
    """What the clerk composed: kept whole when sending fails, so nothing typed is lost."""

    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    subject: str = ""
    body: str = ""


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)


def split_addresses(text: str) -> tuple[str, ...]:
    """Addresses as typed or pasted from Outlook: separated by "," ";" or new lines, with or
    without a display name ("Nguyễn Văn A <a@hanoi.gov.vn>"). Empty pieces are dropped."""
    return tuple(piece.strip() for piece in _SPLIT.split(nfc(text)) if piece.strip())


def address_of(entry: str) -> str:
    """The bare address of an entry ("Tên <a@b.vn>" → "a@b.vn"); the entry itself if unparsable."""
    _name, address = parseaddr(entry)
    return (address or entry).strip()


def format_recipient(name: str, email: str) -> str:
    """How a picked contact is written into To/Cc/Bcc: its name, then the address in brackets."""
    name = nfc(name).replace('"', "").replace("<", "").replace(">", "").strip()
    return f"{name} <{email}>" if name else email


def draft_problems(draft: MailDraft) -> list[Problem]:
    """Every problem of a draft on its own: a recipient, valid addresses, a subject."""
    problems: list[Problem] = []
    if not draft.to and not draft.cc and not draft.bcc:
        problems.append(Problem("to", "Chưa có người nhận: hãy chọn trong danh bạ hoặc nhập địa chỉ email."))
    for name, label in _RECIPIENT_LABELS.items():
        bad = [entry for entry in getattr(draft, name) if _invalid(entry)]
        if bad:
            problems.append(Problem(name, f"{label}: " + ", ".join(f"“{b}”" for b in bad)
                                    + " không phải địa chỉ email hợp lệ (ví dụ đúng: vanthu@hanoi.gov.vn)."))
    if not draft.subject.strip():
        problems.append(Problem("subject", "Chưa có tiêu đề thư."))
    return problems


def _invalid(entry: str) -> bool:
    address = address_of(entry)
    return not address or check_email(address) is not None or ("<" in entry) != (">" in entry)


def clean_draft(draft: MailDraft) -> MailDraft:
    return MailDraft(
        to=tuple(nfc(a) for a in draft.to if nfc(a)),
        cc=tuple(nfc(a) for a in draft.cc if nfc(a)),
        bcc=tuple(nfc(a) for a in draft.bcc if nfc(a)),
        subject=" ".join(nfc(draft.subject).split()),
        body=text_block(draft.body),
    )


def text_block(value: str) -> str:
    """Multi-line text (a body, a signature) in NFC with its line breaks kept: ``nfc`` collapses
    every run of white space, which would glue the paragraphs of a letter together."""
    lines = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in lines.split("\n")).strip("\n")


def describe_file(name: str) -> str:
    """What a file is, in the words of a letter ("bảng tính Excel"), from its extension."""
    dot = name.rfind(".")
    return KIND_OF_FILE.get(name[dot:].lower() if dot >= 0 else "", "tệp")


def human_size(size: int) -> str:
    """Sizes as a clerk reads them, with a decimal comma: "12 KB", "3,4 MB"."""
    if size < 1024:
        return f"{size} byte"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def template(file_name: str, file_date: date, size: int, signature: str) -> tuple[str, str]:
    """Subject and body for sending *file_name*: what it is, its date, the office's signature."""
    what = describe_file(file_name)
    title = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    subject = f"Gửi {what}: {title}"
    day = file_date.strftime("%d/%m/%Y")
    body = (
        "Kính gửi Quý cơ quan, đơn vị,\n\n"
        f"Chúng tôi xin gửi kèm theo thư này {what} “{file_name}” "
        f"(lập ngày {day}, dung lượng {human_size(size)}).\n\n"
        "Đề nghị Quý cơ quan, đơn vị nghiên cứu, phối hợp thực hiện.\n\n"
        "Trân trọng./.\n"
    )
    if signature.strip():
        body += "\n--\n" + signature.strip() + "\n"
    return subject, body


def build_message(draft: MailDraft, attachment: Attachment, sender: str = "", sender_name: str = "",
                  unsent: bool = False, when: datetime | None = None) -> EmailMessage:
    """The MIME message: plain-text body in UTF-8, the file attached under its own name.

    With *unsent* it is a draft: ``X-Unsent: 1`` makes Outlook open it ready to send rather than
    as a received message, and there is no Date (the mail program sets it when it sends).
    """
    message = EmailMessage()
    if sender:
        message["From"] = formataddr((sender_name, sender)) if sender_name else sender
    for header, entries in (("To", draft.to), ("Cc", draft.cc), ("Bcc", draft.bcc)):
        if entries:
            message[header] = [_address(e) for e in entries]
    message["Subject"] = draft.subject
    if unsent:
        message["X-Unsent"] = "1"
    else:
        message["Date"] = format_datetime((when or datetime.now()).astimezone())
        domain = sender.rpartition("@")[2] or None
        message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(draft.body, charset="utf-8", cte="quoted-printable")
    kind, _ = mimetypes.guess_type(attachment.name)
    maintype, subtype = (kind or "application/octet-stream").split("/", 1)
    message.add_attachment(attachment.data, maintype=maintype, subtype=subtype,
                           filename=nfc(attachment.name))
    return message


def _address(entry: str) -> Address:
    name, address = parseaddr(entry)
    address = address or entry
    username, _, domain = address.partition("@")
    return Address(display_name=nfc(name), username=username, domain=domain)


def all_recipients(draft: MailDraft) -> list[str]:
    """Bare addresses of every recipient (Bcc included): the SMTP envelope."""
    return [address_of(e) for e in (*draft.to, *draft.cc, *draft.bcc)]
