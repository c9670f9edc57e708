"""Dialogs of the fanpage tab: a page, a verification step, a proposal letter, history, suspected pages.

Like the agency dialog, each hands its draft to the fanpage service and shows what was refused beside
the field concerned, keeping everything the clerk typed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.agency import Agency
from hanoi_desk.domain.documents import Numbering
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.fanpage import (
    AddressError,
    Fanpage,
    FanpageDraft,
    Impersonator,
    ImpersonatorDraft,
    ImpersonatorStatus,
    NameCheck,
    Platform,
    VerificationEvent,
    VerificationState,
    canonical_page,
)
from hanoi_desk.domain.text import fold, sort_key
from hanoi_desk.services.fanpages import FanpageService
from hanoi_desk.ui.widgets.agency_picker import agency_combo as folded_agency_combo
from hanoi_desk.ui.widgets.edit_dialog import EditDialog
from hanoi_desk.ui.widgets.fields import FieldErrors, OptionalDateEdit
from hanoi_desk.ui.widgets.table_model import Column, read_only_view

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def agency_combo(agencies: Sequence[Agency], parent: QWidget | None = None) -> QComboBox:
    """An agency picker that finds "so y te" and "SYT" as the clerk types (folded, any part)."""
    return folded_agency_combo(
        ((f"{a.name} ({a.short_name})" if a.short_name else a.name, a.id)
         for a in sorted(agencies, key=lambda a: sort_key(a.name))),
        parent,
    )


def combo_agency_id(combo: QComboBox) -> int | None:
    """The agency chosen, also when the clerk typed a name without picking it from the list."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index < 0:
        key = fold(text)
        index = next((i for i in range(combo.count()) if fold(combo.itemText(i)).startswith(key)), -1)
    return combo.itemData(index) if index >= 0 else combo.currentData()


