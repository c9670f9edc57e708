"""Today and now, from one place that the command line and the tests can fix.

Everything that needs "today" (what is overdue, which reports are late, the date printed on a
document, the name of an export) asks a clock it was given, never ``date.today()`` itself: a test that
means a fixed day passes a ``FixedClock`` and passes on every day of the year, and CI runs the whole
process at chosen dates with ``faketime`` to prove that the real clock is read in one place only.

Hanoi has one time zone and no summer time (UTC+7). The office's day is the workstation's local day;
stored times stay naive UTC (``models.base.utcnow``) and are shown with ``domain.localtime``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Protocol

HANOI = timezone(timedelta(hours=7), "ICT")


class Clock(Protocol):
    def today(self) -> date:
        """The office's current day."""
        ...

    def now(self) -> datetime:
        """The current moment, aware, in the workstation's local time zone."""
        ...


class SystemClock:
    """The workstation's own clock (what ``faketime`` moves in CI)."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that always says the same day (tests, ``--date`` on the command line).

    ``now()`` is that day at ``at`` in Hanoi time; ``advance`` moves it, for a test that crosses
    midnight.
    """

    def __init__(self, day: date, at: time = time(9, 0), tz: timezone = HANOI) -> None:
        self._moment = datetime.combine(day, at, tzinfo=tz)

    def today(self) -> date:
        return self._moment.date()

    def now(self) -> datetime:
        return self._moment

    def advance(self, **delta: float) -> None:
        self._moment = self._moment + timedelta(**delta)

    def set(self, moment: datetime) -> None:
        self._moment = moment if moment.tzinfo else moment.replace(tzinfo=HANOI)

    def __repr__(self) -> str:
        return f"FixedClock({self._moment.isoformat()})"


SYSTEM_CLOCK = SystemClock()
