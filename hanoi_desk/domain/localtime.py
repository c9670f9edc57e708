"""Stored times are naive UTC (``utcnow``); a clerk in Hanoi reads the workstation's local time.

One place for the conversion, in the domain so that services and the UI both use it without the
UI reaching into a service's internals.
"""

from __future__ import annotations

from datetime import datetime, timezone

STAMP_FORMAT = "%H:%M %d/%m/%Y"


def local_time(value: datetime | None) -> datetime | None:
    """A stored time (naive UTC, as ``utcnow`` writes it) in the workstation's local time."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().replace(tzinfo=None)


def stamp(value: datetime | None) -> str:
    """"14:05 21/11/2025" in local time, or "" when the time is unknown."""
    local = local_time(value)
    return local.strftime(STAMP_FORMAT) if local else ""
