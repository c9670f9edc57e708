"""Report intake (Tiếp nhận báo cáo): who has reported for a year, recording reports as they arrive,
the reminder letter for those missing and the office's own report to UBND Thành phố."""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.errors import ConflictError, ValidationError
from hanoi_desk.domain.localtime import stamp
from hanoi_desk.domain.reports import (
    FIGURE_LABELS,
    FIGURES,
    IntakeRow,
    IntakeSummary,
    ReportSettings,
    ReportStatus,
    ReportTexts,
)
from hanoi_desk.services.reports import ReportService
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.ui.reports.receipt_dialog import ReceiptDialog
from hanoi_desk.ui.widgets import file_actions, messages, print_preview
from hanoi_desk.ui.widgets.edit_dialog import ask_to_save
from hanoi_desk.ui.widgets.list_tab import RIGHT as _RIGHT
from hanoi_desk.ui.widgets.list_tab import Filter, ListFiles, ListTab, Writer, choice_box
from hanoi_desk.ui.widgets.list_tab import thousands as _n
from hanoi_desk.ui.widgets.office_fields import draft_note
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column
from hanoi_desk.ui.widgets.tasks import Task

if TYPE_CHECKING:
    from hanoi_desk.importing import ImportJob

_STATUS_COLOURS = {
    ReportStatus.ON_TIME: (None, QColor("#e6f4ea")),
    ReportStatus.LATE: (None, QColor("#fff4e0")),
    ReportStatus.MISSING: (QColor("#9b1c1c"), QColor("#fdecec")),
    ReportStatus.NOT_DUE: (None, None),
}


