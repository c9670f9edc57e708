"""Shared fixtures: a fresh, migrated database per test, and Qt without a screen."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from hanoi_desk.app import Services, open_services

QCoreApplication.setOrganizationName("HanoiDeskTests")
QCoreApplication.setApplicationName("Hanoi Desk tests")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data folder or settings."""
    home = tmp_path / "home"
    monkeypatch.setenv("HANOI_DESK_HOME", str(home))
    monkeypatch.delenv("HANOI_DESK_DB", raising=False)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qsettings"))


PG_ENV = "HANOI_DESK_TEST_PG"


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """The database for one test: SQLite in a temporary folder, or a fresh PostgreSQL database.

    With HANOI_DESK_TEST_PG set to a server URL (``bash tools/pg-test-server.sh`` prints one), each
    test gets its own uniquely named database, created and dropped through an admin connection, so
    the whole suite runs unchanged on the shared-office configuration too.
    """
    server = os.environ.get(PG_ENV, "")
    if not server:
        yield str(tmp_path / "test.db")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(server)
    name = f"hd_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    svc = open_services(db_url)
    yield svc
    svc.close()


@pytest.fixture
def empty_services(db_url: str) -> Iterator[Services]:
    """A migrated database without the reference roster."""
    svc = open_services(db_url, seed=False)
    yield svc
    svc.close()


@pytest.fixture(autouse=True)
def keyring_store() -> Iterator[dict[tuple[str, str], str]]:
    """The OS credential store, in memory: no test reads or writes the real one."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    passwords: dict[tuple[str, str], str] = {}

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return passwords.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            passwords[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if passwords.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    yield passwords
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error boxes are recorded, never left open: a modal box in a test would hang it."""
    from PySide6.QtWidgets import QMessageBox

    from hanoi_desk.ui import messages

    shown: list[str] = []

    def record(_parent: object, title: str, error: BaseException) -> None:
        shown.append(f"{title}: {messages.describe(error)}")

    monkeypatch.setattr(messages, "show_error", record)
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(
            QMessageBox, name,
            staticmethod(lambda _p, title, text, *a, **k: shown.append(f"{title}: {text}")
                         or QMessageBox.StandardButton.Ok),
        )
    return shown
