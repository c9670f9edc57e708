"""The fanpage registry: agencies' official pages, their verification, proposal letters, impersonators."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.agency import Agency, AgencyKind
from hanoi_desk.domain.fanpage import (
    TRANSITIONS,
    AgencyCount,
    Fanpage,
    Impersonator,
    ImpersonatorStatus,
    Platform,
    ProposalLetter,
    VerificationState,
    fanpage_order,
    per_agency_counts,
)
from hanoi_desk.domain.text import sort_key
from hanoi_desk.services.fanpages import FanpageService
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.ui import file_actions, messages
from hanoi_desk.ui.agency_picker import fold_items
from hanoi_desk.ui.empty_hint import EmptyHint
from hanoi_desk.ui.fanpage_dialogs import (
    FanpageDialog,
    HistoryDialog,
    ImpersonatorDialog,
    NameCheckDialog,
    ProposalDialog,
    StepDialog,
    agency_combo,
    combo_agency_id,
)
from hanoi_desk.ui.office_fields import draft_note
from hanoi_desk.ui.shortcuts import bind_to_views, tab_action
from hanoi_desk.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, make_table_view
from hanoi_desk.ui.tasks import Task

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_STATE_COLOURS = {
    VerificationState.VERIFIED: QColor("#e3f4e3"),
    VerificationState.REFUSED: QColor("#fbe3e3"),
    VerificationState.LOST: QColor("#fbe3e3"),
    VerificationState.PROPOSED: QColor("#fff5d6"),
    VerificationState.SENT: QColor("#fff5d6"),
}
_STILL_UP = (ImpersonatorStatus.SUSPECTED, ImpersonatorStatus.REPORTED)
_STATUS_COLOURS = {
    ImpersonatorStatus.SUSPECTED: QColor("#fbe3e3"),
    ImpersonatorStatus.REPORTED: QColor("#fff5d6"),
}


def _percent(share: float | None) -> str:
    return "" if share is None else f"{share * 100:.0f}%".replace(".", ",")


class FanpageTab(QWidget):
    sig_status = Signal(str)
    """A one-line summary for the status bar changed."""
    sig_export_written = Signal(Path)
    """An export or a letter was written (other features offer to e-mail it)."""

    def __init__(
        self,
        fanpages: FanpageService,
        roster: RosterService,
        settings: SettingsService,
        parent: QWidget | None = None,
        *,
        load: bool = True,
    ) -> None:
        """*load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs)."""
        super().__init__(parent)
        self._fanpages = fanpages
        self._roster = roster
        self._settings = settings
        self._task: Task | None = None
        self.proposal_files: list[Path] = []  # the letters the last proposal wrote
        self._agencies: list[Agency] = []  # read by reload()
        self._build_ui()
        self._connect()
        self._restore_state()
        if load:
            self.reload()

    # ---------------------------------------------------------------- building
    def columns(self) -> list[Column[Fanpage]]:
        return [
            Column(self.tr("Agency"), lambda p: p.agency_name),
            Column(self.tr("Platform"), lambda p: p.platform.label),
            Column(self.tr("Page name"), lambda p: p.name),
            Column(
                self.tr("Link"),
                lambda p: p.url,
                tooltip=lambda p: self.tr(
                    "Double-click the address or press Ctrl+O to open it in the browser"),
            ),
            Column(
                self.tr("Official"),
                lambda p: p.official,
                searchable=False,
                align=Qt.AlignmentFlag.AlignCenter,
            ),
            Column(
                self.tr("Verification"),
                lambda p: p.state.label if p.official else "",
                sort=lambda p: (not p.official, list(VerificationState).index(p.state)),
            ),
            Column(self.tr("Since"), lambda p: p.state_on, searchable=False),
            Column(self.tr("Letter number"), lambda p: p.letter_number),
            Column(self.tr("Followers"), lambda p: p.followers, align=_RIGHT, searchable=False),
            Column(self.tr("Counted on"), lambda p: p.followers_on, searchable=False),
            Column(self.tr("Kind of agency"), lambda p: p.agency_kind.label),
            Column(self.tr("Notes"), lambda p: p.reason or p.notes),
        ]

    def count_columns(self) -> list[Column[AgencyCount]]:
        return [
            Column(self.tr("Agency"), lambda c: c.agency_name),
            Column(self.tr("Kind of agency"), lambda c: c.kind.label),
            Column(self.tr("Pages"), lambda c: c.pages, align=_RIGHT),
            Column(self.tr("Official"), lambda c: c.official, align=_RIGHT),
            Column(self.tr("Verified"), lambda c: c.verified, align=_RIGHT),
            Column(
                self.tr("Share verified"),
                lambda c: _percent(c.share_verified),
                sort=lambda c: (c.share_verified is None, c.share_verified or 0),
                align=_RIGHT,
            ),
        ]

    def suspect_columns(self) -> list[Column[Impersonator]]:
        return [
            Column(self.tr("Suspected page"), lambda i: i.name),
            Column(self.tr("Platform"), lambda i: i.platform.label),
            Column(self.tr("Link"), lambda i: i.url),
            Column(self.tr("Agency imitated"), lambda i: i.agency_name),
            Column(
                self.tr("Official page imitated"),
                lambda i: i.fanpage_name,
                tooltip=lambda i: (
                    self.tr("Found by comparing names (%1% alike)").replace("%1", str(i.similarity))
                    if i.similarity
                    else ""
                ),
            ),
            Column(self.tr("Status"), lambda i: i.status.label),
            Column(self.tr("Found on"), lambda i: i.found_on, searchable=False),
            Column(self.tr("Reported on"), lambda i: i.reported_on, searchable=False),
            Column(self.tr("Evidence"), lambda i: i.evidence),
        ]

    def _build_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by agency, page name, address… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.agency_filter = agency_combo([], self)
        self.agency_filter.setItemText(0, self.tr("All agencies"))
        self.agency_filter.setMinimumWidth(220)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in AgencyKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.platform_filter = QComboBox()
        self.platform_filter.addItem(self.tr("All platforms"), None)
        for platform in Platform:
            self.platform_filter.addItem(platform.label, platform.value)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), None)
        self.state_filter.addItem(self.tr("Official pages (every state)"), "official")
        self.state_filter.addItem(self.tr("Not an official page"), "unofficial")
        for state in VerificationState:
            self.state_filter.addItem(state.label, state.value)

        self.model: RowTableModel[Fanpage] = RowTableModel(self.columns(), self)
        self.model.set_style(
            lambda p: (
                None if p.official else QColor("#7a7a7a"),
                _STATE_COLOURS.get(p.state) if p.official else None,
            )
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._table(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.counts_model: RowTableModel[AgencyCount] = RowTableModel(self.count_columns(), self)
        self.counts_proxy = RowFilterProxy(self)
        self.counts_proxy.setSourceModel(self.counts_model)
        self.counts_view = self._table(self.counts_proxy)

        self.suspects_model: RowTableModel[Impersonator] = RowTableModel(self.suspect_columns(), self)
        self.suspects_model.set_style(lambda i: (None, _STATUS_COLOURS.get(i.status)))
        self.suspects_proxy = RowFilterProxy(self)
        self.suspects_proxy.setSourceModel(self.suspects_model)
        self.suspects_view = self._table(self.suspects_proxy)
        self.suspects_still_up = QCheckBox(self.tr("Only pages still up"))
        self.suspects_still_up.setToolTip(self.tr("Suspected or reported, not yet removed"))

        self.act_add = self._action(self.tr("&New page"), QKeySequence.StandardKey.New)
        self.act_edit = bind_to_views(self._action(self.tr("&Edit")), QKeySequence(Qt.Key.Key_Return),
                                      self.view)
        self.act_delete = bind_to_views(self._action(self.tr("&Delete")), QKeySequence.StandardKey.Delete,
                                        self.view)
        self.act_open = self._action(self.tr("&Open in browser"), QKeySequence("Ctrl+O"))
        self.act_propose = self._action(self.tr("Propose verification…"), QKeySequence("Ctrl+Shift+P"))
        self.act_propose.setToolTip(
            self.tr(
                "Write the official letter asking the platforms to verify the "
                "selected official pages (Ctrl+Shift+P)"
            )
        )
        self.step_actions: dict[VerificationState, QAction] = {
            VerificationState.SENT: self._action(self.tr("Sent to the platform…")),
            VerificationState.VERIFIED: self._action(self.tr("Verified…")),
            VerificationState.REFUSED: self._action(self.tr("Refused…")),
            VerificationState.LOST: self._action(self.tr("Lost the badge…")),
            VerificationState.PROPOSED: self._action(self.tr("Proposed by an existing letter…")),
        }
        self.act_history = self._action(self.tr("&History…"), QKeySequence("Ctrl+H"))
        self.act_import = self._action(self.tr("&Import from Excel…"), QKeySequence("Ctrl+I"))
        self.act_export = self._action(self.tr("E&xport to Excel…"), QKeySequence("Ctrl+E"))
        self.act_print = self._action(self.tr("&Print…"), QKeySequence.StandardKey.Print)
        self.act_print.setToolTip(self.tr("Print preview of the list shown (Ctrl+P)"))
        self.act_reload = self._action(self.tr("&Reload"), QKeySequence.StandardKey.Refresh)
        self.act_find = self._action(self.tr("Find"), QKeySequence.StandardKey.Find)
        self.act_add_suspect = self._action(self.tr("New suspected page…"))
        self.act_edit_suspect = self._action(self.tr("Edit suspected page…"))
        self.act_check_names = self._action(self.tr("Check names of the whole registry"))
        self.suspect_status_actions: dict[ImpersonatorStatus, QAction] = {
            ImpersonatorStatus.REPORTED: self._action(self.tr("Reported to the platform")),
            ImpersonatorStatus.REMOVED: self._action(self.tr("Removed by the platform")),
            ImpersonatorStatus.DISMISSED: self._action(self.tr("Not an impersonator")),
        }
        self.act_delete_suspect = self._action(self.tr("Delete suspected page"))

        self.step_menu = QMenu(self.tr("Record a step"), self)
        for action in self.step_actions.values():
            self.step_menu.addAction(action)
        self.step_menu.addSeparator()
        self.step_menu.addAction(self.act_history)
        step_button = QToolButton()
        step_button.setText(self.tr("Record a step"))
        step_button.setMenu(self.step_menu)
        # The arrow in its own section: with InstantPopup the indicator was drawn over the text.
        step_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        step_button.clicked.connect(step_button.showMenu)

        toolbar = QHBoxLayout()
        for item in (
            self.act_add,
            self.act_edit,
            self.act_delete,
            None,
            self.act_open,
            None,
            self.act_propose,
            step_button,
            None,
            self.act_import,
            self.act_export,
            self.act_print,
            self.act_reload,
        ):
            if item is None:
                toolbar.addSpacing(16)
            elif isinstance(item, QWidget):
                toolbar.addWidget(item)
            else:
                toolbar.addWidget(self._button(item))
        toolbar.addStretch()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, widget in (
            (self.tr("Agency:"), self.agency_filter),
            (self.tr("Kind:"), self.kind_filter),
            (self.tr("Platform:"), self.platform_filter),
            (self.tr("Verification:"), self.state_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1)

        suspects_bar = QHBoxLayout()
        for action in (
            self.act_add_suspect,
            self.act_edit_suspect,
            *self.suspect_status_actions.values(),
            self.act_delete_suspect,
            self.act_check_names,
        ):
            suspects_bar.addWidget(self._button(action))
        suspects_bar.addStretch()
        suspects_bar.addWidget(self.suspects_still_up)
        suspects_page = QWidget()
        suspects_layout = QVBoxLayout(suspects_page)
        suspects_layout.setContentsMargins(0, 4, 0, 0)
        suspects_layout.addLayout(suspects_bar)
        self.suspects_hint = EmptyHint(self)
        suspects_layout.addWidget(self.suspects_hint)
        suspects_layout.addWidget(self.suspects_view, 1)

        self.pages_tabs = QTabWidget()
        self.pages_tabs.addTab(self.view, self.tr("Page list"))
        self.pages_tabs.addTab(self.counts_view, self.tr("By agency"))
        self.pages_tabs.addTab(suspects_page, self.tr("Impersonating pages"))

        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.pages_tabs, 1)
        layout.addWidget(self.count_label)

    def show_filtered(self, what: str, _value: str = "") -> None:
        """Show the list behind an overview figure: "official", a verification state's value, or
        "impersonators_up" (the suspected pages not yet removed). Other filters are cleared."""
        self.search.clear()
        for combo in (self.agency_filter, self.kind_filter, self.platform_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        if what == "impersonators_up":
            self.state_filter.setCurrentIndex(0)
            self.suspects_still_up.setChecked(True)
            self.pages_tabs.setCurrentIndex(2)
        else:
            self.suspects_still_up.setChecked(False)
            self.state_filter.setCurrentIndex(max(0, self.state_filter.findData(what or None)))
            self.pages_tabs.setCurrentIndex(0)
        self._apply_filters()

    def _table(self, proxy: RowFilterProxy) -> QTableView:
        return make_table_view(proxy)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    _action = tab_action  # self._action(text, shortcut): an action of this tab

    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.agency_filter.currentIndexChanged.connect(self._on_filters_changed)
        # Not editingFinished: focus leaving also fires it, even while the window is being torn down.
        self.agency_filter.lineEdit().returnPressed.connect(self._on_filters_changed)
        for combo in (self.kind_filter, self.platform_filter, self.state_filter):
            combo.currentIndexChanged.connect(self._on_filters_changed)
        self.suspects_still_up.toggled.connect(self._on_filters_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.suspects_view.doubleClicked.connect(self._on_edit_suspect_triggered)
        self.suspects_view.customContextMenuRequested.connect(self._on_suspects_view_context_menu)
        self.suspects_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.counts_view.doubleClicked.connect(self._on_counts_view_double_clicked)
        self.pages_tabs.currentChanged.connect(self._on_selection_changed)
        self.act_add.triggered.connect(self._on_add_triggered)
        self.act_edit.triggered.connect(self._on_edit_triggered)
        self.act_delete.triggered.connect(self._on_delete_triggered)
        self.act_open.triggered.connect(self._on_open_triggered)
        self.act_propose.triggered.connect(self._on_propose_triggered)
        for state, action in self.step_actions.items():
            action.triggered.connect(lambda _checked=False, s=state: self.record_step(s))
        self.act_history.triggered.connect(self._on_history_triggered)
        self.act_import.triggered.connect(self._on_import_triggered)
        self.act_export.triggered.connect(self._on_export_triggered)
        self.act_print.triggered.connect(self._on_print_triggered)
        self.act_reload.triggered.connect(self.reload)
        self.act_find.triggered.connect(self._on_find_triggered)
        self.act_add_suspect.triggered.connect(self._on_add_suspect_triggered)
        self.act_edit_suspect.triggered.connect(self._on_edit_suspect_triggered)
        self.act_delete_suspect.triggered.connect(self._on_delete_suspect_triggered)
        self.act_check_names.triggered.connect(self._on_check_names_triggered)
        for status, action in self.suspect_status_actions.items():
            action.triggered.connect(lambda _checked=False, s=status: self.set_suspect_status(s))

    # ---------------------------------------------------------------- state
    def _restore_state(self) -> None:
        settings = QSettings()
        for key, view, widths in (
            ("fanpages/header", self.view, (210, 75, 210, 270, 70, 110, 85, 130, 95, 90, 150)),
            ("fanpages/counts_header", self.counts_view, (320, 170, 70, 70, 70)),
            ("fanpages/suspects_header", self.suspects_view, (230, 80, 280, 200, 220, 130, 90, 90)),
        ):
            state = settings.value(key)
            if state is not None:
                view.horizontalHeader().restoreState(state)
            else:
                for column, width in enumerate(widths):
                    view.setColumnWidth(column, width)

    def menu_actions(self) -> list[QAction | None]:
        """What the main window's Edit menu shows while this tab is current (None: a separator)."""
        return [self.act_add, self.act_edit, self.act_delete, self.act_open, None, self.act_propose,
                *self.step_actions.values(), self.act_history, None, self.act_add_suspect,
                self.act_edit_suspect, *self.suspect_status_actions.values(), self.act_delete_suspect,
                self.act_check_names, None, self.act_find, self.act_reload]

    def file_actions(self) -> list[QAction | None]:
        """What the File menu offers for this tab: import, export, print."""
        return [self.act_import, self.act_export, self.act_print]

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("fanpages/header", self.view.horizontalHeader().saveState())
        settings.setValue("fanpages/counts_header", self.counts_view.horizontalHeader().saveState())
        settings.setValue("fanpages/suspects_header", self.suspects_view.horizontalHeader().saveState())

    def reload(self) -> None:
        """Read the registry again (F5): other clerks' pages, steps and suspects appear."""
        selected = {p.id for p in self.selected()}
        self._agencies = self._roster.list_agencies()
        self.model.set_rows(fanpage_order(self._fanpages.list_pages()))
        self.suspects_model.set_rows(self._fanpages.impersonators.list_all())
        self._refill_agency_filter()
        self._apply_filters()
        self.proxy.resort()
        self.suspects_proxy.resort()
        self._select_ids(selected)
        self._on_selection_changed()

    def _refill_agency_filter(self) -> None:
        """The agency filter lists the agencies that have pages, keeping the one chosen."""
        chosen = self.agency_filter.currentData() if self.agency_filter.currentIndex() > 0 else None
        with_pages = {p.agency_id for p in self.model.rows()}
        self.agency_filter.blockSignals(True)
        self.agency_filter.clear()
        self.agency_filter.addItem(self.tr("All agencies"), None)
        listed = sorted((a for a in self._agencies if a.id in with_pages), key=lambda a: sort_key(a.name))
        for agency in listed:
            label = f"{agency.name} ({agency.short_name})" if agency.short_name else agency.name
            self.agency_filter.addItem(label, agency.id)
        self.agency_filter.setCurrentIndex(max(0, self.agency_filter.findData(chosen)) if chosen else 0)
        fold_items(self.agency_filter)  # the picker finds "tu phap" in the refilled names too
        self.agency_filter.blockSignals(False)

    # ---------------------------------------------------------------- filters
    def _apply_filters(self) -> None:
        agency_id = combo_agency_id(self.agency_filter) if self.agency_filter.currentIndex() != 0 else None
        kind = AgencyKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        platform = (
            Platform(self.platform_filter.currentData()) if self.platform_filter.currentData() else None
        )
        state_value = self.state_filter.currentData()
        if agency_id is None and kind is None and platform is None and state_value is None:
            predicate = None
        else:
            state = (VerificationState(state_value) if state_value not in (None, "unofficial", "official")
                     else None)

            def predicate(p: Fanpage) -> bool:
                return (
                    (agency_id is None or p.agency_id == agency_id)
                    and (kind is None or p.agency_kind is kind)
                    and (platform is None or p.platform is platform)
                    and (
                        state_value is None
                        or (state_value == "unofficial" and not p.official)
                        or (state_value == "official" and p.official)
                        or (state is not None and p.official and p.state is state)
                    )
                )

        self.proxy.set_predicate(predicate)
        still_up = self.suspects_still_up.isChecked()
        self.suspects_proxy.set_predicate(
            None
            if agency_id is None and platform is None and not still_up
            else lambda i: (
                (agency_id is None or i.agency_id == agency_id)
                and (platform is None or i.platform is platform)
                and (not still_up or i.status in _STILL_UP)
            )
        )
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        """The per-agency table and the summary line follow what the pages table shows."""
        shown = self.proxy.visible_rows()
        self.counts_model.set_rows(per_agency_counts(shown))
        self.counts_proxy.resort()
        self._update_counts()

    def _update_counts(self) -> None:
        shown = self.proxy.visible_rows()
        official = [p for p in shown if p.official]
        verified = sum(1 for p in official if p.state is VerificationState.VERIFIED)
        share = verified / len(official) if official else None
        text = (
            self.tr("Showing %1 of %2 pages — %3 official, %4 verified (%5)")
            .replace("%1", str(len(shown)))
            .replace("%2", str(self.model.rowCount()))
            .replace("%3", str(len(official)))
            .replace("%4", str(verified))
            .replace("%5", _percent(share) or "—")
        )
        suspects = self.suspects_model.rows()
        open_suspects = sum(
            1 for i in suspects if i.status in (ImpersonatorStatus.SUSPECTED, ImpersonatorStatus.REPORTED)
        )
        text += self.tr("; %1 suspected impersonating page(s) not yet removed").replace(
            "%1", str(open_suspects)
        )
        selected = len(self.view.selectionModel().selectedRows())
        if selected and self.pages_tabs.currentIndex() == 0:
            text += self.tr(" — %1 selected").replace("%1", str(selected))
        self.count_label.setText(text)
        self.sig_status.emit(text)
        self.pages_tabs.setTabText(2, self.tr("Impersonating pages (%1)").replace("%1", str(len(suspects))))
        if not suspects:
            self.suspects_hint.show_hint(self.tr(
                "No suspected impersonating page yet. Add one you found (New), or let Hanoi Desk compare the "
                "names of pages with the official ones (Check names)."),
                self.act_check_names.text().replace("&", ""), self.act_check_names.trigger)
        elif self.suspects_proxy.rowCount() == 0:
            self.suspects_hint.show_hint(self.tr("No suspected page matches the filters."))
        else:
            self.suspects_hint.hide()

    def _on_search_text_changed(self, text: str) -> None:
        for proxy in (self.proxy, self.counts_proxy, self.suspects_proxy):
            proxy.set_text(text)
        self.counts_model.set_rows(per_agency_counts(self.proxy.visible_rows()))
        self.counts_proxy.resort()
        self._update_counts()

    def _on_filters_changed(self, *_args: object) -> None:
        self._apply_filters()

    def _on_find_triggered(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_selection_changed(self, *_args: object) -> None:
        pages = self.selected()
        on_pages = self.pages_tabs.currentIndex() == 0
        for action in (self.act_edit, self.act_delete, self.act_open, self.act_history):
            action.setEnabled(on_pages and bool(pages))
        self.act_history.setEnabled(on_pages and len(pages) == 1)
        self.act_propose.setEnabled(on_pages)
        for target, action in self.step_actions.items():
            action.setEnabled(
                on_pages and bool(pages) and all(p.official and target in TRANSITIONS[p.state] for p in pages)
            )
        suspect = self.current_suspect()
        for action in (self.act_edit_suspect, self.act_delete_suspect, *self.suspect_status_actions.values()):
            action.setEnabled(suspect is not None)
        if suspect is not None:
            for status, action in self.suspect_status_actions.items():
                action.setEnabled(suspect.status is not status)
        self._update_counts()

    # ---------------------------------------------------------------- selection
    def selected(self) -> list[Fanpage]:
        return [index.data(ROW_ROLE) for index in self.view.selectionModel().selectedRows()]

    def current(self) -> Fanpage | None:
        index = self.view.currentIndex()
        if index.isValid() and self.view.selectionModel().isRowSelected(index.row()):
            return index.siblingAtColumn(0).data(ROW_ROLE)
        rows = self.selected()
        return rows[0] if rows else None

    def current_suspect(self) -> Impersonator | None:
        rows = self.suspects_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _select_ids(self, ids: set[int]) -> None:
        if not ids:
            return
        selection = self.view.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id in ids:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                self.view.scrollTo(index)

    # ---------------------------------------------------------------- pages
    def _on_view_double_clicked(self, index: object) -> None:
        if getattr(index, "column", lambda: -1)() == 3:
            self._on_open_triggered()
        else:
            self._on_edit_triggered()

    def _on_view_context_menu(self, position: object) -> None:
        menu = QMenu(self)
        for action in (self.act_open, self.act_edit, self.act_delete, None, self.act_propose):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addMenu(self.step_menu)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _on_suspects_view_context_menu(self, position: object) -> None:
        menu = QMenu(self)
        for action in (self.act_edit_suspect, *self.suspect_status_actions.values(), self.act_delete_suspect):
            menu.addAction(action)
        menu.exec(self.suspects_view.viewport().mapToGlobal(position))

    def _on_counts_view_double_clicked(self, index: object) -> None:
        """Double-clicking an agency's line shows its pages."""
        count: AgencyCount = index.siblingAtColumn(0).data(ROW_ROLE)  # type: ignore[attr-defined]
        self.agency_filter.setCurrentIndex(max(0, self.agency_filter.findData(count.agency_id)))
        self.pages_tabs.setCurrentIndex(0)

    def open_dialog(self, page: Fanpage | None) -> FanpageDialog:
        return FanpageDialog(
            self._fanpages,
            [
                a
                for a in self._agencies
                if a.active_to is None or (page is not None and a.id == page.agency_id)
            ],
            page,
            self,
        )

    def _on_add_triggered(self) -> None:
        dialog = self.open_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved():
            saved = dialog.saved()
            self.reload()
            self.view.clearSelection()
            self._select_ids({saved.id})
            self._warn_about_names(saved)

    def _on_edit_triggered(self) -> None:
        page = self.current()
        if page is None:
            return
        try:
            page = self._fanpages.get(page.id)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot open"), error)
            self.reload()
            return
        dialog = self.open_dialog(page)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved():
            self.reload()
            if dialog.saved().name != page.name:
                self._warn_about_names(dialog.saved())

    def _warn_about_names(self, page: Fanpage) -> None:
        """An official page named like another agency's official page: the public may confuse them."""
        warnings = self._fanpages.impersonators.page_name_warnings(page.id)
        if warnings:
            QMessageBox.warning(self, self.tr("Similar page names"), "\n\n".join(w.message for w in warnings))

    def _on_delete_triggered(self) -> None:
        pages = self.selected()
        if not pages:
            return
        names = "\n".join(f"• {p.name} — {p.agency_name}" for p in pages[:10]) + (
            "\n…" if len(pages) > 10 else ""
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete pages"),
            self.tr("Delete %1 page(s) and their verification history? This cannot be undone.").replace(
                "%1", str(len(pages))
            )
            + "\n\n"
            + names,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for page in pages:
            try:
                self._fanpages.delete(page.id)
            except Exception as error:
                messages.show_error(self, self.tr("Cannot delete"), error)
        self.reload()

    def _on_open_triggered(self) -> None:
        page = self.current()
        if page is not None:
            QDesktopServices.openUrl(QUrl(page.url))

    def record_step(self, target: VerificationState) -> None:
        pages = self.selected()
        if not pages:
            return
        dialog = StepDialog(self._fanpages, pages, target, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _on_history_triggered(self) -> None:
        page = self.current()
        if page is not None:
            HistoryDialog(page, self._fanpages.history(page.id), self).exec()

    # ---------------------------------------------------------------- proposal letter
    def proposal_pages(self) -> list[Fanpage]:
        """The selected official pages that can be proposed; with no selection, every such page shown."""
        pages = self.selected() or self.proxy.visible_rows()
        return [p for p in pages if p.official and VerificationState.PROPOSED in TRANSITIONS[p.state]]

    def _on_propose_triggered(self) -> None:
        pages = self.proposal_pages()
        if not pages:
            QMessageBox.information(
                self,
                self.tr("Propose verification"),
                self.tr(
                    "No official page here can be proposed: select official pages that are not requested "
                    "yet, "
                    "refused, or that lost their badge."
                ),
            )
            return
        dialog = ProposalDialog(self._fanpages, pages, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        number, symbol, day = dialog.values()
        several = len(dialog.groups) > 1
        path = file_actions.ask_save_path(
            self, self.tr("Save the proposal letters") if several else self.tr("Save the proposal letter"),
            f"Công văn đề nghị xác thực fanpage {day.isoformat()}.pdf", self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        self.write_proposal(path, [p.id for p in pages], number, symbol, day)

    def write_proposal(self, path: Path, page_ids: list[int], number: int | None, symbol: str,
                       day: date) -> Task:
        """Number the letters (one per platform company), write the PDFs and mark the pages, off the GUI
        thread; all or nothing. One letter goes to *path*; several to *path*-facebook.pdf, … beside it."""
        issuer = self._fanpages.letters.issuer(day)
        from hanoi_desk.exporters.fanpages import letter_path, write_proposal_letter  # reportlab, openpyxl
        from hanoi_desk.exporters.official_pdf import font_source
        font_source()  # fonts load here, once, rather than in the worker
        groups = self._fanpages.letters.groups(self._fanpages.get(i) for i in page_ids)
        written: list[Path] = []

        def work(progress: object, cancelled: object) -> Path:
            def write(letter: ProposalLetter) -> None:
                out = letter_path(path, letter, one_file=len(groups) == 1)
                written.append(write_proposal_letter(out, letter, issuer, progress=progress))  # type: ignore[arg-type]

            try:
                self._fanpages.letters.propose(page_ids, day, write, number=number, symbol=symbol)
            except BaseException:
                for out in written:  # nothing was recorded: no letter may look issued
                    out.unlink(missing_ok=True)
                raise
            return written[0]

        self.proposal_files = written
        self._task = file_actions.run_export(
            self, path, work, error_title=self.tr("The letter was not written"),
            on_written=self._on_proposal_written, note=draft_note(issuer.draft_reasons))
        return self._task

    def _on_proposal_written(self, path: Path) -> None:
        self.reload()
        for written in self.proposal_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    # ---------------------------------------------------------------- impersonators
    def _suspect_dialog(self, item: Impersonator | None) -> ImpersonatorDialog:
        officials = [p for p in self.model.rows() if p.official]
        return ImpersonatorDialog(self._fanpages, self._agencies, officials, item, self)

    def _on_add_suspect_triggered(self) -> None:
        dialog = self._suspect_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved():
            saved = dialog.saved()
            self.reload()
            self.pages_tabs.setCurrentIndex(2)
            if saved.fanpage_id is not None and saved.similarity is not None:
                QMessageBox.information(
                    self,
                    self.tr("Likely imitation"),
                    self.tr(
                        "“%1” looks like the official page “%2” of %3 (%4% alike); "
                        "it was recorded as the page imitated."
                    )
                    .replace("%1", saved.name)
                    .replace("%2", saved.fanpage_name)
                    .replace("%3", saved.agency_name)
                    .replace("%4", str(saved.similarity)),
                )

    def _on_edit_suspect_triggered(self, *_args: object) -> None:
        item = self.current_suspect()
        if item is None:
            return
        dialog = self._suspect_dialog(self._fanpages.impersonators.get(item.id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def set_suspect_status(self, status: ImpersonatorStatus) -> None:
        item = self.current_suspect()
        if item is None:
            return
        try:
            self._fanpages.impersonators.set_status(item.id, status, self._fanpages.clock.today(),
                                                   item.version)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot change the status"), error)
        self.reload()

    def _on_delete_suspect_triggered(self) -> None:
        item = self.current_suspect()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete suspected page"),
            self.tr(
                "Delete “%1” from the register? To keep the record, mark it “Not an impersonator” instead."
            ).replace("%1", html.escape(item.name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._fanpages.impersonators.delete(item.id)
            self.reload()

    def _on_check_names_triggered(self) -> None:
        try:
            check = self._fanpages.impersonators.check_names()
        except Exception as error:
            messages.show_error(self, self.tr("Check failed"), error)
            return
        self.reload()
        self.show_name_check(check).exec()

    def show_name_check(self, check: object) -> NameCheckDialog:
        return NameCheckDialog(check, self)  # type: ignore[arg-type]

    # ---------------------------------------------------------------- import / export
    def _on_import_triggered(self) -> None:
        path = file_actions.ask_open_path(self, self.tr("Import pages from Excel"),
                                          self.tr("Spreadsheets") + " " + file_actions.SPREADSHEETS)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> Task:
        """Read and plan in a thread, preview (columns can be mapped there), then write all rows or none."""
        from hanoi_desk.importers.fanpages import FANPAGES  # the readers: not at start-up
        from hanoi_desk.importing import ImportJob

        imports = self._fanpages.imports
        job = ImportJob.of(FANPAGES, imports.plan_import, imports.apply_import, self._settings)
        self._task = file_actions.run_job(self, path, job, self._imported_message,
                                          saving_label=self.tr("Saving the imported pages…"))
        return self._task

    def _imported_message(self, counts: object) -> str:
        added, updated = counts  # type: ignore[misc]
        return self.tr("Imported: %1 added, %2 updated").replace("%1", str(added)).replace("%2", str(updated))

    def default_export_name(self) -> str:
        from hanoi_desk.exporters.xlsx import safe_filename  # openpyxl: not at start-up
        return safe_filename(f"Danh sách fanpage {self._fanpages.clock.today().isoformat()}.xlsx")

    def _on_export_triggered(self) -> None:
        path = file_actions.ask_save_path(self, self.tr("Export the pages to Excel"),
                                          self.default_export_name(), self.tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.export_file(path)

    def scope_text(self) -> str:
        """The filters in words, for the subtitle of the exported sheet."""
        parts = []
        if self.agency_filter.currentIndex() > 0:
            parts.append(f"Cơ quan: {self.agency_filter.currentText()}")
        for label, combo in (
            ("Loại cơ quan", self.kind_filter),
            ("Nền tảng", self.platform_filter),
            ("Xác thực", self.state_filter),
        ):
            if combo.currentData() is not None:
                parts.append(f"{label}: {combo.currentText()}")
        if self.search.text().strip():
            parts.append(f"Tìm: “{self.search.text().strip()}”")
        return "; ".join(parts) or "Toàn bộ danh sách"

    def export_file(self, path: Path) -> Task:
        """Write what the view shows, in its order (and the suspects it shows), off the GUI thread."""
        rows = self.proxy.visible_rows()
        suspects = self.suspects_proxy.visible_rows()
        scope = self.scope_text()
        today = self._fanpages.clock.today()

        def work(progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.fanpages import write_fanpage_list  # reportlab, openpyxl
            return write_fanpage_list(
                path, rows, scope=scope, impersonators=suspects, exported_on=today, progress=progress,
                cancelled=cancelled)  # type: ignore[arg-type]

        self._task = file_actions.run_export(self, path, work)
        return self._task

    def _on_print_triggered(self) -> None:
        """Print preview of the pages the view shows, in its order (a temporary PDF, not an export)."""
        from hanoi_desk.exporters.fanpages import write_fanpage_list_pdf
        from hanoi_desk.ui import print_preview  # QtPdf: not at start-up

        rows = self.proxy.visible_rows()
        scope = self.scope_text()
        today = self._fanpages.clock.today()

        def write(path: Path, progress: object, cancelled: object) -> Path:
            return write_fanpage_list_pdf(path, rows, scope=scope, exported_on=today,
                                          progress=progress,  # type: ignore[arg-type]
                                          cancelled=cancelled)  # type: ignore[arg-type]

        self._task = print_preview.print_preview_of(self, f"Danh sách fanpage {today.isoformat()}.pdf", write)
