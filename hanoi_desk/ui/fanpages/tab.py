"""The fanpage registry: agencies' official pages, their verification, proposal letters, impersonators."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
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
from hanoi_desk.ui.fanpages.dialogs import (
    FanpageDialog,
    HistoryDialog,
    ImpersonatorDialog,
    NameCheckDialog,
    ProposalDialog,
    StepDialog,
    agency_combo,
    combo_agency_id,
)
from hanoi_desk.ui.widgets import file_actions, messages
from hanoi_desk.ui.widgets.agency_picker import fold_items
from hanoi_desk.ui.widgets.empty_hint import EmptyHint
from hanoi_desk.ui.widgets.list_tab import RIGHT as _RIGHT
from hanoi_desk.ui.widgets.list_tab import Filter, ListFiles, ListTab, Writer, choice_box, restore_header
from hanoi_desk.ui.widgets.office_fields import draft_note
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, make_table_view
from hanoi_desk.ui.widgets.tasks import Task

if TYPE_CHECKING:
    from hanoi_desk.importing import ImportJob

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


class FanpageTab(ListTab[Fanpage]):
    """The pages (with the per-agency counts and the impersonating pages beside them, in sub-tabs)."""

    settings_group = "fanpages"
    column_widths = (210, 75, 210, 270, 70, 110, 85, 130, 95, 90, 150)
    imports = True

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
        self._fanpages = fanpages
        self._roster = roster
        self._settings = settings
        self.proposal_files: list[Path] = []  # the letters the last proposal wrote
        self._agencies: list[Agency] = []  # read by reload()
        super().__init__(fanpages.clock, parent, load=load)

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

    def search_placeholder(self) -> str:
        return self.tr("Search by agency, page name, address… (Ctrl+F)")

    def filters(self) -> list[Filter]:
        self.agency_filter = agency_combo([], self)
        self.agency_filter.setItemText(0, self.tr("All agencies"))
        self.agency_filter.setMinimumWidth(220)
        self.kind_filter = choice_box(self.tr("All kinds"), AgencyKind)
        self.platform_filter = choice_box(self.tr("All platforms"), Platform)
        self.state_filter = choice_box(self.tr("All states"), [
            (self.tr("Official pages (every state)"), "official"),
            (self.tr("Not an official page"), "unofficial")], VerificationState)
        return [Filter(self.agency_filter, self.tr("Agency:"), 1),
                Filter(self.kind_filter, self.tr("Kind:"), 1),
                Filter(self.platform_filter, self.tr("Platform:"), 1),
                Filter(self.state_filter, self.tr("Verification:"), 1)]

    def row_style(self, page: Fanpage) -> tuple[QColor | None, QColor | None]:
        return (None if page.official else QColor("#7a7a7a"),
                _STATE_COLOURS.get(page.state) if page.official else None)

    def make_actions(self) -> None:
        self.act_add = self.tab_action(self.tr("&New page"), QKeySequence.StandardKey.New)
        self.act_edit = self.row_action(self.tr("&Edit"), QKeySequence(Qt.Key.Key_Return))
        self.act_delete = self.row_action(self.tr("&Delete"), QKeySequence.StandardKey.Delete)
        self.act_open = self.tab_action(self.tr("&Open in browser"), QKeySequence("Ctrl+O"))
        self.act_propose = self.tab_action(self.tr("Propose verification…"), QKeySequence("Ctrl+Shift+P"))
        self.act_propose.setToolTip(
            self.tr(
                "Write the official letter asking the platforms to verify the "
                "selected official pages (Ctrl+Shift+P)"
            )
        )
        self.step_actions: dict[VerificationState, QAction] = {
            VerificationState.SENT: self.tab_action(self.tr("Sent to the platform…")),
            VerificationState.VERIFIED: self.tab_action(self.tr("Verified…")),
            VerificationState.REFUSED: self.tab_action(self.tr("Refused…")),
            VerificationState.LOST: self.tab_action(self.tr("Lost the badge…")),
            VerificationState.PROPOSED: self.tab_action(self.tr("Proposed by an existing letter…")),
        }
        self.act_history = self.tab_action(self.tr("&History…"), QKeySequence("Ctrl+H"))
        self.make_standard_actions()
        self.act_add_suspect = self.tab_action(self.tr("New suspected page…"))
        self.act_edit_suspect = self.tab_action(self.tr("Edit suspected page…"))
        self.act_check_names = self.tab_action(self.tr("Check names of the whole registry"))
        self.suspect_status_actions: dict[ImpersonatorStatus, QAction] = {
            ImpersonatorStatus.REPORTED: self.tab_action(self.tr("Reported to the platform")),
            ImpersonatorStatus.REMOVED: self.tab_action(self.tr("Removed by the platform")),
            ImpersonatorStatus.DISMISSED: self.tab_action(self.tr("Not an impersonator")),
        }
        self.act_delete_suspect = self.tab_action(self.tr("Delete suspected page"))

        self.step_menu = QMenu(self.tr("Record a step"), self)
        for action in self.step_actions.values():
            self.step_menu.addAction(action)
        self.step_menu.addSeparator()
        self.step_menu.addAction(self.act_history)
        self.step_button = QToolButton()
        self.step_button.setText(self.tr("Record a step"))
        self.step_button.setMenu(self.step_menu)
        # The arrow in its own section: with InstantPopup the indicator was drawn over the text.
        self.step_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.step_button.clicked.connect(self.step_button.showMenu)

    def toolbar(self) -> list[QAction | QWidget | str | None]:
        return [self.act_add, self.act_edit, self.act_delete, None, self.act_open, None, self.act_propose,
                self.step_button, None, self.act_import, self.act_export, self.act_print, self.act_reload]

    def context_menu(self) -> list[QAction | QMenu | None]:
        return [self.act_open, self.act_edit, self.act_delete, None, self.act_propose, self.step_menu]

    def body(self) -> QWidget:
        """The page list, the counts per agency and the impersonating pages, as sub-tabs."""
        self.counts_model: RowTableModel[AgencyCount] = RowTableModel(self.count_columns(), self)
        self.counts_proxy = RowFilterProxy(self)
        self.counts_proxy.setSourceModel(self.counts_model)
        self.counts_view = make_table_view(self.counts_proxy)

        self.suspects_model: RowTableModel[Impersonator] = RowTableModel(self.suspect_columns(), self)
        self.suspects_model.set_style(lambda i: (None, _STATUS_COLOURS.get(i.status)))
        self.suspects_proxy = RowFilterProxy(self)
        self.suspects_proxy.setSourceModel(self.suspects_model)
        self.suspects_view = make_table_view(self.suspects_proxy)
        self.suspects_still_up = QCheckBox(self.tr("Only pages still up"))
        self.suspects_still_up.setToolTip(self.tr("Suspected or reported, not yet removed"))

        suspects_bar = QHBoxLayout()
        for action in (
            self.act_add_suspect,
            self.act_edit_suspect,
            *self.suspect_status_actions.values(),
            self.act_delete_suspect,
            self.act_check_names,
        ):
            suspects_bar.addWidget(self.tool_button(action))
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
        return self.pages_tabs

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
        self.apply_filters()

    def connect_actions(self) -> None:
        # Not editingFinished: focus leaving also fires it, even while the window is being torn down.
        self.agency_filter.lineEdit().returnPressed.connect(self._on_filters_changed)
        self.suspects_still_up.toggled.connect(self._on_filters_changed)
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
        self.act_add_suspect.triggered.connect(self._on_add_suspect_triggered)
        self.act_edit_suspect.triggered.connect(self._on_edit_suspect_triggered)
        self.act_delete_suspect.triggered.connect(self._on_delete_suspect_triggered)
        self.act_check_names.triggered.connect(self._on_check_names_triggered)
        for status, action in self.suspect_status_actions.items():
            action.triggered.connect(lambda _checked=False, s=status: self.set_suspect_status(s))

    # ---------------------------------------------------------------- state
    def restore_more(self, settings: QSettings) -> None:
        restore_header(settings, "fanpages/counts_header", self.counts_view, (320, 170, 70, 70, 70))
        restore_header(settings, "fanpages/suspects_header", self.suspects_view,
                       (230, 80, 280, 200, 220, 130, 90, 90))

    def menu_actions(self) -> list[QAction | None]:
        return [self.act_add, self.act_edit, self.act_delete, self.act_open, None, self.act_propose,
                *self.step_actions.values(), self.act_history, None, self.act_add_suspect,
                self.act_edit_suspect, *self.suspect_status_actions.values(), self.act_delete_suspect,
                self.act_check_names, None, self.act_find, self.act_reload]

    def save_more(self, settings: QSettings) -> None:
        settings.setValue("fanpages/counts_header", self.counts_view.horizontalHeader().saveState())
        settings.setValue("fanpages/suspects_header", self.suspects_view.horizontalHeader().saveState())

    def fetch(self) -> list[Fanpage]:
        """The pages, and beside them the agencies (for the pickers) and the impersonating pages."""
        self._agencies = self._roster.list_agencies()
        pages = fanpage_order(self._fanpages.list_pages())
        self.suspects_model.set_rows(self._fanpages.impersonators.list_all())
        self._refill_agency_filter(pages)
        return pages

    def reload(self) -> None:
        """Read the registry again (F5): other clerks' pages, steps and suspects appear."""
        super().reload()
        self.suspects_proxy.resort()
        self._on_selection_changed()

    def _refill_agency_filter(self, pages: list[Fanpage]) -> None:
        """The agency filter lists the agencies that have pages, keeping the one chosen."""
        chosen = self.agency_filter.currentData() if self.agency_filter.currentIndex() > 0 else None
        with_pages = {p.agency_id for p in pages}
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
    def predicate(self) -> Callable[[Fanpage], bool] | None:
        agency_id = self._agency_id()
        kind = AgencyKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        platform = self._platform()
        state_value = self.state_filter.currentData()
        if agency_id is None and kind is None and platform is None and state_value is None:
            return None
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

        return predicate

    def _agency_id(self) -> int | None:
        return combo_agency_id(self.agency_filter) if self.agency_filter.currentIndex() != 0 else None

    def _platform(self) -> Platform | None:
        return Platform(self.platform_filter.currentData()) if self.platform_filter.currentData() else None

    def apply_filters(self) -> None:
        """The pages, and the impersonating pages by agency, platform and "still up"."""
        self.proxy.set_predicate(self.predicate())
        agency_id, platform = self._agency_id(), self._platform()
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
        self.update_counts()

    def counts(self, shown_count: int, total: int) -> str:
        shown = self.proxy.visible_rows()
        official = [p for p in shown if p.official]
        verified = sum(1 for p in official if p.state is VerificationState.VERIFIED)
        share = verified / len(official) if official else None
        text = (
            self.tr("Showing %1 of %2 pages — %3 official, %4 verified (%5)")
            .replace("%1", str(len(shown)))
            .replace("%2", str(total))
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
        return text

    def selected_count(self) -> int:
        """The pages selected, said while the page list is in front."""
        return super().selected_count() if self.pages_tabs.currentIndex() == 0 else 0

    def after_count(self, shown: int, total: int) -> None:
        suspects = self.suspects_model.rows()
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

    def also_search(self, text: str) -> None:
        for proxy in (self.counts_proxy, self.suspects_proxy):
            proxy.set_text(text)
        self.counts_model.set_rows(per_agency_counts(self.proxy.visible_rows()))
        self.counts_proxy.resort()

    def selection_changed(self) -> None:
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

    # ---------------------------------------------------------------- selection
    def current_suspect(self) -> Impersonator | None:
        rows = self.suspects_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # ---------------------------------------------------------------- pages
    def row_activated(self, index: object) -> None:
        if getattr(index, "column", lambda: -1)() == 3:
            self._on_open_triggered()
        else:
            self._on_edit_triggered()

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
            self.select_keys({saved.id})
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
        question = self.tr("Delete %1 page(s) and their verification history? This cannot be undone.")
        if self.confirm_delete(self.tr("Delete pages"), question.replace("%1", str(len(pages))),
                               [f"{p.name} — {p.agency_name}" for p in pages]):
            self.delete_each(pages, lambda p: self._fanpages.delete(p.id))

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
    def files(self) -> ListFiles:
        return ListFiles(stem="Danh sách fanpage",
                         export_title=self.tr("Export the pages to Excel"),
                         import_title=self.tr("Import pages from Excel"),
                         saving_label=self.tr("Saving the imported pages…"))

    def import_job(self) -> ImportJob:
        from hanoi_desk.importers.fanpages import FANPAGES  # the readers: not at start-up
        from hanoi_desk.importing import ImportJob

        imports = self._fanpages.imports
        return ImportJob.of(FANPAGES, imports.plan_import, imports.apply_import, self._settings)

    def scope_text(self) -> str:
        """The filters in words, for the subtitle of the exported sheet."""
        return self.filters_in_words([("Cơ quan", self.agency_filter), ("Loại cơ quan", self.kind_filter),
                                      ("Nền tảng", self.platform_filter), ("Xác thực", self.state_filter)])

    def list_writer(self, rows: list[Fanpage], pdf: bool) -> Writer:
        """The pages the view shows, in its order; the workbook also lists the impersonating pages shown."""
        suspects = self.suspects_proxy.visible_rows()
        scope = self.scope_text()
        today = self._fanpages.clock.today()

        def run(path: Path, progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.fanpages import write_fanpage_list, write_fanpage_list_pdf  # reportlab

            if pdf:
                return write_fanpage_list_pdf(path, rows, scope=scope, exported_on=today,
                                              progress=progress,  # type: ignore[arg-type]
                                              cancelled=cancelled)  # type: ignore[arg-type]
            return write_fanpage_list(path, rows, scope=scope, impersonators=suspects, exported_on=today,
                                      progress=progress, cancelled=cancelled)  # type: ignore[arg-type]

        return run
