"""Digital signatures in the window: "Ký số…" after an export and in the print preview, the dialog
(progress, the result offered to open, print and e-mail; the PIN gone when it closes), the settings
page, and the intake's "Chữ ký số" column."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from hanoi_desk.app import Services
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.reports import AttachmentDraft, Figures, ReceiptDraft
from hanoi_desk.domain.signatures import SignerRole
from hanoi_desk.services.signatures import TsaUnavailable
from hanoi_desk.ui import print_preview, signature_settings
from hanoi_desk.ui.main_window import MainWindow
from hanoi_desk.ui.settings_dialog import SettingsDialog
from hanoi_desk.ui.sign_dialog import SignDialog
from tests import signing_kit as kit
from tests.test_signatures import DAY, Pki, annual_report
from tests.test_signatures import pki as pki

SHOTS = Path(os.environ.get("HANOI_DESK_SHOTS", "/tmp"))


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    assert services.signatures is not None
    services.signatures._clock = FixedClock(DAY)
    win = MainWindow(services)
    qtbot.addWidget(win)
    return win


def sign_with_p12(qtbot, dialog: SignDialog, pki: Pki, role: SignerRole) -> None:
    (dialog.as_person if role is SignerRole.PERSON else dialog.as_office).setChecked(True)
    dialog.use_file.setChecked(True)
    dialog.p12.setText(str(pki.office_p12))
    qtbot.keyClicks(dialog.pin, kit.P12_PASSWORD)
    dialog.timestamp.setChecked(False)
    with qtbot.waitSignal(dialog.sig_signed, timeout=30000):
        dialog.sign_button.click()


def test_sign_after_export_then_the_office_signs_the_signed_file(
        qtbot, window: MainWindow, services: Services, pki: Pki, tmp_path: Path) -> None:
    services.signatures.set_image("signer", pki.signature_png.read_bytes())  # type: ignore[union-attr]
    pdf = annual_report(services, tmp_path)
    window._on_export_written(pdf)
    assert window.export_notice.sign.isVisibleTo(window)
    window.export_notice.sign.click()
    dialog = window.sign_dialog
    assert isinstance(dialog, SignDialog)
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    assert dialog.as_person.isEnabled() and dialog.as_office.isEnabled()
    assert Path(dialog.target.text()) == tmp_path / "bao-cao-nam (đã ký).pdf"
    sign_with_p12(qtbot, dialog, pki, SignerRole.PERSON)
    signed = tmp_path / "bao-cao-nam (đã ký).pdf"
    assert signed.is_file()
    assert dialog.pin.text() == ""  # forgotten as soon as it was used
    assert dialog.result_box.isVisibleTo(dialog) and "PAdES B-B" in dialog.result.text()
    dialog.grab().save(str(SHOTS / "sign-dialog-done.png"))
    assert not (tmp_path / "bao-cao-nam (đã ký, đóng dấu).pdf").exists()
    sent: list[Path] = []
    dialog.sig_send_requested.connect(sent.append)
    dialog.send.click()
    assert sent == [signed]
    dialog.close()
    # The strip now shows the signed file, still signable by the office.
    assert window.export_notice.path() == signed and window.export_notice.sign.isVisibleTo(window)
    window.export_notice.sign.click()
    second = window.sign_dialog
    assert not second.as_person.isEnabled() and second.as_office.isChecked()
    assert Path(second.target.text()) == tmp_path / "bao-cao-nam (đã ký, đóng dấu).pdf"
    # The TSA is down: the clerk is asked, and chooses to sign without a timestamp.
    asked: list[str] = []

    def refuse(request, secret):  # type: ignore[no-untyped-def]
        if request.tsa_url:
            raise TsaUnavailable("Không lấy được dấu thời gian từ máy chủ http://tsa.ca.gov.vn.")
        return real_sign(request, secret)

    real_sign = services.signatures.sign  # type: ignore[union-attr]
    services.signatures.sign = refuse  # type: ignore[method-assign, union-attr]
    second._ask_about_timestamp = lambda error: (  # type: ignore[method-assign]
        asked.append(str(error)), second.start(second.request(timestamp=False)))
    second.use_file.setChecked(True)
    second.p12.setText(str(pki.office_p12))
    qtbot.keyClicks(second.pin, kit.P12_PASSWORD)
    assert second.timestamp.isChecked()
    with qtbot.waitSignal(second.sig_signed, timeout=30000):
        second.sign_button.click()
    assert asked and "dấu thời gian" in asked[0]
    assert "chưa có dấu thời gian" in second.result.text()
    second.close()
    assert second.pin.text() == ""
    outcome = second.outcome()
    assert outcome is not None
    result = services.signatures.verify(Path(outcome.path).read_bytes(), "x.pdf")  # type: ignore[union-attr]
    assert len(result.signatures) == 2 and all(s.intact for s in result.signatures)
    # Nothing of the PIN was written to this workstation's settings.
    QSettings().sync()
    for file in (tmp_path / "home").rglob("*"):
        if file.is_file():
            assert kit.P12_PASSWORD.encode() not in file.read_bytes(), file


def test_a_wrong_password_keeps_the_dialog_and_leaves_no_file(
        qtbot, window: MainWindow, services: Services, pki: Pki, tmp_path: Path,
        shown_errors: list[str]) -> None:
    pdf = annual_report(services, tmp_path)
    dialog = window.sign_file(pdf)
    assert dialog is not None
    dialog.use_file.setChecked(True)
    dialog.p12.setText(str(pki.office_p12))
    qtbot.keyClicks(dialog.pin, "sai")
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=20000)
    assert "Mật khẩu của tệp “office.p12” không đúng" in shown_errors[0]
    assert dialog.isVisible() and dialog.sign_button.isEnabled()
    assert not (tmp_path / "bao-cao-nam (đã ký).pdf").exists()


def test_the_print_preview_offers_to_sign_an_official_pdf(qtbot, window: MainWindow, services: Services,
                                                          tmp_path: Path) -> None:
    pdf = annual_report(services, tmp_path)
    preview = print_preview.PdfPrintPreview(pdf, window.reports_tab)
    qtbot.addWidget(preview)
    assert preview.act_sign is not None and preview.act_sign.text() == preview.tr("Sign digitally…")
    preview.act_sign.trigger()
    assert isinstance(preview.sign_dialog, SignDialog)
    preview.sign_dialog.close()
    plain = tmp_path / "plain.pdf"
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(plain))
    c.drawString(100, 700, "x")
    c.save()
    other = print_preview.PdfPrintPreview(plain, window.reports_tab)
    qtbot.addWidget(other)
    assert other.act_sign is None


def test_the_settings_page_keeps_images_and_roots(qtbot, services: Services, pki: Pki,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    picks = iter([pki.seal_png, pki.root_pem])
    monkeypatch.setattr(signature_settings, "ask_open_path", lambda *_a: next(picks))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    dialog = SettingsDialog(services.settings, mail=services.mail, signing=services.signatures)
    qtbot.addWidget(dialog)
    page = dialog.signature_page
    assert page is not None
    page.seal_image.choose.click()
    assert "con dấu" in page.seal_image.info.text() and "36 × 36 mm" in page.seal_image.info.text()
    page.import_root.click()
    assert page.roots_model.rowCount() == 1
    dialog.pages.setCurrentWidget(page)
    dialog.resize(760, 720)
    dialog.grab().save(str(SHOTS / "settings-signatures.png"))
    page.roots_view.selectRow(0)
    page.remove_root.click()
    assert page.roots_model.rowCount() == 0 and services.signatures.roots() == []  # type: ignore[union-attr]
    page.tsa.setText("tsa.example")
    dialog._on_buttons_accepted()
    assert "http://" in page.tsa_error.text() and dialog.pages.currentWidget() is page
    assert services.signatures.tsa_url() == "http://tsa.ca.gov.vn"  # type: ignore[union-attr]
    page.tsa.setText("http://127.0.0.1:8318/tsa")
    page.module.setCurrentText("")
    dialog._on_buttons_accepted()
    assert services.signatures.tsa_url() == "http://127.0.0.1:8318/tsa"  # type: ignore[union-attr]


def test_the_intake_shows_the_digital_signature_column(qtbot, window: MainWindow, services: Services,
                                                       pki: Pki, tmp_path: Path) -> None:
    from hanoi_desk.services.signatures import P12Key, SignRequest

    pdf = annual_report(services, tmp_path)
    signed = tmp_path / "ky.pdf"
    services.signatures.sign(SignRequest(pdf, signed, SignerRole.ORGANISATION,  # type: ignore[union-attr]
                                         P12Key(pki.office_p12), None), kit.P12_PASSWORD)
    row = services.reports.intake(2026, DAY)[0]
    services.reports.record(ReceiptDraft(row.agency_id, 2026, DAY, "1/BC", DAY, Figures(1, 1, 1, 1, 1),
                                         "", "", "",
                                         attachment=AttachmentDraft("ky.pdf", signed.read_bytes())))
    tab = window.reports_tab
    tab.year.setValue(2026)
    tab.reload()
    titles = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    column = titles.index(tab.tr("Digital signature"))
    values = [tab.model.index(r, column).data() for r in range(tab.model.rowCount())]
    assert "chưa tin cậy" in values
