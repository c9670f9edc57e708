"""Long work off the GUI thread, with a progress dialog and a cancel button."""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]


_running = 0
_tasks: set[Task] = set()  # started and not finished: closing the window must stop them first


def _hold_collector() -> None:
    """Keep the garbage collector off while a task runs.

    Python's collector runs in whichever thread happens to allocate: in a worker it could destroy
    Qt objects (closed dialogs, dropped models) from the wrong thread and crash the program. With
    the collector off, garbage waits until the last task has ended and is then collected on the GUI
    thread. No full collection here: with a large heap (10,000 agencies, a long working day) one
    takes a few tenths of a second, and every import, export and count starts a task or three.
    """
    global _running
    if _running == 0:
        gc.disable()
    _running += 1


def _release_collector() -> None:
    global _running
    _running = max(0, _running - 1)
    if _running == 0:
        gc.enable()
        gc.collect(1)  # what the task left behind, young; older garbage waits for the usual sweep


class _Worker(QObject):
    sig_progress = Signal(int, int)
    """Work done so far, out of a total."""
    sig_done = Signal(object)
    """The work finished with this result."""
    sig_failed = Signal(object)
    """The work raised this exception."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work: Work | None = work
        self.cancel_requested = False
        self.ended = threading.Event()  # waited on without holding the GIL, unlike QThread.wait

    def run(self) -> None:
        work, self._work = self._work, None  # the work (and what its closure holds) ends with it
        try:
            result = work(self.sig_progress.emit, lambda: self.cancel_requested)  # type: ignore[misc]
        except Exception as error:
            del work
            _forget_frames(error)
            self.sig_failed.emit(error)
        else:
            del work
            self.sig_done.emit(result)
        finally:
            self.ended.set()


def _forget_frames(error: BaseException) -> None:
    """Drop the tracebacks of *error* and the errors it chains: their frames hold the work's locals
    (a PIN, a password) for as long as the error lives, and the clerk is shown only its message."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        current.__traceback__ = None
        pending += [current.__cause__, current.__context__]


class Task(QObject):
    """Runs *work* in a thread; the dialog appears if it takes longer than half a second."""

    sig_finished = Signal(object)
    """The work finished with this result."""
    sig_error = Signal(object)
    """The work failed or was cancelled, with this exception."""

    def __init__(self, parent: QWidget, label: str, work: Work, *, progress: bool = True) -> None:
        """*progress* False: no dialog ever (work the widget shows its own way, such as the overview
        computing its figures while the window is already usable). Such a task is not a child of
        *parent*: a widget destroyed while it counts (a window dropped without being closed) must not
        take a running thread with it, which aborts the program; ``_tasks`` keeps it until it ends,
        and its result then goes nowhere."""
        super().__init__(parent if progress else None)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._dialog: QProgressDialog | None = None
        if progress:
            self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setWindowTitle("Hanoi Desk")
            self._dialog.setMinimumDuration(500)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self._on_dialog_canceled)
        self._thread.started.connect(self._worker.run)
        self._worker.sig_progress.connect(self._on_worker_progress)
        self._worker.sig_done.connect(self._on_worker_done)
        self._worker.sig_failed.connect(self._on_worker_failed)
        self._finished = False
        self._abandoned = False

    def start(self) -> None:
        _hold_collector()
        _tasks.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel_requested = True

    def is_running(self) -> bool:
        return self in _tasks

    def abandon(self, wait_ms: int) -> bool:
        """Ask the work to stop and wait up to *wait_ms* for its thread; its result is then dropped.

        For closing the window: the work sees ``cancelled()`` (an import then writes nothing), and
        whatever it still reports is not acted upon. False if the thread is still running, so the
        caller must not destroy it.
        """
        self._worker.cancel_requested = True
        # QThread.wait keeps Python's lock, so the worker could never get to see the cancel.
        if not self._worker.ended.wait(max(0, wait_ms) / 1000):
            return False
        self._abandoned = True
        self._finish()
        return True

    @property
    def dialog(self) -> QProgressDialog:
        assert self._dialog is not None, "a task made with progress=False has no dialog"
        return self._dialog

    def _on_dialog_canceled(self) -> None:
        self._worker.cancel_requested = True
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _on_worker_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, total))

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        _tasks.discard(self)
        self._thread.quit()
        self._thread.wait()
        if self._dialog is not None:
            self._dialog.close()
        _release_collector()

    def _on_worker_done(self, result: object) -> None:
        self._finish()
        if not self._abandoned:
            self.sig_finished.emit(result)

    def _on_worker_failed(self, error: object) -> None:
        self._finish()
        if not self._abandoned:
            self.sig_error.emit(error)


def running_tasks() -> list[Task]:
    """The tasks started and not yet finished (in no particular order)."""
    return list(_tasks)


def stop_tasks(wait_ms: int) -> list[Task]:
    """Cancel every running task and wait for it (up to *wait_ms* in all); return those still running."""
    deadline = QDeadlineTimer(max(0, wait_ms))
    return [task for task in running_tasks() if not task.abandon(deadline.remainingTime())]


# A program that ends while a task still runs (a script that returns early, the overview counting
# when a test's process exits) would destroy a running QThread, which aborts: wait for it first.
atexit.register(stop_tasks, 10000)
