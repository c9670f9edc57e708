"""Fill a new database with the reference roster, and bring an older one up to a newer reference.

The reference has versions (importers/reference.py). A database records the version it was filled
from; opening it with a newer reference:
- adds the agencies the newer versions list, unless the roster already has one of that (folded) name;
- never brings back an agency of an older version that is missing: a clerk deleted it;
- corrects a field a newer version revised only where the database still holds what the reference said
  before; a value a clerk typed over it is kept (field by field: a phone number added to an agency does
  not stop its end date from arriving).
A database filled before versions existed (the marker date without a version) was filled from version 1.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hanoi_desk.db import Database
from hanoi_desk.domain.history import register_record_labels
from hanoi_desk.domain.text import fold, nfc
from hanoi_desk.importers.reference import ReferenceAgency, ReferenceRevision, ReferenceRoster
from hanoi_desk.models import AgencyRow, SettingRow
from hanoi_desk.models.base import utcnow

SEEDED_KEY = "seed.reference_roster"
VERSION_KEY = "seed.reference_version"
register_record_labels("setting", {
    SEEDED_KEY: "Ngày nạp danh sách cơ quan tham chiếu",
    VERSION_KEY: "Phiên bản danh sách cơ quan tham chiếu",
}, field="key")


@dataclass(frozen=True)
class SeedResult:
    """What one opening did: the versions, and the agencies added, corrected or left as a clerk wrote them."""

    version_before: int  # 0: a new database
    version: int
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()  # "name: field" where a clerk's value was kept over the reference's


def seed_reference_roster(db: Database, roster: ReferenceRoster, today: date, who: str = "") -> SeedResult:
    """Fill or upgrade the roster from *roster*; one transaction, nothing done when already current."""
    with db.begin() as s:
        version_row = s.get(SettingRow, VERSION_KEY, with_for_update=True)
        seeded = s.get(SettingRow, SEEDED_KEY)
        if seeded is None:
            current = 0
        elif version_row is None:
            current = 1
        else:
            current = int(version_row.value or 1)
        if current >= roster.version:
            return SeedResult(current, current)
        rows: dict[str, AgencyRow] = {r.name_folded: r for r in s.scalars(select(AgencyRow))}
        added = _add(s, rows, [e for e in roster.entries if e.since > current], who)
        by_name = {fold(e.draft.name): e for e in roster.entries}
        updated, kept = _revise(rows, by_name, [r for r in roster.revisions if r.version > current], who)
        s.flush()
        for key in added:
            successor = rows.get(fold(by_name[key].successor_name))
            if successor is not None:
                rows[key].successor_id = successor.id
        if seeded is None:
            s.add(SettingRow(key=SEEDED_KEY, value=today.isoformat()))
        if version_row is None:
            s.add(SettingRow(key=VERSION_KEY, value=str(roster.version)))
        else:
            version_row.value = str(roster.version)
        return SeedResult(current, roster.version, tuple(added.values()), tuple(updated.values()),
                          tuple(kept))


def _add(s: Session, rows: dict[str, AgencyRow], entries: list[ReferenceAgency], who: str) -> dict[str, str]:
    added: dict[str, str] = {}
    for entry in entries:
        draft = entry.draft
        key = fold(draft.name)
        if key in rows:  # typed or imported by a clerk before the reference listed it
            continue
        row = AgencyRow(
            name=draft.name, name_folded=key, kind=draft.kind.value,
            short_name=draft.short_name, code=draft.code, active_from=draft.active_from,
            active_to=draft.active_to, notes=draft.notes, updated_at=utcnow(), updated_by=who,
        )
        s.add(row)
        rows[key] = row
        added[key] = draft.name
    return added


def _revise(rows: dict[str, AgencyRow], entries: dict[str, ReferenceAgency],
            revisions: list[ReferenceRevision], who: str) -> tuple[dict[str, str], list[str]]:
    """Apply every revised field still holding the value the reference had before; keep the others."""
    # Several versions may revise one field: the oldest "before" is what an older database holds.
    oldest: dict[tuple[str, str], ReferenceRevision] = {}
    for revision in sorted(revisions, key=lambda r: r.version):
        oldest.setdefault((fold(revision.name), revision.field), revision)
    by_agency: dict[str, list[ReferenceRevision]] = defaultdict(list)
    for (key, _field), revision in oldest.items():
        by_agency[key].append(revision)
    updated: dict[str, str] = {}
    kept: list[str] = []
    for key, changes in by_agency.items():
        row, entry = rows.get(key), entries.get(key)
        if row is None or entry is None:  # deleted by a clerk, or no longer in the reference
            continue
        for revision in changes:
            if _value(row, rows, revision.field) != _normal(revision.field, revision.before):
                kept.append(f"{row.name}: {revision.field}")
                continue
            _apply(row, rows, entry, revision.field)
            updated[key] = row.name
        if key in updated:
            row.updated_at = utcnow()
            row.updated_by = who
    return updated, kept


def _normal(field: str, text: str) -> str:
    return fold(text) if field == "successor" else nfc(text).strip()


def _value(row: AgencyRow, rows: dict[str, AgencyRow], field: str) -> str:
    """The row's value of a reference column, as the reference file would write it."""
    if field == "successor":
        if row.successor_id is None:
            return ""
        successor = next((r for r in rows.values() if r.id == row.successor_id), None)
        return fold(successor.name) if successor is not None else "?"
    if field in ("active_from", "active_to"):
        value = getattr(row, field)
        return value.isoformat() if value else ""
    return nfc(getattr(row, "notes" if field == "note" else field) or "").strip()


def _apply(row: AgencyRow, rows: dict[str, AgencyRow], entry: ReferenceAgency, field: str) -> None:
    draft = entry.draft
    if field == "successor":
        target = rows.get(fold(entry.successor_name)) if entry.successor_name else None
        row.successor = target
    elif field == "note":
        row.notes = draft.notes
    elif field == "kind":
        row.kind = draft.kind.value
    else:
        setattr(row, field, getattr(draft, field))
