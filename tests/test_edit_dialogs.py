"""Every editing dialog: Esc never silently loses typed input, and a conflict can always be resolved.

One shared mechanism (ui/widgets/edit_dialog.py) serves the agency, content item, report receipt, fanpage,
verification step, proposal and suspected page dialogs; each is driven here as a clerk would.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from hanoi_desk.app import Services
from hanoi_desk.domain.calendar import ContentDraft, Domain
from hanoi_desk.domain.errors import ConflictError
from hanoi_desk.domain.fanpage import FanpageDraft, ImpersonatorDraft, VerificationState
from hanoi_desk.domain.reports import IntakeRow, ReceiptDraft, ReportStatus, ReportTexts
from hanoi_desk.ui.calendar.dialogs import ContentItemDialog
from hanoi_desk.ui.fanpages.dialogs import FanpageDialog, ImpersonatorDialog, ProposalDialog, StepDialog
from hanoi_desk.ui.reports.receipt_dialog import ReceiptDialog
from hanoi_desk.ui.roster.agency_dialog import AgencyDialog
from hanoi_desk.ui.widgets.edit_dialog import EditDialog

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


class Questions(list[str]):
    """The questions asked, and the answer the clerk gives (No unless a test says otherwise)."""

    answer = QMessageBox.StandardButton.No


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()

    def question(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(f"{title} {text}")
        return questions.answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return questions


def yte(services: Services) -> int:
    return services.roster.find_by_name("Sở Y tế").id


def receipt_row(services: Services, receipt: object | None = None) -> IntakeRow:
    from hanoi_desk.domain.agency import AgencyKind

    return IntakeRow(yte(services), "Sở Y tế", AgencyKind.DEPARTMENT, ReportStatus.MISSING, receipt, True)


def _page(services: Services) -> object:
    return services.fanpages.create(FanpageDraft(yte(services), "facebook.com/soytehanoi", "Sở Y tế Hà Nội"))


def _suspect(services: Services) -> object:
    return services.fanpages.impersonators.create(
        ImpersonatorDraft(url="facebook.com/soytehanoi.fake", name="Sở Y tế Hà Nội (giả)"))


# Each case: how to open the dialog on a fresh database, and how a clerk types something in it.
CASES: dict[str, tuple[Callable[[Services], EditDialog], Callable[[EditDialog], None]]] = {
    "agency": (lambda s: AgencyDialog(s.roster, s.roster.list_agencies(), s.roster.get(yte(s))),
               lambda d: d.phone.setText("0243 998 8877")),
    "new agency": (lambda s: AgencyDialog(s.roster, s.roster.list_agencies()),
                   lambda d: d.name.insert("Sở Mới")),
    "content item": (lambda s: ContentItemDialog(s.calendar, s.roster.list_agencies(),
                                                 day=date(2026, 12, 10)),
                     lambda d: d.title.insert("Tin mới")),
    "receipt": (lambda s: ReceiptDialog(s.reports, receipt_row(s), 2025, date(2025, 12, 5)),
                lambda d: d.doc_number.insert("125/BC-SYT")),
    "fanpage": (lambda s: FanpageDialog(s.fanpages, s.roster.list_agencies()),
                lambda d: d.url.insert("facebook.com/trangmoi")),
    "step": (lambda s: StepDialog(s.fanpages, [_page(s)], VerificationState.SENT),
             lambda d: d.reason.setPlainText("Gửi qua cổng hỗ trợ")),
    "proposal": (lambda s: ProposalDialog(s.fanpages, [_page(s)]),
                 lambda d: d.symbol.setText("SVHTT-KHÁC")),
    "suspect": (lambda s: ImpersonatorDialog(s.fanpages, s.roster.list_agencies(), []),
                lambda d: d.evidence.setPlainText("Ảnh chụp màn hình")),
}


@pytest.fixture(params=list(CASES))
def case(request, qtbot, services: Services) -> Iterator[tuple[EditDialog, Callable[[EditDialog], None]]]:
    opener, type_into = CASES[request.param]
    dialog = opener(services)
    qtbot.addWidget(dialog)
    yield dialog, type_into
    dialog.mark_clean()  # nothing left to ask about when the dialog is cleaned up


def _closed(dialog: QDialog) -> list[int]:
    results: list[int] = []
    dialog.finished.connect(results.append)
    return results


def test_esc_on_an_untouched_dialog_just_closes(qtbot, case, asked: Questions) -> None:
    dialog, _type = case
    closed = _closed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed == [QDialog.DialogCode.Rejected] and asked == []


def test_esc_after_typing_asks_and_no_keeps_the_input(qtbot, case, asked: Questions) -> None:
    dialog, type_into = case
    type_into(dialog)
    typed = dialog.draft()
    closed = _closed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "Discard changes?" in asked[0]
    assert closed == [] and dialog.draft() == typed, "No: the dialog stays with everything typed"
    dialog.buttons.rejected.emit()  # the Cancel button asks the same
    assert len(asked) == 2 and closed == []
    asked.answer = QMessageBox.StandardButton.Yes
    dialog.reject()
    assert closed == [QDialog.DialogCode.Rejected]


# --------------------------------------------------------------------------- conflicts
def _conflict_round(qtbot, dialog: EditDialog, other_value: str, shown_value: Callable[[], str],
                    type_mine: Callable[[], None], mine: str) -> None:
    """Save after someone else did: refused with who/when, reload, re-apply, save again — accepted."""
    type_mine()
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.general_error.isVisibleTo(dialog) and "đã được" in dialog.general_error.text()
    assert dialog.reload_button is not None and dialog.reload_button.isVisibleTo(dialog)
    dialog.buttons.accepted.emit()  # a retry with the stale version is refused again: nothing overwritten
    assert dialog.result() != QDialog.DialogCode.Accepted

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert shown_value() == other_value, "the other clerk's version is loaded"
    assert mine in dialog.general_error.text(), "the clerk's own values are listed to re-apply"
    assert len(dialog.general_error.text().splitlines()) == 2, "only what this clerk changed is listed"
    assert not dialog.reload_button.isVisibleTo(dialog)
    type_mine()
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.general_error.text()


def test_content_item_dialog_reloads_after_a_conflict(qtbot, services: Services) -> None:
    item = services.calendar.create(
        ContentDraft("Tin Sở Y tế", date(2026, 12, 10), domains=(Domain.SOCIETY,)))
    dialog = ContentItemDialog(services.calendar, services.roster.list_agencies(), item)
    qtbot.addWidget(dialog)
    services.calendar.update(item.id, item.to_draft(notes="Ghi chú của chị Lan"), item.version)
    _conflict_round(qtbot, dialog, "Ghi chú của chị Lan", dialog.notes.toPlainText,
                    lambda: dialog.title.setText("Tin Sở Y tế (sửa)"), "Tin Sở Y tế (sửa)")
    saved = services.calendar.get(item.id)
    assert saved.title == "Tin Sở Y tế (sửa)" and saved.notes == "Ghi chú của chị Lan"


def test_fanpage_dialog_reloads_after_a_conflict(qtbot, services: Services) -> None:
    page = _page(services)
    dialog = FanpageDialog(services.fanpages, services.roster.list_agencies(), page)
    qtbot.addWidget(dialog)
    services.fanpages.update(page.id, page.to_draft(notes="Đã gọi điện"), page.version)
    _conflict_round(qtbot, dialog, "Đã gọi điện", dialog.notes.toPlainText,
                    lambda: dialog.name.setText("Sở Y tế Hà Nội — chính thức"), "Sở Y tế Hà Nội — chính thức")
    saved = services.fanpages.get(page.id)
    assert saved.name == "Sở Y tế Hà Nội — chính thức" and saved.notes == "Đã gọi điện"


def test_suspect_dialog_reloads_after_a_conflict(qtbot, services: Services) -> None:
    suspect = _suspect(services)
    dialog = ImpersonatorDialog(services.fanpages, services.roster.list_agencies(), [], suspect)
    qtbot.addWidget(dialog)
    services.fanpages.impersonators.update(suspect.id, suspect.to_draft(evidence="Ảnh chụp"), suspect.version)
    _conflict_round(qtbot, dialog, "Ảnh chụp", dialog.evidence.toPlainText,
                    lambda: dialog.name.setText("Trang giả mạo Sở Y tế"), "Trang giả mạo Sở Y tế")
    assert services.fanpages.impersonators.get(suspect.id).evidence == "Ảnh chụp"


def test_receipt_dialog_reloads_after_a_conflict(qtbot, services: Services, shown_errors: list[str]) -> None:
    receipt = services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 20)))
    dialog = ReceiptDialog(services.reports, receipt_row(services, receipt), 2025, date(2025, 12, 5))
    qtbot.addWidget(dialog)
    services.reports.update(receipt.id, ReceiptDraft(yte(services), 2025, date(2025, 11, 20), "99/BC-SYT"),
                            receipt.version)

    def mine() -> None:
        dialog.figures["portal_items"].setValue(1234)

    _conflict_round(qtbot, dialog, "99/BC-SYT", dialog.doc_number.text, mine, "1234")
    assert shown_errors == [], "the refusal is shown in the dialog, beside the reload button"
    saved = services.reports.get(receipt.id)
    assert saved.doc_number == "99/BC-SYT" and saved.figures.portal_items == 1234


# --------------------------------------------------------------------------- services and local time
@pytest.fixture
def hanoi_time(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("time zones are switched with tzset (POSIX)")
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _hanoi(utc: datetime | None) -> str:
    assert utc is not None
    return f"{utc.replace(tzinfo=None) + timedelta(hours=7):%H:%M %d/%m/%Y}"


def test_stale_saves_raise_conflict_errors_in_hanoi_time(services: Services, hanoi_time: None) -> None:
    receipt = services.reports.record(ReceiptDraft(yte(services), 2025, date(2025, 11, 20)))
    newer = services.reports.update(receipt.id, ReceiptDraft(yte(services), 2025, date(2025, 11, 21)),
                                    receipt.version)
    with pytest.raises(ConflictError) as refused:
        services.reports.update(receipt.id, ReceiptDraft(yte(services), 2025, date(2025, 11, 22)),
                                receipt.version)
    assert _hanoi(newer.updated_at) in str(refused.value)

    texts = services.reports.save_texts(ReportTexts(2025, "12"), 0)
    services.reports.save_texts(ReportTexts(2025, "13"), texts.version)
    latest = services.reports.texts(2025)
    with pytest.raises(ConflictError) as refused:
        services.reports.save_texts(ReportTexts(2025, "14"), texts.version)
    assert _hanoi(latest.updated_at) in str(refused.value)

    item = services.calendar.create(ContentDraft("Tin", date(2026, 12, 10), domains=(Domain.SOCIETY,)))
    moved = services.calendar.update(item.id, item.to_draft(notes="a"), item.version)
    with pytest.raises(ConflictError) as refused:
        services.calendar.update(item.id, item.to_draft(notes="b"), item.version)
    assert _hanoi(moved.updated_at) in str(refused.value)
    assert refused.value.changed_at == _hanoi(moved.updated_at)

    page = _page(services)
    before = datetime.now(timezone.utc)
    services.fanpages.update(page.id, page.to_draft(notes="a"), page.version)
    after = datetime.now(timezone.utc)
    with pytest.raises(ConflictError) as refused:
        services.fanpages.update(page.id, page.to_draft(notes="b"), page.version)
    assert refused.value.changed_at in {_hanoi(before), _hanoi(after)}


def test_the_agency_dialog_uses_the_shared_mechanism(qtbot, services: Services) -> None:
    agency = services.roster.get(yte(services))
    dialog = AgencyDialog(services.roster, services.roster.list_agencies(), agency)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, EditDialog) and dialog.reload_button is not None
    services.roster.update(yte(services), services.roster.get(yte(services)).to_draft(phone="0243 111 2222"),
                           dialog._agency.version)
    _conflict_round(qtbot, dialog, "02431112222", dialog.phone.text,
                    lambda: dialog.email.setText("syt@hanoi.gov.vn"), "syt@hanoi.gov.vn")
    assert services.roster.get(yte(services)).email == "syt@hanoi.gov.vn"
    assert services.roster.get(yte(services)).phone == "02431112222"


def test_the_shared_questions_are_in_vietnamese(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from hanoi_desk.ui.application import install_translations

    installed = install_translations(qapp, "vi")
    try:
        assert QCoreApplication.translate("EditDialog", "Discard changes?") == "Bỏ thay đổi?"
        assert QCoreApplication.translate("EditDialog", "Reload from database") == "Tải lại bản mới nhất"
        assert QCoreApplication.translate("EditDialog", "Don't save") == "Không lưu"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
