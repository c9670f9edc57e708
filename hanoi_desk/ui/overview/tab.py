""""Tổng quan", the first tab: what needs doing on a day, every count a link to the list behind it.

The figures come from one service call (``OverviewService.overview``) made in the background, so
the window paints before the database is read; the tab shows "Đang tính…" until they arrive. This
module imports no service at start-up (only for type hints), so the window can show this tab
before SQLAlchemy is even loaded (``MainWindow.attach``).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.overview import BAD, GOOD, WARN, Figure, Link, Overview, Section, group_thousands
from hanoi_desk.ui.overview.charts import ChartPanel
from hanoi_desk.ui.widgets import file_actions, messages
from hanoi_desk.ui.widgets.shortcuts import tab_action
from hanoi_desk.ui.widgets.tasks import Task

if TYPE_CHECKING:
    from hanoi_desk.services.overview import OverviewService
    from hanoi_desk.services.settings import SettingsService

TONE_COLOURS = {GOOD: "#2e7d32", WARN: "#b26a00", BAD: "#c62828"}


class OverviewTab(QWidget):
    sig_status = Signal(str)
    """A one-line summary for the status bar changed."""
    sig_export_written = Signal(Path)
    """An export file was written (other features offer to e-mail it)."""
    sig_link_activated = Signal(object)
    """A figure was clicked: show the list behind it (a domain.overview.Link)."""
    sig_mail_requested = Signal(Path)
    """The clerk asked to e-mail this file (the overview as a PDF)."""
    sig_loaded = Signal(object)
    """New figures are shown (the Overview)."""

    def __init__(self, overview: OverviewService | None, settings: SettingsService | None,
                 clock: Clock = SYSTEM_CLOCK, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._service = overview
        self._settings = settings
        self._clock = clock
        self._overview: Overview | None = None
        self._task: Task | None = None
        self._again = False
        self._buttons: dict[str, QToolButton] = {}
        self._build_ui()
        self._connect()
        if load and overview is not None:
            self.reload()

    # ---------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.act_reload = tab_action(self, self.tr("&Refresh figures"), QKeySequence.StandardKey.Refresh)
        self.act_today = tab_action(self, self.tr("&Today"), QKeySequence("Ctrl+T"))
        self.act_previous_day = tab_action(self, self.tr("P&revious day"), QKeySequence("Alt+Left"))
        self.act_next_day = tab_action(self, self.tr("&Next day"), QKeySequence("Alt+Right"))
        self.act_print = tab_action(self, self.tr("&Print overview…"), QKeySequence.StandardKey.Print)
        self.act_export = tab_action(self, self.tr("E&xport overview…"), QKeySequence("Ctrl+E"))
        self.act_mail = tab_action(self, self.tr("E-&mail overview…"), QKeySequence("Ctrl+M"))

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setDate(_qdate(self._clock.today()))
        self.day_edit.setToolTip(self.tr("The day the figures are counted up to"))
        day_label = QLabel(self.tr("Figures up to:"))
        day_label.setBuddy(self.day_edit)
        top = QHBoxLayout()
        top.addWidget(day_label)
        for action in (self.act_previous_day,):
            top.addWidget(self._button(action))
        top.addWidget(self.day_edit)
        for action in (self.act_next_day, self.act_today):
            top.addWidget(self._button(action))
        top.addStretch()
        for action in (self.act_reload, self.act_print, self.act_export, self.act_mail):
            top.addWidget(self._button(action))

        self.state = QLabel(self.tr("Counting the figures…"))
        self.state.setStyleSheet("color: #5f6368;")
        self.sections_box = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections_layout.addWidget(self.state)
        self.sections_layout.addStretch()
        self.sections_box.setMinimumWidth(330)
        self.sections_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.charts_box = QWidget()
        self.charts_layout = QGridLayout(self.charts_box)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_panels: list[ChartPanel] = []

        self.changes_box = QGroupBox(self.tr("Latest changes"))
        self.changes_layout = QVBoxLayout(self.changes_box)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        self.changes_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                   | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.changes_layout.addWidget(self.changes_label)

        body = QWidget()
        columns = QHBoxLayout()
        columns.addWidget(self.sections_box, 2, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.charts_box, 5, Qt.AlignmentFlag.AlignTop)  # charts keep their height
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.title)
        body_layout.addLayout(columns, 1)
        body_layout.addWidget(self.changes_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button

    def _connect(self) -> None:
        self.act_reload.triggered.connect(self.reload)
        self.act_today.triggered.connect(self._on_today_triggered)
        self.act_previous_day.triggered.connect(lambda: self._on_step_day(-1))
        self.act_next_day.triggered.connect(lambda: self._on_step_day(1))
        self.act_print.triggered.connect(self._on_print_triggered)
        self.act_export.triggered.connect(self._on_export_triggered)
        self.act_mail.triggered.connect(self._on_mail_triggered)
        self.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        self.changes_label.linkActivated.connect(self._on_changes_link_activated)

    def menu_actions(self) -> list[QAction | None]:
        return [self.act_today, self.act_previous_day, self.act_next_day, None, self.act_reload]

    def file_actions(self) -> list[QAction | None]:
        return [self.act_export, self.act_print, self.act_mail]

    # ---------------------------------------------------------------- services
    def attach(self, overview: OverviewService, settings: SettingsService, clock: Clock) -> None:
        """The services, once the database is open (the window painted before they existed)."""
        self._service = overview
        self._settings = settings
        if clock is not self._clock:
            self._clock = clock
            self.day_edit.blockSignals(True)
            self.day_edit.setDate(_qdate(clock.today()))
            self.day_edit.blockSignals(False)
        self.reload()

    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[no-any-return]

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(_qdate(day))

    def current_overview(self) -> Overview | None:
        return self._overview

    def is_loading(self) -> bool:
        return self._task is not None

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        """Count the figures of the chosen day again, off the GUI thread (F5)."""
        if self._service is None:
            return
        if self._task is not None:  # a day changed while counting: count once more when done
            self._again = True
            return
        service, day = self._service, self.day()
        self.state.setText(self.tr("Counting the figures…"))
        self.state.show()
        self._task = Task(self, self.tr("Counting the figures…"),
                          lambda _progress, _cancelled: service.overview(day), progress=False)
        self._task.sig_finished.connect(self._on_task_finished)
        self._task.sig_error.connect(self._on_task_error)
        self._task.start()

    def _on_task_finished(self, overview: object) -> None:
        self._task = None
        if self._again:
            self._again = False
            self.reload()
            return
        self.show_overview(overview)  # type: ignore[arg-type]

    def _on_task_error(self, error: object) -> None:
        self._task = None
        self.state.setText(self.tr("The figures could not be counted: %1").replace("%1", str(error)))
        self.state.show()

    def show_overview(self, overview: Overview) -> None:
        self._overview = overview
        self.title.setText(overview.title)
        self._fill_sections(overview.sections)
        self._fill_charts(overview)
        self._fill_changes(overview)
        self.state.hide()
        overdue = _value(overview, "calendar.overdue")
        due = _value(overview, "calendar.due_week")
        self.sig_status.emit(
            self.tr("Overview up to %1: %2 overdue, %3 due this week")
            .replace("%1", f"{overview.day:%d/%m/%Y}").replace("%2", group_thousands(overdue))
            .replace("%3", group_thousands(due)))
        self.sig_loaded.emit(overview)

    def _fill_sections(self, sections: tuple[Section, ...]) -> None:
        while self.sections_layout.count() > 2:  # the state line and the stretch stay
            item = self.sections_layout.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._buttons = {}
        for index, section in enumerate(sections):
            self.sections_layout.insertWidget(1 + index, self._section_box(section))

    def _section_box(self, section: Section) -> QGroupBox:
        box = QGroupBox(section.title)
        box.setObjectName(f"section_{section.key}")
        grid = QGridLayout(box)
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        row = 0
        if section.note:
            note = QLabel(section.note)
            note.setWordWrap(True)
            note.setStyleSheet("color: #5f6368; font-style: italic;")
            grid.addWidget(note, row, 0, 1, 3)
            row += 1
        for figure in section.figures:
            label = QLabel(figure.label)
            label.setWordWrap(True)
            button = self._figure_button(figure)
            label.setBuddy(button)
            grid.addWidget(label, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignRight)
            note = QLabel(figure.note)
            note.setStyleSheet("color: #5f6368;")
            note.setWordWrap(True)
            grid.addWidget(note, row, 2)
            row += 1
        grid.setColumnStretch(2, 1)
        return box

    def _figure_button(self, figure: Figure) -> QToolButton:
        button = QToolButton()
        button.setObjectName(f"figure_{figure.key}")
        button.setText(group_thousands(figure.value))
        button.setAutoRaise(True)
        colour = TONE_COLOURS.get(figure.tone, "#1a1a1a")
        underline = "underline" if figure.link is not None else "none"
        button.setStyleSheet(f"QToolButton {{ color: {colour}; font-weight: bold; font-size: 13pt; "
                             f"text-decoration: {underline}; padding: 0px 4px; }}")
        if figure.link is not None:
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(self.tr("Show the list: %1").replace("%1", figure.label))
            link = figure.link
            button.clicked.connect(lambda _checked=False, link=link: self.sig_link_activated.emit(link))
        else:
            button.setEnabled(False)
        button.setAccessibleName(f"{figure.label}: {group_thousands(figure.value)}")
        self._buttons[figure.key] = button
        return button

    def figure_button(self, key: str) -> QToolButton:
        return self._buttons[key]

    def _fill_charts(self, overview: Overview) -> None:
        while len(self.chart_panels) < len(overview.charts):
            panel = ChartPanel()
            self.chart_panels.append(panel)
        for index, panel in enumerate(self.chart_panels):
            # Two side by side on top, then one per row at full width (as on the printed page).
            row, column, span = (0, index, 1) if index < 2 else (index - 1, 0, 2)
            self.charts_layout.addWidget(panel, row, column, 1, span)
            if index < len(overview.charts):
                panel.set_chart(overview.charts[index])
                panel.show()
            else:
                panel.hide()

    def _fill_changes(self, overview: Overview) -> None:
        if not overview.changes:
            self.changes_label.setText(self.tr("No change has been recorded yet."))
            return
        lines = [
            f"{change.at:%d/%m/%Y %H:%M} — <b>{html.escape(change.who or '?')}</b>: "
            f"{html.escape(change.what)}"
            for change in overview.changes
        ]
        more = "<a href='history'>" + html.escape(self.tr("All changes…")) + "</a>"
        self.changes_label.setText("<br>".join(lines) + "<br>" + more)

    # ---------------------------------------------------------------- slots
    def _on_day_edit_date_changed(self, _date: QDate) -> None:
        self.reload()

    def _on_today_triggered(self) -> None:
        self.set_day(self._clock.today())

    def _on_step_day(self, days: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def _on_changes_link_activated(self, _href: str) -> None:
        self.sig_link_activated.emit(Link("history", ""))

    # ---------------------------------------------------------------- paper
    def default_export_name(self, suffix: str = ".pdf") -> str:
        return f"Tổng quan đến ngày {self.day():%d-%m-%Y}{suffix}"

    def _writer(self) -> object | None:
        overview = self._overview
        if overview is None or self._settings is None:
            self.sig_status.emit(self.tr("The figures are still being counted: try again in a moment."))
            return None
        office = self._settings.office()

        def write(path: Path, _progress: object = None, _cancelled: object = None) -> Path:
            from hanoi_desk.exporters.dashboard import write_dashboard  # reportlab: not at start-up

            if path.suffix.lower() == ".png":
                import tempfile

                from hanoi_desk.ui.pdf_image import pdf_page_to_png

                with tempfile.TemporaryDirectory() as folder:
                    pdf = write_dashboard(Path(folder) / "overview.pdf", overview, office.parent_body,
                                          office.office_name)
                    return pdf_page_to_png(pdf, path)
            return write_dashboard(path, overview, office.parent_body, office.office_name)

        return write

    def _on_print_triggered(self) -> None:
        write = self._writer()
        if write is None:
            return
        from hanoi_desk.ui.widgets import print_preview  # QtPdf: not at start-up

        self._print_task = print_preview.print_preview_of(self, self.default_export_name(), write)  # type: ignore[arg-type]

    def _on_export_triggered(self) -> None:
        if self._writer() is None:
            return
        filters = ";;".join([self.tr("PDF, one A4 page (*.pdf)"), self.tr("Picture (*.png)")])
        path = file_actions.ask_save_path(self, self.tr("Export the overview"), self.default_export_name(),
                                          filters)
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> Task | None:
        write = self._writer()
        if write is None:
            return None
        self._export_task = file_actions.run_export(
            self, path, lambda progress, cancelled: write(path, progress, cancelled))  # type: ignore[operator]
        return self._export_task

    def _on_mail_triggered(self) -> None:
        write = self._writer()
        if write is None:
            return
        from hanoi_desk.ui.widgets.print_preview import print_folder

        try:
            path = write(print_folder() / self.default_export_name())  # type: ignore[operator]
        except Exception as error:
            messages.show_error(self, self.tr("Cannot write the overview"), error)
            return
        self.sig_mail_requested.emit(path)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _value(overview: Overview, key: str) -> int:
    try:
        return overview.figure(key).value
    except KeyError:
        return 0
