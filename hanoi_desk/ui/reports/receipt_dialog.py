"""Record or correct one agency's annual report: dates, number, figures, text and the file itself."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.errors import ConflictError, ValidationError
from hanoi_desk.domain.reports import (
    FIGURE_LABELS,
    FIGURES,
    MAX_ATTACHMENT_BYTES,
    AttachmentDraft,
    Figures,
    IntakeRow,
    Receipt,
    ReceiptDraft,
)
from hanoi_desk.services.reports import ReportService
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.edit_dialog import EditDialog

_NOT_STATED = -1  # a spin box at its minimum shows "—": the report does not give this figure


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReceiptDialog(EditDialog):
    """Accepting it saves through the service; refused input stays on screen with the reasons beside it."""

    def __init__(self, reports: ReportService, row: IntakeRow, year: int, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._row = row
        self._year = year
        self._today = today
        self._receipt: Receipt | None = row.receipt
        self._saved: Receipt | None = None
        self._new_file: AttachmentDraft | None = None
        self._remove_file = False
        self._build_ui()
        self._connect()
        self._load()
        self.mark_clean()

    def _build_ui(self) -> None:
        title = self.tr("Edit report") if self._receipt else self.tr("Record report")
        self.setWindowTitle(f"{title} — {self._row.agency_name} ({self._year})")
        self.setMinimumWidth(640)
        self.errors: dict[str, QLabel] = {}

        header = QLabel(f"<b>{html.escape(self._row.agency_name)}</b> — "
                        + self.tr("report for %1").replace("%1", str(self._year)))
        doc_box = QGroupBox(self.tr("Document"))
        form = QFormLayout(doc_box)
        self.received_on = self._date_edit()
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText(self.tr("e.g. 125/BC-UBND"))
        self.doc_number.setMaxLength(60)
        self.has_doc_date = QCheckBox(self.tr("Dated"))
        self.doc_date = self._date_edit()
        doc_date_row = QHBoxLayout()
        doc_date_row.addWidget(self.has_doc_date)
        doc_date_row.addWidget(self.doc_date, 1)
        self._row_with_error(form, self.tr("Received on *"), self.received_on, "received_on")
        self._row_with_error(form, self.tr("Document number"), self.doc_number, "doc_number")
        self._row_with_error(form, self.tr("Document date"), doc_date_row, "doc_date")

        figures_box = QGroupBox(self.tr("Figures (— = not stated in the report)"))
        grid = QGridLayout(figures_box)
        self.figures: dict[str, QSpinBox] = {}
        for i, name in enumerate(FIGURES):
            spin = QSpinBox()
            spin.setRange(_NOT_STATED, 2_000_000_000)
            spin.setSpecialValueText("—")
            spin.setGroupSeparatorShown(True)
            self.figures[name] = spin
            self.field_labels[name] = FIGURE_LABELS[name]
            error = self._error_label(name)
            grid.addWidget(QLabel(FIGURE_LABELS[name]), i * 2, 0)
            grid.addWidget(spin, i * 2, 1)
            grid.addWidget(error, i * 2 + 1, 0, 1, 2)

        text_box = QGroupBox(self.tr("What the report says"))
        text_form = QFormLayout(text_box)
        self.results = QPlainTextEdit()
        self.difficulties = QPlainTextEdit()
        self.proposals = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for edit in (self.results, self.difficulties, self.proposals):
            edit.setMinimumHeight(60)
        self.notes.setMinimumHeight(40)
        text_form.addRow(self.tr("Results"), self.results)
        text_form.addRow(self.tr("Difficulties"), self.difficulties)
        text_form.addRow(self.tr("Proposals"), self.proposals)
        text_form.addRow(self.tr("Notes"), self.notes)
        self.field_labels.update(results=self.tr("Results"), difficulties=self.tr("Difficulties"),
                                 proposals=self.tr("Proposals"), notes=self.tr("Notes"),
                                 attachment=self.tr("New file"),
                                 remove_attachment=self.tr("Remove file"))

        file_box = QGroupBox(self.tr("File (PDF, Word or scan), kept in the database"))
        file_layout = QHBoxLayout(file_box)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose_file = QPushButton(self.tr("Choose file…"))
        self.remove_file = QPushButton(self.tr("Remove file"))
        file_layout.addWidget(self.file_label, 1)
        file_layout.addWidget(self.choose_file)
        file_layout.addWidget(self.remove_file)
        file_error = self._error_label("attachment")

        self.general_error = self._error_label("")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.add_reload_button(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.general_error)
        layout.addWidget(self._error_label("agency_id"))
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(doc_box)
        left.addWidget(figures_box)
        left.addStretch()
        columns.addLayout(left)
        columns.addWidget(text_box, 1)
        layout.addLayout(columns)
        layout.addWidget(file_box)
        layout.addWidget(file_error)
        layout.addWidget(self.buttons)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #b00020;")
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        return label

    def _row_with_error(self, form: QFormLayout, title: str, widget: object, field: str) -> None:
        self.field_labels[field] = title.rstrip(" *")
        form.addRow(title, widget)  # type: ignore[arg-type]
        form.addRow("", self._error_label(field))

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.has_doc_date.toggled.connect(self.doc_date.setEnabled)
        self.choose_file.clicked.connect(self._on_choose_file_clicked)
        self.remove_file.clicked.connect(self._on_remove_file_clicked)

    def load_latest(self) -> None:
        """After a conflict: the report as last saved (its stored file too), with its new version."""
        if self._receipt is not None:
            self._receipt = self._reports.get(self._receipt.id)
            self._new_file = None
            self._remove_file = False
            self._load()

    def _load(self) -> None:
        receipt = self._receipt
        received = receipt.received_on if receipt else min(self._today, date(self._year + 1, 12, 31))
        self.received_on.setDate(_qdate(received))
        self.doc_number.setText(receipt.doc_number if receipt else "")
        self.has_doc_date.setChecked(bool(receipt and receipt.doc_date))
        self.doc_date.setDate(_qdate(receipt.doc_date if receipt and receipt.doc_date else received))
        self.doc_date.setEnabled(self.has_doc_date.isChecked())
        for name, spin in self.figures.items():
            value = getattr(receipt.figures, name) if receipt else None
            spin.setValue(_NOT_STATED if value is None else value)
        self.results.setPlainText(receipt.results if receipt else "")
        self.difficulties.setPlainText(receipt.difficulties if receipt else "")
        self.proposals.setPlainText(receipt.proposals if receipt else "")
        self.notes.setPlainText(receipt.notes if receipt else "")
        self._show_file()

    def _show_file(self) -> None:
        if self._new_file is not None:
            size = len(self._new_file.data)
            self.file_label.setText(self.tr("New: %1 (%2 KB)").replace("%1", self._new_file.name)
                                    .replace("%2", f"{max(1, size // 1024):,}".replace(",", ".")))
        elif self._receipt and self._receipt.has_attachment and not self._remove_file:
            self.file_label.setText(self.tr("Stored: %1 (%2 KB)").replace("%1", self._receipt.attachment_name)
                                    .replace("%2", f"{max(1, self._receipt.attachment_size // 1024):,}"
                                             .replace(",", ".")))
        else:
            self.file_label.setText(self.tr("No file"))
        has_file = self._new_file is not None or bool(
            self._receipt and self._receipt.has_attachment and not self._remove_file)
        self.remove_file.setEnabled(has_file)

    # ---------------------------------------------------------------- file
    def _on_choose_file_clicked(self) -> None:
        settings = QSettings()
        start = str(settings.value("paths/report_files", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the report file"), start,
            self.tr("Reports (*.pdf *.doc *.docx *.odt *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        if name:
            settings.setValue("paths/report_files", str(Path(name).parent))
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> None:
        """Read the chosen file now, so a file moved or deleted before Save cannot lose the report."""
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(self.tr("The file is larger than %1 MB.")
                                      .replace("%1", str(MAX_ATTACHMENT_BYTES // 1048576)))
            data = path.read_bytes()
        except (OSError, ValidationError) as error:
            messages.show_error(self, self.tr("Cannot attach the file"), error)
            return
        self._new_file = AttachmentDraft(path.name, data)
        self._remove_file = False
        self._show_file()

    def _on_remove_file_clicked(self) -> None:
        self._new_file = None
        self._remove_file = True
        self._show_file()

    # ---------------------------------------------------------------- saving
    def draft(self) -> ReceiptDraft:
        figures = Figures(**{name: (None if spin.value() == _NOT_STATED else spin.value())
                             for name, spin in self.figures.items()})
        return ReceiptDraft(
            agency_id=self._row.agency_id,
            year=self._year,
            received_on=self.received_on.date().toPython(),
            doc_number=self.doc_number.text(),
            doc_date=self.doc_date.date().toPython() if self.has_doc_date.isChecked() else None,
            figures=figures,
            results=self.results.toPlainText(),
            difficulties=self.difficulties.toPlainText(),
            proposals=self.proposals.toPlainText(),
            notes=self.notes.toPlainText(),
            attachment=self._new_file,
            remove_attachment=self._remove_file,
        )

    def _on_buttons_accepted(self) -> None:
        for label in self.errors.values():
            label.hide()
            label.setText("")
        try:
            if self._receipt is None:
                self._saved = self._reports.record(self.draft())
            else:
                self._saved = self._reports.update(self._receipt.id, self.draft(), self._receipt.version)
        except ConflictError as error:
            self.show_conflict(error)
            return
        except ValidationError as error:
            for problem in error.problems:
                label = self.errors.get(problem.field) or self.general_error
                text = problem.message if label is not self.general_error else str(problem)
                label.setText((label.text() + "\n" if label.isVisibleTo(self) else "") + text)
                label.show()
            return
        self.accept()

    def saved(self) -> Receipt | None:
        return self._saved
