"""The main window: one tab per capability, menus, status bar, remembered geometry."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
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

from hanoi_desk.app import Services
from hanoi_desk.domain.signatures import SignOutcome
from hanoi_desk.services.signatures import SigningService
from hanoi_desk.ui import messages
from hanoi_desk.ui.about_dialog import AboutDialog
from hanoi_desk.ui.calendar_tab import CalendarTab
from hanoi_desk.ui.export_notice import ExportNotice
from hanoi_desk.ui.fanpage_tab import FanpageTab
from hanoi_desk.ui.history_view import HistoryTab, RecordHistoryDialog
from hanoi_desk.ui.mail_dialog import MailDialog
from hanoi_desk.ui.mail_log_dialog import MailLogDialog
from hanoi_desk.ui.outreach_tab import OutreachTab
from hanoi_desk.ui.reports_tab import ReportsTab
from hanoi_desk.ui.roster_tab import RosterTab
from hanoi_desk.ui.settings_dialog import SettingsDialog
from hanoi_desk.ui.sign_dialog import SignDialog, open_sign_dialog
from hanoi_desk.ui.tasks import stop_tasks


class MainWindow(QMainWindow):
    close_wait_ms = 15000
    """How long closing waits for cancelled background work before refusing to close."""
    day_check_ms = 5 * 60 * 1000
    """How often the window looks whether the day changed (a window left open past midnight)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._last_export: Path | None = None
        self._day = services.clock.today()
        self.mail_dialog: MailDialog | None = None
        self.mail_log: MailLogDialog | None = None
        self._build_ui()
        self._connect()
        self._restore_state()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Hanoi Desk — coordination office"))
        self.tabs = QTabWidget()
        self.roster_tab = RosterTab(self._services.roster, self, settings=self._services.settings)
        self.tabs.addTab(self.roster_tab, self.tr("Agencies"))
        # The tabs behind the first read their rows the first time they are shown (or a menu offers
        # their actions), so the window paints after reading the roster alone: ensure_loaded().
        self.calendar_tab = CalendarTab(self._services.calendar, self._services.roster,
                                        self._services.settings, self, load=False,
                                        documents=self._services.documents)
        self.tabs.addTab(self.calendar_tab, self.tr("Content calendar"))
        self.fanpage_tab = FanpageTab(self._services.fanpages, self._services.roster, self._services.settings,
                                      self, load=False)
        self.tabs.addTab(self.fanpage_tab, self.tr("Fanpages"))
        self.outreach_tab = OutreachTab(self._services.outreach, self._services.clock, self, load=False,
                                        settings=self._services.settings)
        self.tabs.addTab(self.outreach_tab, self.tr("Outreach"))
        self.reports_tab = ReportsTab(self._services.reports, self, load=False,
                                      settings=self._services.settings)
        self.tabs.addTab(self.reports_tab, self.tr("Report intake"))
        self.history_tab = HistoryTab(self._services.history, self, load=False)
        self.tabs.addTab(self.history_tab, self.tr("Change history"))
        self._unloaded: list[QWidget] = [self.calendar_tab, self.fanpage_tab, self.outreach_tab,
                                         self.reports_tab, self.history_tab]
        self.warning_banner = QLabel("\n".join(self._services.warnings))
        self.warning_banner.setWordWrap(True)
        self.warning_banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #e0c060; padding: 6px;")
        self.warning_banner.setVisible(bool(self._services.warnings))
        # Documents printed as drafts: the office has ended, or the office or the signer is missing.
        self.document_banner = QLabel()
        self.document_banner.setWordWrap(True)
        self.document_banner.setTextFormat(Qt.TextFormat.RichText)
        self.document_banner.setStyleSheet(
            "background: #fdecea; color: #7a1d14; border: 1px solid #e0a09a; padding: 6px;")
        self.refresh_document_banner()
        self.export_notice = ExportNotice(self)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.warning_banner)
        central_layout.addWidget(self.document_banner)
        central_layout.addWidget(self.tabs, 1)
        central_layout.addWidget(self.export_notice)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self._services.db.describe())

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self._file_tab_actions: list[QAction] = []  # the current tab's import/export/print, at the top
        self._file_anchor = file_menu.addSeparator()
        self.act_mail_last = QAction(self.tr("E-mail the last export…"), self)
        self.act_mail_last.setEnabled(False)
        self.act_mail_file = QAction(self.tr("E-mail a file…"), self)
        self.act_mail_log = QAction(self.tr("E-mail log…"), self)
        for action in (self.act_mail_last, self.act_mail_file, self.act_mail_log):
            file_menu.addAction(action)
        self.act_sign_file = QAction(self.tr("Sign a PDF file digitally…"), self)
        self.act_sign_file.setEnabled(self._services.signatures is not None)
        file_menu.addAction(self.act_sign_file)
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
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))  # filled from the current tab
        self._fill_tab_menus()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_about = QAction(self.tr("&About Hanoi Desk"), self)
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        self.act_settings.triggered.connect(self._on_settings_triggered)
        self.act_quit.triggered.connect(self.close)
        self.act_about.triggered.connect(self._on_about_triggered)
        self.document_banner.linkActivated.connect(self._on_document_banner_link_activated)
        self.roster_tab.sig_status.connect(self._on_tab_status)
        for index in range(self.tabs.count()):  # every tab that exports offers to e-mail the file
            tab = self.tabs.widget(index)
            if hasattr(tab, "sig_export_written"):
                tab.sig_export_written.connect(self._on_export_written)
        self.export_notice.sig_send_requested.connect(self.mail_file)
        self.export_notice.sig_sign_requested.connect(self.sign_file)
        self.act_mail_last.triggered.connect(self._on_mail_last_triggered)
        self.act_mail_file.triggered.connect(self._on_mail_file_triggered)
        self.act_mail_log.triggered.connect(self.show_mail_log)
        self.act_sign_file.triggered.connect(self._on_sign_file_triggered)
        self.reports_tab.sig_appendix_written.connect(self._on_appendix_written)
        self.reports_tab.sig_status.connect(self._on_tab_status)
        self.calendar_tab.sig_status.connect(self._on_tab_status)
        self.roster_tab.sig_history_requested.connect(self.show_record_history)
        self.history_tab.sig_status.connect(self._on_tab_status)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.act_backup.triggered.connect(self._on_backup_triggered)
        self.act_restore.triggered.connect(self._on_restore_triggered)
        self.fanpage_tab.sig_status.connect(self._on_tab_status)
        self.outreach_tab.sig_status.connect(self._on_tab_status)
        self.outreach_tab.sig_history_requested.connect(self.show_record_history)
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(self.day_check_ms)
        self.day_timer.timeout.connect(self._on_day_timer_timeout)
        self.day_timer.start()

    def _on_day_timer_timeout(self) -> None:
        """A new day while the window stays open: that day's automatic backup, and the calendar's
        "today", "overdue" and "due this week" move on (as a fresh start would do)."""
        today = self._services.clock.today()
        if today == self._day:
            return
        self._day = today
        try:
            made = self._services.backup.auto_backup(today)
        except Exception as error:  # the clerk keeps working; the failure is said, not hidden
            self.statusBar().showMessage(self.tr("Today's automatic backup failed:") + f" {error}")
        else:
            if made is not None:
                self.statusBar().showMessage(self.tr("Today's automatic backup: %1").replace("%1", made.name),
                                             10000)
        if not any(t is self.calendar_tab for t in self._unloaded):
            self.calendar_tab.reload()

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        for index in range(self.tabs.count()):  # a tab with unsaved input may save it or keep the window
            tab = self.tabs.widget(index)
            if hasattr(tab, "maybe_close") and not tab.maybe_close():
                self.tabs.setCurrentWidget(tab)
                event.ignore()
                return
        # A QThread destroyed while running aborts the program: cancel the work (a cancelled import
        # writes nothing) and wait; work that does not stop in time keeps the window open.
        if stop_tasks(self.close_wait_ms):
            event.ignore()
            self.statusBar().showMessage(self.tr("Still working in the background: close again in a moment."))
            return
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        self.roster_tab.save_state()
        self.reports_tab.save_state()
        self.calendar_tab.save_state()
        self.history_tab.save_state()
        self.fanpage_tab.save_state()
        self.outreach_tab.save_state()
        super().closeEvent(event)

    def _fill_tab_menus(self) -> None:
        """Edit and File's import/export/print hold the current tab's actions, so a menu item always
        acts on the tab the clerk sees (and each shortcut is listed once)."""
        tab = self.tabs.currentWidget()
        self.edit_menu.clear()
        for action in getattr(tab, "menu_actions", list)():
            if action is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(action)
        self.edit_menu.setEnabled(not self.edit_menu.isEmpty())
        for action in self._file_tab_actions:
            self.file_menu.removeAction(action)
        self._file_tab_actions = [a for a in getattr(tab, "file_actions", list)() if a is not None]
        self.file_menu.insertActions(self._file_anchor, self._file_tab_actions)
        self._file_anchor.setVisible(bool(self._file_tab_actions))

    def _on_tabs_current_changed(self, index: int) -> None:
        self._fill_tab_menus()
        tab = self.tabs.widget(index)
        if self.ensure_loaded(tab):
            return
        if tab is self.history_tab:
            self.history_tab.reload()  # other clerks' changes, and this one's, since last shown

    def ensure_loaded(self, tab: QWidget) -> bool:
        """Read *tab*'s rows if they have not been read yet; True if it did so now."""
        if not any(t is tab for t in self._unloaded):
            return False
        self._unloaded = [t for t in self._unloaded if t is not tab]
        tab.reload()  # type: ignore[attr-defined]
        return True

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
        self._unloaded = []
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
        dialog = SettingsDialog(self._services.settings, self, mail=self._services.mail,
                                signing=self._services.signatures)
        if dialog.signature_page is not None:  # new or removed roots: the intake's verdicts again
            dialog.signature_page.sig_roots_changed.connect(self._on_roots_changed)
        dialog.exec()
        self.refresh_document_banner()

    def _on_roots_changed(self) -> None:
        self.reports_tab.recheck_signatures(all_years=True)

    def _on_document_banner_link_activated(self, _link: str) -> None:
        self._on_settings_triggered()

    def refresh_document_banner(self) -> None:
        """Say why documents come out as drafts (DỰ THẢO), until the settings are put right."""
        settings = self._services.settings
        ended = settings.ended_office_warning()
        reasons = settings.draft_reasons()
        if ended:
            text = html.escape(ended)
        elif reasons:
            text = html.escape(self.tr("Documents are printed as drafts (DỰ THẢO): %1.")
                               .replace("%1", "; ".join(reasons)))
        else:
            self.document_banner.hide()
            return
        link = html.escape(self.tr("Open Settings…"))
        self.document_banner.setText(f'{text} <a href="settings">{link}</a>')
        self.document_banner.show()

    # ---------------------------------------------------------------- e-mail
    def _on_export_written(self, path: Path) -> None:
        self._show_export(Path(path))

    def _show_export(self, path: Path, companion: Path | None = None) -> None:
        self._last_export = path
        self.act_mail_last.setEnabled(True)
        self.export_notice.show_file(path, signable=self._signable(path), companion=companion,
                                     companion_signable=companion is not None and self._signable(companion))

    def _on_appendix_written(self, path: Path) -> None:
        """The annual report's appendix, written as its own file beside the report just shown."""
        main = self.export_notice.path()
        if main is not None:
            self._show_export(main, Path(path))

    # ---------------------------------------------------------------- digital signatures
    def signing_service(self) -> SigningService | None:
        """For the print preview's "Ký số…" (it finds the window, not the service)."""
        return self._services.signatures

    def _signable(self, path: Path) -> bool:
        signing = self._services.signatures
        return path.suffix.lower() == ".pdf" and signing is not None and bool(signing.unsigned_roles(path))

    def sign_file(self, path: Path) -> SignDialog | None:
        """"Ký số…" on the strip after an export: the signed file then takes the strip's place. The
        dialog deletes itself when closed; the window keeps no reference to it."""
        if self._services.signatures is None:
            return None
        source = Path(path)
        dialog = open_sign_dialog(self, self._services.signatures, source)
        dialog.sig_signed.connect(lambda outcome: self._on_file_signed(source, outcome))
        return dialog

    def _on_sign_file_triggered(self) -> None:
        start = str(QSettings().value("paths/export", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Sign a PDF file digitally"), start,
                                              self.tr("PDF documents (*.pdf)"))
        if name:
            self.sign_file(Path(name))

    def _on_file_signed(self, source: Path, outcome: SignOutcome) -> None:
        """The signed file takes its source's place on the strip (the report, or its appendix)."""
        signed = Path(outcome.path)
        main, companion = self.export_notice.path(), self.export_notice.companion()
        if companion is not None and source == companion and main is not None:
            self._show_export(main, signed)
        else:
            self._show_export(signed, companion if source == main else None)
        self.statusBar().showMessage(outcome.summary())

    def mail_file(self, path: Path) -> MailDialog:
        """Open the compose dialog for *path* (window-modal, so the window stays responsive)."""
        if self.mail_dialog is not None:
            self.mail_dialog.deleteLater()
        self.mail_dialog = MailDialog(self._services.mail, Path(path), self)
        self.mail_dialog.sig_sent.connect(self._on_mail_sent)
        self.mail_dialog.open()
        return self.mail_dialog

    def _on_mail_last_triggered(self) -> None:
        if self._last_export is not None:
            self.mail_file(self._last_export)

    def _on_mail_file_triggered(self) -> None:
        settings = QSettings()
        start = str(settings.value("paths/export", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("E-mail a file"), start,
                                              self.tr("All files (*)"))
        if name:
            self.mail_file(Path(name))

    def _on_mail_sent(self, sent: object) -> None:
        subject = getattr(sent, "subject", "")
        if getattr(sent, "method", "") == "smtp":
            text = self.tr("Sent “%1” to %2").replace("%1", subject).replace("%2", getattr(sent, "to", ""))
        else:
            text = self.tr("Draft “%1” opened in the mail program").replace("%1", subject)
        self._on_tab_status(text)
        if self.mail_log is not None:
            self.mail_log.reload()

    def show_mail_log(self) -> MailLogDialog:
        if self.mail_log is None:
            self.mail_log = MailLogDialog(self._services.mail, self)
        self.mail_log.reload()
        self.mail_log.show()
        self.mail_log.raise_()
        self.mail_log.activateWindow()
        return self.mail_log

    def _on_about_triggered(self) -> None:
        AboutDialog(self._services, self).exec()
