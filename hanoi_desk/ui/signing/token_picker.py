"""The USB token's library, the token plugged in and (when it holds several) its certificate.

One widget for the sign dialog and the signing settings page, so that both find tokens the same way:
tokens are told apart by serial number (two tokens of one office often carry the same label), and a
token holding several certificates lets the clerk choose one, the expired ones left out.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from hanoi_desk.services.signatures import SigningError, SigningService, suggested_modules


class TokenPicker(QObject):
    """Three rows for the host's own form (so that they line up with its other rows): the library (with
    Browse…), the token (with Find tokens), and the certificate, shown only when there is a choice."""

    def __init__(self, signing: SigningService, parent: QWidget, *, with_keys: bool = True) -> None:
        super().__init__(parent)
        self._signing = signing
        self._with_keys = with_keys
        self._form: QFormLayout | None = None
        self._shown = True
        self._build_ui(parent)
        self._connect()

    def _build_ui(self, parent: QWidget) -> None:
        self.module = QComboBox(parent)
        self.module.setEditable(True)
        self.module.addItems(suggested_modules())
        self.module.setToolTip(self.tr("The PKCS#11 library installed with the USB token's driver: "
                                       "eTPKCS11.dll (SafeNet) or bit4xpki.dll (Bit4id) for VGCA tokens."))
        self.browse = QPushButton(self.tr("Browse…"), parent)
        self.refresh = QPushButton(self.tr("Find tokens"), parent)
        self.tokens = QComboBox(parent)
        self.keys = QComboBox(parent)
        self.module_label = QLabel(self.tr("Token library (PKCS#11)"), parent)
        self.tokens_label = QLabel(self.tr("Token"), parent)
        self.keys_label = QLabel(self.tr("Certificate"), parent)
        self.module_row = QHBoxLayout()
        self.module_row.addWidget(self.module, 1)
        self.module_row.addWidget(self.browse)
        self.tokens_row = QHBoxLayout()
        self.tokens_row.addWidget(self.tokens, 1)
        self.tokens_row.addWidget(self.refresh)

    def add_to(self, form: QFormLayout) -> None:
        """Put the rows in the host's form, where they are (call once, in the order wanted)."""
        self._form = form
        form.addRow(self.module_label, self.module_row)
        form.addRow(self.tokens_label, self.tokens_row)
        form.addRow(self.keys_label, self.keys)
        self._show_keys(False)

    def set_visible(self, shown: bool) -> None:
        """Show or hide the rows (the sign dialog shows them for a token, not for a .p12 file)."""
        self._shown = shown
        if self._form is not None:
            self._form.setRowVisible(self.module_row, shown)
            self._form.setRowVisible(self.tokens_row, shown)
        self._show_keys(self.keys.count() > 1)

    def _connect(self) -> None:
        self.browse.clicked.connect(self._on_browse_clicked)
        self.tokens.currentIndexChanged.connect(self._on_tokens_current_index_changed)

    def _show_keys(self, shown: bool) -> None:
        if self._form is not None:
            self._form.setRowVisible(self.keys, shown and self._shown)

    # ---------------------------------------------------------------- values
    def module_path(self) -> str:
        return self.module.currentText().strip()

    def set_module(self, module: str) -> None:
        if module:
            self.module.setCurrentText(module)
        else:
            self.module.setCurrentIndex(-1)
            self.module.setCurrentText("")

    def token_serial(self) -> str | None:
        """The serial number of the token chosen (None: none found, let the service take the only one)."""
        value = self.tokens.currentData() if self.tokens.count() else None
        return str(value) if value else None

    def key_id(self) -> str | None:
        """The certificate chosen (shown only when the token holds several current ones; one left after
        the expired ones are dropped is chosen without asking); None: let the service take the only one."""
        value = self.keys.currentData() if self.keys.count() else None  # one left: no row, still chosen
        return str(value) if value else None

    # ---------------------------------------------------------------- finding
    def find_tokens(self) -> str | None:
        """List the tokens plugged in now (a token plugged in after the program started too); the error
        in Vietnamese when the library cannot be used, else None."""
        self.tokens.blockSignals(True)
        self.tokens.clear()
        try:
            found = self._signing.tokens(self.module_path())
        except SigningError as error:
            self.tokens.blockSignals(False)
            self._show_keys(False)
            return str(error)
        for token in found:
            self.tokens.addItem(token.describe(), token.serial)
        if not found:
            self.tokens.addItem(self.tr("(no token plugged in)"), None)
        self.tokens.blockSignals(False)
        self._on_tokens_current_index_changed()
        return None

    def _on_tokens_current_index_changed(self, _index: int = 0) -> None:
        """The certificates of the token chosen; a choice only when it holds more than one."""
        self.keys.clear()
        serial = self.token_serial()
        if not self._with_keys or serial is None:
            self._show_keys(False)
            return
        try:
            choices = self._signing.key_choices(self.module_path(), serial)
        except SigningError:
            choices = []
        for choice in choices:
            self.keys.addItem(choice.describe(), choice.key_id)
        self._show_keys(len(choices) > 1)

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.module, self.tr("Token library (PKCS#11)"),
                                              self.module_path(),
                                              self.tr("Libraries (*.dll *.so *.dylib);;All files (*)"))
        if name:
            self.module.setCurrentText(name)
