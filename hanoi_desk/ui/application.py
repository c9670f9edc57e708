"""Start the window: Qt application, translations, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from hanoi_desk import paths
from hanoi_desk.app import open_services

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


def run(db: str | None = None) -> int:
    configure_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = paths.resource("icons", "hanoi-desk.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    try:
        services = open_services(db)
    except Exception as error:
        QMessageBox.critical(
            None, APPLICATION,
            QCoreApplication.translate("application", "The database could not be opened:") + f"\n{error}",
        )
        return 1
    try:
        services.backup.auto_backup()  # the first start of the day keeps a copy (SQLite only)
    except Exception as error:  # a failed backup must not keep the clerk from working: say it
        services.warnings += (
            QCoreApplication.translate("application", "Today's automatic backup failed:") + f" {error}",
        )
    from hanoi_desk.ui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    code = app.exec()
    services.close()
    return code
