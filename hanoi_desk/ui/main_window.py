"""The main window: one tab per capability, menus, status bar, remembered geometry."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from hanoi_desk import __version__
from hanoi_desk.app import Services
from hanoi_desk.ui.fanpage_tab import FanpageTab
from hanoi_desk.ui.roster_tab import RosterTab
from hanoi_desk.ui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._build_ui()
        self._connect()
        self._restore_state()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Hanoi Desk — coordination office"))
        self.tabs = QTabWidget()
        self.roster_tab = RosterTab(self._services.roster, self)
        self.tabs.addTab(self.roster_tab, self.tr("Agencies"))
        self.fanpage_tab = FanpageTab(self._services.fanpages, self._services.roster, self._services.settings,
                                      self)
        self.tabs.addTab(self.fanpage_tab, self.tr("Fanpages"))
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(self._services.db.describe())

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.roster_tab.act_import)
        file_menu.addAction(self.roster_tab.act_export)
        file_menu.addSeparator()
        self.act_settings = QAction(self.tr("&Settings…"), self)
        self.act_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        self.act_quit = QAction(self.tr("E&xit"), self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.act_quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.roster_tab.act_add, self.roster_tab.act_edit, self.roster_tab.act_end,
                       self.roster_tab.act_delete, self.roster_tab.act_find, self.roster_tab.act_reload):
            edit_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_about = QAction(self.tr("&About Hanoi Desk"), self)
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        self.act_settings.triggered.connect(self._on_settings_triggered)
        self.act_quit.triggered.connect(self.close)
        self.act_about.triggered.connect(self._on_about_triggered)
        self.roster_tab.sig_status.connect(self._on_tab_status)
        self.fanpage_tab.sig_status.connect(self._on_tab_status)

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        self.roster_tab.save_state()
        self.fanpage_tab.save_state()
        super().closeEvent(event)

    def _on_tab_status(self, text: str) -> None:
        self.statusBar().showMessage(f"{text}   |   {self._services.db.describe()}")

    def _on_settings_triggered(self) -> None:
        SettingsDialog(self._services.settings, self).exec()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Hanoi Desk"),
            f"<b>Hanoi Desk {__version__}</b><br>"
            + self.tr("Database: %1").replace("%1", html.escape(self._services.db.describe()))
            + "<br><br>"
            + self.tr("PDF font: Times New Roman where the system has it, otherwise the bundled "
                      "Liberation Serif (SIL Open Font License 1.1)."),
        )
