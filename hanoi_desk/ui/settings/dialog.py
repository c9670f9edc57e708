"""Settings: the office as it signs documents and the addressees of its letters (shared, in the
database), and this workstation's own: language, the clerk's name, backups, and which database it
opens (SQLite file or PostgreSQL server)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
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
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.services.signatures import SigningService
from hanoi_desk.ui.mail.settings_page import MailSettingsPage
from hanoi_desk.ui.settings.server_fields import ServerFields
from hanoi_desk.ui.signing.settings_page import SignatureSettingsPage
from hanoi_desk.ui.widgets.office_fields import OfficeFields

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
        self.office_fields = OfficeFields(self._settings, ("office",), columns=2)
        QVBoxLayout(office_box).addWidget(self.office_fields)
        self.draft_note = QLabel()
        self.draft_note.setWordWrap(True)
        self.draft_note.setStyleSheet("color: #8a5300;")
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
        general_layout.addWidget(self.draft_note)
        general_layout.addWidget(office_box)
        general_layout.addWidget(local_box)
        self.pages = QTabWidget()
        self.pages.addTab(general, self.tr("Office"))
        self.documents_page = QWidget()
        documents_layout = QVBoxLayout(self.documents_page)
        documents_box = QGroupBox(self.tr("Addressees of the office's letters (shared by every workstation)"))
        self.document_fields = OfficeFields(self._settings, ("documents",))
        QVBoxLayout(documents_box).addWidget(self.document_fields)
        documents_layout.addWidget(documents_box)
        documents_layout.addStretch()
        self.pages.addTab(self.documents_page, self.tr("Letters"))
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
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with an error shown
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
        values = self._settings.values()
        self.office_fields.load(values)
        self.document_fields.load(values)
        reasons = self._settings.draft_reasons()
        self.draft_note.setText(self.tr("Documents are printed as drafts (DỰ THẢO) until this is fixed: %1")
                                .replace("%1", "; ".join(reasons)))
        self.draft_note.setVisible(bool(reasons))
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
        self.office_fields.clear_problems()
        self.document_fields.clear_problems()
        try:
            self._settings.save({**self.office_fields.values(), **self.document_fields.values()})
        except ValidationError as error:
            on_office = self.office_fields.show_problems(error)
            on_letters = self.document_fields.show_problems(error)
            self.pages.setCurrentWidget(self.documents_page if on_letters and not on_office
                                        else self.pages.widget(0))
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
