"""The list-tab skeleton: a tab declares its columns, filters, actions and the service calls behind them.

What every list tab had built by hand lives here once: the toolbar, the filter row (the search box
first), a table view over ``RowTableModel`` and ``RowFilterProxy``, the count line ("Showing 12 of
340 …", also sent to the status bar), the context menu, the standard keys (Ctrl+F, F5, Ctrl+I,
Ctrl+E, Ctrl+P; Return and Delete bound to the table), the column widths kept in QSettings, and the
reload, import, export and print wiring. A tab subclasses ``ListTab`` and says only what is its own::

    class RosterTab(ListTab[Agency]):
        settings_group = "roster"                   # QSettings: roster/header
        column_widths = (320, 110, 150)             # before the clerk has moved a column

        def columns(self): ...                      # Column(title, value getter, sort, align)
        def fetch(self): ...                        # the service call behind F5
        def filters(self): ...                      # [Filter(widget, "Kind:", stretch)]
        def predicate(self): ...                    # a row test from the filters' values
        def make_actions(self): ...                 # self.act_add = self.tab_action(...)
        def toolbar(self): ...                      # [action | widget | None (a gap)]
        def context_menu(self): ...                 # [action | QMenu | None (a separator)]
        def counts(self, shown, total): ...         # "Showing %1 of %2 agencies"
        def list_writer(self, rows, pdf): ...       # the exporter behind Ctrl+E and Ctrl+P
        def import_job(self): ...                   # the ImportJob behind Ctrl+I

Adding a column or a filter is a change in the tab's file alone. A tab with more (a side panel, a
second table) returns it from ``body()`` and keeps its extra state with ``restore_more``/``save_more``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.clock import Clock
from hanoi_desk.ui.widgets import file_actions, messages
from hanoi_desk.ui.widgets.empty_hint import EmptyHint
from hanoi_desk.ui.widgets.shortcuts import bind_to_views, tab_action
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, make_table_view
from hanoi_desk.ui.widgets.tasks import Task

if TYPE_CHECKING:
    from hanoi_desk.importing import ImportJob

R = TypeVar("R")
Writer = Callable[[Path, Any, Any], Path]
"""(path, progress, cancelled) -> the file written: what an export or a preview runs off the GUI thread."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STRETCH = "stretch"
"""In a toolbar: the items after it sit at the right end."""


def thousands(value: int) -> str:
    """12.345: a count as a Vietnamese reader writes it."""
    return f"{value:,}".replace(",", ".")


@dataclass(frozen=True)
class Filter:
    """One control of the filter row, after the search box, with its label ("Kind:") before it.

    *auto*: the skeleton applies the filters when the control changes (a combo's choice, a check
    box, a date, a number); False when the tab connects the control itself.
    """

    widget: QWidget
    label: str = ""
    stretch: int = 0
    auto: bool = True


@dataclass(frozen=True)
class ListFiles:
    """A list's files: the exported file's name before the date (always Vietnamese: "Danh sách cơ quan"),
    the titles of the save and open dialogs, the import's progress label, the import action's text."""

    stem: str = ""
    export_title: str = ""
    import_title: str = ""
    saving_label: str = ""
    import_action: str = ""
    export_action: str = ""
    print_action: str = ""


def choice_box(everything: str, *choices: Iterable[Any]) -> QComboBox:
    """A filter's drop-down: *everything* (no filter) first, then the choices: members of an enum
    with a ``label`` ("Sở, ban, ngành") and a ``value``, or (label, value) pairs."""
    combo = QComboBox()
    combo.addItem(everything, None)
    for group in choices:
        for choice in group:
            label, value = choice if isinstance(choice, tuple) else (choice.label, choice.value)
            combo.addItem(label, value)
    return combo


