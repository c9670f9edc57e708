"""One agency picker for every dialog: typing "tu phap" finds "Sở Tư pháp", as the roster's search does.

Many clerks type without an input method. Qt's completer compares the typed text with the item's
text as it is, so "tu phap" found nothing; here it compares folded text (no case, no diacritics,
"Hòa" = "Hoà") kept in a role of the combo's own model, and still shows and inserts the real name.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from hanoi_desk.domain.text import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40


class FoldedCompleter(QCompleter):
    """Matches the folded typed text inside each item's folded text."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo.model(), combo)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded already
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def agency_combo(choices: Iterable[tuple[str, object]], parent: QWidget | None = None,
                 blank: str = "") -> QComboBox:
    """An editable combo of (label, agency id), first a blank entry, with the folded completer."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(blank, None)
    for label, agency_id in choices:
        combo.addItem(label, agency_id)
    fold_items(combo)
    combo.setCompleter(FoldedCompleter(combo))
    return combo


def fold_items(combo: QComboBox) -> None:
    """(Re)write the folded key of every item: call after the items change."""
    for index in range(combo.count()):
        combo.setItemData(index, fold(combo.itemText(index)), FOLDED_ROLE)
