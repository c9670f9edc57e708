"""The E-mail page of the settings: how files are sent, the server, and the password.

The password field writes to the operating system's credential store through the service; it is
never shown back, never put in QSettings, and left empty it keeps the stored password.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.services.mail import MailMode, MailService, MailSettings, Security
from hanoi_desk.ui.widgets.tasks import Task

_ERROR_STYLE = "color: #b00020;"


class MailSettingsPage(QWidget):
    def __init__(self, mail: MailService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mail = mail
        self._task: Task | None = None
        self._build_ui()
        self._connect()
        self.load()

    def _build_ui(self) -> None:
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Open a draft in the mail program (Outlook…)"), MailMode.PROGRAM.value)
        self.mode.addItem(self.tr("Send through the office's mail server (SMTP)"), MailMode.SMTP.value)
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.hanoi.gov.vn")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), Security.STARTTLS.value)
        self.security.addItem(self.tr("SSL/TLS (usually port 465)"), Security.SSL.value)
        self.security.addItem(self.tr("None (inside the office network only)"), Security.NONE.value)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.forget = QPushButton(self.tr("Forget the stored password"))
        self.sender = QLineEdit()
        self.sender.setPlaceholderText("vanthu@hanoi.gov.vn")
        self.sender_name = QLineEdit()
        self.signature = QPlainTextEdit()
        self.signature.setPlaceholderText(self.tr("Empty: staff name and office name from the Office page"))
        self.signature.setFixedHeight(80)
        self.check = QPushButton(self.tr("Test the connection"))
        self.check_result = QLabel()
        self.check_result.setWordWrap(True)

        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.forget)
        rows = (
            ("mode", self.tr("How to send"), self.mode),
            ("host", self.tr("Mail server (SMTP)"), self.host),
            ("port", self.tr("Port"), self.port),
            ("security", self.tr("Security"), self.security),
            ("user", self.tr("User name"), self.user),
            ("password", self.tr("Password"), password_row),
            ("sender", self.tr("Sender address"), self.sender),
            ("sender_name", self.tr("Sender name"), self.sender_name),
            ("signature", self.tr("Signature"), self.signature),
        )
        for key, label, widget in rows:
            error = QLabel()
            error.setStyleSheet(_ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            form.addRow(label, widget)
            form.addRow("", error)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check)
        check_row.addWidget(self.check_result, 1)
        note = QLabel(self.tr("The password is kept in this computer's credential store (Windows "
                              "Credential Manager), for this Windows user only; never in the database."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(check_row)
        layout.addWidget(note)
        layout.addStretch()

    def _connect(self) -> None:
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.security.currentIndexChanged.connect(self._on_security_changed)
        self.forget.clicked.connect(self._on_forget_clicked)
        self.check.clicked.connect(self._on_check_clicked)

    def load(self) -> None:
        value = self._mail.mail_settings()
        self.mode.setCurrentIndex(max(0, self.mode.findData(value.mode.value)))
        self.host.setText(value.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(value.security.value)))
        self.security.blockSignals(False)
        self.port.setValue(value.port)
        self.user.setText(value.user)
        self.sender.setText(value.sender)
        self.sender_name.setText(value.sender_name)
        self.signature.setPlainText(value.signature)
        self.password.clear()
        self._show_password_state(value)
        self._on_mode_changed()

    def _show_password_state(self, value: MailSettings) -> None:
        stored = self._mail.has_password(value)
        self.password.setPlaceholderText(
            self.tr("Stored — leave empty to keep it") if stored
            else self.tr("Not stored on this computer"))
        self.forget.setEnabled(stored)

    def value(self) -> MailSettings:
        return MailSettings(
            mode=MailMode(self.mode.currentData()),
            host=self.host.text(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            user=self.user.text(),
            sender=self.sender.text(),
            sender_name=self.sender_name.text(),
            signature=self.signature.toPlainText(),
        )

    def save(self) -> bool:
        """Save, showing every problem beside its field; False when something must be corrected."""
        for label in self.errors.values():
            label.hide()
        try:
            self._mail.save_settings(self.value(), self.password.text() or None)
        except ValidationError as error:
            for problem in error.problems:
                label = self.errors.get(problem.field) or self.errors["mode"]
                label.setText(problem.message)
                label.show()
            return False
        self.password.clear()
        self._show_password_state(self._mail.mail_settings())
        return True

    def _on_mode_changed(self, *_args: object) -> None:
        smtp = self.mode.currentData() == MailMode.SMTP.value
        for widget in (self.host, self.port, self.security, self.user, self.password, self.check):
            widget.setEnabled(smtp)
        self.forget.setEnabled(smtp and self._mail.has_password(self.value()))

    def _on_security_changed(self, *_args: object) -> None:
        defaults = {s.default_port for s in Security}
        if self.port.value() in defaults:
            self.port.setValue(Security(self.security.currentData()).default_port)

    def _on_forget_clicked(self) -> None:
        try:
            self._mail.forget_password(self.value())
        except ValidationError as error:
            self.errors["password"].setText(str(error))
            self.errors["password"].show()
        self._show_password_state(self.value())

    def _on_check_clicked(self) -> None:
        value = self.value()
        password = self.password.text() or None
        self.check.setEnabled(False)
        self.check_result.setStyleSheet("")
        self.check_result.setText(self.tr("Connecting…"))

        def work(_progress: object, _cancelled: object) -> str:
            return self._mail.check_connection(value, password)

        self._task = Task(self, self.tr("Connecting to the mail server…"), work)
        self._task.sig_finished.connect(self._on_check_finished)
        self._task.sig_error.connect(self._on_check_failed)
        self._task.start()

    def _on_check_finished(self, text: object) -> None:
        self._task = None
        self.check.setEnabled(True)
        self.check_result.setStyleSheet("color: #1b5e20;")
        self.check_result.setText(str(text))

    def _on_check_failed(self, error: object) -> None:
        self._task = None
        self.check.setEnabled(True)
        self.check_result.setStyleSheet(_ERROR_STYLE)
        self.check_result.setText(str(error))
