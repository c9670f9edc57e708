"""Composition root: builds the engine, migrates it, seeds it and wires the services."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from hanoi_desk import paths
from hanoi_desk.db import Database, make_engine, migrate, resolve_url
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.importers.reference import read_reference
from hanoi_desk.services.backup import BackupService, database_file
from hanoi_desk.services.calendar import CalendarService
from hanoi_desk.services.documents import DocumentService
from hanoi_desk.services.fanpages import FanpageService
from hanoi_desk.services.history import HistoryService, track_changes
from hanoi_desk.services.mail import KeyringPasswords, MailService
from hanoi_desk.services.outreach import OutreachService
from hanoi_desk.services.placement import placement_warning
from hanoi_desk.services.reports import ReportService
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.seed import seed_reference_roster
from hanoi_desk.services.settings import SettingsService
from hanoi_desk.services.signatures import SigningService


@dataclass
class Services:
    """Every service the window and the command line use; one instance per open database."""

    db: Database
    settings: SettingsService
    roster: RosterService
    fanpages: FanpageService
    mail: MailService
    reports: ReportService
    calendar: CalendarService
    documents: DocumentService
    outreach: OutreachService
    history: HistoryService | None = None
    backup: BackupService | None = None
    signatures: SigningService | None = None
    warnings: tuple[str, ...] = ()  # shown in the window and on stderr: an SQLite file on a network drive
    clock: Clock = SYSTEM_CLOCK  # "today" for every service and tab (tests and --date fix it)

    def close(self) -> None:
        self.db.engine.dispose()


def open_services(db: str | os.PathLike[str] | None = None, seed: bool = True,
                  clock: Clock = SYSTEM_CLOCK) -> Services:
    """Open (and create or upgrade) the database named by ``--db``/``HANOI_DESK_DB``/the default."""
    engine = make_engine(resolve_url(db))
    migrate(engine)
    database = Database(engine)
    settings = SettingsService(database, clock)
    documents = DocumentService(database, settings)
    track_changes(database, settings.who)
    roster = RosterService(database, settings.who, clock)
    calendar = CalendarService(database, settings.who, clock)
    fanpages = FanpageService(database, settings.who, clock, settings=settings)
    outreach = OutreachService(database, settings, roster, settings.who, clock, settings.office_in_text)
    signatures = SigningService(database, settings, clock)
    services = Services(
        db=database,
        settings=settings,
        roster=roster,
        mail=MailService(database, settings, roster, KeyringPasswords(), settings.who, clock=clock),
        calendar=calendar,
        fanpages=fanpages,
        outreach=outreach,
        reports=ReportService(database, settings, calendar_summary=calendar.year_summary,
                              fanpage_summary=fanpages.summary, outreach_figures=outreach.figures,
                              clock=clock, documents=documents, signature_check=signatures.check_report),
        documents=documents,
        history=HistoryService(database, clock),
        backup=BackupService(database, clock),
        signatures=signatures,
        warnings=tuple(w for w in (placement_warning(database_file(engine.url)),) if w),
        clock=clock,
    )
    if seed:
        seed_reference_roster(database, read_reference(reference_csv()), clock.today(), settings.who())
    return services


def reference_csv() -> Path:
    return paths.resource("reference", "hanoi-agencies.csv")
