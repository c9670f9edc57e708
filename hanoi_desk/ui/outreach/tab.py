"""Vận động: the licensed news sites and social networks the office persuades to carry Hanoi, the press
agencies they may quote, the proposal to the board, and the articles about Hanoi they carried."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.outreach import (
    CITATION_TRANSITIONS,
    SITE_KINDS,
    TRANSITIONS,
    CitationProposal,
    CitationState,
    OutreachSite,
    OutreachState,
    Permission,
    SiteArticles,
    site_order,
)
from hanoi_desk.services.outreach import OutreachService
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.ui.outreach.dialogs import (
    ArticlesDialog,
    DecisionDialog,
    LettersDialog,
    ProposalDialog,
    RequestDialog,
    SiteDialog,
    StepDialog,
    StepsDialog,
)
from hanoi_desk.ui.widgets import file_actions, messages
from hanoi_desk.ui.widgets.list_tab import RIGHT as _RIGHT
from hanoi_desk.ui.widgets.list_tab import (
    STRETCH,
    Filter,
    ListFiles,
    ListTab,
    Writer,
    choice_box,
    restore_header,
)
from hanoi_desk.ui.widgets.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, make_table_view
from hanoi_desk.ui.widgets.tasks import Task

if TYPE_CHECKING:
    from hanoi_desk.importing import ImportJob

_STATE_COLOURS = {
    OutreachState.COLUMN: QColor("#e3f4e3"),
    OutreachState.INTERLEAVED: QColor("#eef7e3"),
    OutreachState.AGREED: QColor("#eef7e3"),
    OutreachState.CONTACTED: QColor("#fff5d6"),
    OutreachState.REFUSED: QColor("#fbe3e3"),
    OutreachState.PAUSED: QColor("#eeeeee"),
}
_CITATION_COLOURS = {
    CitationState.ALLOWED: QColor("#e3f4e3"),
    CitationState.SENT: QColor("#fff5d6"),
    CitationState.REFUSED: QColor("#fbe3e3"),
}
# The permission filter of the sites' list: what the clerk asks of a site's permissions.
_ALLOWED, _WAITING, _UNSENT = "allowed", "waiting", "unsent"


class OutreachTab(ListTab[OutreachSite]):
    """The sites and networks (with their citation permissions and the year's articles, in sub-tabs)."""

    sig_history_requested = Signal(str, object, str)
    """The clerk asked for the change history of a site (table, record id, label)."""

    settings_group = "outreach"
    column_widths = (190, 155, 120, 135, 85, 220, 220, 220, 110, 120, 85, 120, 220, 150, 110)
    button_style = Qt.ToolButtonStyle.ToolButtonTextOnly
    imports = True

    def __init__(
        self,
        outreach: OutreachService,
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
        *,
        load: bool = True,
        settings: SettingsService | None = None,
    ) -> None:
        """*load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs).
        *settings*: where the import's column choices are remembered (none: nothing is remembered)."""
        self._outreach = outreach
        self._clock = clock
        self._settings = settings
        self._permissions: list[Permission] = []
        super().__init__(clock, parent, load=load)

    # ---------------------------------------------------------------- building
    def columns(self) -> list[Column[OutreachSite]]:
        return [
            Column(self.tr("Site or network"), lambda s: s.name),
            Column(self.tr("Kind"), lambda s: s.kind.label),
            Column(
                self.tr("Domain"),
                lambda s: s.domain or s.address,
                tooltip=lambda s: self.tr("Double-click the domain or press Ctrl+O to open the site"),
            ),
            Column(
                self.tr("Outreach stage"),
                lambda s: s.state.label,
                sort=lambda s: list(OutreachState).index(s.state),
            ),
            Column(self.tr("Since"), lambda s: s.state_on, searchable=False),
            Column(self.tr("Hanoi column"), lambda s: s.column_url),
            Column(
                self.tr("May quote"), lambda s: "; ".join(s.allowed), tooltip=lambda s: "\n".join(s.allowed)
            ),
            Column(
                self.tr("Asked to quote"),
                lambda s: "; ".join(s.pending),
                tooltip=lambda s: "\n".join(s.pending),
            ),
            Column(self.tr("Articles this year"), lambda s: s.articles_year, align=_RIGHT, searchable=False),
            Column(self.tr("Licence"), lambda s: s.licence_number, tooltip=lambda s: s.licence_text),
            Column(self.tr("Licence date"), lambda s: s.licence_date, searchable=False),
            Column(self.tr("Visits / members"), lambda s: s.monthly_reach, align=_RIGHT, searchable=False),
            Column(self.tr("Company"), lambda s: s.operator),
            Column(
                self.tr("Person in charge"),
                lambda s: s.person,
                tooltip=lambda s: " — ".join(p for p in (s.person, s.phone, s.email) if p),
            ),
            Column(self.tr("Phone"), lambda s: s.phone),
            Column(self.tr("Monitoring staff"), lambda s: "; ".join(s.monitors)),
            Column(self.tr("Our staff"), lambda s: s.staff),
            Column(self.tr("Reason / notes"), lambda s: "; ".join(p for p in (s.reason, s.notes) if p)),
        ]

    def permission_columns(self) -> list[Column[Permission]]:
        return [
            Column(self.tr("Site or network"), lambda p: p.site_name),
            Column(self.tr("Press agency"), lambda p: p.press_label),
            Column(
                self.tr("Status"), lambda p: p.state.label, sort=lambda p: list(CitationState).index(p.state)
            ),
            Column(self.tr("Asked on"), lambda p: p.requested_on, searchable=False),
            Column(self.tr("Proposal"), lambda p: p.proposal_text),
            Column(self.tr("Answered on"), lambda p: p.decided_on, searchable=False),
            Column(self.tr("Document"), lambda p: p.document),
            Column(self.tr("Note / reason"), lambda p: p.note),
        ]

    def article_columns(self) -> list[Column[SiteArticles]]:
        def month(m: int) -> Column[SiteArticles]:
            return Column(
                f"T{m}",
                lambda a: a.months[m - 1].total or None,
                align=_RIGHT,
                searchable=False,
                tooltip=lambda a: (
                    self.tr("Calendar: %1, entered: %2")
                    .replace("%1", str(a.months[m - 1].from_calendar))
                    .replace("%2", str(a.months[m - 1].entered))
                ),
            )

        return [
            Column(self.tr("Site or network"), lambda a: a.site_name),
            *(month(m) for m in range(1, 13)),
            Column(self.tr("Year"), lambda a: a.total, align=_RIGHT, searchable=False),
            Column(self.tr("From the calendar"), lambda a: a.from_calendar, align=_RIGHT, searchable=False),
            Column(self.tr("Entered"), lambda a: a.entered, align=_RIGHT, searchable=False),
        ]

    def search_placeholder(self) -> str:
        return self.tr("Search by name, domain, press agency, person… (Ctrl+F)")

    def filters(self) -> list[Filter]:
        self.kind_filter = choice_box(self.tr("All kinds"), SITE_KINDS)
        self.state_filter = choice_box(self.tr("All stages"), OutreachState)
        self.permission_filter = choice_box(self.tr("Any citation"), [
            (self.tr("May quote some press"), _ALLOWED), (self.tr("Waiting for an answer"), _WAITING),
            (self.tr("Requests not yet sent"), _UNSENT)])
        self.show_ended = QCheckBox(self.tr("Ended sites too"))
        return [Filter(self.kind_filter, self.tr("Kind:"), 1),
                Filter(self.state_filter, self.tr("Stage:"), 1),
                Filter(self.permission_filter, self.tr("Citation:"), 1), Filter(self.show_ended)]

    def row_style(self, site: OutreachSite) -> tuple[QColor | None, QColor | None]:
        return QColor("#7a7a7a") if site.active_to else None, _STATE_COLOURS.get(site.state)

    def make_actions(self) -> None:
        self.act_add = self.tab_action(self.tr("&New site"), QKeySequence.StandardKey.New)
        self.act_edit = self.row_action(self.tr("&Edit"), QKeySequence(Qt.Key.Key_Return))
        self.act_delete = self.row_action(self.tr("&Delete"), QKeySequence.StandardKey.Delete)
        self.act_open = self.tab_action(self.tr("&Open the site"), QKeySequence("Ctrl+O"))
        self.step_actions: dict[OutreachState, QAction] = {
            OutreachState.CONTACTED: self.tab_action(self.tr("Contacted…")),
            OutreachState.AGREED: self.tab_action(self.tr("Agreed…")),
            OutreachState.COLUMN: self.tab_action(self.tr("Hanoi column opened…")),
            OutreachState.INTERLEAVED: self.tab_action(self.tr("Carries articles…")),
            OutreachState.REFUSED: self.tab_action(self.tr("Refused…")),
            OutreachState.PAUSED: self.tab_action(self.tr("Paused…")),
        }
        self.act_history = self.tab_action(self.tr("&History…"), QKeySequence("Ctrl+H"))
        self.act_request = self.tab_action(self.tr("Ask to quote…"), QKeySequence("Ctrl+Shift+Q"))
        self.act_request.setToolTip(
            self.tr("Record which press agencies the selected site asks to quote (Ctrl+Shift+Q)")
        )
        self.decision_actions: dict[CitationState, QAction] = {
            CitationState.ALLOWED: self.tab_action(self.tr("Allowed…")),
            CitationState.REFUSED: self.tab_action(self.tr("Not allowed…")),
        }
        self.act_withdraw = self.tab_action(self.tr("Withdraw the request"))
        self.act_number = self.tab_action(self.tr("Number of the proposal…"))
        self.act_propose = self.tab_action(self.tr("Propose to the board…"), QKeySequence("Ctrl+Shift+P"))
        self.act_propose.setToolTip(
            self.tr(
                "Write the official letter asking the board to have the city's press "
                "allow the sites to quote them: every request not yet sent "
                "(Ctrl+Shift+P)"
            )
        )
        self.act_invite = self.tab_action(self.tr("Invitation letter…"))
        self.act_invite.setToolTip(
            self.tr(
                "Write the letter inviting the company running the selected site to "
                "open a Hanoi column (from the template)"
            )
        )
        self.act_letters = self.tab_action(self.tr("Letter templates…"))
        self.act_articles = self.tab_action(self.tr("Enter articles…"))
        self.step_menu = QMenu(self.tr("Record a step"), self)
        for action in self.step_actions.values():
            self.step_menu.addAction(action)
        self.step_menu.addSeparator()
        self.step_menu.addAction(self.act_history)
        self.citation_menu = QMenu(self.tr("Citation"), self)
        for action in (
            self.act_request,
            None,
            *self.decision_actions.values(),
            self.act_withdraw,
            None,
            self.act_propose,
            self.act_number,
        ):
            if action is None:
                self.citation_menu.addSeparator()
            else:
                self.citation_menu.addAction(action)


    def toolbar(self) -> list[QAction | QWidget | str | None]:
        return [self.act_add, self.act_edit, self.act_delete, None, self._menu_button(self.step_menu),
                self._menu_button(self.citation_menu), self.act_propose, self.act_invite, None,
                self.act_import, self.act_export, self.act_print, self.act_reload, STRETCH, self.act_letters]

    def context_menu(self) -> list[QAction | QMenu | None]:
        return [self.act_open, self.act_edit, self.act_delete, None, self.step_menu, self.citation_menu,
                self.act_invite]

    def body(self) -> QWidget:
        """The sites, their citation permissions and the year's articles, as sub-tabs."""
        self.permissions_model: RowTableModel[Permission] = RowTableModel(self.permission_columns(), self)
        self.permissions_model.set_style(lambda p: (None, _CITATION_COLOURS.get(p.state)))
        self.permissions_proxy = RowFilterProxy(self)
        self.permissions_proxy.setSourceModel(self.permissions_model)
        self.permissions_view = make_table_view(self.permissions_proxy)

        self.year = QSpinBox()
        self.year.setRange(2019, 2100)
        self.year.setValue(self._clock.today().year)
        self.articles_model: RowTableModel[SiteArticles] = RowTableModel(self.article_columns(), self)
        self.articles_proxy = RowFilterProxy(self)
        self.articles_proxy.setSourceModel(self.articles_model)
        self.articles_view = make_table_view(self.articles_proxy, single=True)
        self.articles_view.horizontalHeader().setStretchLastSection(False)  # numbers: never stretched

        articles_page = QWidget()
        articles_layout = QVBoxLayout(articles_page)
        articles_layout.setContentsMargins(0, 4, 0, 0)
        articles_bar = QHBoxLayout()
        articles_bar.addWidget(QLabel(self.tr("Year:")))
        articles_bar.addWidget(self.year)
        articles_bar.addWidget(self.tool_button(self.act_articles))
        hint = QLabel(
            self.tr(
                "Counted from the calendar's publications on each site, plus the articles "
                "entered from the sites' own reports. Double-click a month to enter them."
            )
        )
        hint.setStyleSheet("color: #555;")
        articles_bar.addWidget(hint, 1)
        articles_layout.addLayout(articles_bar)
        articles_layout.addWidget(self.articles_view, 1)

        self.pages = QTabWidget()
        self.pages.addTab(self.view, self.tr("Sites and networks"))
        self.pages.addTab(self.permissions_view, self.tr("Citation permissions"))
        self.pages.addTab(articles_page, self.tr("Articles about Hanoi"))

        return self.pages

    def _menu_button(self, menu: QMenu) -> QToolButton:
        button = QToolButton()
        button.setText(menu.title())
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.clicked.connect(button.showMenu)
        return button

    def connect_actions(self) -> None:
        self.year.valueChanged.connect(self._on_year_value_changed)
        self.permissions_view.customContextMenuRequested.connect(self._on_permissions_view_context_menu)
        self.permissions_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.articles_view.doubleClicked.connect(self._on_articles_view_double_clicked)
        self.pages.currentChanged.connect(self._on_selection_changed)
        self.act_add.triggered.connect(self._on_add_triggered)
        self.act_edit.triggered.connect(self._on_edit_triggered)
        self.act_delete.triggered.connect(self._on_delete_triggered)
        self.act_open.triggered.connect(self._on_open_triggered)
        for state, action in self.step_actions.items():
            action.triggered.connect(lambda _checked=False, s=state: self.record_step(s))
        self.act_history.triggered.connect(self._on_history_triggered)
        self.act_request.triggered.connect(self._on_request_triggered)
        for state, action in self.decision_actions.items():
            action.triggered.connect(lambda _checked=False, s=state: self.record_answer(s))
        self.act_withdraw.triggered.connect(self._on_withdraw_triggered)
        self.act_number.triggered.connect(self._on_number_triggered)
        self.act_propose.triggered.connect(self._on_propose_triggered)
        self.act_invite.triggered.connect(self._on_invite_triggered)
        self.act_letters.triggered.connect(self._on_letters_triggered)
        self.act_articles.triggered.connect(self._on_articles_triggered)

    # ---------------------------------------------------------------- state
    _HEADERS = (
        ("outreach/permissions_header", "permissions_view", (200, 300, 140, 90, 260, 90, 200)),
        ("outreach/articles_header", "articles_view", (220, *([48] * 12), 60, 130, 90)),
    )

    def restore_more(self, settings: QSettings) -> None:
        for key, name, widths in self._HEADERS:
            restore_header(settings, key, getattr(self, name), widths)

    def save_more(self, settings: QSettings) -> None:
        for key, name, _widths in self._HEADERS:
            settings.setValue(key, getattr(self, name).horizontalHeader().saveState())

    def menu_actions(self) -> list[QAction | None]:
        """What the main window's Edit menu shows while this tab is current (None: a separator)."""
        return [
            self.act_add,
            self.act_edit,
            self.act_delete,
            self.act_open,
            None,
            *self.step_actions.values(),
            self.act_history,
            None,
            self.act_request,
            *self.decision_actions.values(),
            self.act_withdraw,
            self.act_propose,
            self.act_number,
            None,
            self.act_invite,
            self.act_articles,
            self.act_letters,
            None,
            self.act_find,
            self.act_reload,
        ]

    def fetch(self) -> list[OutreachSite]:
        """The sites of the year shown, and beside them the permissions and the year's articles."""
        sites = site_order(self._outreach.list_sites(self.year.value()))
        self._permissions = self._outreach.list_permissions()
        self.permissions_model.set_rows(self._permissions)
        self.articles_model.set_rows(self._outreach.articles(self.year.value()))
        return sites

    def reload(self) -> None:
        """Read the sites again (F5): other clerks' steps, permissions and articles appear."""
        super().reload()
        for proxy in (self.permissions_proxy, self.articles_proxy):
            proxy.resort()
        self._on_selection_changed()

    # ---------------------------------------------------------------- filters
    def predicate(self) -> Callable[[OutreachSite], bool] | None:
        kind = self.kind_filter.currentData()
        state = self.state_filter.currentData()
        citation = self.permission_filter.currentData()
        ended = self.show_ended.isChecked()
        today = self._clock.today()
        unsent = {p.site_id for p in self._permissions if p.state is CitationState.REQUESTED}
        waiting = {
            p.site_id for p in self._permissions if p.state in (CitationState.REQUESTED, CitationState.SENT)
        }

        def predicate(s: OutreachSite) -> bool:
            return (
                (ended or s.active_to is None or s.active_to >= today)
                and (kind is None or s.kind.value == kind)
                and (state is None or s.state.value == state)
                and (
                    citation is None
                    or (citation == _ALLOWED and bool(s.allowed))
                    or (citation == _WAITING and s.id in waiting)
                    or (citation == _UNSENT and s.id in unsent)
                )
            )

        return predicate

    def apply_filters(self) -> None:
        """The sites; the permissions and articles of the sites shown."""
        self.proxy.set_predicate(self.predicate())
        citation = self.permission_filter.currentData()
        shown = {s.id for s in self.proxy.visible_rows()}
        self.permissions_proxy.set_predicate(
            lambda p: (
                p.site_id in shown
                and (
                    citation is None
                    or (citation == _ALLOWED and p.state is CitationState.ALLOWED)
                    or (citation == _WAITING and p.state in (CitationState.REQUESTED, CitationState.SENT))
                    or (citation == _UNSENT and p.state is CitationState.REQUESTED)
                )
            )
        )
        self.articles_proxy.set_predicate(lambda a: a.site_id in shown)
        self.update_counts()

    def counts(self, shown_count: int, total: int) -> str:
        shown = self.proxy.visible_rows()
        contacted = sum(1 for s in shown if s.state is not OutreachState.NOT_APPROACHED)
        agreed = sum(1 for s in shown if s.state.cooperating)
        column = sum(1 for s in shown if s.state is OutreachState.COLUMN)
        ids = {s.id for s in shown}
        allowed = sum(1 for p in self._permissions if p.site_id in ids and p.state is CitationState.ALLOWED)
        unsent = sum(1 for p in self._permissions if p.site_id in ids and p.state is CitationState.REQUESTED)
        text = (
            self.tr(
                "Showing %1 of %2 sites — %3 contacted, %4 agreed, %5 with a Hanoi column; "
                "%6 permission(s) granted, %7 request(s) not yet sent"
            )
            .replace("%1", str(len(shown)))
            .replace("%2", str(total))
            .replace("%3", str(contacted))
            .replace("%4", str(agreed))
            .replace("%5", str(column))
            .replace("%6", str(allowed))
            .replace("%7", str(unsent))
        )
        return text

    def also_search(self, text: str) -> None:
        for proxy in (self.permissions_proxy, self.articles_proxy):
            proxy.set_text(text)

    def _on_year_value_changed(self, _year: int) -> None:
        self.reload()

    def selection_changed(self) -> None:
        sites = self.selected()
        one = len(sites) == 1
        on_sites = self.pages.currentIndex() == 0
        for action in (self.act_edit, self.act_open, self.act_history, self.act_request, self.act_invite):
            action.setEnabled(one and on_sites)
        self.act_delete.setEnabled(bool(sites) and on_sites)
        self.act_open.setEnabled(one and on_sites and bool(sites[0].domain))
        for target, action in self.step_actions.items():
            action.setEnabled(one and on_sites and target in TRANSITIONS[sites[0].state])
        permissions = self.selected_permissions()
        on_permissions = self.pages.currentIndex() == 1
        for target, action in self.decision_actions.items():
            action.setEnabled(
                on_permissions
                and bool(permissions)
                and all(target in CITATION_TRANSITIONS[p.state] for p in permissions)
            )
        self.act_withdraw.setEnabled(
            on_permissions and len(permissions) == 1 and permissions[0].state is CitationState.REQUESTED
        )
        self.act_number.setEnabled(
            on_permissions and len(permissions) == 1 and permissions[0].proposal_id is not None
        )

    # ---------------------------------------------------------------- selection
    def current(self) -> OutreachSite | None:
        rows = self.selected()
        return rows[0] if len(rows) == 1 else None

    def selected_permissions(self) -> list[Permission]:
        return [index.data(ROW_ROLE) for index in self.permissions_view.selectionModel().selectedRows()]

    # ---------------------------------------------------------------- sites
    def row_activated(self, index: object) -> None:
        if getattr(index, "column", lambda: -1)() == 2:
            self._on_open_triggered()
        else:
            self._on_edit_triggered()

    def _on_permissions_view_context_menu(self, position: object) -> None:
        self.citation_menu.exec(self.permissions_view.viewport().mapToGlobal(position))

    def open_dialog(self, site: OutreachSite | None) -> SiteDialog:
        return SiteDialog(self._outreach, site, self)

    def _on_add_triggered(self) -> None:
        dialog = self.open_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved():
            self.reload()
            self.view.clearSelection()
            self.select_keys({dialog.saved().id})

    def _on_edit_triggered(self) -> None:
        site = self.current()
        if site is None:
            return
        try:
            site = self._outreach.get(site.id, self.year.value())
        except Exception as error:
            messages.show_error(self, self.tr("Cannot open"), error)
            self.reload()
            return
        if self.open_dialog(site).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _on_delete_triggered(self) -> None:
        sites = self.selected()
        if not sites:
            return
        question = self.tr(
            "Delete %1 site(s) from the roster, with their outreach steps, citation permissions and "
            "articles entered? This cannot be undone."
        ).replace("%1", str(len(sites)))
        if self.confirm_delete(self.tr("Delete sites"), question, [s.name for s in sites]):
            self.delete_each(sites, lambda s: self._outreach.delete_site(s.id))

    def _on_open_triggered(self) -> None:
        site = self.current()
        if site is not None and (site.address or site.domain):
            QDesktopServices.openUrl(QUrl(site.address or f"https://{site.domain}"))

    def record_step(self, target: OutreachState) -> None:
        site = self.current()
        if site is None:
            return
        if StepDialog(self._outreach, site, target, self._clock, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def steps_dialog(self, site: OutreachSite) -> StepsDialog:
        dialog = StepsDialog(site, self._outreach.steps(site.id), self)
        dialog.sig_history_requested.connect(self.sig_history_requested)
        return dialog

    def _on_history_triggered(self) -> None:
        site = self.current()
        if site is not None:
            self.steps_dialog(site).exec()

    # ---------------------------------------------------------------- citation
    def _on_request_triggered(self) -> None:
        site = self.current()
        if site is None:
            return
        press = self._outreach.press_agencies()
        if not press:
            QMessageBox.information(
                self,
                self.tr("Ask to quote"),
                self.tr(
                    "The roster has no press agency yet: add the city's press agencies to the roster first."
                ),
            )
            return
        dialog = RequestDialog(self._outreach, site, press, self._clock, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def record_answer(self, target: CitationState) -> None:
        permissions = self.selected_permissions()
        if not permissions:
            return
        if (
            DecisionDialog(self._outreach, permissions, target, self._clock, self).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.reload()

    def _on_withdraw_triggered(self) -> None:
        permissions = self.selected_permissions()
        if len(permissions) != 1:
            return
        p = permissions[0]
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw the request"),
            self.tr("Withdraw the request of “%1” to quote %2? It was not sent yet.")
            .replace("%1", html.escape(p.site_name))
            .replace("%2", html.escape(p.press_name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._outreach.withdraw(p.id)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot withdraw"), error)
        self.reload()

    def _on_number_triggered(self) -> None:
        permissions = self.selected_permissions()
        if len(permissions) != 1 or permissions[0].proposal_id is None:
            return
        from PySide6.QtWidgets import QInputDialog

        proposal = next((p for p in self._outreach.proposals() if p.id == permissions[0].proposal_id), None)
        if proposal is None:
            return
        number, ok = QInputDialog.getText(
            self,
            self.tr("Number of the proposal"),
            self.tr("The number the letter of %1 was given when it was issued:").replace(
                "%1", f"{proposal.day:%d/%m/%Y}"
            ),
            text=proposal.number,
        )
        if ok:
            try:
                self._outreach.set_proposal_number(proposal.id, number)
            except Exception as error:
                messages.show_error(self, self.tr("Cannot save the number"), error)
            self.reload()

    def proposal_site_ids(self) -> list[int] | None:
        """The selected sites (on the sites' page), or None: every site with a request not yet sent."""
        if self.pages.currentIndex() == 0 and self.selected():
            return [s.id for s in self.selected()]
        return None

    def _on_propose_triggered(self) -> None:
        site_ids = self.proposal_site_ids()
        requests = self._outreach.unsent_requests(site_ids)
        if not requests:
            QMessageBox.information(
                self,
                self.tr("Propose to the board"),
                self.tr(
                    "No request to quote is waiting to be sent: nothing to propose. Record what a site asks "
                    "to quote first (Ctrl+Shift+Q)."
                ),
            )
            return
        dialog = ProposalDialog(requests, self._clock, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        day = dialog.draft()
        path = file_actions.ask_save_path(
            self,
            self.tr("Save the proposal letter"),
            f"Công văn đề nghị trích dẫn nguồn tin {day.isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is not None:
            self.write_proposal(path, day, site_ids)

    def write_proposal(self, path: Path, day: date, site_ids: list[int] | None = None) -> Task:
        """Record the letter, write the PDF and mark the requests sent, off the GUI thread; all or nothing."""
        outreach = self._outreach
        office, letters = outreach.issuer(day), outreach.letter_settings()
        from hanoi_desk.exporters.official_pdf import font_source
        from hanoi_desk.exporters.outreach import write_citation_proposal  # reportlab, openpyxl

        font_source()  # fonts load here, once, rather than in the worker

        def work(progress: object, cancelled: object) -> Path:
            def write(letter: CitationProposal) -> None:
                write_citation_proposal(path, letter, office, letters, progress=progress)  # type: ignore[arg-type]

            outreach.propose_citations(day, write, site_ids=site_ids)
            return path

        self._task = file_actions.run_export(
            self,
            path,
            work,
            error_title=self.tr("The letter was not written"),
            on_written=self._on_letter_written,
        )
        return self._task

    def _on_letter_written(self, path: Path) -> None:
        self.reload()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _on_invite_triggered(self) -> None:
        site = self.current()
        if site is None:
            return
        day = self._clock.today()
        path = file_actions.ask_save_path(
            self,
            self.tr("Save the invitation letter"),
            f"Thư mời mở chuyên mục - {site.name} {day.isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is not None:
            self.write_invitation(path, site, day)

    def write_invitation(self, path: Path, site: OutreachSite, day: date) -> Task:
        outreach = self._outreach
        office, letters, symbol = outreach.issuer(day), outreach.letter_settings(), outreach.letter_symbol()
        from hanoi_desk.exporters.official_pdf import font_source
        from hanoi_desk.exporters.outreach import write_invitation

        font_source()

        def work(progress: object, cancelled: object) -> Path:
            return write_invitation(path, site, day, symbol, office, letters,
                                    progress=progress)  # type: ignore[arg-type]

        self._task = file_actions.run_export(
            self,
            path,
            work,
            error_title=self.tr("The letter was not written"),
            on_written=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))),
        )
        return self._task

    def _on_letters_triggered(self) -> None:
        LettersDialog(self._outreach, self).exec()

    # ---------------------------------------------------------------- articles
    def articles_dialog(self, row: SiteArticles, month: int) -> ArticlesDialog:
        count = row.months[month - 1]
        return ArticlesDialog(
            self._outreach,
            row.site_id,
            row.site_name,
            count.month,
            count.entered,
            count.from_calendar,
            count.note,
            self,
        )

    def _on_articles_view_double_clicked(self, index: object) -> None:
        row: SiteArticles = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        column = index.column()  # type: ignore[attr-defined]
        month = column if 1 <= column <= 12 else min(self._clock.today().month, 12)
        if self.articles_dialog(row, month).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _on_articles_triggered(self) -> None:
        rows = [i.data(ROW_ROLE) for i in self.articles_view.selectionModel().selectedRows()]
        site = self.current()
        row = (
            rows[0]
            if rows
            else next((a for a in self.articles_model.rows() if site and a.site_id == site.id), None)
        )
        if row is None:
            QMessageBox.information(
                self,
                self.tr("Enter articles"),
                self.tr("Select a site (in the list or in the articles table) first."),
            )
            return
        today = self._clock.today()
        month = today.month if self.year.value() == today.year else 12
        if self.articles_dialog(row, month).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    # ---------------------------------------------------------------- import / export
    def files(self) -> ListFiles:
        return ListFiles(stem="Vận động trang TTĐT, MXH",
                         export_title=self.tr("Export the outreach to Excel"),
                         import_title=self.tr("Import sites from Excel"),
                         saving_label=self.tr("Saving the imported sites…"))

    def import_job(self) -> ImportJob:
        from hanoi_desk.importers.outreach import OUTREACH  # the readers: not at start-up
        from hanoi_desk.importing import ImportJob

        return ImportJob.of(OUTREACH, self._outreach.plan_import, self._outreach.apply_import, self._settings)

    def scope_text(self) -> str:
        """The filters in words, for the subtitle of the exported sheet."""
        active = () if self.show_ended.isChecked() else ("Trang đang hoạt động",)
        return self.filters_in_words([("Loại", self.kind_filter), ("Tình trạng", self.state_filter),
                                      ("Trích dẫn", self.permission_filter)], *active)

    def list_writer(self, sites: list[OutreachSite], pdf: bool) -> Writer:
        """The sites the view shows, in its order; the workbook adds the permissions and articles shown."""
        permissions = self.permissions_proxy.visible_rows()
        articles = self.articles_proxy.visible_rows()
        scope, year = self.scope_text(), self.year.value()
        today = self._clock.today()

        def run(path: Path, progress: object, cancelled: object) -> Path:
            from hanoi_desk.exporters.outreach import write_outreach_list, write_outreach_list_pdf  # openpyxl

            if pdf:
                return write_outreach_list_pdf(path, sites, scope=scope, exported_on=today,
                                               progress=progress,  # type: ignore[arg-type]
                                               cancelled=cancelled)  # type: ignore[arg-type]
            return write_outreach_list(path, sites, scope=scope, exported_on=today, permissions=permissions,
                                       articles=articles, year=year, progress=progress,
                                       cancelled=cancelled)  # type: ignore[arg-type]

        return run
