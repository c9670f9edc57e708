"""The "Digital signatures" page of the settings: the token's library, the TSA, the images, the roots.

The images and the roots are written as soon as the clerk picks or removes one (each is its own
record in the database); the library and the TSA are saved with the dialog's Save.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.signatures import DEFAULT_TSA_URL
from hanoi_desk.services.signatures import SigningService, TrustedRoot
from hanoi_desk.ui.signing.token_picker import TokenPicker
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.file_actions import ask_open_path
from hanoi_desk.ui.widgets.table_model import Column, RowFilterProxy, RowTableModel, make_table_view

_ERROR_STYLE = "color: #b00020;"


class _ImageRow(QWidget):
    """A signature image or the seal: what is stored, and buttons to choose another or remove it."""

    def __init__(self, page: SignatureSettingsPage, kind: str) -> None:
        super().__init__(page)
        self._page = page
        self.kind = kind
        self.preview = QLabel()
        self.preview.setFixedSize(150, 70)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #ccc; background: white;")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose PNG…"))
        self.remove = QPushButton(self.tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addWidget(self.info, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.remove)
        self.choose.clicked.connect(self._on_choose_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)

    def load(self) -> None:
        stored = self._page.signing.image(self.kind)
        self.remove.setEnabled(stored is not None)
        if stored is None:
            self.preview.clear()
            self.preview.setText(self.tr("(none)"))
            self.info.setText(self.tr("No image: the signature is invisible on the page."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(stored.png))
        self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.info.setText(stored.describe())

    def _on_choose_clicked(self) -> None:
        path = ask_open_path(self, self.tr("Choose the image"), self.tr("PNG images (*.png)"))
        if path is None:
            return
        try:
            self._page.signing.set_image(self.kind, path.read_bytes())
        except (ValidationError, OSError) as error:
            messages.show_error(self, self.tr("Image not saved"), error)
            return
        self.load()

    def _on_remove_clicked(self) -> None:
        answer = QMessageBox.question(self, self.tr("Remove the image"),
                                      self.tr("Remove this image? Documents signed from now on show none."))
        if answer == QMessageBox.StandardButton.Yes:
            self._page.signing.remove_image(self.kind)
            self.load()


class SignatureSettingsPage(QWidget):
    sig_roots_changed = Signal()
    """Roots were added or removed: the received reports' signatures should be judged again."""

    def __init__(self, signing: SigningService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signing = signing
        self._build_ui()
        self._connect()
        self.load()

    def _build_ui(self) -> None:
        token_box = QGroupBox(self.tr("Signing (shared by every workstation)"))
        form = QFormLayout(token_box)
        self.picker = TokenPicker(self.signing, token_box, with_keys=False)
        self.picker.add_to(form)
        self.module = self.picker.module
        self.module_error = QLabel()
        self.module_error.setWordWrap(True)
        self.module_error.setStyleSheet(_ERROR_STYLE)
        self.module_error.setMinimumWidth(420)  # else a wrapped label gets the height of a narrow one
        form.addRow("", self.module_error)
        self.tsa = QLineEdit()
        self.tsa.setPlaceholderText(DEFAULT_TSA_URL)
        form.addRow(self.tr("Timestamp server (TSA)"), self.tsa)
        self.tsa_error = QLabel()
        self.tsa_error.setStyleSheet(_ERROR_STYLE)
        form.addRow("", self.tsa_error)
        self.form = form
        self._show_error(self.module_error, "")
        self._show_error(self.tsa_error, "")
        self.signer_image = _ImageRow(self, "signer")
        form.addRow(self.tr("Signer's signature (blue PNG)"), self.signer_image)
        self.seal_image = _ImageRow(self, "seal")
        form.addRow(self.tr("Office seal (red PNG, real size)"), self.seal_image)

        roots_box = QGroupBox(self.tr("Trusted root certificates"))
        self.roots_model: RowTableModel[TrustedRoot] = RowTableModel([
            # Vietnamese like every verdict (Circular 15/2025): why a root kept from before is not used.
            Column(self.tr("Certificate"), lambda r: r.info.subject + (f" — không dùng: {r.problem}"
                                                                        if r.problem else "")),
            Column(self.tr("Issued by"), lambda r: r.info.issuer),
            Column(self.tr("Valid until"), lambda r: r.info.not_after.date(), searchable=False),
            Column(self.tr("SHA-256 fingerprint"), lambda r: r.info.fingerprint),
        ], self)
        self.roots_proxy = RowFilterProxy(self)
        self.roots_proxy.setSourceModel(self.roots_model)
        self.roots_view = make_table_view(self.roots_proxy, context_menu=False)
        self.import_root = QPushButton(self.tr("Import…"))
        self.remove_root = QPushButton(self.tr("Remove"))
        note = QLabel(self.tr("A signature is trusted when its certificate chains to one of these roots. "
                              "Import the roots the office trusts (VGCA, NEAC) from files whose fingerprint "
                              "you checked with their publisher; none is built in."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.import_root)
        buttons.addWidget(self.remove_root)
        roots_layout = QVBoxLayout(roots_box)
        roots_layout.addWidget(note)
        roots_layout.addWidget(self.roots_view)
        roots_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(token_box)
        layout.addWidget(roots_box, 1)

    def _connect(self) -> None:
        self.picker.refresh.clicked.connect(self._on_find_tokens_clicked)
        self.import_root.clicked.connect(self._on_import_root_clicked)
        self.remove_root.clicked.connect(self._on_remove_root_clicked)

    def load(self) -> None:
        self.picker.set_module(self.signing.module())
        tsa = self.signing.tsa_url()
        self.tsa.setText("" if tsa == DEFAULT_TSA_URL else tsa)
        self.signer_image.load()
        self.seal_image.load()
        self.roots_model.set_rows(self.signing.roots())

    def _on_find_tokens_clicked(self) -> None:
        error = self.picker.find_tokens()
        self._show_error(self.module_error, error or "")

    def _on_import_root_clicked(self) -> None:
        path = ask_open_path(self, self.tr("Import trusted root certificates"),
                             self.tr("Certificates (*.cer *.crt *.pem *.p7b *.p7c);;All files (*)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
            found = self.signing.inspect_roots(data, path.name)
        except (ValidationError, OSError) as error:
            messages.show_error(self, self.tr("Not imported"), error)
            return
        details = "\n\n".join(found.lines())  # Vietnamese: the fingerprints the clerk compares
        if not found.accepted:
            QMessageBox.information(self, self.tr("Trusted root certificates"),
                                    self.tr("Nothing to add: only self-signed root certificates of a "
                                            "certification authority can be trusted.") + "\n\n" + details)
            return
        answer = QMessageBox.question(
            self, self.tr("Trust these root certificates?"),
            self.tr("Compare each SHA-256 fingerprint with the one its publisher gives before you trust "
                    "it: every signature that chains to a trusted root is shown as trusted.")
            + "\n\n" + details)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.signing.add_roots(data, path.name)
        self.roots_model.set_rows(self.signing.roots())
        self.sig_roots_changed.emit()

    def _on_remove_root_clicked(self) -> None:
        selected = self.roots_view.selectionModel().selectedRows()
        rows = {self.roots_proxy.mapToSource(i).row() for i in selected}
        chosen = [self.roots_model.row(r) for r in sorted(rows)]
        if not chosen:
            return
        names = "\n".join(r.info.subject for r in chosen)
        answer = QMessageBox.question(self, self.tr("Remove trusted roots"),
                                      self.tr("Stop trusting these root certificates?") + "\n" + names)
        if answer != QMessageBox.StandardButton.Yes:
            return
        for root in chosen:
            self.signing.remove_root(root.id)
        self.roots_model.set_rows(self.signing.roots())
        self.sig_roots_changed.emit()

    def save(self) -> bool:
        """Save the library and the TSA; False (the problems shown beside them) when one is wrong."""
        self._show_error(self.module_error, "")
        self._show_error(self.tsa_error, "")
        try:
            self.signing.save_options(self.picker.module_path(), self.tsa.text())
        except ValidationError as error:
            for problem in error.problems:
                label = self.module_error if problem.field == "module" else self.tsa_error
                self._show_error(label, problem.message)
            return False
        return True

    def _show_error(self, label: QLabel, text: str) -> None:
        """An error under its field, its row there only while it says something (no empty gap)."""
        label.setText(text)
        self.form.setRowVisible(label, bool(text))
