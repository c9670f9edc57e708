"""The content calendar: propose, agree, distribute and publish content items, and repeat them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from hanoi_desk.db import Database
from hanoi_desk.domain.calendar import (
    Agreement,
    CalendarSummary,
    ContentDraft,
    ContentItem,
    Distribution,
    Domain,
    EditScope,
    Move,
    Party,
    Period,
    Publication,
    Repeat,
    Status,
    StatusEvent,
    occurrences,
    period_label,
    refusal,
    series_problems,
    status_after,
)
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.errors import ConflictError, NotFoundError, Problem, ValidationError
from hanoi_desk.domain.history import register_labels
from hanoi_desk.domain.imports import ImportPlan, ImportRow, PlannedRow, SaveSteps, row_warnings
from hanoi_desk.domain.text import fold, nfc, sort_key
from hanoi_desk.domain.validate import check_url, normalise_url
from hanoi_desk.models import (
    AgencyRow,
    ContentAgreementRow,
    ContentDistributionRow,
    ContentEventRow,
    ContentItemRow,
    ContentPublicationRow,
    ContentSeriesRow,
)
from hanoi_desk.models.base import utcnow
from hanoi_desk.services.versioning import conflict_error

Who = Callable[[], str]

# The History tab names tables, fields and coded values as the forms do, not as the database does.
_PERIODS = {p.value: p.label for p in Period}
register_labels("content_item", "Lịch nội dung", {
    "title": "Tiêu đề",
    "summary": "Tóm tắt",
    "domains": "Lĩnh vực",
    "agency_id": "Cơ quan đề xuất",
    "period": "Định kỳ",
    "day": "Ngày",
    "due_date": "Hạn đăng",
    "notes": "Ghi chú",
    "status": "Trạng thái",
    "status_reason": "Lý do",
    "series_id": "Chuỗi định kỳ",
    "occurrence_date": "Ngày theo lịch lặp",
    "skipped": "Bỏ qua",
}, values={"period": _PERIODS, "status": {s.value: s.label for s in Status},
           "domains": {d.value: d.label for d in Domain}})
register_labels("content_series", "Chuỗi định kỳ", {
    "period": "Định kỳ",
    "start_date": "Bắt đầu",
    "until": "Đến ngày",
    "count": "Số lần",
}, values={"period": _PERIODS})
_STATUSES = {s.value: s.label for s in Status}
register_labels("content_event", "Diễn biến nội dung", {
    "item_id": "Nội dung", "move": "Thao tác", "on_date": "Ngày", "from_status": "Trạng thái trước",
    "to_status": "Trạng thái sau", "note": "Ghi chú", "by": "Người thực hiện", "at": "Thời điểm ghi",
}, values={"move": {m.value: m.label for m in Move}, "from_status": _STATUSES, "to_status": _STATUSES})
register_labels("content_agreement", "Thống nhất nội dung", {
    "item_id": "Nội dung", "party": "Bên thống nhất", "agreed_by": "Người thống nhất",
    "agreed_on": "Ngày thống nhất", "note": "Ghi chú",
}, values={"party": {party.value: party.label for party in Party}})
register_labels("content_distribution", "Phân phối nội dung", {
    "item_id": "Nội dung", "target": "Nơi nhận", "agency_id": "Cơ quan nhận", "distributed_on": "Ngày gửi",
    "note": "Ghi chú",
})
register_labels("content_publication", "Đăng tải nội dung", {
    "item_id": "Nội dung", "where": "Nơi đăng", "agency_id": "Cơ quan đăng", "url": "Đường dẫn",
    "published_on": "Ngày đăng", "note": "Ghi chú",
})

FIELD_LABELS = {
    "title": "Tiêu đề",
    "summary": "Tóm tắt",
    "domains": "Lĩnh vực",
    "agency_id": "Cơ quan đề xuất",
    "agency_name": "Cơ quan đề xuất",
    "period": "Định kỳ",
    "day": "Ngày / Thời gian",
    "due_date": "Hạn đăng",
    "notes": "Ghi chú",
    "repeat": "Lặp lại",
}
_GONE = "Nội dung này không còn trong lịch (có thể đã bị xóa)."
_TITLE_MAX = 500
# What the importer checks itself, naming the column as the file writes it: not reported twice.
_READ_BY_IMPORTER = frozenset({"title", "domains", "day"})


def clean_draft(draft: ContentDraft) -> ContentDraft:
    """NFC and trimmed; domains without repeats, in the plan's order."""
    domains = tuple(d for d in Domain if d in set(draft.domains))
    return replace(
        draft,
        title=nfc(draft.title),
        summary=nfc_multiline(draft.summary),
        agency_name=nfc(draft.agency_name),
        notes=nfc_multiline(draft.notes),
        domains=domains,
    )


