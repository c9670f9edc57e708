"""The main window: one tab per capability, menus, status bar, remembered geometry."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.ui.export_notice import ExportNotice
from hanoi_desk.ui.overview.tab import OverviewTab
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.icons import TAB_ICONS, WINDOW_ICONS, apply_icons, fit_buttons, icon
from hanoi_desk.ui.widgets.shortcuts import show_shortcuts_in_tooltips
from hanoi_desk.ui.widgets.tasks import stop_tasks

if TYPE_CHECKING:  # the window paints before the database (and SQLAlchemy) is loaded: see attach()
    from hanoi_desk.app import Services
    from hanoi_desk.domain.signatures import SignOutcome
    from hanoi_desk.services.signatures import SigningService
    from hanoi_desk.ui.history.view import RecordHistoryDialog
    from hanoi_desk.ui.mail.dialog import MailDialog
    from hanoi_desk.ui.mail.log_dialog import MailLogDialog
    from hanoi_desk.ui.signing.dialog import SignDialog

# The first window on a screen: this size, or the screen's free area if smaller (1366×768 laptops).
FIRST_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    close_wait_ms = 15000
    """How long closing waits for cancelled background work before refusing to close."""
    day_check_ms = 5 * 60 * 1000
    """How often the window looks whether the day changed (a window left open past midnight)."""

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        """With *services* the window is complete at once; with None it shows the overview's frame
        and waits for ``attach(services)`` (start-up paints first, opens the database after)."""
        super().__init__(parent)
        self._services: Services | None = None
        self._last_export: Path | None = None
        self.mail_dialog: MailDialog | None = None
        self.mail_log: MailLogDialog | None = None
        self._status: dict[int, str] = {}  # each tab's last status line, shown while it is in front
        self._unloaded: list[QWidget] = []
        self._build_ui()
        self._connect()
        self._restore_state()
        if services is not None:
            self.attach(services)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Hanoi Desk — coordination office"))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview_tab = OverviewTab(None, None, parent=self, load=False)
        self.tabs.addTab(self.overview_tab, self.tr("Overview"))
        self.warning_banner = QLabel()
        self.warning_banner.setWordWrap(True)
        self.warning_banner.setStyleSheet(
            "background: #fff3cd; color: #664d03; border: 1px solid #e0c060; padding: 6px;")
        self.warning_banner.hide()
        # Documents printed as drafts: the office has ended, or the office or the signer is missing.
        self.document_banner = QLabel()
        self.document_banner.setWordWrap(True)
        self.document_banner.setTextFormat(Qt.TextFormat.RichText)
        self.document_banner.setStyleSheet(
            "background: #fdecea; color: #7a1d14; border: 1px solid #e0a09a; padding: 6px;")
        self.document_banner.hide()
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
        self.statusBar().showMessage(self.tr("Opening the database…"))

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
        self.act_sign_file.setEnabled(False)  # until the database (and its signing service) is open
        file_menu.addAction(self.act_sign_file)
        file_menu.addSeparator()
        self.act_backup = QAction(self.tr("&Back up…"), self)
        self.act_restore = QAction(self.tr("&Restore…"), self)
        for action in (self.act_backup, self.act_restore):
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
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.act_shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        self.act_shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.act_shortcuts)
        self.act_about = QAction(self.tr("&About Hanoi Desk"), self)
        help_menu.addAction(self.act_about)
        apply_icons(self, WINDOW_ICONS)
        apply_icons(self.overview_tab, TAB_ICONS)
        self.tabs.setTabIcon(0, icon("layout-dashboard"))
        fit_buttons(self.overview_tab)
        # Until the database is open, only what needs no data is offered.
        for action in self._data_actions():
            action.setEnabled(False)
        self._fill_tab_menus()

    def _data_actions(self) -> list[QAction]:
        return [self.act_mail_file, self.act_mail_log, self.act_backup, self.act_restore, self.act_settings,
                self.act_about]

    def services(self) -> Services | None:
        return self._services

    def attach(self, services: Services) -> None:
        """Build the tabs behind the overview once the database is open, and count the overview."""
        from hanoi_desk.ui.calendar.tab import CalendarTab
        from hanoi_desk.ui.fanpages.tab import FanpageTab
        from hanoi_desk.ui.history.view import HistoryTab
        from hanoi_desk.ui.outreach.tab import OutreachTab
        from hanoi_desk.ui.reports.tab import ReportsTab
        from hanoi_desk.ui.roster.tab import RosterTab

        self._services = services
        self._day = services.clock.today()
        # The tabs behind the first read their rows the first time they are shown (or a menu offers
        # their actions), so the window paints before reading anything: ensure_loaded().
        self.roster_tab = RosterTab(services.roster, self, settings=services.settings, load=False)
        self.calendar_tab = CalendarTab(services.calendar, services.roster, services.settings, self,
                                        load=False, documents=services.documents)
        self.fanpage_tab = FanpageTab(services.fanpages, services.roster, services.settings, self, load=False)
        self.outreach_tab = OutreachTab(services.outreach, services.clock, self, load=False,
                                        settings=services.settings)
        self.reports_tab = ReportsTab(services.reports, self, load=False, settings=services.settings)
        self.history_tab = HistoryTab(services.history, self, load=False)
        for tab, title, picture in ((self.roster_tab, self.tr("Agencies"), "building"),
                                    (self.calendar_tab, self.tr("Content calendar"), "calendar"),
                                    (self.fanpage_tab, self.tr("Fanpages"), "brand-facebook"),
                                    (self.outreach_tab, self.tr("Outreach"), "send"),
                                    (self.reports_tab, self.tr("Report intake"), "inbox"),
                                    (self.history_tab, self.tr("Change history"), "history")):
            self.tabs.addTab(tab, icon(picture), title)
            apply_icons(tab, TAB_ICONS)
            fit_buttons(tab)
        self._unloaded = [self.roster_tab, self.calendar_tab, self.fanpage_tab, self.outreach_tab,
                          self.reports_tab, self.history_tab]
        self._link_targets: dict[str, QWidget] = {
            "roster": self.roster_tab, "calendar": self.calendar_tab, "fanpages": self.fanpage_tab,
            "outreach": self.outreach_tab, "reports": self.reports_tab, "history": self.history_tab,
        }
        self.warning_banner.setText("\n".join(services.warnings))
        self.warning_banner.setVisible(bool(services.warnings))
        self.refresh_document_banner()
        for action in self._data_actions():
            action.setEnabled(True)
        self.act_sign_file.setEnabled(services.signatures is not None)
        for action in (self.act_backup, self.act_restore):
            action.setEnabled(services.backup.available)
            if not services.backup.available:
                action.setToolTip(self.tr("Only for a database on this computer; the server's "
                                          "administrator backs up a PostgreSQL database."))
        self._connect_tabs()
        self._fill_tab_menus()
        show_shortcuts_in_tooltips(self)
        self._show_status(self.tabs.currentWidget())
        self.overview_tab.attach(services.overview, services.settings, services.clock)

    def _connect(self) -> None:
        self.act_settings.triggered.connect(self._on_settings_triggered)
        self.act_quit.triggered.connect(self.close)
        self.act_about.triggered.connect(self._on_about_triggered)
        self.act_shortcuts.triggered.connect(self.show_shortcuts)
        self.document_banner.linkActivated.connect(self._on_document_banner_link_activated)
        self.export_notice.sig_send_requested.connect(self.mail_file)
        self.export_notice.sig_sign_requested.connect(self.sign_file)
        self.act_mail_last.triggered.connect(self._on_mail_last_triggered)
        self.act_mail_file.triggered.connect(self._on_mail_file_triggered)
        self.act_mail_log.triggered.connect(self.show_mail_log)
        self.act_sign_file.triggered.connect(self._on_sign_file_triggered)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.act_backup.triggered.connect(self._on_backup_triggered)
        self.act_restore.triggered.connect(self._on_restore_triggered)
        self.overview_tab.sig_link_activated.connect(self.show_link)
        self.overview_tab.sig_mail_requested.connect(self.mail_file)
        self.overview_tab.sig_status.connect(self._on_tab_status)
        self.overview_tab.sig_export_written.connect(self._on_export_written)

    def _connect_tabs(self) -> None:
        for tab in (self.roster_tab, self.calendar_tab, self.fanpage_tab, self.outreach_tab, self.reports_tab,
                    self.history_tab):
            tab.sig_status.connect(self._on_tab_status)
            if hasattr(tab, "sig_export_written"):  # every tab that exports offers to e-mail the file
                tab.sig_export_written.connect(self._on_export_written)
        self.roster_tab.sig_history_requested.connect(self.show_record_history)
        self.outreach_tab.sig_history_requested.connect(self.show_record_history)
        self.reports_tab.sig_appendix_written.connect(self._on_appendix_written)
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(self.day_check_ms)
        self.day_timer.timeout.connect(self._on_day_timer_timeout)
        self.day_timer.start()

    def _on_day_timer_timeout(self) -> None:
        """A new day while the window stays open: that day's automatic backup, and the calendar's
        "today", "overdue" and "due this week" move on (as a fresh start would do), and the overview."""
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
        self.overview_tab.set_day(today)

    def _restore_state(self) -> None:
        """What the clerk left, or the first window fitted to the screen's free area; either way the
        whole window (frame, status bar) is on the screen, which may have become smaller since."""
        geometry = QSettings().value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*FIRST_SIZE)
            self._centre()
        self.fit_to_screen()

    def _screen_area(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, *FIRST_SIZE)

    def _centre(self) -> None:
        area = self._screen_area()
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def fit_to_screen(self) -> None:
        """Shrink and move the window until its frame lies inside the screen's available area."""
        if self.isMaximized() or self.isFullScreen():
            return
        area = self._screen_area()
        frame = self.frameGeometry()
        extra_w = max(frame.width() - self.width(), 0) or 16  # before the first show: a typical frame
        extra_h = max(frame.height() - self.height(), 0) or 38
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        frame.setSize(frame.size().boundedTo(area.size()))
        left = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
        top = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

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
        if self._services is not None:
            for tab in (self.roster_tab, self.reports_tab, self.calendar_tab, self.history_tab,
                        self.fanpage_tab, self.outreach_tab):
                tab.save_state()
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
        self._show_status(tab)
        if self.ensure_loaded(tab):
            return
        if self._services is not None and tab is self.history_tab:
            self.history_tab.reload()  # other clerks' changes, and this one's, since last shown

    def show_link(self, link: object) -> QWidget | None:
        """An overview figure was clicked: bring its tab to the front with the list behind the count."""
        target = getattr(self, "_link_targets", {}).get(getattr(link, "tab", ""))
        if target is None:
            return None
        self.tabs.setCurrentWidget(target)
        show = getattr(target, "show_filtered", None)
        if callable(show):
            show(getattr(link, "filter", ""), getattr(link, "value", ""))
        return target

    def ensure_loaded(self, tab: QWidget) -> bool:
        """Read *tab*'s rows if they have not been read yet; True if it did so now."""
        if not any(t is tab for t in self._unloaded):
            return False
        self._unloaded = [t for t in self._unloaded if t is not tab]
        tab.reload()  # type: ignore[attr-defined]
        return True

    def record_history_dialog(self, table: str, record_id: object, label: str) -> RecordHistoryDialog:
        from hanoi_desk.ui.history.view import RecordHistoryDialog

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
        self._on_tab_status(self.tr("Backed up to %1").replace("%1", str(written)))
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
        self._on_tab_status(text)
        QMessageBox.information(self, self.tr("Restore the database"), text)
        return True

    def _on_tab_status(self, text: str) -> None:
        """A tab's line is kept for it and shown only while that tab is in front."""
        sender = self.sender()
        tab = sender if isinstance(sender, QWidget) and self.tabs.indexOf(sender) >= 0 else None
        if tab is None:  # the window's own message (a backup, a mail sent): for the tab in front
            tab = self.tabs.currentWidget()
        self._status[id(tab)] = text
        if tab is self.tabs.currentWidget():
            self._show_status(tab)

    def _show_status(self, tab: QWidget | None) -> None:
        database = self._services.db.describe() if self._services is not None else ""
        text = self._status.get(id(tab), "")
        self.statusBar().showMessage("   |   ".join(t for t in (text, database) if t))

    def show_shortcuts(self) -> None:
        from hanoi_desk.ui.widgets.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_list(), self)
        dialog.exec()
        dialog.deleteLater()

    def shortcut_list(self) -> list[tuple[str, str, str]]:
        """(where, what, keys) of every action with a shortcut: the window's and every tab's."""
        from hanoi_desk.ui.widgets.shortcuts import actions_with_keys

        found = [(self.tr("Everywhere"), text, keys) for text, keys in actions_with_keys(
            [a for menu in (self.file_menu,) for a in menu.actions() if a not in self._file_tab_actions]
            + [self.act_shortcuts, self.act_about])]
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            where = self.tabs.tabText(index).replace("&", "")
            found += [(where, text, keys) for text, keys in actions_with_keys(tab.findChildren(QAction))]
        return found

    def _on_settings_triggered(self) -> None:
        from hanoi_desk.ui.settings.dialog import SettingsDialog

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
        if self._services is None:
            return
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
        return self._services.signatures if self._services is not None else None

    def _signable(self, path: Path) -> bool:
        signing = self.signing_service()
        return path.suffix.lower() == ".pdf" and signing is not None and bool(signing.unsigned_roles(path))

    def sign_file(self, path: Path) -> SignDialog | None:
        """"Ký số…" on the strip after an export: the signed file then takes the strip's place. The
        dialog deletes itself when closed; the window keeps no reference to it."""
        from hanoi_desk.ui.signing.dialog import open_sign_dialog

        if self.signing_service() is None:
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
        self._on_tab_status(outcome.summary())

    def mail_file(self, path: Path) -> MailDialog:
        """Open the compose dialog for *path* (window-modal, so the window stays responsive)."""
        from hanoi_desk.ui.mail.dialog import MailDialog

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
            from hanoi_desk.ui.mail.log_dialog import MailLogDialog

            self.mail_log = MailLogDialog(self._services.mail, self)
        self.mail_log.reload()
        self.mail_log.show()
        self.mail_log.raise_()
        self.mail_log.activateWindow()
        return self.mail_log

    def _on_about_triggered(self) -> None:
        from hanoi_desk.ui.about_dialog import AboutDialog

        AboutDialog(self._services, self).exec()
