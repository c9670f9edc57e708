"""Compose an e-mail with an exported file attached: recipients from the roster or typed, then send
through the office's SMTP server or open a draft in the mail program.

Whatever fails (a bad address, a refused password, an unreachable server), the dialog stays open
with everything typed, and says what went wrong beside the field or under the message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.mail import MailDraft, address_of, format_recipient, human_size, split_addresses
from hanoi_desk.services.mail import MailMode, MailService, Recipient, SendError, SentMail
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel
from hanoi_desk.ui.widgets.tasks import Task

_ERROR_STYLE = "color: #b00020;"


class MailDialog(QDialog):
    sig_sent = Signal(object)
    """A message was sent or handed to the mail program (the SentMail logged)."""

    def __init__(self, mail: MailService, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mail = mail
        self._path = path
        self._settings = mail.mail_settings()
        self._task: Task | None = None
        self._sent: SentMail | None = None
        self._build_ui()
        self._connect()
        self._load()
        self._restore_state()

    # ---------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Send by e-mail — %1").replace("%1", self._path.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.to = QLineEdit()
        self.cc = QLineEdit()
        self.bcc = QLineEdit()
        for edit in (self.to, self.cc, self.bcc):
            edit.setPlaceholderText(self.tr("Addresses separated by ; or picked from the roster"))
            edit.setClearButtonEnabled(True)
        self.subject = QLineEdit()
        self.attachment = QLabel()
        self.attachment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QPlainTextEdit()
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (("to", self.tr("To"), self.to), ("cc", self.tr("Cc"), self.cc),
                                   ("bcc", self.tr("Bcc"), self.bcc),
                                   ("subject", self.tr("Subject"), self.subject),
                                   ("attachment", self.tr("Attachment"), self.attachment)):
            error = QLabel()
            error.setStyleSheet(_ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            form.addRow(label, widget)
            form.addRow("", error)
        compose = QWidget()
        compose_layout = QVBoxLayout(compose)
        compose_layout.setContentsMargins(0, 0, 0, 0)
        compose_layout.addLayout(form)
        compose_layout.addWidget(QLabel(self.tr("Message")))
        compose_layout.addWidget(self.body, 1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a recipient: name, agency or address (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.model: RowTableModel[Recipient] = RowTableModel([
            Column(self.tr("Recipient"), lambda r: r.name),
            Column(self.tr("Agency"), lambda r: r.agency),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Position"), lambda r: r.position),
        ], self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.contacts = QTableView()
        self.contacts.setModel(self.proxy)
        self.contacts.setSortingEnabled(True)
        self.contacts.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setAlternatingRowColors(True)
        self.contacts.setWordWrap(False)
        self.contacts.verticalHeader().hide()
        self.contacts.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.contacts.verticalHeader().setDefaultSectionSize(24)
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.add_to = QPushButton(self.tr("Add to To"))
        self.add_cc = QPushButton(self.tr("Add to Cc"))
        self.add_bcc = QPushButton(self.tr("Add to Bcc"))
        picker = QWidget()
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(QLabel(self.tr("Roster contacts (double-click adds to To)")))
        picker_layout.addWidget(self.search)
        picker_layout.addWidget(self.contacts, 1)
        add_row = QHBoxLayout()
        for button in (self.add_to, self.add_cc, self.add_bcc):
            add_row.addWidget(button)
        picker_layout.addLayout(add_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(compose)
        self.splitter.addWidget(picker)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.send_button = QPushButton(self.tr("Send"))
        self.program_button = QPushButton(self.tr("Open in mail program"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.program_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.how)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._find = QShortcut(QKeySequence.StandardKey.Find, self)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self._search_timer.timeout.connect(self.search_now)
        self.contacts.doubleClicked.connect(self._on_contacts_double_clicked)
        self.add_to.clicked.connect(lambda: self.add_selected("to"))
        self.add_cc.clicked.connect(lambda: self.add_selected("cc"))
        self.add_bcc.clicked.connect(lambda: self.add_selected("bcc"))
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.program_button.clicked.connect(self._on_program_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self._find.activated.connect(self._on_find_activated)

    def _load(self) -> None:
        try:
            draft = self._mail.compose(self._path)
            self.attachment.setText(f"{self._path.name}  ({human_size(self._path.stat().st_size)})")
        except OSError as error:
            draft = MailDraft(subject=self._path.name)
            self.attachment.setText(self._path.name)
            self._show_field_error("attachment", messages.describe(error))
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        settings = self._settings
        smtp = settings.mode is MailMode.SMTP
        self.send_button.setEnabled(settings.smtp_ready)
        (self.send_button if smtp and settings.smtp_ready else self.program_button).setDefault(True)
        if smtp and settings.smtp_ready:
            self.how.setText(self.tr("Sent through the mail server %1 from %2.")
                             .replace("%1", f"{settings.host}:{settings.port}")
                             .replace("%2", settings.from_address))
        elif smtp:
            self.how.setText(self.tr("The mail server is not set up yet (Settings › E-mail): "
                                     "the message can be opened in the mail program."))
        else:
            self.how.setText(self.tr("The message opens in the mail program (Outlook), ready to send."))
        self.search_now()

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("mail/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 640)
        state = settings.value("mail/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = settings.value("mail/contacts_header")
        if header is not None:
            self.contacts.horizontalHeader().restoreState(header)
        else:
            for column, width in enumerate((150, 150, 190, 120)):
                self.contacts.setColumnWidth(column, width)

    def done(self, result: int) -> None:
        if self._task is not None:  # sending: the server's answer is awaited, not abandoned
            return
        self._search_timer.stop()
        settings = QSettings()
        settings.setValue("mail/geometry", self.saveGeometry())
        settings.setValue("mail/splitter", self.splitter.saveState())
        settings.setValue("mail/contacts_header", self.contacts.horizontalHeader().saveState())
        super().done(result)

    # ---------------------------------------------------------------- recipients
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_find_activated(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def search_now(self) -> None:
        """Ask the roster for recipients matching the search text (folded, so "so y te" works)."""
        self._search_timer.stop()
        self.model.set_rows(self._mail.recipients(self.search.text()))
        self.proxy.resort()
        if self.proxy.rowCount():
            self.contacts.selectRow(0)

    def selected_recipients(self) -> list[Recipient]:
        return [index.data(ROW_ROLE) for index in self.contacts.selectionModel().selectedRows()]

    def _on_contacts_double_clicked(self, index: object) -> None:
        self.add_selected("to")

    def add_selected(self, field: str) -> None:
        for recipient in self.selected_recipients():
            self.add_recipient(field, recipient)

    def add_recipient(self, field: str, recipient: Recipient) -> None:
        """Append a contact to To/Cc/Bcc unless its address is already among the recipients."""
        edit = {"to": self.to, "cc": self.cc, "bcc": self.bcc}[field]
        present = {address_of(e).lower() for e in (*split_addresses(self.to.text()),
                                                  *split_addresses(self.cc.text()),
                                                  *split_addresses(self.bcc.text()))}
        if recipient.email.lower() in present:
            return
        entries = [*split_addresses(edit.text()), format_recipient(recipient.name, recipient.email)]
        edit.setText("; ".join(entries))
        self.errors[field].hide()

    # ---------------------------------------------------------------- sending
    def draft(self) -> MailDraft:
        """What the dialog holds now, as a draft the service validates."""
        return MailDraft(
            to=split_addresses(self.to.text()),
            cc=split_addresses(self.cc.text()),
            bcc=split_addresses(self.bcc.text()),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
        )

    def _validated(self) -> MailDraft | None:
        for label in self.errors.values():
            if label is not self.errors["attachment"]:
                label.hide()
        self.status.clear()
        try:
            return self._mail.validate(self.draft())
        except ValidationError as error:
            self._show_problems(error)
            return None

    def _show_problems(self, error: ValidationError) -> None:
        loose: list[str] = []
        for problem in error.problems:
            if problem.field in self.errors:
                self._show_field_error(problem.field, problem.message)
            else:
                loose.append(problem.message)
        self._set_status("\n".join(loose) or self.tr("Please correct the fields marked in red."), error=True)

    def _show_field_error(self, field: str, message: str) -> None:
        label = self.errors[field]
        label.setText(message)
        label.show()

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(_ERROR_STYLE if error else "")
        self.status.setText(text)

    def _busy(self, busy: bool) -> None:
        for widget in (self.send_button, self.program_button, self.close_button):
            widget.setEnabled(not busy)
        if not busy:
            self.send_button.setEnabled(self._settings.smtp_ready)

    def send(self) -> Task | None:
        """Send through SMTP off the GUI thread; the dialog closes only when the server accepted."""
        draft = self._validated()
        if draft is None:
            return None
        path = self._path

        def work(progress: object, cancelled: object) -> SentMail:
            return self._mail.send(draft, path, progress, cancelled)  # type: ignore[arg-type]

        self._busy(True)
        self._set_status(self.tr("Sending…"))
        self._task = Task(self, self.tr("Sending “%1”…").replace("%1", draft.subject), work)
        self._task.sig_finished.connect(self._on_send_finished)
        self._task.sig_error.connect(self._on_send_failed)
        self._task.start()
        return self._task

    def _on_send_button_clicked(self) -> None:
        self.send()

    def _on_send_finished(self, sent: object) -> None:
        self._task = None
        self._busy(False)
        self._sent = sent  # type: ignore[assignment]
        self.sig_sent.emit(sent)
        self.accept()

    def _on_send_failed(self, error: object) -> None:
        self._task = None
        self._busy(False)
        if isinstance(error, ValidationError):
            self._show_problems(error)
            return
        text = str(error) if isinstance(error, SendError) else messages.describe(error)  # type: ignore[arg-type]
        self._set_status(text + "\n" + self.tr("Nothing was sent; the message is kept."), error=True)
        messages.show_error(self, self.tr("The message was not sent"), error)  # type: ignore[arg-type]

    def open_in_program(self) -> Path | None:
        """Write an unsent .eml draft and open it with the system's mail program."""
        draft = self._validated()
        if draft is None:
            return None
        try:
            out, sent = self._mail.write_draft(draft, self._path)
        except ValidationError as error:
            self._show_problems(error)
            return None
        except OSError as error:
            messages.show_error(self, self.tr("The draft could not be written"), error)
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))):
            messages.show_error(self, self.tr("No mail program opened the draft"), OSError(
                0, self.tr("Open it yourself from %1").replace("%1", str(out)), str(out)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))
        self._sent = sent
        self.sig_sent.emit(sent)
        self.accept()
        return out

    def _on_program_button_clicked(self) -> None:
        self.open_in_program()

    def sent(self) -> SentMail | None:
        return self._sent