class ReportsTab(ListTab[IntakeRow]):
    sig_appendix_written = Signal(Path)
    """The annual report's appendix was written as its own file, beside the report just announced."""

    settings_group = "reports"
    column_widths = (300, 130, 150, 90, 120, 95, 95, 105, 70, 80, 80, 160, 100)
    # No column sorted at first: the service's order (kind, then the Vietnamese alphabet) stands;
    # rows are coloured by status, so no alternating colours.
    view_options: ClassVar[dict[str, Any]] = {"sort_column": -1, "single": True, "alternating": False}
    toolbar_gap = 12
    count_selected = False
    imports = True

    def __init__(self, reports: ReportService, parent: QWidget | None = None, *, load: bool = True,
                 settings: SettingsService | None = None) -> None:
        """*load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs).
        *settings*: where the import's column choices are remembered (none: not remembered)."""
        self._reports = reports
        self._settings = settings
        self._today = reports.clock.today
        self._recheck: Task | None = None
        self._recheck_again: bool | None = None  # asked again while one ran: all years (True) or not
        self._texts = ReportTexts(self._today().year)
        self._drafted = ReportTexts(self._today().year)  # III and IV as drafted, where nothing is saved
        self.last_pdf: Path | None = None
        super().__init__(reports.clock, parent, load=load)

    # ---------------------------------------------------------------- building
    def columns(self) -> list[Column[IntakeRow]]:
        titles = {
            "portal_items": self.tr("Portal items"),
            "fanpage_items": self.tr("Fanpage items"),
            "official_fanpages": self.tr("Fanpages"),
            "monitoring_staff": self.tr("Monitoring staff"),
            "interactions_handled": self.tr("Interactions"),
        }
        figure_columns = [
            Column(titles[name], (lambda r, n=name: r.figure(n)), align=_RIGHT, searchable=False,
                   tooltip=lambda _r, n=name: FIGURE_LABELS[n])
            for name in FIGURES
        ]
        return [
            Column(self.tr("Agency"), lambda r: r.agency_name),
            Column(self.tr("Kind"), lambda r: r.kind.label),
            Column(self.tr("Status"), lambda r: r.status.label + ("" if r.expected else " *"),
                   sort=lambda r: list(ReportStatus).index(r.status),
                   tooltip=lambda r: "" if r.expected else self.tr("Reported although not on the list of "
                                                                   "agencies that must report this year")),
            Column(self.tr("Received on"), lambda r: r.received_on, searchable=False),
            Column(self.tr("Document number"), lambda r: r.receipt.doc_number if r.receipt else ""),
            Column(self.tr("Document date"), lambda r: r.receipt.doc_date if r.receipt else None,
                   searchable=False),
            *figure_columns,
            Column(self.tr("File"), lambda r: r.receipt.attachment_name if r.receipt else ""),
            # The verdicts (hợp lệ / không hợp lệ / chưa tin cậy / không có) stay Vietnamese in either
            # language: Circular 15/2025 wants a verifier to say them in Vietnamese (domain.signatures).
            Column(self.tr("Digital signature"), lambda r: r.receipt.signature_label if r.receipt else "",
                   tooltip=lambda r: r.receipt.signature_summary if r.receipt else ""),
            Column(self.tr("Recorded by"), lambda r: r.receipt.updated_by if r.receipt else ""),
        ]

    def search_placeholder(self) -> str:
        return self.tr("Search by agency, document number… (Ctrl+F)")

    def filters(self) -> list[Filter]:
        self.year = QSpinBox()  # in the toolbar: the year chooses what is read, not what is shown
        self.year.setRange(2019, 2100)
        self.year.setValue(self._today().year)
        self.status_filter = choice_box(self.tr("All statuses"), [
            (self.tr("Received"), "received"), (self.tr("Not received"), "waiting")], ReportStatus)
        self.kind_filter = choice_box(self.tr("All kinds"), AgencyKind)
        return [Filter(self.status_filter, self.tr("Status:"), 1),
                Filter(self.kind_filter, self.tr("Kind:"), 1)]

    def make_actions(self) -> None:
        self.act_record = self.tab_action(self.tr("&Record report…"), QKeySequence.StandardKey.New)
        self.act_edit = self.row_action(self.tr("&Edit"), QKeySequence(Qt.Key.Key_Return))
        self.act_delete = self.row_action(self.tr("&Delete"), QKeySequence.StandardKey.Delete)
        self.act_open_file = self.tab_action(self.tr("&Open file"), QKeySequence("Ctrl+O"))
        self.make_standard_actions()
        assert self.act_print is not None
        self.act_print.setToolTip(self.tr("Print preview of the annual report, as of now"))
        self.act_reminder = self.tab_action(self.tr("Reminder &letter (PDF)…"))
        self.act_annual = self.tab_action(self.tr("&Annual report (PDF)…"))
        self.act_appendix_separate = self.tab_action(self.tr("Appendix as its own file"))
        self.act_appendix_separate.setCheckable(True)
        self.act_appendix_separate.setToolTip(self.tr(
            "Write the annual report's appendix as a separate PDF beside it, which the office signs on its "
            "own (a text signature at the top right of its first page)"))
        self.act_appendix_separate.setChecked(
            QSettings().value("reports/appendix_separate", False, type=bool))
        self.act_recheck = self.tab_action(self.tr("Recheck &signatures"))
        self.act_recheck.setToolTip(self.tr("Verify the digital signatures of this year's received reports "
                                            "again, against the trusted roots as they are now"))
        self.act_settings = self.tab_action(self.tr("Report &settings…"))

    def toolbar(self) -> list[QAction | QWidget | str | None]:
        annual = self.tool_button(self.act_annual)
        options = QMenu(annual)  # the option in the button's own menu: no room for more buttons
        options.addAction(self.act_appendix_separate)
        annual.setMenu(options)
        annual.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        return [QLabel(self.tr("Year:")), self.year, None, self.act_record, self.act_edit, self.act_delete,
                self.act_open_file, None, self.act_import, self.act_export, None, self.act_reminder, annual,
                self.act_print, None, self.act_settings, self.act_reload]

    def context_menu(self) -> list[QAction | QMenu | None]:
        # the "Chữ ký số" column judged again (also in the Edit menu)
        return [self.act_record, self.act_edit, self.act_open_file, self.act_delete, None, self.act_recheck]

    def body(self) -> QWidget:
        """The list, with the year's summary and the office's report text beside it."""
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        summary_box = QGroupBox(self.tr("Summary"))
        QVBoxLayout(summary_box).addWidget(self.summary_label)

        texts_box = QGroupBox(self.tr("Office's report: text"))
        texts = QFormLayout(texts_box)
        self.report_number = QLineEdit()
        self.report_number.setPlaceholderText(self.tr("empty: written by hand when registered"))
        self.report_number.setMaxLength(30)
        self.shortcomings = QPlainTextEdit()
        self.shortcomings.setPlaceholderText(self.tr("III. Shortcomings — one paragraph per line"))
        self.proposals = QPlainTextEdit()
        self.proposals.setPlaceholderText(self.tr("IV. Proposals — one paragraph per line"))
        self.redraft = QPushButton(self.tr("Draft from the data"))
        self.redraft.setToolTip(self.tr("Write sections III and IV again from the data: who has not "
                                        "reported, who was late, pages not verified, impersonators still up "
                                        "(Ctrl+Z undoes it)"))
        self.save_texts = QPushButton(self.tr("Save text"))
        self.texts_info = QLabel()
        self.texts_info.setWordWrap(True)
        texts.addRow(self.tr("Report number"), self.report_number)
        texts.addRow(self.tr("III. Shortcomings"), self.shortcomings)
        texts.addRow(self.tr("IV. Proposals"), self.proposals)
        texts.addRow(self.texts_info)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.redraft)
        save_row.addWidget(self.save_texts)
        texts.addRow(save_row)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(summary_box)
        side_layout.addWidget(texts_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        return self.splitter

    def connect_actions(self) -> None:
        self.year.valueChanged.connect(self._on_year_value_changed)
        self.save_texts.clicked.connect(self._on_save_texts_clicked)
        self.redraft.clicked.connect(self._on_redraft_clicked)
        self.act_record.triggered.connect(self._on_record_triggered)
        self.act_edit.triggered.connect(self._on_record_triggered)
        self.act_delete.triggered.connect(self._on_delete_triggered)
        self.act_open_file.triggered.connect(self._on_open_file_triggered)
        self.act_reminder.triggered.connect(self._on_reminder_triggered)
        self.act_annual.triggered.connect(self._on_annual_triggered)
        self.act_appendix_separate.toggled.connect(self._on_appendix_separate_toggled)
        self.act_recheck.triggered.connect(self._on_recheck_triggered)
        self.act_settings.triggered.connect(self._on_settings_triggered)

    # ---------------------------------------------------------------- state
    def restore_more(self, settings: QSettings) -> None:
        splitter = settings.value("reports/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([900, 360])

    def menu_actions(self) -> list[QAction | None]:
        return [self.act_record, self.act_edit, self.act_delete, self.act_open_file, self.act_recheck,
                None, self.act_reminder, self.act_annual, self.act_appendix_separate, None, self.act_settings,
                None, self.act_find, self.act_reload]

    def save_more(self, settings: QSettings) -> None:
        settings.setValue("reports/splitter", self.splitter.saveState())

    def today(self) -> date:
        return self._today()

    def show_filtered(self, status: str, year: str = "") -> None:
        """Show the list behind an overview figure: the year's agencies with *status* ("received",
        "waiting", a ReportStatus value, or "" for every agency that must report)."""
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status or None)))
        if year and int(year) != self.selected_year():
            self.year.setValue(int(year))  # reloads (after asking about unsaved report text)
        self.apply_filters()

    def selected_year(self) -> int:
        return self.year.value()

    def reload(self) -> None:
        """Read the year's intake again (F5): reports other clerks recorded appear."""
        current = self.current()
        year = self.selected_year()
        rows = self._reports.intake(year, self.today())
        self.model.set_rows(rows)
        self.apply_filters()
        self.proxy.resort()
        self._show_summary(self._reports.summary(year, self.today(), rows))
        if self._texts.year != year or not self.texts_changed():
            self._load_texts(year)  # unsaved text survives F5, a receipt, an import or a restore
        if current is not None:
            self._select_agency(current.agency_id)
        self.selection_changed()

    def _show_summary(self, s: IntakeSummary) -> None:
        lines = [
            self.tr("Deadline: %1").replace("%1", f"{s.deadline:%d/%m/%Y}"),
            self.tr("Received: <b>%1 / %2</b>").replace("%1", _n(s.received)).replace("%2", _n(s.expected)),
            self.tr("On time: %1 — late: %2").replace("%1", _n(s.on_time)).replace("%2", _n(s.late)),
            self.tr("Missing: %1 — not yet due: %2").replace("%1", _n(s.missing))
            .replace("%2", _n(s.not_due)),
        ]
        lines += [f"{html.escape(FIGURE_LABELS[name])}: <b>{_n(s.totals[name])}</b>" for name in FIGURES]
        self.summary_label.setText("<br>".join(lines))
        self.summary = s

    def _load_texts(self, year: int) -> None:
        """The saved text of *year*; where a section has none, the text the data draft (not saved)."""
        texts = self._reports.texts(year)
        self._texts = texts
        self._drafted = self._reports.drafted_texts(year, self.today())
        self.report_number.setText(texts.number)
        self.shortcomings.setPlainText(texts.shortcomings or self._drafted.shortcomings)
        self.proposals.setPlainText(texts.proposals or self._drafted.proposals)
        self._show_texts_info()

    def _show_texts_info(self) -> None:
        texts = self._texts
        if texts.version and texts.updated_at:
            text = self.tr("Saved by %1 at %2").replace("%1", texts.updated_by or "?") \
                .replace("%2", stamp(texts.updated_at))
        else:
            text = self.tr("Not saved yet")
        if not (texts.shortcomings and texts.proposals):
            text += "\n" + self.tr("III, IV: drafted from the data until saved")
        self.texts_info.setText(text)

    def _shown(self) -> tuple[str, str, str]:
        """What the boxes hold when nothing was typed: the saved text, else the drafted one."""
        t, d = self._texts, self._drafted
        return (t.number, t.shortcomings or d.shortcomings.strip(), t.proposals or d.proposals.strip())

    def texts_changed(self) -> bool:
        return (self.report_number.text().strip(), self.shortcomings.toPlainText().strip(),
                self.proposals.toPlainText().strip()) != self._shown()

    def _on_redraft_clicked(self) -> None:
        """Both sections again from today's data; undoable, and saved only when the clerk saves."""
        self._drafted = self._reports.drafted_texts(self._texts.year, self.today())
        for box, text in ((self.shortcomings, self._drafted.shortcomings),
                          (self.proposals, self._drafted.proposals)):
            cursor = box.textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(text)

    # ---------------------------------------------------------------- filters
    def predicate(self) -> Callable[[IntakeRow], bool] | None:
        wanted = self.status_filter.currentData()
        kind = AgencyKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        if wanted is None and kind is None:
            return None

        def predicate(row: IntakeRow) -> bool:
            if kind is not None and row.kind is not kind:
                return False
            if wanted == "received":
                return row.status.received
            if wanted == "waiting":
                return not row.status.received
            return wanted is None or row.status.value == wanted

        return predicate

    def counts(self, shown: int, total: int) -> str:
        return self.tr("Showing %1 of %2 agencies (year %3)").replace("%1", _n(shown)) \
            .replace("%2", _n(total)).replace("%3", str(self.selected_year()))

    def _on_year_value_changed(self, _year: int) -> None:
        if self.texts_changed() and not self.save_texts_now():
            # Not saved (e.g. someone else saved it meanwhile): stay on the text's year, keep the text.
            blocked = self.year.blockSignals(True)
            self.year.setValue(self._texts.year)
            self.year.blockSignals(blocked)
            return
        self.last_pdf = None
        self.reload()

    def selection_changed(self) -> None:
        row = self.current()
        self.act_record.setEnabled(row is not None)
        self.act_edit.setEnabled(row is not None and row.receipt is not None)
        self.act_delete.setEnabled(row is not None and row.receipt is not None)
        self.act_open_file.setEnabled(row is not None and row.receipt is not None
                                      and row.receipt.has_attachment)

    # ---------------------------------------------------------------- selection
    def _select_agency(self, agency_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).agency_id == agency_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return

    def row_style(self, row: IntakeRow) -> tuple[QColor | None, QColor | None]:
        fg, bg = _STATUS_COLOURS[row.status]
        if not row.expected:
            fg = QColor("#5f5f5f")
        return fg, bg

    # ---------------------------------------------------------------- receipts
    def row_activated(self, index: object) -> None:
        self._on_record_triggered()

    def open_dialog(self, row: IntakeRow) -> ReceiptDialog:
        return ReceiptDialog(self._reports, row, self.selected_year(), self.today(), self)

    def _on_record_triggered(self) -> None:
        """Record the selected agency's report, or correct it if it is already recorded."""
        row = self.current()
        if row is None:
            return
        if row.receipt is not None:
            try:
                fresh = self._reports.get(row.receipt.id)
            except ValidationError as error:
                messages.show_error(self, self.tr("Cannot open"), error)
                self.reload()
                return
            row = IntakeRow(row.agency_id, row.agency_name, row.kind, row.status, fresh, row.expected)
        dialog = self.open_dialog(row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self._select_agency(row.agency_id)

    def _on_delete_triggered(self) -> None:
        row = self.current()
        if row is None or row.receipt is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete report"),
            self.tr("Delete the recorded report of %1 for %2, with its file? This cannot be undone.")
            .replace("%1", row.agency_name).replace("%2", str(row.receipt.year)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._reports.delete(row.receipt.id)
        self.reload()

    def _on_open_file_triggered(self) -> None:
        row = self.current()
        if row is None or row.receipt is None or not row.receipt.has_attachment:
            return
        self.open_attachment(row.receipt.id)

    def open_attachment(self, receipt_id: int) -> Path | None:
        """Write a temporary copy of the stored file and open it with the system's viewer."""
        try:
            attachment = self._reports.attachment(receipt_id)
            folder = Path(tempfile.gettempdir()) / "HanoiDesk" / f"{receipt_id}-{attachment.sha256[:12]}"
            folder.mkdir(parents=True, exist_ok=True)
            from hanoi_desk.exporters.xlsx import safe_filename  # openpyxl: not at start-up
            path = folder / safe_filename(attachment.name)
            if not path.is_file() or path.stat().st_size != len(attachment.data):
                path.write_bytes(attachment.data)
        except (ValidationError, OSError) as error:
            messages.show_error(self, self.tr("Cannot open the file"), error)
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.show_error(self, self.tr("Cannot open the file"), ValidationError(
                self.tr("No program is set up to open %1.").replace("%1", path.name)))
        return path

    # ---------------------------------------------------------------- the office's text
    def _texts_draft(self) -> ReportTexts:
        # The year the text was loaded for: the year box may already show the next one. A section still
        # as the data drafted it is not saved: it stays drafted, and follows the data.
        def kept(box: QPlainTextEdit, saved: str, drafted: str) -> str:
            text = box.toPlainText()
            return "" if not saved and text.strip() == drafted.strip() else text

        return ReportTexts(self._texts.year, self.report_number.text(),
                           kept(self.shortcomings, self._texts.shortcomings, self._drafted.shortcomings),
                           kept(self.proposals, self._texts.proposals, self._drafted.proposals))

    def save_texts_now(self) -> bool:
        """Save sections III and IV; a clerk who saved in between is named and nothing is overwritten."""
        try:
            self._texts = self._reports.save_texts(self._texts_draft(), self._texts.version)
        except ConflictError as error:
            self._offer_latest_texts(error)
            return False
        except ValidationError as error:
            messages.show_error(self, self.tr("Text not saved"), error)
            return False
        self._show_texts_info()
        return True

    def _offer_latest_texts(self, error: ConflictError) -> None:
        """The way out of a conflict: load the other clerk's text, this clerk's own on the clipboard."""
        answer = QMessageBox.question(
            self, self.tr("Text not saved"),
            str(error) + "\n\n" + self.tr("Load the latest text now? Yours is copied to the clipboard, "
                                            "so you can paste back what you need."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        mine = self._texts_draft()
        QGuiApplication.clipboard().setText("\n\n".join(
            f"{title}\n{text}" for title, text in (
                (self.tr("Report number"), mine.number), (self.tr("III. Shortcomings"), mine.shortcomings),
                (self.tr("IV. Proposals"), mine.proposals)) if text.strip()))
        self._load_texts(self._texts.year)

    def maybe_close(self) -> bool:
        """Asked by the main window before it closes: unsaved report text is saved, dropped or kept."""
        if not self.texts_changed():
            return True
        answer = ask_to_save(
            self, self.tr("Unsaved report text"),
            self.tr("The text of the office's report for %1 has changes that are not saved. Save them?")
            .replace("%1", str(self._texts.year)))
        if answer == QMessageBox.StandardButton.Save:
            return self.save_texts_now()
        return answer == QMessageBox.StandardButton.Discard

    def _on_save_texts_clicked(self) -> None:
        if self.save_texts_now():
            self.sig_status.emit(self.tr("Report text saved"))

    # ---------------------------------------------------------------- import / export
    def files(self) -> ListFiles:
        return ListFiles(export_title=self.tr("Export the intake table to Excel"),
                         import_title=self.tr("Import a tally of reports from Excel"),
                         saving_label=self.tr("Saving the imported reports…"),
                         import_action=self.tr("&Import tally…"))

    def import_job(self) -> ImportJob:
        from hanoi_desk.importing import report_job  # the readers: not at start-up

        return report_job(self._reports, self.selected_year(), self._settings)

    def _ask_save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        """Where to save (a method so that tests can answer for the clerk)."""
        return file_actions.ask_save_path(self, title, name, file_filter)

    def default_export_name(self) -> str:
        return f"Tiếp nhận báo cáo năm {self.selected_year()}.xlsx"

    def list_writer(self, rows: list[IntakeRow], pdf: bool) -> Writer:
        """The intake table the view shows, in its order (Ctrl+P previews the annual report instead)."""
        year = self.selected_year()
        deadline = self.summary.deadline
        today = self.today()

        def run(path: Path, progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.reports import write_intake  # openpyxl, reportlab
            return write_intake(path, rows, year, deadline, exported_on=today,
                                progress=progress,  # type: ignore[arg-type]
                                cancelled=cancelled)  # type: ignore[arg-type]

        return run

    def _run_writer(self, path: Path, work: Callable[[object, object], Path], document: bool = False) -> Task:
        note = draft_note(self._reports.office(self.today()).draft_reasons) if document else ""
        self._task = file_actions.run_export(self, path, work, on_written=self._on_file_written, note=note)
        return self._task

    def _on_file_written(self, written: Path) -> None:
        if written.suffix.lower() == ".pdf":
            self.last_pdf = written

    # ---------------------------------------------------------------- documents
    def texts_ready_for_document(self) -> bool:
        """The document is written from the saved text: unsaved changes are saved only if the clerk
        says so (Ctrl+P used to save them silently); Cancel leaves everything as it is."""
        if not self.texts_changed():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved report text"),
            self.tr("Sections III and IV of the report for %1 have changes that are not saved. The document "
                    "uses the saved text: save the changes first?").replace("%1", str(self._texts.year)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save and self.save_texts_now()

    def _on_annual_triggered(self) -> None:
        if not self.texts_ready_for_document():
            return
        year = self.selected_year()
        path = self._ask_save_path(self.tr("Save the annual report"), f"Báo cáo kết quả năm {year}.pdf",
                                   self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.write_annual(path)

    def write_annual(self, path: Path, appendix_path: Path | None = None) -> Task:
        """The office's report as of today, with the text as saved (save first: the PDF is signed as is).

        With "Appendix as its own file" checked (or an *appendix_path*), the appendix is written beside
        it ("… - Phụ lục.pdf") for the office to sign on its own, and announced after the report.
        """
        from hanoi_desk.exporters.reports import appendix_file_name

        year, day = self.selected_year(), self.today()
        if appendix_path is None and self.act_appendix_separate.isChecked():
            appendix_path = appendix_file_name(path)

        def work(progress: object, _cancelled: object) -> Path:
            from hanoi_desk.exporters.reports import write_annual_report  # reportlab
            return self._reports.issue_annual_report(
                year, day, lambda data: write_annual_report(path, data, progress=progress,  # type: ignore[arg-type]
                                                            appendix_path=appendix_path))

        task = self._run_writer(path, work, document=True)
        if appendix_path is not None:  # after the report's own announcement (connected before this)
            task.sig_finished.connect(lambda _written: self.sig_appendix_written.emit(appendix_path))
        return task

    def _on_appendix_separate_toggled(self, checked: bool) -> None:
        QSettings().setValue("reports/appendix_separate", checked)

    # ---------------------------------------------------------------- signatures again
    def _on_recheck_triggered(self) -> None:
        self.recheck_signatures(all_years=False)

    def recheck_signatures(self, all_years: bool = False) -> Task | None:
        """Verify the stored report files' signatures again in the background (the shown year, or every
        year after the trusted roots changed), then show the new verdicts. Asked again while one runs,
        it runs once more when that one ends."""
        if self._recheck is not None:
            self._recheck_again = bool(self._recheck_again) or all_years
            return None
        year = None if all_years else self.selected_year()
        reports = self._reports

        def work(progress: object, cancelled: object) -> object:
            return reports.recheck_signatures(year, progress, cancelled)  # type: ignore[arg-type]

        label = self.tr("Checking the digital signatures of the received reports again…")
        self._recheck = Task(self, label, work)
        self._recheck.sig_finished.connect(self._on_recheck_finished)
        self._recheck.sig_error.connect(self._on_recheck_failed)
        self._recheck.start()
        return self._recheck

    def _end_recheck(self) -> None:
        if self._recheck is not None:
            self._recheck.deleteLater()
            self._recheck = None
        again, self._recheck_again = self._recheck_again, None
        if again is not None:
            self.recheck_signatures(all_years=again)

    def _on_recheck_finished(self, done: object) -> None:
        self.reload()
        self.sig_status.emit(self.tr("Digital signatures checked again: %1 report file(s), %2 verdict(s) "
                                     "changed").replace("%1", str(done.checked))  # type: ignore[attr-defined]
                             .replace("%2", str(done.changed)))  # type: ignore[attr-defined]
        self._end_recheck()

    def _on_recheck_failed(self, error: object) -> None:
        file_actions.report_failure(self, self.tr("Signatures not checked"), error)
        self._end_recheck()

    def _on_reminder_triggered(self) -> None:
        year = self.selected_year()
        path = self._ask_save_path(self.tr("Save the reminder letter"),
                                   f"Công văn đôn đốc báo cáo năm {year}.pdf",
                                   self.tr("PDF documents (*.pdf)"))
        if path is not None:
            self.write_reminder(path)

    def write_reminder(self, path: Path) -> Task:
        year, day = self.selected_year(), self.today()

        def work(progress: object, _cancelled: object) -> Path:
            from hanoi_desk.exporters.reports import write_reminder  # reportlab
            return self._reports.issue_reminder(
                year, day, lambda data: write_reminder(path, data, progress=progress))  # type: ignore[arg-type]

        return self._run_writer(path, work, document=True)

    def print_document(self) -> None:
        """Preview (and print) the annual report as the tab shows it now: written afresh every time."""
        if not self.texts_ready_for_document():
            return
        year, day = self.selected_year(), self.today()

        def write(path: Path, progress: object, _cancelled: object) -> Path:
            from hanoi_desk.exporters.reports import write_annual_report  # reportlab: not at start-up

            return write_annual_report(path, self._reports.annual_report(year, day),
                                       progress=progress)  # type: ignore[arg-type]

        # A temporary file, not an export: not offered for e-mail, deleted when the preview closes.
        self._task = print_preview.print_preview_of(self, f"Báo cáo kết quả năm {year}.pdf", write)

    def show_print_preview(self, path: Path) -> None:
        try:
            print_preview.preview_pdf(self, path)
        except ValidationError as error:
            messages.show_error(self, self.tr("Cannot print"), error)

    def _on_settings_triggered(self) -> None:
        dialog = ReportSettingsDialog(self._reports, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()


class ReportSettingsDialog(QDialog):
    """How the yearly round runs: who must report, the deadline, and the wording of the documents."""

    def __init__(self, reports: ReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self.setWindowTitle(self.tr("Report settings"))
        self.setMinimumWidth(620)
        current = reports.report_settings()
        form = QFormLayout(self)
        self.kinds: dict[AgencyKind, QCheckBox] = {}
        kinds_box = QWidget()
        kinds_layout = QVBoxLayout(kinds_box)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        for kind in AgencyKind:
            box = QCheckBox(kind.label)
            box.setChecked(kind in current.kinds)
            self.kinds[kind] = box
            kinds_layout.addWidget(box)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setValue(current.deadline[1])
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(current.deadline[0])
        deadline = QHBoxLayout()
        deadline.addWidget(QLabel(self.tr("day")))
        deadline.addWidget(self.day)
        deadline.addWidget(QLabel(self.tr("month")))
        deadline.addWidget(self.month)
        deadline.addStretch()
        self.recipients = QPlainTextEdit("\n".join(current.recipients))
        self.reminder_recipients = QPlainTextEdit("\n".join(current.reminder_recipients))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.tr("Agencies that must report"), kinds_box)
        form.addRow(self.tr("Deadline each year"), deadline)
        form.addRow(self.tr("Recipients of the report (one per line)"), self.recipients)
        form.addRow(self.tr("Recipients of the reminder (one per line)"), self.reminder_recipients)
        elsewhere = QLabel(self.tr("The office, the signer, the plan as cited and how documents are "
                                   "numbered are in Settings (File › Settings). A last line “Lưu: VT, "
                                   "<unit>” is added when the list has none."))
        elsewhere.setWordWrap(True)
        elsewhere.setStyleSheet("color: #555;")
        form.addRow(elsewhere)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def value(self) -> ReportSettings:
        def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(line for line in edit.toPlainText().splitlines() if line.strip())

        return ReportSettings(
            kinds=tuple(kind for kind, box in self.kinds.items() if box.isChecked()),
            deadline=(self.month.value(), self.day.value()),
            recipients=lines(self.recipients),
            reminder_recipients=lines(self.reminder_recipients),
        )

    def _on_buttons_accepted(self) -> None:
        try:
            self._reports.save_report_settings(self.value())
        except ValidationError as error:
            self.error.setText("\n".join(p.message for p in error.problems))
            self.error.show()
            return
        self.accept()
