"""Shared fixtures: a fresh, migrated database per test, and Qt without a screen."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import keyring.backend
import pytest
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QCoreApplication, QSettings

from hanoi_desk.app import Services, open_services
from hanoi_desk.domain.clock import Clock, SystemClock


def _sleep_that_survives_faketime() -> None:
    """tools/any-day.sh runs tests under faketime with the monotonic clock left real (Qt's and Python's
    thread waits would otherwise never end). libfaketime 0.9.10 then shifts the absolute monotonic
    deadline of Python's ``time.sleep`` (clock_nanosleep, TIMER_ABSTIME) by the fake offset and every
    sleep fails with EINVAL; a ``select`` timeout is relative and unaffected. Only under faketime."""
    if "faketime" not in os.environ.get("LD_PRELOAD", ""):
        return
    import select
    import time

    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        try:
            real_sleep(seconds)
        except OSError:
            select.select([], [], [], max(0.0, seconds))

    time.sleep = sleep


_sleep_that_survives_faketime()


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
        _close_windows()  # before the database goes: a window's pending timer must not reach it
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _close_windows() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        for timer in widget.findChildren(QTimer):
            timer.stop()
        widget.close()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture
def clock() -> Clock:
    """The services' clock: the machine's own (CI moves it with faketime). A test module that means a
    fixed day overrides this fixture with a ``FixedClock``."""
    return SystemClock()


@pytest.fixture
def services(db_url: str, clock: Clock) -> Iterator[Services]:
    svc = open_services(db_url, clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def empty_services(db_url: str, clock: Clock) -> Iterator[Services]:
    """A migrated database without the reference roster."""
    svc = open_services(db_url, seed=False, clock=clock)
    yield svc
    svc.close()


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error boxes are recorded, never left open: a modal box in a test would hang it."""
    from PySide6.QtWidgets import QMessageBox

    from hanoi_desk.ui.widgets import messages

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


class MemoryKeyring(keyring.backend.KeyringBackend):
    """keyring's credential store, in memory: no test reads or writes the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory credential store; the previous backend comes back after."""
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def keyring_store(memory_keyring: MemoryKeyring) -> dict[tuple[str, str], str]:
    """The passwords in the test's credential store, by (service, user)."""
    return memory_keyring.passwords


@pytest.fixture(autouse=True)
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Files and folders the app asks the desktop to open, recorded instead of opened."""
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile() or url.toString()) or True))
    return opened
