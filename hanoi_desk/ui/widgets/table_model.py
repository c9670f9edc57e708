"""One generic row model for every tab, and the proxy that filters and sorts it.

A tab declares its columns (title, value getter, sort key, alignment) and hands over plain rows.
Searching and sorting run over keys computed once per row in Python, so a keystroke over 100,000
agencies costs one pass over precomputed strings, not a call into Python for every cell.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hanoi_desk.domain.text import fold, sort_key

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_WARM_CHUNK = 500  # rows folded per idle moment: about 10 ms, never a felt pause


def display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float) and value.is_integer():  # a count read as 410.0 shows as "410"
        value = int(value)
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
        self.generation = 0  # bumped when the rows are replaced, so a proxy knows its caches are stale
        # Search keys are made after the window has painted, a chunk per idle moment, so neither the
        # start-up nor the first keystroke pays for folding every row (see docs/performance.md).
        self._warm = QTimer(self)
        self._warm.setInterval(0)
        self._warm.timeout.connect(self._on_warm_timeout)

    # -- data
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = []
        self._sort_cache.clear()
        self.generation += 1
        self.endResetModel()
        if self._rows:
            self._warm.start()

    def rows(self) -> list[R]:
        return self._rows

    def row(self, index: int) -> R:
        return self._rows[index]

    def search_keys(self) -> list[str]:
        """The folded text of every row's searchable columns, in row order."""
        if len(self._search) < len(self._rows):
            self._extend_search(len(self._rows))
        return self._search

    def _extend_search(self, upto: int) -> None:
        searchable = [c.value for c in self._columns if c.searchable]
        start = len(self._search)
        # One fold of the joined text per row, not one per cell: the words a search splits into
        # never contain a space, so the keys find the same rows.
        self._search.extend(
            fold(" ".join([v if type(v) is str else display(v) for v in [get(row) for get in searchable]]))
            for row in self._rows[start:upto]
        )
        if len(self._search) >= len(self._rows):
            self._warm.stop()

    def _on_warm_timeout(self) -> None:
        self._extend_search(len(self._search) + _WARM_CHUNK)

    def set_style(self, style: Callable[[R], tuple[QColor | None, QColor | None]]) -> None:
        """(foreground, background) per row: how a tab marks merged agencies or overdue items."""
        self._style = style

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
        complete = len(self._search) == len(self._rows)
        self._rows = [self._rows[i] for i in order]
        if complete:
            self._search = [self._search[i] for i in order]
        else:  # half made (still warming up): start again in the new order
            self._search = []
            self._warm.start()
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


