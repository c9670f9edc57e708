"""Who changed what, when: recorded for every table, read back for one record or the whole database.

:func:`track_changes` hooks the session factory of a :class:`~hanoi_desk.db.Database`: before each
flush it stamps ``updated_by``/``updated_at`` on ``Versioned`` records, and after it writes one
history row per inserted, updated or deleted object, with each changed column's old and new value,
in the same transaction as the change (so a rolled-back change leaves no history either). Nothing
is declared per table: a table another feature adds has history as soon as it is mapped. A model
may name its parent record with ``__history_parent__ = "<fk column>"`` (its changes then show in
the parent's history), give itself a ``history_label()``, or opt out with ``__history_ignore__``.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, event, func, insert, inspect, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.state import InstanceState

from hanoi_desk.db import Database
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.history import (
    FieldChange,
    HistoryAction,
    HistoryEntry,
    HistoryQuery,
    display_value,
    field_label,
    record_label,
    register_labels,
    table_label,
    value_label,
)
from hanoi_desk.domain.text import fold, fold_many, sort_key
from hanoi_desk.models import Base, HistoryRow
from hanoi_desk.models.base import Versioned, utcnow
from hanoi_desk.services.versioning import local_time

Who = Callable[[], str]

# Bookkeeping, not content: shown as the entry's author and time, or derived from another field.
IGNORED_FIELDS = frozenset({"version", "updated_at", "updated_by"})
MAX_VALUE_CHARS = 5_000
MAX_FOLDED_CHARS = 20_000
_WHO = "hanoi_desk.who"
_LABEL_ATTRS = ("name", "title", "subject", "label", "key", "code")

register_labels("setting", "Cài đặt", {"key": "Khóa", "value": "Giá trị"})


def track_changes(db: Database, who: Who) -> None:
    """Record every change made through *db*'s sessions, authored by ``who()`` (asked once per session)."""
    factory = db.sessions

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        name = _author(session, who)
        now = utcnow()
        for obj in session.new:
            if isinstance(obj, Versioned):
                if not obj.updated_by:
                    obj.updated_by = name
                if obj.updated_at is None:
                    obj.updated_at = now
        for obj in session.dirty:
            if isinstance(obj, Versioned) and session.is_modified(obj):
                attrs = inspect(obj).attrs
                if not attrs.updated_by.history.has_changes():
                    obj.updated_by = name
                if not attrs.updated_at.history.has_changes():
                    obj.updated_at = now

    def after_flush(session: Session, context: Any) -> None:
        name = _author(session, who)
        now = utcnow()
        rows = [
            row
            for action, objects in ((HistoryAction.INSERT, session.new),
                                    (HistoryAction.UPDATE, session.dirty),
                                    (HistoryAction.DELETE, _deleted(session, context)))
            for obj in objects
            if (row := _history_row(obj, action, name, now)) is not None
        ]
        if rows:
            session.connection().execute(insert(HistoryRow.__table__), rows)

    event.listen(factory, "before_flush", before_flush)
    event.listen(factory, "after_flush", after_flush)


def _deleted(session: Session, context: Any) -> list[object]:
    """What this flush deletes: the objects deleted by hand, and the orphans a cascade removes
    (a contact taken out of its agency's list), which ``session.deleted`` does not list."""
    found = list(session.deleted)
    seen = {id(obj) for obj in found}
    for state, (is_delete, list_only) in getattr(context, "states", {}).items():
        obj = state.obj()
        if is_delete and not list_only and obj is not None and id(obj) not in seen:
            seen.add(id(obj))
            found.append(obj)
    return found


def _author(session: Session, who: Who) -> str:
    if _WHO not in session.info:
        try:
            session.info[_WHO] = (who() or "")[:120]
        except Exception:  # the author is worth recording, never worth failing a save for
            session.info[_WHO] = ""
    return session.info[_WHO]


def _jsonable(value: object) -> object:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, enum.Enum):
        return _jsonable(value.value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(bytes(value))} byte>"
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


