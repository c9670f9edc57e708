"""The first-run page: where the data lives, the office as it signs documents, and a shared database.

Shown once per workstation (until "first_run_done" is set in QSettings), before the main window,
so that the first document a clerk prints already carries the office's names and signer. An
office with several workstations can connect to its shared PostgreSQL database here instead of
starting a private SQLite file. The server is chosen with the same fields as the settings dialog's
Database page (:class:`~hanoi_desk.ui.settings.server_fields.ServerFields`) and kept the same way: in
``workstation.json`` (server, port, database, user) with the password in the OS credential store,
read at every start by ``db.resolve_url`` unless ``--db`` or HANOI_DESK_DB say otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk import paths, workstation
from hanoi_desk.app import Services
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.services.connection import error_detail
from hanoi_desk.ui.application import FIRST_RUN_KEY, first_run_done  # noqa: F401  (re-exported)
from hanoi_desk.ui.settings.server_fields import ServerFields
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.office_fields import OfficeFields

Connector = Callable[[str], Services]  # app.open_services: the server's URL, or this computer's file


def is_local_file(services: Services) -> bool:
    """Whether *services* has this computer's own SQLite file open (not a server, not a --db file)."""
    backup = services.backup
    if backup is None or not backup.available:
        return False
    return backup.database_file().resolve() == paths.local_database().resolve()


