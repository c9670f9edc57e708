"""E-mail values and the pure part of sending a file: addresses, checks, the template, the message.

Nothing here talks to a server, a database or the credential store, so the same message is built
for SMTP, for the draft a mail program opens, and for the tests.
"""

from __future__ import annotations

import base64
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.policy import Policy
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
        message["From"] = address_header("From", [(nfc(sender_name), sender)])
    for header, entries in (("To", draft.to), ("Cc", draft.cc), ("Bcc", draft.bcc)):
        if entries:
            message[header] = address_header(header, [_name_and_address(e) for e in entries])
    message["Subject"] = text_header("Subject", draft.subject)
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


def _name_and_address(entry: str) -> tuple[str, str]:
    name, address = parseaddr(entry)
    return nfc(name), (address or entry).strip()


# ------------------------------------------------------------------ headers written exactly
# Python 3.11's header folding loses text: it splits a Vietnamese subject into encoded words with
# the space between two of them outside both, where every reader drops it ("… đơn vị …" arrives as
# "… đơnvị …"), and an address's display name split into two encoded words comes back from
# Python's own parser with a space inserted in the middle of a word ("th ông"). So these headers
# are encoded here, once, and written as they are (docs: platform-notes.md, issue 16).
_ENCODED_WORD_MAX = 66  # "Subject: " + one word stays within the 78 characters a line should keep
_DISPLAY_NAME_MAX = 200


class _ExactHeader(str):
    """A header value already encoded and folded: the policy writes it as it is.

    The string itself is the decoded text, so ``str(message["Subject"])`` is what the clerk typed.
    The email policy stores a value that has a ``name`` and writes it with its ``fold``.
    """

    name: str
    _lines: tuple[str, ...]

    def __new__(cls, name: str, text: str, lines: tuple[str, ...]) -> _ExactHeader:
        header = super().__new__(cls, text)
        header.name = name
        header._lines = lines
        return header

    def fold(self, *, policy: Policy) -> str:
        return f"{self.name}: " + (policy.linesep + " ").join(self._lines) + policy.linesep


def _encoded_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def _encoded_words(text: str) -> list[str]:
    """*text* as RFC 2047 encoded words of at most 66 characters, whole characters each, every space
    inside a word: readers join adjacent encoded words as they are, dropping what lies between."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_encoded_word(chunk + ch)) > _ENCODED_WORD_MAX:
            words.append(_encoded_word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_encoded_word(chunk))
    return words


def text_header(name: str, text: str) -> str:
    """An unstructured header (the subject) that every reader decodes back to *text* exactly."""
    text = " ".join(nfc(text).split())
    if text.isascii() and "=?" not in text and all(len(word) < 70 for word in text.split()):
        return text  # plain ASCII folds safely at its spaces
    return _ExactHeader(name, text, tuple(_encoded_words(text)))


def address_header(name: str, entries: list[tuple[str, str]]) -> str:
    """To/Cc/Bcc/From with display names in Vietnamese, one address per line.

    A display name is one encoded word however long (up to 200 characters): split in two, Python's
    parser would put a space between the halves and other readers none, so no split reads the same
    everywhere. Lines stay far below the 998 characters a header line may have.
    """
    parts = []
    text_parts = []
    for display, address in entries:
        display = " ".join(display.replace('"', "").split())[:_DISPLAY_NAME_MAX]
        if not display:
            parts.append(address)
        elif display.isascii() and "=?" not in display:
            parts.append(formataddr((display, address)))
        else:
            parts.append(f"{_encoded_word(display)} <{address}>")
        text_parts.append(f"{display} <{address}>" if display else address)
    lines = tuple(part + ("," if i < len(parts) - 1 else "") for i, part in enumerate(parts))
    return _ExactHeader(name, ", ".join(text_parts), lines)


def all_recipients(draft: MailDraft) -> list[str]:
    """Bare addresses of every recipient (Bcc included): the SMTP envelope."""
    return [address_of(e) for e in (*draft.to, *draft.cc, *draft.bcc)]
