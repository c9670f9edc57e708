"""Report intake: who must report for a year, what arrived and when, and the office's own report.

Every method is one unit of work and returns plain values (domain/reports.py). The aggregate
report's calendar and fanpage sections come from optional providers, so this service works, and
says "Không có số liệu", where those features are not installed or not wired.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hanoi_desk.db import Database
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.documents import Issuer
from hanoi_desk.domain.errors import NotFoundError, Problem, ValidationError
from hanoi_desk.domain.history import register_hidden, register_labels, register_record_labels
from hanoi_desk.domain.imports import (
    Change,
    ImportPlan,
    ImportRow,
    PlannedRow,
    SaveSteps,
    draft_changes,
    row_warnings,
)
from hanoi_desk.domain.outreach import OutreachFigures
from hanoi_desk.domain.reports import (
    FIGURE_LABELS,
    FIGURES,
    MAX_ATTACHMENT_BYTES,
    AnnualReportData,
    Attachment,
    CalendarFigures,
    CalendarSummaryLike,
    FanpageFigures,
    FanpageSummaryLike,
    Figures,
    IntakeRow,
    IntakeSummary,
    Receipt,
    ReceiptDraft,
    ReminderData,
    ReportSettings,
    ReportStatus,
    ReportTexts,
    TallyRow,
    deadline_for,
    draft_proposals,
    draft_shortcomings,
    intake_order,
    report_status,
    summarise,
)
from hanoi_desk.domain.text import fold, nfc
from hanoi_desk.models import AgencyRow, ReportFileRow, ReportReceiptRow, ReportTextRow, SettingRow
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.documents import DocumentService
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.services.versioning import conflict_error

CalendarProvider = Callable[[int], CalendarSummaryLike]
FanpageProvider = Callable[[date], FanpageSummaryLike]
T = TypeVar("T")
OutreachProvider = Callable[[int, date], OutreachFigures]
SignatureCheck = Callable[[bytes, str], tuple[str, str]]

_KEY = "reports."
register_record_labels("setting", {_KEY + key: f"Báo cáo năm: {label}" for key, label in {
    "kinds": "loại cơ quan phải báo cáo", "deadline": "hạn nộp báo cáo", "recipients": "nơi nhận báo cáo",
    "reminder_recipients": "nơi nhận công văn đôn đốc",
}.items()}, field="key")
_MAX_INT = 2_147_483_647
_REMINDER_DAYS = 7

FIELD_LABELS = {
    "agency_id": "Cơ quan",
    "year": "Năm",
    "received_on": "Ngày nhận",
    "doc_number": "Số văn bản",
    "doc_date": "Ngày văn bản",
    **FIGURE_LABELS,
    "results": "Kết quả",
    "difficulties": "Khó khăn, vướng mắc",
    "proposals": "Đề xuất, kiến nghị",
    "notes": "Ghi chú",
    "attachment": "Tệp đính kèm",
}


def clean_text(value: str | None) -> str:
    """NFC, Windows line ends made plain, trailing spaces dropped: multi-line text keeps its lines."""
    if not value:
        return ""
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


@dataclass(frozen=True)
class _AgencyInfo:
    id: int
    name: str
    kind: AgencyKind
    active_from: date | None
    active_to: date | None

    def active_on(self, day: date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (
            self.active_to is None or day <= self.active_to
        )

    def active_in(self, year: int) -> bool:
        return (self.active_from is None or self.active_from <= date(year, 12, 31)) and (
            self.active_to is None or self.active_to >= date(year, 1, 1)
        )


@dataclass(frozen=True)
class SignatureRecheck:
    """How many stored report files were verified again, and how many verdicts that changed."""

    checked: int
    changed: int


class ReportService:
    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        calendar_summary: CalendarProvider | None = None,
        fanpage_summary: FanpageProvider | None = None,
        outreach_figures: OutreachProvider | None = None,
        clock: Clock = SYSTEM_CLOCK,
        documents: DocumentService | None = None,
        signature_check: SignatureCheck | None = None,
    ) -> None:
        self._db = db
        self._settings = settings
        self.clock = clock  # public: the tab asks the same clock for today
        self._documents = documents or DocumentService(db, settings)
        # (data, file name) -> (status, summary) of the file's digital signatures (services.signatures).
        self.signature_check = signature_check
        # Public so the composition root can wire them once the calendar and fanpage features exist.
        self.calendar_summary = calendar_summary
        self.fanpage_summary = fanpage_summary
        self.outreach_figures = outreach_figures

    # ----------------------------------------------------------------- settings
    def report_settings(self) -> ReportSettings:
        default = ReportSettings()
        get = self._settings.get
        kinds_text = get(_KEY + "kinds")
        kinds = default.kinds
        if kinds_text:
            values = {k.value for k in AgencyKind}
            kinds = tuple(AgencyKind(k) for k in kinds_text.split(",") if k in values)
        deadline = default.deadline
        if m := re.fullmatch(r"(\d{1,2})-(\d{1,2})", get(_KEY + "deadline")):
            deadline = (int(m.group(1)), int(m.group(2)))

        def lines(key: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
            stored = get(_KEY + key, "\x00")
            if stored == "\x00":
                return fallback
            return tuple(line for line in stored.split("\n") if line.strip())

        return ReportSettings(
            kinds=kinds,
            deadline=deadline,
            recipients=lines("recipients", default.recipients),
            reminder_recipients=lines("reminder_recipients", default.reminder_recipients),
        )

    def save_report_settings(self, settings: ReportSettings) -> ReportSettings:
        problems: list[Problem] = []
        if not settings.kinds:
            problems.append(Problem("kinds", "Chọn ít nhất một loại cơ quan phải báo cáo."))
        month, day = settings.deadline
        try:
            date(2024, month, day)  # a leap year: 29/02 is a valid (if odd) deadline
        except ValueError:
            problems.append(Problem("deadline", f"Hạn báo cáo “{day}/{month}” không phải là ngày có thật."))
        if problems:
            raise ValidationError(problems)
        cleaned = ReportSettings(
            kinds=tuple(k for k in AgencyKind if k in settings.kinds),
            deadline=(month, day),
            recipients=tuple(nfc(x) for x in settings.recipients if nfc(x)),
            reminder_recipients=tuple(nfc(x) for x in settings.reminder_recipients if nfc(x)),
        )
        values = {
            "kinds": ",".join(k.value for k in cleaned.kinds),
            "deadline": f"{month:02d}-{day:02d}",
            "recipients": "\n".join(cleaned.recipients),
            "reminder_recipients": "\n".join(cleaned.reminder_recipients),
        }
        with self._db.begin() as s:  # one unit of work: never half of the settings saved
            for key, value in values.items():
                row = s.get(SettingRow, _KEY + key)
                if row is None:
                    s.add(SettingRow(key=_KEY + key, value=value))
                else:
                    row.value = value
        return cleaned

    def deadline(self, year: int) -> date:
        return deadline_for(year, self.report_settings().deadline)

    def office(self, day: date | None = None) -> Issuer:
        return self._settings.issuer(day)

    # ----------------------------------------------------------------- reading
    def _agencies(self, s: Session) -> list[_AgencyInfo]:
        a = AgencyRow.__table__
        return [
            _AgencyInfo(r.id, r.name, AgencyKind(r.kind), r.active_from, r.active_to)
            for r in s.execute(select(a.c.id, a.c.name, a.c.kind, a.c.active_from, a.c.active_to)
                               .order_by(a.c.id))
        ]

    def _expected(self, agencies: Iterable[_AgencyInfo], year: int) -> list[_AgencyInfo]:
        """Agencies of the reporting kinds active on the deadline, the office itself left out."""
        settings = self.report_settings()
        deadline = deadline_for(year, settings.deadline)
        office_key = fold(self._settings.office().office_name)
        return [a for a in agencies
                if a.kind in settings.kinds and a.active_on(deadline) and fold(a.name) != office_key]

    def expected(self, year: int) -> list[tuple[int, str, AgencyKind]]:
        """(id, name, kind) of the agencies that must report for *year*."""
        with self._db.read() as s:
            chosen = self._expected(self._agencies(s), year)
        return [(a.id, a.name, a.kind) for a in chosen]

    def intake(self, year: int, today: date | None = None) -> list[IntakeRow]:
        """The intake table of *year* on *today*: every expected agency, then any other that reported."""
        today = today or self.clock.today()
        deadline = self.deadline(year)
        with self._db.read() as s:
            agencies = self._agencies(s)
            receipts = {r.agency_id: r for r in self._receipts(s, year)}
        expected = self._expected(agencies, year)
        expected_ids = {a.id for a in expected}
        by_id = {a.id: a for a in agencies}
        rows = []
        for agency in expected:
            receipt = receipts.get(agency.id)
            rows.append(IntakeRow(
                agency.id, receipt.agency_name if receipt else agency.name, agency.kind,
                report_status(receipt.received_on if receipt else None, deadline, today), receipt,
            ))
        for agency_id, receipt in receipts.items():
            if agency_id not in expected_ids:
                rows.append(IntakeRow(
                    agency_id, receipt.agency_name, by_id[agency_id].kind,
                    report_status(receipt.received_on, deadline, today), receipt, expected=False,
                ))
        return intake_order(rows)

    def summary(self, year: int, today: date | None = None,
                rows: list[IntakeRow] | None = None) -> IntakeSummary:
        today = today or self.clock.today()
        if rows is None:
            rows = self.intake(year, today)
        return summarise(rows, year, self.deadline(year), today)

    def _receipts(self, s: Session, year: int | None = None,
                  ids: Iterable[int] | None = None) -> list[Receipt]:
        query = select(ReportReceiptRow)
        if year is not None:
            query = query.where(ReportReceiptRow.year == year)
        if ids is not None:
            query = query.where(ReportReceiptRow.id.in_(list(ids)))
        return [_receipt(row) for row in s.scalars(query.order_by(ReportReceiptRow.id))]

    def get(self, receipt_id: int) -> Receipt:
        with self._db.read() as s:
            found = self._receipts(s, ids=[receipt_id])
        if not found:
            raise NotFoundError("Báo cáo này không còn trong cơ sở dữ liệu (có thể đã bị xóa).")
        return found[0]

    def receipt_for(self, agency_id: int, year: int) -> Receipt | None:
        with self._db.read() as s:
            row = s.scalars(select(ReportReceiptRow).where(
                ReportReceiptRow.agency_id == agency_id, ReportReceiptRow.year == year)).first()
            return _receipt(row) if row is not None else None

    def attachment(self, receipt_id: int) -> Attachment:
        """The stored file, checked against the SHA-256 recorded when it was stored."""
        with self._db.read() as s:
            row = s.get(ReportReceiptRow, receipt_id)
            if row is None:
                raise NotFoundError("Báo cáo này không còn trong cơ sở dữ liệu (có thể đã bị xóa).")
            stored = s.get(ReportFileRow, receipt_id)
            if stored is None or not row.attachment_name:
                raise NotFoundError(f"Báo cáo của “{row.agency_name}” chưa có tệp đính kèm.")
            data = bytes(stored.data)
            name, digest = row.attachment_name, row.attachment_sha256
        if hashlib.sha256(data).hexdigest() != digest:
            raise ValidationError(
                f"Tệp “{name}” trong cơ sở dữ liệu bị hỏng (mã SHA-256 không khớp). "
                "Hãy xin lại tệp từ cơ quan gửi và đính kèm lại."
            )
        return Attachment(name, data, digest)

    # ----------------------------------------------------------------- validation
    def clean(self, draft: ReceiptDraft) -> ReceiptDraft:
        attachment = draft.attachment
        if attachment is not None:
            name = clean_text(attachment.name).replace("\n", " ")
            name = re.split(r"[\\/]", name)[-1]
            if len(name) > 255:
                stem, dot, ext = name.rpartition(".")
                name = (stem[: 250 - len(ext)] + dot + ext) if dot and len(ext) < 10 else name[:255]
            attachment = replace(attachment, name=name)
        return replace(
            draft,
            doc_number=nfc(draft.doc_number),
            results=clean_text(draft.results),
            difficulties=clean_text(draft.difficulties),
            proposals=clean_text(draft.proposals),
            notes=clean_text(draft.notes),
            attachment=attachment,
        )

    def _problems(self, draft: ReceiptDraft, agency: _AgencyInfo | None) -> list[Problem]:
        problems: list[Problem] = []
        year = draft.year
        if not 2000 <= year <= 2100:
            problems.append(Problem("year", f"Năm báo cáo “{year}” không hợp lệ."))
            return problems
        if agency is None:
            problems.append(Problem("agency_id", "Cơ quan này không còn trong danh sách."))
        elif not agency.active_in(year):
            problems.append(Problem(
                "agency_id",
                f"“{agency.name}” không hoạt động trong năm {year} nên không có báo cáo năm này."))
        if draft.received_on is None:
            problems.append(Problem("received_on", "Chưa có ngày nhận báo cáo."))
        elif not date(year, 1, 1) <= draft.received_on <= date(year + 1, 12, 31):
            problems.append(Problem(
                "received_on",
                f"Ngày nhận {draft.received_on:%d/%m/%Y} không thuộc kỳ báo cáo năm {year} "
                f"(từ 01/01/{year} đến 31/12/{year + 1}).",
            ))
        if draft.doc_date and draft.received_on and draft.doc_date > draft.received_on:
            problems.append(Problem(
                "doc_date",
                f"Ngày văn bản {draft.doc_date:%d/%m/%Y} sau ngày nhận {draft.received_on:%d/%m/%Y}.",
            ))
        if len(draft.doc_number) > 60:
            problems.append(Problem("doc_number", "Số văn bản quá dài (tối đa 60 ký tự)."))
        for name in FIGURES:
            value = getattr(draft.figures, name)
            if value is not None and value < 0:
                problems.append(Problem(name, "Số liệu không được âm."))
            elif value is not None and value > _MAX_INT:
                problems.append(Problem(name, "Số liệu quá lớn."))
        if draft.attachment is not None:
            size = len(draft.attachment.data)
            if not draft.attachment.name:
                problems.append(Problem("attachment", "Tệp đính kèm chưa có tên."))
            if size == 0:
                problems.append(Problem("attachment", f"Tệp “{draft.attachment.name}” trống (0 byte)."))
            elif size > MAX_ATTACHMENT_BYTES:
                problems.append(Problem(
                    "attachment",
                    f"Tệp “{draft.attachment.name}” quá lớn ({size / 1048576:.0f} MB, tối đa "
                    f"{MAX_ATTACHMENT_BYTES // 1048576} MB). Hãy quét lại với độ phân giải thấp hơn.",
                ))
        return problems

    def validate(self, draft: ReceiptDraft) -> ReceiptDraft:
        draft = self.clean(draft)
        with self._db.read() as s:
            agency = next((a for a in self._agencies(s) if a.id == draft.agency_id), None)
        problems = self._problems(draft, agency)
        if problems:
            raise ValidationError(problems)
        return draft

    # ----------------------------------------------------------------- writing
    def record(self, draft: ReceiptDraft) -> Receipt:
        """Record a newly received report; an agency has one report per year (edit it to correct it)."""
        draft = self.validate(draft)
        signature = self._signature_of(draft)
        with self._db.begin() as s:
            existing = s.scalars(select(ReportReceiptRow).where(
                ReportReceiptRow.agency_id == draft.agency_id, ReportReceiptRow.year == draft.year)).first()
            if existing is not None:
                raise ValidationError(Problem(
                    "agency_id",
                    f"Đã ghi nhận báo cáo năm {draft.year} của “{existing.agency_name}” "
                    f"(nhận ngày {existing.received_on:%d/%m/%Y}). Hãy sửa bản đã ghi.",
                ))
            agency = s.get(AgencyRow, draft.agency_id)
            assert agency is not None
            row = ReportReceiptRow(agency_id=draft.agency_id, agency_name=agency.name, year=draft.year)
            self._apply(s, row, draft, signature)
            s.add(row)
            s.flush()
            self._store_file(s, row, draft)
            new_id = row.id
        return self.get(new_id)

    def update(self, receipt_id: int, draft: ReceiptDraft, expected_version: int | None = None) -> Receipt:
        """Save an edit; refuse it, naming who and when, if someone saved the report since it was opened."""
        draft = self.validate(draft)
        signature = self._signature_of(draft)
        try:
            with self._db.begin() as s:
                row = s.get(ReportReceiptRow, receipt_id)
                if row is None:
                    raise NotFoundError("Báo cáo này không còn trong cơ sở dữ liệu (có thể đã bị xóa).")
                if expected_version is not None and row.version != expected_version:
                    raise conflict_error(row, row.agency_name)
                if row.agency_id != draft.agency_id or row.year != draft.year:
                    raise ValidationError("Không đổi được cơ quan hoặc năm của một báo cáo đã ghi.")
                self._apply(s, row, draft, signature)
                s.flush()
                self._store_file(s, row, draft)
        except StaleDataError:
            with self._db.read() as s:
                row = s.get(ReportReceiptRow, receipt_id)
                if row is None:
                    raise NotFoundError("Báo cáo này vừa bị xóa.") from None
                raise conflict_error(row, row.agency_name) from None
        return self.get(receipt_id)

    def delete(self, receipt_id: int) -> None:
        with self._db.begin() as s:
            stored = s.get(ReportFileRow, receipt_id)
            if stored is not None:
                s.delete(stored)
            row = s.get(ReportReceiptRow, receipt_id)
            if row is not None:
                s.delete(row)

    def _signature_of(self, draft: ReceiptDraft) -> tuple[str, str] | None:
        """A received PDF's signatures, checked when it is recorded (outside the transaction: it is slow)."""
        if draft.attachment is None or self.signature_check is None:
            return None
        return self.signature_check(draft.attachment.data, draft.attachment.name)

    def recheck_signatures(self, year: int | None = None,
                           progress: Callable[[int, int], None] | None = None,
                           cancelled: Callable[[], bool] | None = None) -> SignatureRecheck:
        """Judge every stored report file's signatures again (*year*, or all years), as the trusted
        roots and the clock are now: a verdict recorded before the office imported its CA's root, or
        before a certificate without a timestamp expired, is not left standing.

        One file at a time (about a quarter of a second each), each verdict written on its own with a
        plain UPDATE of the two signature columns: no version is bumped, so a clerk editing a report
        meanwhile is not refused, and a file replaced meanwhile keeps the verdict of its own check.
        A cancel stops between files; what was checked stays checked.
        """
        if self.signature_check is None:
            return SignatureRecheck(0, 0)
        query = select(ReportReceiptRow.id, ReportReceiptRow.attachment_name,
                       ReportReceiptRow.attachment_sha256, ReportReceiptRow.signature_status,
                       ReportReceiptRow.signature_summary).where(
            ReportReceiptRow.attachment_name != "").order_by(ReportReceiptRow.year, ReportReceiptRow.id)
        if year is not None:
            query = query.where(ReportReceiptRow.year == year)
        with self._db.read() as s:
            rows = list(s.execute(query))
        checked = changed = 0
        for n, (receipt_id, name, sha256, status, summary) in enumerate(rows):
            if cancelled is not None and cancelled():
                break
            with self._db.read() as s:
                stored = s.get(ReportFileRow, receipt_id)
                data = bytes(stored.data) if stored is not None else None
            if data is not None:
                verdict = self.signature_check(data, name)
                checked += 1
                if verdict != (status, summary):
                    table = ReportReceiptRow.__table__
                    with self._db.begin() as s:
                        s.execute(update(table).where(table.c.id == receipt_id,
                                                      table.c.attachment_sha256 == sha256)
                                  .values(signature_status=verdict[0], signature_summary=verdict[1]))
                    changed += 1
            if progress is not None:
                progress(n + 1, len(rows))
        return SignatureRecheck(checked, changed)

    def _apply(self, s: Session, row: ReportReceiptRow, draft: ReceiptDraft,
               signature: tuple[str, str] | None = None) -> None:
        row.received_on = draft.received_on  # type: ignore[assignment]
        row.doc_number = draft.doc_number
        row.doc_date = draft.doc_date
        for name in FIGURES:
            setattr(row, name, getattr(draft.figures, name))
        row.results = draft.results
        row.difficulties = draft.difficulties
        row.proposals = draft.proposals
        row.notes = draft.notes
        if draft.attachment is not None:
            row.attachment_name = draft.attachment.name
            row.attachment_sha256 = hashlib.sha256(draft.attachment.data).hexdigest()
            row.attachment_size = len(draft.attachment.data)
            row.signature_status, row.signature_summary = signature or ("", "")
        elif draft.remove_attachment:
            row.attachment_name = ""
            row.attachment_sha256 = ""
            row.attachment_size = 0
            row.signature_status, row.signature_summary = "", ""
        row.updated_at = utcnow()
        row.updated_by = self._settings.who()

    @staticmethod
    def _store_file(s: Session, row: ReportReceiptRow, draft: ReceiptDraft) -> None:
        stored = s.get(ReportFileRow, row.id)
        if draft.attachment is not None:
            if stored is None:
                s.add(ReportFileRow(receipt_id=row.id, data=draft.attachment.data))
            else:
                stored.data = draft.attachment.data
        elif draft.remove_attachment and stored is not None:
            s.delete(stored)

    # ----------------------------------------------------------------- the office's text
    def texts(self, year: int) -> ReportTexts:
        with self._db.read() as s:
            row = s.get(ReportTextRow, year)
            if row is None:
                return ReportTexts(year)
            return ReportTexts(year, row.number, row.shortcomings, row.proposals, row.version,
                               row.updated_at, row.updated_by)

    def save_texts(self, texts: ReportTexts, expected_version: int | None = None) -> ReportTexts:
        """Keep sections III and IV and the number for a year; 0 as *expected_version* means "new"."""
        number = nfc(texts.number)
        if len(number) > 30:
            raise ValidationError(Problem("number", "Số báo cáo quá dài (tối đa 30 ký tự)."))
        try:
            with self._db.begin() as s:
                row = s.get(ReportTextRow, texts.year)
                if row is None:
                    row = ReportTextRow(year=texts.year)
                    s.add(row)
                elif expected_version is not None and row.version != expected_version:
                    raise conflict_error(row, f"Báo cáo tổng hợp năm {texts.year}")
                row.number = number
                row.shortcomings = clean_text(texts.shortcomings)
                row.proposals = clean_text(texts.proposals)
                row.updated_at = utcnow()
                row.updated_by = self._settings.who()
        except StaleDataError:
            current = self.texts(texts.year)
            raise conflict_error(current, f"Báo cáo tổng hợp năm {texts.year}") from None
        return self.texts(texts.year)

    # ----------------------------------------------------------------- import
    def plan_import(self, rows: Iterable[ImportRow[TallyRow]], year: int,
                    source: str = "") -> ImportPlan[ReceiptDraft]:
        """Preview an Excel tally: match agencies by folded name, validate; nothing is written.

        A row for an agency whose report is already recorded updates it with the columns the file
        has; an unknown agency, a row naming an agency twice or any invalid value rejects the file.
        """
        rows = list(rows)
        with self._db.read() as s:
            agencies = self._agencies(s)
            receipts = {r.agency_id: r for r in self._receipts(s, year)}
        expected_ids = {a.id for a in self._expected(agencies, year)}
        by_name: dict[str, list[_AgencyInfo]] = defaultdict(list)
        for agency in agencies:
            by_name[fold(agency.name)].append(agency)
        rejected: list[Problem] = []
        warnings = row_warnings(rows)
        seen: dict[int, int] = {}
        to_add: list[PlannedRow[ReceiptDraft]] = []
        to_update: list[PlannedRow[ReceiptDraft]] = []
        unchanged: list[PlannedRow[ReceiptDraft]] = []
        for item in rows:
            rejected.extend(item.problems)
            tally = item.draft
            if tally is None:
                continue
            where = f"dòng {item.row}"
            candidates = by_name.get(fold(tally.agency_name), [])
            # Same folded name twice (an agency re-created after a merger): the one this year expects.
            candidates = sorted(candidates, key=lambda a: (a.id not in expected_ids, not a.active_in(year)))
            if not candidates:
                hint = difflib.get_close_matches(fold(tally.agency_name), list(by_name), n=1, cutoff=0.75)
                suggestion = f" Có phải “{by_name[hint[0]][0].name}”?" if hint else ""
                rejected.append(Problem(
                    f"{where}, cột Cơ quan",
                    f"Không tìm thấy “{tally.agency_name}” trong danh sách cơ quan.{suggestion}",
                    tally.agency_name,
                ))
                continue
            agency = candidates[0]
            if agency.id in seen:
                rejected.append(Problem(where, f"“{agency.name}” trùng với dòng {seen[agency.id]}."))
                continue
            seen[agency.id] = item.row
            current = receipts.get(agency.id)
            draft = self.clean(_tally_draft(tally, agency.id, year, current, item.columns))
            for problem in self._problems(draft, agency):
                if problem.field == "received_on" and draft.received_on is None:
                    continue  # the importer said so already, naming the column as the file does
                label = FIELD_LABELS.get(problem.field, problem.field)
                rejected.append(Problem(f"{where}, cột {label}", problem.message))
            if current is None:
                to_add.append(PlannedRow(item.row, agency.name, draft))
            else:
                changes = _changes(current, draft)
                target = to_update if changes else unchanged
                target.append(PlannedRow(item.row, current.agency_name, draft, current.id, changes))
        return ImportPlan(source, tuple(to_add), tuple(to_update), tuple(unchanged), tuple(rejected),
                          tuple(warnings))

    def apply_import(
        self,
        plan: ImportPlan[ReceiptDraft],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, int]:
        """Write a clean plan in one transaction: every row or none (a cancel rolls it all back)."""
        if not plan.ok:
            raise ValidationError(list(plan.rejected))
        steps = SaveSteps(len(plan.to_add) + len(plan.to_update), progress, cancelled)
        with self._db.begin() as s:
            for done, planned in enumerate(plan.to_add):
                steps.step(done)
                agency = s.get(AgencyRow, planned.draft.agency_id)
                if agency is None:
                    raise ValidationError(f"dòng {planned.row}: “{planned.label}” vừa bị xóa khỏi danh sách.")
                taken = s.scalars(select(ReportReceiptRow.id).where(
                    ReportReceiptRow.agency_id == planned.draft.agency_id,
                    ReportReceiptRow.year == planned.draft.year)).first()
                if taken is not None:
                    raise ValidationError(
                        f"dòng {planned.row}: báo cáo của “{planned.label}” vừa được người khác ghi nhận; "
                        "hãy nhập lại tệp.")
                row = ReportReceiptRow(agency_id=agency.id, agency_name=agency.name, year=planned.draft.year)
                self._apply(s, row, planned.draft)
                s.add(row)
            for done, planned in enumerate(plan.to_update, len(plan.to_add)):
                steps.step(done)
                row = s.get(ReportReceiptRow, planned.existing_id)
                if row is None:
                    raise ValidationError(f"dòng {planned.row}: báo cáo của “{planned.label}” vừa bị xóa.")
                self._apply(s, row, planned.draft)
            s.flush()
            steps.last()
        return len(plan.to_add), len(plan.to_update)

    # ----------------------------------------------------------------- documents
    def annual_report(self, year: int, day: date | None = None,
                      number: str | None = None) -> AnnualReportData:
        """Everything the aggregate report prints, as of *day* (the document's date, default today).

        *number* None: the number typed in the tab, else the one the register already gave this report
        (a preview shows what was issued), else blank. Sections III and IV are the clerk's saved text, or
        drafted from the data when nothing is saved.
        """
        day = day or self.clock.today()
        rows = self.intake(year, day)
        summary = self.summary(year, day, rows)
        calendar = CalendarFigures.of(self.calendar_summary(year)) if self.calendar_summary else None
        as_of = min(day, date(year, 12, 31))
        fanpages = FanpageFigures.of(self.fanpage_summary(as_of)) if self.fanpage_summary else None
        outreach = self.outreach_figures(year, as_of) if self.outreach_figures else None
        texts = self.texts(year)
        if number is None:
            number = texts.number or self._documents.number_of(_annual_key(year))
        data = AnnualReportData(
            year=year, day=day, office=self.office(day), settings=self.report_settings(),
            texts=texts, summary=summary, rows=tuple(r for r in rows if r.expected),
            calendar=calendar, fanpages=fanpages, outreach=outreach, number=number,
        )
        return replace(data, shortcomings=texts.shortcomings or draft_shortcomings(data),
                       proposals=texts.proposals or draft_proposals(data))

    def drafted_texts(self, year: int, day: date | None = None) -> ReportTexts:
        """Sections III and IV as the data would draft them today, for the clerk to start from."""
        data = self.annual_report(year, day)
        return ReportTexts(year, data.texts.number, draft_shortcomings(data), draft_proposals(data))

    def issue_annual_report(self, year: int, day: date, write: Callable[[AnnualReportData], T]) -> T:
        """Write the report with its number: the one typed in the tab, else from the register (numbering
        "register"; the same number each time this year's report is written), else blank."""
        typed = self.texts(year).number
        if typed:
            return write(self.annual_report(year, day, typed))
        symbol = self.office(day).symbol("BC")
        return self._documents.issue(
            day=day, symbol=symbol, summary=f"Báo cáo kết quả thực hiện Kế hoạch năm {year}",
            key=_annual_key(year), write=lambda number: write(self.annual_report(year, day, number)))

    def reminder(self, year: int, day: date | None = None, number: str = "") -> ReminderData:
        """The agencies still without a report on *day*, and the date the letter asks for."""
        day = day or self.clock.today()
        deadline = self.deadline(year)
        waiting = tuple(r for r in self.intake(year, day)
                        if r.expected and r.status in (ReportStatus.MISSING, ReportStatus.NOT_DUE))
        if not waiting:
            raise ValidationError(
                f"Tất cả cơ quan, đơn vị đã gửi báo cáo năm {year}: không cần công văn đôn đốc.")
        reply_by = deadline if day <= deadline else day + timedelta(days=_REMINDER_DAYS)
        return ReminderData(year=year, day=day, office=self.office(day), settings=self.report_settings(),
                            deadline=deadline, reply_by=reply_by, agencies=waiting, number=nfc(number))

    def issue_reminder(self, year: int, day: date, write: Callable[[ReminderData], T]) -> T:
        """Write the reminder letter, numbered from the register when the office numbers from it."""
        data = self.reminder(year, day)  # nothing to remind: refused before a number is taken
        return self._documents.issue(
            day=day, symbol=data.office.symbol(None),
            summary=f"V/v đôn đốc gửi báo cáo kết quả thực hiện Kế hoạch năm {year}",
            key=f"reminder:{year}:{day.isoformat()}",
            write=lambda number: write(replace(data, number=number)))