def nfc_multiline(value: str) -> str:
    """NFC per line, keeping the line breaks a clerk typed in a summary or a note."""
    return "\n".join(nfc(line) for line in (value or "").replace("\r\n", "\n").split("\n")).strip()


def draft_problems(draft: ContentDraft) -> list[Problem]:
    """Problems a draft has on its own, without looking at the database."""
    problems: list[Problem] = []
    if not draft.title:
        problems.append(Problem("title", "Tiêu đề không được để trống."))
    elif len(draft.title) > _TITLE_MAX:
        problems.append(Problem("title", f"Tiêu đề quá dài ({len(draft.title)} ký tự, tối đa {_TITLE_MAX})."))
    if not draft.domains:
        problems.append(Problem("domains", "Chọn ít nhất một lĩnh vực."))
    if not isinstance(draft.period, Period):
        problems.append(Problem("period", "Định kỳ không hợp lệ."))
    if draft.day is None:
        problems.append(Problem("day", "Chưa có ngày (hoặc tuần, tháng, năm) của nội dung."))
    if draft.day and draft.due_date and draft.due_date < draft.day:
        problems.append(Problem("due_date", "Hạn đăng không được trước ngày của nội dung."))
    return problems


class CalendarService:
    def __init__(self, db: Database, who: Who = lambda: "", clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self._who = who
        self.clock = clock  # public: the tab and its dialogs ask the same clock for today

    def _on_or_today(self, on: date | None) -> date:
        return on or self.clock.today()

    # ----------------------------------------------------------------- reading
    def list_items(self, start: date | None = None, end: date | None = None,
                   include_skipped: bool = False) -> list[ContentItem]:
        """Items whose day falls in [start, end] (either open), by day then title; four queries."""
        query = select(ContentItemRow.id)
        if start is not None:
            query = query.where(ContentItemRow.day >= start)
        if end is not None:
            query = query.where(ContentItemRow.day <= end)
        if not include_skipped:
            query = query.where(ContentItemRow.skipped.is_(False))
        with self._db.read() as s:
            return self._load(s, query)

    def get(self, item_id: int) -> ContentItem:
        with self._db.read() as s:
            found = self._load(s, select(ContentItemRow.id).where(ContentItemRow.id == item_id))
        if not found:
            raise NotFoundError(_GONE)
        return found[0]

    def series_items(self, series_id: int) -> list[ContentItem]:
        """Every occurrence of a series, skipped ones included, in order."""
        with self._db.read() as s:
            return self._load(s, select(ContentItemRow.id).where(ContentItemRow.series_id == series_id))

    def count(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(ContentItemRow)) or 0

    def history(self, item_id: int) -> list[StatusEvent]:
        """Every move of the item, oldest first."""
        with self._db.read() as s:
            rows = s.scalars(
                select(ContentEventRow).where(ContentEventRow.item_id == item_id)
                .order_by(ContentEventRow.at, ContentEventRow.id)
            ).all()
            return [
                StatusEvent(Move(r.move), r.on_date, r.note, r.by, r.at,
                            Status(r.from_status) if r.from_status else None, Status(r.to_status))
                for r in rows
            ]

    # "Due" is the due date, or the item's day when it has none; "open" is neither published nor
    # stopped nor skipped. The counts and the lists behind them share these two conditions.
    _DUE = func.coalesce(ContentItemRow.due_date, ContentItemRow.day)
    _OPEN = (ContentItemRow.skipped.is_(False)
             & ContentItemRow.status.in_([Status.PROPOSED.value, Status.AGREED.value,
                                          Status.DISTRIBUTED.value]))

    def due_count(self, start: date, end: date) -> int:
        """Items due in [start, end] and still open: the "due this week" figure the tab always shows."""
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(ContentItemRow)
                            .where(self._DUE >= start, self._DUE <= end, self._OPEN)) or 0

    def due_items(self, start: date, end: date) -> list[ContentItem]:
        """The items behind ``due_count``, whatever month or year their day falls in."""
        with self._db.read() as s:
            return self._load(s, select(ContentItemRow.id)
                              .where(self._DUE >= start, self._DUE <= end, self._OPEN))

    def overdue_count(self, today: date | None = None) -> int:
        """Items past their due date (or day) and still not published nor stopped."""
        today = self._on_or_today(today)
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(ContentItemRow)
                            .where(self._DUE < today, self._OPEN)) or 0

    def overdue_items(self, today: date | None = None) -> list[ContentItem]:
        """Every overdue item, from any month: what "Quá hạn" shows (``ContentItem.is_overdue``)."""
        today = self._on_or_today(today)
        with self._db.read() as s:
            return self._load(s, select(ContentItemRow.id).where(self._DUE < today, self._OPEN))

    def year_summary(self, year: int) -> CalendarSummary:
        """Content items of *year* (by their day) counted by period, domain and status."""
        with self._db.read() as s:
            rows = s.execute(
                select(ContentItemRow.period, ContentItemRow.domains, ContentItemRow.status)
                .where(ContentItemRow.day >= date(year, 1, 1), ContentItemRow.day <= date(year, 12, 31))
                .where(ContentItemRow.skipped.is_(False))
            ).all()
        by_period: Counter[Period] = Counter()
        by_domain: Counter[Domain] = Counter()
        by_status: Counter[Status] = Counter()
        for period, domains, status in rows:
            by_period[Period(period)] += 1
            by_status[Status(status)] += 1
            for domain in _domains(domains):
                by_domain[domain] += 1
        return CalendarSummary(
            year=year,
            total=len(rows),
            by_period={p: by_period[p] for p in Period},
            by_domain={d: by_domain[d] for d in Domain},
            by_status={st: by_status[st] for st in Status},
        )

    def _load(self, s: Session, ids_query: object) -> list[ContentItem]:
        item = ContentItemRow.__table__
        agency = AgencyRow.__table__
        ids = ids_query
        agreements: dict[int, list[Agreement]] = defaultdict(list)
        for row in s.execute(select(ContentAgreementRow.__table__)
                             .where(ContentAgreementRow.item_id.in_(ids))  # type: ignore[arg-type]
                             .order_by(ContentAgreementRow.agreed_on, ContentAgreementRow.id)).mappings():
            agreements[row["item_id"]].append(
                Agreement(Party(row["party"]), row["agreed_by"], row["agreed_on"], row["note"]))
        distributions: dict[int, list[Distribution]] = defaultdict(list)
        for row in s.execute(select(ContentDistributionRow.__table__)
                             .where(ContentDistributionRow.item_id.in_(ids))  # type: ignore[arg-type]
                             .order_by(ContentDistributionRow.id)).mappings():
            distributions[row["item_id"]].append(
                Distribution(row["target"], row["distributed_on"], row["agency_id"], row["note"]))
        publications: dict[int, list[Publication]] = defaultdict(list)
        for row in s.execute(select(ContentPublicationRow.__table__)
                             .where(ContentPublicationRow.item_id.in_(ids))  # type: ignore[arg-type]
                             .order_by(ContentPublicationRow.id)).mappings():
            publications[row["item_id"]].append(
                Publication(row["where"], row["published_on"], row["url"], row["agency_id"], row["note"]))
        query = (
            select(item, agency.c.name.label("agency_name"))
            .outerjoin(agency, agency.c.id == item.c.agency_id)
            .where(item.c.id.in_(ids))  # type: ignore[arg-type]
        )
        items = [
            ContentItem(
                id=row["id"], title=row["title"], summary=row["summary"],
                domains=_domains(row["domains"]), agency_id=row["agency_id"],
                agency_name=row["agency_name"] or "", period=Period(row["period"]), day=row["day"],
                due_date=row["due_date"], notes=row["notes"], status=Status(row["status"]),
                status_reason=row["status_reason"], series_id=row["series_id"],
                occurrence_date=row["occurrence_date"], skipped=bool(row["skipped"]),
                version=row["version"], updated_by=row["updated_by"], updated_at=row["updated_at"],
                agreements=tuple(agreements.get(row["id"], ())),
                distributions=tuple(distributions.get(row["id"], ())),
                publications=tuple(publications.get(row["id"], ())),
            )
            for row in s.execute(query).mappings()
        ]
        # Day, then the Vietnamese alphabet: sorted here, not by the database's collation.
        items.sort(key=lambda i: (i.day, sort_key(i.title), i.id))
        return items

    # ----------------------------------------------------------------- validation
    def validate(self, draft: ContentDraft) -> ContentDraft:
        """Return the cleaned draft (proposing agency resolved) or raise with every problem."""
        draft = clean_draft(draft)
        problems = draft_problems(draft)
        with self._db.read() as s:
            draft, more = self._resolve_agency(s, draft)
        problems += more
        if problems:
            raise ValidationError(problems)
        return draft

    def _resolve_agency(self, s: Session, draft: ContentDraft) -> tuple[ContentDraft, list[Problem]]:
        if draft.agency_id is not None:
            if s.get(AgencyRow, draft.agency_id) is None:
                return draft, [Problem("agency_id", "Cơ quan đề xuất không còn trong danh bạ.")]
            return draft, []
        if not draft.agency_name:
            return draft, []
        found = self._agency_index(s).get(fold(draft.agency_name))
        if found is None:
            return draft, [Problem("agency_name", f"“{draft.agency_name}” không có trong danh bạ cơ quan.")]
        return replace(draft, agency_id=found), []

    @staticmethod
    def _agency_index(s: Session) -> dict[str, int]:
        """Folded name and short name -> agency id; agencies still active win over ended ones."""
        index: dict[str, int] = {}
        rows = s.execute(select(AgencyRow.id, AgencyRow.name_folded, AgencyRow.short_name,
                                AgencyRow.active_to).order_by(AgencyRow.active_to.is_(None), AgencyRow.id))
        for agency_id, name_folded, short_name, _active_to in rows:
            # Ended agencies come first, so an active one of the same name overwrites them.
            index[name_folded] = agency_id
            if short_name:
                index.setdefault(fold(short_name), agency_id)
        return index

    # ----------------------------------------------------------------- writing
    def create(self, draft: ContentDraft, repeat: Repeat | None = None) -> ContentItem:
        """Propose an item; with *repeat*, a series of them (one row per occurrence).

        Returns the (first) item. The due date of every occurrence keeps the first one's distance
        from its day.
        """
        draft = self.validate(draft)
        days = [draft.day]
        series: ContentSeriesRow | None = None
        if repeat is not None:
            problems = [Problem(f, m) for f, m in series_problems(draft.period, draft.day, repeat)]
            if problems:
                raise ValidationError(problems)
            assert draft.day is not None
            days = occurrences(draft.period, draft.day, repeat.until, repeat.count)
            series = ContentSeriesRow(period=draft.period.value, start_date=draft.day, until=repeat.until,
                                      count=repeat.count, updated_by=self._who())
        offset = (draft.due_date - draft.day) if draft.due_date and draft.day else None
        with self._db.begin() as s:
            if series is not None:
                s.add(series)
                s.flush()
            rows = []
            for day in days:
                assert day is not None
                row = ContentItemRow(status=Status.PROPOSED.value, skipped=False)
                due = day + offset if offset is not None else None
                self._apply(row, replace(draft, day=day, due_date=due))
                if series is not None:
                    row.series_id = series.id
                    row.occurrence_date = day
                rows.append(row)
            s.add_all(rows)
            s.flush()
            for row in rows:
                s.add(self._event(row.id, Move.PROPOSE, self.clock.today(), "", None, Status.PROPOSED))
            first_id = rows[0].id
        return self.get(first_id)

    def update(self, item_id: int, draft: ContentDraft, expected_version: int | None = None,
               scope: EditScope = EditScope.THIS) -> ContentItem:
        """Save an edit of an item; for a series, of this occurrence, this and the following, or all.

        Changing the day of one occurrence moves it (the rest of the series stays). With FOLLOWING
        or ALL, the text, domains, agency and notes go to every occurrence in scope, and a change of
        day or due date shifts each of them by the same number of days. Published occurrences keep
        what was published and are left as they are. The period of a series cannot change.
        """
        draft = self.validate(draft)
        try:
            with self._db.begin() as s:
                row = self._row(s, item_id, expected_version)
                if row.series_id is not None and draft.period.value != row.period:
                    raise ValidationError(Problem(
                        "period", "Không đổi được định kỳ của một chuỗi lặp: hãy xóa các lần từ đây "
                                  "về sau rồi tạo chuỗi mới."))
                assert draft.day is not None
                shift = draft.day - row.day
                if row.series_id is None or scope is EditScope.THIS:
                    targets = [row]
                else:
                    query = select(ContentItemRow).where(ContentItemRow.series_id == row.series_id)
                    if scope is EditScope.FOLLOWING:
                        query = query.where(ContentItemRow.occurrence_date >= row.occurrence_date)
                    targets = [r for r in s.scalars(query).all()
                               if r.id == row.id or r.status != Status.PUBLISHED.value]
                due_offset = (draft.due_date - draft.day) if draft.due_date else None
                for target in targets:
                    new_day = target.day + shift
                    if target.status == Status.PUBLISHED.value and new_day != target.day:
                        raise ValidationError(Problem("day", "Nội dung đã đăng, không đổi ngày được."))
                    old_day = target.day
                    due = new_day + due_offset if due_offset is not None else None
                    self._apply(target, replace(draft, day=new_day, due_date=due))
                    if new_day != old_day:
                        s.add(self._event(target.id, Move.MOVE_DATE, self.clock.today(),
                                          f"{old_day:%d/%m/%Y} → {new_day:%d/%m/%Y}",
                                          Status(target.status), Status(target.status)))
        except StaleDataError:
            raise self._stale(item_id) from None
        return self.get(item_id)

    def move(self, item_id: int, new_day: date, expected_version: int | None = None,
             note: str = "") -> ContentItem:
        """Move one item (one occurrence of a series) to another day; its due date moves with it."""
        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            shift = new_day - row.day
            old = row.day
            row.day = new_day
            if row.due_date is not None:
                row.due_date = row.due_date + shift
            return f"{old:%d/%m/%Y} → {new_day:%d/%m/%Y}" + (f". {note}" if note else "")

        return self._move(item_id, Move.MOVE_DATE, expected_version, self.clock.today(), apply)

    def skip(self, item_id: int, expected_version: int | None = None, note: str = "") -> ContentItem:
        """Skip one occurrence of a series; the others stay. It is kept, hidden, and can be restored."""
        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            row.skipped = True
            return nfc_multiline(note)

        return self._move(item_id, Move.SKIP, expected_version, self.clock.today(), apply)

    def restore(self, item_id: int, expected_version: int | None = None) -> ContentItem:
        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            row.skipped = False
            return ""

        return self._move(item_id, Move.RESTORE, expected_version, self.clock.today(), apply)

    def agree(self, item_id: int, party: Party, agreed_by: str = "", on: date | None = None,
              note: str = "", expected_version: int | None = None) -> ContentItem:
        """Record one party's agreement; the item becomes "agreed" once both parties have agreed."""
        on = self._on_or_today(on)

        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            s.add(ContentAgreementRow(item_id=row.id, party=party.value, agreed_by=nfc(agreed_by),
                                      agreed_on=on, note=nfc_multiline(note)))
            who = f" ({nfc(agreed_by)})" if nfc(agreed_by) else ""
            return f"{party.label}{who}" + (f": {nfc_multiline(note)}" if nfc_multiline(note) else "")

        self._check_not_future(on, "on")
        return self._move(item_id, Move.AGREE, expected_version, on, apply, party)

    def reject(self, item_id: int, reason: str, on: date | None = None,
               expected_version: int | None = None) -> ContentItem:
        return self._stop(item_id, Move.REJECT, reason, on, expected_version)

    def cancel(self, item_id: int, reason: str, on: date | None = None,
               expected_version: int | None = None) -> ContentItem:
        return self._stop(item_id, Move.CANCEL, reason, on, expected_version)

    def reopen(self, item_id: int, note: str = "", on: date | None = None,
               expected_version: int | None = None) -> ContentItem:
        """Back to "proposed" after a rejection or a cancellation; the agreements must be given again
        (the history keeps the earlier ones)."""
        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            for agreement in s.scalars(select(ContentAgreementRow)
                                       .where(ContentAgreementRow.item_id == row.id)):
                s.delete(agreement)
            row.status_reason = ""
            return nfc_multiline(note)

        return self._move(item_id, Move.REOPEN, expected_version, self._on_or_today(on), apply)

    def distribute(self, item_id: int, targets: Sequence[Distribution], note: str = "",
                   expected_version: int | None = None) -> ContentItem:
        """Record that the item was handed to agencies, sites, portals or fanpages."""
        cleaned = [replace(t, target=nfc(t.target), note=nfc_multiline(t.note)) for t in targets]
        problems: list[Problem] = []
        if not [t for t in cleaned if t.target or t.agency_id]:
            problems.append(Problem("targets", "Chọn ít nhất một cơ quan, trang hoặc fanpage nhận nội dung."))
        for t in cleaned:
            if t.distributed_on > self.clock.today():
                problems.append(Problem("on", "Ngày chuyển không được sau ngày hôm nay."))
                break
        if problems:
            raise ValidationError(problems)
        on = max(t.distributed_on for t in cleaned)

        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            names = self._agency_names(s, [t.agency_id for t in cleaned if t.agency_id])
            written = []
            for t in cleaned:
                target = t.target or names.get(t.agency_id or 0, "")
                s.add(ContentDistributionRow(item_id=row.id, target=target, agency_id=t.agency_id,
                                             distributed_on=t.distributed_on, note=t.note))
                written.append(target)
            extra = nfc_multiline(note)
            return "Chuyển: " + "; ".join(written) + (f". {extra}" if extra else "")

        return self._move(item_id, Move.DISTRIBUTE, expected_version, on, apply)

    def publish(self, item_id: int, publication: Publication, note: str = "",
                expected_version: int | None = None) -> ContentItem:
        """Record where and when the item appeared, with its link."""
        url = normalise_url(nfc(publication.url))
        where = nfc(publication.where)
        problems: list[Problem] = []
        if not where and publication.agency_id is None:
            problems.append(Problem("where", "Cho biết nội dung đã đăng ở đâu (cơ quan hoặc trang)."))
        if message := check_url(url):
            problems.append(Problem("url", message))
        if publication.published_on > self.clock.today():
            problems.append(Problem("on", "Ngày đăng không được sau ngày hôm nay."))
        if problems:
            raise ValidationError(problems)

        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            first_sent = min((d.distributed_on for d in item.distributions), default=None)
            if first_sent is not None and publication.published_on < first_sent:
                raise ValidationError(Problem(
                    "on", f"Ngày đăng ({publication.published_on:%d/%m/%Y}) trước ngày chuyển đăng tải "
                          f"({first_sent:%d/%m/%Y})."))
            name = where or self._agency_names(s, [publication.agency_id or 0]).get(
                publication.agency_id or 0, "")
            s.add(ContentPublicationRow(item_id=row.id, where=name, agency_id=publication.agency_id, url=url,
                                        published_on=publication.published_on,
                                        note=nfc_multiline(publication.note)))
            return f"Đăng: {name}" + (f" — {url}" if url else "") + (
                f". {nfc_multiline(note)}" if nfc_multiline(note) else "")

        return self._move(item_id, Move.PUBLISH, expected_version, publication.published_on, apply)

    def delete(self, item_id: int, scope: EditScope = EditScope.THIS) -> int:
        """Delete an item (or this and the following / all occurrences of its series).

        Items already handed over or published are records of what happened: they are cancelled,
        not deleted, and a scope that holds one is refused as a whole. Returns how many were deleted.
        """
        with self._db.begin() as s:
            row = s.get(ContentItemRow, item_id)
            if row is None:
                return 0
            targets = [row]
            if row.series_id is not None and scope is not EditScope.THIS:
                query = select(ContentItemRow).where(ContentItemRow.series_id == row.series_id)
                if scope is EditScope.FOLLOWING:
                    query = query.where(ContentItemRow.occurrence_date >= row.occurrence_date)
                targets = list(s.scalars(query).all())
            kept = [t for t in targets if t.status in (Status.DISTRIBUTED.value, Status.PUBLISHED.value)]
            if kept:
                listed = ", ".join(f"{t.day:%d/%m/%Y}" for t in kept[:5]) + ("…" if len(kept) > 5 else "")
                raise ValidationError(
                    f"Không xóa được: {len(kept)} nội dung đã chuyển hoặc đã đăng ({listed}). "
                    "Hãy hủy thay vì xóa, hoặc chỉ xóa các lần chưa chuyển.")
            series_id = row.series_id
            for target in targets:
                s.delete(target)
            s.flush()
            if series_id is not None and not s.scalar(
                    select(func.count()).where(ContentItemRow.series_id == series_id)):
                series = s.get(ContentSeriesRow, series_id)
                if series is not None:
                    s.delete(series)
            return len(targets)

    # ----------------------------------------------------------------- import
    def plan_import(
        self, rows: Iterable[ImportRow[ContentDraft]], source: str = ""
    ) -> ImportPlan[ContentDraft]:
        """Preview an import: every row is one item; nothing is written.

        The proposing agency is matched to the roster by folded name (or short name). A row that
        repeats an item already in the calendar (same title, day and agency) is "unchanged", so a
        file imported twice does not double the calendar; two identical rows in one file, or any
        invalid row, reject the whole import.
        """
        rows = list(rows)
        rejected: list[Problem] = []
        warnings = row_warnings(rows)
        to_add: list[PlannedRow[ContentDraft]] = []
        unchanged: list[PlannedRow[ContentDraft]] = []
        seen: dict[tuple[str, date | None, str], int] = {}
        with self._db.read() as s:
            agencies = self._agency_index(s)
            ended = {agency_id: (name, active_to) for agency_id, name, active_to in s.execute(
                select(AgencyRow.id, AgencyRow.name, AgencyRow.active_to)
                .where(AgencyRow.active_to.is_not(None)))}
            days = [r.draft.day for r in rows if r.draft is not None and r.draft.day is not None]
            existing: set[tuple[str, date, int | None]] = set()
            if days:
                existing = {
                    (t, d, a) for t, d, a in s.execute(
                        select(ContentItemRow.title_folded, ContentItemRow.day, ContentItemRow.agency_id)
                        .where(ContentItemRow.day >= min(days), ContentItemRow.day <= max(days)))
                }
        for item in rows:
            rejected.extend(item.problems)
            if item.draft is None:
                continue
            draft = clean_draft(item.draft)
            if draft.agency_name and draft.agency_id is None:
                agency_id = agencies.get(fold(draft.agency_name))
                if agency_id is None:
                    rejected.append(Problem(
                        f"dòng {item.row}, cột {FIELD_LABELS['agency_name']}",
                        f"“{draft.agency_name}” không có trong danh bạ cơ quan (hãy thêm vào danh bạ "
                        "hoặc sửa tên cho đúng).",
                        draft.agency_name,
                    ))
                else:
                    draft = replace(draft, agency_id=agency_id)
                    if agency_id in ended and draft.day is not None and ended[agency_id][1] < draft.day:
                        name, active_to = ended[agency_id]
                        warnings.append(Problem(
                            f"dòng {item.row}, cột {FIELD_LABELS['agency_name']}",
                            f"“{name}” đã kết thúc hoạt động từ {active_to:%d/%m/%Y}, trước ngày của "
                            "nội dung.",
                            draft.agency_name))
            for problem in draft_problems(draft):
                if problem.field in _READ_BY_IMPORTER:
                    continue
                column = FIELD_LABELS.get(problem.field, problem.field)
                value = getattr(draft, problem.field, "")
                rejected.append(Problem(f"dòng {item.row}, cột {column}", problem.message,
                                        "" if value is None else str(value)))
            key = (fold(draft.title), draft.day, fold(draft.agency_name))
            if key in seen:
                rejected.append(Problem(
                    f"dòng {item.row}",
                    f"“{draft.title}” trùng với dòng {seen[key]} (cùng tiêu đề, ngày và cơ quan)."))
                continue
            seen[key] = item.row
            label = f"{draft.title} — {period_label(draft.period, draft.day)}" if draft.day else draft.title
            planned = PlannedRow(item.row, label, draft)
            if draft.day is not None and (fold(draft.title), draft.day, draft.agency_id) in existing:
                unchanged.append(planned)
            else:
                to_add.append(planned)
        return ImportPlan(source, tuple(to_add), (), tuple(unchanged), tuple(rejected), tuple(warnings))

    def apply_import(
        self,
        plan: ImportPlan[ContentDraft],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[int, int]:
        """Write a clean plan in one transaction: every row or none (a cancel rolls it all back)."""
        if not plan.ok:
            raise ValidationError(list(plan.rejected))

        steps = SaveSteps(len(plan.to_add), progress, cancelled)
        with self._db.begin() as s:
            rows = []
            for done, planned in enumerate(plan.to_add):
                steps.step(done)
                row = ContentItemRow(status=Status.PROPOSED.value, skipped=False)
                self._apply(row, planned.draft)
                rows.append(row)
            s.add_all(rows)
            s.flush()
            for row, planned in zip(rows, plan.to_add, strict=True):
                s.add(self._event(row.id, Move.PROPOSE, self.clock.today(),
                                  f"Nhập từ tệp {plan.source}, dòng {planned.row}", None, Status.PROPOSED))
            s.flush()
            steps.last()
        return len(plan.to_add), 0

    # ----------------------------------------------------------------- internals
    def _apply(self, row: ContentItemRow, draft: ContentDraft) -> None:
        assert draft.day is not None
        row.title = draft.title
        row.title_folded = fold(draft.title)
        row.summary = draft.summary
        row.domains = ",".join(d.value for d in draft.domains)
        row.agency_id = draft.agency_id
        row.period = draft.period.value
        row.day = draft.day
        row.due_date = draft.due_date
        row.notes = draft.notes
        row.updated_at = utcnow()
        row.updated_by = self._who()

    def _event(self, item_id: int, move: Move, on: date, note: str, from_status: Status | None,
               to_status: Status) -> ContentEventRow:
        return ContentEventRow(item_id=item_id, move=move.value, on_date=on, note=note,
                               from_status=from_status.value if from_status else None,
                               to_status=to_status.value, by=self._who(), at=utcnow())

    def _row(self, s: Session, item_id: int, expected_version: int | None) -> ContentItemRow:
        row = s.get(ContentItemRow, item_id)
        if row is None:
            raise NotFoundError(_GONE)
        if expected_version is not None and row.version != expected_version:
            raise conflict_error(row, row.title)
        return row

    def _stale(self, item_id: int) -> ConflictError | NotFoundError:
        with self._db.read() as s:
            row = s.get(ContentItemRow, item_id)
            if row is None:
                return NotFoundError("Nội dung này vừa bị xóa.")
            return conflict_error(row, row.title)

    def _move(self, item_id: int, move: Move, expected_version: int | None, on: date,
              apply: Callable[[Session, ContentItemRow, ContentItem], str],
              party: Party | None = None) -> ContentItem:
        """One life-cycle move in one unit of work: check it is allowed, apply it, record it."""
        item = self.get(item_id)
        try:
            with self._db.begin() as s:
                row = self._row(s, item_id, expected_version)
                if row.version != item.version:  # changed between the read above and this unit
                    raise conflict_error(row, row.title)
                reason = refusal(item, move, party)
                if reason is not None:
                    raise ValidationError(Problem("", reason))
                before = Status(row.status)
                note = apply(s, row, item)
                after = status_after(item, move, party)
                row.status = after.value
                row.updated_at = utcnow()
                row.updated_by = self._who()
                s.add(self._event(row.id, move, on, note, before, after))
        except StaleDataError:
            raise self._stale(item_id) from None
        return self.get(item_id)

    def _stop(self, item_id: int, move: Move, reason: str, on: date | None,
              expected_version: int | None) -> ContentItem:
        reason = nfc_multiline(reason)
        if not reason:
            raise ValidationError(Problem("reason", "Cần ghi lý do."))

        def apply(s: Session, row: ContentItemRow, item: ContentItem) -> str:
            row.status_reason = reason
            return reason

        return self._move(item_id, move, expected_version, self._on_or_today(on), apply)

    def _check_not_future(self, on: date, field: str) -> None:
        if on > self.clock.today():
            raise ValidationError(Problem(field, "Ngày không được sau ngày hôm nay."))

    @staticmethod
    def _agency_names(s: Session, ids: Sequence[int]) -> dict[int, str]:
        ids = [i for i in ids if i]
        if not ids:
            return {}
        return dict(s.execute(select(AgencyRow.id, AgencyRow.name).where(AgencyRow.id.in_(ids))).all())


def _domains(text: str) -> tuple[Domain, ...]:
    values = {v for v in (text or "").split(",") if v}
    return tuple(d for d in Domain if d.value in values)
