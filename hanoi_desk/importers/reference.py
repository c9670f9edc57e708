"""The reference roster shipped in resources/reference/: the agencies and how the list changed.

``hanoi-agencies.csv`` holds the agencies as the reference knows them today; its ``since`` column is the
version of the reference that first listed a row (1: the first list of 65 agencies; 2: the 126 communes
and the 2025 party board). ``hanoi-agencies-revisions.csv`` says, for every later version, which field of
an older row changed and what it said before, so an upgrade can tell a value the reference wrote (and may
now correct) from one a clerk typed (which it must keep). See services/seed.py.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hanoi_desk.domain.agency import AgencyDraft, AgencyKind
from hanoi_desk.domain.text import nfc

REVISIONS_NAME = "hanoi-agencies-revisions.csv"
# The columns of the reference file that a revision may name (the agency's own name never changes:
# a renamed agency is a new row, the old one ends with it as successor).
REVISED_FIELDS = ("short_name", "kind", "code", "active_from", "active_to", "successor", "note")


@dataclass(frozen=True)
class ReferenceAgency:
    draft: AgencyDraft
    successor_name: str
    since: int = 1  # the reference version that first listed this agency


@dataclass(frozen=True)
class ReferenceRevision:
    """In reference version ``version``, ``field`` of the agency ``name`` changed; it said ``before``."""

    version: int
    name: str
    field: str
    before: str


@dataclass(frozen=True)
class ReferenceRoster:
    entries: tuple[ReferenceAgency, ...]
    revisions: tuple[ReferenceRevision, ...] = ()

    @property
    def version(self) -> int:
        return max([1, *(e.since for e in self.entries), *(r.version for r in self.revisions)])


def read_reference(path: Path, revisions: Path | None = None) -> ReferenceRoster:
    """The roster in *path*; its revisions from *revisions*, by default the file beside it (if any)."""
    with path.open(encoding="utf-8", newline="") as handle:
        entries = tuple(
            ReferenceAgency(
                AgencyDraft(
                    name=nfc(row["name"]),
                    short_name=nfc(row["short_name"]),
                    kind=AgencyKind(row["kind"]),
                    code=nfc(row["code"]),
                    active_from=_day(row["active_from"]),
                    active_to=_day(row["active_to"]),
                    notes=nfc(row["note"]),
                    contacts=(),
                ),
                nfc(row["successor"]),
                int(row.get("since") or 1),
            )
            for row in csv.DictReader(handle)
        )
    revisions = revisions if revisions is not None else path.with_name(REVISIONS_NAME)
    changes: tuple[ReferenceRevision, ...] = ()
    if revisions.is_file():
        with revisions.open(encoding="utf-8", newline="") as handle:
            changes = tuple(
                ReferenceRevision(int(row["version"]), nfc(row["name"]), row["field"], nfc(row["before"]))
                for row in csv.DictReader(handle)
            )
        unknown = {c.field for c in changes} - set(REVISED_FIELDS)
        if unknown:
            raise ValueError(f"{revisions.name}: không rõ cột {', '.join(sorted(unknown))}")
    return ReferenceRoster(entries, changes)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None
