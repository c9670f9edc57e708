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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hanoi_desk.domain.errors import ValidationError
from hanoi_desk.domain.text import fold
from hanoi_desk.services.settings import SETTING_KEYS, OfficeChoice, SettingKey, SettingsService
from hanoi_desk.ui.widgets.table_model import Column, RowFilterProxy, RowTableModel

Editor = QLineEdit | QPlainTextEdit | QComboBox



def field_labels() -> dict[str, str]:
    """The window's words for the keys (English in the source, Vietnamese from the translation)."""
    return {
        "office.parent": QCoreApplication.translate("OfficeFields", "Parent body"),
        "office.name": QCoreApplication.translate("OfficeFields", "Office name"),
        "office.symbol": QCoreApplication.translate("OfficeFields", "Office symbol"),
        "office.unit": QCoreApplication.translate("OfficeFields", "Drafting unit"),
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
    """One form row per key of *pages*, with its error under it; values() gives what save() takes.

    *columns* 2 puts the office (office.*, plan.*) on the left and the signer and the rest on the
    right, so that the form fits a laptop screen's height; *skip* leaves keys out (the first-run page
    asks for the office and the signer, Settings for everything).
    """

    def __init__(self, settings: SettingsService, pages: Sequence[str] = ("office",),
                 parent: QWidget | None = None, *, columns: int = 1, skip: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._settings = settings
        self.keys: list[SettingKey] = [k for k in SETTING_KEYS.values()
                                       if k.page in pages and k.key not in skip]
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        labels = field_labels()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        forms = [QFormLayout() for _ in range(max(1, min(columns, 2)))]
        for i, form in enumerate(forms):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if i:
                row.addSpacing(18)
            row.addLayout(form, 1)
        for key in self.keys:
            editor = self._editor(key)
            editor.setMinimumWidth(240)  # an office's name reads whole
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.editors[key.key] = editor
            self.errors[key.key] = error
            form = forms[0] if len(forms) == 1 or key.key.startswith(("office.", "plan.")) else forms[1]
            form.addRow(labels.get(key.key, key.label), editor)
            form.addRow("", error)  # its own row: a wrapped message gets the height it needs
            self._error_rows[key.key] = (form, form.rowCount() - 1)
            form.setRowVisible(form.rowCount() - 1, False)  # no gap while there is no message
        picker = self.editors.get("office.name")
        if isinstance(picker, OfficePicker):
            picker.completer().activated.connect(self._on_office_picked)
            picker.editingFinished.connect(self._on_office_edited)

    def _editor(self, key: SettingKey) -> Editor:
        if key.key == "office.name":
            return OfficePicker(self._settings.office_choices())
        if key.kind in ("lines", "paragraph"):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)  # three lines show
            if key.kind == "paragraph":  # one line of text, long: wrapped to be read whole
                edit.setPlaceholderText(QCoreApplication.translate(
                    "OfficeFields", "e.g. Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân Thành phố về …"))
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
                text = editor.toPlainText()
                out[key] = " ".join(text.split()) if SETTING_KEYS[key].kind == "paragraph" else text
            elif isinstance(editor, QComboBox):
                out[key] = str(editor.currentData())
            else:
                out[key] = editor.text()
        return out

    def set_value(self, key: str, value: str) -> None:
        self._set(self.editors[key], value)

    # ------------------------------------------------------------------ errors
    def clear_problems(self) -> None:
        for key, label in self.errors.items():
            label.hide()
            form, row = self._error_rows[key]
            form.setRowVisible(row, False)

    def show_problems(self, error: ValidationError) -> bool:
        """Show each problem beside its field; False if none of them is one of these fields."""
        shown = False
        for problem in error.problems:
            label = self.errors.get(problem.field)
            if label is not None:
                label.setText(problem.message)
                form, row = self._error_rows[problem.field]
                form.setRowVisible(row, True)
                label.show()
                shown = True
        if shown:
            self._grow_window()
        return shown

    def _grow_window(self) -> None:
        """A wrapped message needs more height than the window's minimum says: make room for it."""
        window = self.window()
        layout = window.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.height():
            window.resize(window.width(), needed)

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