def _annual_key(year: int) -> str:
    return f"annual-report:{year}"


def _receipt(row: ReportReceiptRow) -> Receipt:
    return Receipt(
        id=row.id, agency_id=row.agency_id, agency_name=row.agency_name, year=row.year,
        received_on=row.received_on, doc_number=row.doc_number, doc_date=row.doc_date,
        figures=Figures(**{name: getattr(row, name) for name in FIGURES}),
        results=row.results, difficulties=row.difficulties, proposals=row.proposals,
        attachment_name=row.attachment_name, attachment_sha256=row.attachment_sha256,
        attachment_size=row.attachment_size, version=row.version, updated_at=row.updated_at,
        updated_by=row.updated_by, signature_status=row.signature_status or "",
        signature_summary=row.signature_summary or "",
        notes=row.notes,
    )


def _tally_draft(tally: TallyRow, agency_id: int, year: int, current: Receipt | None,
                 columns: frozenset[str]) -> ReceiptDraft:
    """The tally row as a draft; over an existing report only the file's non-empty columns apply."""
    if current is None:
        return ReceiptDraft(agency_id, year, tally.received_on, tally.doc_number, tally.doc_date,
                            tally.figures, tally.results, tally.difficulties, tally.proposals,
                            notes=tally.notes)

    def pick(name: str, new: object, old: object) -> object:
        return new if name in columns and new not in (None, "") else old

    figures = Figures(**{n: pick(n, getattr(tally.figures, n), getattr(current.figures, n)) for n in FIGURES})
    return ReceiptDraft(
        agency_id, year,
        pick("received_on", tally.received_on, current.received_on),  # type: ignore[arg-type]
        pick("doc_number", tally.doc_number, current.doc_number),  # type: ignore[arg-type]
        pick("doc_date", tally.doc_date, current.doc_date),  # type: ignore[arg-type]
        figures,
        pick("results", tally.results, current.results),  # type: ignore[arg-type]
        pick("difficulties", tally.difficulties, current.difficulties),  # type: ignore[arg-type]
        pick("proposals", tally.proposals, current.proposals),  # type: ignore[arg-type]
        notes=pick("notes", tally.notes, current.notes),  # type: ignore[arg-type]
    )


