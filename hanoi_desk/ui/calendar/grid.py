"""The month grid and the week view of the content calendar, painted rather than built of widgets.

A busy month holds hundreds of items; a widget per item would take seconds to build and lay out.
These views lay out rectangles once per change (items, size) and paint only what fits, so a month
of 500 items opens at once. The same rectangles answer clicks, double-clicks, tooltips and tests.
"""

from __future__ import annotations

from abc import abstractmethod
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hanoi_desk.domain.calendar import ContentItem, Status, week_start

# (background, text) per status: warm while waiting, blue once agreed, violet when handed over,
# green when out, grey when stopped. Overdue items get a red frame and a red mark on top of this.
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.PROPOSED: ("#fff1c2", "#6b5200"),
    Status.AGREED: ("#d6e6ff", "#183f8c"),
    Status.DISTRIBUTED: ("#e9ddff", "#4b2490"),
    Status.PUBLISHED: ("#d3f2dc", "#14532d"),
    Status.REJECTED: ("#ececec", "#6b6b6b"),
    Status.CANCELLED: ("#ececec", "#6b6b6b"),
}
OVERDUE = "#c62828"
TODAY = "#1565c0"
_GRID_LINE = "#c8c8c8"


class CalendarCanvas(QWidget):
    """What the month grid and the week view share: items by day, hit rectangles, selection, signals."""

    sig_day_activated = Signal(object)
    """A day was double-clicked outside any item (the tab adds an item on it)."""
    sig_item_activated = Signal(object)
    """An item was double-clicked (the tab opens it)."""
    sig_item_selected = Signal(object)
    """The selected item changed (None when nothing is selected)."""
    sig_more_clicked = Signal(object)
    """The "+N" of an overflowing day was clicked."""
    sig_context_menu = Signal(object, object, QPoint)
    """Right click: the day, the item under the mouse (or None) and the global position."""
    sig_day_selected = Signal(object)
    """The selected day changed (a click on it, or the keyboard); it may lie outside the days shown."""
    sig_page = Signal(int)
    """Page Up (-1) or Page Down (+1): the previous or next month (week)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._items: list[ContentItem] = []
        self._by_day: dict[date, list[ContentItem]] = {}
        self._today = today
        self._selected_id: int | None = None
        self._current_day: date | None = None  # the day the keyboard is on (and Ctrl+N adds to)
        self._days: list[tuple[QRect, date]] = []
        self._chips: list[tuple[QRect, ContentItem]] = []
        self._more: list[tuple[QRect, date, int]] = []
        self._dirty = True

    # ---------------------------------------------------------------- data
    def set_items(self, items: Sequence[ContentItem], today: date) -> None:
        self._items = list(items)
        self._today = today
        by_day: dict[date, list[ContentItem]] = defaultdict(list)
        for item in self._items:
            by_day[item.day].append(item)
        self._by_day = dict(by_day)
        if self._selected_id is not None and not any(i.id == self._selected_id for i in self._items):
            self._selected_id = None
            self.sig_item_selected.emit(None)
        self._invalidate()

    def items_on(self, day: date) -> list[ContentItem]:
        return list(self._by_day.get(day, ()))

    def selected_item(self) -> ContentItem | None:
        if self._selected_id is None:
            return None
        return next((i for i in self._items if i.id == self._selected_id), None)

    def select(self, item_id: int | None) -> None:
        if item_id != self._selected_id:
            self._selected_id = item_id
            self.update()
            self.sig_item_selected.emit(self.selected_item())

    def current_day(self) -> date | None:
        return self._current_day

    def set_current_day(self, day: date | None, *, pick_item: bool = True) -> None:
        """Put the selection on *day* (and on its first item, so Enter opens it); None clears it."""
        changed = day != self._current_day
        self._current_day = day
        if pick_item and day is not None:
            items = self.items_on(day)
            keep = self._selected_id is not None and any(i.id == self._selected_id for i in items)
            if not keep:
                self.select(items[0].id if items else None)
        self.update()
        if changed:
            self.sig_day_selected.emit(day)

    @abstractmethod
    def visible_days(self) -> list[date]:
        ...

    # ---------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move by a day (left, right) or a week (up, down; in the week view: through the
        day's items), Home and End go to Monday and Sunday, Page Up and Down to the previous and
        next month or week; Enter opens the selected item (or adds one on an empty day)."""
        key = event.key()
        day = self._current_day or (self.selected_item().day if self.selected_item() else None) or \
            (self._today if self._today in self.visible_days() else self.visible_days()[0])
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)  # type: ignore[call-overload]
        if step is None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self._moves_within_day():
                items = self.items_on(day)
                ids = [i.id for i in items]
                if ids:
                    index = ids.index(self._selected_id) if self._selected_id in ids else -1
                    index = max(0, min(len(ids) - 1, index + (1 if key == Qt.Key.Key_Down else -1)))
                    self._current_day = day
                    self.select(ids[index])
                    self.update()
                return
            step = -7 if key == Qt.Key.Key_Up else 7
        if step is not None:
            self.set_current_day(day + timedelta(days=step))
            return
        if key == Qt.Key.Key_Home:
            self.set_current_day(day - timedelta(days=day.weekday()))
            return
        if key == Qt.Key.Key_End:
            self.set_current_day(day + timedelta(days=6 - day.weekday()))
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.sig_page.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.selected_item()
            if item is not None:
                self.sig_item_activated.emit(item)
            else:
                self.sig_day_activated.emit(day)
            return
        super().keyPressEvent(event)

    def _moves_within_day(self) -> bool:
        return False

    # ---------------------------------------------------------------- geometry
    def _invalidate(self) -> None:
        self._dirty = True
        self.updateGeometry()
        self.update()

    def _ensure_layout(self) -> None:
        if self._dirty:
            self._days, self._chips, self._more = [], [], []
            self._layout()
            self._dirty = False

    @abstractmethod
    def _layout(self) -> None:
        ...

    def day_rect(self, day: date) -> QRect | None:
        self._ensure_layout()
        return next((r for r, d in self._days if d == day), None)

    def item_rect(self, item_id: int) -> QRect | None:
        """Where an item is drawn, or None when it is hidden behind a "+N" (or not in view)."""
        self._ensure_layout()
        return next((r for r, i in self._chips if i.id == item_id), None)

    def more_rect(self, day: date) -> QRect | None:
        self._ensure_layout()
        return next((r for r, d, _n in self._more if d == day), None)

    def hidden_count(self, day: date) -> int:
        self._ensure_layout()
        return next((n for _r, d, n in self._more if d == day), 0)

    def item_at(self, pos: QPoint) -> ContentItem | None:
        self._ensure_layout()
        return next((i for r, i in self._chips if r.contains(pos)), None)

    def day_at(self, pos: QPoint) -> date | None:
        self._ensure_layout()
        return next((d for r, d in self._days if r.contains(pos)), None)

    def resizeEvent(self, event: object) -> None:
        self._dirty = True
        super().resizeEvent(event)  # type: ignore[arg-type]

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._ensure_layout()
        more = next((d for r, d, _n in self._more if r.contains(pos)), None)
        if more is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sig_more_clicked.emit(more)
            return
        item = self.item_at(pos)
        self.select(item.id if item else None)
        day = item.day if item else self.day_at(pos)
        if day is not None:  # a click on an empty day selects that day
            self.set_current_day(day, pick_item=False)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        self._ensure_layout()
        if any(r.contains(pos) for r, _d, _n in self._more):
            return
        item = self.item_at(pos)
        if item is not None:
            self.select(item.id)
            self.sig_item_activated.emit(item)
            return
        day = self.day_at(pos)
        if day is not None:
            self.sig_day_activated.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = event.pos()
        item = self.item_at(pos)
        if item is not None:
            self.select(item.id)
        day = item.day if item else self.day_at(pos)
        if day is not None:
            self.sig_context_menu.emit(day, item, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            item = self.item_at(pos)
            if item is not None:
                QToolTip.showText(event.globalPos(), self._tooltip(item), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _paint_current_day(self, painter: QPainter) -> None:
        """The selected day: a blue frame (dashed while the grid has no keyboard focus)."""
        rect = self.day_rect(self._current_day) if self._current_day is not None else None
        if rect is None:
            return
        pen = QPen(QColor("#1a73e8"), 2)
        if not self.hasFocus():
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(2, 2, -3, -3))

    def _tooltip(self, item: ContentItem) -> str:
        lines = [item.title, f"{item.period.label} — {item.period_label}"]
        if item.agency_name:
            lines.append(item.agency_name)
        lines.append(item.status_text)
        if item.due_date:
            lines.append(self.tr("Due: %1").replace("%1", f"{item.due_date:%d/%m/%Y}"))
        if item.is_overdue(self._today):
            lines.append(self.tr("Overdue: not published yet"))
        if item.is_moved and item.occurrence_date:
            lines.append(self.tr("Moved from %1").replace("%1", f"{item.occurrence_date:%d/%m/%Y}"))
        return "\n".join(lines)

    # ---------------------------------------------------------------- painting helpers
    def weekday_names(self) -> list[str]:
        """Vietnamese calendars print T2 … T7, CN; weeks start on Monday."""
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")]

    def _chip_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _paint_chip(self, painter: QPainter, rect: QRect, item: ContentItem, lines: Sequence[str]) -> None:
        background, text = STATUS_COLOURS[item.status]
        overdue = item.is_overdue(self._today)
        selected = item.id == self._selected_id
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, 3, 3)
        if overdue:
            painter.setBrush(QColor(OVERDUE))
            painter.drawRect(QRect(rect.left(), rect.top(), 4, rect.height()))
            painter.setPen(QPen(QColor(OVERDUE), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        if selected:
            painter.setPen(QPen(QColor("#202020"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        metrics = self.fontMetrics()
        inner = rect.adjusted(7 if overdue else 4, 2, -3, -2)
        line_h = metrics.height()
        font = painter.font()
        room = max(inner.height() // line_h, 1)
        if room > len(lines) and lines:  # a tall chip: the title wraps onto the spare lines
            lines = [*_wrap(lines[0], metrics, inner.width(), room - len(lines) + 1), *lines[1:]]
        for n, line in enumerate(lines):
            line_rect = QRect(inner.left(), inner.top() + n * line_h, inner.width(), line_h)
            if line_rect.bottom() > rect.bottom():
                break
            bold = n == 0 and overdue
            if bold:
                bold_font = QFont(font)
                bold_font.setBold(True)
                painter.setFont(bold_font)
            painter.setPen(QColor(OVERDUE if (overdue and n == 0) else text))
            shown = line
            if item.status in (Status.REJECTED, Status.CANCELLED) and n == 0:
                strike = QFont(painter.font())
                strike.setStrikeOut(True)
                painter.setFont(strike)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideRight,
                                                              line_rect.width()))
            painter.setFont(font)

    @staticmethod
    def chip_title(item: ContentItem, today: date) -> str:
        mark = "! " if item.is_overdue(today) else ""
        moved = "↷ " if item.is_moved else ""
        return f"{mark}{moved}{item.title}"


def _wrap(text: str, metrics: object, width: int, lines: int) -> list[str]:
    """*text* broken at spaces into at most *lines* lines of *width* (the painter elides the last)."""
    words = text.split()
    out: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:  # type: ignore[attr-defined]
            out.append(current)
            if len(out) == lines - 1:  # the rest goes on the last line, elided when painted
                return [*out, " ".join(words[index:])]
            current = word
        else:
            current = candidate
    return [*out, current]


class MonthGrid(CalendarCanvas):
    """Six weeks from the Monday on or before the 1st; days of the neighbouring months are greyed."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        self._year, self._month = today.year, today.month
        self.setMinimumSize(560, 380)

    def set_month(self, year: int, month: int) -> None:
        self._year, self._month = year, month
        self._invalidate()

    def month(self) -> tuple[int, int]:
        return self._year, self._month

    def first_day(self) -> date:
        return week_start(date(self._year, self._month, 1))

    def visible_days(self) -> list[date]:
        first = self.first_day()
        return [first + timedelta(days=n) for n in range(42)]

    def sizeHint(self) -> QSize:
        return QSize(900, 620)

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _layout(self) -> None:
        width, height = self.width(), self.height()
        top = self._header_height()
        col_w = width / 7
        row_h = (height - top) / 6
        chip_h = self._chip_height()
        number_h = self.fontMetrics().height() + 4
        for n, day in enumerate(self.visible_days()):
            row, col = divmod(n, 7)
            x0, x1 = round(col * col_w), round((col + 1) * col_w)
            y0, y1 = round(top + row * row_h), round(top + (row + 1) * row_h)
            cell = QRect(x0, y0, x1 - x0, y1 - y0)
            self._days.append((cell, day))
            items = self._by_day.get(day, ())
            if not items:
                continue
            space = cell.height() - number_h - 3
            this_h = chip_h
            if len(items) * (chip_h + self.fontMetrics().height() + 2) <= space:
                this_h += self.fontMetrics().height()  # room to spare: two lines per entry, titles wrap
            capacity = max(space // (this_h + 2), 0)
            shown = len(items) if len(items) <= capacity else max(capacity - 1, 0)
            y = cell.top() + number_h
            for item in items[:shown]:
                self._chips.append((QRect(cell.left() + 3, y, cell.width() - 6, this_h), item))
                y += this_h + 2
            hidden = len(items) - shown
            if hidden:
                self._more.append((QRect(cell.left() + 3, y, cell.width() - 6, chip_h), day, hidden))

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = self.fontMetrics()
        top = self._header_height()
        col_w = self.width() / 7
        header_font = QFont(painter.font())
        header_font.setBold(True)
        painter.setFont(header_font)
        for col, name in enumerate(self.weekday_names()):
            rect = QRect(round(col * col_w), 0, round(col_w), top)
            painter.fillRect(rect, QColor("#eef2f7"))
            painter.setPen(QColor("#b71c1c" if col == 6 else "#333333"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(QFont(self.font()))
        clip = event.rect()
        for cell, day in self._days:
            if not cell.intersects(clip):
                continue
            in_month = day.month == self._month
            if day == self._today:
                painter.fillRect(cell, QColor("#fff8e1"))
            elif not in_month:
                painter.fillRect(cell, QColor("#f6f6f6"))
            # Each cell draws its right and bottom edges only, so neighbours share one line.
            painter.setPen(QPen(QColor(_GRID_LINE), 1))
            painter.drawLine(cell.topRight(), cell.bottomRight())
            painter.drawLine(cell.bottomLeft(), cell.bottomRight())
            number = str(day.day) if (day.day != 1 or in_month) else f"{day.day}/{day.month}"
            number_rect = QRect(cell.left() + 4, cell.top() + 2, cell.width() - 8, metrics.height())
            if day == self._today:
                badge_w = max(metrics.horizontalAdvance(number) + 10, metrics.height() + 2)
                badge = QRect(number_rect.right() - badge_w + 2, number_rect.top(), badge_w, metrics.height())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(TODAY))
                painter.drawRoundedRect(badge, metrics.height() / 2, metrics.height() / 2)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
                painter.setPen(QPen(QColor(TODAY), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -2, -2))
            else:
                sunday = day.weekday() == 6
                painter.setPen(QColor("#a0a0a0" if not in_month else ("#b71c1c" if sunday else "#333333")))
                painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 number)
        painter.setPen(QPen(QColor(_GRID_LINE), 1))
        painter.drawLine(0, top, 0, self.height())
        for rect, item in self._chips:
            if rect.intersects(clip):
                self._paint_chip(painter, rect, item, [self.chip_title(item, self._today)])
        self._paint_current_day(painter)
        more_font = QFont(self.font())
        more_font.setBold(True)
        for rect, _day, hidden in self._more:
            painter.setFont(more_font)
            painter.setPen(QColor("#1a4f9c"))
            painter.drawText(rect.adjusted(4, 0, 0, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+%1 more").replace("%1", str(hidden)))
        painter.end()


class WeekView(CalendarCanvas):
    """Seven columns, every item of each day in full (two lines): grows taller instead of hiding items."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        self._monday = week_start(today)
        self.setMinimumSize(560, 300)

    def set_week(self, day: date) -> None:
        self._monday = week_start(day)
        self._invalidate()

    def monday(self) -> date:
        return self._monday

    def visible_days(self) -> list[date]:
        return [self._monday + timedelta(days=n) for n in range(7)]

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 10

    def _card_height(self) -> int:
        return self.fontMetrics().height() * 2 + 6

    def sizeHint(self) -> QSize:
        most = max((len(self._by_day.get(d, ())) for d in self.visible_days()), default=0)
        return QSize(900, self._header_height() + most * (self._card_height() + 4) + 40)

    def minimumSizeHint(self) -> QSize:
        return QSize(560, self.sizeHint().height())

    def _layout(self) -> None:
        top = self._header_height()
        col_w = self.width() / 7
        card_h = self._card_height()
        for n, day in enumerate(self.visible_days()):
            x0, x1 = round(n * col_w), round((n + 1) * col_w)
            column = QRect(x0, top, x1 - x0, max(self.height() - top, 1))
            self._days.append((column, day))
            y = top + 4
            items = self._by_day.get(day, ())
            line = self.fontMetrics().height()
            # An uncrowded day gives each card two more lines, so long titles wrap instead of being cut.
            roomy = len(items) * (card_h + 2 * line + 4) <= column.height() - 8
            tall = card_h + 2 * line if roomy else card_h
            for item in items:
                self._chips.append((QRect(x0 + 3, y, x1 - x0 - 6, tall), item))
                y += tall + 4

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        top = self._header_height()
        col_w = self.width() / 7
        names = self.weekday_names()
        bold = QFont(self.font())
        bold.setBold(True)
        for n, day in enumerate(self.visible_days()):
            header = QRect(round(n * col_w), 0, round(col_w), top)
            painter.fillRect(header, QColor("#dbe8fb" if day == self._today else "#eef2f7"))
            painter.setFont(bold)
            painter.setPen(QColor(TODAY if day == self._today else ("#b71c1c" if n == 6 else "#333333")))
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, f"{names[n]}\n{day:%d/%m}")
            column = QRect(round(n * col_w), top, round(col_w), self.height() - top)
            if day == self._today:
                painter.fillRect(column, QColor("#fff8e1"))
            painter.setPen(QPen(QColor(_GRID_LINE), 1))
            painter.drawLine(column.topRight(), column.bottomRight())
        painter.setFont(QFont(self.font()))
        clip = event.rect()
        for rect, item in self._chips:
            if rect.intersects(clip):
                second = " · ".join(part for part in (item.agency_name, item.status_text) if part)
                self._paint_chip(painter, rect, item, [self.chip_title(item, self._today), second])
        self._paint_current_day(painter)
        painter.end()

    def _moves_within_day(self) -> bool:
        return True
