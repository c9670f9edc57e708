"""Dialogs of the outreach tab: a site, a step of its outreach, citation requests and answers, the
proposal to the board, articles of a month, the letter templates, a site's steps.

Like the other editing dialogs, each hands its values to the outreach service and shows what was
refused beside the field concerned, keeping everything the clerk typed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.agency import AgencyKind, ContactRole
from hanoi_desk.domain.clock import Clock
from hanoi_desk.domain.fanpage import AddressError
from hanoi_desk.domain.outreach import (
    CONTACT_METHODS,
    PLACEHOLDERS,
    SITE_KINDS,
    CitationState,
    LetterSettings,
    OutreachSite,
    OutreachState,
    OutreachStep,
    Permission,
    PressAgency,
    ProposalRequest,
    SiteDraft,
    canonical_site,
)
from hanoi_desk.services.outreach import FIELD_LABELS, OutreachService
from hanoi_desk.ui.widgets.contacts import ContactsModel
from hanoi_desk.ui.widgets.edit_dialog import EditDialog
from hanoi_desk.ui.widgets.fields import FieldErrors, OptionalDateEdit
from hanoi_desk.ui.widgets.table_model import Column, read_only_view


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date, month_only: bool = False) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(not month_only)
    edit.setDisplayFormat("MM/yyyy" if month_only else "dd/MM/yyyy")
    return edit


def _ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Cancel"))
    buttons.rejected.connect(dialog.reject)
    return buttons


# ----------------------------------------------------------------------------- the site
class SiteDialog(FieldErrors, EditDialog):
    """Add or edit a site: the roster's data (name, domain, licence, reach, people) and the outreach's
    own (the company running it, the office's staff member following it, notes)."""

    reapply_skip = frozenset({"contacts"})

    def __init__(
        self, outreach: OutreachService, site: OutreachSite | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._outreach = outreach
        self._site = site
        self._saved: OutreachSite | None = None
        self._errors = {}
        self._build_ui()
        self._connect()
        self.set_draft(site.to_draft() if site else SiteDraft(name="", contacts=()))
        self.field_labels = dict(FIELD_LABELS)
        self.mark_clean()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit site") if self._site else self.tr("New site"))
        self.setMinimumWidth(860)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in SITE_KINDS:
            self.kind.addItem(kind.label, kind.value)
        self.address = QLineEdit()
        self.address.setPlaceholderText("baomoi.com")
        self.canonical = QLabel()
        self.canonical.setStyleSheet("color: #555;")
        self.licence_number = QLineEdit()
        self.licence_date = OptionalDateEdit()
        self.licence_issuer = QLineEdit()
        self.monthly_reach = QSpinBox()
        self.monthly_reach.setRange(0, 2_000_000_000)
        self.monthly_reach.setGroupSeparatorShown(True)
        self.monthly_reach.setSpecialValueText(" ")
        self.operator = QLineEdit()
        self.staff = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        address_box = QWidget()
        address_layout = QVBoxLayout(address_box)
        address_layout.setContentsMargins(0, 0, 0, 0)
        address_layout.setSpacing(1)
        address_layout.addWidget(self.address)
        address_layout.addWidget(self.canonical)
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("Site or network name *"), self.name),
            ("kind", self.tr("Kind"), self.kind),
            ("address", self.tr("Domain"), address_box),
            ("licence_number", self.tr("Licence number"), self.licence_number),
            ("licence_date", self.tr("Licence date"), self.licence_date),
            ("licence_issuer", self.tr("Issued by"), self.licence_issuer),
            ("monthly_reach", self.tr("Monthly visits / members"), self.monthly_reach),
            ("operator", self.tr("Company running it"), self.operator),
            ("staff", self.tr("Our staff following it"), self.staff),
            ("notes", self.tr("Notes"), self.notes),
        ):
            form.addRow(label, self._with_error(key, widget))
        self.contacts_model = ContactsModel([], self)
        self.contacts_view = QTableView()
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_person = QPushButton(self.tr("Add person in charge"))
        self.add_monitor = QPushButton(self.tr("Add monitoring staff"))
        self.remove_contact = QPushButton(self.tr("Remove"))
        contact_buttons = QHBoxLayout()
        for button in (self.add_person, self.add_monitor, self.remove_contact):
            contact_buttons.addWidget(button)
        contact_buttons.addStretch()
        contacts_box = QGroupBox(self.tr("People of the site"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts_view)
        contacts_layout.addLayout(contact_buttons)
        self._errors["contacts"] = self._error_label()
        contacts_layout.addWidget(self._errors["contacts"])
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.add_reload_button(self.buttons)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addWidget(contacts_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._on_address_text_changed)
        self.add_person.clicked.connect(lambda: self._add_contact(ContactRole.FOCAL_POINT))
        self.add_monitor.clicked.connect(lambda: self._add_contact(ContactRole.MONITORING))
        self.remove_contact.clicked.connect(self._on_remove_contact_clicked)

    def set_draft(self, draft: SiteDraft) -> None:
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind.value)))
        self.address.setText(draft.address)
        self.licence_number.setText(draft.licence_number)
        self.licence_date.set_value(draft.licence_date)
        self.licence_issuer.setText(draft.licence_issuer)
        self.monthly_reach.setValue(draft.monthly_reach or 0)
        self.operator.setText(draft.operator)
        self.staff.setText(draft.staff)
        self.notes.setPlainText(draft.notes)
        self.contacts_model = ContactsModel(draft.contacts or (), self)
        self.contacts_view.setModel(self.contacts_model)
        self._on_address_text_changed(self.address.text())

    def draft(self) -> SiteDraft:
        return SiteDraft(
            name=self.name.text(),
            kind=AgencyKind(self.kind.currentData()),
            address=self.address.text(),
            licence_number=self.licence_number.text(),
            licence_date=self.licence_date.value(),
            licence_issuer=self.licence_issuer.text(),
            monthly_reach=self.monthly_reach.value() or None,
            operator=self.operator.text(),
            staff=self.staff.text(),
            notes=self.notes.toPlainText(),
            contacts=self.contacts_model.drafts(),
        )

    def saved(self) -> OutreachSite | None:
        return self._saved

    def load_latest(self) -> None:
        """After a conflict: the site as last saved, whose versions the next save carries."""
        if self._site is not None:
            self._site = self._outreach.get(self._site.id)
            self.set_draft(self._site.to_draft())

    def _on_address_text_changed(self, text: str) -> None:
        if not text.strip():
            self.canonical.setText(self.tr("The site's domain, in any shape (https://www.…/ is fine)."))
            return
        try:
            self.canonical.setText(
                self.tr("Will be stored as: %1").replace("%1", canonical_site(text).domain)
            )
        except AddressError as error:
            self.canonical.setText(str(error))

    def _add_contact(self, role: ContactRole) -> None:
        index = self.contacts_model.add(role)
        self.contacts_view.setCurrentIndex(index)
        self.contacts_view.edit(index)

    def _on_remove_contact_clicked(self) -> None:
        self.contacts_model.remove(self.contacts_view.currentIndex().row())

    def _on_buttons_accepted(self) -> None:
        site = self._site
        self.save_with(
            lambda: (
                self._outreach.create_site(self.draft())
                if site is None
                else self._outreach.update_site(site.id, self.draft(), site.version, site.outreach_version)
            )
        )


