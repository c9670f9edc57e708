"""The reference roster has versions: a database made from the first list of 65 agencies gets the 2026
map (126 communes, the 2025 party board) when it is opened, without losing what its clerks did."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import delete

from hanoi_desk.app import open_services, reference_csv
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.importers.reference import read_reference
from hanoi_desk.models import SettingRow
from hanoi_desk.services.seed import VERSION_KEY, seed_reference_roster

OLD_LIST = Path(__file__).parent / "data" / "hanoi-agencies-v1.csv"  # the 65 rows first shipped
DAY = date(2026, 12, 1)
BTG = "Ban Tuyên giáo Thành ủy Hà Nội"
BTG_DV = "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội"


def _old_database(db_url: str):
    """A database as the first release left it: filled from the old list, no version recorded."""
    services = open_services(db_url, seed=False, clock=FixedClock(DAY))
    old = read_reference(OLD_LIST, revisions=OLD_LIST.with_name("none.csv"))
    assert old.version == 1 and len(old.entries) == 65
    seed_reference_roster(services.db, old, DAY, "máy cũ")
    with services.db.begin() as s:
        s.execute(delete(SettingRow).where(SettingRow.key == VERSION_KEY))
    return services


def _by_name(services):
    return {a.name: a for a in services.roster.list_agencies()}


def test_the_shipped_reference_is_the_2026_map() -> None:
    roster = read_reference(reference_csv())
    assert roster.version == 2 and len(roster.entries) == 192
    communes = [e for e in roster.entries if e.draft.kind is AgencyKind.COMMUNE]
    assert len(communes) == 126 and all(e.since == 2 and len(e.draft.code) == 5 for e in communes)
    added = {e.draft.name for e in roster.entries if e.since == 2}
    assert added - {e.draft.name for e in communes} == {BTG_DV}


def test_an_old_database_gets_the_communes_and_keeps_the_clerks_work(db_url: str) -> None:
    services = _old_database(db_url)
    try:
        agencies = _by_name(services)
        assert len(agencies) == 65 and BTG_DV not in agencies
        # A clerk deletes one agency, edits another, writes a phone number on the propaganda board.
        services.roster.delete(agencies["Sở Du lịch"].id)
        health = agencies["Sở Y tế"]
        services.roster.update(health.id, health.to_draft(short_name="SYT Hà Nội", notes="đã gọi"),
                               health.version)
        board = agencies[BTG]
        services.roster.update(board.id, board.to_draft(phone="024 3825 1234"), board.version)
    finally:
        services.close()

    upgraded = open_services(db_url, clock=FixedClock(DAY))  # what the new release does at start-up
    try:
        agencies = _by_name(upgraded)
        communes = [a for a in agencies.values() if a.kind is AgencyKind.COMMUNE]
        assert len(communes) == 126
        assert agencies["Ủy ban nhân dân phường Hoàn Kiếm"].code == "00070"
        assert "Sở Du lịch" not in agencies  # deleted by the clerk: not brought back
        assert (agencies["Sở Y tế"].short_name, agencies["Sở Y tế"].notes) == ("SYT Hà Nội", "đã gọi")
        board = agencies[BTG]
        # The reference's correction arrives where the clerk had not written; the phone stays.
        assert board.active_to == date(2025, 2, 28) and board.phone == "02438251234"
        assert board.successor_name == BTG_DV
        assert agencies[BTG_DV].active_from == date(2025, 3, 1)
        # For 2026 the communes must report (the deleted department does not).
        expected = upgraded.reports.expected(2026)
        assert len(expected) == 144 - 1
        assert sum(1 for _id, _name, kind in expected if kind is AgencyKind.COMMUNE) == 126
    finally:
        upgraded.close()

    again = open_services(db_url, clock=FixedClock(DAY))  # a second start changes nothing
    try:
        assert len(again.roster.list_agencies()) == 65 - 1 + 127
    finally:
        again.close()


def test_a_clerks_value_over_a_revised_field_is_kept(db_url: str) -> None:
    services = _old_database(db_url)
    try:
        board = _by_name(services)[BTG]
        services.roster.update(board.id, board.to_draft(notes="Ghi chú của văn phòng"), board.version)
        result = seed_reference_roster(services.db, read_reference(reference_csv()), DAY, "máy mới")
        assert result.version_before == 1 and result.version == 2
        assert len(result.added) == 127 and result.updated == (BTG,)
        assert result.kept == (f"{BTG}: note",)
        board = _by_name(services)[BTG]
        assert board.notes == "Ghi chú của văn phòng" and board.active_to == date(2025, 2, 28)
        assert seed_reference_roster(services.db, read_reference(reference_csv()), DAY).added == ()
    finally:
        services.close()


def test_a_new_database_starts_at_the_current_version(services) -> None:
    agencies = services.roster.list_agencies()
    assert len(agencies) == 192
    # For 2026: 16 departments, 126 communes and 2 press agencies must report.
    expected = services.reports.expected(2026)
    assert len(expected) == 144
    kinds = {kind for _id, _name, kind in expected}
    assert kinds == {AgencyKind.DEPARTMENT, AgencyKind.COMMUNE, AgencyKind.PRESS}
    with services.db.read() as s:
        assert s.get(SettingRow, VERSION_KEY).value == "2"
