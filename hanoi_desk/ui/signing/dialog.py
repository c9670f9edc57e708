""""Ký số…": sign an official PDF as the person with authority or as the office, with a token or a file.

The PIN lives in one password field. It is read when the signing starts into a one-item list that the
background work empties as it starts, so that no closure, task or error keeps it; the field is
cleared once the signing is done (or failed) and when the dialog closes, and the dialog deletes
itself on close. Nothing stores, logs or keeps the PIN afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.signatures import SignerRole, SignOutcome
from hanoi_desk.services.signatures import (
    P12Key,
    Pkcs11Key,
    SigningCancelled,
    SigningError,
    SigningService,
    SignRequest,
    TsaUnavailable,
)
from hanoi_desk.ui.signing.token_picker import TokenPicker
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.file_actions import EXPORT_FOLDER_KEY, ask_save_path
from hanoi_desk.ui.widgets.print_preview import print_folder, print_with_dialog
from hanoi_desk.ui.widgets.tasks import Task

_P12_FOLDER_KEY = "paths/p12"


_SUFFIXES = {SignerRole.PERSON: " (đã ký)", SignerRole.ORGANISATION: " (đã ký, đóng dấu)"}


def signed_name(source: Path, role: SignerRole) -> str:
    """"Báo cáo (đã ký).pdf", then "Báo cáo (đã ký, đóng dấu).pdf" once the office has signed it too."""
    stem = source.stem
    for suffix in _SUFFIXES.values():
        stem = stem.removesuffix(suffix)
    return f"{stem}{_SUFFIXES[role]}.pdf"


class SignDialog(QDialog):
    sig_signed = Signal(object)
    """A signed file was written (its SignOutcome)."""
    sig_send_requested = Signal(Path)
    """The clerk asked to e-mail the signed file."""

    def __init__(self, signing: SigningService, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # nothing of it outlives the signing
        self._signing = signing
        self._source = Path(source)
        self._task: Task | None = None
        self._suggested = ""
        self._outcome: SignOutcome | None = None
        self._roles = signing.unsigned_roles(self._source)
        self._build_ui()
        self._connect()
        self._load()

    # ---------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Digital signature — %1").replace("%1", self._source.name))
        self.setMinimumWidth(600)
        self.as_person = QRadioButton(self.tr("Person with authority (signature image)"))
        self.as_office = QRadioButton(self.tr("Organisation, by the clerk (seal image)"))
        roles = QButtonGroup(self)
        roles.addButton(self.as_person)
        roles.addButton(self.as_office)
        self.use_token = QRadioButton(self.tr("USB token"))
        self.use_file = QRadioButton(self.tr("Certificate file (.p12, .pfx)"))
        keys = QButtonGroup(self)
        keys.addButton(self.use_token)
        keys.addButton(self.use_file)
        self.picker = TokenPicker(self._signing, self)
        self.p12 = QLineEdit()
        self.browse_p12 = QPushButton(self.tr("Browse…"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.timestamp = QCheckBox()
        self.target = QLineEdit()
        self.browse_target = QPushButton(self.tr("Browse…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        form = QFormLayout()
        role_row = QVBoxLayout()
        role_row.addWidget(self.as_person)
        role_row.addWidget(self.as_office)
        form.addRow(self.tr("Sign as"), role_row)
        key_row = QHBoxLayout()
        key_row.addWidget(self.use_token)
        key_row.addWidget(self.use_file)
        key_row.addStretch()
        form.addRow(self.tr("Key"), key_row)
        # The token's rows and the file's row in the same form (aligned), one set shown at a time.
        self.picker.add_to(form)
        self.p12_row = QHBoxLayout()
        self.p12_row.addWidget(self.p12, 1)
        self.p12_row.addWidget(self.browse_p12)
        form.addRow(self.tr("Certificate file"), self.p12_row)
        self.form = form
        self.pin_label = QLabel(self.tr("PIN"))
        form.addRow(self.pin_label, self.pin)
        form.addRow("", self.timestamp)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse_target)
        form.addRow(self.tr("Save the signed file as"), target_row)

        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("background: #e8f5e9; border: 1px solid #8bc34a; padding: 6px;")
        self.open_file = QPushButton(self.tr("Open"))
        self.print_file = QPushButton(self.tr("Print…"))
        self.send = QPushButton(self.tr("Send by e-mail"))
        self.result_box = QWidget()
        result_layout = QVBoxLayout(self.result_box)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result)
        actions = QHBoxLayout()
        actions.addStretch()
        for button in (self.open_file, self.print_file, self.send):
            actions.addWidget(button)
        result_layout.addLayout(actions)
        self.result_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("Sign"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.result_box)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.use_token.toggled.connect(self._on_use_token_toggled)
        self.as_person.toggled.connect(self._on_role_toggled)
        self.picker.refresh.clicked.connect(self._on_refresh_clicked)
        self.browse_p12.clicked.connect(self._on_browse_p12_clicked)
        self.browse_target.clicked.connect(self._on_browse_target_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.open_file.clicked.connect(self._on_open_file_clicked)
        self.print_file.clicked.connect(self._on_print_file_clicked)
        self.send.clicked.connect(self._on_send_clicked)

    def _load(self) -> None:
        for role, button in ((SignerRole.PERSON, self.as_person), (SignerRole.ORGANISATION, self.as_office)):
            problem = self._signing.role_problem(self._source, role) if role in self._roles else None
            button.setEnabled(role in self._roles and problem is None)
            button.setToolTip(problem or "")
        (self.as_person if self.as_person.isEnabled() else self.as_office).setChecked(True)
        module = self._signing.module()
        if module:
            self.picker.set_module(module)
            if Path(module).is_file():
                self.picker.find_tokens()  # the token plugged in, chosen already
        self.use_token.setChecked(True)
        self._on_use_token_toggled(True)
        self.timestamp.setText(self.tr("Timestamp from %1 (PAdES B-T)")
                               .replace("%1", self._signing.tsa_url()))
        self.timestamp.setChecked(True)
        self._on_role_toggled()
        if not self._roles:
            self.note.setText(self.tr("This PDF has no empty signature field: only documents written by "
                                      "Hanoi Desk can be signed here, and each field only once."))
            self.sign_button.setEnabled(False)
        elif not (self.as_person.isEnabled() or self.as_office.isEnabled()):
            self.note.setText(self.as_office.toolTip())
            self.sign_button.setEnabled(False)
        else:
            text = self.tr("The PIN or password is asked every time and is never stored.")
            if not self.as_office.isEnabled() and self.as_office.toolTip():
                text = self.as_office.toolTip() + "\n" + text
            self.note.setText(text)

    # ---------------------------------------------------------------- slots
    def _default_target(self) -> Path:
        folder = self._source.parent
        if folder == print_folder():  # a print preview's temporary file: save where exports go
            folder = Path(str(QSettings().value(EXPORT_FOLDER_KEY, str(Path.home()))))
        role = SignerRole.PERSON if self.as_person.isChecked() else SignerRole.ORGANISATION
        return folder / signed_name(self._source, role)

    def _on_role_toggled(self, _checked: bool = True) -> None:
        """The suggested name follows the role, unless the clerk typed another."""
        if not self.target.text() or self.target.text() == self._suggested:
            self._suggested = str(self._default_target())
            self.target.setText(self._suggested)

    def _on_use_token_toggled(self, token: bool) -> None:
        self.picker.set_visible(token)
        self.form.setRowVisible(self.p12_row, not token)
        self.pin_label.setText(self.tr("PIN") if token else self.tr("Password"))

    def _on_refresh_clicked(self) -> None:
        error = self.picker.find_tokens()
        if error:
            messages.show_error(self, self.tr("Token"), SigningError(error))

    def _on_browse_p12_clicked(self) -> None:
        start = str(QSettings().value(_P12_FOLDER_KEY, str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate file"), start,
                                              self.tr("Certificates (*.p12 *.pfx);;All files (*)"))
        if name:
            self.p12.setText(name)
            QSettings().setValue(_P12_FOLDER_KEY, str(Path(name).parent))

    def _on_browse_target_clicked(self) -> None:
        path = ask_save_path(self, self.tr("Save the signed file as"), Path(self.target.text()).name,
                             self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.target.setText(str(path))

    def request(self, timestamp: bool | None = None) -> SignRequest:
        role = SignerRole.PERSON if self.as_person.isChecked() else SignerRole.ORGANISATION
        if self.use_token.isChecked():
            key: P12Key | Pkcs11Key = Pkcs11Key(self.picker.module_path(), self.picker.token_serial(),
                                                self.picker.key_id())
        else:
            key = P12Key(Path(self.p12.text().strip()))
        stamped = self.timestamp.isChecked() if timestamp is None else timestamp
        return SignRequest(self._source, Path(self.target.text().strip()), role, key,
                           self._signing.tsa_url() if stamped else None)

    def _on_buttons_accepted(self) -> None:
        if self.use_file.isChecked() and not self.p12.text().strip():
            messages.show_error(self, self.tr("Cannot sign"),
                                SigningError(self.tr("Choose the certificate file.")))
            return
        if not self.target.text().strip():
            messages.show_error(self, self.tr("Cannot sign"), SigningError(self.tr("Choose where to save.")))
            return
        self.start(self.request())

    def start(self, request: SignRequest) -> Task:
        """Sign off the GUI thread; the progress dialog shows while the token and the TSA work.

        The PIN goes in a one-item list that the work empties as it starts: once it has run, neither
        the work's closure nor the task holds it. A cancel is honoured up to the moment the signed
        file would be written (the token and the TSA cannot be interrupted; their result is dropped).
        """
        secret = [self.pin.text()]
        signing = self._signing

        def work(_progress: object, cancelled: object) -> SignOutcome:
            return signing.sign(request, secret.pop(), cancelled=cancelled)  # type: ignore[arg-type]

        self.sign_button.setEnabled(False)
        self._task = Task(self, self.tr("Signing %1…").replace("%1", request.source.name), work)
        self._task.sig_finished.connect(self._on_task_finished)
        self._task.sig_error.connect(self._on_task_error)
        self._task.start()
        return self._task

    def _drop_task(self) -> None:
        """The finished task goes (with its worker): nothing of the signing stays attached to the dialog."""
        if self._task is not None:
            self._task.deleteLater()
            self._task = None

    def _on_task_finished(self, outcome: object) -> None:
        assert isinstance(outcome, SignOutcome)
        self._drop_task()
        self._outcome = outcome
        self.pin.clear()
        text = self.tr("Signed as %1 (%2), %3.").replace("%1", outcome.role.label).replace(
            "%2", outcome.signer).replace("%3", outcome.level)
        # "chưa có dấu thời gian" stays Vietnamese in both languages: it is the PAdES verdict the
        # recipient's software shows (Circular 15/2025), which the clerk must recognise.
        text += " " + (self.tr("Timestamp from %1.").replace("%1", outcome.tsa_url) if outcome.timestamped
                       else self.tr("No timestamp (chưa có dấu thời gian)."))
        for warning in outcome.warnings:
            text += "\n" + warning
        self.result.setStyleSheet("background: #fff4e5; border: 1px solid #f0a030; padding: 6px;"
                                  if outcome.warnings
                                  else "background: #e8f5e9; border: 1px solid #8bc34a; padding: 6px;")
        self.result.setText(text + "\n" + outcome.path)
        self.note.hide()  # what it said was about the file before this signature
        self.result_box.show()
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.sig_signed.emit(outcome)

    def _on_task_error(self, error: object) -> None:
        self._drop_task()
        self.sign_button.setEnabled(True)
        if isinstance(error, TsaUnavailable):
            self._ask_about_timestamp(error)
            return
        self.pin.clear()  # a wrong PIN is not tried again by mistake (a token locks after a few)
        if isinstance(error, SigningCancelled):
            self.note.setText(str(error))
            return
        messages.show_error(self, self.tr("Cannot sign"), error)  # type: ignore[arg-type]

    def _ask_about_timestamp(self, error: TsaUnavailable) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Timestamp server"), str(error),
                          QMessageBox.StandardButton.NoButton, self)
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        without = box.addButton(self.tr("Sign without a timestamp"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is retry:
            self.start(self.request(timestamp=True))
        elif box.clickedButton() is without:
            self.start(self.request(timestamp=False))
        else:
            self.pin.clear()

    def outcome(self) -> SignOutcome | None:
        return self._outcome

    def _signed_path(self) -> Path | None:
        return Path(self._outcome.path) if self._outcome else None

    def _on_open_file_clicked(self) -> None:
        path = self._signed_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _on_print_file_clicked(self) -> None:
        path = self._signed_path()
        if path is not None:
            print_with_dialog(self, path)

    def _on_send_clicked(self) -> None:
        path = self._signed_path()
        if path is not None:
            self.sig_send_requested.emit(path)

    def done(self, result: int) -> None:
        """Closing forgets the PIN (the field is the only place it was)."""
        if self._task is not None and self._task.is_running():
            return  # the token is working: closing now would leave its session half done
        self.pin.clear()
        super().done(result)


def open_sign_dialog(parent: QWidget, signing: SigningService, source: Path) -> SignDialog:
    """Show the dialog (window-modal; it deletes itself when closed, so keep no reference to it); its
    e-mail button goes to the main window's compose dialog."""
    dialog = SignDialog(signing, source, parent)
    owner = parent.window()
    mail_file = getattr(owner, "mail_file", None)
    if callable(mail_file):
        dialog.sig_send_requested.connect(mail_file)
    else:
        dialog.send.hide()
    dialog.open()
    return dialog