def _history_row(obj: object, action: HistoryAction, who: str, now: datetime) -> dict[str, Any] | None:
    cls = type(obj)
    if getattr(cls, "__history_ignore__", False):
        return None
    state: InstanceState[Any] = inspect(obj)
    mapper = state.mapper
    loaded = state.dict
    pk_keys = {mapper.get_property_by_column(c).key for c in mapper.primary_key}
    changes: dict[str, list[object]] = {}
    for attr in mapper.column_attrs:
        key = attr.key
        if key in IGNORED_FIELDS or key in pk_keys or key.endswith("_folded"):
            continue
        if action is HistoryAction.UPDATE:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = [_jsonable(old), _jsonable(new)]
        elif key in loaded and loaded[key] not in (None, ""):
            value = _jsonable(loaded[key])
            changes[key] = [None, value] if action is HistoryAction.INSERT else [value, None]
    if action is HistoryAction.UPDATE and not changes:
        return None
    identity = state.identity or tuple(loaded.get(k) for k in pk_keys)
    return _row(_Shape.of(cls), action, who, now, identity, _label(obj, loaded), loaded, changes)


def record_inserts(session: Session, model: type[Base], values: Sequence[dict[str, Any]],
                   ids: Sequence[int], who: str) -> None:
    """History for records inserted by one bulk Core statement, which the flush events never see.

    *values* are the inserted column values and *ids* their new primary keys, in the same order.
    The rows are the flush listener's (same fields, label, search text), made in bulk: the changed
    columns looked up once per table, the search text folded for all rows at once, and written with
    one ``executemany`` of the database driver (SQLAlchemy's per-row parameter processing was half
    the time of a 10,000-row import: docs/performance.md).
    """
    if getattr(model, "__history_ignore__", False) or not values:
        return
    shape = _Shape.of(model)
    recorded = [key for key in shape.columns
                if key not in IGNORED_FIELDS and key != "id" and not key.endswith("_folded")]
    now = utcnow()
    label_keys = [a for a in _LABEL_ATTRS if a in shape.columns]
    parent_key = shape.parent_key if shape.parent_table is not None else None
    dumps = json.dumps
    plain = (str, int, float, bool)
    changes_text: list[str] = []
    labels: list[str] = []
    words: list[str] = []
    parents: list[str | None] = []
    for record_id, loaded in zip(ids, values, strict=True):
        changes = {}
        texts = []
        for key in recorded:
            value = loaded.get(key)
            if value is None or value == "":
                continue
            value = value if value.__class__ in plain and not (
                value.__class__ is str and len(value) > MAX_VALUE_CHARS) else _jsonable(value)
            changes[key] = [None, value]
            texts.append(str(value))
        label = next((v for a in label_keys if isinstance(v := loaded.get(a), str) and v),
                     f"#{record_id}")[:300]
        labels.append(label)
        changes_text.append(dumps(changes, ensure_ascii=False))
        words.append(" ".join([label, who, *texts]))
        parent = loaded.get(parent_key) if parent_key else None
        parents.append(None if parent is None else str(parent))
    folded = fold_many(words)
    names = ["changed_at", "changed_by", "action", "table_name", "record_id", "label", "parent_table",
             "parent_id", "changes", "folded"]
    action = HistoryAction.INSERT.value
    rows = [
        (now, who, action, shape.table, str(record_id)[:64], label,
         shape.parent_table if parent is not None else None, parent, text, found[:MAX_FOLDED_CHARS])
        for record_id, label, parent, text, found in zip(ids, labels, parents, changes_text, folded,
                                                         strict=True)
    ]
    insert_rows(session, HistoryRow.__table__, names, rows)


