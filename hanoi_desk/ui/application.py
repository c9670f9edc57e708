"""Start the window: Qt application, translations, database, main window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hanoi_desk import paths, workstation

if TYPE_CHECKING:  # the window paints before SQLAlchemy and the services are imported
    from hanoi_desk.app import Services
    from hanoi_desk.ui.main_window import MainWindow

ORGANISATION = "HanoiDesk"
APPLICATION = "Hanoi Desk"
FIRST_RUN_KEY = "first_run_done"


def first_run_done() -> bool:
    return QSettings().value(FIRST_RUN_KEY) is not None


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Vietnamese by default; English (the source strings) when chosen in the settings."""
    language = language or str(QSettings().value("ui/language", "vi"))
    installed: list[QTranslator] = []
    if language != "vi":
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    ours = QTranslator(app)
    if ours.load(str(paths.resource("translations", "hanoi_desk_vi.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    # Qt ships no Vietnamese for its own words (Yes/No, the file and print dialogs, the context menus
    # of text fields): the app carries its own, in Qt's own contexts (resources/translations/qt_vi.ts).
    for name, folder in (("qt_vi.qm", str(paths.resource("translations"))),
                         ("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        qt = QTranslator(app)
        if qt.load(name, folder):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def configure_application() -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)


@dataclass(frozen=True)
class DatabaseChoice:
    """What to hand to ``open_services`` (whose ``db.resolve_url`` decides) and where the choice came from."""

    argument: str | None  # --db, else None: HANOI_DESK_DB, the workstation's server or the local file
    fixed: bool  # --db or HANOI_DESK_DB: the window cannot change it
    server: bool  # the server saved in workstation.json (first-run page or Settings → Database)


def database_choice(db: str | None = None) -> DatabaseChoice:
    """``--db``, else HANOI_DESK_DB, else the server in ``workstation.json`` (password from the OS
    credential store), else this computer's own file: the order of ``db.resolve_url``."""
    if db:
        return DatabaseChoice(db, fixed=True, server=False)
    if os.environ.get("HANOI_DESK_DB"):
        return DatabaseChoice(None, fixed=True, server=False)
    return DatabaseChoice(None, fixed=False, server=workstation.load().server is not None)


def open_services(*args: object, **kwargs: object) -> Services:
    """``app.open_services``, imported when first called (SQLAlchemy is not needed to paint)."""
    from hanoi_desk.app import open_services as open_now

    return open_now(*args, **kwargs)  # type: ignore[arg-type]


def _tr(text: str) -> str:
    return QCoreApplication.translate("application", text)


def run(db: str | None = None) -> int:
    """Start the window. After the first start the window paints at once and the database is opened
    behind it (:class:`Startup`); the first start opens it first, for the first-run page."""
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = paths.resource("icons", "hanoi-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    from hanoi_desk.ui import main_window  # before any dialog: a broken bundle fails at once

    global last_startup
    last_startup = None
    choice = database_choice(db)
    if not first_run_done():
        services = _open_or_choose_again(choice, first_run=True)
        if services is None:
            return 1
        window = main_window.MainWindow(services)
        window.show()
        code = app.exec()
        services.close()
        return code
    window = main_window.MainWindow(None)
    window.show()
    startup = Startup(window, choice)
    last_startup = startup
    code = app.exec()
    if startup.services is not None:
        startup.services.close()
    return startup.code if startup.code is not None else code


last_startup: Startup | None = None  # for tests and the benchmark: the start-up in progress


def _auto_backup(services: Services) -> None:
    try:
        services.backup.auto_backup()  # the first start of the day keeps a copy (SQLite only)
    except Exception as error:  # a failed backup must not keep the clerk from working: say it
        services.warnings += (_tr("Today's automatic backup failed:") + f" {error}",)


def _open_or_choose_again(choice: DatabaseChoice, first_run: bool, error: Exception | None = None,
                          parent: QWidget | None = None) -> Services | None:
    """Open the database on the GUI thread (the first start, or after a failure): the first-run page
    when it is due, the offer to choose again when the saved server is out of reach. None: quit."""
    from hanoi_desk.services.connection import error_detail
    from hanoi_desk.ui.settings.first_run import FirstRunDialog

    choose_again = False
    services = None
    if error is None:
        try:
            services = open_services(choice.argument)
        except Exception as failure:
            error = failure
    if error is not None:
        text = _tr("The database could not be opened:") + "\n" + error_detail(error)
        if not choice.server:
            QMessageBox.critical(parent, APPLICATION, text)
            return None
        # The server chosen on the first-run page or in Settings is out of reach (down, moved, the
        # password changed): let the clerk choose again rather than leave them without a way in.
        answer = QMessageBox.question(
            parent, APPLICATION,
            text + "\n\n" + _tr("Choose the database again (Yes) or quit and try later (No)?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            services = open_services(str(paths.local_database()))
        except Exception as local_error:
            QMessageBox.critical(parent, APPLICATION,
                                 _tr("The database could not be opened:") + "\n" + error_detail(local_error))
            return None
        choose_again = True
    assert services is not None
    if choose_again or first_run:
        dialog = FirstRunDialog(services, open_services, database_fixed=choice.fixed)
        dialog.exec()
        if dialog.services is not services:
            services.close()
            services = dialog.services
    _auto_backup(services)
    return services


def _open_in_background(choice: DatabaseChoice) -> Services:
    """What a worker thread does while the window is already on the screen: import the data layer and
    the tabs (the imports are most of the time), open the database, make the day's backup."""
    import hanoi_desk.ui.calendar.tab
    import hanoi_desk.ui.fanpages.tab
    import hanoi_desk.ui.history.view
    import hanoi_desk.ui.reports.tab
    import hanoi_desk.ui.roster.tab  # noqa: F401

    services = open_services(choice.argument)
    _auto_backup(services)
    return services


class Startup(QObject):
    """Opens the database after the window's first paint, then hands the services to the window.

    Nothing that touches the database runs before the window has painted: a clerk sees the window
    (the overview saying it is counting) at once, whatever the size of the data or the network.
    """

    def __init__(self, window: MainWindow, choice: DatabaseChoice) -> None:
        super().__init__(window)
        self._window = window
        self._choice = choice
        self.services: Services | None = None
        self.code: int | None = None  # set when start-up ends the program (the database cannot open)
        self.done = False
        self._task: object = None
        window.installEventFilter(self)
        QTimer.singleShot(500, self._start)  # in case no paint event comes (a minimised window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._start)
        return False

    def _start(self) -> None:
        if self._task is not None or self.done:
            return
        self._window.removeEventFilter(self)
        from hanoi_desk.ui.widgets.tasks import Task

        choice = self._choice
        task = Task(self._window, "", lambda _p, _c: _open_in_background(choice), progress=False)
        task.sig_finished.connect(self._on_opened)
        task.sig_error.connect(self._on_failed)
        self._task = task
        task.start()

    def _on_opened(self, services: object) -> None:
        self._attach(services)  # type: ignore[arg-type]

    def _on_failed(self, error: object) -> None:
        services = _open_or_choose_again(self._choice, first_run=False, error=error,  # type: ignore[arg-type]
                                         parent=self._window)
        if services is None:
            self.code = 1
            self.done = True
            self._window.close()  # the last window: the event loop ends, run() returns the code
            return
        self._attach(services)

    def _attach(self, services: Services) -> None:
        self.services = services
        self._window.attach(services)
        self.done = True
