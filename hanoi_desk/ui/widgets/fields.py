"""Small field widgets the editing dialogs share: an optional date, error labels under the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QVBoxLayout, QWidget

from hanoi_desk.domain.errors import ValidationError

ERROR_STYLE = "color: #b00020;"
_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that may stay empty (shown blank): most agencies have no end date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(_NO_DATE)

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == _NO_DATE else date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)


def error_label() -> QLabel:
    """A red line for a refusal, hidden until there is one."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Error labels under the fields, keyed by the service's field names."""

    _errors: dict[str, QLabel]
    general_error: QLabel

    def _error_label(self) -> QLabel:
        return error_label()

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        self._errors[key] = self._error_label()
        layout.addWidget(self._errors[key])
        return box

    def show_errors(self, error: ValidationError | None, key: Callable[[str], str] = str) -> None:
        """Each problem under its field (*key*: the field's label key from the problem's field name);
        the others together under the form."""
        for label in (*self._errors.values(), self.general_error):
            label.hide()
            label.setText("")
        if error is None:
            return
        unplaced: list[str] = []
        for problem in error.problems:
            label = self._errors.get(key(problem.field))
            if label is None:
                unplaced.append(problem.message)
                continue
            label.setText((label.text() + "\n" if label.text() else "") + problem.message)
            label.show()
        if unplaced:
            self.general_error.setText("\n".join(unplaced))
            self.general_error.show()
