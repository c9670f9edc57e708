"""The reference roster shipped in resources/reference/hanoi-agencies.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hanoi_desk.domain.agency import AgencyDraft, AgencyKind
from hanoi_desk.domain.text import nfc


@dataclass(frozen=True)
class ReferenceAgency:
    draft: AgencyDraft
    successor_name: str


def read_reference(path: Path) -> list[ReferenceAgency]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            ReferenceAgency(
                AgencyDraft(
                    name=nfc(row["name"]),
                    short_name=nfc(row["short_name"]),
                    kind=AgencyKind(row["kind"]),
                    code=nfc(row["code"]),
                    active_from=date.fromisoformat(row["active_from"]) if row["active_from"] else None,
                    active_to=date.fromisoformat(row["active_to"]) if row["active_to"] else None,
                    notes=nfc(row["note"]),
                    contacts=(),
                ),
                nfc(row["successor"]),
            )
            for row in csv.DictReader(handle)
        ]
