"""The fanpage registry summed up at a date, for the annual report and the overview."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import select

from hanoi_desk.db import Database
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.fanpage import FanpageSummary, ImpersonatorStatus, KindSummary, VerificationState
from hanoi_desk.models import AgencyRow, FanpageEventRow, FanpageRow, ImpersonatorRow


def fanpage_summary(db: Database, as_of: date) -> FanpageSummary:
    """The registry at the end of *as_of* (for the aggregate annual report), rebuilt from the history:
    the official pages by state and by kind of agency, the year's proposals and verifications, and the
    suspected pages by status."""
    with db.read() as s:
        pages = s.execute(
            select(
                FanpageRow.id,
                FanpageRow.agency_id,
                FanpageRow.official,
                FanpageRow.registered_on,
                AgencyRow.kind,
            ).join(AgencyRow, AgencyRow.id == FanpageRow.agency_id)
        ).all()
        events: dict[int, list[tuple[date, int, str]]] = defaultdict(list)
        for page_id, day, event_id, state in s.execute(
            select(
                FanpageEventRow.fanpage_id, FanpageEventRow.day, FanpageEventRow.id, FanpageEventRow.state
            )
        ):
            events[page_id].append((day, event_id, state))
        suspects = s.execute(
            select(
                ImpersonatorRow.found_on,
                ImpersonatorRow.reported_on,
                ImpersonatorRow.status,
                ImpersonatorRow.status_on,
                ImpersonatorRow.agency_id,
                AgencyRow.kind,
            ).outerjoin(AgencyRow, AgencyRow.id == ImpersonatorRow.agency_id)
        ).all()
    states: Counter[VerificationState] = Counter()
    ever = in_year_proposed = in_year_verified = 0
    kinds: dict[AgencyKind, dict[str, object]] = {}
    for page_id, agency_id, official, registered_on, kind in pages:
        if not official:
            continue
        history = sorted(e for e in events.get(page_id, ()) if e[0] <= as_of)
        # A page entered today with a history from last year (the office's old list) existed then.
        if registered_on > as_of and not history:
            continue
        state = VerificationState(history[-1][2]) if history else VerificationState.NOT_REQUESTED
        states[state] += 1
        proposed = any(e[2] == VerificationState.PROPOSED.value for e in history)
        ever += proposed
        in_year_proposed += any(
            e[2] == VerificationState.PROPOSED.value and e[0].year == as_of.year for e in history
        )
        in_year_verified += any(
            e[2] == VerificationState.VERIFIED.value and e[0].year == as_of.year for e in history
        )
        bucket = kinds.setdefault(
            AgencyKind(kind), {"agencies": set(), "pages": 0, "verified": 0, "proposed": 0}
        )
        bucket["agencies"].add(agency_id)  # type: ignore[attr-defined]
        bucket["pages"] += 1  # type: ignore[operator]
        bucket["verified"] += state is VerificationState.VERIFIED  # type: ignore[operator]
        bucket["proposed"] += proposed  # type: ignore[operator]
    by_status: Counter[ImpersonatorStatus] = Counter()
    for found_on, reported_on, status, status_on, _agency_id, _kind in suspects:
        if found_on is not None and found_on > as_of:
            continue
        current = ImpersonatorStatus(status)
        if status_on is not None and status_on > as_of:
            current = (
                ImpersonatorStatus.REPORTED
                if reported_on is not None and reported_on <= as_of
                else ImpersonatorStatus.SUSPECTED
            )
        by_status[current] += 1
    return FanpageSummary(
        as_of=as_of,
        official_pages=sum(states.values()),
        verified=states[VerificationState.VERIFIED],
        proposed=states[VerificationState.PROPOSED],
        sent=states[VerificationState.SENT],
        refused=states[VerificationState.REFUSED],
        lost=states[VerificationState.LOST],
        not_requested=states[VerificationState.NOT_REQUESTED],
        ever_proposed=ever,
        proposed_in_year=in_year_proposed,
        verified_in_year=in_year_verified,
        impersonators=tuple((st, by_status[st]) for st in ImpersonatorStatus),
        by_kind=tuple(
            KindSummary(kind, len(b["agencies"]), b["pages"], b["verified"], b["proposed"])  # type: ignore[arg-type]
            for kind in AgencyKind
            if (b := kinds.get(kind)) is not None
        ),
    )
