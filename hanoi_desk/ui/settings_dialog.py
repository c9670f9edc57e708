"""Settings: the office as it signs documents (shared, in the database) and this workstation's own:
language, the clerk's name, backups, and which database it opens (SQLite file or PostgreSQL server)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk import workstation
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.services.mail import MailService
from hanoi_desk.services.settings import OfficeSettings, SettingsService
from hanoi_desk.services.signatures import SigningService
from hanoi_desk.ui.mail_settings import MailSettingsPage
from hanoi_desk.ui.server_fields import ServerFields
from hanoi_desk.ui.signature_settings import SignatureSettingsPage

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None,
                 mail: MailService | None = None, signing: SigningService | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._mail = mail
        self._signing = signing
        self._build_ui()
        self._load()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        office_box = QGroupBox(self.tr("Coordinating office (shared by every workstation)"))
        form = QFormLayout(office_box)
        labels = {
            "parent_body": self.tr("Parent body"),
            "office_name": self.tr("Office name"),
            "office_symbol": self.tr("Office symbol"),
            "place": self.tr("Place name"),
            "signing_authority": self.tr("Signing authority (e.g. KT. GIÁM ĐỐC)"),
            "signer_title": self.tr("Signer's title"),
            "signer_name": self.tr("Signer's name"),
            "staff_name": self.tr("Staff name (recorded on changes)"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for field in fields(OfficeSettings):
            edit = QLineEdit()
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.hide()
            self.fields[field.name] = edit
            self.errors[field.name] = error
            form.addRow(labels.get(field.name, field.name), edit)
            form.addRow("", error)
        local_box = QGroupBox(self.tr("This workstation"))
        local = QFormLayout(local_box)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        local.addRow(self.tr("Language (after restart)"), self.language)
        self.local_staff_name = QLineEdit()
        self.local_staff_name.setPlaceholderText(self.tr("(the shared staff name, else the Windows user)"))
        local.addRow(self.tr("Your name (recorded on your changes)"), self.local_staff_name)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        local.addRow(self.tr("Daily backups to keep"), self.backup_keep)
        database_box = self._build_database_box()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(office_box)
        general_layout.addWidget(local_box)
        self.pages = QTabWidget()
        self.pages.addTab(general, self.tr("Office"))
        self.mail_page: MailSettingsPage | None = None
        if self._mail is not None:
            self.mail_page = MailSettingsPage(self._mail, self)
            self.pages.addTab(self.mail_page, self.tr("E-mail"))
        self.signature_page: SignatureSettingsPage | None = None
        if self._signing is not None:
            self.signature_page = SignatureSettingsPage(self._signing, self)
            self.pages.addTab(self.signature_page, self.tr("Digital signatures"))
        self.database_page = QWidget()
        database_layout = QVBoxLayout(self.database_page)
        database_layout.addWidget(database_box)
        database_layout.addStretch()
        self.pages.addTab(self.database_page, self.tr("Database"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)

    def _build_database_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Database of this workstation"))
        form = QFormLayout(box)
        self.use_local = QRadioButton(self.tr("This computer only (SQLite file)"))
        self.use_server = QRadioButton(self.tr("Shared PostgreSQL server (several clerks)"))
        choice = QHBoxLayout()
        choice.addWidget(self.use_local)
        choice.addWidget(self.use_server)
        choice.addStretch()
        form.addRow(choice)
        self.server_fields = ServerFields()
        form.addRow(self.server_fields)
        note = QLabel(self.tr("The password is kept in the operating system's credential store, never in "
                              "a file. A new database choice takes effect when Hanoi Desk next starts."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.use_server.toggled.connect(self._on_use_server_toggled)
        return box

    def _on_use_server_toggled(self, checked: bool) -> None:
        self.server_fields.setEnabled(checked)

    def _load(self) -> None:
        office = self._settings.office()
        for name, edit in self.fields.items():
            edit.setText(getattr(office, name))
        code = str(QSettings().value("ui/language", "vi"))
        self.language.setCurrentIndex(max(0, self.language.findData(code)))
        local = workstation.load()
        self.local_staff_name.setText(local.staff_name)
        self.backup_keep.setValue(local.backup_keep)
        self.server_fields.set_server(local.server)
        self.use_server.setChecked(local.server is not None)
        self.use_local.setChecked(local.server is None)
        self._on_use_server_toggled(local.server is not None)

    def _save_workstation(self) -> bool:
        """This workstation's part of the settings; False (errors shown) when the server is incomplete."""
        self.server_fields.clear_problems()
        server = None
        if self.use_server.isChecked():
            if not self.server_fields.check() or not self.server_fields.keep_password():
                return False
            server = self.server_fields.server()
        workstation.update(server=server, staff_name=self.local_staff_name.text().strip(),
                           backup_keep=self.backup_keep.value())
        return True

    def _on_buttons_accepted(self) -> None:
        for label in self.errors.values():
            label.hide()
        office = OfficeSettings(**{name: edit.text() for name, edit in self.fields.items()})
        try:
            self._settings.save_office(office)
        except ValidationError as error:
            for problem in error.problems:
                label = self.errors.get(problem.field)
                if label is not None:
                    label.setText(problem.message)
                    label.show()
            self.pages.setCurrentIndex(0)
            return
        if self.mail_page is not None and not self.mail_page.save():
            self.pages.setCurrentWidget(self.mail_page)
            return
        if self.signature_page is not None and not self.signature_page.save():
            self.pages.setCurrentWidget(self.signature_page)
            return
        if not self._save_workstation():
            self.pages.setCurrentWidget(self.database_page)
            return
        QSettings().setValue("ui/language", self.language.currentData())
        self.accept()
