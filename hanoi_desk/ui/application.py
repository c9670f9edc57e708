"""Start the window: Qt application, translations, database, main window."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hanoi_desk import paths, workstation
from hanoi_desk.app import open_services
from hanoi_desk.services.connection import error_detail
from hanoi_desk.ui.first_run import FirstRunDialog, first_run_done

ORGANISATION = "HanoiDesk"
APPLICATION = "Hanoi Desk"


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
    qt = QTranslator(app)
    if qt.load("qtbase_vi", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
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


def run(db: str | None = None) -> int:
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = paths.resource("icons", "hanoi-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    from hanoi_desk.ui.main_window import MainWindow  # before any dialog: a broken bundle fails at once

    choice = database_choice(db)
    choose_again = False
    try:
        services = open_services(choice.argument)
    except Exception as error:
        text = (QCoreApplication.translate("application", "The database could not be opened:")
                + "\n" + error_detail(error))
        if not choice.server:
            QMessageBox.critical(None, APPLICATION, text)
            return 1
        # The server chosen on the first-run page or in Settings is out of reach (down, moved, the
        # password changed): let the clerk choose again rather than leave them without a way in.
        answer = QMessageBox.question(
            None, APPLICATION,
            text + "\n\n" + QCoreApplication.translate(
                "application", "Choose the database again (Yes) or quit and try later (No)?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 1
        try:
            services = open_services(str(paths.local_database()))
        except Exception as local_error:
            QMessageBox.critical(None, APPLICATION, QCoreApplication.translate(
                "application", "The database could not be opened:") + "\n" + error_detail(local_error))
            return 1
        choose_again = True
    if choose_again or not first_run_done():
        dialog = FirstRunDialog(services, open_services, database_fixed=choice.fixed)
        dialog.exec()
        if dialog.services is not services:
            services.close()
            services = dialog.services
    try:
        services.backup.auto_backup()  # the first start of the day keeps a copy (SQLite only)
    except Exception as error:  # a failed backup must not keep the clerk from working: say it
        services.warnings += (
            QCoreApplication.translate("application", "Today's automatic backup failed:") + f" {error}",
        )

    window = MainWindow(services)
    window.show()
    code = app.exec()
    services.close()
    return code
