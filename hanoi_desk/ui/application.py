"""Start the window: Qt application, translations, database, main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hanoi_desk import paths
from hanoi_desk.app import open_services
from hanoi_desk.ui.first_run import FirstRunDialog, first_run_done, stored_database_url

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


def database_choice(db: str | None = None) -> str | None:
    """``--db``, else HANOI_DESK_DB (read by open_services), else the shared database chosen on the
    first-run page (QSettings "db/url"), else None: this computer's own file."""
    if db:
        return db
    if os.environ.get("HANOI_DESK_DB"):
        return None
    return stored_database_url() or None


def run(db: str | None = None) -> int:
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = paths.resource("icons", "hanoi-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    from hanoi_desk.ui.main_window import MainWindow  # before any dialog: a broken bundle fails at once

    choice = database_choice(db)
    fixed = bool(db or os.environ.get("HANOI_DESK_DB"))
    choose_again = False
    try:
        services = open_services(choice)
    except Exception as error:
        text = QCoreApplication.translate("application", "The database could not be opened:") + f"\n{error}"
        if fixed or choice is None:
            QMessageBox.critical(None, APPLICATION, text)
            return 1
        # The shared database chosen on the first-run page is out of reach (server down, moved):
        # let the clerk choose again rather than leave them without a way in.
        answer = QMessageBox.question(
            None, APPLICATION,
            text + "\n\n" + QCoreApplication.translate(
                "application", "Choose the database again (Yes) or quit and try later (No)?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 1
        services = open_services(None)
        choose_again = True
    if choose_again or not first_run_done():
        dialog = FirstRunDialog(services, open_services, database_fixed=fixed)
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
