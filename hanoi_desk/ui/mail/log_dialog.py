"""The sent log: every file sent by e-mail or handed to the mail program, with its fingerprint.

The SHA-256 lets the office prove which version of a file went out, long after it was edited again.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.localtime import local_time
from hanoi_desk.domain.mail import human_size
from hanoi_desk.services.mail import MailService, SentMail
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.empty_hint import EmptyHint
from hanoi_desk.ui.widgets.table_model import Column, RowFilterProxy, RowTableModel, make_table_view

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MailLogDialog(QDialog):
    def __init__(self, mail: MailService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mail = mail
        self._build_ui()
        self._connect()
        self._restore_state()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("E-mail log"))
        self.setModal(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by recipient, subject or file… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.model: RowTableModel[SentMail] = RowTableModel([
            Column(self.tr("When"), lambda m: local_time(m.sent_at), sort=lambda m: (m.sent_at, m.id)),
            Column(self.tr("How"), lambda m: m.method_label),
            Column(self.tr("To"), lambda m: m.to),
            Column(self.tr("Cc"), lambda m: m.cc),
            Column(self.tr("Bcc"), lambda m: m.bcc),
            Column(self.tr("Subject"), lambda m: m.subject),
            Column(self.tr("Attachment"), lambda m: m.attachment_name),
            Column(self.tr("Size"), lambda m: human_size(m.attachment_size), sort=lambda m: m.attachment_size,
                   align=_RIGHT, searchable=False),
            Column(self.tr("SHA-256"), lambda m: m.attachment_sha256, tooltip=lambda m: m.attachment_sha256),
            Column(self.tr("Sent by"), lambda m: m.sent_by),
        ], self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, order=Qt.SortOrder.DescendingOrder, context_menu=False)
        self.count_label = QLabel()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.close_button = QPushButton(self.tr("Close"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        self.empty_hint = EmptyHint(self)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._find = QShortcut(QKeySequence.StandardKey.Find, self)
        self._refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.reload_button.clicked.connect(self.reload)
        self.close_button.clicked.connect(self.close)
        self._find.activated.connect(self.search.setFocus)
        self._refresh.activated.connect(self.reload)

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("mail_log/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 520)
        header = settings.value("mail_log/header")
        if header is not None:
            self.view.horizontalHeader().restoreState(header)
        else:
            for column, width in enumerate((125, 110, 200, 160, 110, 300, 250, 70, 120, 100)):
                self.view.setColumnWidth(column, width)

    def done(self, result: int) -> None:
        self.save_state()
        super().done(result)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("mail_log/geometry", self.saveGeometry())
        settings.setValue("mail_log/header", self.view.horizontalHeader().saveState())

    def reload(self) -> None:
        """Read the log again (F5): messages sent from other workstations appear too."""
        try:
            rows = self._mail.sent_log()
        except Exception as error:
            messages.show_error(self, self.tr("The log could not be read"), error)
            return
        self.model.set_rows(rows)
        self.proxy.resort()
        self._update_count()

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Showing %1 of %2 messages")
                                 .replace("%1", str(self.proxy.rowCount()))
                                 .replace("%2", str(self.model.rowCount())))
        if self.model.rowCount() == 0:
            self.empty_hint.show_hint(self.tr(
                "No message has been sent from Hanoi Desk yet. After an export, press "
                "“Send by e-mail” in the strip under the tabs, or use File › E-mail a file…"))
        elif self.proxy.rowCount() == 0:
            self.empty_hint.show_hint(self.tr("No message matches the search."), self.tr("Clear the search"),
                                      self.search.clear)
        else:
            self.empty_hint.hide()
