"""Vietnamese subjects, display names and attachment names arrive exactly as written: through the
.eml a mail program opens and through a real SMTP server (aiosmtpd on localhost).

Python 3.11's header folding used to drop the space between two encoded words ("… đơn vị …" came
back as "… đơnvị …") and its parser put a space inside a display name split in two ("th ông");
the headers are now encoded by ``domain.mail`` itself. A hypothesis property test walks Vietnamese
words of every length through both ways out.
"""

from __future__ import annotations

import email
import tempfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hanoi_desk.app import Services
from hanoi_desk.domain.mail import MailDraft, format_recipient
from tests.test_mail_service import PASSWORD, Inbox, smtp_settings, start

SUBJECT = "Danh sách đầu mối các cơ quan, đơn vị — tháng 11/2026"
# Syllables as offices write them, with every tone mark and the letters ă â đ ê ô ơ ư.
SYLLABLES = ("Danh", "sách", "đầu", "mối", "các", "cơ", "quan", "đơn", "vị", "tháng", "năm", "Sở", "Thông",
             "tin", "và", "Truyền", "thông", "Hà", "Nội", "Ủy", "ban", "nhân", "dân", "phường", "Hoàn",
             "Kiếm", "Ứng", "Hòa", "Hoà", "Nguyễn", "Thị", "Lan", "Trần", "Văn", "Đức", "ượng", "quỹ", "tỉnh",
             "giấy", "nghiêng", "khuỷu", "Bắc", "Ninh", "kết", "quả", "báo", "cáo", "đột", "xuất", "06")
PUNCTUATION = ("—", "–", ",", "/", "(bản", "chính)", "11/2026", "V/v", "&", "số", "05/12/2026", "'", ";")
_word = st.one_of(st.sampled_from(SYLLABLES), st.sampled_from(PUNCTUATION),
                  st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩị"
                                   "óòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ0123456789",
                          min_size=1, max_size=9))
_subject = st.lists(_word, min_size=1, max_size=40).map(" ".join)
_name = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=12).map(" ".join)
_file_stem = st.lists(st.sampled_from((*SYLLABLES, "2026", "—", "-")), min_size=1, max_size=14).map(" ".join)


def _received(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=policy.default)  # type: ignore[return-value]


def _check(message: EmailMessage, subject: str, names: list[str], file_name: str) -> None:
    assert str(message["Subject"]) == subject
    assert [a.display_name for a in message["To"].addresses] == names
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == file_name
    assert attachment.get_content() == b"Ha Noi"


def test_the_subject_that_lost_its_space(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "Danh sách đầu mối các cơ quan, đơn vị — tháng 11 năm 2026 (bản chính thức).xlsx"
    path.write_bytes(b"Ha Noi")
    names = ["Nguyễn Văn Anh Tuấn – Phòng Quản lý thông tin điện tử và báo chí"]
    draft = MailDraft(to=tuple(format_recipient(n, f"a{i}@hanoi.gov.vn") for i, n in enumerate(names)),
                      subject=SUBJECT, body="Kính gửi.")
    out, _sent = services.mail.write_draft(draft, path, tmp_path / "thu.eml")
    raw = out.read_bytes()
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    _check(_received(raw), SUBJECT, names, path.name)


@pytest.fixture
def smtp_box(services: Services):  # type: ignore[no-untyped-def]
    box = Inbox()
    controller = start(box)
    services.mail.save_settings(smtp_settings(controller.port), password=PASSWORD)
    yield box
    controller.stop()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(subject=_subject, names=st.lists(_name, min_size=1, max_size=3), stem=_file_stem)
def test_vietnamese_text_round_trips_through_eml_and_smtp(services: Services, smtp_box: Inbox, subject: str,
                                                          names: list[str], stem: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{stem}.xlsx"
        path.write_bytes(b"Ha Noi")
        to = tuple(format_recipient(n, f"nguoi{i}@hanoi.gov.vn") for i, n in enumerate(names))
        draft = MailDraft(to=to, subject=subject, body="Kính gửi Quý cơ quan.")
        out, _draft_logged = services.mail.write_draft(draft, path, Path(folder) / "thu.eml")
        _check(_received(out.read_bytes()), subject, names, path.name)
        before = len(smtp_box.messages)
        services.mail.send(draft, path)
        assert len(smtp_box.messages) == before + 1
        _check(smtp_box.parsed(), subject, names, path.name)
