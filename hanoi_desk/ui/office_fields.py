"""The office's document settings as a form, built from the settings service's key table.

The first-run page shows the office and the signer; Settings shows those and, on a second page, the
addressees of the letters. Each key gets the widget its kind asks for (a line, a list one item per
line, a choice), and "office.name" gets a picker over the roster's active agencies: typing "van hoa"
finds "Sở Văn hóa và Thể thao" (folded, as the roster's search), and picking one fills in its symbol.
A name the roster does not know may still be typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.text import fold
from hanoi_desk.services.settings import SETTING_KEYS, OfficeChoice, SettingKey, SettingsService
from hanoi_desk.ui.table_model import Column, RowFilterProxy, RowTableModel

Editor = QLineEdit | QPlainTextEdit | QComboBox



def field_labels() -> dict[str, str]:
    """The window's words for the keys (English in the source, Vietnamese from the translation)."""
    return {
        "office.parent": QCoreApplication.translate("OfficeFields", "Parent body"),
        "office.name": QCoreApplication.translate("OfficeFields", "Office name"),
        "office.symbol": QCoreApplication.translate("OfficeFields", "Office symbol"),
        "office.unit": QCoreApplication.translate("OfficeFields", "Drafting unit (in letters' symbol)"),
        "office.place": QCoreApplication.translate("OfficeFields", "Place name"),
        "office.short": QCoreApplication.translate("OfficeFields", "The office in a sentence (e.g. Sở)"),
        "signer.authority": QCoreApplication.translate(
            "OfficeFields", "Signing authority (e.g. KT. GIÁM ĐỐC)"),
        "signer.title": QCoreApplication.translate("OfficeFields", "Signer's title"),
        "signer.name": QCoreApplication.translate("OfficeFields", "Signer's name"),
        "staff.name": QCoreApplication.translate("OfficeFields", "Staff name (recorded on changes)"),
        "plan.reference": QCoreApplication.translate("OfficeFields", "The plan, as cited (number, date)"),
        "numbering": QCoreApplication.translate("OfficeFields", "Document numbers"),
        "calendar.to": QCoreApplication.translate(
            "OfficeFields", "Content agreement letter: to (one per line)"),
        "calendar.cc": QCoreApplication.translate(
            "OfficeFields", "Content agreement letter: copies to (one per line)"),
        "verification.facebook": QCoreApplication.translate(
            "OfficeFields", "Verification letter for Facebook: to"),
        "verification.zalo": QCoreApplication.translate(
            "OfficeFields", "Verification letter for Zalo OA: to"),
        "verification.youtube": QCoreApplication.translate(
            "OfficeFields", "Verification letter for YouTube: to"),
        "verification.tiktok": QCoreApplication.translate(
            "OfficeFields", "Verification letter for TikTok: to"),
        "verification.other": QCoreApplication.translate(
            "OfficeFields", "Verification letter for other platforms: to"),
    }


def choice_labels() -> dict[str, str]:
    return {"blank": QCoreApplication.translate(
        "OfficeFields", "Left blank: the văn thư numbers them when they are issued"),
            "register": QCoreApplication.translate("OfficeFields", "Taken from Hanoi Desk's register")}


def draft_note(reasons: Sequence[str]) -> str:
    """What the status line adds after an official document is written as a draft."""
    if not reasons:
        return ""
    return QCoreApplication.translate(
        "OfficeFields", "DRAFT (DỰ THẢO) on every page: %1 — see Settings").replace("%1", "; ".join(reasons))


class OfficePicker(QLineEdit):
    """The office's name, typed or picked from the roster's active agencies (folded search)."""

    def __init__(self, choices: Sequence[OfficeChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)
        self.model: RowTableModel[OfficeChoice] = RowTableModel([Column("", lambda c: c.name)], self)
        self.model.set_rows(self.choices)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        completer = QCompleter(self.proxy, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(QCoreApplication.translate(
            "OfficeFields", "Type to search the roster (e.g. van hoa), or type a name"))
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount():
            self.completer().complete()

    def choice(self, name: str) -> OfficeChoice | None:
        key = fold(name)
        return next((c for c in self.choices if fold(c.name) == key), None)


class OfficeFields(QWidget):
    """One form row per key of *pages*, with its error under it; values() gives what save() takes."""

    def __init__(self, settings: SettingsService, pages: Sequence[str] = ("office",),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.keys: list[SettingKey] = [k for k in SETTING_KEYS.values() if k.page in pages]
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        labels = field_labels()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key in self.keys:
            editor = self._editor(key)
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.editors[key.key] = editor
            self.errors[key.key] = error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(editor)
            column.addWidget(error)
            form.addRow(labels.get(key.key, key.label), cell)
        picker = self.editors.get("office.name")
        if isinstance(picker, OfficePicker):
            picker.completer().activated.connect(self._on_office_picked)
            picker.editingFinished.connect(self._on_office_edited)

    def _editor(self, key: SettingKey) -> Editor:
        if key.key == "office.name":
            return OfficePicker(self._settings.office_choices())
        if key.kind == "lines":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(62)
            return edit
        if key.kind == "choice":
            combo = QComboBox()
            labels = choice_labels()
            for value, label in key.choices:
                combo.addItem(labels.get(value, label), value)
            return combo
        return QLineEdit()

    # ------------------------------------------------------------------ values
    def load(self, values: Mapping[str, str] | None = None) -> None:
        values = values if values is not None else self._settings.values()
        for key, editor in self.editors.items():
            self._set(editor, values.get(key, ""))
        self.clear_problems()

    @staticmethod
    def _set(editor: Editor, value: str) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText(value)

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                out[key] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                out[key] = str(editor.currentData())
            else:
                out[key] = editor.text()
        return out

    def set_value(self, key: str, value: str) -> None:
        self._set(self.editors[key], value)

    # ------------------------------------------------------------------ errors
    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_problems(self, error: ValidationError) -> bool:
        """Show each problem beside its field; False if none of them is one of these fields."""
        shown = False
        for problem in error.problems:
            label = self.errors.get(problem.field)
            if label is not None:
                label.setText(problem.message)
                label.show()
                shown = True
        return shown

    # ------------------------------------------------------------------ the office picker
    def _on_office_picked(self, name: str) -> None:
        self._fill_symbol(name)

    def _on_office_edited(self) -> None:
        picker = self.editors["office.name"]
        assert isinstance(picker, OfficePicker)
        self._fill_symbol(picker.text())

    def _fill_symbol(self, name: str) -> None:
        """The roster's short name is the office's symbol (SVHTT): filled in while the clerk has none."""
        picker = self.editors["office.name"]
        symbol = self.editors.get("office.symbol")
        assert isinstance(picker, OfficePicker)
        choice = picker.choice(name)
        if choice is not None and isinstance(symbol, QLineEdit) and not symbol.text().strip():
            symbol.setText(choice.short_name)