_TEXT_CHANGES = {name: FIELD_LABELS[name] for name in (
    "received_on", "doc_number", "doc_date", "results", "difficulties", "proposals", "notes")}


def _changes(current: Receipt, draft: ReceiptDraft) -> tuple[Change, ...]:
    return (*draft_changes(current, draft, _TEXT_CHANGES),
            *draft_changes(current.figures, draft.figures, FIGURE_LABELS))


register_labels("report_receipt", "Báo cáo của cơ quan", {
    "agency_id": "Cơ quan", "agency_name": "Tên cơ quan", "year": "Năm", "received_on": "Ngày nhận",
    "doc_number": "Số văn bản", "doc_date": "Ngày văn bản", "portal_items": "Tin bài trên Trang/Cổng TTĐT",
    "fanpage_items": "Tin bài trên fanpage", "official_fanpages": "Fanpage chính thức",
    "monitoring_staff": "Nhân sự giám sát", "interactions_handled": "Tương tác đã xử lý",
    "results": "Kết quả", "difficulties": "Khó khăn", "proposals": "Đề xuất", "notes": "Ghi chú",
    "attachment_name": "Tệp đính kèm", "attachment_sha256": "SHA-256", "attachment_size": "Dung lượng",
    "signature_status": "Chữ ký số", "signature_summary": "Người ký số",
})
register_hidden("report_receipt", "agency_name", "attachment_size", "attachment_sha256")
register_labels("report_file", "Tệp báo cáo", {"receipt_id": "Báo cáo", "data": "Nội dung tệp"})
register_hidden("report_file", "data")
register_labels("report_text", "Nội dung báo cáo của Sở", {
    "year": "Năm", "number": "Số báo cáo", "shortcomings": "Tồn tại, hạn chế",
    "proposals": "Đề xuất, kiến nghị",
})
