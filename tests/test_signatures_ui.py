"""Digital signatures in the window: "Ký số…" after an export and in the print preview, the dialog
(progress, cancel, the TSA down, the result offered to open, print and e-mail; the PIN gone from memory
when it closes), the token picker, the settings page (roots confirmed), and the intake's "Chữ ký số"
column judged again when the roots change."""

from __future__ import annotations

import gc
import hashlib
import os
import secrets
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QToolBar
from shiboken6 import isValid

from hanoi_desk.app import Services
from hanoi_desk.domain.reports import AttachmentDraft, Figures, ReceiptDraft
from hanoi_desk.domain.signatures import SignerRole
from hanoi_desk.services.settings import OfficeSettings
from hanoi_desk.services.signatures import P12Key, SignRequest
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.settings.dialog import SettingsDialog
from hanoi_desk.ui.signing import settings_page as signature_settings
from hanoi_desk.ui.signing.dialog import SignDialog
from hanoi_desk.ui.widgets import print_preview
from tests import signing_kit as kit
from tests.signing_fixtures import DAY, Pki, annual_report, needs_softhsm
from tests.signing_fixtures import clock as clock
from tests.signing_fixtures import offline as offline
from tests.signing_fixtures import pki as pki
from tests.signing_fixtures import token as token

SHOTS = Path(os.environ.get("HANOI_DESK_SHOTS", "/tmp"))


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    win = MainWindow(services)
    qtbot.addWidget(win)
    return win


