"""E-mailing an export as a clerk does it: export, "Gửi email", pick a contact, send, see the log."""

from __future__ import annotations

import email
import hashlib
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import ContactDraft, ContactRole
from hanoi_desk.domain.mail import human_size
from hanoi_desk.services.mail import MailMode, MailSettings
from hanoi_desk.ui.mail.dialog import MailDialog
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.settings.dialog import SettingsDialog
from hanoi_desk.ui.widgets.table_model import ROW_ROLE
from tests.conftest import MemoryKeyring
from tests.test_mail_service import PASSWORD, SUBJECT, Inbox, free_port, smtp_settings, start


@pytest.fixture
def roster_contact(services: Services) -> None:
    health = services.roster.find_by_name("Sở Y tế")
    assert health is not None
    services.roster.update(health.id, health.to_draft(contacts=(
        ContactDraft("Trần Thị Hoà", "Chuyên viên", "0912345678", "hoatt@hanoi.gov.vn",
                     ContactRole.FOCAL_POINT),
    )), health.version)


@pytest.fixture
def window(qtbot, services: Services, roster_contact: None) -> MainWindow:
    win = MainWindow(services)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def smtp(services: Services):
    box = Inbox()
    controller = start(box)
    services.mail.save_settings(smtp_settings(controller.port), password=PASSWORD)
    yield box
    controller.stop()


def export_roster(qtbot, window: MainWindow, tmp_path: Path) -> Path:
    out = tmp_path / "Danh sách cơ quan.xlsx"
    with qtbot.waitSignal(window.roster_tab.sig_export_written, timeout=60000):
        window.roster_tab.export_file(out)
    return out


def pick(qtbot, dialog: MailDialog, search: str) -> None:
    dialog.search.insert(search)
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1)
    dialog.contacts.selectRow(0)


def test_export_offers_to_email_and_the_dialog_sends_and_the_log_grows(
    qtbot, window: MainWindow, services: Services, smtp: Inbox, tmp_path: Path, opened_urls: list[str]
) -> None:
    log = window.show_mail_log()
    assert log.model.rowCount() == 0
    assert not window.act_mail_last.isEnabled()

    out = export_roster(qtbot, window, tmp_path)
    notice = window.export_notice
    assert notice.isVisibleTo(window) and out.name in notice.label.text()
    assert window.act_mail_last.isEnabled()
    qtbot.mouseClick(notice.open_folder, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.open_file, Qt.MouseButton.LeftButton)
    assert opened_urls == [str(tmp_path), str(out)]

    qtbot.mouseClick(notice.send, Qt.MouseButton.LeftButton)
    dialog = window.mail_dialog
    assert dialog is not None and dialog.isVisible()
    assert out.name in dialog.attachment.text()
    assert dialog.subject.text() == "Gửi bảng tính Excel: Danh sách cơ quan"
    assert dialog.body.toPlainText().rstrip().endswith("--\nVăn thư Sở\nĐT: 024 3825 3536")
    assert "127.0.0.1" in dialog.how.text()

    pick(qtbot, dialog, "tran thi hoa")  # no diacritics typed, the contact is found
    qtbot.mouseClick(dialog.add_to, Qt.MouseButton.LeftButton)
    assert dialog.to.text() == "Trần Thị Hoà <hoatt@hanoi.gov.vn>"
    qtbot.mouseClick(dialog.add_cc, Qt.MouseButton.LeftButton)
    assert dialog.cc.text() == "", "an address already among the recipients is not added twice"
    dialog.cc.setText("toasoan@hanoimoi.vn")
    dialog.subject.setText(SUBJECT)

    with qtbot.waitSignal(dialog.sig_sent, timeout=60000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    message = smtp.parsed()
    assert message["Subject"] == SUBJECT
    assert message["To"].addresses[0].display_name == "Trần Thị Hoà"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == out.name
    assert attachment.get_content() == out.read_bytes()

    assert log.model.rowCount() == 1, "the open log shows the new line at once"
    row = log.proxy.index(0, 0).data(ROW_ROLE)
    assert (row.to, row.cc, row.attachment_name) == ("hoatt@hanoi.gov.vn", "toasoan@hanoimoi.vn", out.name)
    assert log.proxy.index(0, 7).data() == human_size(out.stat().st_size)
    assert log.proxy.index(0, 8).data() == hashlib.sha256(out.read_bytes()).hexdigest()
    assert SUBJECT in window.statusBar().currentMessage()


def test_a_wrong_password_keeps_the_dialog_and_everything_typed(
    qtbot, window: MainWindow, services: Services, smtp: Inbox, tmp_path: Path, shown_errors: list[str]
) -> None:
    services.mail.save_settings(services.mail.mail_settings(), password="sai-mat-khau")
    out = export_roster(qtbot, window, tmp_path)
    dialog = window.mail_file(out)
    dialog.to.setText("hoatt@hanoi.gov.vn")
    dialog.body.setPlainText("Nội dung anh/chị đã gõ rất lâu.")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=60000)
    assert "sai tên đăng nhập hoặc mật khẩu" in shown_errors[0]
    assert dialog.isVisible()
    assert dialog.to.text() == "hoatt@hanoi.gov.vn"
    assert dialog.body.toPlainText() == "Nội dung anh/chị đã gõ rất lâu."
    assert "sai tên đăng nhập hoặc mật khẩu" in dialog.status.text()
    assert dialog.send_button.isEnabled() and dialog.close_button.isEnabled()
    assert smtp.messages == [] and services.mail.sent_log() == []


