"""The file flows every tab shares: ask where to save or what to open, then export or import in a Task.

Each tab used to carry its own copy of these steps, and the copies drifted (one said "nothing was
written" on cancel, the others showed an error box). One place keeps them alike: the remembered
folders ("paths/export", "paths/import" in QSettings), a file name Windows accepts, the extension
added when the clerk leaves it out, the progress dialog with cancel, the status line and the
``sig_export_written`` signal on success, an error box on failure and a plain status line on cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from hanoi_desk.domain.errors import Cancelled
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.tasks import Task

if TYPE_CHECKING:
    from hanoi_desk.importing import ImportJob

EXPORT_FOLDER_KEY = "paths/export"
SPREADSHEETS = "(*.xlsx *.xls *.ods)"  # every kind of file an import reads
IMPORT_FOLDER_KEY = "paths/import"

Write = Callable[[Any, Any], Path]
"""work(progress, cancelled) -> the path written."""


def _suffixes(file_filter: str) -> list[str]:
    """The first extension of each filter of "Excel workbooks (*.xlsx);;PDF (*.pdf)", in order."""
    found = []
    for part in file_filter.split(";;"):
        match = re.search(r"\*(\.[A-Za-z0-9]+)", part)
        found.append(match.group(1).lower() if match else "")
    return found


def _remembered(key: str) -> Path:
    return Path(str(QSettings().value(key, str(Path.home()))))


def ask_save_path(parent: QWidget, title: str, default_name: str, file_filter: str) -> Path | None:
    """Ask where to save, starting in the folder of the last export with a safe *default_name*.

    The extension of the filter chosen is added when the clerk typed a name without one of the
    filter's extensions; the folder is remembered for next time. None when the clerk cancels.
    """
    from hanoi_desk.exporters.xlsx import safe_filename  # openpyxl: not at start-up

    start = _remembered(EXPORT_FOLDER_KEY) / safe_filename(default_name)
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not name:
        return None
    path = Path(name)
    suffixes = [s for s in _suffixes(file_filter) if s]
    if suffixes and path.suffix.lower() not in suffixes:
        filters = file_filter.split(";;")
        index = filters.index(chosen) if chosen in filters else 0
        suffix = _suffixes(file_filter)[index] or suffixes[0]
        path = path.with_name(path.name + suffix)
    QSettings().setValue(EXPORT_FOLDER_KEY, str(path.parent))
    return path


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    """Ask which file to open, starting in the folder of the last import (remembered for next time)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(_remembered(IMPORT_FOLDER_KEY)), file_filter)
    if not name:
        return None
    path = Path(name)
    QSettings().setValue(IMPORT_FOLDER_KEY, str(path.parent))
    return path


def report_failure(tab: QWidget, title: str, error: object) -> None:
    """A cancelled task is what the clerk asked for: say so in the status bar, not in an error box."""
    if isinstance(error, Cancelled):
        tab.sig_status.emit(  # type: ignore[attr-defined]
            QCoreApplication.translate("FileActions", "Cancelled: nothing was written"))
        return
    messages.show_error(tab, title, error)  # type: ignore[arg-type]


def run_export(
    tab: QWidget,
    path: Path,
    write: Write,
    *,
    error_title: str | None = None,
    on_written: Callable[[Path], None] | None = None,
    note: str = "",
) -> Task:
    """Run *write(progress, cancelled)* off the GUI thread; "Saved …" and sig_export_written on success.

    *on_written* runs first with the path written (a tab that must reload or remember the file);
    *note* follows "Saved …" in the status line (a document written as a draft says why).
    """
    title = error_title or QCoreApplication.translate("FileActions", "Export failed")

    def done(result: object) -> None:
        written = Path(str(result))
        if on_written is not None:
            on_written(written)
        saved = QCoreApplication.translate("FileActions", "Saved %1").replace("%1", str(written))
        tab.sig_status.emit(f"{saved} — {note}" if note else saved)  # type: ignore[attr-defined]
        tab.sig_export_written.emit(written)  # type: ignore[attr-defined]

    task = Task(tab, QCoreApplication.translate("FileActions", "Writing %1…").replace("%1", path.name), write)
    task.sig_finished.connect(done)
    task.sig_error.connect(lambda error: report_failure(tab, title, error))
    task.start()
    return task