def open_dialog(window: MainWindow) -> SignDialog:
    """The sign dialog just opened (the window keeps no reference to it)."""
    dialogs = [d for d in window.findChildren(SignDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def close_and_delete(dialog: SignDialog) -> None:
    """Close the dialog and let Qt delete it (it deletes itself on close)."""
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(dialog)


def fill_p12(qtbot, dialog: SignDialog, p12: Path, role: SignerRole, secret: str = kit.P12_PASSWORD) -> None:
    (dialog.as_person if role is SignerRole.PERSON else dialog.as_office).setChecked(True)
    dialog.use_file.setChecked(True)
    dialog.p12.setText(str(p12))
    qtbot.keyClicks(dialog.pin, secret)


def answer_message_boxes(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """QMessageBox.exec answered by clicking the buttons named in *answers*, in turn; their texts kept."""
    asked: list[str] = []
    remaining = list(answers)

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = remaining.pop(0)
        box._chosen = next(b for b in box.buttons() if b.text() == wanted)  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box._chosen)
    return asked


def test_sign_after_export_then_the_office_signs_the_signed_file(
        qtbot, window: MainWindow, services: Services, pki: Pki, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services.signatures.set_image("signer", pki.signature_png.read_bytes())  # type: ignore[union-attr]
    pdf = annual_report(services, tmp_path)
    window._on_export_written(pdf)
    assert window.export_notice.sign.isVisibleTo(window)
    window.export_notice.sign.click()
    dialog = open_dialog(window)
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    # The office signs after the person: its role waits, and says why.
    assert dialog.as_person.isChecked() and not dialog.as_office.isEnabled()
    assert "Người có thẩm quyền chưa ký số" in dialog.as_office.toolTip()
    assert Path(dialog.target.text()) == tmp_path / "bao-cao-nam (đã ký).pdf"
    dialog.timestamp.setChecked(False)
    fill_p12(qtbot, dialog, pki.person_p12, SignerRole.PERSON)
    with qtbot.waitSignal(dialog.sig_signed, timeout=30000):
        dialog.sign_button.click()
    signed = tmp_path / "bao-cao-nam (đã ký).pdf"
    assert signed.is_file()
    assert dialog.pin.text() == ""  # forgotten as soon as it was used
    assert dialog.result_box.isVisibleTo(dialog) and "PAdES B-B" in dialog.result.text()
    dialog.grab().save(str(SHOTS / "sign-dialog-done.png"))
    sent: list[Path] = []
    dialog.sig_send_requested.connect(sent.append)
    dialog.send.click()
    assert sent == [signed]
    close_and_delete(dialog)
    # The strip now shows the signed file, signable by the office.
    assert window.export_notice.path() == signed and window.export_notice.sign.isVisibleTo(window)
    window.export_notice.sign.click()
    second = open_dialog(window)
    assert not second.as_person.isEnabled() and second.as_office.isChecked()
    assert Path(second.target.text()) == tmp_path / "bao-cao-nam (đã ký, đóng dấu).pdf"
    # The TSA in Settings is down (127.0.0.1:9): asked, the clerk tries again, then signs without it.
    asked = answer_message_boxes(monkeypatch, ["Try again", "Sign without a timestamp"])
    fill_p12(qtbot, second, pki.office_p12, SignerRole.ORGANISATION)
    assert second.timestamp.isChecked()
    with qtbot.waitSignal(second.sig_signed, timeout=60000):
        second.sign_button.click()
    assert len(asked) == 2 and all("Không lấy được dấu thời gian" in text for text in asked)
    assert "chưa có dấu thời gian" in second.result.text()
    outcome = second.outcome()
    assert outcome is not None and not outcome.timestamped
    close_and_delete(second)
    result = services.signatures.verify(Path(outcome.path).read_bytes(), "x.pdf")  # type: ignore[union-attr]
    assert len(result.signatures) == 2 and all(s.intact for s in result.signatures)
    # Nothing of the PIN was written to this workstation's settings.
    QSettings().sync()
    for file in (tmp_path / "home").rglob("*"):
        if file.is_file():
            assert kit.P12_PASSWORD.encode() not in file.read_bytes(), file


# ----------------------------------------------------------------------------------------- the PIN


def _holders(digest: str, length: int) -> list[str]:
    """Every object the collector knows that refers to a string (or bytes) with this SHA-256."""
    gc.collect()
    found = []
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if type(ref) in (str, bytes) and len(ref) == length:
                raw = ref.encode() if isinstance(ref, str) else ref
                if hashlib.sha256(raw).hexdigest() == digest:
                    found.append(f"{type(obj).__name__}: {repr(obj)[:120]}")
    return found


def _fresh_p12(folder: Path, pki: Pki) -> tuple[Path, list[str], str, int]:
    """A .p12 with a password made now (no constant in the code equals it): its file, the password in
    a list to pop, its SHA-256 and its length, so the test itself can let go of it."""
    password = secrets.token_urlsafe(18)
    path = kit.write_p12(folder / f"{secrets.token_hex(4)}.p12", pki.person, [pki.root], password)
    return path, [password], hashlib.sha256(password.encode()).hexdigest(), len(password)


def test_nothing_holds_the_password_once_the_dialog_is_closed(
        qtbot, window: MainWindow, services: Services, pki: Pki, tmp_path: Path,
        shown_errors: list[str]) -> None:
    pdf = annual_report(services, tmp_path)
    p12, box, digest, length = _fresh_p12(tmp_path, pki)
    # Signed: the password typed, used, and then nowhere in the program's objects.
    dialog = window.sign_file(pdf)
    assert dialog is not None
    dialog.timestamp.setChecked(False)
    fill_p12(qtbot, dialog, p12, SignerRole.PERSON, box.pop())
    held = [dialog.pin.text()]
    assert _holders(digest, length), "the probe finds a password that is held"
    del held
    with qtbot.waitSignal(dialog.sig_signed, timeout=30000):
        dialog.sign_button.click()
    close_and_delete(dialog)
    del dialog
    assert _holders(digest, length) == []
    # A wrong password: refused, the field emptied, and nothing holds what was typed.
    _, box, digest, length = _fresh_p12(tmp_path, pki)
    dialog = window.sign_file(pdf)
    assert dialog is not None
    dialog.timestamp.setChecked(False)
    fill_p12(qtbot, dialog, p12, SignerRole.PERSON, box.pop())
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=60000)
    assert "Mật khẩu của tệp" in shown_errors[0] and dialog.pin.text() == ""
    assert dialog.isVisible() and dialog.sign_button.isEnabled()
    close_and_delete(dialog)
    del dialog
    assert _holders(digest, length) == []


def test_a_cancel_while_the_tsa_works_writes_no_file(qtbot, window: MainWindow, services: Services,
                                                   pki: Pki, tmp_path: Path) -> None:
    pdf = annual_report(services, tmp_path)
    hold = threading.Event()
    with kit.local_tsa(pki.tsa, [pki.root], hold=hold) as url:
        services.signatures.save_options("", url)  # type: ignore[union-attr]
        dialog = window.sign_file(pdf)
        assert dialog is not None and dialog.timestamp.isChecked()
        fill_p12(qtbot, dialog, pki.person_p12, SignerRole.PERSON)
        task = dialog.start(dialog.request())
        qtbot.waitUntil(task.dialog.isVisible, timeout=5000)
        cancel = task.dialog.findChild(QPushButton)
        assert cancel is not None
        cancel.click()  # the progress dialog's own Cancel button
        hold.set()
        qtbot.waitUntil(lambda: "Đã hủy" in dialog.note.text(), timeout=30000)
    assert not Path(dialog.target.text()).exists() and dialog.outcome() is None
    assert dialog.pin.text() == "" and dialog.sign_button.isEnabled()


@needs_softhsm
def test_the_token_is_chosen_by_serial_and_signs(qtbot, window: MainWindow, services: Services, pki: Pki,
                                                token: dict[str, str], tmp_path: Path) -> None:
    services.signatures.save_options(kit.SOFTHSM_MODULE, "")  # type: ignore[union-attr]
    serial = services.signatures.tokens()[0].serial  # type: ignore[union-attr]
    pdf = annual_report(services, tmp_path)
    dialog = window.sign_file(pdf)
    assert dialog is not None
    assert dialog.use_token.isChecked() and dialog.picker.tokens.currentData() == serial
    assert not dialog.picker.keys.isVisibleTo(dialog)  # one certificate: nothing to choose
    assert dialog.picker.module_path() == kit.SOFTHSM_MODULE
    dialog.resize(640, dialog.sizeHint().height())
    dialog.grab().save(str(SHOTS / "sign-dialog-token.png"))
    dialog.timestamp.setChecked(False)
    qtbot.keyClicks(dialog.pin, kit.TOKEN_PIN)
    with qtbot.waitSignal(dialog.sig_signed, timeout=30000):
        dialog.sign_button.click()
    assert dialog.outcome().signer == "Nguyễn Thị Ký"  # type: ignore[union-attr]
    close_and_delete(dialog)


def test_a_token_with_several_certificates_lets_the_clerk_choose(
        qtbot, window: MainWindow, services: Services, pki: Pki, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from hanoi_desk.exporters.signing_keys import Pkcs11Key, TokenInfo
    from hanoi_desk.importers.certificates import certificate_info
    from hanoi_desk.services.signatures import KeyChoice

    signing = services.signatures
    assert signing is not None
    two = [TokenInfo(0, "VGCA", "Bit4id", "miniLector", "111"),
           TokenInfo(1, "VGCA", "Bit4id", "miniLector", "222")]
    choices = [KeyChoice("01", "a", certificate_info(pki.person.der), False),
               KeyChoice("02", "b", certificate_info(pki.office.der), False)]
    monkeypatch.setattr(signing, "tokens", lambda module=None: two)
    monkeypatch.setattr(signing, "key_choices",
                        lambda module, serial: choices if serial == "222" else choices[:1])
    dialog = window.sign_file(annual_report(services, tmp_path))
    assert dialog is not None
    picker = dialog.picker
    picker.set_module("C:/Windows/System32/bit4xpki.dll")
    assert picker.find_tokens() is None
    # Two tokens with the same label, told apart by serial number.
    assert [picker.tokens.itemData(i) for i in range(picker.tokens.count())] == ["111", "222"]
    assert not picker.keys.isVisibleTo(dialog) and picker.key_id() == "01"
    picker.tokens.setCurrentIndex(1)
    assert picker.keys.isVisibleTo(dialog) and picker.keys.count() == 2
    picker.keys.setCurrentIndex(1)
    assert dialog.request().key == Pkcs11Key("C:/Windows/System32/bit4xpki.dll", "222", "02")
    dialog.resize(680, dialog.sizeHint().height())
    dialog.grab().save(str(SHOTS / "sign-dialog-two-certificates.png"))
    dialog.use_file.setChecked(True)  # a .p12 instead: the token's rows make way for the file's
    assert not picker.keys.isVisibleTo(dialog) and not picker.tokens.isVisibleTo(dialog)
    assert dialog.p12.isVisibleTo(dialog)
    close_and_delete(dialog)


def test_the_print_preview_offers_to_sign_an_official_pdf(qtbot, window: MainWindow, services: Services,
                                                          tmp_path: Path) -> None:
    pdf = annual_report(services, tmp_path)
    preview = print_preview.PdfPrintPreview(pdf, window.reports_tab)
    qtbot.addWidget(preview)
    toolbar = preview.findChild(QToolBar)
    assert preview.act_sign is not None and preview.act_sign in toolbar.actions()
    assert preview.act_sign.text() == preview.tr("Sign digitally…")
    preview.act_sign.trigger()
    dialog = preview.findChild(SignDialog)
    assert isinstance(dialog, SignDialog) and dialog.isVisible()
    close_and_delete(dialog)
    plain = tmp_path / "plain.pdf"
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(plain))
    c.drawString(100, 700, "x")
    c.save()
    other = print_preview.PdfPrintPreview(plain, window.reports_tab)
    qtbot.addWidget(other)
    assert other.act_sign is None
    assert not any(a.text() == other.tr("Sign digitally…") for a in other.findChild(QToolBar).actions())


# ----------------------------------------------------------------------------------------- settings


def test_the_settings_page_keeps_images_and_asks_before_trusting_a_root(
        qtbot, services: Services, pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    from hanoi_desk.services import signatures

    picks = iter([pki.seal_png, pki.chain_p7b])
    questions: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
                    QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(signature_settings, "ask_open_path", lambda *_a: next(picks))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _parent, _title, text, *_a, **_k: questions.append(text)
                                     or next(answers)))
    dialog = SettingsDialog(services.settings, mail=services.mail, signing=services.signatures)
    qtbot.addWidget(dialog)
    page = dialog.signature_page
    assert page is not None
    page.seal_image.choose.click()
    assert "con dấu" in page.seal_image.info.text() and "36 × 36 mm" in page.seal_image.info.text()
    page.import_root.click()  # answered No: nothing trusted
    assert page.roots_model.rowCount() == 0
    fingerprint = ":".join(f"{b:02X}" for b in hashlib.sha256(pki.root.der).digest())
    assert f"SHA-256 {fingerprint}" in questions[0]
    assert "Bỏ qua “Test TSA Hanoi Desk”" in questions[0]
    picks = iter([pki.chain_p7b])
    with qtbot.waitSignal(page.sig_roots_changed):
        page.import_root.click()  # answered Yes: the root only, not the TSA's certificate
    assert [r.info.subject for r in services.signatures.roots()] == ["Hanoi Desk Test Root CA"]  # type: ignore[union-attr]
    page.picker.set_module("/khong/co/thu-vien.so")
    page.picker.refresh.click()
    assert "Không tìm thấy thư viện PKCS#11" in page.module_error.text()
    dialog.pages.setCurrentWidget(page)
    dialog.resize(780, 760)
    dialog.grab().save(str(SHOTS / "settings-signatures.png"))
    page.roots_view.selectRow(0)
    with qtbot.waitSignal(page.sig_roots_changed):
        page.remove_root.click()
    assert page.roots_model.rowCount() == 0 and services.signatures.roots() == []  # type: ignore[union-attr]
    page.picker.set_module("")
    page.tsa.setText("tsa.example")
    dialog._on_buttons_accepted()
    assert "http://" in page.tsa_error.text() and dialog.pages.currentWidget() is page
    assert services.signatures.tsa_url() == signatures.DEFAULT_TSA_URL  # type: ignore[union-attr]
    page.tsa.setText("http://127.0.0.1:8318/tsa")
    dialog._on_buttons_accepted()
    assert services.signatures.tsa_url() == "http://127.0.0.1:8318/tsa"  # type: ignore[union-attr]


# ----------------------------------------------------------------------------------------- intake


def _intake_labels(window: MainWindow) -> list[str]:
    tab = window.reports_tab
    titles = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    column = titles.index(tab.tr("Digital signature"))
    return [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]


def test_the_intake_column_is_judged_again_when_asked_and_when_the_roots_change(
        qtbot, window: MainWindow, services: Services, pki: Pki, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = annual_report(services, tmp_path)
    signed = tmp_path / "ky.pdf"
    services.signatures.sign(SignRequest(pdf, signed, SignerRole.PERSON,  # type: ignore[union-attr]
                                         P12Key(pki.person_p12), None), kit.P12_PASSWORD)
    row = services.reports.intake(2026, DAY)[0]
    services.reports.record(ReceiptDraft(row.agency_id, 2026, DAY, "1/BC", DAY, Figures(1, 1, 1, 1, 1),
                                         "", "", "",
                                         attachment=AttachmentDraft("ky.pdf", signed.read_bytes())))
    tab = window.reports_tab
    tab.year.setValue(2026)
    tab.reload()
    assert "chưa tin cậy" in _intake_labels(window)
    # The root imported elsewhere (another workstation): "Recheck signatures" brings the verdict up to date.
    services.signatures.add_roots(pki.root_pem.read_bytes(), "root.crt")  # type: ignore[union-attr]
    tab.act_recheck.trigger()
    qtbot.waitUntil(lambda: "hợp lệ" in _intake_labels(window), timeout=30000)
    # The root removed in Settings: the intake is judged again on its own, in the background.
    def settings_exec(dialog: SettingsDialog) -> int:
        page = dialog.signature_page
        assert page is not None
        page.roots_view.selectRow(0)
        page.remove_root.click()
        return 0

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(SettingsDialog, "exec", settings_exec)
    window._on_settings_triggered()
    qtbot.waitUntil(lambda: "chưa tin cậy" in _intake_labels(window), timeout=30000)


def test_the_appendix_as_its_own_file_is_offered_for_the_office_to_sign(
        qtbot, window: MainWindow, services: Services, pki: Pki, tmp_path: Path) -> None:
    services.settings.save_office(OfficeSettings(office_name="SỞ VĂN HÓA VÀ THỂ THAO", office_symbol="SVHTT"))
    tab = window.reports_tab
    tab.year.setValue(2026)
    tab.act_appendix_separate.setChecked(True)
    report = tmp_path / "Báo cáo kết quả năm 2026.pdf"
    with qtbot.waitSignal(tab.sig_appendix_written, timeout=60000) as written:
        tab.write_annual(report)
    appendix = tmp_path / "Báo cáo kết quả năm 2026 - Phụ lục.pdf"
    assert written.args == [appendix] and appendix.is_file()
    notice = window.export_notice
    assert notice.path() == report and notice.companion() == appendix
    assert notice.sign.isVisibleTo(window) and notice.sign_companion.isVisibleTo(window)
    assert "Phụ lục.pdf" in notice.label.text()
    notice.sign_companion.click()
    dialog = open_dialog(window)
    assert dialog.as_office.isChecked() and not dialog.as_person.isEnabled()  # no person's field there
    dialog.timestamp.setChecked(False)
    fill_p12(qtbot, dialog, pki.office_p12, SignerRole.ORGANISATION)
    with qtbot.waitSignal(dialog.sig_signed, timeout=30000):
        dialog.sign_button.click()
    close_and_delete(dialog)
    signed = tmp_path / "Báo cáo kết quả năm 2026 - Phụ lục (đã ký, đóng dấu).pdf"
    assert signed.is_file()
    # The strip: the report still to sign, its appendix now signed.
    assert notice.path() == report and notice.companion() == signed
    assert notice.sign.isVisibleTo(window) and not notice.sign_companion.isVisibleTo(window)
    assert QSettings().value("reports/appendix_separate", type=bool)