class RowFilterProxy(QAbstractProxyModel):
    """Folded text search plus a tab's structured predicate; sorting by precomputed keys.

    A proxy that keeps the rows it shows as a Python list of source rows, built by list
    comprehensions over precomputed keys. It is not a QSortFilterProxyModel on purpose: that class
    asks ``filterAcceptsRow`` about every source row, a call into Python per row, and announces a
    filter change as one removal per run of hidden rows; at 100,000 agencies a keystroke cost
    70–400 ms in Qt alone (docs/performance.md). Here a change of filter is one layout change, and
    Qt only ever asks about the rows on screen.

    A subclass may still override ``filterAcceptsRow`` for a structured filter; it is then asked
    about every row the text and the predicate accept, which is slower than ``set_predicate``.
    """

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._predicate: Callable[[Any], bool] | None = None
        self._shown: list[int] | None = None  # source rows shown, ascending; None: every row
        self._reordered: list[int] | None = None  # what _shown becomes once our sort is applied
        # Caches, in source row order, valid for one generation of the source's rows: what the
        # predicate says of each row (it only changes with the filters, not with each keystroke),
        # and the rows the last text matched (typing one more letter only narrows them).
        self._generation = -1
        self._predicate_mask: list[bool] | None = None
        self._text_rows: list[int] | None = None
        self._text_rows_for = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._saved: list[tuple[QPersistentModelIndex, QPersistentModelIndex]] = []

    # -- the source
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._source_signals(old):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._generation = -1
        self._shown = self._reordered = None
        self._forget()
        self.endResetModel()
        for signal, slot in self._source_signals(model):
            signal.connect(slot)

    def _source_signals(self, model: QAbstractItemModel) -> list[tuple[Any, Callable[..., None]]]:
        return [
            (model.modelAboutToBeReset, self._on_source_about_to_be_reset),
            (model.modelReset, self._on_source_reset),
            (model.layoutAboutToBeChanged, self._on_source_layout_about_to_change),
            (model.layoutChanged, self._on_source_layout_changed),
            (model.dataChanged, self._on_source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]

    def source(self) -> RowTableModel[Any]:
        return self.sourceModel()  # type: ignore[return-value]

    def _on_source_about_to_be_reset(self) -> None:
        self.beginResetModel()

    def _on_source_reset(self) -> None:
        # New rows: the filters apply to them as they stand (the tab usually sets them again).
        self._forget()
        self._recompute()
        self.endResetModel()

    def _on_source_layout_about_to_change(self, *_args: object) -> None:
        self.layoutAboutToBeChanged.emit()
        source = self.sourceModel()
        self._saved = [
            (QPersistentModelIndex(index), QPersistentModelIndex(source.index(self._to_source(index.row()),
                                                                               index.column())))
            for index in self.persistentIndexList() if index.isValid()
        ]

    def _on_source_layout_changed(self, *_args: object) -> None:
        if self._reordered is not None:  # our own sort: the rows shown, moved with the rows
            self._shown, self._reordered = self._reordered, None
        else:
            self._forget()
            self._recompute()
        old = [QModelIndex(p) for p, _ in self._saved]
        new = [self.mapFromSource(QModelIndex(s)) for _, s in self._saved]
        self._saved = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                                roles: list[int] | None = None) -> None:
        first, last = self._from_source_range(top_left.row(), bottom_right.row())
        if first <= last:
            self.dataChanged.emit(self.index(first, top_left.column()),
                                  self.index(last, bottom_right.column()), roles or [])

    # -- filtering
    def set_text(self, text: str) -> None:
        self._text = fold(text)
        self._apply()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self._predicate_mask = None
        self._apply()

    def refilter(self) -> None:
        """Filter again from scratch (the rows or what the predicate depends on changed)."""
        self._forget()
        self._apply()

    def invalidateFilter(self) -> None:
        """QSortFilterProxyModel's name for :meth:`refilter`, for code written against it."""
        self.refilter()

    def _forget(self) -> None:
        self._predicate_mask = None
        self._text_rows = None
        self._text_rows_for = ""

    def _apply(self) -> None:
        """Recompute what is shown and tell the views in one layout change, keeping the selection."""
        source = self.sourceModel()
        if source is None:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = [index for index in self.persistentIndexList() if index.isValid()]
        where = [(self._to_source(index.row()), index.column()) for index in persistent]
        self._recompute()
        moved = [(self._from_source(row), column) for row, column in where]
        new = [self.index(row, column) if row >= 0 else QModelIndex() for row, column in moved]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def _recompute(self) -> None:
        """Set ``_shown`` from the text and the predicate, reusing what the last call found."""
        model = self.source()
        if model.generation != self._generation:
            self._generation = model.generation
            self._forget()
        words = self._text.split()
        predicate = self._predicate
        mask = self._predicate_mask
        if predicate is not None and mask is None:
            mask = self._predicate_mask = [bool(predicate(r)) for r in model.rows()]
        shown: list[int] | None
        if not words:
            self._text_rows, self._text_rows_for = None, ""
            shown = None if mask is None else [i for i, ok in enumerate(mask) if ok]
        else:
            keys = model.search_keys()
            previous = self._text_rows_for.split()
            if self._text_rows is not None and self._text.startswith(self._text_rows_for):
                # The rows found so far hold every earlier word; only the one being typed (and any
                # after it) can drop rows.
                found = self._text_rows
                check = words[len(previous) - 1:]
                if check and len(words) > len(previous) and check[0] == previous[-1]:
                    check = check[1:]
            else:
                found = None
                check = words
            for word in check:
                if found is None:
                    found = [i for i, key in enumerate(keys) if word in key]
                else:
                    found = [i for i in found if word in keys[i]]
            found = found if found is not None else list(range(len(keys)))
            self._text_rows, self._text_rows_for = found, self._text
            shown = found if mask is None else [i for i in found if mask[i]]
        if type(self).filterAcceptsRow is not RowFilterProxy.filterAcceptsRow:
            root = QModelIndex()
            candidates = range(model.rowCount()) if shown is None else shown
            shown = [i for i in candidates if self.filterAcceptsRow(i, root)]
        self._shown = shown

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Hook for a subclass's structured filter (see the class docstring); the text is done."""
        return True

    # -- mapping
    def _to_source(self, row: int) -> int:
        shown = self._shown
        return row if shown is None else shown[row]

    def _from_source(self, row: int) -> int:
        shown = self._shown
        if shown is None:
            return row
        at = bisect_left(shown, row)
        return at if at < len(shown) and shown[at] == row else -1

    def _from_source_range(self, first: int, last: int) -> tuple[int, int]:
        shown = self._shown
        if shown is None:
            return first, last
        return bisect_left(shown, first), bisect_right(shown, last) - 1

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        return source.index(self._to_source(proxy_index.row()), proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._from_source(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        if parent.isValid() or source is None:
            return 0
        return source.rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        source = self.sourceModel()
        return source.data(source.index(self._to_source(index.row()), index.column()), role)

    # -- sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.source()
        self._sort_column, self._sort_order = column, order
        if column < 0 or model is None or model.rowCount() == 0:
            return
        keys = model.sort_keys(column)
        order_list = sorted(
            range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )
        if self._predicate_mask is not None:
            mask = self._predicate_mask
            self._predicate_mask = [mask[i] for i in order_list]
        self._text_rows, self._text_rows_for = None, ""
        if self._shown is not None:
            new_position = [0] * len(order_list)
            for new, old in enumerate(order_list):
                new_position[old] = new
            self._reordered = sorted(new_position[i] for i in self._shown)
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
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        source = self.sourceModel()
        return None if source is None else source.headerData(section, orientation, role)

    def visible_rows(self) -> list[Any]:
        """The rows the view shows, in its order: what an export writes."""
        rows = self.source().rows()
        return list(rows) if self._shown is None else [rows[i] for i in self._shown]


def make_table_view(
    proxy: QAbstractProxyModel,
    *,
    sort_column: int = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    single: bool = False,
    alternating: bool = True,
    context_menu: bool = True,
) -> QTableView:
    """A read-only list the house way: whole rows selected, fixed row height, sortable by header.

    The sort indicator is set before sorting is enabled, so the first sort is the one asked for.
    """
    view = QTableView()
    view.setModel(proxy)
    view.horizontalHeader().setSortIndicator(sort_column, order)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if single
                          else QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    if context_menu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return view


def read_only_view(parent: QWidget, columns: Sequence[Column[Any]], rows: Sequence[Any]) -> QTableView:
    """A small read-only table of plain rows (the generic row model, as every table of the app)."""
    model: RowTableModel[Any] = RowTableModel(columns, parent)
    model.set_rows(rows)
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.resizeColumnsToContents()
    return view
