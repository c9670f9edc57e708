"""Preview of an import: the file's columns and what becomes of each, then what would be added,
updated (each field old → new), left as it is, warned about and refused — before anything is written.

The clerk can map a column the glossary does not know to a field, keep it in the records' notes, or
confirm that it is left out; each choice re-plans the import (without reading the file again) and is
remembered for that header once the import is written. Errors are a table (Dòng, Cột, Giá trị, Lỗi)
that copies to the clipboard and saves to Excel, to send back to whoever made the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.errors import Problem
from hanoi_desk.domain.imports import (
    BY_GLOSSARY,
    BY_MEMORY,
    FIELD,
    IGNORE,
    NOTES,
    UNMAPPED,
    Change,
    ColumnChoice,
    FileColumn,
    ImportPlan,
    problem_cells,
)
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.table_model import Column, RowFilterProxy, RowTableModel, make_table_view

Replan = Callable[[dict[str, ColumnChoice]], ImportPlan[Any]]
_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_WRAPPED_ROWS = 2000


@dataclass(frozen=True)
class _ChangeLine:
    row: int
    label: str
    change: Change


@dataclass(frozen=True)
class _ProblemLine:
    row: str
    column: str
    value: str
    message: str

    @classmethod
    def of(cls, problem: Problem) -> _ProblemLine:
        return cls(*problem_cells(problem))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", text)


def _row_key(row: str) -> tuple[int, str]:
    return (int(row), "") if row.isdigit() else (10**9, row)


class _Table:
    """A read-only list of the preview: a row model, its proxy and the house view."""

    def __init__(self, columns: Sequence[Column[Any]]) -> None:
        self.model: RowTableModel[Any] = RowTableModel(columns)
        self.proxy = RowFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.view = make_table_view(self.proxy, context_menu=False)

    def set_rows(self, rows: Sequence[Any], *, wrap: bool = False) -> None:
        """*wrap*: long text (a message, an old or new value) wraps onto more lines instead of being
        cut off on the right, up to a few thousand rows (beyond, each row keeps one line and the
        whole text is in its tooltip: measuring every row would keep the preview waiting)."""
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if wrap:
            last = self.model.columnCount() - 1
            self.view.setColumnWidth(last, max(self.view.columnWidth(last), 200))
            self.view.setWordWrap(True)
            mode = (QHeaderView.ResizeMode.ResizeToContents if len(rows) <= _WRAPPED_ROWS
                    else QHeaderView.ResizeMode.Fixed)
            self.view.verticalHeader().setSectionResizeMode(mode)


class ImportPreviewDialog(QDialog):
    """Accepting it means "write ``self.plan``": a plan with errors, nothing to do or columns left
    out without the clerk saying so cannot be accepted. ``replan(choices)`` maps the file's columns
    anew (the preview's choices by header) and returns the new plan."""

    def __init__(self, plan: ImportPlan[Any], parent: QWidget | None = None, *,
                 replan: Replan | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._replan = replan
        self._choices: dict[str, ColumnChoice] = {}
        self._task: object | None = None
        self._build_ui()
        self._connect()
        self.show_plan(plan)

    # ---------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Import preview — %1").replace("%1", self.plan.source))
        self.resize(980, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._columns = _Table([
            Column(self.tr("Column"), lambda c: c.letter, sort=lambda c: (len(c.letter), c.letter)),
            Column(self.tr("Header in the file"), lambda c: c.header or self.tr("(no header)")),
            Column(self.tr("Cells with data"), lambda c: c.cells, align=_NUMBER),
            Column(self.tr("Imported as"), lambda c: "", searchable=False),
            Column(self.tr("Why"), self._why),
        ])
        self.columns = self._columns.view
        self.columns.setSortingEnabled(False)  # the combo boxes stay on their rows
        self._added = _Table([
            Column(self.tr("Row"), lambda p: p.row, align=_NUMBER),
            Column(self.tr("Record"), lambda p: p.label),
        ])
        self.added = self._added.view
        self._updated = _Table([
            Column(self.tr("Row"), lambda c: c.row, align=_NUMBER),
            Column(self.tr("Record"), lambda c: c.label),
            Column(self.tr("Field"), lambda c: c.change.label),
            Column(self.tr("Old value"), lambda c: c.change.old, tooltip=lambda c: c.change.old),
            Column(self.tr("New value"), lambda c: c.change.new, tooltip=lambda c: c.change.new),
        ])
        self.updated = self._updated.view
        self._unchanged = _Table([
            Column(self.tr("Row"), lambda p: p.row, align=_NUMBER),
            Column(self.tr("Record"), lambda p: p.label),
        ])
        self.unchanged = self._unchanged.view
        problem_columns = [
            Column(self.tr("Row"), lambda p: p.row, sort=lambda p: _row_key(p.row), align=_NUMBER),
            Column(self.tr("Column"), lambda p: p.column),
            Column(self.tr("Value"), lambda p: p.value),
        ]
        self._warned = _Table([*problem_columns, Column(self.tr("Warning"), lambda p: p.message,
                                                        tooltip=lambda p: p.message)])
        self.warned = self._warned.view
        self._rejected = _Table([*problem_columns, Column(self.tr("Error"), lambda p: p.message,
                                                          tooltip=lambda p: p.message)])
        self.rejected = self._rejected.view

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected rows (all rows if none is selected) to paste "
                                            "into Excel or an e-mail"))
        self.save_button = QPushButton(self.tr("&Save to Excel…"))
        errors_page = QWidget()
        errors_layout = QVBoxLayout(errors_page)
        errors_layout.setContentsMargins(0, 0, 0, 0)
        errors_layout.addWidget(self.rejected, 1)
        errors_buttons = QHBoxLayout()
        errors_buttons.addStretch(1)
        errors_buttons.addWidget(self.copy_button)
        errors_buttons.addWidget(self.save_button)
        errors_layout.addLayout(errors_buttons)
        self._errors_page = errors_page

        self.tabs = QTabWidget()
        self.tabs.addTab(self.columns, "")
        self.tabs.addTab(self.added, "")
        self.tabs.addTab(self.updated, "")
        self.tabs.addTab(self.unchanged, "")
        self.tabs.addTab(self.warned, "")
        self.tabs.addTab(errors_page, "")

        self.leave_out_button = QPushButton(self.tr("&Leave these columns out"))
        self.leave_out_button.setToolTip(self.tr("Confirm that the columns no field matches are not imported "
                                                 "(remembered for these headers)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.leave_out_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without importing: nothing is written"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.leave_out_button.clicked.connect(self._on_leave_out_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.rejected)
        copy.activated.connect(self._on_copy_button_clicked)

    # ---------------------------------------------------------------- showing a plan
    def show_plan(self, plan: ImportPlan[Any]) -> None:
        """Show *plan* (the first, or one made after the clerk chose how to import a column)."""
        self.plan = plan
        self._columns.set_rows(plan.columns)
        self._add_choice_boxes(plan)
        self._added.set_rows(plan.to_add)
        self._updated.set_rows([_ChangeLine(p.row, p.label, change) for p in plan.to_update
                                for change in p.changes], wrap=True)
        self._unchanged.set_rows(plan.unchanged)
        self._warned.set_rows([_ProblemLine.of(p) for p in plan.warnings], wrap=True)
        self._rejected.set_rows([_ProblemLine.of(p) for p in plan.rejected], wrap=True)
        titles = (
            (self.columns, self.tr("Columns (%1)"), len(plan.columns)),
            (self.added, self.tr("To add (%1)"), len(plan.to_add)),
            (self.updated, self.tr("To update (%1)"), len(plan.to_update)),
            (self.unchanged, self.tr("Unchanged (%1)"), len(plan.unchanged)),
            (self.warned, self.tr("Warnings (%1)"), len(plan.warnings)),
            (self._errors_page, self.tr("Errors (%1)"), len(plan.rejected)),
        )
        for widget, title, count in titles:
            self.tabs.setTabText(self.tabs.indexOf(widget), title.replace("%1", str(count)))
        self.copy_button.setEnabled(bool(plan.rejected))
        self.save_button.setEnabled(bool(plan.rejected or plan.warnings))
        unconfirmed = plan.unconfirmed_columns
        self.leave_out_button.setVisible(bool(unconfirmed))
        self.import_button.setEnabled(plan.ok and not plan.nothing_to_do and not unconfirmed)
        self.summary.setText(self._summary_text(plan))
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if not plan.ok else
                                   "color: #8a5300; font-weight: bold;" if unconfirmed else "")
        if not plan.ok:
            self.tabs.setCurrentWidget(self._errors_page)
        elif unconfirmed:
            self.tabs.setCurrentWidget(self.columns)
        elif plan.warnings:
            self.tabs.setCurrentWidget(self.warned)
        elif plan.to_update and not plan.to_add:
            self.tabs.setCurrentWidget(self.updated)
        elif plan.nothing_to_do:
            self.tabs.setCurrentWidget(self.unchanged)
        else:
            self.tabs.setCurrentWidget(self.added)

    def _summary_text(self, plan: ImportPlan[Any]) -> str:
        lines = []
        if not plan.ok:
            lines.append(self.tr("The file has %1 problem(s). Nothing will be imported: correct the file "
                                 "and try again (the errors can be copied or saved to Excel).")
                         .replace("%1", str(len(plan.rejected))))
        elif plan.nothing_to_do:
            if plan.unchanged:
                lines.append(self.tr("Nothing to import: all %1 rows of the file are already there, "
                                     "unchanged.").replace("%1", str(len(plan.unchanged))))
            else:
                lines.append(self.tr("Nothing to import: the file has no rows of data."))
        else:
            lines.append(self.tr("%1 to add, %2 to update, %3 unchanged. Nothing is written until you "
                                 "press Import.").replace("%1", str(len(plan.to_add)))
                         .replace("%2", str(len(plan.to_update))).replace("%3", str(len(plan.unchanged))))
        dropped = plan.dropped_columns
        unconfirmed = plan.unconfirmed_columns
        if unconfirmed:
            lines.append(self.tr("%1 column(s) with data match no field and would be left out: %2. Choose "
                                 "where each goes under Columns, or press “Leave these columns out”.")
                         .replace("%1", str(len(unconfirmed)))
                         .replace("%2", ", ".join(self._column_name(c) for c in unconfirmed)))
        elif dropped:
            lines.append(self.tr("Left out, as chosen: %1.")
                         .replace("%1", ", ".join(self._column_name(c) for c in dropped)))
        if plan.warnings:
            lines.append(self.tr("%1 warning(s): look at them before importing.")
                         .replace("%1", str(len(plan.warnings))))
        return "\n".join(lines)

    def _column_name(self, column: FileColumn) -> str:
        name = f"“{column.header}”" if column.header else self.tr("column %1").replace("%1", column.letter)
        return f"{name} ({column.cells})"

    def _why(self, column: FileColumn) -> str:
        if column.how == BY_GLOSSARY:
            return self.tr("known header") if column.action != IGNORE else self.tr("row numbers")
        if column.how == BY_MEMORY:
            return self.tr("as chosen before")
        if column.how == UNMAPPED:
            return self.tr("no field has this name") if column.cells else self.tr("empty column")
        return self.tr("your choice")

    # ---------------------------------------------------------------- choosing
    def _add_choice_boxes(self, plan: ImportPlan[Any]) -> None:
        self.choice_boxes: dict[str, QComboBox] = {}
        for row, column in enumerate(plan.columns):
            box = QComboBox()
            # Item data are the choices' text forms ("field:phone", "notes", "ignore"): plain strings
            # compare in Qt (findData), Python objects would not.
            for field in plan.fields:
                box.addItem("→ " + field.label, ColumnChoice(FIELD, field.key).encode())
            if plan.can_keep_notes:
                box.addItem(self.tr("Keep in the notes"), ColumnChoice(NOTES).encode())
            box.addItem(self.tr("Leave out"), ColumnChoice(IGNORE).encode())
            current = ColumnChoice(column.action, column.key if column.action == FIELD else "").encode()
            index = box.findData(current)
            box.setCurrentIndex(index if index >= 0 else box.count() - 1)
            if column.unconfirmed:
                box.setStyleSheet("QComboBox { color: #8a5300; font-weight: bold; }")
            box.setEnabled(self._replan is not None)
            box.currentIndexChanged.connect(
                lambda _index, key=column.header_key, widget=box: self._on_choice_changed(key, widget))
            self.columns.setIndexWidget(self._columns.proxy.index(row, 3), box)
            self.choice_boxes[column.header_key] = box
        self.columns.setColumnWidth(3, 260)

    def choose(self, header_key: str, choice: ColumnChoice) -> None:
        """Import the column under *header_key* as *choice* (what the combo box does)."""
        self._choices[header_key] = choice
        self._run_replan()

    def _on_choice_changed(self, header_key: str, box: QComboBox) -> None:
        choice = ColumnChoice.decode(str(box.currentData() or ""))
        if choice is not None:
            self.choose(header_key, choice)

    def _on_leave_out_button_clicked(self) -> None:
        for column in self.plan.unconfirmed_columns:
            self._choices[column.header_key] = ColumnChoice(IGNORE)
        self._run_replan()

    def _run_replan(self) -> None:
        if self._replan is None:
            return
        from hanoi_desk.ui.widgets.tasks import Task

        replan = self._replan
        choices = dict(self._choices)
        for box in self.choice_boxes.values():
            box.setEnabled(False)
        self.import_button.setEnabled(False)
        task = Task(self, self.tr("Mapping the columns again…"), lambda _p, _c: replan(choices))
        task.sig_finished.connect(self.show_plan)
        task.sig_error.connect(self._on_replan_failed)
        self._task = task
        task.start()

    def _on_replan_failed(self, error: object) -> None:
        messages.show_error(self, self.tr("Cannot map the columns this way"), error)  # type: ignore[arg-type]
        self._choices.clear()
        self.show_plan(self.plan)

    # ---------------------------------------------------------------- errors out
    def problem_text(self, only_selected: bool = True) -> str:
        """The errors as tab-separated lines with a header: pasted into Excel they fill its cells."""
        lines = [self._rejected.model.rows()[self._rejected.proxy.mapToSource(
            self._rejected.proxy.index(r, 0)).row()] for r in range(self._rejected.proxy.rowCount())]
        if only_selected:
            rows = sorted({index.row() for index in self.rejected.selectionModel().selectedRows()})
            if rows:
                lines = [lines[r] for r in rows]
        head = "\t".join([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Error")])
        body = ["\t".join(_cell(part) for part in (line.row, line.column, line.value, line.message))
                for line in lines]
        return "\n".join([head, *body])

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.problem_text())

    def _on_save_button_clicked(self) -> None:
        from hanoi_desk.exporters.xlsx import safe_filename
        from hanoi_desk.ui.widgets import file_actions

        stem = Path(self.plan.source).stem or "tep"
        path = file_actions.ask_save_path(self, self.tr("Save the import errors"),
                                          safe_filename(f"Lỗi nhập {stem}.xlsx"),
                                          self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.save_problems(path)

    def save_problems(self, path: Path) -> Path | None:
        from hanoi_desk.exporters.imports import write_import_problems

        try:
            written = write_import_problems(path, self.plan.source, self.plan.rejected, self.plan.warnings,
                                            self.plan.dropped_columns)
        except OSError as error:
            messages.show_error(self, self.tr("Cannot save the errors"), error)
            return None
        return written


def _cell(text: str) -> str:
    """One cell of tab-separated text: tabs and line breaks would split it."""
    return " ".join(str(text).split())

