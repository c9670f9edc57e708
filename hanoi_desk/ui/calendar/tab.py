"""The content calendar ("Lịch nội dung"): plan, agree, hand over and follow content to publication.

One loaded range of items feeds three views (a painted month grid, a week view and a sortable
list) through the same filter proxy, so the filters, the selection's status moves and the exports
always concern what the clerk sees.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from hanoi_desk.domain.agency import Agency
from hanoi_desk.domain.calendar import (
    ContentItem,
    Domain,
    EditScope,
    Move,
    Period,
    Status,
    allowed_moves,
    month_bounds,
    period_bounds,
    range_label,
    week_start,
)
from hanoi_desk.domain.documents import Issue
from hanoi_desk.domain.text import sort_key
from hanoi_desk.services.calendar import CalendarService
from hanoi_desk.services.documents import DocumentService
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.ui.calendar import dialogs as calendar_dialog
from hanoi_desk.ui.calendar.dialogs import (
    AgreeDialog,
    ContentItemDialog,
    DistributeDialog,
    MoveDateDialog,
    PublishDialog,
    ReasonDialog,
)
from hanoi_desk.ui.calendar.grid import OVERDUE, STATUS_COLOURS, MonthGrid, WeekView
from hanoi_desk.ui.widgets import file_actions, messages
from hanoi_desk.ui.widgets.agency_picker import agency_combo as folded_agency_combo
from hanoi_desk.ui.widgets.agency_picker import fold_items
from hanoi_desk.ui.widgets.list_tab import Filter, ListFiles, ListTab, choice_box
from hanoi_desk.ui.widgets.office_fields import draft_note
from hanoi_desk.ui.widgets.shortcuts import bind_to_views
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column
from hanoi_desk.ui.widgets.tasks import Task

if TYPE_CHECKING:
    from hanoi_desk.importing import ImportJob

MONTH, WEEK, LIST = 0, 1, 2
# The list's range: the period that holds the day the clerk is looking at.
LIST_RANGES = (Period.WEEKLY, Period.MONTHLY, Period.HALF_YEAR, Period.YEARLY)
# Two choices of the status filter are not a range but a question about today: every overdue item
# (from any month or year), every item due this week (a week may span two months or two years).
OVERDUE_FOCUS, DUE_WEEK_FOCUS = "overdue", "due_week"
FOCUSES = (OVERDUE_FOCUS, DUE_WEEK_FOCUS)


class CalendarTab(ListTab[ContentItem]):
    """The month grid, the week view and the list (the skeleton's) over one loaded range of items."""

    settings_group = "calendar"
    column_widths = (90, 120, 360, 150, 220, 150, 90, 200, 200, 160)
    view_options: ClassVar[dict[str, Any]] = {"single": True}
    count_selected = False
    imports = True

    def __init__(self, calendar: CalendarService, roster: RosterService, settings: SettingsService,
                 parent: QWidget | None = None, *, load: bool = True,
                 documents: DocumentService | None = None) -> None:
        """*load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs)."""
        self._calendar = calendar
        self._roster = roster
        self._settings = settings
        self._documents = documents or DocumentService(settings.database, settings)
        self._today = calendar.clock.today()
        self._anchor = self._today
        self._mode_before_focus: int | None = None
        self._focus_loaded: str | None = None  # the focus whose rows the model holds
        self._agencies: list[Agency] = []
        super().__init__(calendar.clock, parent, load=load)

    # ---------------------------------------------------------------- building
    def columns(self) -> list[Column[ContentItem]]:
        return [
            Column(self.tr("Date"), lambda i: i.day, sort=lambda i: (i.day, sort_key(i.title)),
                   searchable=False),
            Column(self.tr("Period"), lambda i: i.period_label if i.period.repeats else i.period.label,
                   sort=lambda i: (i.period.value, i.day)),
            Column(self.tr("Title"), lambda i: i.title, tooltip=lambda i: i.summary),
            Column(self.tr("Domains"), lambda i: i.domains_text),
            Column(self.tr("Proposed by"), lambda i: i.agency_name),
            Column(self.tr("Status"), lambda i: i.status_text,
                   sort=lambda i: (list(Status).index(i.status), i.day)),
            Column(self.tr("Publish by"), lambda i: i.due_date, searchable=False),
            Column(self.tr("Distributed to"), lambda i: "; ".join(d.target for d in i.distributions)),
            Column(self.tr("Published at"), lambda i: "; ".join(p.url or p.where for p in i.publications)),
            Column(self.tr("Notes"), lambda i: i.status_reason or i.notes),
        ]

    def search_placeholder(self) -> str:
        return self.tr("Search title, summary, agency… (Ctrl+F)")

    def files(self) -> ListFiles:
        return ListFiles(import_title=self.tr("Import planned items from Excel"),
                         saving_label=self.tr("Saving the imported items…"),
                         import_action=self.tr("&Import planned items from Excel…"),
                         export_action=self.tr("E&xport calendar…"), print_action=self.tr("&Print letter…"))

    def make_actions(self) -> None:
        self.act_add = self.tab_action(self.tr("&New item"), QKeySequence.StandardKey.New)
        self.act_open = self.tab_action(self.tr("&Open"))
        self.act_delete = self.tab_action(self.tr("&Delete"))
        self.act_agree = self.tab_action(self.tr("&Agree…"))
        self.act_distribute = self.tab_action(self.tr("Dis&tribute…"))
        self.act_publish = self.tab_action(self.tr("&Published…"))
        self.act_reject = self.tab_action(self.tr("&Not agreed…"))
        self.act_cancel = self.tab_action(self.tr("&Cancel item…"))
        self.act_reopen = self.tab_action(self.tr("Re&open…"))
        self.act_move = self.tab_action(self.tr("&Move to another day…"))
        self.act_skip = self.tab_action(self.tr("&Skip this occurrence"))
        self.act_restore = self.tab_action(self.tr("&Restore this occurrence"))
        self.make_standard_actions()
        assert self.act_print is not None
        self.act_print.setToolTip(self.tr("Print preview of the content agreement letter of the range shown, "
                                          "the items in its appendix (Ctrl+P)"))
        self.act_today = self.tab_action(self.tr("Today"), QKeySequence("Ctrl+T"))
        self.act_previous = self.tab_action(self.tr("P&revious month or week"), QKeySequence("Alt+Left"))
        self.act_next = self.tab_action(self.tr("Ne&xt month or week"), QKeySequence("Alt+Right"))
        self.act_overdue = self.tab_action(self.tr("Show every &overdue item"))
        self.act_due_week = self.tab_action(self.tr("Show every item due this &week"))
        self._move_actions = {
            Move.AGREE: self.act_agree, Move.DISTRIBUTE: self.act_distribute, Move.PUBLISH: self.act_publish,
            Move.REJECT: self.act_reject, Move.CANCEL: self.act_cancel, Move.REOPEN: self.act_reopen,
            Move.MOVE_DATE: self.act_move, Move.SKIP: self.act_skip, Move.RESTORE: self.act_restore,
        }

    def toolbar(self) -> list[QAction | QWidget | str | None]:
        return [self.act_add, self.act_open, self.act_delete, None, self.act_agree, self.act_distribute,
                self.act_publish, self.act_reject, self.act_cancel, None, self.act_import, self.act_export,
                self.act_reload]

    def header_rows(self) -> list[QHBoxLayout]:
        """The navigation: previous, today, next, the range shown, the due counts, month/week/list."""
        self.view_buttons = QButtonGroup(self)
        navigation = QHBoxLayout()
        for action in (self.act_previous, self.act_today, self.act_next):
            navigation.addWidget(self.tool_button(action))
        self.range_label = QLabel()
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.range_label.setFont(font)
        navigation.addWidget(self.range_label)
        navigation.addStretch()
        self.due_label = QLabel()
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        self.due_label.setOpenExternalLinks(False)
        self.due_label.setToolTip(self.tr("Click a count to list those items, whatever their month"))
        navigation.addWidget(self.due_label)
        navigation.addSpacing(16)
        for mode, text in ((MONTH, self.tr("Month")), (WEEK, self.tr("Week")), (LIST, self.tr("List"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            self.view_buttons.addButton(button, mode)
            navigation.addWidget(button)
        self.list_range = QComboBox()
        for period, text in zip(LIST_RANGES, (self.tr("Week"), self.tr("Month"), self.tr("Half-year"),
                                              self.tr("Year")), strict=True):
            self.list_range.addItem(text, period.value)
        self.list_range.setCurrentIndex(1)
        navigation.addWidget(self.list_range)
        return [navigation]

    def filters(self) -> list[Filter]:
        self.period_filter = choice_box(self.tr("All periods"), Period)
        self.domain_filter = choice_box(self.tr("All domains"), Domain)
        self.status_filter = choice_box(self.tr("All statuses"), [
            (self.tr("Overdue, not published (every month)"), OVERDUE_FOCUS),
            (self.tr("Due this week"), DUE_WEEK_FOCUS)], Status)
        self.agency_filter = folded_agency_combo([], blank=self.tr("All agencies"))
        self.show_skipped = QCheckBox(self.tr("Show skipped"))  # reads again: connected below
        return [Filter(self.period_filter, stretch=1), Filter(self.domain_filter, stretch=1),
                Filter(self.status_filter, stretch=1), Filter(self.agency_filter, stretch=2),
                Filter(self.show_skipped, auto=False)]

    def body(self) -> QWidget:
        """The month grid, the week view and the list, one at a time."""
        self.month_grid = MonthGrid(self._today)
        self.week_view = WeekView(self._today)
        self.week_scroll = QScrollArea()
        self.week_scroll.setWidgetResizable(True)
        self.week_scroll.setWidget(self.week_view)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month_grid)
        self.stack.addWidget(self.week_scroll)
        self.stack.addWidget(self.view)
        bind_to_views(self.act_open, QKeySequence(Qt.Key.Key_Return), self.view, self.month_grid,
                      self.week_view)
        bind_to_views(self.act_delete, QKeySequence.StandardKey.Delete, self.view, self.month_grid,
                      self.week_view)
        return self.stack

    def footer(self) -> QHBoxLayout:
        """The colours' legend, and the count at the right."""
        legend = QHBoxLayout()
        for status in Status:
            background, text = STATUS_COLOURS[status]
            chip = QLabel(status.label)
            chip.setStyleSheet(f"background: {background}; color: {text}; padding: 1px 6px; "
                               "border-radius: 3px;")
            legend.addWidget(chip)
        overdue = QLabel(self.tr("! overdue"))
        overdue.setStyleSheet(f"color: {OVERDUE}; font-weight: bold; border: 1px solid {OVERDUE}; "
                              "padding: 0px 5px; border-radius: 3px;")
        legend.addWidget(overdue)
        legend.addStretch()
        legend.addWidget(self.count_label)
        return legend

    def connect_actions(self) -> None:
        self.act_add.triggered.connect(self._on_add_triggered)
        self.act_open.triggered.connect(self._on_open_triggered)
        self.act_delete.triggered.connect(self._on_delete_triggered)
        self.act_agree.triggered.connect(self._on_agree_triggered)
        self.act_distribute.triggered.connect(self._on_distribute_triggered)
        self.act_publish.triggered.connect(self._on_publish_triggered)
        self.act_reject.triggered.connect(self._on_reject_triggered)
        self.act_cancel.triggered.connect(self._on_cancel_triggered)
        self.act_reopen.triggered.connect(self._on_reopen_triggered)
        self.act_move.triggered.connect(self._on_move_triggered)
        self.act_skip.triggered.connect(self._on_skip_triggered)
        self.act_restore.triggered.connect(self._on_restore_triggered)
        self.act_today.triggered.connect(self._on_today_triggered)
        self.act_previous.triggered.connect(self._on_previous_triggered)
        self.act_next.triggered.connect(self._on_next_triggered)
        self.act_overdue.triggered.connect(self.show_overdue)
        self.act_due_week.triggered.connect(self.show_due_this_week)
        self.due_label.linkActivated.connect(self._on_due_label_link_activated)
        self.view_buttons.idClicked.connect(self._on_view_buttons_clicked)
        self.list_range.currentIndexChanged.connect(self._on_list_range_changed)
        self.show_skipped.toggled.connect(self._on_show_skipped_toggled)
        for canvas in (self.month_grid, self.week_view):
            canvas.sig_day_selected.connect(self._on_grid_day_selected)
            canvas.sig_page.connect(self._step)
            canvas.sig_day_activated.connect(self._on_grid_day_activated)
            canvas.sig_item_activated.connect(self._on_grid_item_activated)
            canvas.sig_item_selected.connect(self._on_selection_changed)
            canvas.sig_more_clicked.connect(self._on_grid_more_clicked)
            canvas.sig_context_menu.connect(self._on_grid_context_menu)

    # ---------------------------------------------------------------- state
    def restore_more(self, settings: QSettings) -> None:
        mode = int(settings.value("calendar/view", MONTH))
        self.list_range.setCurrentIndex(int(settings.value("calendar/list_range", 1)))
        self.view_buttons.button(mode if mode in (MONTH, WEEK, LIST) else MONTH).setChecked(True)
        self.stack.setCurrentIndex(self.view_buttons.checkedId())

    def menu_actions(self) -> list[QAction | None]:
        """What the main window's Edit menu shows while this tab is current (None: a separator)."""
        return [self.act_add, self.act_open, self.act_delete, None, self.act_agree, self.act_distribute,
                self.act_publish, self.act_reject, self.act_cancel, self.act_reopen, self.act_move,
                self.act_skip, self.act_restore, None, self.act_today, self.act_previous, self.act_next,
                self.act_overdue, self.act_due_week, None, self.act_find, self.act_reload]

    def save_more(self, settings: QSettings) -> None:
        settings.setValue("calendar/view", self.mode())
        settings.setValue("calendar/list_range", self.list_range.currentIndex())

    def mode(self) -> int:
        return self.view_buttons.checkedId()

    def set_mode(self, mode: int) -> None:
        self.view_buttons.button(mode).setChecked(True)
        self._on_view_buttons_clicked(mode)

    def go_to(self, day: date) -> None:
        """Show the month, week or list range that holds *day*."""
        self._anchor = day
        self.reload()

    def show_filtered(self, what: str, value: str = "") -> None:
        """Show the list behind an overview figure: "overdue" (every overdue item, any month),
        "due_week" (every item due this week), "published_month" (the month of the day *value*, its
        published items). The other filters are cleared so the list holds what the figure counts."""
        self.search.clear()
        for combo in (self.period_filter, self.domain_filter, self.agency_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if what == OVERDUE_FOCUS:
            self.show_overdue()
        elif what == DUE_WEEK_FOCUS:
            self.show_due_this_week()
        else:
            self._set_focus(None)
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(Status.PUBLISHED.value)))
            self._anchor = date.fromisoformat(value) if value else self._today
            self.set_mode(MONTH)

    def anchor(self) -> date:
        return self._anchor

    def focus(self) -> str | None:
        """OVERDUE_FOCUS or DUE_WEEK_FOCUS while the status filter asks about today, else None."""
        value = self.status_filter.currentData()
        return value if value in FOCUSES else None

    def this_week(self) -> tuple[date, date]:
        monday = week_start(self._today)
        return monday, monday + timedelta(days=6)

    def current_range(self) -> tuple[date, date]:
        """What the view covers, and so what an export writes: the month, the week or the list's range;
        with "overdue" or "due this week", the days of the items listed (the week itself for the latter)."""
        focus = self.focus()
        if focus == DUE_WEEK_FOCUS:
            return self.this_week()
        if focus == OVERDUE_FOCUS:
            days = [i.day for i in self.model.rows()]
            return (min(days), max(days)) if days else (self._today, self._today)
        if self.mode() == MONTH:
            return month_bounds(self._anchor.year, self._anchor.month)
        if self.mode() == WEEK:
            start = week_start(self._anchor)
            return start, start + timedelta(days=6)
        return period_bounds(Period(self.list_range.currentData()), self._anchor)

    def _loaded_range(self) -> tuple[date, date]:
        if self.focus() is not None:
            return self.this_week()
        if self.mode() == MONTH:  # the grid shows six whole weeks
            self.month_grid.set_month(self._anchor.year, self._anchor.month)
            days = self.month_grid.visible_days()
            return days[0], days[-1]
        return self.current_range()

    def reload(self) -> None:
        """Read the range again from the database (F5): other clerks' changes appear."""
        self._today = self._calendar.clock.today()
        selected = self.current()
        start, end = self._loaded_range()
        self._agencies = self._roster.list_agencies()
        self._fill_agency_filter()
        skipped = self.show_skipped.isChecked()
        focus = self.focus()
        if focus == OVERDUE_FOCUS:
            rows = self._calendar.overdue_items(self._today)
        elif focus == DUE_WEEK_FOCUS:
            rows = self._calendar.due_items(start, end)
        else:
            rows = self._calendar.list_items(start, end, include_skipped=skipped)
        self.model.set_rows(rows)
        self.week_view.set_week(self._anchor)
        self.apply_filters()
        self.proxy.resort()
        if selected is not None:
            self.select_item(selected.id)
        self._on_selection_changed()
        self._update_labels()

    def _fill_agency_filter(self) -> None:
        chosen = self.agency_filter.currentData()
        self.agency_filter.blockSignals(True)
        self.agency_filter.clear()
        self.agency_filter.addItem(self.tr("All agencies"), None)
        for agency in sorted(self._agencies, key=lambda a: sort_key(a.name)):
            self.agency_filter.addItem(agency.name, agency.id)
        self.agency_filter.setCurrentIndex(max(self.agency_filter.findData(chosen), 0))
        fold_items(self.agency_filter)  # "tu phap" finds "Sở Tư pháp" as in the roster's search
        self.agency_filter.blockSignals(False)

    # ---------------------------------------------------------------- filters
    def apply_filters(self) -> None:
        period = self.period_filter.currentData()
        domain = Domain(self.domain_filter.currentData()) if self.domain_filter.currentData() else None
        status = self.status_filter.currentData()
        agency_id = self.agency_filter.currentData()
        if status in FOCUSES:  # the rows read are exactly those items, whatever their day
            status = None
        start, end = self.current_range() if self.mode() == LIST and self.focus() is None else (None, None)
        if period is None and domain is None and status is None and agency_id is None and start is None:
            predicate = None
        else:
            def predicate(item: ContentItem) -> bool:
                return ((period is None or item.period.value == period)
                        and (domain is None or domain in item.domains)
                        and (status is None or item.status.value == status)
                        and (agency_id is None or item.agency_id == agency_id)
                        and (start is None or start <= item.day <= end))  # type: ignore[operator]
        self.proxy.set_predicate(predicate)
        self._refresh_canvases()

    def _refresh_canvases(self) -> None:
        self.also_search(self.search.text())
        self.update_counts()

    def also_search(self, text: str) -> None:
        """The month grid and the week view show the items the list shows."""
        rows = self.proxy.visible_rows()
        self.month_grid.set_items(rows, self._today)
        self.week_view.set_items(rows, self._today)

    def visible_items(self) -> list[ContentItem]:
        """The items of the current range that pass the filters, in the view's order: what is exported."""
        if self.focus() is not None:
            return self.proxy.visible_rows()
        start, end = self.current_range()
        return [i for i in self.proxy.visible_rows() if start <= i.day <= end]

    def update_counts(self) -> None:
        shown = len(self.visible_items())
        focus = self.focus()
        if focus is None:
            start, end = self.current_range()
            total = sum(1 for i in self.model.rows() if start <= i.day <= end)
            text = self.tr("Showing %1 of %2 items")
        else:
            total = len(self.model.rows())
            text = (self.tr("Showing %1 of %2 overdue items") if focus == OVERDUE_FOCUS
                    else self.tr("Showing %1 of %2 items due this week"))
        text = text.replace("%1", str(shown)).replace("%2", str(total))
        self.count_text = text
        self.count_label.setText(text)
        self.sig_status.emit(text)

    def _update_labels(self) -> None:
        start, end = self.current_range()
        focus = self.focus()
        if focus == OVERDUE_FOCUS:
            label = self.tr("Overdue, not published: every month (%1 items)").replace(
                "%1", str(len(self.model.rows())))
        elif focus == DUE_WEEK_FOCUS:
            label = self.tr("Due this week: %1").replace("%1", range_label(start, end))
        else:
            label = range_label(start, end)
        self.range_label.setText(label[:1].upper() + label[1:])
        monday, sunday = self.this_week()
        due = self._calendar.due_count(monday, sunday)
        overdue = self._calendar.overdue_count(self._today)
        link = "text-decoration: none; color: {};"
        text = (f"<a href='{DUE_WEEK_FOCUS}' style='{link.format('#1a4d8f')}'>"
                + self.tr("Due this week: %1").replace("%1", f"<b>{due}</b>") + "</a>")
        if overdue:
            text += (" &nbsp; " + f"<a href='{OVERDUE_FOCUS}' style='{link.format(OVERDUE)}'>"
                     + self.tr("Overdue: %1").replace("%1", f"<b>{overdue}</b>") + "</a>")
        self.due_label.setText(text)
        self.list_range.setVisible(self.mode() == LIST and focus is None)
        for action in (self.act_previous, self.act_next):
            action.setEnabled(focus is None)

    def show_overdue(self) -> None:
        """List every overdue item, from any month (the overdue count's link, the Edit menu)."""
        self._set_focus(OVERDUE_FOCUS)

    def show_due_this_week(self) -> None:
        """List every item due this week, also when the week spans two months or two years."""
        self._set_focus(DUE_WEEK_FOCUS)

    def _set_focus(self, focus: str | None) -> None:
        index = self.status_filter.findData(focus) if focus is not None else 0
        if index == self.status_filter.currentIndex():
            self.filters_changed()
        else:
            self.status_filter.setCurrentIndex(index)  # -> filters_changed

    def _on_due_label_link_activated(self, link: str) -> None:
        self._set_focus(link if link in FOCUSES else None)

    def filters_changed(self) -> None:
        focus = self.focus()
        if focus is not None or self._mode_before_focus is not None or self._focus_loaded is not None:
            # Entering, leaving or switching "overdue"/"due this week": the rows come from elsewhere,
            # and only the list can show items of several months.
            if focus is not None and self._mode_before_focus is None:
                self._mode_before_focus = self.mode()
                self.view_buttons.button(LIST).setChecked(True)
                self.stack.setCurrentIndex(LIST)
            elif focus is None and self._mode_before_focus is not None:
                mode, self._mode_before_focus = self._mode_before_focus, None
                self.view_buttons.button(mode).setChecked(True)
                self.stack.setCurrentIndex(mode)
            if focus != self._focus_loaded:
                self._focus_loaded = focus
                self.reload()
                return
        self.apply_filters()

    def _on_show_skipped_toggled(self, _checked: bool) -> None:
        self.reload()

    def _on_view_buttons_clicked(self, mode: int) -> None:
        if self.focus() is not None and mode != LIST:  # the month and the week show their own days
            self._mode_before_focus = None
            self._focus_loaded = None
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
        self.stack.setCurrentIndex(mode)
        self.reload()

    def _on_list_range_changed(self, *_args: object) -> None:
        if self.mode() == LIST:
            self.reload()

    def _step(self, direction: int) -> None:
        anchor = self._anchor
        if self.mode() == WEEK:
            self._anchor = anchor + timedelta(days=7 * direction)
        else:
            months = 1
            if self.mode() == LIST:
                months = {Period.WEEKLY.value: 0, Period.MONTHLY.value: 1, Period.HALF_YEAR.value: 6,
                          Period.YEARLY.value: 12}[self.list_range.currentData()]
            if months == 0:
                self._anchor = anchor + timedelta(days=7 * direction)
            else:
                index = anchor.year * 12 + anchor.month - 1 + months * direction
                self._anchor = date(index // 12, index % 12 + 1, 1)
        self.reload()

    def _on_previous_triggered(self) -> None:
        self._step(-1)

    def _on_next_triggered(self) -> None:
        self._step(1)

    def _on_today_triggered(self) -> None:
        if self.focus() is not None:
            self._set_focus(None)
        self.go_to(self._calendar.clock.today())

    # ---------------------------------------------------------------- selection
    def current(self) -> ContentItem | None:
        if self.mode() == MONTH:
            return self.month_grid.selected_item()
        if self.mode() == WEEK:
            return self.week_view.selected_item()
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].data(ROW_ROLE) if rows else None

    def select_item(self, item_id: int) -> None:
        self.month_grid.select(item_id)
        self.week_view.select(item_id)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == item_id:
                self.view.selectRow(row)
                self.view.scrollTo(index)
                break
        self._on_selection_changed()

    def selection_changed(self) -> None:
        item = self.current()
        allowed = allowed_moves(item) if item is not None else set()
        for move, action in self._move_actions.items():
            action.setEnabled(move in allowed)
        self.act_open.setEnabled(item is not None)
        self.act_delete.setEnabled(item is not None)

    def row_style(self, item: ContentItem) -> tuple[QColor | None, QColor | None]:
        if item.skipped or item.status in (Status.REJECTED, Status.CANCELLED):
            return QColor("#7a7a7a"), None
        if item.is_overdue(self._today):
            return QColor(OVERDUE), QColor("#fdecea")
        return None, QColor(STATUS_COLOURS[item.status][0]) if item.status is Status.PUBLISHED else None

    # ---------------------------------------------------------------- grid and list events
    def _on_grid_day_selected(self, day: object) -> None:
        """The keyboard left the days shown: show the month (week) that holds the new day."""
        canvas = self.month_grid if self.mode() == MONTH else self.week_view
        if day is None or self.mode() == LIST:
            return
        start, end = self.current_range()
        if not start <= day <= end:  # type: ignore[operator]
            self._anchor = day  # type: ignore[assignment]
            self.reload()
            canvas.set_current_day(day)  # type: ignore[arg-type]
            canvas.setFocus()

    def selected_day(self) -> date | None:
        """The day selected in the month grid or week view (a click, the arrows), if any."""
        if self.mode() == LIST:
            return None
        canvas = self.month_grid if self.mode() == MONTH else self.week_view
        return canvas.current_day()

    def _on_grid_day_activated(self, day: object) -> None:
        self.add_item(day)  # type: ignore[arg-type]

    def _on_grid_item_activated(self, item: object) -> None:
        self.open_item(item)  # type: ignore[arg-type]

    def _on_grid_more_clicked(self, day: object) -> None:
        """A day too full for the month grid: show its week, where every item has room."""
        self._anchor = day  # type: ignore[assignment]
        self.set_mode(WEEK)

    def row_activated(self, index: object) -> None:
        item = self.current()
        if item is not None:
            self.open_item(item)

    def context_menu(self) -> list[QAction | QMenu | None]:
        """What can be done with the item selected (an action that cannot is left out)."""
        return [action for action in (
            self.act_open, self.act_add, None, self.act_agree, self.act_distribute, self.act_publish,
            self.act_reject, self.act_cancel, self.act_reopen, None, self.act_move, self.act_skip,
            self.act_restore, None, self.act_delete) if action is None or action.isEnabled()]

    def _menu(self) -> QMenu:
        return self.build_menu(self.context_menu())

    def _on_grid_context_menu(self, day: object, item: object, position: QPoint) -> None:
        self._menu_day = day
        if item is None:
            self._on_selection_changed()
        self._show_menu(position)

    def _show_menu(self, position: QPoint) -> None:
        menu = self._menu()
        menu.exec(position)
        menu.deleteLater()

    # ---------------------------------------------------------------- items
    def open_dialog(self, item: ContentItem | None, day: date | None = None) -> ContentItemDialog:
        return ContentItemDialog(self._calendar, self._agencies, item, day, self)

    def add_item(self, day: date | None = None) -> None:
        dialog = self.open_dialog(None, day or getattr(self, "_menu_day", None) or self._default_day())
        self._menu_day = None
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved()
        dialog.deleteLater()
        if accepted and saved is not None:
            self.reload()
            self.select_item(saved.id)

    def _default_day(self) -> date:
        start, end = self.current_range()
        chosen = self.selected_day()
        if chosen is not None and start <= chosen <= end:
            return chosen  # Ctrl+N adds on the day selected in the grid
        return self._today if start <= self._today <= end else start

    def open_item(self, item: ContentItem) -> None:
        try:
            item = self._calendar.get(item.id)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot open"), error)
            self.reload()
            return
        dialog = self.open_dialog(item)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.reload()
            self.select_item(item.id)

    def _on_add_triggered(self) -> None:
        self._menu_day = None
        self.add_item()

    def _on_open_triggered(self) -> None:
        item = self.current()
        if item is not None:
            self.open_item(item)
        elif self.selected_day() is not None:  # Enter on an empty day adds an item on it
            self.add_item(self.selected_day())

    def _on_delete_triggered(self) -> None:
        item = self.current()
        if item is None:
            return
        scope = EditScope.THIS
        if item.series_id is not None:
            chosen = calendar_dialog.ask_scope(self)
            if chosen is None:
                return
            scope = chosen
        answer = QMessageBox.question(
            self, self.tr("Delete content item"), self._delete_question(item, scope),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._calendar.delete(item.id, scope)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot delete"), error)
        self.reload()

    def _delete_question(self, item: ContentItem, scope: EditScope) -> str:
        """The question names what goes: one item, or which part of the series and how many items."""
        if item.series_id is None:
            text = self.tr("Delete “%1”? This cannot be undone.\nTo keep a record, cancel the item instead.")
            return text.replace("%1", item.title)
        day = f"{item.day:%d/%m/%Y}"
        if scope is EditScope.THIS:
            return self.tr("Delete only the occurrence of “%1” on %2? The rest of the series stays.\n"
                           "This cannot be undone.").replace("%1", item.title).replace("%2", day)
        series = self._calendar.series_items(item.series_id)
        if scope is EditScope.FOLLOWING and item.occurrence_date is not None:
            count = sum(1 for i in series if i.occurrence_date is not None
                        and i.occurrence_date >= item.occurrence_date)
            text = self.tr("Delete %1 items of the series “%2”: the one on %3 and all the following?")
            text = text.replace("%3", day)
        else:
            count = len(series)
            text = self.tr("Delete the whole series “%2”: all %1 items?")
        return (text.replace("%1", str(count)).replace("%2", item.title) + "\n"
                + self.tr("This cannot be undone. To keep a record, cancel the items instead."))

    # ---------------------------------------------------------------- status moves
    def _run_move(self, dialog: QDialog) -> None:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        item = getattr(dialog, "result_item", None)
        dialog.deleteLater()  # dialogs are children of the tab: without this, each one would stay
        if accepted:
            self.reload()
            if item is not None:
                self.select_item(item.id)
                self.sig_status.emit(f"{item.title}: {item.status_text}")

    def _fresh(self) -> ContentItem | None:
        item = self.current()
        if item is None:
            return None
        try:
            return self._calendar.get(item.id)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot open"), error)
            self.reload()
            return None

    def _on_agree_triggered(self) -> None:
        if (item := self._fresh()) is not None:
            self._run_move(AgreeDialog(self._calendar, item, self))

    def _on_distribute_triggered(self) -> None:
        if (item := self._fresh()) is not None:
            self._run_move(DistributeDialog(self._calendar, item, self._agencies, self))

    def _on_publish_triggered(self) -> None:
        if (item := self._fresh()) is not None:
            self._run_move(PublishDialog(self._calendar, item, self._agencies, self))

    def _on_reject_triggered(self) -> None:
        if (item := self._fresh()) is not None:
            self._run_move(ReasonDialog(
                self.tr("Not agreed"), item,
                lambda reason, on: self._calendar.reject(item.id, reason, on, item.version),
                self.tr("Reason *"), self._today, self))

    def _on_cancel_triggered(self) -> None:
        if (item := self._fresh()) is not None:
            self._run_move(ReasonDialog(
                self.tr("Cancel item"), item,
                lambda reason, on: self._calendar.cancel(item.id, reason, on, item.version),
                self.tr("Reason *"), self._today, self))

    def _on_reopen_triggered(self) -> None:
        if (item := self._fresh()) is not None:
            self._run_move(ReasonDialog(
                self.tr("Reopen item"), item,
                lambda note, on: self._calendar.reopen(item.id, note, on, item.version),
                self.tr("Note"), self._today, self))

    def _on_move_triggered(self) -> None:
        if (item := self._fresh()) is not None:
            self._run_move(MoveDateDialog(self._calendar, item, self))

    def _on_skip_triggered(self) -> None:
        if (item := self._fresh()) is None:
            return
        try:
            self._calendar.skip(item.id, item.version)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot skip"), error)
        self.reload()

    def _on_restore_triggered(self) -> None:
        if (item := self._fresh()) is None:
            return
        try:
            self._calendar.restore(item.id, item.version)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot restore"), error)
        self.reload()

    # ---------------------------------------------------------------- import
    def import_job(self) -> ImportJob:
        from hanoi_desk.importers.calendar import CALENDAR  # the readers: not at start-up
        from hanoi_desk.importing import ImportJob

        return ImportJob.of(CALENDAR, self._calendar.plan_import, self._calendar.apply_import, self._settings)

    def imported_message(self, counts: object) -> str:
        added, _updated = counts  # type: ignore[misc]
        return self.tr("Imported: %1 items added").replace("%1", str(added))

    # ---------------------------------------------------------------- export
    def default_export_name(self, suffix: str = ".xlsx") -> str:
        start, end = self.current_range()
        from hanoi_desk.exporters.xlsx import safe_filename  # openpyxl: not at start-up
        return safe_filename(f"Lịch nội dung {range_label(start, end)}{suffix}")

    def export_dialog(self) -> None:
        filters = [self.tr("Excel workbook (*.xlsx)"), self.tr("Content agreement letter, PDF (*.pdf)"),
                   self.tr("iCalendar for Outlook (*.ics)")]
        path = file_actions.ask_save_path(self, self.tr("Export the calendar"), self.default_export_name(),
                                          ";;".join(filters))
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> Task:
        """Write what the view shows in the current range (Excel, .ics, or the PDF công văn that asks the
        agreeing parties to agree it, numbered as the settings say)."""
        items = self.visible_items()
        start, end = self.current_range()
        day = self._today
        now = self._calendar.clock.now()
        letter = path.suffix.lower() == ".pdf"

        def work(progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.calendar import write_calendar  # icalendar, openpyxl

            def write(issue: Issue | None) -> Path:
                return write_calendar(path, items, start, end, issue, now=now,
                                      progress=progress,  # type: ignore[arg-type]
                                      cancelled=cancelled)  # type: ignore[arg-type]

            return self._documents.issue_calendar_letter(start, end, day, write) if letter else write(None)

        note = draft_note(self._settings.draft_reasons(day)) if letter else ""
        self._task = file_actions.run_export(self, path, work, note=note)
        return self._task

    def print_document(self) -> None:
        """Print preview of the content agreement letter of the range shown: a temporary PDF, no export
        (and no number taken: it shows the number the register gave the letter, if any)."""
        from hanoi_desk.ui.widgets import print_preview  # QtPdf: not at start-up

        items = self.visible_items()
        start, end = self.current_range()
        issue = self._documents.calendar_letter(start, end, self._today)
        now = self._calendar.clock.now()

        def write(path: Path, progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.calendar import write_calendar  # icalendar, openpyxl

            return write_calendar(path, items, start, end, issue, now=now,
                                  progress=progress,  # type: ignore[arg-type]
                                  cancelled=cancelled)  # type: ignore[arg-type]

        self._task = print_preview.print_preview_of(self, self.default_export_name(".pdf"), write)
