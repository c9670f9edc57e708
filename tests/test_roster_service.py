from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlalchemy import inspect, text

from hanoi_desk.app import Services, open_services
from hanoi_desk.db import current_revision, head_revision
from hanoi_desk.domain.agency import AgencyDraft, AgencyKind, ContactDraft, ContactRole
from hanoi_desk.domain.errors import ConflictError, ValidationError
from hanoi_desk.services.settings import OfficeSettings

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too


def test_migrations_build_the_schema_on_an_empty_database(db_url: str) -> None:
    services = open_services(db_url, seed=False)
    tables = set(inspect(services.db.engine).get_table_names())
    assert {"agency", "contact", "setting", "alembic_version"} <= tables
    assert current_revision(services.db.engine) == head_revision()
    if services.db.engine.dialect.name == "sqlite":
        with services.db.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert services.roster.count() == 0
    services.close()


def test_reference_roster_is_loaded_once_with_successors(db_url: str) -> None:
    path = db_url
    first = open_services(path)
    assert first.roster.count() == 192
    ttt = first.roster.find_by_name("Sở Thông tin và Truyền thông")
    assert ttt is not None and ttt.active_to == date(2025, 2, 28)
    assert ttt.successor_name == "Sở Khoa học và Công nghệ"
    hnm = first.roster.find_by_name("Báo Hànộimới")
    assert hnm is not None and hnm.successor_name == "Cơ quan Báo và Phát thanh, Truyền hình Hà Nội"
    health = first.roster.find_by_name("so y te")
    assert health is not None
    first.roster.delete(health.id)
    first.close()
    second = open_services(path)
    assert second.roster.count() == 191, "a deleted reference agency must not come back on restart"
    second.close()


def test_create_normalises_and_reads_back(services: Services) -> None:
    created = services.roster.create(AgencyDraft(
        name=unicodedata.normalize("NFD", "  Trang tin   Hà Nội Mới  "),
        kind=AgencyKind.NEWS_SITE,
        phone="912345678",
        email="ToaSoan@Example.VN",
        portal_url="tintuc.example.vn",
        licence_number="12/GP-TTĐT",
        monthly_reach=1_500_000,
        contacts=(ContactDraft("Nguyễn Văn A", "Thư ký", "0243 825 3536", "a@example.vn"),
                  ContactDraft("Trần Thị B", role=ContactRole.MONITORING)),
    ))
    assert created.name == unicodedata.normalize("NFC", "Trang tin Hà Nội Mới")
    assert created.phone == "0912345678"
    assert created.email == "toasoan@example.vn"
    assert created.portal_url == "https://tintuc.example.vn"
    assert [c.name for c in created.contacts] == ["Nguyễn Văn A", "Trần Thị B"]
    assert created.contacts[0].phone == "02438253536"
    assert created.focal_point is not None and created.focal_point.name == "Nguyễn Văn A"


def test_validation_reports_every_problem(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.roster.create(AgencyDraft(
            name="", email="not-an-email", phone="12ab", portal_url="http://no spaces",
            active_from=date(2026, 1, 2), active_to=date(2026, 1, 1),
            contacts=(ContactDraft("", email="x@"),),
        ))
    fields = {p.field.split("[")[0] for p in caught.value.problems}
    assert {"name", "email", "phone", "portal_url", "active_to", "contacts"} <= fields
    assert services.roster.count() == 192


def test_duplicate_folded_name_is_refused_while_both_active(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.roster.create(AgencyDraft(name="ủy ban nhân dân huyện ứng hoà", kind=AgencyKind.DISTRICT))
    assert "cùng tên" in caught.value.for_field("name")[0]
    # The district ended on 2025-06-30: a new unit of the same name from 2025-07-01 is allowed.
    again = services.roster.create(AgencyDraft(
        name="Ủy ban nhân dân huyện Ứng Hòa", kind=AgencyKind.COMMUNE, active_from=date(2025, 7, 1)
    ))
    assert again.id


def test_second_save_of_a_stale_record_is_refused_with_who_and_when(services: Services) -> None:
    services.settings.save_office(OfficeSettings(staff_name="Chị Lan"))
    agency = services.roster.find_by_name("Sở Y tế")
    assert agency is not None
    services.roster.update(agency.id, agency.to_draft(phone="0243 998 8877"), agency.version)
    with pytest.raises(ConflictError) as caught:
        services.roster.update(agency.id, agency.to_draft(email="syt@hanoi.gov.vn"), agency.version)
    assert "Chị Lan" in str(caught.value)
    kept = services.roster.get(agency.id)
    assert kept.phone == "02439988877" and kept.email == ""


def test_end_instead_of_delete_and_delete_refuses_referenced(services: Services) -> None:
    science = services.roster.find_by_name("Sở Khoa học và Công nghệ")
    assert science is not None
    with pytest.raises(ValidationError) as caught:
        services.roster.delete(science.id)
    assert "sáp nhập" in str(caught.value)
    assert services.roster.count() == 192
    tourism = services.roster.find_by_name("Sở Du lịch")
    assert tourism is not None
    ended = services.roster.end(tourism.id, date(2026, 12, 31), science.id)
    assert ended.active_to == date(2026, 12, 31) and ended.successor_name == science.name
    assert not ended.is_active_on(date(2027, 1, 1)) and ended.is_active_on(date(2026, 12, 31))
