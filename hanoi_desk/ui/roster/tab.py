"""The agency roster: find, add, edit, end, delete, import and export agencies."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from hanoi_desk.domain.agency import Agency, AgencyKind
from hanoi_desk.domain.text import fold, sort_key
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.ui.roster.agency_dialog import AgencyDialog
from hanoi_desk.ui.widgets import messages
from hanoi_desk.ui.widgets.list_tab import RIGHT, Filter, ListFiles, ListTab, Writer, choice_box, thousands
from hanoi_desk.ui.widgets.table_model import Column

if TYPE_CHECKING:
    from hanoi_desk.importing import ImportJob


def _focal(agency: Agency, attr: str) -> str:
    contact = agency.focal_point
    return getattr(contact, attr) if contact else ""


class RosterTab(ListTab[Agency]):
    sig_history_requested = Signal(str, object, str)
    """The clerk asked for the history of a record (table, record id, label)."""

    settings_group = "roster"
    column_widths = (320, 110, 150, 120, 170, 160, 130, 110, 90, 90, 200, 60)
    imports = True

    def __init__(self, roster: RosterService, parent: QWidget | None = None, *,
                 settings: SettingsService | None = None, load: bool = True) -> None:
        """*settings*: where the import's column choices are remembered (none: not remembered);
        *load* False: the rows are read by the first ``reload()`` (the main window's hidden tabs)."""
        self._roster = roster
        self._settings = settings
        super().__init__(roster.clock, parent, load=load)

    # ---------------------------------------------------------------- the list
    def columns(self) -> list[Column[Agency]]:
        return [
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Short name"), lambda a: a.short_name),
            Column(self.tr("Kind"), lambda a: a.kind.label),
            Column(self.tr("Phone"), lambda a: a.phone),
            Column(self.tr("E-mail"), lambda a: a.email),
            Column(self.tr("Focal point"), lambda a: _focal(a, "name")),
            Column(self.tr("Focal point's phone"), lambda a: _focal(a, "phone")),
            Column(self.tr("Contacts"), lambda a: len(a.contacts) or None, align=RIGHT, searchable=False),
            Column(self.tr("Active from"), lambda a: a.active_from, searchable=False),
            Column(self.tr("Active until"), lambda a: a.active_to, searchable=False),
            Column(self.tr("Merged into"), lambda a: a.successor_name),
            Column(self.tr("Code"), lambda a: a.code),
        ]

    def fetch(self) -> list[Agency]:
        return self._roster.list_agencies()

    def search_placeholder(self) -> str:
        return self.tr("Search by name, short name, contact… (Ctrl+F)")

    def filters(self) -> list[Filter]:
        self.kind_filter = choice_box(self.tr("All kinds"), AgencyKind)
        self.active_on = QDateEdit(_qdate(self._roster.clock.today()))
        self.active_on.setCalendarPopup(True)
        self.active_on.setDisplayFormat("dd/MM/yyyy")
        self.show_all = QCheckBox(self.tr("Show merged and abolished units too"))
        self.show_all.setToolTip(self.tr("Show all, including merged and abolished units"))
        return [Filter(self.kind_filter, self.tr("Kind:"), 1), Filter(self.active_on, self.tr("Active on:")),
                Filter(self.show_all)]

    def predicate(self) -> Callable[[Agency], bool] | None:
        kind = AgencyKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        day = self._on_date()
        self.active_on.setEnabled(day is not None)
        if kind is None and day is None:
            return None
        return lambda a: (kind is None or a.kind is kind) and (day is None or a.is_active_on(day))

    def _on_date(self) -> date | None:
        return None if self.show_all.isChecked() else self.active_on.date().toPython()

    def counts(self, shown: int, total: int) -> str:
        return self.tr("Showing %1 of %2 agencies").replace("%1", thousands(shown)).replace(
            "%2", thousands(total))

    def row_style(self, agency: Agency) -> tuple[QColor | None, QColor | None]:
        if agency.active_to is not None and agency.active_to < self._roster.clock.today():
            return QColor("#7a7a7a"), None
        return None, None

    def after_count(self, shown: int, total: int) -> None:
        """An empty list says why: "ung hoa" matches only units that have ended — offer to show them."""
        words = fold(self.search.text()).split()
        if shown or not total:
            self.empty_hint.hide()
            return
        if words and not self.show_all.isChecked():
            ended = sum(1 for key in self.model.search_keys() if all(w in key for w in words))
            if ended:
                self.empty_hint.show_hint(
                    self.tr("No active unit matches “%1”; %2 merged or abolished units do.")
                    .replace("%1", self.search.text().strip()).replace("%2", str(ended)),
                    self.tr("Show them"), lambda: self.show_all.setChecked(True))
                return
        self.empty_hint.show_hint(self.tr("Nothing matches the search and filters."),
                                  self.tr("Clear the filters"), self.clear_filters)

    def clear_filters(self) -> None:
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.show_all.setChecked(True)

    def restore_more(self, settings: QSettings) -> None:
        self.show_all.setChecked(settings.value("roster/show_all", False, type=bool))

    def save_more(self, settings: QSettings) -> None:
        settings.setValue("roster/show_all", self.show_all.isChecked())

    # ---------------------------------------------------------------- actions
    def make_actions(self) -> None:
        self.act_add = self.tab_action(self.tr("&New agency"), QKeySequence.StandardKey.New)
        self.act_edit = self.row_action(self.tr("&Edit"), QKeySequence(Qt.Key.Key_Return))
        self.act_end = self.tab_action(self.tr("E&nd (merge or abolish)…"))
        self.act_delete = self.row_action(self.tr("&Delete"), QKeySequence.StandardKey.Delete)
        self.make_standard_actions()
        self.act_history = self.tab_action(self.tr("&History…"), QKeySequence("Ctrl+H"))

    def connect_actions(self) -> None:
        self.act_add.triggered.connect(self._on_add_triggered)
        self.act_edit.triggered.connect(self._on_edit_triggered)
        self.act_end.triggered.connect(self._on_end_triggered)
        self.act_delete.triggered.connect(self._on_delete_triggered)
        self.act_history.triggered.connect(self._on_history_triggered)

    def toolbar(self) -> list[QAction | QWidget | str | None]:
        return [self.act_add, self.act_edit, self.act_end, self.act_delete, None,
                self.act_import, self.act_export, self.act_print, self.act_reload]

    def context_menu(self) -> list[QAction | QMenu | None]:
        return [self.act_add, self.act_edit, self.act_end, self.act_delete, None, self.act_history,
                None, self.act_export, self.act_print]

    def menu_actions(self) -> list[QAction | None]:
        return [self.act_add, self.act_edit, self.act_end, self.act_delete, None, self.act_history, None,
                self.act_find, self.act_reload]

    def selection_changed(self) -> None:
        has = bool(self.selected())
        for action in (self.act_edit, self.act_end, self.act_delete, self.act_history):
            action.setEnabled(has)

    def row_activated(self, index: object) -> None:
        self._on_edit_triggered()

    def open_dialog(self, agency: Agency | None) -> AgencyDialog:
        dialog = AgencyDialog(self._roster, self.model.rows(), agency, self)
        dialog.sig_history_requested.connect(self.sig_history_requested)
        return dialog

    def _on_history_triggered(self) -> None:
        agency = self.current()
        if agency is not None:
            self.sig_history_requested.emit("agency", agency.id, agency.name)

    def _on_add_triggered(self) -> None:
        dialog = self.open_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved():
            self.reload()
            self.select_keys({dialog.saved().id})

    def _on_edit_triggered(self) -> None:
        agency = self.current()
        if agency is None:
            return
        try:
            agency = self._roster.get(agency.id)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot open"), error)
            self.reload()
            return
        dialog = self.open_dialog(agency)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _on_end_triggered(self) -> None:
        agency = self.current()
        if agency is None:
            return
        dialog = EndAgencyDialog(agency, self.model.rows(), self._roster.clock.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self._roster.end(agency.id, dialog.end_date(), dialog.successor_id(), agency.version)
        except Exception as error:
            messages.show_error(self, self.tr("Cannot end the agency"), error)
        self.reload()

    def _on_delete_triggered(self) -> None:
        agencies = self.selected()
        if not agencies:
            return
        question = self.tr("Delete %1 agency(ies)? This cannot be undone.\n"
                           "To record a merger or abolition, use “End” instead.")
        question = question.replace("%1", str(len(agencies)))
        if not self.confirm_delete(self.tr("Delete agencies"), question, [a.name for a in agencies]):
            return
        failures: list[str] = []
        for agency in agencies:
            try:
                self._roster.delete(agency.id)
            except Exception as error:
                failures.append(str(error))
        self.reload()
        if failures:
            QMessageBox.warning(self, self.tr("Some agencies were not deleted"), "\n".join(failures))

    # ---------------------------------------------------------------- files
    def files(self) -> ListFiles:
        return ListFiles(stem="Danh sách cơ quan",
                         export_title=self.tr("Export the roster to Excel"),
                         import_title=self.tr("Import agencies from Excel"),
                         saving_label=self.tr("Saving the imported agencies…"))

    def import_job(self) -> ImportJob:
        from hanoi_desk.importers.agencies import AGENCIES  # the readers: not at start-up
        from hanoi_desk.importing import ImportJob

        return ImportJob.of(AGENCIES, self._roster.plan_import, self._roster.apply_import, self._settings)

    def list_writer(self, rows: list[Agency], pdf: bool) -> Writer:
        from hanoi_desk.exporters.roster import write_roster, write_roster_pdf  # openpyxl, reportlab

        write = write_roster_pdf if pdf else write_roster
        on_date = self._on_date()
        today = self._roster.clock.today()

        def run(path: Path, progress: object, cancelled: object) -> Path:
            return write(path, rows, on_date=on_date, exported_on=today,
                         progress=progress, cancelled=cancelled)  # type: ignore[arg-type]

        return run


class EndAgencyDialog(QDialog):
    """Record that an agency ended on a date, merged into a successor or abolished."""

    def __init__(self, agency: Agency, agencies: list[Agency], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End agency"))
        self.date = QDateEdit(_qdate(today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.successor = QComboBox()
        self.successor.addItem(self.tr("(abolished, no successor)"), None)
        for other in sorted((a for a in agencies if a.id != agency.id and a.active_to is None),
                            key=lambda a: sort_key(a.name)):
            self.successor.addItem(other.name, other.id)
        self.successor.setEditable(True)
        self.successor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{html.escape(agency.name)}</b>"))
        form.addRow(self.tr("Last day of activity"), self.date)
        form.addRow(self.tr("Merged into"), self.successor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def end_date(self) -> date:
        return self.date.date().toPython()

    def successor_id(self) -> int | None:
        return self.successor.currentData()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