# ----------------------------------------------------------------------------- a step
class StepDialog(FieldErrors, EditDialog):
    """Record one step of a site's outreach: the date always; how and by whom for a contact, the
    column's address, the reason of a refusal or a pause."""

    def __init__(
        self,
        outreach: OutreachService,
        site: OutreachSite,
        target: OutreachState,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outreach = outreach
        self.site = site
        self.target = target
        self._errors = {}
        self.setWindowTitle(self.tr("Outreach: %1").replace("%1", target.label))
        self.setMinimumWidth(560)
        heading = QLabel(
            self.tr("“%1” (now: %2) will be marked “%3”.")
            .replace("%1", html.escape(site.name))
            .replace("%2", site.state.label)
            .replace("%3", target.label)
        )
        heading.setWordWrap(True)
        self.day = date_edit(clock.today())
        self.how = QComboBox()
        self.how.setEditable(True)
        self.how.addItems(list(CONTACT_METHODS))
        self.how.setCurrentIndex(-1)
        self.staff = QLineEdit(site.staff)
        self.column_url = QLineEdit(site.column_url)
        self.column_url.setPlaceholderText(f"https://{site.domain or 'trang.vn'}/ha-noi")
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Date"), self._with_error("day", self.day))
        if target is OutreachState.CONTACTED:
            form.addRow(self.tr("Contacted by"), self._with_error("how", self.how))
        form.addRow(self.tr("By (our staff)"), self._with_error("staff", self.staff))
        if target is OutreachState.COLUMN:
            form.addRow(self.tr("Hanoi column (URL)"), self._with_error("column_url", self.column_url))
        stopping = target in (OutreachState.REFUSED, OutreachState.PAUSED)
        form.addRow(
            self.tr("Reason") if stopping else self.tr("Note"), self._with_error("reason", self.reason)
        )
        self.general_error = self._error_label()
        self.buttons = _ok_cancel(self, self.tr("Record the step"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def draft(self) -> tuple[date, str, str, str, str]:
        return (
            self.day.date().toPython(),
            self.how.currentText(),
            self.staff.text(),
            self.column_url.text(),
            self.reason.toPlainText(),
        )

    def load_latest(self) -> None:
        self.site = self._outreach.get(self.site.id)

    def _on_buttons_accepted(self) -> None:
        day, how, staff, column_url, reason = self.draft()
        self.save_with(
            lambda: self._outreach.move(
                self.site.id,
                self.target,
                day,
                how=how,
                staff=staff,
                reason=reason,
                column_url=column_url if self.target is OutreachState.COLUMN else "",
                expected_outreach_version=self.site.outreach_version,
            )
        )


# ----------------------------------------------------------------------------- citation permissions
class RequestDialog(FieldErrors, EditDialog):
    """The site asks to quote some of the city's press agencies (those of today: merged ones are
    asked through the agency they became)."""

    def __init__(
        self,
        outreach: OutreachService,
        site: OutreachSite,
        press: Sequence[PressAgency],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outreach = outreach
        self.site = site
        self._errors = {}
        self.setWindowTitle(self.tr("Ask to quote — %1").replace("%1", site.name))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Press agencies “%1” asks to quote. They go into the next proposal to the board."
            ).replace("%1", html.escape(site.name))
        )
        intro.setWordWrap(True)
        held = set(site.allowed) | set(site.pending)
        self.press = QListWidget()
        for agency in press:
            item = QListWidgetItem(agency.name)
            item.setData(Qt.ItemDataRole.UserRole, agency.id)
            if agency.name in held:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("%1 (already asked or allowed)").replace("%1", agency.name))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.press.addItem(item)
        self.day = date_edit(clock.today())
        form = QFormLayout()
        form.addRow(self.tr("Asked on"), self._with_error("day", self.day))
        self.general_error = self._error_label()
        self._errors["press"] = self.general_error
        self.buttons = _ok_cancel(self, self.tr("Record the request"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.press, 1)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def chosen(self) -> list[int]:
        return [
            self.press.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.press.count())
            if self.press.item(i).checkState() == Qt.CheckState.Checked
        ]

    def draft(self) -> tuple[tuple[int, ...], date]:
        return tuple(self.chosen()), self.day.date().toPython()

    def load_latest(self) -> None:
        self.site = self._outreach.get(self.site.id)

    def _on_buttons_accepted(self) -> None:
        press, day = self.draft()
        self.save_with(lambda: self._outreach.request_permissions(self.site.id, press, day))


class DecisionDialog(FieldErrors, EditDialog):
    """The press agency's (or the board's) answer to one or more requests: allowed or refused."""

    def __init__(
        self,
        outreach: OutreachService,
        permissions: Sequence[Permission],
        target: CitationState,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outreach = outreach
        self.permissions = list(permissions)
        self.target = target
        self._errors = {}
        self.setWindowTitle(self.tr("Citation: %1").replace("%1", target.label))
        self.setMinimumWidth(560)
        lines = "<br>".join(
            f"• {html.escape(p.site_name)} — {html.escape(p.press_name)}" for p in self.permissions[:8]
        ) + ("<br>…" if len(self.permissions) > 8 else "")
        heading = QLabel(
            self.tr("%1 request(s) will be marked “%2”:")
            .replace("%1", str(len(self.permissions)))
            .replace("%2", target.label)
            + "<br>"
            + lines
        )
        heading.setWordWrap(True)
        self.day = date_edit(clock.today())
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("e.g. Công văn số 123/BTGDVTU ngày 10/12/2026"))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Date of the answer"), self._with_error("day", self.day))
        form.addRow(self.tr("Document"), self._with_error("document", self.document))
        refused = target is CitationState.REFUSED
        form.addRow(self.tr("Reason") if refused else self.tr("Note"), self._with_error("note", self.note))
        self.general_error = self._error_label()
        self.buttons = _ok_cancel(self, self.tr("Record the answer"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def draft(self) -> tuple[date, str, str]:
        return self.day.date().toPython(), self.document.text(), self.note.toPlainText()

    def load_latest(self) -> None:
        ids = {p.id for p in self.permissions}
        self.permissions = [p for p in self._outreach.list_permissions() if p.id in ids]

    def _on_buttons_accepted(self) -> None:
        day, document, note = self.draft()
        self.save_with(
            lambda: self._outreach.decide(
                [p.id for p in self.permissions],
                self.target,
                day,
                document=document,
                note=note,
                expected_versions={p.id: p.version for p in self.permissions},
            )
        )


class ProposalDialog(FieldErrors, EditDialog):
    """The requests the letter will carry, listed so nothing goes unseen, and its date."""

    def __init__(
        self, requests: Sequence[ProposalRequest], clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.requests = list(requests)
        self._errors = {}
        self.setWindowTitle(self.tr("Propose to the board"))
        self.resize(900, 440)
        press = len({p for r in self.requests for p in r.press})
        intro = QLabel(
            self.tr(
                "The official letter asking the party's propaganda board to have the city's press allow "
                "%1 site(s) to quote %2 press agency(ies). The requests are marked “sent” with the letter's "
                "date; its number is left blank for the clerk's register."
            )
            .replace("%1", str(len(self.requests)))
            .replace("%2", str(press))
        )
        intro.setWordWrap(True)
        self.list = read_only_view(
            self,
            [
                Column(self.tr("Site"), lambda r: r.site.name),
                Column(self.tr("Domain"), lambda r: r.site.domain),
                Column(self.tr("Licence"), lambda r: r.site.licence_text),
                Column(self.tr("Press agencies asked"), lambda r: "; ".join(r.press)),
            ],
            self.requests,
        )
        self.day = date_edit(clock.today())
        form = QFormLayout()
        form.addRow(self.tr("Date of the letter"), self._with_error("day", self.day))
        self.general_error = self._error_label()
        self.buttons = _ok_cancel(self, self.tr("Write the letter…"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def draft(self) -> date:
        return self.day.date().toPython()

    def load_latest(self) -> None:  # nothing is saved by this dialog itself
        return


# ----------------------------------------------------------------------------- articles
class ArticlesDialog(FieldErrors, EditDialog):
    """Articles a site carried in one month beyond those the calendar records (the site's own report)."""

    def __init__(
        self,
        outreach: OutreachService,
        site_id: int,
        site_name: str,
        month: date,
        entered: int,
        from_calendar: int,
        note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outreach = outreach
        self.site_id = site_id
        self._errors = {}
        self.setWindowTitle(self.tr("Articles about Hanoi — %1").replace("%1", site_name))
        self.setMinimumWidth(480)
        self.month = date_edit(month, month_only=True)
        self.count = QSpinBox()
        self.count.setRange(0, 1_000_000)
        self.count.setValue(entered)
        self.note = QPlainTextEdit(note)
        self.note.setFixedHeight(54)
        self.calendar = QLabel(
            self.tr(
                "The calendar records %1 article(s) on this site that month; enter only the others."
            ).replace("%1", str(from_calendar))
        )
        self.calendar.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Month"), self._with_error("month", self.month))
        form.addRow(self.calendar)
        form.addRow(self.tr("Other articles"), self._with_error("count", self.count))
        form.addRow(self.tr("Source, note"), self._with_error("note", self.note))
        self.general_error = self._error_label()
        self.buttons = _ok_cancel(self, self.tr("Save"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.mark_clean()

    def draft(self) -> tuple[date, int, str]:
        return self.month.date().toPython().replace(day=1), self.count.value(), self.note.toPlainText()

    def load_latest(self) -> None:
        return

    def _on_buttons_accepted(self) -> None:
        month, count, note = self.draft()
        self.save_with(lambda: self._outreach.set_articles(self.site_id, month, count, note))


# ----------------------------------------------------------------------------- letter templates
class LettersDialog(FieldErrors, EditDialog):
    """The wording of the outreach letters, shared by every workstation: the proposal's addressee and
    recipients, and the invitation to open a column (a template with {words} filled per site)."""

    def __init__(self, outreach: OutreachService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outreach = outreach
        self._errors = {}
        self.setWindowTitle(self.tr("Outreach letters"))
        self.resize(780, 720)
        self.citation_addressee = QLineEdit()
        self.citation_recipients = QPlainTextEdit()
        self.citation_recipients.setFixedHeight(70)
        self.invitation_subject = QLineEdit()
        self.invitation_body = QPlainTextEdit()
        self.invitation_recipients = QPlainTextEdit()
        self.invitation_recipients.setFixedHeight(54)
        legend = QLabel(
            self.tr("Words replaced in the invitation: %1. A blank line starts a new paragraph.").replace(
                "%1", ", ".join(f"{{{k}}} ({v})" for k, v in PLACEHOLDERS.items())
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        citation = QGroupBox(self.tr("Proposal to the board on citation permissions"))
        citation_form = QFormLayout(citation)
        citation_form.addRow(
            self.tr("Addressed to"), self._with_error("citation_addressee", self.citation_addressee)
        )
        citation_form.addRow(
            self.tr("Copies to (one a line)"),
            self._with_error("citation_recipients", self.citation_recipients),
        )
        invitation = QGroupBox(self.tr("Invitation to open a Hanoi column"))
        invitation_form = QFormLayout(invitation)
        invitation_form.addRow(
            self.tr("Subject (V/v)"), self._with_error("invitation_subject", self.invitation_subject)
        )
        invitation_form.addRow(self.tr("Text"), self._with_error("invitation_body", self.invitation_body))
        invitation_form.addRow(legend)
        invitation_form.addRow(
            self.tr("Copies to (one a line)"),
            self._with_error("invitation_recipients", self.invitation_recipients),
        )
        self.general_error = self._error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.restore_button = self.buttons.addButton(
            self.tr("Default wording"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(lambda: self.set_values(LetterSettings()))
        layout = QVBoxLayout(self)
        layout.addWidget(citation)
        layout.addWidget(invitation, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.set_values(outreach.letter_settings())
        self.mark_clean()

    def set_values(self, letters: LetterSettings) -> None:
        self.citation_addressee.setText(letters.citation_addressee)
        self.citation_recipients.setPlainText("\n".join(letters.citation_recipients))
        self.invitation_subject.setText(letters.invitation_subject)
        self.invitation_body.setPlainText(letters.invitation_body)
        self.invitation_recipients.setPlainText("\n".join(letters.invitation_recipients))

    def draft(self) -> LetterSettings:
        return LetterSettings(
            citation_addressee=self.citation_addressee.text(),
            citation_recipients=tuple(self.citation_recipients.toPlainText().splitlines()),
            invitation_subject=self.invitation_subject.text(),
            invitation_body=self.invitation_body.toPlainText(),
            invitation_recipients=tuple(self.invitation_recipients.toPlainText().splitlines()),
        )

    def load_latest(self) -> None:
        self.set_values(self._outreach.letter_settings())

    def _on_buttons_accepted(self) -> None:
        self.save_with(lambda: self._outreach.save_letter_settings(self.draft()))


# ----------------------------------------------------------------------------- a site's steps
class StepsDialog(QDialog):
    """Every step of one site's outreach, with who recorded it; the full change history one click away."""

    sig_history_requested = Signal(str, object, str)
    """The clerk asked for every change of the site (table, record id, label)."""

    def __init__(
        self, site: OutreachSite, steps: Sequence[OutreachStep], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.site = site
        self.setWindowTitle(self.tr("Outreach history — %1").replace("%1", site.name))
        self.resize(820, 340)
        self.table = read_only_view(
            self,
            [
                Column(self.tr("Date"), lambda s: s.day),
                Column(self.tr("Step"), lambda s: s.state.label),
                Column(self.tr("Contacted by"), lambda s: s.how),
                Column(self.tr("Staff"), lambda s: s.staff),
                Column(self.tr("Reason / note"), lambda s: s.note),
                Column(self.tr("Recorded by"), lambda s: s.recorded_by),
            ],
            steps,
        )
        info = QLabel(
            self.tr("Now: %1.").replace("%1", site.state.label)
            if steps
            else self.tr("Not approached yet: no step recorded.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.changes_button = buttons.addButton(
            self.tr("All changes…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        self.changes_button.clicked.connect(self._on_changes_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _on_changes_clicked(self) -> None:
        self.sig_history_requested.emit("agency", self.site.id, self.site.name)
