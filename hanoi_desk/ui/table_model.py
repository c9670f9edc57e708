"""One generic row model for every tab, and the proxy that filters and sorts it.

A tab declares its columns (title, value getter, sort key, alignment) and hands over plain rows.
Searching and sorting run over keys computed once per row in Python, so a keystroke over 100,000
agencies costs one pass over precomputed strings, not a call into Python for every cell.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hanoi_desk.domain.text import fold, sort_key

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return str(value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its title, how to get the value from a row, and how to sort it."""

    title: str
    value: Callable[[R], object]
    sort: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    searchable: bool = True
    tooltip: Callable[[R], str] | None = None

    def sort_value(self, row: R) -> Any:
        if self.sort is not None:
            return self.sort(row)
        value = self.value(row)
        if value is None or value == "":
            return (1, ())
        if isinstance(value, str):
            return (0, sort_key(value))
        if isinstance(value, (date, datetime)):
            return (0, value.isoformat())
        return (0, value)


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one plain dataclass type, shown through declared columns."""

    def __init__(self, columns: Sequence[Column[R]], parent: object | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._search: list[str] = []
        self._sort_cache: dict[int, list[Any]] = {}
        self._style: Callable[[R], tuple[QColor | None, QColor | None]] | None = None

    # -- data
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [self._haystack(r) for r in self._rows]
        self._sort_cache.clear()
        self.endResetModel()

    def rows(self) -> list[R]:
        return self._rows

    def row(self, index: int) -> R:
        return self._rows[index]

    def search_keys(self) -> list[str]:
        return self._search

    def set_style(self, style: Callable[[R], tuple[QColor | None, QColor | None]]) -> None:
        """(foreground, background) per row: how a tab marks merged agencies or overdue items."""
        self._style = style

    def _haystack(self, row: R) -> str:
        return " ".join(fold(display(c.value(row))) for c in self._columns if c.searchable)

    def sort_keys(self, column: int) -> list[Any]:
        keys = self._sort_cache.get(column)
        if keys is None:
            col = self._columns[column]
            keys = [col.sort_value(r) for r in self._rows]
            self._sort_cache[column] = keys
        return keys

    def reorder(self, order: list[int]) -> None:
        """Put the rows in *order* (a permutation of row numbers) and tell the views."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        position = {old: new for new, old in enumerate(order)}
        self._rows = [self._rows[i] for i in order]
        self._search = [self._search[i] for i in order]
        for column, keys in list(self._sort_cache.items()):
            self._sort_cache[column] = [keys[i] for i in order]
        self.changePersistentIndexList(
            old_persistent,
            [self.index(position[i.row()], i.column()) if i.isValid() else i for i in old_persistent],
        )
        self.layoutChanged.emit()

    def column(self, index: int) -> Column[R]:
        return self._columns[index]

    # -- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole) and self._style:
            fg, bg = self._style(row)
            color = fg if role == Qt.ItemDataRole.ForegroundRole else bg
            return QBrush(color) if color is not None else None
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Folded text search plus a tab's structured predicate; sorting by precomputed keys.

    ``filterAcceptsRow`` only reads a list of booleans computed in one Python pass, and ``sort``
    reorders the source by cached keys, so neither calls back into Python per comparison.
    """

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._accepted: list[bool] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.setDynamicSortFilter(False)

    def source(self) -> RowTableModel[Any]:
        return self.sourceModel()  # type: ignore[return-value]

    def set_text(self, text: str) -> None:
        self._text = fold(text)
        self.refilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self.refilter()

    def refilter(self) -> None:
        source = self.sourceModel()
        if source is None:
            return
        self._recompute()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute(self) -> None:
        model = self.source()
        words = self._text.split()
        predicate = self._predicate
        if not words and predicate is None:
            self._accepted = None
            return
        keys = model.search_keys()
        rows = model.rows()
        if len(words) == 1:
            word = words[0]
            accepted = [word in k for k in keys]
        else:
            accepted = [all(w in k for w in words) for k in keys]
        if predicate is not None:
            accepted = [a and predicate(r) for a, r in zip(accepted, rows, strict=True)]
        self._accepted = accepted

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        return True if accepted is None else accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.source()
        self._sort_column, self._sort_order = column, order
        if column < 0 or model is None or model.rowCount() == 0:
            return
        keys = model.sort_keys(column)
        order_list = sorted(
            range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        if self._accepted is not None:
            accepted = self._accepted
            self._accepted = [accepted[i] for i in order_list]
        model.reorder(order_list)

    def resort(self) -> None:
        """Apply the last sort again (after the source was reloaded)."""
        if self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Row headers count the rows shown (1, 2, 3…), like the STT column of an office list."""
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def visible_rows(self) -> list[Any]:
        """The rows the view shows, in its order: what an export writes."""
        model = self.source()
        return [model.row(self.mapToSource(self.index(i, 0)).row()) for i in range(self.rowCount())]