def insert_rows(session: Session, table: Any, names: Sequence[str], rows: Sequence[Sequence[Any]],
                returning: Sequence[str] = ()) -> list[tuple[Any, ...]]:
    """Insert *rows* (values in the order of *names*) through the database driver itself.

    Values are converted the way SQLAlchemy would (dates for SQLite, for instance), column by
    column; without *returning* the rows go in one ``executemany``, with it in multi-row ``INSERT …
    VALUES … RETURNING`` statements of a few hundred rows, whose returned rows come back in order
    of nothing in particular (match them by a key). SQLAlchemy's per-row parameter handling was
    half the time of a 10,000-row import (docs/performance.md).
    """
    if not rows:
        return []
    connection = session.connection()
    dialect = connection.dialect
    marker = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(dialect.paramstyle)
    if marker is None:  # a driver with named or numeric parameters: SQLAlchemy's own path
        statement = insert(table).returning(*(table.c[n] for n in returning)) if returning else insert(table)
        result = connection.execute(statement, [dict(zip(names, row, strict=True)) for row in rows])
        return [tuple(r) for r in result] if returning else []
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for i, name in enumerate(names):
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            columns[i] = [None if value is None else processor(value) for value in columns[i]]
    params = list(zip(*columns, strict=True))
    quote = dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) VALUES "
    one = "(" + ", ".join([marker] * len(names)) + ")"
    if not returning:
        connection.exec_driver_sql(head + one, params)
        return []
    tail = " RETURNING " + ", ".join(quote(n) for n in returning)
    size = max(1, min(500, 30_000 // len(names)))  # within every driver's limit on parameters
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(params), size):
        chunk = params[start:start + size]
        flat = tuple(value for row in chunk for value in row)
        result = connection.exec_driver_sql(head + ", ".join([one] * len(chunk)) + tail, flat)
        found.extend(tuple(r) for r in result.fetchall())
    return found


@dataclass(frozen=True)
class _Shape:
    """What a history row needs to know of a mapped class, looked up once per class."""

    table: str
    columns: frozenset[str]
    parent_key: str | None
    parent_table: str | None

    @classmethod
    def of(cls, model: type) -> _Shape:
        found = _SHAPES.get(model)
        if found is None:
            mapper = inspect(model)
            parent_key = getattr(model, "__history_parent__", None)
            parent_table = None
            if parent_key:
                foreign = next(iter(mapper.columns[parent_key].foreign_keys), None)
                parent_table = foreign.column.table.name if foreign is not None else None
            found = cls(mapper.local_table.name, frozenset(mapper.columns.keys()), parent_key, parent_table)
            _SHAPES[model] = found
        return found


_SHAPES: dict[type, _Shape] = {}


def _row(shape: _Shape, action: HistoryAction, who: str, now: datetime, identity: Sequence[object],
         label: str, loaded: dict[str, Any], changes: dict[str, list[object]]) -> dict[str, Any]:
    """One history row, as both the flush listener and the bulk path write it."""
    label = label[:300]
    parent_id = None
    if shape.parent_table is not None and loaded.get(shape.parent_key) is not None:  # type: ignore[arg-type]
        parent_id = str(loaded[shape.parent_key])  # type: ignore[index]
    words = [label, who] + [str(v) for pair in changes.values() for v in pair if v not in (None, "")]
    return {
        "changed_at": now,
        "changed_by": who,
        "action": action.value,
        "table_name": shape.table,
        "record_id": "/".join(str(v) for v in identity)[:64],
        "label": label,
        "parent_table": shape.parent_table if parent_id is not None else None,
        "parent_id": parent_id,
        "changes": json.dumps(changes, ensure_ascii=False),
        "folded": fold(" ".join(words))[:MAX_FOLDED_CHARS],
    }


def _label(obj: object, loaded: dict[str, Any]) -> str:
    custom = getattr(type(obj), "history_label", None)
    if callable(custom):
        try:
            return str(custom(obj))
        except Exception:  # a label reaching an unloaded relation: fall back to the columns
            pass
    for attr in _LABEL_ATTRS:
        value = loaded.get(attr)
        if isinstance(value, str) and value:
            return value
    return f"#{loaded.get('id', '')}"


class HistoryService:
    """Reading the history: one record's (with its children's) or the whole database's, filtered."""

    def __init__(self, db: Database, clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self.clock = clock  # public: the history tab's default dates

    def for_record(
        self, table: str, record_id: object, *, include_children: bool = True
    ) -> list[HistoryEntry]:
        """Every change of one record, newest first; with its contacts' (or other children's) changes."""
        h = HistoryRow
        condition = and_(h.table_name == table, h.record_id == str(record_id))
        if include_children:
            condition = or_(condition, and_(h.parent_table == table, h.parent_id == str(record_id)))
        with self._db.read() as s:
            rows = s.scalars(select(h).where(condition).order_by(h.changed_at.desc(), h.id.desc())).all()
            return _entries(s, rows)

    def search(self, query: HistoryQuery | None = None) -> list[HistoryEntry]:
        """The changes matching *query*, newest first (at most ``query.limit``)."""
        query = query or HistoryQuery()
        h = HistoryRow
        statement = select(h).order_by(h.changed_at.desc(), h.id.desc())
        if query.table:
            statement = statement.where(h.table_name == query.table)
        if query.user:
            statement = statement.where(h.changed_by == query.user)
        if query.since:
            statement = statement.where(h.changed_at >= _utc_start(query.since))
        if query.until:
            statement = statement.where(h.changed_at < _utc_start(query.until + timedelta(days=1)))
        for word in fold(query.text).split():
            statement = statement.where(h.folded.contains(word, autoescape=True))
        if query.limit:
            statement = statement.limit(query.limit)
        with self._db.read() as s:
            return _entries(s, s.scalars(statement).all())

    def count(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(HistoryRow)) or 0

    def tables(self) -> list[tuple[str, str]]:
        """(table, label) of every table that has history, in the Vietnamese order of their labels."""
        with self._db.read() as s:
            names = s.scalars(select(HistoryRow.table_name).distinct()).all()
        return sorted(((n, table_label(n)) for n in names), key=lambda pair: sort_key(pair[1]))

    def users(self) -> list[str]:
        with self._db.read() as s:
            names = s.scalars(select(HistoryRow.changed_by).distinct()).all()
        return sorted((n for n in names if n), key=sort_key)


def _utc_start(day: date) -> datetime:
    """Local midnight of *day* as the naive UTC time the history stores."""
    return datetime.combine(day, time()).astimezone(timezone.utc).replace(tzinfo=None)


def _references(table: str, field: str) -> str | None:
    """The table a column points to (a foreign key), from the models' metadata; None otherwise."""
    found = Base.metadata.tables.get(table)
    if found is None or field not in found.c:
        return None
    foreign = next(iter(found.c[field].foreign_keys), None)
    return foreign.column.table.name if foreign is not None else None


def _entries(s: Session, rows: Sequence[HistoryRow]) -> list[HistoryEntry]:
    """Entries with ids of other records (a successor, a parent agency) shown by their names.

    The names come from the history itself (the newest label recorded for that record), so a
    reference to a deleted record still reads as its name, and any table's references resolve.
    """
    parsed = [(row, _parse(row.changes)) for row in rows]
    wanted: dict[str, set[str]] = {}
    for row, stored in parsed:
        for field, pair in stored.items():
            target = _references(row.table_name, field)
            if target is not None:
                wanted.setdefault(target, set()).update(str(v) for v in pair if v is not None)
    names: dict[tuple[str, str], str] = {}
    for target, ids in wanted.items():
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start:start + 500]
            found = s.execute(
                select(HistoryRow.record_id, HistoryRow.label)
                .where(HistoryRow.table_name == target, HistoryRow.record_id.in_(chunk))
                .order_by(HistoryRow.id)
            ).all()
            for record_id, label in found:
                names[(target, record_id)] = label
    return [_entry(row, stored, names) for row, stored in parsed]


def _parse(text: str | None) -> dict[str, list[object]]:
    try:
        stored = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {k: [*v, None, None][:2] if isinstance(v, list) else [None, v] for k, v in stored.items()}


def _entry(row: HistoryRow, stored: dict[str, list[object]],
           names: dict[tuple[str, str], str] | None = None) -> HistoryEntry:
    names = names or {}

    def shown(field: str, value: object) -> str:
        target = _references(row.table_name, field)
        if target is not None and value is not None:
            return names.get((target, str(value)), f"#{value}")
        return _shown(row.table_name, field, value)

    changes = tuple(
        FieldChange(field, field_label(row.table_name, field), shown(field, pair[0]), shown(field, pair[1]))
        for field, pair in stored.items()
    )
    return HistoryEntry(
        id=row.id,
        changed_at=local_time(row.changed_at) or row.changed_at,
        changed_by=row.changed_by,
        action=HistoryAction(row.action),
        table=row.table_name,
        record_id=row.record_id,
        label=record_label(row.table_name, row.label),
        changes=changes,
    )


def _shown(table: str, field: str, value: object) -> str:
    text = display_value(value)
    return value_label(table, field, text) if isinstance(value, str) else text
