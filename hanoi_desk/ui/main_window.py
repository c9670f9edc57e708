"""The main window: one tab per capability, menus, status bar, remembered geometry."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk import __version__
from hanoi_desk.app import Services
from hanoi_desk.ui import messages
from hanoi_desk.ui.history_view import HistoryTab, RecordHistoryDialog
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
        self.history_tab = HistoryTab(self._services.history, self)
        self.tabs.addTab(self.history_tab, self.tr("Change history"))
        self.warning_banner = QLabel("\n".join(self._services.warnings))
        self.warning_banner.setWordWrap(True)
        self.warning_banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #e0c060; padding: 6px;")
        self.warning_banner.setVisible(bool(self._services.warnings))
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.warning_banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self._services.db.describe())

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.roster_tab.act_import)
        file_menu.addAction(self.roster_tab.act_export)
        file_menu.addSeparator()
        self.act_backup = QAction(self.tr("&Back up…"), self)
        self.act_restore = QAction(self.tr("&Restore…"), self)
        for action in (self.act_backup, self.act_restore):
            action.setEnabled(self._services.backup.available)
            if not self._services.backup.available:
                action.setToolTip(self.tr("Only for a database on this computer; the server's "
                                          "administrator backs up a PostgreSQL database."))
            file_menu.addAction(action)
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
        edit_menu.addSeparator()
        edit_menu.addAction(self.roster_tab.act_history)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_about = QAction(self.tr("&About Hanoi Desk"), self)
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        self.act_settings.triggered.connect(self._on_settings_triggered)
        self.act_quit.triggered.connect(self.close)
        self.act_about.triggered.connect(self._on_about_triggered)
        self.roster_tab.sig_status.connect(self._on_tab_status)
        self.roster_tab.sig_history_requested.connect(self.show_record_history)
        self.history_tab.sig_status.connect(self._on_tab_status)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.act_backup.triggered.connect(self._on_backup_triggered)
        self.act_restore.triggered.connect(self._on_restore_triggered)

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
        self.history_tab.save_state()
        super().closeEvent(event)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.history_tab:
            self.history_tab.reload()  # other clerks' changes, and this one's, since last shown

    def record_history_dialog(self, table: str, record_id: object, label: str) -> RecordHistoryDialog:
        return RecordHistoryDialog(self._services.history, table, record_id, label, self)

    def show_record_history(self, table: str, record_id: object, label: str) -> None:
        """Any tab's "History…" of one record (the signal carries the table, id and label)."""
        self.record_history_dialog(table, record_id, label).exec()

    def _on_backup_triggered(self) -> None:
        backup = self._services.backup
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(backup.folder() / backup.default_name()),
            self.tr("Hanoi Desk backups (*.db)"),
        )
        if name:
            self.backup_to(Path(name))

    def backup_to(self, path: Path) -> Path | None:
        try:
            written = self._services.backup.backup_to(path)
        except Exception as error:
            messages.show_error(self, self.tr("Backup failed"), error)
            return None
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(written)))
        return written

    def _on_restore_triggered(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore the database from a backup"), str(self._services.backup.folder()),
            self.tr("Hanoi Desk backups (*.db)"),
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> bool:
        """Check the file, ask, keep a copy of the current database, restore, reload every tab."""
        backup = self._services.backup
        try:
            info = backup.check(path)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot restore"), error)
            return False
        answer = QMessageBox.question(
            self, self.tr("Restore the database"),
            self.tr("Replace the current data with the backup “%1” of %2?\n%3\n\n"
                    "A copy of the current data is kept in the backups folder first.")
            .replace("%1", path.name).replace("%2", info.modified.strftime("%d/%m/%Y %H:%M"))
            .replace("%3", info.summary()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            _info, kept = backup.restore(path)
        except Exception as error:
            messages.show_error(self, self.tr("Restore failed"), error)
            return False
        for index in range(self.tabs.count()):
            reload = getattr(self.tabs.widget(index), "reload", None)
            if callable(reload):
                reload()
        text = self.tr("Restored from %1.").replace("%1", path.name)
        if kept is not None:
            text += " " + self.tr("The previous data is kept in %1.").replace("%1", str(kept))
        self.statusBar().showMessage(text)
        QMessageBox.information(self, self.tr("Restore the database"), text)
        return True

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
