"""The strip under the tabs after an export: open the file, its folder, or e-mail it.

Non-modal on purpose: the clerk goes on working and uses it, or closes it, when they like.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from hanoi_desk.ui.widgets import messages


class ExportNotice(QFrame):
    sig_send_requested = Signal(Path)
    """The clerk asked to e-mail this file."""
    sig_sign_requested = Signal(Path)
    """The clerk asked to sign this official PDF digitally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._companion: Path | None = None  # a file written with it: the annual report's appendix
        self._build_ui()
        self._connect()
        self.hide()

    def _build_ui(self) -> None:
        self.setObjectName("exportNotice")
        self.setStyleSheet("#exportNotice { background: #e8f1fb; border-top: 1px solid #9cbfe6; }")
        self.label = QLabel()
        self.open_file = QPushButton(self.tr("Open file"))
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.send = QPushButton(self.tr("Send by e-mail"))
        self.sign = QPushButton(self.tr("Sign digitally…"))
        self.sign.hide()
        self.sign_companion = QPushButton(self.tr("Sign the appendix…"))
        self.sign_companion.setToolTip(self.tr("The appendix written as its own file: the office signs it "
                                               "with a text signature at the top right of its first page"))
        self.sign_companion.hide()
        self.dismiss = QToolButton()
        self.dismiss.setText("✕")
        self.dismiss.setToolTip(self.tr("Close"))
        self.dismiss.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        for button in (self.open_file, self.open_folder, self.sign, self.sign_companion, self.send):
            layout.addWidget(button)
        layout.addWidget(self.dismiss)

    def _connect(self) -> None:
        self.open_file.clicked.connect(self._on_open_file_clicked)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.send.clicked.connect(self._on_send_clicked)
        self.sign.clicked.connect(self._on_sign_clicked)
        self.sign_companion.clicked.connect(self._on_sign_companion_clicked)
        self.dismiss.clicked.connect(self.hide)

    def show_file(self, path: Path, signable: bool = False, companion: Path | None = None,
                  companion_signable: bool = False) -> None:
        """Show *path*; ``signable``: an official PDF with an empty signature field ("Ký số…");
        *companion*: its appendix written as its own file, signable on its own."""
        self._path = path
        self._companion = companion
        self.sign.setVisible(signable)
        self.sign_companion.setVisible(companion is not None and companion_signable)
        text = self.tr("Saved <b>%1</b> in %2").replace("%1", html.escape(path.name)) \
            .replace("%2", html.escape(str(path.parent)))
        if companion is not None:
            text += " " + self.tr("(appendix: <b>%1</b>)").replace("%1", html.escape(companion.name))
        self.label.setText(text)
        self.label.setToolTip(str(path) if companion is None else f"{path}\n{companion}")
        self.show()

    def path(self) -> Path | None:
        return self._path

    def companion(self) -> Path | None:
        return self._companion

    def _open(self, target: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            messages.show_error(self, self.tr("Cannot open"), OSError(
                0, self.tr("No program opened it"), str(target)))

    def _on_open_file_clicked(self) -> None:
        if self._path is not None:
            self._open(self._path)

    def _on_open_folder_clicked(self) -> None:
        if self._path is not None:
            self._open(self._path.parent)

    def _on_sign_clicked(self) -> None:
        if self._path is not None:
            self.sig_sign_requested.emit(self._path)

    def _on_sign_companion_clicked(self) -> None:
        if self._companion is not None:
            self.sig_sign_requested.emit(self._companion)

    def _on_send_clicked(self) -> None:
        if self._path is not None:
            self.sig_send_requested.emit(self._path)