def test_an_unreachable_server_keeps_the_draft(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, shown_errors: list[str]
) -> None:
    services.mail.save_settings(smtp_settings(free_port()), password=PASSWORD)
    out = export_roster(qtbot, window, tmp_path)
    dialog = window.mail_file(out)
    dialog.to.setText("hoatt@hanoi.gov.vn")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=60000)
    assert "Không kết nối được máy chủ thư" in shown_errors[0]
    assert dialog.isVisible() and dialog.to.text() == "hoatt@hanoi.gov.vn"


def test_invalid_addresses_are_shown_beside_the_field(qtbot, window: MainWindow, tmp_path: Path,
                                                      smtp: Inbox) -> None:
    out = export_roster(qtbot, window, tmp_path)
    dialog = window.mail_file(out)
    qtbot.keyClicks(dialog.to, "hoatt@@hanoi")
    qtbot.keyClicks(dialog.bcc, "ok@hanoi.gov.vn; sai")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["to"].isVisibleTo(dialog) and "hoatt@@hanoi" in dialog.errors["to"].text()
    assert dialog.errors["bcc"].isVisibleTo(dialog) and "“sai”" in dialog.errors["bcc"].text()
    assert not dialog.errors["cc"].isVisibleTo(dialog)
    assert dialog.isVisible() and smtp.messages == []


def test_mail_program_mode_opens_an_unsent_draft(
    qtbot, window: MainWindow, services: Services, tmp_path: Path, opened_urls: list[str]
) -> None:
    services.mail.save_settings(MailSettings(mode=MailMode.PROGRAM, sender="vanthu@hanoi.gov.vn"))
    out = export_roster(qtbot, window, tmp_path)
    window.act_mail_last.trigger()
    dialog = window.mail_dialog
    assert dialog is not None and not dialog.send_button.isEnabled()
    assert dialog.program_button.isDefault()
    pick(qtbot, dialog, "hoatt")
    dialog.contacts.doubleClicked.emit(dialog.contacts.currentIndex())
    with qtbot.waitSignal(dialog.sig_sent):
        qtbot.mouseClick(dialog.program_button, Qt.MouseButton.LeftButton)
    [opened] = opened_urls
    assert opened.endswith(".eml")
    message = email.message_from_bytes(Path(opened).read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "hoatt@hanoi.gov.vn"
    assert [a.get_content() for a in message.iter_attachments()] == [out.read_bytes()]
    log = window.show_mail_log()
    assert log.model.rowCount() == 1 and log.proxy.index(0, 1).data() == "Thư nháp"
    dialog = window.mail_file(out)
    dialog.to.setText("b@hanoi.gov.vn")
    dialog.subject.setText("Thư thứ hai")
    dialog.open_in_program()
    assert log.proxy.rowCount() == 2
    assert log.proxy.index(0, 5).data() == "Thư thứ hai", "newest first"


def test_email_a_file_from_the_menu(qtbot, window: MainWindow, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "Báo cáo tổng hợp 2026.pdf"
    report.write_bytes(b"%PDF-1.4 test")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(report), "")))
    window.act_mail_file.trigger()
    assert window.mail_dialog is not None
    assert window.mail_dialog.subject.text() == "Gửi văn bản PDF: Báo cáo tổng hợp 2026"


def test_settings_page_saves_smtp_and_keeps_the_password_out_of_every_file(
    qtbot, services: Services, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    dialog = SettingsDialog(services.settings, mail=services.mail)
    qtbot.addWidget(dialog)
    page = dialog.mail_page
    assert page is not None
    page.mode.setCurrentIndex(page.mode.findData("smtp"))
    page.host.setText("")
    page.sender.setText("vanthu@hanoi.gov.vn")
    dialog._on_buttons_accepted()
    assert dialog.pages.currentWidget() is page and page.errors["host"].isVisibleTo(dialog)

    page.host.setText("smtp.hanoi.gov.vn")
    page.security.setCurrentIndex(page.security.findData("ssl"))
    assert page.port.value() == 465
    page.user.setText("vanthu@hanoi.gov.vn")
    page.password.setText(PASSWORD)
    dialog._on_buttons_accepted()
    saved = services.mail.mail_settings()
    assert (saved.mode, saved.host, saved.port, saved.security.value) == (
        MailMode.SMTP, "smtp.hanoi.gov.vn", 465, "ssl")
    assert services.mail.has_password()
    assert PASSWORD in memory_keyring.passwords.values()
    assert page.password.text() == ""

    again = SettingsDialog(services.settings, mail=services.mail)
    qtbot.addWidget(again)
    assert again.mail_page.password.text() == ""
    assert again.mail_page.forget.isEnabled()
    again.mail_page.forget.click()
    assert not services.mail.has_password()

    services.close()
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        assert PASSWORD.encode() not in path.read_bytes(), path
