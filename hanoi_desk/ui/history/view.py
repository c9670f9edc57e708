"""The change history: a tab for the whole database (filters, export) and a dialog for one record."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.history import (
    FieldChange,
    HistoryAction,
    HistoryEntry,
    HistoryQuery,
    change_summary,
    history_lines,
)
from hanoi_desk.services.history import HistoryService
from hanoi_desk.ui.widgets import file_actions
from hanoi_desk.ui.widgets.shortcuts import tab_action
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, make_table_view
from hanoi_desk.ui.widgets.tasks import Task

_ACTION_COLOURS = {HistoryAction.INSERT: "#1b5e20", HistoryAction.DELETE: "#b00020"}


def history_columns(with_record: bool = True) -> list[Column[HistoryEntry]]:
    """One row per change (its fields inside, in the detail pane); one record's history leaves out
    the kind of record."""
    translate = QCoreApplication.translate
    columns: list[Column[HistoryEntry]] = [
        Column(translate("HistoryTab", "Time"), lambda e: e.changed_at, sort=lambda e: (e.changed_at, e.id)),
        Column(translate("HistoryTab", "By"), lambda e: e.changed_by),
        Column(translate("HistoryTab", "Action"), lambda e: e.action.label),
    ]
    if with_record:
        columns.append(Column(translate("HistoryTab", "Kind of record"), lambda e: e.table_label))
    columns += [
        Column(translate("HistoryTab", "Record"), lambda e: e.label, tooltip=lambda e: e.label),
        Column(translate("HistoryTab", "Changes"), change_summary,
               tooltip=lambda e: "\n".join(f"{c.label}: {c.old or '—'} → {c.new or '—'}" for c in e.changes)),
    ]
    return columns


def field_columns() -> list[Column[FieldChange]]:
    translate = QCoreApplication.translate
    return [
        Column(translate("HistoryTab", "Field"), lambda c: c.label),
        Column(translate("HistoryTab", "Old value"), lambda c: c.old, tooltip=lambda c: c.old),
        Column(translate("HistoryTab", "New value"), lambda c: c.new, tooltip=lambda c: c.new),
    ]


def _style(entry: HistoryEntry) -> tuple[object, object]:
    from PySide6.QtGui import QColor

    colour = _ACTION_COLOURS.get(entry.action)
    return (QColor(colour) if colour else None), None


def _table_view(model: RowTableModel[HistoryEntry], proxy: RowFilterProxy) -> QTableView:
    proxy.setSourceModel(model)
    return make_table_view(proxy, order=Qt.SortOrder.DescendingOrder, context_menu=False, single=True)


class ChangeDetail(QWidget):
    """The fields of the change selected above: what each was and what it became."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.model: RowTableModel[FieldChange] = RowTableModel(field_columns(), self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, context_menu=False, sort_column=-1)
        self.view.setSortingEnabled(False)
        self.view.setColumnWidth(0, 180)
        self.view.setColumnWidth(1, 300)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)

    def show_entry(self, entry: HistoryEntry | None) -> None:
        if entry is None:
            self.title.setText(self.tr("Select a change to see its fields."))
            self.model.set_rows([])
            return
        self.title.setText(f"<b>{html.escape(entry.action.label)} {html.escape(entry.table_label)} "
                           f"“{html.escape(entry.label)}”</b> — {entry.changed_at:%d/%m/%Y %H:%M}, "
                           f"{html.escape(entry.changed_by or '—')}")
        self.model.set_rows(list(entry.changes))
        self.proxy.invalidateFilter()


def _selected_entry(view: QTableView) -> HistoryEntry | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


