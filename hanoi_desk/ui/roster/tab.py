"""The agency roster: find, add, edit, end, delete, import and export agencies."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.agency import Agency, AgencyKind
from hanoi_desk.domain.text import fold, sort_key
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.ui.roster.agency_dialog import AgencyDialog
from hanoi_desk.ui.widgets import file_actions, messages
from hanoi_desk.ui.widgets.empty_hint import EmptyHint
from hanoi_desk.ui.widgets.shortcuts import bind_to_views, tab_action
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, make_table_view
from hanoi_desk.ui.widgets.tasks import Task

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _focal(agency: Agency, attr: str) -> str:
    contact = agency.focal_point
    return getattr(contact, attr) if contact else ""


class RosterTab(QWidget):
    sig_status = Signal(str)
    """A one-line summary for the status bar changed."""
    sig_export_written = Signal(Path)
    """An export file was written (other features offer to e-mail it)."""
    sig_history_requested = Signal(str, object, str)
    """The clerk asked for the history of a record (table, record id, label)."""

    def __init__(self, roster: RosterService, parent: QWidget | None = None, *,
                 settings: SettingsService | None = None, load: bool = True) -> None:
        """*settings*: where the import's column choices are remembered (none: not remembered);
        *load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs)."""
        super().__init__(parent)
        self._roster = roster
        self._settings = settings
        self._task: Task | None = None
        self._build_ui()
        self._connect()
        self._restore_state()
        if load:
            self.reload()

    # ---------------------------------------------------------------- building
    def columns(self) -> list[Column[Agency]]:
        return [
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Short name"), lambda a: a.short_name),
            Column(self.tr("Kind"), lambda a: a.kind.label),
            Column(self.tr("Phone"), lambda a: a.phone),
            Column(self.tr("E-mail"), lambda a: a.email),
            Column(self.tr("Focal point"), lambda a: _focal(a, "name")),
            Column(self.tr("Focal point's phone"), lambda a: _focal(a, "phone")),
            Column(self.tr("Contacts"), lambda a: len(a.contacts) or None, align=_RIGHT,
                   searchable=False),
            Column(self.tr("Active from"), lambda a: a.active_from, searchable=False),
            Column(self.tr("Active until"), lambda a: a.active_to, searchable=False),
            Column(self.tr("Merged into"), lambda a: a.successor_name),
            Column(self.tr("Code"), lambda a: a.code),
        ]

    def _build_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, short name, contact… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in AgencyKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.active_on = QDateEdit(_qdate(self._roster.clock.today()))
        self.active_on.setCalendarPopup(True)
        self.active_on.setDisplayFormat("dd/MM/yyyy")
        self.show_all = QCheckBox(self.tr("Show merged and abolished units too"))
        self.show_all.setToolTip(self.tr("Show all, including merged and abolished units"))

        self.model: RowTableModel[Agency] = RowTableModel(self.columns(), self)
        self.model.set_style(self._row_style)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy)

        self.act_add = self._action(self.tr("&New agency"), QKeySequence.StandardKey.New)
        self.act_edit = bind_to_views(self._action(self.tr("&Edit")), QKeySequence(Qt.Key.Key_Return),
                                      self.view)
        self.act_end = self._action(self.tr("E&nd (merge or abolish)…"))
        self.act_delete = bind_to_views(self._action(self.tr("&Delete")), QKeySequence.StandardKey.Delete,
                                        self.view)
        self.act_import = self._action(self.tr("&Import from Excel…"), QKeySequence("Ctrl+I"))
        self.act_export = self._action(self.tr("E&xport to Excel…"), QKeySequence("Ctrl+E"))
        self.act_print = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print)
        self.act_print.setToolTip(self.tr("Print preview of the list shown (Ctrl+P)"))
        self.act_reload = self._action(self.tr("&Reload"), QKeySequence.StandardKey.Refresh)
        self.act_find = self._action(self.tr("Find"), QKeySequence.StandardKey.Find)
        self.act_history = self._action(self.tr("&History…"), QKeySequence("Ctrl+H"))

        toolbar = QHBoxLayout()
        for action in (self.act_add, self.act_edit, self.act_end, self.act_delete, None,
                       self.act_import, self.act_export, self.act_print, self.act_reload):
            if action is None:
                toolbar.addSpacing(16)
                continue
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.addWidget(button)
        toolbar.addStretch()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Kind:")))
        filters.addWidget(self.kind_filter, 1)
        self.active_label = QLabel(self.tr("Active on:"))
        filters.addWidget(self.active_label)
        filters.addWidget(self.active_on)
        filters.addWidget(self.show_all)

        self.count_label = QLabel()
        self.empty_hint = EmptyHint(self)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    _action = tab_action  # self._action(text, shortcut): an action of this tab

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.kind_filter.currentIndexChanged.connect(self._on_filters_changed)
        self.active_on.dateChanged.connect(self._on_filters_changed)
        self.show_all.toggled.connect(self._on_filters_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.act_add.triggered.connect(self._on_add_triggered)
        self.act_edit.triggered.connect(self._on_edit_triggered)
        self.act_end.triggered.connect(self._on_end_triggered)
        self.act_delete.triggered.connect(self._on_delete_triggered)
        self.act_import.triggered.connect(self._on_import_triggered)
        self.act_export.triggered.connect(self._on_export_triggered)
        self.act_print.triggered.connect(self._on_print_triggered)
        self.act_reload.triggered.connect(self.reload)
        self.act_find.triggered.connect(self._on_find_triggered)
        self.act_history.triggered.connect(self._on_history_triggered)

    # ---------------------------------------------------------------- state
    def _restore_state(self) -> None:
        settings = QSettings()
        state = settings.value("roster/header")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
        else:
            for column, width in enumerate((320, 110, 150, 120, 170, 160, 130, 110, 90, 90, 200, 60)):
                self.view.setColumnWidth(column, width)
        self.show_all.setChecked(settings.value("roster/show_all", False, type=bool))

    def menu_actions(self) -> list[QAction | None]:
        """What the main window's Edit menu shows while this tab is current (None: a separator)."""
        return [self.act_add, self.act_edit, self.act_end, self.act_delete, None, self.act_history, None,
                self.act_find, self.act_reload]

    def file_actions(self) -> list[QAction | None]:
        """What the File menu offers for this tab: import, export, print."""
        return [self.act_import, self.act_export, self.act_print]

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("roster/header", self.view.horizontalHeader().saveState())
        settings.setValue("roster/show_all", self.show_all.isChecked())

    def reload(self) -> None:
        """Read the roster again from the database (F5): other clerks' changes appear."""
        selected = {a.id for a in self.selected()}
        self.model.set_rows(self._roster.list_agencies())
        self._apply_filters()
        self.proxy.resort()
        self._select_ids(selected)

    # ---------------------------------------------------------------- filters
    def _apply_filters(self) -> None:
        kind = AgencyKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        day = None if self.show_all.isChecked() else self.active_on.date().toPython()
        self.active_on.setEnabled(day is not None)
        if kind is None and day is None:
            predicate = None
        else:
            def predicate(a: Agency) -> bool:
                return (kind is None or a.kind is kind) and (day is None or a.is_active_on(day))
        self.proxy.set_predicate(predicate)
        self._update_counts()

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        selected = len(self.view.selectionModel().selectedRows())
        text = self.tr("Showing %1 of %2 agencies").replace("%1", f"{shown:,}".replace(",", ".")).replace(
            "%2", f"{total:,}".replace(",", "."))
        if selected:
            text += self.tr(" — %1 selected").replace("%1", str(selected))
        self.count_label.setText(text)
        self.sig_status.emit(text)
        self._update_empty_hint(shown, total)

    def _update_empty_hint(self, shown: int, total: int) -> None:
        """An empty list says why: "ung hoa" matches only units that have ended — offer to show them."""
        words = fold(self.search.text()).split()
        if shown or not total:
            self.empty_hint.hide()
            return
        if words and not self.show_all.isChecked():
            ended = sum(1 for key in self.model.search_keys() if all(w in key for w in words))
            if ended:
                self.empty_hint.show_hint(
                    self.tr("No active unit matches “%1”; %2 merged or abolished units do.")
                    .replace("%1", self.search.text().strip()).replace("%2", str(ended)),
                    self.tr("Show them"), lambda: self.show_all.setChecked(True))
                return
        self.empty_hint.show_hint(self.tr("Nothing matches the search and filters."),
                                  self.tr("Clear the filters"), self.clear_filters)

    def clear_filters(self) -> None:
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.show_all.setChecked(True)

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()

    def _on_filters_changed(self, *_args: object) -> None:
        self._apply_filters()

    def _on_find_triggered(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_selection_changed(self, *_args: object) -> None:
        has = bool(self.selected())
        for action in (self.act_edit, self.act_end, self.act_delete, self.act_history):
            action.setEnabled(has)
        self._update_counts()

    # ---------------------------------------------------------------- selection
    def selected(self) -> list[Agency]:
        return [index.data(ROW_ROLE) for index in self.view.selectionModel().selectedRows()]

    def current(self) -> Agency | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return index.siblingAtColumn(0).data(ROW_ROLE)
        rows = self.selected()
        return rows[0] if rows else None

    def _select_ids(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = self.view.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id in ids:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                self.view.scrollTo(index)

    def _row_style(self, agency: Agency) -> tuple[QColor | None, QColor | None]:
        if agency.active_to is not None and agency.active_to < self._roster.clock.today():
            return QColor("#7a7a7a"), None
        return None, None

    # ---------------------------------------------------------------- actions
    def _on_view_double_clicked(self, *_args: object) -> None:
        self._on_edit_triggered()

    def _on_view_context_menu(self, position: object) -> None:
        menu = QMenu(self)
        for action in (self.act_add, self.act_edit, self.act_end, self.act_delete, None, self.act_history,
                       None, self.act_export, self.act_print):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def open_dialog(self, agency: Agency | None) -> AgencyDialog:
        dialog = AgencyDialog(self._roster, self.model.rows(), agency, self)
        dialog.sig_history_requested.connect(self.sig_history_requested)
        return dialog

    def _on_history_triggered(self) -> None:
        agency = self.current()
        if agency is not None:
            self.sig_history_requested.emit("agency", agency.id, agency.name)

    def _on_add_triggered(self) -> None:
        dialog = self.open_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved():
            self.reload()
            self._select_ids({dialog.saved().id})

    def _on_edit_triggered(self) -> None:
        agency = self.current()
        if agency is None:
            return
        try:
            agency = self._roster.get(agency.id)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot open"), error)
            self.reload()
            return
        dialog = self.open_dialog(agency)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _on_end_triggered(self) -> None:
        agency = self.current()
        if agency is None:
            return
        dialog = EndAgencyDialog(agency, self.model.rows(), self._roster.clock.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._roster.end(agency.id, dialog.end_date(), dialog.successor_id(), agency.version)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot end the agency"), error)
        self.reload()

    def _on_delete_triggered(self) -> None:
        agencies = self.selected()
        if not agencies:
            return
        names = "\n".join(f"• {a.name}" for a in agencies[:10]) + ("\n…" if len(agencies) > 10 else "")
        answer = QMessageBox.question(
            self, self.tr("Delete agencies"),
            self.tr("Delete %1 agency(ies)? This cannot be undone.\n"
                    "To record a merger or abolition, use “End” instead.").replace("%1", str(len(agencies)))
            + "\n\n" + names,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        failures: list[str] = []
        for agency in agencies:
            try:
                self._roster.delete(agency.id)
            except Exception as error:
                failures.append(str(error))
        self.reload()
        if failures:
            QMessageBox.warning(self, self.tr("Some agencies were not deleted"), "\n".join(failures))

    def _on_import_triggered(self) -> None:
        path = file_actions.ask_open_path(self, self.tr("Import agencies from Excel"),
                                          self.tr("Spreadsheets") + " " + file_actions.SPREADSHEETS)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> Task:
        """Read and plan in a thread, preview (columns can be mapped there), then write all rows or none."""
        from hanoi_desk.importers.agencies import AGENCIES  # the readers: not at start-up
        from hanoi_desk.importing import ImportJob

        job = ImportJob.of(AGENCIES, self._roster.plan_import, self._roster.apply_import, self._settings)
        self._task = file_actions.run_job(self, path, job, self._imported_message,
                                          saving_label=self.tr("Saving the imported agencies…"))
        return self._task

    def _imported_message(self, counts: object) -> str:
        added, updated = counts  # type: ignore[misc]
        return self.tr("Imported: %1 added, %2 updated").replace("%1", str(added)).replace("%2", str(updated))

    def default_export_name(self) -> str:
        from hanoi_desk.exporters.xlsx import safe_filename

        return safe_filename(f"Danh sách cơ quan {self._roster.clock.today().isoformat()}.xlsx")

    def _on_export_triggered(self) -> None:
        path = file_actions.ask_save_path(self, self.tr("Export the roster to Excel"),
                                          self.default_export_name(), self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> Task:
        """Write what the view shows, in its order, off the GUI thread."""
        from hanoi_desk.exporters.roster import write_roster  # openpyxl: not at start-up

        rows = self.proxy.visible_rows()
        on_date = None if self.show_all.isChecked() else self.active_on.date().toPython()
        today = self._roster.clock.today()

        def work(progress: object, cancelled: object) -> Path:
            return write_roster(path, rows, on_date=on_date, exported_on=today, progress=progress,
                                cancelled=cancelled)

        self._task = file_actions.run_export(self, path, work)
        return self._task

    def _on_print_triggered(self) -> None:
        """Print preview of the list the view shows, in its order (a temporary PDF, not an export)."""
        from hanoi_desk.exporters.roster import write_roster_pdf
        from hanoi_desk.ui.widgets import print_preview  # QtPdf and reportlab: not at start-up

        rows = self.proxy.visible_rows()
        on_date = None if self.show_all.isChecked() else self.active_on.date().toPython()
        today = self._roster.clock.today()

        def write(path: Path, progress: object, cancelled: object) -> Path:
            return write_roster_pdf(path, rows, on_date=on_date, exported_on=today,
                                    progress=progress,  # type: ignore[arg-type]
                                    cancelled=cancelled)  # type: ignore[arg-type]

        self._task = print_preview.print_preview_of(
            self, f"Danh sách cơ quan {today.isoformat()}.pdf", write)


class EndAgencyDialog(QDialog):
    """Record that an agency ended on a date, merged into a successor or abolished."""

    def __init__(self, agency: Agency, agencies: list[Agency], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End agency"))
        self.date = QDateEdit(_qdate(today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.successor = QComboBox()
        self.successor.addItem(self.tr("(abolished, no successor)"), None)
        for other in sorted((a for a in agencies if a.id != agency.id and a.active_to is None),
                            key=lambda a: sort_key(a.name)):
            self.successor.addItem(other.name, other.id)
        self.successor.setEditable(True)
        self.successor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{html.escape(agency.name)}</b>"))
        form.addRow(self.tr("Last day of activity"), self.date)
        form.addRow(self.tr("Merged into"), self.successor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def end_date(self) -> date:
        return self.date.date().toPython()

    def successor_id(self) -> int | None:
        return self.successor.currentData()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
