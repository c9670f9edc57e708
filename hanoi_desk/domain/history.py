"""The change history as plain values: who changed which record, when, and each field's old and new value.

Tables and fields are named by their database names; a feature registers Vietnamese labels for its
own tables with :func:`register_labels` so the history reads like the forms. A table nobody
registered still shows, under its database names: every mapped table has history without extra code.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

TABLE_LABELS: dict[str, str] = {}
FIELD_LABELS: dict[str, dict[str, str]] = {}
VALUE_LABELS: dict[tuple[str, str], dict[str, str]] = {}
RECORD_LABELS: dict[str, dict[str, str]] = {}
HIDDEN_FIELDS: dict[str, set[str]] = {}


def register_labels(
    table: str,
    label: str,
    fields: Mapping[str, str] | None = None,
    values: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Name a table, its fields and coded values ("news_site" -> "Trang TTĐT tổng hợp") for the history."""
    TABLE_LABELS[table] = label
    FIELD_LABELS.setdefault(table, {}).update(fields or {})
    for field, mapping in (values or {}).items():
        VALUE_LABELS.setdefault((table, field), {}).update(mapping)


def register_hidden(table: str, *fields: str) -> None:
    """Fields kept in the history but not shown to clerks: bookkeeping ("Thứ tự", "Dung lượng", the
    moment and author of an event, which the entry itself already says)."""
    HIDDEN_FIELDS.setdefault(table, set()).update(fields)


def is_hidden(table: str, field: str) -> bool:
    return field in HIDDEN_FIELDS.get(table, ())


def register_record_labels(table: str, records: Mapping[str, str], field: str | None = None) -> None:
    """Name records whose label is a code ("seed.reference_roster" -> "Ngày nạp danh sách…").

    A setting's record is labelled by its key; the history, shown to clerks in Vietnamese, names it
    by what the setting means instead (and *field*, the one holding the code, shows the name too).
    """
    RECORD_LABELS.setdefault(table, {}).update(records)
    if field is not None:
        VALUE_LABELS.setdefault((table, field), {}).update(records)


def record_label(table: str, label: str) -> str:
    return RECORD_LABELS.get(table, {}).get(label, label)


def value_label(table: str, field: str, value: str) -> str:
    """The label of a code; a list of codes ("economy,culture") reads as the list of their labels."""
    labels = VALUE_LABELS.get((table, field), {})
    if value in labels:
        return labels[value]
    parts = value.split(",")
    if len(parts) > 1 and all(part in labels for part in parts):
        return ", ".join(labels[part] for part in parts)
    return value


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)


def field_label(table: str, field: str) -> str:
    return FIELD_LABELS.get(table, {}).get(field, field)


class HistoryAction(str, enum.Enum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"

    @property
    def label(self) -> str:
        return {"insert": "Thêm mới", "update": "Sửa", "delete": "Xóa"}[self.value]


@dataclass(frozen=True)
class FieldChange:
    """One field of one change; values are shown as a clerk reads them (dates day/month/year)."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One insert, update or delete of one record. ``changed_at`` is local time."""

    id: int
    changed_at: datetime
    changed_by: str
    action: HistoryAction
    table: str
    record_id: str
    label: str
    changes: tuple[FieldChange, ...] = ()

    @property
    def table_label(self) -> str:
        return table_label(self.table)


@dataclass(frozen=True)
class HistoryQuery:
    """A filter over the whole history: every condition left empty matches everything.

    ``since``/``until`` are local calendar days, both included; ``text`` is matched folded (no case,
    no diacritics) against the record's label, the author and the values.
    """

    table: str | None = None
    user: str | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""
    limit: int | None = 20_000


def display_value(value: object) -> str:
    """A stored value (JSON) as text: ISO dates become day/month/year, None an empty string."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, str):
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return date.fromisoformat(value).strftime("%d/%m/%Y")
            except ValueError:
                return value
        if len(value) >= 19 and value[4] == "-" and value[10] == "T":
            try:
                return datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")
            except ValueError:
                return value
        return value
    return str(value)


def change_summary(entry: HistoryEntry, limit: int = 6) -> str:
    """One line for a change: "Điện thoại: 0243 → 0244; Email: (trống) → syt@hanoi.gov.vn"."""
    if entry.action is not HistoryAction.UPDATE:
        parts = [f"{c.label}: {c.new or c.old}" for c in entry.changes if (c.new or c.old)]
    else:
        parts = [f"{c.label}: {c.old or '(trống)'} → {c.new or '(trống)'}" for c in entry.changes]
    more = len(parts) - limit
    text = "; ".join(parts[:limit])
    return text + (f"; … (thêm {more} trường)" if more > 0 else "")


@dataclass(frozen=True)
class HistoryLine:
    """One field change of one entry, the unit the history views and the export show in rows."""

    entry: HistoryEntry
    change: FieldChange | None = None


def history_lines(entries: Iterable[HistoryEntry]) -> list[HistoryLine]:
    """One line per changed field; an entry with no field (a delete of an empty record) gets one line."""
    return [
        HistoryLine(entry, change)
        for entry in entries
        for change in (entry.changes or (None,))
    ]