class HistoryTab(QWidget):
    """Every change to the database, newest first, filtered by kind of record, person, dates and text."""

    sig_status = Signal(str)
    """A one-line summary for the status bar changed."""
    sig_export_written = Signal(Path)
    """An export file was written (other features offer to e-mail it)."""

    def __init__(self, history: HistoryService, parent: QWidget | None = None, *, load: bool = True) -> None:
        """*load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs)."""
        super().__init__(parent)
        self._history = history
        self._task: Task | None = None
        self._entries: list[HistoryEntry] = []
        self._build_ui()
        self._connect()
        self._restore_state()
        if load:
            self.reload()

    # ---------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search records, people, values… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.table_filter = QComboBox()
        self.user_filter = QComboBox()
        for combo in (self.table_filter, self.user_filter):  # "Tất cả người thực hiện" is never cut
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.use_dates = QCheckBox(self.tr("From"))
        today = self._history.clock.today()
        self.since = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.until = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)

        self.model: RowTableModel[HistoryEntry] = RowTableModel(history_columns(), self)
        self.model.set_style(_style)  # type: ignore[arg-type]
        self.proxy = RowFilterProxy(self)
        self.view = _table_view(self.model, self.proxy)
        self.detail = ChangeDetail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.act_export = self._action(self.tr("E&xport to Excel…"), QKeySequence("Ctrl+E"))
        self.act_print = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print)
        self.act_print.setToolTip(self.tr("Print preview of the list shown (Ctrl+P)"))
        self.act_reload = self._action(self.tr("&Reload"), QKeySequence.StandardKey.Refresh)
        self.act_find = self._action(self.tr("Find"), QKeySequence.StandardKey.Find)

        toolbar = QHBoxLayout()
        for action in (self.act_export, self.act_print, self.act_reload):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.addWidget(button)
        toolbar.addStretch()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Kind:")))
        filters.addWidget(self.table_filter, 1)
        filters.addWidget(QLabel(self.tr("By:")))
        filters.addWidget(self.user_filter, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)

        self.count_text = ""  # shown in the window's status bar only (a label here repeated it)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

    _action = tab_action  # self._action(text, shortcut): an action of this tab

    def _connect(self) -> None:
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.table_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.user_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.use_dates.toggled.connect(self._on_use_dates_toggled)
        self.since.dateChanged.connect(self._on_filters_changed)
        self.until.dateChanged.connect(self._on_filters_changed)
        self.act_export.triggered.connect(self._on_export_triggered)
        self.act_print.triggered.connect(self._on_print_triggered)
        self.act_reload.triggered.connect(self.reload)
        self.act_find.triggered.connect(self._on_find_triggered)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

    def _restore_state(self) -> None:
        state = QSettings().value("history/header2")  # "header": the old one-row-per-field columns
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
        else:
            for column, width in enumerate((130, 130, 80, 150, 260)):
                self.view.setColumnWidth(column, width)
        self.view.horizontalHeader().setStretchLastSection(True)
        splitter = QSettings().value("history/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.detail.show_entry(None)

    def menu_actions(self) -> list[QAction | None]:
        """What the main window's Edit menu shows while this tab is current (None: a separator)."""
        return [self.act_find, self.act_reload]

    def file_actions(self) -> list[QAction | None]:
        """What the File menu offers for this tab: export, print."""
        return [self.act_export, self.act_print]

    def save_state(self) -> None:
        QSettings().setValue("history/header2", self.view.horizontalHeader().saveState())
        QSettings().setValue("history/splitter", self.splitter.saveState())

    # ---------------------------------------------------------------- data
    def query(self) -> HistoryQuery:
        dated = self.use_dates.isChecked()
        return HistoryQuery(
            table=self.table_filter.currentData(),
            user=self.user_filter.currentData(),
            since=self.since.date().toPython() if dated else None,
            until=self.until.date().toPython() if dated else None,
            text=self.search.text(),
        )

    def reload(self) -> None:
        """Read the history again with the current filters (F5): changes made since appear."""
        self._refresh_choices()
        self._entries = self._history.search(self.query())
        self.model.set_rows(self._entries)
        self.proxy.set_text(self.search.text())
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        self._update_counts()
        self._on_view_selection_changed()

    def _on_view_selection_changed(self, *_args: object) -> None:
        self.detail.show_entry(_selected_entry(self.view))

    def _refresh_choices(self) -> None:
        for combo, everything, items in (
            (self.table_filter, self.tr("All kinds of record"), self._history.tables()),
            (self.user_filter, self.tr("Everyone"), [(u, u) for u in self._history.users()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _update_counts(self) -> None:
        text = self.tr("Showing %1 of %2 changes").replace(
            "%1", f"{self.proxy.rowCount():,}".replace(",", ".")).replace(
            "%2", f"{self.model.rowCount():,}".replace(",", "."))
        self.count_text = text
        self.sig_status.emit(text)

    # ---------------------------------------------------------------- slots
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()

    def _on_filters_changed(self, *_args: object) -> None:
        self.reload()

    def _on_use_dates_toggled(self, checked: bool) -> None:
        self.since.setEnabled(checked)
        self.until.setEnabled(checked)
        self.reload()

    def _on_find_triggered(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def default_export_name(self) -> str:
        from hanoi_desk.exporters.xlsx import safe_filename  # openpyxl: not at start-up
        return safe_filename(f"Lịch sử thay đổi {self._history.clock.today().isoformat()}.xlsx")

    def _on_export_triggered(self) -> None:
        path = file_actions.ask_save_path(self, self.tr("Export the history to Excel"),
                                          self.default_export_name(), self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_file(path)

    def scope(self) -> str:
        """The filters in words, for the subtitle of the export."""
        parts = []
        if self.table_filter.currentData():
            parts.append(self.table_filter.currentText())
        if self.user_filter.currentData():
            parts.append(f"Người thực hiện: {self.user_filter.currentText()}")
        if self.use_dates.isChecked():
            parts.append(f"Từ {self.since.date().toString('dd/MM/yyyy')} đến "
                         f"{self.until.date().toString('dd/MM/yyyy')}")
        if self.search.text().strip():
            parts.append(f"Có chứa “{self.search.text().strip()}”")
        return "; ".join(parts)

    def export_file(self, path: Path) -> Task:
        """Write the changes the view shows, in its order (a line per field), off the GUI thread."""
        lines = history_lines(self.proxy.visible_rows())
        scope = self.scope()
        today = self._history.clock.today()

        def work(progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.history import write_history  # openpyxl: not at start-up
            return write_history(path, lines, scope=scope, exported_on=today, progress=progress,
                                 cancelled=cancelled)

        self._task = file_actions.run_export(self, path, work)
        return self._task

    def _on_print_triggered(self) -> None:
        """Print preview of the changes the view shows, in its order (a temporary PDF, not an export)."""
        from hanoi_desk.exporters.history import write_history_pdf
        from hanoi_desk.ui.widgets import print_preview  # QtPdf and reportlab: not at start-up

        lines = history_lines(self.proxy.visible_rows())
        scope = self.scope()
        today = self._history.clock.today()

        def write(path: Path, progress: object, cancelled: object) -> Path:
            return write_history_pdf(path, lines, scope=scope, exported_on=today,
                                     progress=progress,  # type: ignore[arg-type]
                                     cancelled=cancelled)  # type: ignore[arg-type]

        self._task = print_preview.print_preview_of(self, f"Lịch sử thay đổi {today.isoformat()}.pdf", write)


class RecordHistoryDialog(QDialog):
    """The history of one record (and of its contacts or other children), newest first."""

    def __init__(self, history: HistoryService, table: str, record_id: object, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._table = table
        self._record_id = record_id
        self.setWindowTitle(self.tr("History — %1").replace("%1", label))
        self.resize(1100, 480)
        self.model: RowTableModel[HistoryEntry] = RowTableModel(history_columns(with_record=False), self)
        self.model.set_style(_style)  # type: ignore[arg-type]
        self.proxy = RowFilterProxy(self)
        self.view = _table_view(self.model, self.proxy)
        for column, width in enumerate((125, 120, 75, 170)):
            self.view.setColumnWidth(column, width)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.detail = ChangeDetail()
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.detail.show_entry(_selected_entry(self.view)))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        self.summary = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        entries = self._history.for_record(self._table, self._record_id)
        self.model.set_rows(entries)
        self.proxy.sort(0, Qt.SortOrder.DescendingOrder)
        if entries:
            self.view.selectRow(0)  # the newest change, its fields below
        self.detail.show_entry(_selected_entry(self.view))
        if entries:
            first = entries[-1]
            self.summary.setText(self.tr("%1 changes; created %2 by %3.")
                                 .replace("%1", str(len(entries)))
                                 .replace("%2", first.changed_at.strftime("%d/%m/%Y %H:%M"))
                                 .replace("%3", first.changed_by or "—"))
        else:
            self.summary.setText(self.tr("No change has been recorded for this record yet."))
