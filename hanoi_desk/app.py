"""Composition root: builds the engine, migrates it, seeds it and wires the services."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from hanoi_desk import paths
from hanoi_desk.db import Database, make_engine, migrate, resolve_url
from hanoi_desk.importers.reference import read_reference
from hanoi_desk.services.fanpages import FanpageService
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.seed import seed_reference_roster
from hanoi_desk.services.settings import SettingsService


@dataclass
class Services:
    """Every service the window and the command line use; one instance per open database."""

    db: Database
    settings: SettingsService
    roster: RosterService
    fanpages: FanpageService

    def close(self) -> None:
        self.db.engine.dispose()


def open_services(db: str | os.PathLike[str] | None = None, seed: bool = True) -> Services:
    """Open (and create or upgrade) the database named by ``--db``/``HANOI_DESK_DB``/the default."""
    engine = make_engine(resolve_url(db))
    migrate(engine)
    database = Database(engine)
    settings = SettingsService(database)
    services = Services(
        db=database,
        settings=settings,
        roster=RosterService(database, settings.who),
        fanpages=FanpageService(database, settings.who),
    )
    if seed:
        seed_reference_roster(database, read_reference(reference_csv()), settings.who())
    return services


def reference_csv() -> Path:
    return paths.resource("reference", "hanoi-agencies.csv")