class FanpageDialog(FieldErrors, EditDialog):
    """Add or edit one page; the address is shown as it will be stored while it is typed."""

    def __init__(
        self,
        fanpages: FanpageService,
        agencies: Sequence[Agency],
        page: Fanpage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fanpages = fanpages
        self._page = page
        self._saved: Fanpage | None = None
        self._errors = {}
        self._build_ui(agencies)
        self._connect()
        if page is not None:
            self.set_draft(page.to_draft())
        self._on_url_text_changed(self.url.text())
        self.mark_clean()

    def _build_ui(self, agencies: Sequence[Agency]) -> None:
        self.setWindowTitle(self.tr("Edit page") if self._page else self.tr("New page"))
        self.setMinimumWidth(620)
        self.agency = agency_combo(agencies, self)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://www.facebook.com/…")
        self.canonical = QLabel()
        self.canonical.setStyleSheet("color: #555;")
        self.canonical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("(from the address)"), None)
        for platform in Platform:
            self.platform.addItem(platform.label, platform.value)
        self.name = QLineEdit()
        self.platform_id = QLineEdit()
        self.followers = QSpinBox()
        self.followers.setRange(0, 2_000_000_000)
        self.followers.setGroupSeparatorShown(True)
        self.followers.setSpecialValueText(" ")
        self.followers_on = OptionalDateEdit()
        self.official = QCheckBox(self.tr("Official page of the agency"))
        self.official.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        url_box = QWidget()
        url_layout = QVBoxLayout(url_box)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.setSpacing(1)
        url_layout.addWidget(self.url)
        url_layout.addWidget(self.canonical)
        for key, label, widget in (
            ("agency_id", self.tr("Agency *"), self.agency),
            ("url", self.tr("Address (URL) *"), url_box),
            ("platform", self.tr("Platform"), self.platform),
            ("name", self.tr("Page name *"), self.name),
            ("platform_id", self.tr("ID on the platform"), self.platform_id),
            ("followers", self.tr("Followers"), self.followers),
            ("followers_on", self.tr("Counted on"), self.followers_on),
            ("official", "", self.official),
            ("notes", self.tr("Notes"), self.notes),
        ):
            form.addRow(label, self._with_error(key, widget))
            self.field_labels[key] = label.rstrip(" *") or self.tr("Official page of the agency")
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.add_reload_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.url.textChanged.connect(self._on_url_text_changed)

    def set_draft(self, draft: FanpageDraft) -> None:
        index = self.agency.findData(draft.agency_id)
        self.agency.setCurrentIndex(max(index, 0))
        self.url.setText(draft.url)
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(draft.platform.value if draft.platform else None))
        )
        self.name.setText(draft.name)
        self.platform_id.setText(draft.platform_id)
        self.followers.setValue(draft.followers or 0)
        self.followers_on.set_value(draft.followers_on)
        self.official.setChecked(draft.official)
        self.notes.setPlainText(draft.notes)

    def draft(self) -> FanpageDraft:
        platform = self.platform.currentData()
        return FanpageDraft(
            agency_id=combo_agency_id(self.agency),
            url=self.url.text(),
            name=self.name.text(),
            platform=Platform(platform) if platform else None,
            platform_id=self.platform_id.text(),
            followers=self.followers.value() or None,
            followers_on=self.followers_on.value(),
            official=self.official.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def saved(self) -> Fanpage | None:
        return self._saved

    def load_latest(self) -> None:
        """After a conflict: the page as last saved, whose version the next save carries."""
        if self._page is not None:
            self._page = self._fanpages.get(self._page.id)
            self.set_draft(self._page.to_draft())

    def _on_url_text_changed(self, text: str) -> None:
        if not text.strip():
            self.canonical.setText(self.tr("Paste the address of the page; any shape of it is understood."))
            return
        try:
            address = canonical_page(text)
        except AddressError as error:
            self.canonical.setText(str(error))
            return
        self.canonical.setText(
            self.tr("Will be stored as: %1 (%2)")
            .replace("%1", address.url)
            .replace("%2", address.platform.label)
        )

    def _on_buttons_accepted(self) -> None:
        page = self._page
        self.save_with(lambda: self._fanpages.create(self.draft()) if page is None
                       else self._fanpages.update(page.id, self.draft(), page.version))


class StepDialog(FieldErrors, EditDialog):
    """Record one verification step (sent, verified, refused, badge lost, or a proposal made elsewhere)."""

    def __init__(
        self,
        fanpages: FanpageService,
        pages: Sequence[Fanpage],
        target: VerificationState,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fanpages = fanpages
        self._pages = list(pages)
        self.target = target
        self._errors = {}
        self.setWindowTitle(self.tr("Verification: %1").replace("%1", target.label))
        self.setMinimumWidth(520)
        names = "<br>".join(
            f"• {html.escape(p.name)} — {html.escape(p.agency_name)}" for p in self._pages[:8]
        )
        if len(self._pages) > 8:
            names += "<br>…"
        heading = QLabel(
            self.tr("%1 page(s) will be marked “%2”:")
            .replace("%1", str(len(self._pages)))
            .replace("%2", target.label)
            + "<br>"
            + names
        )
        heading.setWordWrap(True)
        self.day = QDateEdit(_qdate(fanpages.clock.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.letter_number = QLineEdit()
        self.letter_number.setPlaceholderText("123/STTTT-TTBCXB")
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Date"), self._with_error("day", self.day))
        if target is VerificationState.PROPOSED:
            form.addRow(self.tr("Letter number"), self._with_error("letter_number", self.letter_number))
        if target in (
            VerificationState.REFUSED,
            VerificationState.LOST,
            VerificationState.SENT,
            VerificationState.VERIFIED,
        ):
            label = (
                self.tr("Reason")
                if target in (VerificationState.REFUSED, VerificationState.LOST)
                else self.tr("Note")
            )
            form.addRow(label, self._with_error("reason", self.reason))
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def draft(self) -> tuple[date, str, str]:
        return self.day.date().toPython(), self.letter_number.text(), self.reason.toPlainText()

    def _on_buttons_accepted(self) -> None:
        self.show_errors(None)
        try:
            self._fanpages.transition(
                [p.id for p in self._pages],
                self.target,
                self.day.date().toPython(),
                letter_number=self.letter_number.text(),
                reason=self.reason.toPlainText(),
                expected_versions={p.id: p.version for p in self._pages},
            )
        except ValidationError as error:
            self.show_errors(error)
            return
        self.accept()


class ProposalDialog(FieldErrors, EditDialog):
    """Date the proposal letters (one per platform company); the pages they cover are listed so nothing
    goes unseen. The number is the văn thư's to give, or the register's, as Settings say."""

    def __init__(
        self, fanpages: FanpageService, pages: Sequence[Fanpage], parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._fanpages = fanpages
        self.pages = list(pages)
        self._errors = {}
        self.setWindowTitle(self.tr("Propose verification"))
        self.resize(900, 480)
        today = today or fanpages.clock.today()
        self.groups = fanpages.letters.groups(self.pages)
        intro = QLabel(
            self.tr(
                "The official letters asking the platforms to verify %1 page(s) of %2 agency(ies), one "
                "letter per company: %3. The pages are marked “proposed” with the letter's date (and number)."
            )
            .replace("%1", str(len(self.pages)))
            .replace("%2", str(len({p.agency_id for p in self.pages})))
            .replace("%3", "; ".join(f"{company} ({len(group)})" for company, group in self.groups))
        )
        intro.setWordWrap(True)
        self.list = read_only_view(
            self,
            [
                Column(self.tr("Agency"), lambda p: p.agency_name),
                Column(self.tr("Platform"), lambda p: p.platform.label),
                Column(self.tr("Page name"), lambda p: p.name),
                Column(self.tr("Link"), lambda p: p.url),
            ],
            self.pages,
        )
        self.day = QDateEdit(_qdate(today))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.number = QLineEdit()
        self.number.setMaxLength(6)
        self.register = fanpages.letters.numbering() is Numbering.REGISTER
        if self.register:
            self.number.setEnabled(False)
            self.number.setPlaceholderText(self.tr("taken from the register when the letters are written"))
        elif len(self.groups) > 1:
            self.number.setEnabled(False)
            self.number.setPlaceholderText(self.tr("left blank: the văn thư numbers each letter"))
        else:
            self.number.setPlaceholderText(
                self.tr("empty: the văn thư writes it in when the letter is issued"))
        self.symbol = QLineEdit(fanpages.letters.symbol())
        form = QFormLayout()
        form.addRow(self.tr("Letter number"), self._with_error("number", self.number))
        form.addRow(self.tr("Symbol"), self._with_error("symbol", self.symbol))
        form.addRow(self.tr("Date"), self._with_error("day", self.day))
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write the letters…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def draft(self) -> tuple[str, str, date]:
        return self.number.text(), self.symbol.text(), self.day.date().toPython()

    def _on_buttons_accepted(self) -> None:
        self.show_errors(None)
        text = self.number.text().strip()
        if text and not (text.isdigit() and int(text) > 0):
            self.show_errors(ValidationError(Problem("number", self.tr(
                "A number is digits only (e.g. 125); leave it empty for the văn thư."))))
            return
        self.accept()

    def values(self) -> tuple[int | None, str, date]:
        text = self.number.text().strip()
        return (int(text) if text.isdigit() else None), self.symbol.text(), self.day.date().toPython()


class HistoryDialog(QDialog):
    """Every verification step of one page, with who recorded it."""

    def __init__(
        self, page: Fanpage, events: Sequence[VerificationEvent], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verification history — %1").replace("%1", page.name))
        self.resize(720, 320)
        self.table = read_only_view(
            self,
            [
                Column(self.tr("Date"), lambda e: e.day),
                Column(self.tr("Step"), lambda e: e.state.label),
                Column(self.tr("Letter number"), lambda e: e.letter_number),
                Column(self.tr("Reason / note"), lambda e: e.note),
                Column(self.tr("Recorded by"), lambda e: e.recorded_by),
            ],
            events,
        )
        info = QLabel(
            self.tr("Registered on %1. Current state: %2.")
            .replace("%1", f"{page.registered_on:%d/%m/%Y}")
            .replace("%2", page.state.label)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


class ImpersonatorDialog(FieldErrors, EditDialog):
    """Add or edit a suspected page; left empty, the imitated page is found by comparing names."""

    def __init__(
        self,
        fanpages: FanpageService,
        agencies: Sequence[Agency],
        officials: Sequence[Fanpage],
        item: Impersonator | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fanpages = fanpages
        self._item = item
        self._saved: Impersonator | None = None
        self._errors = {}
        self.setWindowTitle(self.tr("Edit suspected page") if item else self.tr("New suspected page"))
        self.setMinimumWidth(620)
        self.url = QLineEdit()
        self.name = QLineEdit()
        self.platform = QComboBox()
        self.platform.addItem(self.tr("(from the address)"), None)
        for platform in Platform:
            self.platform.addItem(platform.label, platform.value)
        self.agency = agency_combo(agencies, self)
        self.fanpage = QComboBox()
        self.fanpage.addItem(self.tr("(find by name)"), None)
        for page in sorted(officials, key=lambda p: (sort_key(p.agency_name), sort_key(p.name))):
            self.fanpage.addItem(f"{page.name} — {page.platform.label} — {page.agency_name}", page.id)
        self.found_on = OptionalDateEdit()
        self.found_on.set_value(fanpages.clock.today())
        self.reported_on = OptionalDateEdit()
        self.status = QComboBox()
        for status in ImpersonatorStatus:
            self.status.addItem(status.label, status.value)
        self.evidence = QPlainTextEdit()
        self.evidence.setFixedHeight(70)
        form = QFormLayout()
        for key, label, widget in (
            ("url", self.tr("Address (URL) *"), self.url),
            ("name", self.tr("Page name *"), self.name),
            ("platform", self.tr("Platform"), self.platform),
            ("agency_id", self.tr("Agency imitated"), self.agency),
            ("fanpage_id", self.tr("Official page imitated"), self.fanpage),
            ("found_on", self.tr("Found on"), self.found_on),
            ("reported_on", self.tr("Reported on"), self.reported_on),
            ("status", self.tr("Status"), self.status),
            ("evidence", self.tr("Evidence"), self.evidence),
        ):
            form.addRow(label, self._with_error(key, widget))
            self.field_labels[key] = label.rstrip(" *") or self.tr("Official page of the agency")
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.add_reload_button(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if item is not None:
            self.set_draft(item.to_draft())
        self.mark_clean()

    def set_draft(self, draft: ImpersonatorDraft) -> None:
        self.url.setText(draft.url)
        self.name.setText(draft.name)
        self.platform.setCurrentIndex(
            max(0, self.platform.findData(draft.platform.value if draft.platform else None))
        )
        self.agency.setCurrentIndex(max(0, self.agency.findData(draft.agency_id)))
        self.fanpage.setCurrentIndex(max(0, self.fanpage.findData(draft.fanpage_id)))
        self.found_on.set_value(draft.found_on)
        self.reported_on.set_value(draft.reported_on)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status.value)))
        self.evidence.setPlainText(draft.evidence)

    def draft(self) -> ImpersonatorDraft:
        platform = self.platform.currentData()
        return ImpersonatorDraft(
            url=self.url.text(),
            name=self.name.text(),
            platform=Platform(platform) if platform else None,
            agency_id=combo_agency_id(self.agency),
            fanpage_id=self.fanpage.currentData(),
            found_on=self.found_on.value(),
            reported_on=self.reported_on.value(),
            status=ImpersonatorStatus(self.status.currentData()),
            evidence=self.evidence.toPlainText(),
        )

    def saved(self) -> Impersonator | None:
        return self._saved

    def load_latest(self) -> None:
        """After a conflict: the suspected page as last saved, whose version the next save carries."""
        if self._item is not None:
            self._item = self._fanpages.impersonators.get(self._item.id)
            self.set_draft(self._item.to_draft())

    def _on_buttons_accepted(self) -> None:
        item = self._item
        self.save_with(lambda: self._fanpages.impersonators.create(self.draft()) if item is None
                       else self._fanpages.impersonators.update(item.id, self.draft(), item.version))


class NameCheckDialog(QDialog):
    """What the comparison of the whole registry found: likely imitators, and confusable official pages."""

    def __init__(self, check: NameCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Look-alike names"))
        self.resize(820, 420)
        self.tabs = QTabWidget()
        score = Column(self.tr("Similarity"), lambda f: f"{f.score}%", align=_RIGHT)
        self.imitators = read_only_view(
            self,
            [
                Column(self.tr("Suspected page"), lambda f: f.subject_name),
                Column(self.tr("Looks like"), lambda f: f.target_name),
                Column(self.tr("Agency"), lambda f: f.target_agency),
                score,
            ],
            check.imitators,
        )
        self.confusable = read_only_view(
            self,
            [
                Column(self.tr("Page"), lambda f: f.subject_name),
                Column(self.tr("Agency"), lambda f: f.subject_agency),
                Column(self.tr("Close to"), lambda f: f.target_name),
                Column(self.tr("Of agency"), lambda f: f.target_agency),
                score,
            ],
            check.confusable,
        )
        self.tabs.addTab(
            self.imitators, self.tr("Likely imitators (%1)").replace("%1", str(len(check.imitators)))
        )
        self.tabs.addTab(
            self.confusable,
            self.tr("Confusable pages of different agencies (%1)").replace("%1", str(len(check.confusable))),
        )
        note = QLabel(
            self.tr(
                "Names are compared without diacritics, abbreviations (UBND, P., TP) expanded and "
                "words such as “fanpage” or “chính thức” ignored. A suspected page that names no "
                "imitated page now has its best match recorded."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