class FirstRunDialog(QDialog):
    """Returns with ``services`` open on the database the clerk chose (a new one if they connected)."""

    def __init__(
        self,
        services: Services,
        connect: Connector,
        *,
        database_fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._initial = services  # owned by the caller, who closes it if the clerk switches databases
        self._initial_is_local = is_local_file(services)
        self._connect_to = connect
        self._database_fixed = database_fixed
        self._connected_url = ""  # the server open now (its URL holds the password: memory only)
        self._build_ui()
        self._connect()
        self._load_office()

    # -- building ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Hanoi Desk"))
        intro = QLabel(self.tr("Before the first document is printed, tell Hanoi Desk where to keep its data "
                               "and how the office signs. All of this can be changed later in Settings."))
        intro.setWordWrap(True)

        data_box = QGroupBox(self.tr("Where the data lives"))
        self.local_choice = QRadioButton(self.tr("On this computer"))
        self.data_folder = QLabel(str(paths.data_dir()))
        self.data_folder.setWordWrap(True)
        self.database_label = QLabel(self.services.db.describe())
        self.database_label.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.shared_choice = QRadioButton(self.tr("In the office's shared PostgreSQL database"))
        self.server_fields = ServerFields()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setToolTip(self.tr("Open the shared database and show the office details "
                                               "it already holds"))
        self.server_fields.add_button(self.connect_button)
        data_layout = QVBoxLayout(data_box)  # not one form: a form row would not grow with a wrapped reason
        data_form = QFormLayout()
        data_layout.addLayout(data_form)
        data_form.addRow(self.local_choice)
        data_form.addRow(self.tr("Data folder"), self.data_folder)
        data_form.addRow(self.tr("Database"), self.database_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        data_form.addRow("", folder_row)
        data_layout.addWidget(self.shared_choice)
        data_layout.addWidget(self.server_fields)
        note = QLabel(self.tr("The password is kept in the operating system's credential store, never in "
                              "a file. The server can be changed later in Settings, page Database."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        data_layout.addWidget(note)
        configured = workstation.load().server
        self.server_fields.set_server(configured)
        url = self.services.db.url
        same = (url.host, url.port, url.database) == (configured.host, configured.port, configured.database) \
            if configured is not None else False
        if same and not self._database_fixed and not self._initial_is_local:
            self._connected_url = self.server_fields.url()  # run() opened the configured server already
        (self.shared_choice if configured is not None else self.local_choice).setChecked(True)
        if self._database_fixed:
            self.local_choice.setEnabled(False)
            self.shared_choice.setEnabled(False)
            self.server_fields.set_status(self.tr("The database was chosen on the command line "
                                                  "(--db or HANOI_DESK_DB)."))

        office_box = QGroupBox(self.tr("The office, as it signs its documents"))
        self.office_layout = QVBoxLayout(office_box)
        office_note = QLabel(self.tr("Pick the office from the roster (type part of its name) or type it. "
                                     "Until the office and the signer are filled in, documents are printed "
                                     "as drafts (DỰ THẢO)."))
        office_note.setWordWrap(True)
        office_note.setStyleSheet("color: #555;")
        self.office_layout.addWidget(office_note)
        self.office_fields = self._office_fields(self.services)
        self.office_layout.addWidget(self.office_fields)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("Save and start"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with a wrapped reason
        data_box.setMinimumWidth(620)
        layout.addWidget(intro)
        layout.addWidget(data_box)
        layout.addWidget(office_box)
        layout.addWidget(self.buttons)
        self._update_enabled()

    @staticmethod
    def _office_fields(services: Services) -> OfficeFields:
        """The office, the signer and the numbering; how it calls itself and the plan are in Settings."""
        return OfficeFields(services.settings, ("office",), columns=2,
                            skip=("office.short", "plan.reference"))

    def _connect(self) -> None:
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.connect_button.clicked.connect(self._on_connect_button_clicked)
        self.shared_choice.toggled.connect(self._on_shared_choice_toggled)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _load_office(self) -> None:
        self.office_fields.load(self.services.settings.values())

    def _update_enabled(self) -> None:
        shared = self.shared_choice.isChecked() and not self._database_fixed
        for widget in (self.server_fields.host, self.server_fields.port, self.server_fields.database,
                       self.server_fields.user, self.server_fields.password,
                       self.server_fields.test_button, self.connect_button):
            widget.setEnabled(shared)

    # -- slots ------------------------------------------------------------------------------

    def _on_shared_choice_toggled(self, _checked: bool) -> None:
        self._update_enabled()

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def _on_connect_button_clicked(self) -> None:
        self.connect_shared()

    def connect_shared(self) -> bool:
        """Open (create or upgrade) the shared database; on success the office fields show its settings."""
        if not self.server_fields.check():
            return False
        url = self.server_fields.url()  # with the password: kept in memory only, never shown
        if url == self._connected_url:
            return True
        try:
            services = self._connect_to(url)
        except Exception as error:
            self.server_fields.set_status(self.tr("Could not connect."), ok=False)
            messages.show_error(self, self.tr("Could not connect to the shared database"),
                                RuntimeError(f"{self.server_fields.server().url()}: {error_detail(error)}"))
            return False
        self._switch_to(services)
        self._connected_url = url
        self.server_fields.set_status(self.tr("Connected: %1").replace("%1", services.db.describe()), ok=True)
        return True

    def _switch_to(self, services: Services) -> None:
        if self.services is not self._initial and self.services is not services:
            self.services.close()
        self.services = services
        self.database_label.setText(services.db.describe())
        # Another database, another roster to pick the office from.
        fields = self._office_fields(services)
        self.office_layout.replaceWidget(self.office_fields, fields)
        self.office_fields.deleteLater()
        self.office_fields = fields
        self._load_office()

    def _use_local(self) -> None:
        """Back to this computer's file: the one open at the start, or the default one opened now."""
        typed = self.office_fields.values()
        if self._initial_is_local:
            if self.services is not self._initial:
                self._switch_to(self._initial)
        elif self.services is self._initial or self._connected_url:
            self._switch_to(self._connect_to(str(paths.local_database())))
        for key, value in typed.items():  # what the clerk typed goes to the local database
            self.office_fields.set_value(key, value)
        self._connected_url = ""

    def reject(self) -> None:
        """"Later": nothing is remembered, and a database opened here is closed again."""
        if self.services is not self._initial:
            self.services.close()
            self.services = self._initial
        super().reject()

    def _on_buttons_accepted(self) -> None:
        self.office_fields.clear_problems()
        shared = self.shared_choice.isChecked() and not self._database_fixed
        if shared:
            if not self.server_fields.check():
                return
            already = bool(self._connected_url) and self._connected_url == self.server_fields.url()
            if not self.connect_shared():
                return
            if not already:
                # The shared database may already hold the office's details, set up at another
                # workstation: show them and let the clerk look before anything is overwritten.
                self.server_fields.set_status(
                    self.tr("Connected: %1. The office details now shown come from the shared database; "
                            "check them and save again.").replace("%1", self.services.db.describe()), ok=True)
                return
        elif not self._database_fixed:
            try:
                self._use_local()
            except Exception as error:
                messages.show_error(self, self.tr("The database could not be opened"),
                                    RuntimeError(f"{paths.local_database()}: {error_detail(error)}"))
                return
        try:
            self.services.settings.save(self.office_fields.values())
        except ValidationError as error:
            self.office_fields.show_problems(error)
            return
        if not self._database_fixed:
            if shared:
                if not self.server_fields.keep_password():  # the OS credential store, never a file
                    return
                workstation.update(server=self.server_fields.server())
            elif workstation.load().server is not None:
                workstation.update(server=None)
        QSettings().setValue(FIRST_RUN_KEY, True)
        self.accept()
