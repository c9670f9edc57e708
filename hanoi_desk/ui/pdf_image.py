"""A PDF page as a picture, with Qt's PDF engine (QtPdf): for the ``dashboard`` command's PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions


def pdf_page_to_png(pdf: Path, png: Path, dpi: int = 150, page: int = 0) -> Path:
    """Render *page* of *pdf* at *dpi* on a white background and save it as *png*.

    Needs no QApplication (the command line has none): QtPdf and QImage draw without a screen.
    """
    document = QPdfDocument()
    error = document.load(str(pdf))
    if error != QPdfDocument.Error.None_ or document.pageCount() <= page:
        raise OSError(f"Không đọc được {pdf.name}")
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    image = document.render(page, size, QPdfDocumentRenderOptions())
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(0xFFFFFF)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    png = Path(png)
    if not flat.save(str(png), "PNG"):
        raise OSError(f"Không ghi được {png}")
    document.close()
    return png
