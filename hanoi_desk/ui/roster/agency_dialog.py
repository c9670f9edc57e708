"""Add or edit one agency, its licence data and its contacts; errors appear beside the fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.agency import Agency, AgencyDraft, AgencyKind, ContactRole
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.text import sort_key
from hanoi_desk.services.roster import FIELD_LABELS, RosterService
from hanoi_desk.ui.widgets.contacts import ContactsModel
from hanoi_desk.ui.widgets.edit_dialog import EditDialog
from hanoi_desk.ui.widgets.fields import FieldErrors, OptionalDateEdit


class AgencyDialog(FieldErrors, EditDialog):
    """Returns nothing itself: it hands its draft to the roster service and shows what was refused."""

    sig_history_requested = Signal(str, object, str)
    """The clerk asked for this agency's history (table, record id, label)."""

    reapply_skip = frozenset({"contacts"})

    def __init__(self, roster: RosterService, agencies: Sequence[Agency], agency: Agency | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster = roster
        self._agency = agency
        self._saved: Agency | None = None
        self._others = sorted((a for a in agencies if agency is None or a.id != agency.id),
                              key=lambda a: sort_key(a.name))
        self._build_ui()
        self._connect()
        self._load(agency)
        self.field_labels = dict(FIELD_LABELS)
        self.mark_clean()

    # ---------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit agency") if self._agency else self.tr("New agency"))
        self.setMinimumWidth(760)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.kind = QComboBox()
        for kind in AgencyKind:
            self.kind.addItem(kind.label, kind.value)
        self.code = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.portal_url = QLineEdit()
        self.active_from = OptionalDateEdit()
        self.active_to = OptionalDateEdit()
        self.successor = QComboBox()
        self.successor.addItem(self.tr("(none)"), None)
        for other in self._others:
            self.successor.addItem(other.name, other.id)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        self.licence_number = QLineEdit()
        self.licence_date = OptionalDateEdit()
        self.licence_issuer = QLineEdit()
        self.monthly_reach = QSpinBox()
        self.monthly_reach.setRange(0, 2_000_000_000)
        self.monthly_reach.setGroupSeparatorShown(True)
        self.monthly_reach.setSpecialValueText(" ")
        self.hanoi_column_url = QLineEdit()

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("Name *"), self.name),
            ("short_name", self.tr("Short name"), self.short_name),
            ("kind", self.tr("Kind"), self.kind),
            ("code", self.tr("Code"), self.code),
            ("address", self.tr("Address"), self.address),
            ("phone", self.tr("Phone"), self.phone),
            ("email", self.tr("E-mail"), self.email),
            ("portal_url", self.tr("Portal (website)"), self.portal_url),
            ("active_from", self.tr("Active from"), self.active_from),
            ("active_to", self.tr("Active until"), self.active_to),
            ("successor_id", self.tr("Merged into"), self.successor),
            ("notes", self.tr("Notes"), self.notes),
        ):
            form.addRow(label, self._with_error(key, widget))

        self.licence_box = QGroupBox(self.tr("Licensed news site / social network"))
        licence_form = QFormLayout(self.licence_box)
        for key, label, widget in (
            ("licence_number", self.tr("Licence number"), self.licence_number),
            ("licence_date", self.tr("Licence date"), self.licence_date),
            ("licence_issuer", self.tr("Issued by"), self.licence_issuer),
            ("monthly_reach", self.tr("Monthly visits / members"), self.monthly_reach),
            ("hanoi_column_url", self.tr("Hanoi column (URL)"), self.hanoi_column_url),
        ):
            licence_form.addRow(label, self._with_error(key, widget))

        self.contacts_model = ContactsModel([], self)
        self.contacts_view = QTableView()
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts_view.setMinimumHeight(120)
        self.add_focal = QPushButton(self.tr("Add focal point"))
        self.add_monitor = QPushButton(self.tr("Add monitoring staff"))
        self.remove_contact = QPushButton(self.tr("Remove contact"))
        contact_buttons = QHBoxLayout()
        for button in (self.add_focal, self.add_monitor, self.remove_contact):
            contact_buttons.addWidget(button)
        contact_buttons.addStretch()
        contacts_box = QGroupBox(self.tr("Contacts"))
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
        self.history_button = self.buttons.addButton(
            self.tr("History…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.history_button.setVisible(self._agency is not None)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        right = QVBoxLayout()
        right.addWidget(self.licence_box)
        right.addWidget(contacts_box, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.history_button.clicked.connect(self._on_history_clicked)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.add_focal.clicked.connect(lambda: self._add_contact(ContactRole.FOCAL_POINT))
        self.add_monitor.clicked.connect(lambda: self._add_contact(ContactRole.MONITORING))
        self.remove_contact.clicked.connect(self._on_remove_contact_clicked)

    # ---------------------------------------------------------------- values
    def _load(self, agency: Agency | None) -> None:
        draft = agency.to_draft() if agency else AgencyDraft(name="", contacts=())
        self.set_draft(draft)

    def set_draft(self, draft: AgencyDraft) -> None:
        self.name.setText(draft.name)
        self.short_name.setText(draft.short_name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(AgencyKind(draft.kind).value)))
        self.code.setText(draft.code)
        self.address.setText(draft.address)
        self.phone.setText(draft.phone)
        self.email.setText(draft.email)
        self.portal_url.setText(draft.portal_url)
        self.active_from.set_value(draft.active_from)
        self.active_to.set_value(draft.active_to)
        self.successor.setCurrentIndex(max(0, self.successor.findData(draft.successor_id)))
        self.notes.setPlainText(draft.notes)
        self.licence_number.setText(draft.licence_number)
        self.licence_date.set_value(draft.licence_date)
        self.licence_issuer.setText(draft.licence_issuer)
        self.monthly_reach.setValue(draft.monthly_reach or 0)
        self.hanoi_column_url.setText(draft.hanoi_column_url)
        self.contacts_model = ContactsModel(draft.contacts or (), self)
        self.contacts_view.setModel(self.contacts_model)
        self._on_kind_changed()

    def draft(self) -> AgencyDraft:
        return AgencyDraft(
            name=self.name.text(),
            kind=AgencyKind(self.kind.currentData()),
            short_name=self.short_name.text(),
            code=self.code.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            portal_url=self.portal_url.text(),
            active_from=self.active_from.value(),
            active_to=self.active_to.value(),
            successor_id=self.successor.currentData(),
            notes=self.notes.toPlainText(),
            licence_number=self.licence_number.text(),
            licence_date=self.licence_date.value(),
            licence_issuer=self.licence_issuer.text(),
            monthly_reach=self.monthly_reach.value() or None,
            hanoi_column_url=self.hanoi_column_url.text(),
            contacts=self.contacts_model.drafts(),
        )

    def saved(self) -> Agency | None:
        return self._saved

    # ---------------------------------------------------------------- slots
    def _on_kind_changed(self) -> None:
        self.licence_box.setEnabled(AgencyKind(self.kind.currentData()).is_licensed_site)

    def _add_contact(self, role: ContactRole) -> None:
        index = self.contacts_model.add(role)
        self.contacts_view.setCurrentIndex(index)
        self.contacts_view.edit(index)

    def _on_remove_contact_clicked(self) -> None:
        self.contacts_model.remove(self.contacts_view.currentIndex().row())

    def _on_history_clicked(self) -> None:
        if self._agency is not None:
            self.sig_history_requested.emit("agency", self._agency.id, self._agency.name)

    def load_latest(self) -> None:
        """After a conflict: the other clerk's version, whose version number the next save carries."""
        if self._agency is not None:
            self._agency = self._roster.get(self._agency.id)
            self._load(self._agency)

    def _on_buttons_accepted(self) -> None:
        agency = self._agency
        self.save_with(lambda: self._roster.create(self.draft()) if agency is None
                       else self._roster.update(agency.id, self.draft(), agency.version))

    def show_errors(self, error: ValidationError | None, key: Callable[[str], str] = str) -> None:
        """A contact's problem ("contacts[2].email") shows under the contacts; the first field gets focus."""
        super().show_errors(error, lambda field: field.split("[")[0])
        if error is None:
            return
        first = next((p.field.split("[")[0] for p in error.problems), "")
        widget = getattr(self, first, None)
        if isinstance(widget, QWidget):
            widget.setFocus()
