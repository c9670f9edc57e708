"""The first-run page: where the data lives, the office as it signs documents, and a shared database.

Shown once per workstation (until "first_run_done" is set in QSettings), before the main window,
so that the first document a clerk prints already carries the office's names and signer. An
office with several workstations can connect to its shared PostgreSQL database here instead of
starting a private SQLite file; the URL is remembered in QSettings ("db/url") and used on every
start unless ``--db`` or HANOI_DESK_DB say otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk import paths
from hanoi_desk.app import Services
from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.services.settings import OfficeSettings
from hanoi_desk.ui import messages

FIRST_RUN_KEY = "first_run_done"
DB_URL_KEY = "db/url"

Connector = Callable[[str | None], Services]  # app.open_services: a URL, or None for this computer's file


def first_run_done() -> bool:
    return QSettings().value(FIRST_RUN_KEY) is not None


def stored_database_url() -> str:
    """The shared database chosen on the first-run page, or "" for this computer's own file."""
    return str(QSettings().value(DB_URL_KEY, "") or "")


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
        self._initial_is_local = not stored_database_url()
        self._connect_to = connect
        self._database_fixed = database_fixed
        self._connected_url = ""
        self._build_ui()
        self._connect()
        self._load_office()

    # -- building ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Hanoi Desk"))
        self.setMinimumWidth(640)
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
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql+psycopg://user@server:5432/hanoi_desk")
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connection_status = QLabel()
        self.connection_status.setWordWrap(True)
        data_form = QFormLayout(data_box)
        data_form.addRow(self.local_choice)
        data_form.addRow(self.tr("Data folder"), self.data_folder)
        data_form.addRow(self.tr("Database"), self.database_label)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        data_form.addRow("", folder_row)
        data_form.addRow(self.shared_choice)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.connect_button)
        data_form.addRow(self.tr("Database address (URL)"), url_row)
        data_form.addRow("", self.connection_status)
        stored = stored_database_url()
        self.url_edit.setText(stored)
        (self.local_choice if self._initial_is_local else self.shared_choice).setChecked(True)
        if self._database_fixed:
            for widget in (self.local_choice, self.shared_choice, self.url_edit, self.connect_button):
                widget.setEnabled(False)
            self.connection_status.setText(self.tr("The database was chosen on the command line "
                                                   "(--db or HANOI_DESK_DB)."))

        office_box = QGroupBox(self.tr("The office, as it signs its documents"))
        office_form = QFormLayout(office_box)
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
            office_form.addRow(labels.get(field.name, field.name), edit)
            office_form.addRow("", error)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("Save and start"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(data_box)
        layout.addWidget(office_box)
        layout.addWidget(self.buttons)
        self._update_enabled()

    def _connect(self) -> None:
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.connect_button.clicked.connect(self._on_connect_button_clicked)
        self.shared_choice.toggled.connect(self._on_shared_choice_toggled)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _load_office(self) -> None:
        office = self.services.settings.office()
        for name, edit in self.fields.items():
            edit.setText(getattr(office, name))

    def _update_enabled(self) -> None:
        shared = self.shared_choice.isChecked() and not self._database_fixed
        self.url_edit.setEnabled(shared)
        self.connect_button.setEnabled(shared)

    # -- slots ------------------------------------------------------------------------------

    def _on_shared_choice_toggled(self, _checked: bool) -> None:
        self._update_enabled()

    def _on_open_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def _on_connect_button_clicked(self) -> None:
        self.connect_shared()

    def connect_shared(self) -> bool:
        """Open (create or upgrade) the shared database; on success the office fields show its settings."""
        url = self.url_edit.text().strip()
        if "://" not in url:
            self.connection_status.setText(self.tr("Enter the address the administrator gave, "
                                                   "e.g. postgresql+psycopg://user@server/hanoi_desk"))
            return False
        if url == self._connected_url:
            return True
        try:
            services = self._connect_to(url)
        except Exception as error:
            self.connection_status.setText(self.tr("Could not connect."))
            messages.show_error(self, self.tr("Could not connect to the shared database"), error)
            return False
        self._switch_to(services)
        self._connected_url = url
        self.connection_status.setText(self.tr("Connected: %1").replace("%1", services.db.describe()))
        return True

    def _switch_to(self, services: Services) -> None:
        if self.services is not self._initial and self.services is not services:
            self.services.close()
        self.services = services
        self.database_label.setText(services.db.describe())
        self._load_office()

    def _use_local(self) -> None:
        """Back to this computer's file: the one open at the start, or the default one opened now."""
        typed = {name: edit.text() for name, edit in self.fields.items()}
        if self._initial_is_local:
            if self.services is not self._initial:
                self._switch_to(self._initial)
        elif self.services is self._initial or self._connected_url:
            self._switch_to(self._connect_to(None))
        for name, value in typed.items():  # what the clerk typed goes to the local database
            self.fields[name].setText(value)
        self._connected_url = ""

    def reject(self) -> None:
        """"Later": nothing is remembered, and a database opened here is closed again."""
        if self.services is not self._initial:
            self.services.close()
            self.services = self._initial
        super().reject()

    def _on_buttons_accepted(self) -> None:
        for label in self.errors.values():
            label.hide()
        shared = self.shared_choice.isChecked() and not self._database_fixed
        if shared:
            already = bool(self._connected_url) and self._connected_url == self.url_edit.text().strip()
            if not self.connect_shared():
                return
            if not already:
                # The shared database may already hold the office's details, set up at another
                # workstation: show them and let the clerk look before anything is overwritten.
                self.connection_status.setText(
                    self.tr("Connected: %1. The office details now shown come from the shared database; "
                            "check them and save again.").replace("%1", self.services.db.describe()))
                return
        elif not self._database_fixed:
            try:
                self._use_local()
            except Exception as error:
                messages.show_error(self, self.tr("The database could not be opened"), error)
                return
        office = OfficeSettings(**{name: edit.text() for name, edit in self.fields.items()})
        try:
            self.services.settings.save_office(office)
        except ValidationError as error:
            for problem in error.problems:
                label = self.errors.get(problem.field)
                if label is not None:
                    label.setText(problem.message)
                    label.show()
            return
        settings = QSettings()
        if not self._database_fixed:
            if shared:
                settings.setValue(DB_URL_KEY, self._connected_url)
            else:
                settings.remove(DB_URL_KEY)
        settings.setValue(FIRST_RUN_KEY, True)
        self.accept()
