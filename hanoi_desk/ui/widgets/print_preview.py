"""Print preview and printing of any PDF the app writes, at actual size on A4.

QtPdf (the PySide6-Pdf wheel) renders each page to an image at the printer's resolution (capped,
so a 1200 dpi printer does not need half a gigabyte per page), and the image is drawn over the
whole sheet: with ``fullPage`` the PDF's own margins are the margins, so a page printed here has
the Decree-30 margins the PDF was laid out with. Each sheet takes the orientation of its page, so
a landscape appendix prints landscape. Any tab can use :func:`preview_pdf` for its Ctrl+P.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QAction, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

from hanoi_desk.domain.errors import Cancelled, ValidationError
from hanoi_desk.exporters.xlsx import safe_filename
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.tasks import Task

PRINT_DPI_MAX = 300  # enough for 13 pt text and a scanned signature; a page stays ~35 MB while drawn
PREVIEW_DPI = 110  # the preview keeps every page in memory


def load_pdf(path: Path) -> QPdfDocument:
    """Open *path* with QtPdf, or raise ValidationError saying why it cannot be printed."""
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.pageCount() == 0:
        raise ValidationError(f"Không mở được tệp PDF “{Path(path).name}” để in ({error.name}).")
    return document


def _orientation(size: QSizeF) -> QPageLayout.Orientation:
    if size.width() > size.height():
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def print_pdf(document: QPdfDocument, printer: QPrinter, dpi: int | None = None) -> int:
    """Draw every page of *document* on *printer*, A4, actual size; return the number of pages drawn.

    The printer's page range (from a print dialog) is honoured; pages are numbered from 1. Only the
    PDF engine can turn the sheet between pages: elsewhere (system printers, the preview) a landscape
    page is drawn turned a quarter on a portrait sheet, still at actual size, as a copier would.
    """
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    printer.setFullPage(True)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    painter = QPainter()
    drawn = 0
    can_turn = False
    resolution = dpi
    for number in range(first, last + 1):
        index = number - 1
        points = document.pagePointSize(index)
        layout = QPageLayout(a4, _orientation(points), QMarginsF(0, 0, 0, 0))
        if drawn == 0:
            printer.setPageLayout(layout)
            if not painter.begin(printer):
                raise ValidationError(QCoreApplication.translate("print_preview",
                                                                 "The printer could not be started."))
            engine = painter.paintEngine().type()
            can_turn = engine == QPaintEngine.Type.Pdf
            if resolution is None:
                # The preview keeps every page in memory; paper gets the printer's resolution, capped.
                preview = engine in (QPaintEngine.Type.Picture, QPaintEngine.Type.User)
                resolution = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI_MAX)
        else:
            if can_turn:
                printer.setPageLayout(layout)
            printer.newPage()
        device_dpi = printer.resolution()
        sheet = printer.pageLayout().fullRectPixels(device_dpi)
        # The PDF page at its own size in points, in device pixels: actual size.
        target = QRectF(0, 0, points.width() / 72 * device_dpi, points.height() / 72 * device_dpi)
        image = document.render(index, QSize(round(points.width() / 72 * resolution),
                                             round(points.height() / 72 * resolution)))
        painter.save()
        if (sheet.width() > sheet.height()) != (points.width() > points.height()):
            painter.translate(sheet.width(), 0)
            painter.rotate(90)
        painter.drawImage(target, image)
        painter.restore()
        drawn += 1
    if drawn:
        painter.end()
    return drawn


def print_pdf_file(path: Path, printer: QPrinter, dpi: int | None = None) -> int:
    document = load_pdf(path)
    try:
        return print_pdf(document, printer, dpi)
    finally:
        document.close()


def make_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    return printer


class PdfPrintPreview(QPrintPreviewDialog):
    """The print preview of one PDF; its Print button prints to the chosen system printer."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        self.document = load_pdf(path)
        self.printer = make_printer()
        self.printer.setDocName(Path(path).stem)
        super().__init__(self.printer, parent)
        self.setWindowTitle(QCoreApplication.translate("print_preview", "Print preview — %1")
                            .replace("%1", Path(path).name))
        self.resize(900, 1000)
        self.paintRequested.connect(self._on_paint_requested)
        self.finished.connect(self._on_finished)
        self._path = Path(path)
        self.act_sign = self._add_sign_action(parent)

    def _add_sign_action(self, parent: QWidget | None) -> QAction | None:
        """"Ký số…" on the toolbar when the PDF is an official one with an empty signature field."""
        signing = getattr(parent.window(), "signing_service", lambda: None)() if parent is not None else None
        if signing is None or not signing.unsigned_roles(self._path):
            return None
        toolbar = self.findChild(QToolBar)
        action = QAction(QCoreApplication.translate("print_preview", "Sign digitally…"), self)
        action.triggered.connect(lambda: self._on_sign_triggered(signing))
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(action)
        self.addAction(action)
        return action

    def _on_sign_triggered(self, signing: object) -> None:
        from hanoi_desk.ui.signing.dialog import open_sign_dialog

        open_sign_dialog(self, signing, self._path)  # type: ignore[arg-type]  # deletes itself when closed

    def _on_paint_requested(self, printer: QPrinter) -> None:
        print_pdf(self.document, printer)

    def _on_finished(self, _result: int) -> None:
        self.document.close()


def preview_pdf(parent: QWidget | None, path: Path) -> PdfPrintPreview:
    """Show the print preview of *path* (modal); from it the clerk prints or closes."""
    dialog = PdfPrintPreview(Path(path), parent)
    dialog.exec()
    return dialog


def print_with_dialog(parent: QWidget | None, path: Path) -> int:
    """Ask for a printer (QPrintDialog) and print *path*; return the pages printed (0: cancelled)."""
    printer = make_printer()
    printer.setDocName(Path(path).stem)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return print_pdf_file(Path(path), printer)


_print_folder: Path | None = None


def print_folder() -> Path:
    """The one temporary folder this run prints from; removed when the program exits."""
    global _print_folder
    if _print_folder is None or not _print_folder.is_dir():
        _print_folder = Path(tempfile.mkdtemp(prefix="hanoi-desk-print-"))
        atexit.register(shutil.rmtree, _print_folder, True)
    return _print_folder


def print_preview_of(parent: QWidget, name: str, write: Callable[[Path, object, object], Path]) -> Task:
    """Ctrl+P of a tab: write a temporary PDF off the GUI thread, show its print preview, delete it.

    *write(path, progress, cancelled)* writes the PDF. Printing is not an export: nothing offers to
    e-mail the temporary file, and it is gone when the preview closes (the folder, at exit).
    """
    path = print_folder() / safe_filename(name)

    def work(progress: object, cancelled: object) -> Path:
        return write(path, progress, cancelled)

    def show(written: object) -> None:
        try:
            preview_pdf(parent, Path(str(written)))
        except ValidationError as error:
            messages.show_error(parent, QCoreApplication.translate("print_preview", "Cannot print"), error)
        finally:
            try:
                Path(str(written)).unlink(missing_ok=True)
            except OSError:  # still open elsewhere (Windows): the folder goes at exit
                pass

    def failed(error: object) -> None:
        if not isinstance(error, Cancelled):
            messages.show_error(parent, QCoreApplication.translate("print_preview", "Cannot print"),
                                error)  # type: ignore[arg-type]

    task = Task(parent, QCoreApplication.translate("print_preview", "Preparing %1 for printing…")
                .replace("%1", path.name), work)
    task.sig_finished.connect(show)
    task.sig_error.connect(failed)
    task.start()
    return task
