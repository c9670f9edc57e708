"""One import flow for the window and the command line: read, map, plan, apply, remember.

Each kind of import is an :class:`ImportJob`: the importer's :class:`ImportKind` (its fields and
header synonyms) with the service that plans and writes its rows. Reading uses the column choices
remembered in the database for that kind, plus this import's own (the preview's, or ``--map`` and
``--notes``); the plan carries the file's columns and warnings for the preview; applying writes every
row or none and then remembers the choices, so the next file with the same headers maps by itself.

A new importer joins by declaring its ``ImportKind`` in its importer module and adding one entry to
:func:`jobs` (as outreach, issue 17, did).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.imports import FIELD, IGNORE, NOTES, ColumnChoice, ImportPlan, ImportRow, header_key

if TYPE_CHECKING:
    from hanoi_desk.app import Services
    from hanoi_desk.importers.xlsx_table import ImportFile, ImportKind
    from hanoi_desk.services.settings import SettingsService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Plan = Callable[[list[ImportRow[Any]], str], ImportPlan[Any]]
Apply = Callable[..., tuple[int, int]]


@dataclass(frozen=True)
class ImportJob:
    """One kind of import, bound to the services that plan and write it."""

    kind: ImportKind[Any]
    plan_rows: Plan
    apply_plan: Apply
    remembered: Callable[[], dict[str, ColumnChoice]]
    remember: Callable[[Mapping[str, ColumnChoice]], None]

    @property
    def name(self) -> str:
        return self.kind.name

    def read(self, path: Path, choices: Mapping[str, ColumnChoice] | None = None, *,
             progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportFile[Any]:
        return self.kind.read(path, choices=choices, remembered=self.remembered(), progress=progress,
                              cancelled=cancelled)

    def plan(self, found: ImportFile[Any]) -> ImportPlan[Any]:
        """The service's plan for the file's rows, with the file's columns and warnings attached."""
        return found.attach(self.plan_rows(found.rows, found.source))

    def read_and_plan(self, path: Path, choices: Mapping[str, ColumnChoice] | None = None, *,
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> tuple[ImportFile[Any], ImportPlan[Any]]:
        found = self.read(path, choices, progress=progress, cancelled=cancelled)
        return found, self.plan(found)

    def replan(self, found: ImportFile[Any],
               choices: Mapping[str, ColumnChoice]) -> tuple[ImportFile[Any], ImportPlan[Any]]:
        """The same file with the columns mapped as the clerk now chose (no new read of the file)."""
        again = found.remap(choices, self.remembered())
        return again, self.plan(again)

    def apply(self, plan: ImportPlan[Any], *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> tuple[int, int]:
        """Write every row of *plan* or none, then remember how its columns were imported."""
        result = self.apply_plan(plan, progress=progress, cancelled=cancelled)
        self.remember(plan.choices())
        return result

    @classmethod
    def of(cls, kind: ImportKind[Any], plan: Plan, apply: Apply,
           settings: SettingsService | None) -> ImportJob:
        """A job whose column choices are kept in *settings* (the database: every workstation and
        the command line share them); without settings nothing is remembered."""
        if settings is None:
            return cls(kind, plan, apply, dict, lambda _choices: None)
        return cls(kind, plan, apply, lambda: settings.import_choices(kind.name),
                   lambda choices: settings.remember_import_choices(kind.name, choices))


def jobs(services: Services, year: int | None = None) -> dict[str, ImportJob]:
    """Every import the app offers, by name (``hanoi-desk import NAME``). *year*: the report tally's."""
    from hanoi_desk.importers.agencies import AGENCIES
    from hanoi_desk.importers.calendar import CALENDAR
    from hanoi_desk.importers.fanpages import FANPAGES
    from hanoi_desk.importers.outreach import OUTREACH

    settings, fanpages = services.settings, services.fanpages.imports
    found = {
        "agencies": ImportJob.of(AGENCIES, services.roster.plan_import, services.roster.apply_import,
                                 settings),
        "calendar": ImportJob.of(CALENDAR, services.calendar.plan_import, services.calendar.apply_import,
                                 settings),
        "fanpages": ImportJob.of(FANPAGES, fanpages.plan_import, fanpages.apply_import,
                                 settings),
        "outreach": ImportJob.of(OUTREACH, services.outreach.plan_import, services.outreach.apply_import,
                                 settings),
    }
    if year is not None:
        found["reports"] = report_job(services.reports, year, settings)
    return found


def report_job(reports: Any, year: int, settings: SettingsService | None) -> ImportJob:
    """The report tally of *year* (its plan needs the year)."""
    from hanoi_desk.importers.reports import REPORTS

    return ImportJob.of(REPORTS, lambda rows, source: reports.plan_import(rows, year, source),
                        reports.apply_import, settings)


def command_line_choices(kind: ImportKind[Any], mapped: list[str], notes: list[str],
                         ignored: list[str] | None = None) -> dict[str, ColumnChoice]:
    """``--map "HEADER=field"``, ``--notes "HEADER"`` and ``--ignore "HEADER"`` as choices by header;
    ValidationError naming every field that does not exist, with the fields there are."""
    choices: dict[str, ColumnChoice] = {}
    problems: list[Problem] = []
    for text in mapped:
        header, sep, field_name = text.rpartition("=")
        key = kind.field_key(field_name) if sep and header.strip() else None
        if key is None:
            known = ", ".join(f"{f.key} ({f.label})" for f in kind.fields)
            problems.append(Problem("--map", f"“{text}”: cần dạng \"TÊN CỘT=trường\"; các trường: {known}."))
            continue
        choices[header_key(header)] = ColumnChoice(FIELD, key)
    for header in notes:
        if kind.notes_key is None:
            problems.append(Problem("--notes", f"Dữ liệu “{kind.name}” không có phần ghi chú để giữ cột "
                                               f"“{header}”."))
            continue
        choices[header_key(header)] = ColumnChoice(NOTES)
    for header in ignored or []:
        choices[header_key(header)] = ColumnChoice(IGNORE)
    if problems:
        raise ValidationError(problems)
    return choices