def _changed_signal(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.editingFinished
    return None


def restore_header(settings: QSettings, key: str, view: QTableView, widths: Sequence[int]) -> None:
    """The columns as the clerk left them (width, order, sort), else *widths*."""
    state = settings.value(key)
    if state is not None:
        view.horizontalHeader().restoreState(state)
    else:
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)


class ListTab(QWidget, Generic[R]):
    """A tab whose heart is one list of rows from a service; see the module docstring."""

    sig_status = Signal(str)
    """A one-line summary for the status bar changed."""
    sig_export_written = Signal(Path)
    """An export file was written (other features offer to e-mail it)."""

    settings_group: ClassVar[str] = ""
    """QSettings group of the tab's state: "<group>/<header_key>" keeps the column widths and order."""
    header_key: ClassVar[str] = "header"
    column_widths: ClassVar[tuple[int, ...]] = ()
    """Widths of the columns until the clerk changes them."""
    view_options: ClassVar[dict[str, Any]] = {}
    """Options of the table view (make_table_view): sort_column, order, single, alternating, context_menu."""
    toolbar_gap: ClassVar[int] = 16
    button_style: ClassVar[Qt.ToolButtonStyle] = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    count_line: ClassVar[bool] = True
    """A count line under the list; False: the count goes to the status bar only."""
    count_selected: ClassVar[bool] = True
    """The count line says how many rows are selected (" — 3 selected"), and follows the selection."""
    imports: ClassVar[bool] = False
    """An "Import from Excel…" action (Ctrl+I) runs ``import_job()``."""
    exports: ClassVar[bool] = True
    """"Export to Excel…" (Ctrl+E) and "Print…" (Ctrl+P) write what the view shows with ``list_writer()``."""

    def __init__(self, clock: Clock, parent: QWidget | None = None, *, load: bool = True) -> None:
        """*load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs)."""
        super().__init__(parent)
        self.clock = clock
        self._task: Task | None = None
        self.count_text = ""
        self._build_ui()
        self._connect()
        self._restore_state()
        if load:
            self.reload()

    # ================================================================ what a tab declares
    def columns(self) -> list[Column[R]]:
        """The columns of the list: title, value getter, sort key, alignment."""
        raise NotImplementedError

    def fetch(self) -> Sequence[R]:
        """The rows, read from the service (called by ``reload``, F5)."""
        raise NotImplementedError

    def search_placeholder(self) -> str:
        return ""

    def filters(self) -> list[Filter]:
        """The filter row's controls after the search box (made here, kept as attributes by the tab)."""
        return []

    def predicate(self) -> Callable[[R], bool] | None:
        """A test of a row from the filters' current values; None: every row passes."""
        return None

    def make_actions(self) -> None:
        """Make the tab's own actions (``self.tab_action``, ``self.row_action``); the view exists.

        The standard ones (import, export, print, reload, find) are made where the tab calls
        ``make_standard_actions()``, so the keys list (Help › Keyboard shortcuts) keeps its order;
        after the tab's own if it does not call it."""

    def connect_actions(self) -> None:
        """Connect the tab's own actions and widgets."""

    def toolbar(self) -> list[QAction | QWidget | str | None]:
        """The toolbar, left to right; None: a gap; STRETCH: what follows goes to the right end."""
        return [a for a in (self.act_import, self.act_export, self.act_print, self.act_reload)
                if a is not None]

    def context_menu(self) -> list[QAction | QMenu | None]:
        """The table's context menu; None: a separator; empty: no menu."""
        return []

    def menu_actions(self) -> list[QAction | None]:
        """What the main window's Edit menu shows while this tab is current (None: a separator)."""
        return [self.act_find, self.act_reload]

    def file_actions(self) -> list[QAction | None]:
        """What the File menu offers for this tab: import, export, print."""
        return [a for a in (self.act_import, self.act_export, self.act_print) if a is not None]

    def counts(self, shown: int, total: int) -> str:
        """The count line: "Showing %1 of %2 …"."""
        return self.tr("Showing %1 of %2").replace("%1", thousands(shown)).replace("%2", thousands(total))

    def row_style(self, row: R) -> tuple[QColor | None, QColor | None]:
        """(foreground, background) of a row; the default leaves every row plain."""
        return None, None

    def row_key(self, row: R) -> object:
        """What identifies a row across a reload, to keep it selected."""
        return row.id  # type: ignore[attr-defined]

    def row_activated(self, index: object) -> None:
        """A double-click on a row (the tab's "Edit", usually)."""

    def selection_changed(self) -> None:
        """Enable the actions that need a selection."""

    def after_count(self, shown: int, total: int) -> None:
        """After the count: say why the list is empty (``self.empty_hint.show_hint``), retitle a tab."""

    def also_search(self, text: str) -> None:
        """The tab's other lists that follow the search box (the main list's proxy is done)."""

    def header_rows(self) -> list[QHBoxLayout]:
        """Rows between the toolbar and the filter row (the calendar's navigation)."""
        return []

    def footer(self) -> QHBoxLayout | None:
        """The row under the list; None: the count line alone (``self.count_label`` exists here)."""
        return None

    def body(self) -> QWidget:
        """What sits under the filter row: the view, or the view in a splitter or in tabs."""
        return self.view

    def restore_more(self, settings: QSettings) -> None:
        """Restore the tab's own state (a splitter, a check box) beside the columns."""

    def save_more(self, settings: QSettings) -> None:
        """Save the tab's own state beside the columns."""

    # -- export and print: what the view shows, in its order
    def files(self) -> ListFiles:
        """The names and dialog titles of the list's export and import."""
        return ListFiles()

    def list_writer(self, rows: list[R], pdf: bool) -> Writer:
        """The exporter for *rows*, an Excel workbook or (*pdf*) the PDF of the print preview.

        Called on the GUI thread: read the filters here; the writer returned runs off it."""
        raise NotImplementedError

    def print_document(self) -> None:
        """Ctrl+P: the print preview of the list shown (a tab may preview another document)."""
        from hanoi_desk.ui.widgets import print_preview  # QtPdf and reportlab: not at start-up

        write = self.list_writer(self.proxy.visible_rows(), True)
        self._task = print_preview.print_preview_of(
            self, f"{self.files().stem} {self.clock.today().isoformat()}.pdf", write)

    # -- import
    def import_job(self) -> ImportJob:
        """The import behind Ctrl+I: readers and the service's plan and apply (imported when asked)."""
        raise NotImplementedError

    def confirm_delete(self, title: str, question: str, names: Sequence[str]) -> bool:
        """Ask before deleting the rows *names* (the first ten listed); No is the default answer."""
        listed = "\n".join(f"• {name}" for name in names[:10]) + ("\n…" if len(names) > 10 else "")
        answer = QMessageBox.question(
            self, title, question + "\n\n" + listed,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def delete_each(self, rows: Sequence[R], delete: Callable[[R], object]) -> None:
        """Delete the rows one by one (a refusal is shown and the others go on), then read the list again."""
        for row in rows:
            try:
                delete(row)
            except Exception as error:
                messages.show_error(self, self.tr("Cannot delete"), error)
        self.reload()

    def filters_in_words(self, combos: Sequence[tuple[str, QComboBox]], *more: str) -> str:
        """The filters in words, for the subtitle of an export: "Loại: Báo chí; Tìm: “ha noi”" (Vietnamese,
        as the exported sheet); every row when nothing filters."""
        parts = [f"{label}: {combo.currentText()}" for label, combo in combos
                 if combo.currentData() is not None]
        if self.search.text().strip():
            parts.append(f"Tìm: “{self.search.text().strip()}”")
        parts += more
        return "; ".join(parts) or "Toàn bộ danh sách"

    def imported_message(self, counts: object) -> str:
        added, updated = counts  # type: ignore[misc]
        return self.tr("Imported: %1 added, %2 updated").replace("%1", str(added)).replace("%2", str(updated))

    # ================================================================ building
    tab_action = tab_action  # self.tab_action(text, shortcut): an action of this tab only
    _action = tab_action

    def row_action(self, text: str, key: QKeySequence | QKeySequence.StandardKey) -> QAction:
        """An action on the selected rows whose key (Return, Delete) works only in the table."""
        return bind_to_views(self.tab_action(text), key, self.view)

    def _build_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.search_placeholder())
        self.search.setClearButtonEnabled(True)
        self._filters = self.filters()

        self.model: RowTableModel[R] = RowTableModel(self.columns(), self)
        if type(self).row_style is not ListTab.row_style:
            self.model.set_style(self.row_style)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, **self.view_options)

        self.act_import: QAction | None = None
        self.act_export: QAction | None = None
        self.act_print: QAction | None = None
        self._standard_made = False
        self.make_actions()
        self.make_standard_actions()

        self.empty_hint = EmptyHint(self)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar_row())
        for row in self.header_rows():
            layout.addLayout(row)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.body(), 1)
        footer = self.footer()
        if footer is not None:
            layout.addLayout(footer)
        elif self.count_line:
            layout.addWidget(self.count_label)
        else:
            self.count_label.hide()

    def make_standard_actions(self) -> None:
        """Import (if the tab imports), export and print (if it exports), reload and find; once."""
        if self._standard_made:
            return
        self._standard_made = True
        if self.imports:
            text = self.files().import_action or self.tr("&Import from Excel…")
            self.act_import = self.tab_action(text, QKeySequence("Ctrl+I"))
        if self.exports:
            files = self.files()
            self.act_export = self.tab_action(files.export_action or self.tr("E&xport to Excel…"),
                                              QKeySequence("Ctrl+E"))
            self.act_print = self.tab_action(files.print_action or self.tr("&Print…"),
                                             QKeySequence.StandardKey.Print)
            self.act_print.setToolTip(self.tr("Print preview of the list shown (Ctrl+P)"))
        self.act_reload = self.tab_action(self.tr("&Reload"), QKeySequence.StandardKey.Refresh)
        self.act_find = self.tab_action(self.tr("Find"), QKeySequence.StandardKey.Find)

    def tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(self.button_style)
        return button

    def _toolbar_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        items = self.toolbar()
        for item in items:
            if item is None:
                row.addSpacing(self.toolbar_gap)
            elif item == STRETCH:
                row.addStretch()
            elif isinstance(item, QWidget):
                row.addWidget(item)
            else:
                row.addWidget(self.tool_button(item))  # type: ignore[arg-type]
        if STRETCH not in items:
            row.addStretch()
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.search, 3)
        for item in self._filters:
            if item.label:
                row.addWidget(QLabel(item.label))
            row.addWidget(item.widget, item.stretch)
        return row

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        for item in self._filters:
            signal = _changed_signal(item.widget) if item.auto else None
            if signal is not None:
                signal.connect(self._on_filters_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        if self.act_import is not None:
            self.act_import.triggered.connect(self._on_import_triggered)
        if self.act_export is not None and self.act_print is not None:
            self.act_export.triggered.connect(self._on_export_triggered)
            self.act_print.triggered.connect(self._on_print_triggered)
        self.act_reload.triggered.connect(self.reload)
        self.act_find.triggered.connect(self._on_find_triggered)
        self.connect_actions()

    # ================================================================ state
    def _restore_state(self) -> None:
        settings = QSettings()
        restore_header(settings, f"{self.settings_group}/{self.header_key}", self.view, self.column_widths)
        self.restore_more(settings)

    def save_state(self) -> None:
        settings = QSettings()
        header = self.view.horizontalHeader().saveState()
        settings.setValue(f"{self.settings_group}/{self.header_key}", header)
        self.save_more(settings)

    # ================================================================ rows
    def reload(self) -> None:
        """Read the rows again from the service (F5): other clerks' changes appear; the selection stays."""
        selected = {self.row_key(r) for r in self.selected()}
        self.model.set_rows(self.fetch())
        self.apply_filters()
        self.proxy.resort()
        self.select_keys(selected)

    def filters_changed(self) -> None:
        """A filter changed: filter again (a tab whose filters choose what is read reads again)."""
        self.apply_filters()

    def apply_filters(self) -> None:
        """Filter the list by the filters' current values (the search text is the proxy's own)."""
        self.proxy.set_predicate(self.predicate())
        self.update_counts()

    def update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.counts(shown, total)
        selected = self.selected_count() if self.count_selected else 0
        if selected:
            text += self.tr(" — %1 selected").replace("%1", str(selected))
        self.count_text = text
        self.count_label.setText(text)
        self.sig_status.emit(text)
        self.after_count(shown, total)

    def selected_count(self) -> int:
        """How many rows the count line says are selected."""
        return len(self.view.selectionModel().selectedRows())

    def selected(self) -> list[R]:
        return [index.data(ROW_ROLE) for index in self.view.selectionModel().selectedRows()]

    def current(self) -> R | None:
        """The row the clerk is on: the current row if it is selected, else the first selected."""
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return index.siblingAtColumn(0).data(ROW_ROLE)
        rows = self.selected()
        return rows[0] if rows else None

    def select_keys(self, keys: set[object]) -> None:
        """Select the rows shown whose ``row_key`` is in *keys* (after a reload, or the row just added)."""
        if not keys:
            return
        selection = self.view.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.row_key(index.data(ROW_ROLE)) in keys:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                self.view.scrollTo(index)

    # ================================================================ slots
    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self.also_search(text)
        self.update_counts()

    def _on_filters_changed(self, *_args: object) -> None:
        self.filters_changed()

    def _on_find_triggered(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_selection_changed(self, *_args: object) -> None:
        self.selection_changed()
        if self.count_selected:
            self.update_counts()

    def _on_view_double_clicked(self, index: object) -> None:
        self.row_activated(index)

    def _on_view_context_menu(self, position: object) -> None:
        items = self.context_menu()
        if items:
            menu = self.build_menu(items)
            menu.exec(self.view.viewport().mapToGlobal(position))
            menu.deleteLater()

    def build_menu(self, items: Sequence[QAction | QMenu | None]) -> QMenu:
        menu = QMenu(self)
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)
        return menu

    # ================================================================ files
    def _on_import_triggered(self) -> None:
        path = file_actions.ask_open_path(self, self.files().import_title or self.tr("Import from Excel"),
                                          self.tr("Spreadsheets") + " " + file_actions.SPREADSHEETS)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> Task:
        """Read and plan in a thread, preview (columns can be mapped there), then write all rows or none."""
        self._task = file_actions.run_job(self, path, self.import_job(), self.imported_message,
                                          saving_label=self.files().saving_label or None)
        return self._task

    def default_export_name(self) -> str:
        from hanoi_desk.exporters.xlsx import safe_filename  # openpyxl: not at start-up

        return safe_filename(f"{self.files().stem} {self.clock.today().isoformat()}.xlsx")

    def _on_export_triggered(self) -> None:
        self.export_dialog()

    def export_dialog(self) -> None:
        """Ctrl+E: ask where, then ``export_file``."""
        title = self.files().export_title or self.tr("Export to Excel")
        path = file_actions.ask_save_path(self, title, self.default_export_name(),
                                          self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> Task:
        """Write what the view shows, in its order, off the GUI thread."""
        write = self.list_writer(self.proxy.visible_rows(), False)

        def work(progress: object, cancelled: object) -> Path:
            return write(path, progress, cancelled)

        self._task = file_actions.run_export(self, path, work)
        return self._task

    def _on_print_triggered(self) -> None:
        self.print_document()
