"""Two clerks, one record: the second save is refused with who and when; nothing is overwritten."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from hanoi_desk.app import Services, open_services
from hanoi_desk.domain.agency import AgencyDraft
from hanoi_desk.domain.errors import ConflictError, NotFoundError
from hanoi_desk.models import AgencyRow
from hanoi_desk.services.roster import RosterService
from hanoi_desk.services.versioning import save_versioned
from hanoi_desk.ui.roster.agency_dialog import AgencyDialog


@pytest.fixture
def two_desks(db_url: str) -> Iterator[tuple[RosterService, RosterService, Services]]:
    """Two workstations on one database: Chị Lan's and Anh Minh's."""
    first = open_services(db_url, seed=False)
    second = open_services(db_url, seed=False)
    first.roster.create(AgencyDraft(name="Sở Y tế", phone="0243 825 3536"))
    yield RosterService(first.db, lambda: "Chị Lan"), RosterService(second.db, lambda: "Anh Minh"), first
    first.close()
    second.close()


def test_second_session_is_refused_and_the_first_is_kept(two_desks) -> None:
    lan, minh, _ = two_desks
    agency_lan = lan.find_by_name("Sở Y tế")
    agency_minh = minh.find_by_name("Sở Y tế")
    assert agency_lan is not None and agency_minh is not None
    lan.update(agency_lan.id, agency_lan.to_draft(phone="0243 998 8877"), agency_lan.version)
    with pytest.raises(ConflictError) as refused:
        minh.update(agency_minh.id, agency_minh.to_draft(email="syt@hanoi.gov.vn"), agency_minh.version)
    assert refused.value.changed_by == "Chị Lan"
    assert "Chị Lan" in str(refused.value) and refused.value.changed_at in str(refused.value)
    kept = minh.get(agency_minh.id)
    assert kept.phone == "02439988877" and kept.email == ""


def test_a_save_racing_another_to_the_database_is_refused(two_desks) -> None:
    """Both saves pass the version check; SQLAlchemy's version counter catches the second."""
    lan, minh, services = two_desks
    agency = lan.find_by_name("Sở Y tế")
    assert agency is not None

    def apply(_session: object, row: AgencyRow) -> None:
        lan.update(agency.id, agency.to_draft(phone="0243 998 8877"), agency.version)  # gets there first
        row.email = "syt@hanoi.gov.vn"

    with pytest.raises(ConflictError) as refused:
        save_versioned(services.db, AgencyRow, agency.id, agency.version, apply, label=lambda r: r.name)
    assert "Chị Lan" in str(refused.value)
    kept = minh.get(agency.id)
    assert kept.phone == "02439988877" and kept.email == ""


def test_saving_a_deleted_record_says_so(two_desks) -> None:
    lan, minh, _ = two_desks
    agency = minh.find_by_name("Sở Y tế")
    assert agency is not None
    lan.delete(agency.id)
    with pytest.raises(NotFoundError):
        minh.update(agency.id, agency.to_draft(email="syt@hanoi.gov.vn"), agency.version)


def test_dialog_keeps_the_form_then_reloads_and_reapplies(qtbot, two_desks) -> None:
    lan, minh, _ = two_desks
    agency = minh.find_by_name("Sở Y tế")
    assert agency is not None
    first = AgencyDialog(lan, lan.list_agencies(), lan.get(agency.id))
    second = AgencyDialog(minh, minh.list_agencies(), minh.get(agency.id))
    qtbot.addWidget(first)
    qtbot.addWidget(second)

    first.phone.setText("0243 998 8877")
    first.buttons.accepted.emit()
    assert first.result() == QDialog.DialogCode.Accepted

    second.email.setText("syt@hanoi.gov.vn")
    second.notes.setPlainText("Đầu mối mới từ tháng 12")
    second.buttons.accepted.emit()
    assert second.result() != QDialog.DialogCode.Accepted
    assert second.general_error.isVisibleTo(second)
    assert "Chị Lan" in second.general_error.text()
    assert second.reload_button.isVisibleTo(second)
    assert second.email.text() == "syt@hanoi.gov.vn", "what the clerk typed stays in the form"
    assert minh.get(agency.id).email == ""

    qtbot.mouseClick(second.reload_button, Qt.MouseButton.LeftButton)
    assert second.phone.text() == "02439988877", "the other clerk's save is loaded"
    assert second.email.text() == ""
    assert "syt@hanoi.gov.vn" in second.general_error.text(), "the typed values are listed to re-apply"
    assert "Đầu mối mới từ tháng 12" in second.general_error.text()
    assert not second.reload_button.isVisibleTo(second)

    second.email.setText("syt@hanoi.gov.vn")
    second.buttons.accepted.emit()
    assert second.result() == QDialog.DialogCode.Accepted
    saved = minh.get(agency.id)
    assert saved.phone == "02439988877" and saved.email == "syt@hanoi.gov.vn"
