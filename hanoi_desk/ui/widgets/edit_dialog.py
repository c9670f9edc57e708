"""What every dialog that edits a record shares: nothing typed is lost by Esc, nor by a conflict.

- Esc / Cancel / the window's close button ask "Discard changes?" when the form differs from what
  was loaded (``_dirty``), instead of silently throwing the clerk's input away.
- When another clerk saved the record in between, the refusal (who, when) stays on screen with a
  "Reload from database" button: it loads the latest version, so the next save carries the new
  version and works, and lists what this clerk had typed so it can be re-applied.

A dialog derives from :class:`EditDialog`, implements ``draft`` (the values as the service takes
them), calls ``mark_clean()`` once it has loaded, and for the conflict handling implements
``load_latest`` and calls ``add_reload_button``.
"""

from __future__ import annotations

import dataclasses
from abc import abstractmethod
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget

from hanoi_desk.domain.errors import ConflictError, ValidationError


def _named(value: object) -> bool:
    return dataclasses.is_dataclass(value) and isinstance(getattr(value, "name", None), str)


def show_value(value: object) -> str:
    """A value as a clerk reads it in a list of things to re-apply."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("EditDialog", "yes")
        return QCoreApplication.translate("EditDialog", "no")
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, tuple | list):
        return ", ".join(show_value(v) for v in value)
    if _named(value):  # an attached file: by its name
        return str(value.name)  # type: ignore[attr-defined]
    return str(value)


def differences(typed: object, latest: object, labels: Mapping[str, str],
                skip: frozenset[str] = frozenset(), opened: object = None) -> list[str]:
    """"Label: typed value" for every field the clerk changed (from *opened*, the version first shown)
    that the latest version does not already hold.

    Nested value objects (the figures of a report) are compared field by field.
    """
    if not (dataclasses.is_dataclass(typed) and dataclasses.is_dataclass(latest)):
        return [] if typed in (latest, opened) else [show_value(typed)]
    lines: list[str] = []
    for field in dataclasses.fields(typed):  # type: ignore[arg-type]
        if field.name in skip:
            continue
        mine, theirs = getattr(typed, field.name), getattr(latest, field.name, None)
        before = getattr(opened, field.name, None) if opened is not None else object()
        if mine in (theirs, before):
            continue
        if dataclasses.is_dataclass(mine) and dataclasses.is_dataclass(theirs) and not _named(mine):
            nested_before = before if dataclasses.is_dataclass(before) else None
            lines += differences(mine, theirs, labels, skip, nested_before)
            continue
        lines.append(f"{labels.get(field.name, field.name)}: {show_value(mine)}")
    return lines


def ask_to_save(parent: QWidget, title: str, text: str) -> QMessageBox.StandardButton:
    """Save / Don't save / Cancel, in the clerk's language whatever Qt's own translation holds."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    texts = {
        QMessageBox.StandardButton.Save: QCoreApplication.translate("EditDialog", "Save"),
        QMessageBox.StandardButton.Discard: QCoreApplication.translate("EditDialog", "Don't save"),
        QMessageBox.StandardButton.Cancel: QCoreApplication.translate("EditDialog", "Cancel"),
    }
    for button, text in texts.items():
        box.button(button).setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


class EditDialog(QDialog):
    """Base of the editing dialogs (see the module's docstring)."""

    general_error: QLabel
    reload_button: QPushButton | None = None
    #: field name → label, for the list of values to re-apply after a conflict
    field_labels: dict[str, str]
    #: draft fields not listed after a conflict (e.g. an agency's contacts table)
    reapply_skip: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: object = None
        self.field_labels = {}

    # ---------------------------------------------------------------- to implement
    @abstractmethod
    def draft(self) -> object:
        """The values in the form, comparable with ``==`` (a frozen dataclass or a tuple)."""
        ...

    @abstractmethod
    def load_latest(self) -> None:
        """Read the record again from its service and show it (raise ValidationError if it is gone)."""
        ...

    # ---------------------------------------------------------------- unsaved input
    def mark_clean(self) -> None:
        """What is in the form now is what was loaded: closing it loses nothing."""
        self._loaded = self.draft()

    def _dirty(self) -> bool:
        return self.draft() != self._loaded

    def reject(self) -> None:
        if self._dirty() and QMessageBox.question(
            self, QCoreApplication.translate("EditDialog", "Discard changes?"),
            QCoreApplication.translate("EditDialog", "You have unsaved changes. Close without saving?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        super().reject()

    # ---------------------------------------------------------------- conflicts
    def add_reload_button(self, buttons: QDialogButtonBox) -> QPushButton:
        self.reload_button = buttons.addButton(
            QCoreApplication.translate("EditDialog", "Reload from database"),
            QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setToolTip(QCoreApplication.translate(
            "EditDialog",
            "Load the version the other person saved; your values are listed so you can re-apply them"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        return self.reload_button

    def show_errors(self, error: ValidationError | None) -> None:
        """Each problem beside its field (None clears them): every editing dialog places its own."""
        self.general_error.setText("\n".join(str(p) for p in error.problems) if error else "")
        self.general_error.setVisible(error is not None)

    def save_with(self, write: Callable[[], object]) -> bool:
        """Run the service call *write*; on success keep what it returned and close the dialog.

        A stale save shows who saved and the reload button; any other refusal goes beside the fields.
        Either way the form stays as typed.
        """
        self.show_errors(None)
        try:
            self._saved = write()
        except ConflictError as error:
            self.show_errors(None)
            self.show_conflict(error)
            return False
        except ValidationError as error:
            self.show_errors(error)
            return False
        self.accept()
        return True

    def show_conflict(self, error: ConflictError) -> None:
        """Who saved it and when, and the way out: reload the latest version."""
        self.general_error.setText("\n".join(p.message for p in error.problems))
        self.general_error.show()
        if self.reload_button is not None:
            self.reload_button.show()

    def _on_reload_button_clicked(self) -> None:
        typed, opened = self.draft(), self._loaded
        try:
            self.load_latest()
        except ValidationError as error:
            self.general_error.setText("\n".join(p.message for p in error.problems))
            self.general_error.show()
            return
        self.mark_clean()
        lines = differences(typed, self._loaded, self.field_labels, self.reapply_skip, opened)
        if self.reload_button is not None:
            self.reload_button.hide()
        if lines:
            text = QCoreApplication.translate(
                "EditDialog", "Reloaded the latest version. Your values, to re-apply:")
            text += "\n" + "\n".join(lines)
        else:
            text = QCoreApplication.translate(
                "EditDialog", "Reloaded the latest version; it already holds your values.")
        self.general_error.setText(text)
        self.general_error.show()
