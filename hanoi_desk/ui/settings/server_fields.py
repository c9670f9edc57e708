"""The fields of a shared PostgreSQL server: one widget for the first-run page and the settings dialog.

Both places choose the same thing (the ``server`` of ``workstation.json``, its password in the OS
credential store), so they show the same fields, check them the same way and keep the password the
same way: never in a file, never in QSettings.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from hanoi_desk import workstation
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.services.connection import server_problems, test_connection
from hanoi_desk.workstation import CredentialStoreError, ServerConnection

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


class ServerFields(QWidget):
    """Server, port, database, user name and password, each with its error below; Test connection."""

    sig_edited = Signal()
    """The clerk changed one of the fields (a connection made before no longer matches them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.office.local")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label, widget in (
            ("host", self.tr("Server"), self.host),
            ("port", self.tr("Port"), self.port),
            ("database", self.tr("Database"), self.database),
            ("user", self.tr("User name"), self.user),
            ("password", self.tr("Password"), self.password),
        ):
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            error.hide()
            self.errors[key] = error
            form.addRow(label, widget)
            form.addRow("", error)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.test_button)
        self.button_row.addStretch(1)
        form.addRow(self.button_row)
        form.addRow(self.status)  # its own row: a wrapped reason beside the buttons would be cut off
        self.set_server(None)

    def _connect(self) -> None:
        self.test_button.clicked.connect(self._on_test_button_clicked)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textEdited.connect(self._on_field_edited)
        self.port.valueChanged.connect(self._on_field_edited)

    def add_button(self, button: QPushButton) -> None:
        """Another action beside Test connection (the first-run page's Connect)."""
        self.button_row.insertWidget(self.button_row.count() - 1, button)

    # -- values -----------------------------------------------------------------------------

    def server(self) -> ServerConnection:
        return ServerConnection(
            host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(),
        )

    def set_server(self, server: ServerConnection | None) -> None:
        """Show *server* (the defaults when None); a kept password is announced, never shown."""
        shown = server or ServerConnection()
        self.host.setText(shown.host)
        self.port.setValue(shown.port)
        self.database.setText(shown.database)
        self.user.setText(shown.user)
        self.password.clear()
        kept = server is not None and workstation.get_password(server)
        self.password.setPlaceholderText(self.tr("(kept in the credential store)") if kept else "")

    def password_to_use(self) -> str | None:
        """What the clerk typed, else the password kept for these fields, else None."""
        return self.password.text() or workstation.get_password(self.server())

    def url(self) -> str:
        """The SQLAlchemy URL to open (with the password: it is never shown or written anywhere)."""
        return self.server().url(self.password_to_use())

    # -- checks -----------------------------------------------------------------------------

    def check(self) -> bool:
        """False, with each problem beside its field, when a field is missing or out of range."""
        self.clear_problems()
        return not self.show_problems(server_problems(self.server()))

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_problems(self, problems: Iterable[Problem]) -> bool:
        """Each problem beside its field (the others in the status line); True if there were any."""
        found = False
        others: list[str] = []
        for problem in problems:
            found = True
            label = self.errors.get(problem.field)
            if label is None:
                others.append(problem.message)
                continue
            label.setText(problem.message)
            label.show()
        if others:
            self.set_status("\n".join(others), ok=False)
        return found

    def set_status(self, text: str, ok: bool | None = None) -> None:
        self.status.setStyleSheet("" if ok is None else OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)
        self._make_room()

    def _make_room(self) -> None:
        """Grow the window when a wrapped reason needs more lines than it has: Qt sizes a window once,
        and its layout then squeezes a wrapped label to one line instead."""
        window = self.window()
        layout = window.layout()
        if not window.isVisible() or layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)

    def keep_password(self) -> bool:
        """Put a typed password into the OS credential store; False (shown beside it) if refused."""
        typed = self.password.text()
        if not typed:
            return True
        try:
            workstation.set_password(self.server(), typed)
        except CredentialStoreError as error:
            self.errors["password"].setText(str(error))
            self.errors["password"].show()
            return False
        return True

    # -- slots ------------------------------------------------------------------------------

    def _on_field_edited(self, *_args: object) -> None:
        self.sig_edited.emit()

    def _on_test_button_clicked(self) -> None:
        if not self.check():
            return
        try:
            version = test_connection(self.server(), self.password_to_use())
        except ValidationError as error:
            self.set_status("\n".join(p.message for p in error.problems), ok=False)
            return
        self.set_status(self.tr("Connected: %1").replace("%1", version), ok=True)
