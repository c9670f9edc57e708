"""Dialogs of the content calendar: an item (with its repeat and history), and each status move.

Every dialog hands its values to the calendar service and shows what the service refused beside
the fields (or under them), staying open with everything typed.
"""

from __future__ import annotations

import html
from abc import abstractmethod
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.agency import Agency
from hanoi_desk.domain.calendar import (
    ContentDraft,
    ContentItem,
    Distribution,
    Domain,
    EditScope,
    Party,
    Period,
    Publication,
    Repeat,
    period_label,
)
from hanoi_desk.domain.errors import ConflictError, ValidationError
from hanoi_desk.domain.text import fold, sort_key
from hanoi_desk.services.calendar import CalendarService
from hanoi_desk.ui.widgets.agency_picker import agency_combo as folded_agency_combo
from hanoi_desk.ui.widgets.edit_dialog import EditDialog
from hanoi_desk.ui.widgets.fields import FieldErrors, OptionalDateEdit, error_label


def ask_scope(parent: QWidget) -> EditScope | None:
    """"This one / this and following / all" for an edit of a repeating item; None when cancelled."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("AskScope", "Repeating item"),
                      translate("AskScope", "This item repeats. Apply the change to:"),
                      QMessageBox.StandardButton.NoButton, parent)
    this = box.addButton(translate("AskScope", "This one only"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(translate("AskScope", "This and the following"),
                              QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(translate("AskScope", "All in the series"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("AskScope", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(this)
    box.exec()
    return {this: EditScope.THIS, following: EditScope.FOLLOWING, every: EditScope.ALL}.get(
        box.clickedButton())  # type: ignore[call-overload]


def _date_edit(value: date, latest: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if latest is not None:
        edit.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def _active(agencies: Sequence[Agency], today: date) -> list[Agency]:
    return sorted((a for a in agencies if a.is_active_on(today)), key=lambda a: sort_key(a.name))


def agency_combo(agencies: Sequence[Agency], today: date) -> QComboBox:
    """Active agencies in Vietnamese order, typed to narrow (folded: "so y te" finds "Sở Y tế")."""
    return folded_agency_combo((agency.name, agency.id) for agency in _active(agencies, today))


def combo_agency(combo: QComboBox) -> tuple[int | None, str]:
    """The agency chosen (id) or, when the text names none, the text as typed."""
    text = combo.currentText().strip()
    if not text:
        return None, ""
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    if index < 0:
        key = fold(text)
        index = next((i for i in range(combo.count()) if fold(combo.itemText(i)) == key), -1)
    if index > 0:
        return combo.itemData(index), combo.itemText(index)
    return None, text


class ContentItemDialog(FieldErrors, EditDialog):
    """Add or edit one content item; a new periodic item can repeat (rrule: until a day or N times)."""

    def __init__(self, calendar: CalendarService, agencies: Sequence[Agency], item: ContentItem | None = None,
                 day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar
        self._agencies = list(agencies)
        self._item = item
        self._saved: ContentItem | None = None
        self._build_ui()
        self._connect()
        self._load(item, day)
        self.mark_clean()

    # ---------------------------------------------------------------- building
    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit content item") if self._item else self.tr("New content item"))
        self.setMinimumWidth(720)
        self.title = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(70)
        self.domain_boxes: dict[Domain, QCheckBox] = {}
        domains = QWidget()
        grid = QGridLayout(domains)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, domain in enumerate(Domain):
            box = QCheckBox(domain.label)
            self.domain_boxes[domain] = box
            grid.addWidget(box, n // 5, n % 5)
        today = self._calendar.clock.today()
        self.agency = agency_combo(self._agencies, today)
        self.period = QComboBox()
        for period in Period:
            self.period.addItem(period.label, period.value)
        self.day = _date_edit(today)  # the day itself comes with the draft (_load)
        self.period_hint = QLabel()
        self.period_hint.setStyleSheet("color: #555;")
        day_row = QWidget()
        day_layout = QHBoxLayout(day_row)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day)
        day_layout.addWidget(self.period_hint, 1)
        self.due_date = OptionalDateEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (
            ("title", self.tr("Title *"), self.title),
            ("summary", self.tr("Summary"), self.summary),
            ("domains", self.tr("Domains *"), domains),
            ("agency_id", self.tr("Proposed by"), self.agency),
            ("period", self.tr("Period"), self.period),
            ("day", self.tr("Date"), day_row),
            ("due_date", self.tr("Publish by"), self.due_date),
            ("notes", self.tr("Notes"), self.notes),
        ):
            form.addRow(label, self._with_error(key, widget))
            self.field_labels[key] = label.rstrip(" *")
        self.field_labels["agency_name"] = self.field_labels["agency_id"]
        self._errors["agency_name"] = self._errors["agency_id"]

        self.repeat_box = QGroupBox(self.tr("Repeat"))
        self.repeat_box.setCheckable(True)
        self.repeat_box.setChecked(False)
        self.until_radio = QRadioButton(self.tr("Until"))
        self.count_radio = QRadioButton(self.tr("Number of times"))
        self.count_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.until_radio)
        group.addButton(self.count_radio)
        self.until = _date_edit(today)
        self.count = QSpinBox()
        self.count.setRange(1, 520)
        self.count.setValue(12)
        repeat_form = QGridLayout(self.repeat_box)
        repeat_form.addWidget(self.count_radio, 0, 0)
        repeat_form.addWidget(self.count, 0, 1)
        repeat_form.addWidget(self.until_radio, 1, 0)
        repeat_form.addWidget(self.until, 1, 1)
        self.repeat_hint = QLabel()
        self.repeat_hint.setWordWrap(True)
        self.repeat_hint.setStyleSheet("color: #555;")
        repeat_form.addWidget(self.repeat_hint, 2, 0, 1, 2)
        self._errors["repeat"] = error_label()
        repeat_form.addWidget(self._errors["repeat"], 3, 0, 1, 2)

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.history = QListWidget()
        self.history.setMinimumHeight(120)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_box = QGroupBox(self.tr("Status and history"))
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.state)
        history_layout.addWidget(self.history, 1)

        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.add_reload_button(self.buttons)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        right = QVBoxLayout()
        right.addWidget(self.repeat_box)
        right.addWidget(self.history_box, 1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.day.dateChanged.connect(self._on_period_changed)

    # ---------------------------------------------------------------- values
    def load_latest(self) -> None:
        """After a conflict: the item as last saved, whose version the next save carries."""
        if self._item is not None:
            self._item = self._calendar.get(self._item.id)
            self.history.clear()
            self._load(self._item, None)

    def _load(self, item: ContentItem | None, day: date | None) -> None:
        if item is None:
            self.set_draft(ContentDraft(title="", day=day or self._calendar.clock.today()))
            self.history_box.hide()
            return
        self.set_draft(item.to_draft())
        self.repeat_box.hide()
        if item.series_id is not None:
            self.period.setEnabled(False)
        parts = [f"<b>{html.escape(item.status_text)}</b>"]
        if item.status_reason:
            parts.append(html.escape(item.status_reason))
        for agreement in item.agreements:
            parts.append(html.escape(
                f"{agreement.party.label}: {agreement.agreed_by or '—'}, {agreement.agreed_on:%d/%m/%Y}"))
        if item.series_id is not None:
            origin = f" ({item.occurrence_date:%d/%m/%Y})" if item.occurrence_date else ""
            parts.append(html.escape(self.tr("Occurrence of a repeating series") + origin))
        self.state.setText("<br>".join(parts))
        for event in self._calendar.history(item.id):
            text = f"{event.on:%d/%m/%Y} — {event.move.label}"
            if event.note:
                text += f": {event.note}"
            if event.by:
                text += f" ({event.by})"
            self.history.addItem(QListWidgetItem(text))

    def set_draft(self, draft: ContentDraft) -> None:
        self.title.setText(draft.title)
        self.summary.setPlainText(draft.summary)
        for domain, box in self.domain_boxes.items():
            box.setChecked(domain in draft.domains)
        index = self.agency.findData(draft.agency_id) if draft.agency_id is not None else 0
        if index < 0:  # an agency that has since ended: still shown, by name
            self.agency.addItem(draft.agency_name, draft.agency_id)
            index = self.agency.count() - 1
        self.agency.setCurrentIndex(index)
        self.period.setCurrentIndex(max(0, self.period.findData(draft.period.value)))
        day = draft.day or self._calendar.clock.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.due_date.set_value(draft.due_date)
        self.notes.setPlainText(draft.notes)
        self._on_period_changed()

    def set_domains(self, domains: Sequence[Domain]) -> None:
        for domain, box in self.domain_boxes.items():
            box.setChecked(domain in domains)

    def draft(self) -> ContentDraft:
        agency_id, agency_name = combo_agency(self.agency)
        return ContentDraft(
            title=self.title.text(),
            day=self.day.date().toPython(),
            period=Period(self.period.currentData()),
            domains=tuple(d for d, box in self.domain_boxes.items() if box.isChecked()),
            summary=self.summary.toPlainText(),
            agency_id=agency_id,
            agency_name=agency_name if agency_id is None else "",
            due_date=self.due_date.value(),
            notes=self.notes.toPlainText(),
        )

    def repeat(self) -> Repeat | None:
        if self._item is not None or not self.repeat_box.isChecked() or not self.repeat_box.isEnabled():
            return None
        if self.until_radio.isChecked():
            return Repeat(until=self.until.date().toPython())
        return Repeat(count=self.count.value())

    def saved(self) -> ContentItem | None:
        return self._saved

    # ---------------------------------------------------------------- slots
    def _on_period_changed(self, *_args: object) -> None:
        period = Period(self.period.currentData())
        day = self.day.date().toPython()
        if self.until.date().toPython() <= day:  # a series that ends before it starts helps nobody
            self.until.setDate(QDate(day.year, day.month, day.day).addYears(1))
        self.period_hint.setText(period_label(period, day) if period.repeats else "")
        self.repeat_box.setEnabled(period.repeats and self._item is None)
        if not period.repeats:
            self.repeat_box.setChecked(False)
        hints = {
            Period.MONTHLY: self.tr("Every month on this day; in shorter months on their last day."),
            Period.HALF_YEAR: self.tr("Every six months on this day; in shorter months on their last day."),
            Period.YEARLY: self.tr(
                "Every year on this day; 29 February falls on 28 February in common years."),
            Period.WEEKLY: self.tr("Every week on this weekday."),
        }
        self.repeat_hint.setText(hints.get(period, ""))

    def _on_buttons_accepted(self) -> None:
        self.show_errors(None)
        try:
            if self._item is None:
                self._saved = self._calendar.create(self.draft(), self.repeat())
            else:
                draft = self.draft()
                if draft == self._item.to_draft():
                    self.accept()
                    return
                scope = EditScope.THIS
                if self._item.series_id is not None:
                    chosen = ask_scope(self)
                    if chosen is None:
                        return
                    scope = chosen
                self._saved = self._calendar.update(self._item.id, draft, self._item.version, scope)
        except ConflictError as error:
            self.show_errors(None)
            self.show_conflict(error)
            return
        except ValidationError as error:
            self.show_errors(error)
            return
        self.accept()


# ----------------------------------------------------------------------------- status moves
class MoveDialog(QDialog):
    """A small form for one status move; ``submit`` calls the service, a refusal stays on screen."""

    def __init__(self, title: str, item: ContentItem, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today  # the latest day a move can be dated (the service refuses later ones too)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.item = item
        self.result_item: ContentItem | None = None
        self.form = QFormLayout()
        heading = QLabel(f"<b>{html.escape(item.title)}</b><br>{html.escape(item.period_label)} — "
                         f"{html.escape(item.status_text)}")
        heading.setWordWrap(True)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @abstractmethod
    def submit(self) -> ContentItem:
        """Hand the values to the service (a method, not a stored lambda: no reference cycle through
        the dialog, so Python never has to collect a Qt object on another thread)."""
        ...

    def _on_buttons_accepted(self) -> None:
        try:
            self.result_item = self.submit()
        except ValidationError as error:
            self.error.setText("\n".join(p.message for p in error.problems))
            self.error.show()
            return
        self.accept()


class AgreeDialog(MoveDialog):
    def __init__(self, calendar: CalendarService, item: ContentItem, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MoveDialog", "Record agreement"), item,
                         calendar.clock.today(), parent)
        self.party = QComboBox()
        for party in item.missing_parties() or list(Party):
            self.party.addItem(party.label, party.value)
        self.who = QLineEdit()
        self.on = _date_edit(self.today, latest=self.today)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Party"), self.party)
        self.form.addRow(self.tr("Agreed by (name, position)"), self.who)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self._calendar = calendar

    def submit(self) -> ContentItem:
        return self._calendar.agree(self.item.id, Party(self.party.currentData()), self.who.text(),
                                    self.on.date().toPython(), self.note.text(), self.item.version)


class ReasonDialog(MoveDialog):
    """Reject, cancel or reopen: a reason (or a note) and the day."""

    def __init__(self, title: str, item: ContentItem, submit: Callable[[str, date], ContentItem],
                 reason_label: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(title, item, today, parent)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.on = _date_edit(self.today, latest=self.today)
        self.form.addRow(reason_label, self.reason)
        self.form.addRow(self.tr("Date"), self.on)
        self._submit = submit

    def submit(self) -> ContentItem:
        return self._submit(self.reason.toPlainText(), self.on.date().toPython())


class DistributeDialog(MoveDialog):
    """Tick the agencies (news sites, portals, press…) that received the item; add other pages by hand."""

    def __init__(self, calendar: CalendarService, item: ContentItem, agencies: Sequence[Agency],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MoveDialog", "Record distribution"), item,
                         calendar.clock.today(), parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter agencies…"))
        self.targets = QListWidget()
        self.targets.setMinimumHeight(200)
        for agency in _active(agencies, self.today):
            entry = QListWidgetItem(f"{agency.name} ({agency.kind.label})")
            entry.setData(Qt.ItemDataRole.UserRole, agency.id)
            entry.setData(Qt.ItemDataRole.UserRole + 1, fold(agency.name + " " + agency.short_name))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.targets.addItem(entry)
        self.others = QPlainTextEdit()
        self.others.setPlaceholderText(self.tr("Other sites, portals or fanpages, one per line"))
        self.others.setFixedHeight(60)
        self.on = _date_edit(self.today, latest=self.today)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Agencies"), self.filter)
        self.form.addRow("", self.targets)
        self.form.addRow(self.tr("Others"), self.others)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self._calendar = calendar

    def submit(self) -> ContentItem:
        return self._calendar.distribute(self.item.id, self.distributions(), self.note.text(),
                                         self.item.version)

    def _on_filter_text_changed(self, text: str) -> None:
        key = fold(text)
        for row in range(self.targets.count()):
            entry = self.targets.item(row)
            entry.setHidden(bool(key) and key not in entry.data(Qt.ItemDataRole.UserRole + 1))

    def check(self, agency_id: int) -> None:
        for row in range(self.targets.count()):
            entry = self.targets.item(row)
            if entry.data(Qt.ItemDataRole.UserRole) == agency_id:
                entry.setCheckState(Qt.CheckState.Checked)

    def distributions(self) -> list[Distribution]:
        on = self.on.date().toPython()
        chosen = [
            Distribution("", on, agency_id=self.targets.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.targets.count())
            if self.targets.item(r).checkState() == Qt.CheckState.Checked
        ]
        chosen += [Distribution(target=line.strip(), distributed_on=on)
                   for line in self.others.toPlainText().splitlines() if line.strip()]
        return chosen


class PublishDialog(MoveDialog):
    def __init__(self, calendar: CalendarService, item: ContentItem, agencies: Sequence[Agency],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MoveDialog", "Record publication"), item,
                         calendar.clock.today(), parent)
        self.where = agency_combo(agencies, self.today)
        for target in reversed(dict.fromkeys(d.target for d in item.distributions)):
            if self.where.findText(target) < 0:
                self.where.insertItem(1, target, None)
        if item.distributions:
            self.where.setCurrentIndex(max(self.where.findText(item.distributions[0].target), 0))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.on = _date_edit(self.today, latest=self.today)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Published on (agency or site)"), self.where)
        self.form.addRow(self.tr("Link"), self.url)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Note"), self.note)
        self._calendar = calendar

    def submit(self) -> ContentItem:
        return self._calendar.publish(self.item.id, self.publication(), self.note.text(), self.item.version)

    def publication(self) -> Publication:
        agency_id, name = combo_agency(self.where)
        return Publication(where=name, published_on=self.on.date().toPython(), url=self.url.text(),
                           agency_id=agency_id)


class MoveDateDialog(MoveDialog):
    """Move one item (one occurrence) to another day; the rest of its series stays where it is."""

    def __init__(self, calendar: CalendarService, item: ContentItem, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MoveDialog", "Move to another day"), item,
                         calendar.clock.today(), parent)
        self.day = _date_edit(item.day)
        self.note = QLineEdit()
        self.form.addRow(self.tr("New date"), self.day)
        self.form.addRow(self.tr("Note"), self.note)
        self._calendar = calendar

    def submit(self) -> ContentItem:
        return self._calendar.move(self.item.id, self.day.date().toPython(), self.item.version,
                                   self.note.text())