def run_job(tab: QWidget, path: Path, job: ImportJob, applied_message: Callable[[Any], str], *,
            saving_label: str | None = None) -> Task:
    """Import *path* with *job* (``hanoi_desk.importing``): read with the remembered column choices,
    preview (where the clerk may map columns, which re-plans without reading the file again), then
    write every row or none, with progress and Cancel, and remember the columns' choices."""
    found: list[Any] = []

    def read(progress: Any, cancelled: Any) -> Any:
        file, plan = job.read_and_plan(path, progress=progress, cancelled=cancelled)
        found[:] = [file]
        return plan

    def replan(choices: dict[str, Any]) -> Any:
        file, plan = job.replan(found[0], choices)
        found[:] = [file]
        return plan

    def apply(plan: Any, progress: Any, cancelled: Any) -> Any:
        return job.apply(plan, progress=progress, cancelled=cancelled)

    label = saving_label or QCoreApplication.translate("FileActions", "Saving the imported rows…")
    return run_import(tab, path, read, apply, applied_message, saving_label=label, replan=replan)


def run_import(
    tab: QWidget,
    path: Path,
    read_and_plan: Callable[[Any, Any], Any],
    apply: Callable[[Any, Any, Any], Any],
    applied_message: Callable[[Any], str],
    *,
    saving_label: str | None = None,
    preview_factory: Callable[..., QDialog] | None = None,
    replan: Callable[[dict[str, Any]], Any] | None = None,
) -> Task:
    """Read and plan *path* in a Task, show the preview, then write every row or none.

    *read_and_plan(progress, cancelled)* returns an ImportPlan; *apply(plan, progress, cancelled)*
    writes it and returns what *applied_message* turns into the status line after the tab reloads.
    With a *saving_label* the writing runs in a Task too (a long import the clerk can cancel);
    without one it runs at once, for services that write a plan in one short transaction.
    *replan(choices)* lets the preview map columns anew; the plan written is the preview's last.
    Returns the reading task. A cancel at either step is a status line, not an error box.
    """
    from hanoi_desk.ui.widgets.import_dialog import ImportPreviewDialog

    title = QCoreApplication.translate("FileActions", "Import failed")
    make_preview = preview_factory or ImportPreviewDialog

    def applied(result: object) -> None:
        tab.reload()  # type: ignore[attr-defined]
        tab.sig_status.emit(applied_message(result))  # type: ignore[attr-defined]

    def planned(plan: object) -> None:
        preview = make_preview(plan, tab, replan=replan) if replan is not None else make_preview(plan, tab)
        if preview.exec() != QDialog.DialogCode.Accepted:
            tab.sig_status.emit(  # type: ignore[attr-defined]
                QCoreApplication.translate("FileActions", "Import cancelled: nothing was written"))
            return
        plan = getattr(preview, "plan", plan)
        if saving_label is None:
            try:
                result = apply(plan, lambda _done, _total: None, lambda: False)
            except Exception as error:
                report_failure(tab, title, error)
                return
            applied(result)
            return
        task = Task(tab, saving_label, lambda progress, cancelled: apply(plan, progress, cancelled))
        task.sig_finished.connect(applied)
        task.sig_error.connect(lambda error: report_failure(tab, title, error))
        task.start()

    task = Task(tab, QCoreApplication.translate("FileActions", "Reading %1…").replace("%1", path.name),
                read_and_plan)
    task.sig_finished.connect(planned)
    task.sig_error.connect(lambda error: report_failure(tab, title, error))
    task.start()
    return task
