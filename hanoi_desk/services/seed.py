"""Fill a new database with the reference roster, once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from sqlalchemy import select

from hanoi_desk.db import Database
from hanoi_desk.domain.agency import AgencyDraft
from hanoi_desk.domain.history import register_record_labels
from hanoi_desk.domain.text import fold
from hanoi_desk.models import AgencyRow, SettingRow
from hanoi_desk.models.base import utcnow

SEEDED_KEY = "seed.reference_roster"
register_record_labels("setting", {SEEDED_KEY: "Ngày nạp danh sách cơ quan tham chiếu"}, field="key")


class ReferenceEntry(Protocol):
    draft: AgencyDraft
    successor_name: str


def seed_reference_roster(db: Database, entries: Sequence[ReferenceEntry], who: str = "") -> int:
    """Insert the reference agencies and link successors. Runs once per database; returns the count.

    A marker setting, not an empty table, decides: a clerk who deletes rows must not see them return.
    """
    with db.begin() as s:
        if s.get(SettingRow, SEEDED_KEY) is not None:
            return 0
        rows: dict[str, AgencyRow] = {}
        for entry in entries:
            draft = entry.draft
            row = AgencyRow(
                name=draft.name, name_folded=fold(draft.name), kind=draft.kind.value,
                short_name=draft.short_name, code=draft.code, active_from=draft.active_from,
                active_to=draft.active_to, notes=draft.notes, updated_at=utcnow(), updated_by=who,
            )
            s.add(row)
            rows[fold(draft.name)] = row
        s.flush()
        for entry in entries:
            if entry.successor_name:
                successor = rows.get(fold(entry.successor_name))
                if successor is None:  # named in the file but not listed: keep the fact as a record
                    successor = s.scalars(
                        select(AgencyRow).where(AgencyRow.name_folded == fold(entry.successor_name))
                    ).first()
                if successor is not None:
                    rows[fold(entry.draft.name)].successor_id = successor.id
        s.add(SettingRow(key=SEEDED_KEY, value=date.today().isoformat()))
        return len(rows)


