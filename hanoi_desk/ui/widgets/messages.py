"""How errors reach the clerk: one dialog listing every problem, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hanoi_desk.domain.errors import ValidationError


def describe(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        lines = [str(p) for p in error.problems]
        shown = lines[:30]
        if len(lines) > 30:
            shown.append(QCoreApplication.translate("messages", "… and %n more problem(s).", "",
                                                    len(lines) - 30))
        return "\n".join(shown)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if getattr(error, "filename", None) else ""
        reason = error.strerror or str(error)
        return QCoreApplication.translate("messages", "The file could not be used") + f"{where}: {reason}"
    return str(error) or error.__class__.__name__


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(error), QMessageBox.StandardButton.Ok, parent)
    box.exec()
