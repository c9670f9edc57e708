"""Draw the app icon: a yellow Khuê Văn Các (the Temple of Literature's pavilion) on a red tile.

    python tools/make_icon.py            # writes resources/icons/hanoi-desk.png and hanoi-desk.ico

The icon is drawn with QPainter rather than kept only as a binary so that it can be changed and
re-made by anyone with the development environment. The .ico holds PNG images at 16, 32, 48 and
256 pixels (Windows Vista and later read PNG entries; that is every office workstation). Small
sizes are drawn, not scaled down, with fewer details so they stay legible in the taskbar.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 32, 48, 256)

RED_TOP = QColor("#DA251D")
RED_BOTTOM = QColor("#A8151A")
YELLOW = QColor("#FFCD00")
SHADE = QColor("#C79A00")


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels; below 48 px the pavilion loses its pillars' gaps and window rays."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    detailed = size >= 48

    # The red tile.
    gradient = QLinearGradient(0, 0, 0, 256)
    gradient.setColorAt(0, RED_TOP)
    gradient.setColorAt(1, RED_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    margin = 4 if detailed else 0
    radius = 44 if detailed else 36
    painter.drawRoundedRect(QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin), radius, radius)

    painter.setBrush(YELLOW)
    # Ground line.
    painter.drawRect(QRectF(34, 212, 188, 12))
    # Four brick pillars (two wide blocks on small sizes).
    if detailed:
        for x in (52, 92, 140, 180):
            painter.drawRect(QRectF(x, 158, 24, 56))
    else:
        painter.drawRect(QRectF(48, 158, 56, 56))
        painter.drawRect(QRectF(152, 158, 56, 56))
    # The floor slab with its balustrade.
    painter.drawRect(QRectF(40, 146, 176, 14))
    if detailed:
        painter.drawRect(QRectF(56, 134, 144, 6))
    # Upper storey: a square room with the round window.
    painter.drawRect(QRectF(76, 96, 104, 50))
    painter.setBrush(RED_BOTTOM)
    centre = QPointF(128, 121)
    painter.drawEllipse(centre, 19, 19)
    if detailed:
        painter.setPen(QPen(YELLOW, 3.5))
        for step in range(8):  # the window's sun rays
            painter.save()
            painter.translate(centre)
            painter.rotate(step * 45)
            painter.drawLine(QPointF(0, 0), QPointF(19, 0))
            painter.restore()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(YELLOW)
        painter.drawEllipse(centre, 5, 5)
    painter.setBrush(YELLOW)
    # Lower roof: wide, with upturned eaves.
    painter.drawPath(_roof(left=36, right=220, bottom=100, top=76, lift=20))
    # Upper roof above a short wall, narrower.
    painter.drawRect(QRectF(94, 60, 68, 18))
    painter.drawPath(_roof(left=66, right=190, bottom=64, top=42, lift=18))
    # Ridge ornament.
    painter.drawEllipse(QPointF(128, 34), 8 if detailed else 10, 8 if detailed else 10)
    painter.end()
    return image


def _roof(*, left: float, right: float, bottom: float, top: float, lift: float) -> QPainterPath:
    """A Vietnamese roof seen from the front: a trapezoid whose eave tips curl upwards."""
    inset = (right - left) * 0.22
    path = QPainterPath()
    path.moveTo(left, bottom - lift)
    path.quadTo(left + inset * 0.6, bottom, left + inset * 1.4, bottom)
    path.lineTo(right - inset * 1.4, bottom)
    path.quadTo(right - inset * 0.6, bottom, right, bottom - lift)
    path.quadTo(right - inset * 0.7, top + (bottom - top) * 0.35, right - inset, top)
    path.lineTo(left + inset, top)
    path.quadTo(left + inset * 0.7, top + (bottom - top) * 0.35, left, bottom - lift)
    path.closeSubpath()
    return path


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images (ICONDIR, one ICONDIRENTRY each, then the images)."""
    count = len(pngs)
    header = struct.pack("<HHH", 0, 1, count)
    entries = b""
    images = b""
    offset = 6 + 16 * count
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (ICONS / "hanoi-desk.png").write_bytes(pngs[256])
    (ICONS / "hanoi-desk.ico").write_bytes(ico_bytes(pngs))
    for name in ("hanoi-desk.png", "hanoi-desk.ico"):
        print(ICONS / name)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
