"""About Hanoi Desk: the version, which database is in use and where, and the bundled fonts' licence.

A clerk reads this when the help desk asks "which version, which database?"; the SIL Open Font
License asks that its text travel with the fonts, so the box shows it in full.
"""

from __future__ import annotations

import html
import sys

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk import __version__, paths
from hanoi_desk.app import Services


def database_location(services: Services) -> tuple[str, str]:
    """(what, where): "SQLite" and its file, or the server's kind and "host:port/database"."""
    url = services.db.url
    backend = url.get_backend_name()
    if backend == "sqlite":
        return "SQLite", str(url.database or "")
    where = f"{url.host or 'localhost'}{f':{url.port}' if url.port else ''}/{url.database or ''}"
    return {"postgresql": "PostgreSQL"}.get(backend, backend), where


def font_licence_text() -> str:
    return paths.resource("fonts", "OFL.txt").read_text(encoding="utf-8")


class AboutDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("About Hanoi Desk"))
        self.setMinimumSize(640, 560)
        icon = QLabel()
        pixmap = QPixmap(str(paths.resource("icons", "hanoi-desk.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaledToWidth(72))
        tagline = self.tr("The coordination office's desk for Hanoi's online-information plan")
        title = QLabel(f"<h2>Hanoi Desk {html.escape(__version__)}</h2>{html.escape(tagline)}")
        title.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)

        kind, where = database_location(self._services)
        self.version_label = QLabel(__version__)
        self.database_label = QLabel(kind)
        self.where_label = QLabel(where)
        self.data_label = QLabel(str(paths.data_dir()))
        from hanoi_desk.exporters.official_pdf import font_source  # reportlab: only here
        self.font_label = QLabel(font_source())
        self.qt_label = QLabel(f"Qt {qVersion()}, PySide6 {PySide6.__version__}, "
                               f"Python {sys.version.split()[0]}")
        form = QFormLayout()
        for label in (self.where_label, self.data_label, self.font_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Version"), self.version_label)
        form.addRow(self.tr("Database"), self.database_label)
        form.addRow(self.tr("Stored at"), self.where_label)
        form.addRow(self.tr("Data folder"), self.data_label)
        form.addRow(self.tr("Font of PDF documents"), self.font_label)
        form.addRow(self.tr("Libraries"), self.qt_label)
        from hanoi_desk.ui.widgets.icons import ICON_LICENCE, ICON_SET

        self.icons_label = QLabel(self.tr("%1 (tabler.io), %2 licence — the text is in %3")
                                  .replace("%1", ICON_SET).replace("%2", ICON_LICENCE)
                                  .replace("%3", str(paths.resource("icons", "tabler", "LICENSE"))))
        self.icons_label.setWordWrap(True)
        self.icons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Icons"), self.icons_label)

        licence_title = QLabel(
            self.tr("Bundled fonts: Liberation Serif, under the SIL Open Font License 1.1"))
        self.licence = QPlainTextEdit(font_licence_text())
        self.licence.setReadOnly(True)
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(licence_title)
        layout.addWidget(self.licence, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)

    def _on_open_folder_clicked(self) -> None:
        # Explorer opens through Qt's desktop services: no shell command, safe with any folder name.
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
