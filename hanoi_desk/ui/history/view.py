"""The change history: a tab for the whole database (filters, export) and a dialog for one record."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableView,
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
from hanoi_desk.ui.widgets.list_tab import Filter, ListFiles, ListTab, Writer, thousands
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, make_table_view

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


def _style(entry: HistoryEntry) -> tuple[QColor | None, QColor | None]:
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


class HistoryTab(ListTab[HistoryEntry]):
    """Every change to the database, newest first, filtered by kind of record, person, dates and text."""

    settings_group = "history"
    header_key = "header2"  # "header": the old one-row-per-field columns
    column_widths = (130, 130, 80, 150, 260)
    view_options: ClassVar[dict[str, Any]] = {
        "order": Qt.SortOrder.DescendingOrder, "context_menu": False, "single": True}
    count_line = False  # shown in the window's status bar only (a label here repeated it)
    count_selected = False

    def __init__(self, history: HistoryService, parent: QWidget | None = None, *, load: bool = True) -> None:
        """*load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs)."""
        self._history = history
        self._entries: list[HistoryEntry] = []
        super().__init__(history.clock, parent, load=load)

    # ---------------------------------------------------------------- the list
    def columns(self) -> list[Column[HistoryEntry]]:
        return history_columns()

    def search_placeholder(self) -> str:
        return self.tr("Search records, people, values… (Ctrl+F)")

    def filters(self) -> list[Filter]:
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
        return [Filter(self.table_filter, self.tr("Kind:"), 1), Filter(self.user_filter, self.tr("By:"), 1),
                Filter(self.use_dates, auto=False), Filter(self.since), Filter(self.until, self.tr("to"))]

    def row_style(self, entry: HistoryEntry) -> tuple[QColor | None, QColor | None]:
        return _style(entry)

    def body(self) -> QWidget:
        self.detail = ChangeDetail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        return self.splitter

    def connect_actions(self) -> None:
        self.search.returnPressed.connect(self.reload)
        self.use_dates.toggled.connect(self._on_use_dates_toggled)

    def restore_more(self, settings: QSettings) -> None:
        self.view.horizontalHeader().setStretchLastSection(True)
        splitter = settings.value("history/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.detail.show_entry(None)

    def save_more(self, settings: QSettings) -> None:
        settings.setValue("history/splitter", self.splitter.saveState())

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
        self.update_counts()
        self.selection_changed()

    def apply_filters(self) -> None:
        """The filters are the service's query: read again."""
        self.reload()

    def selection_changed(self) -> None:
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

    def counts(self, shown: int, total: int) -> str:
        return self.tr("Showing %1 of %2 changes").replace("%1", thousands(shown)).replace(
            "%2", thousands(total))

    def _on_use_dates_toggled(self, checked: bool) -> None:
        self.since.setEnabled(checked)
        self.until.setEnabled(checked)
        self.reload()

    # ---------------------------------------------------------------- export
    def files(self) -> ListFiles:
        return ListFiles(stem="Lịch sử thay đổi",
                         export_title=self.tr("Export the history to Excel"))

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

    def list_writer(self, rows: list[HistoryEntry], pdf: bool) -> Writer:
        """The changes the view shows, in its order (a line per field)."""
        lines = history_lines(rows)
        scope = self.scope()
        today = self._history.clock.today()

        def run(path: Path, progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.history import write_history, write_history_pdf  # not at start-up

            write = write_history_pdf if pdf else write_history
            return write(path, lines, scope=scope, exported_on=today,
                         progress=progress, cancelled=cancelled)  # type: ignore[arg-type]

        return run


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
        self.model.set_style(_style)
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
