"""Settings shared by every workstation, stored in the database."""

from __future__ import annotations

import getpass
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select

from hanoi_desk import workstation
from hanoi_desk.db import Database
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.history import register_record_labels
from hanoi_desk.domain.text import nfc
from hanoi_desk.models import SettingRow
from hanoi_desk.services.history import credit_to


@dataclass(frozen=True)
class OfficeSettings:
    """The coordinating office as it signs its documents (it changed in 2025, so it is a setting)."""

    parent_body: str = "UBND THÀNH PHỐ HÀ NỘI"
    office_name: str = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    office_symbol: str = "STTTT"
    place: str = "Hà Nội"
    signing_authority: str = "KT. GIÁM ĐỐC"
    signer_title: str = "PHÓ GIÁM ĐỐC"
    signer_name: str = ""
    staff_name: str = ""

    LABELS = {  # noqa: RUF012  (a class-level table, not a field)
        "parent_body": "Cơ quan chủ quản",
        "office_name": "Tên cơ quan ban hành",
        "office_symbol": "Ký hiệu cơ quan",
        "place": "Địa danh",
        "signing_authority": "Thẩm quyền ký",
        "signer_title": "Chức vụ người ký",
        "signer_name": "Họ tên người ký",
        "staff_name": "Cán bộ sử dụng",
    }


_PREFIX = "office."
register_record_labels(
    "setting", {_PREFIX + key: f"Thông tin cơ quan: {label}" for key, label in OfficeSettings.LABELS.items()},
    field="key")


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str = "") -> str:
        with self._db.read() as s:
            row = s.get(SettingRow, key)
            return row.value if row else default

    def put(self, key: str, value: str) -> None:
        with self._db.begin() as s:
            row = s.get(SettingRow, key)
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value

    def office(self) -> OfficeSettings:
        query = select(SettingRow).where(SettingRow.key.startswith(_PREFIX, autoescape=True))
        with self._db.read() as s:
            stored = {
                r.key[len(_PREFIX):]: r.value
                for r in s.scalars(query)
                if r.key.startswith(_PREFIX)  # SQLite's LIKE ignores case, PostgreSQL's does not
            }
        names = {f.name for f in fields(OfficeSettings)}
        return OfficeSettings(**{k: v for k, v in stored.items() if k in names})

    def save_office(self, office: OfficeSettings) -> OfficeSettings:
        values = {k: nfc(v) for k, v in asdict(office).items()}
        problems = [
            Problem(key, "Không được để trống.")
            for key in ("parent_body", "office_name", "office_symbol", "place", "signer_title")
            if not values[key]
        ]
        if problems:
            raise ValidationError(problems)
        with self._db.begin() as s:
            credit_to(s, workstation.load().staff_name or values.get("staff_name", ""))
            for key, value in values.items():
                row = s.get(SettingRow, _PREFIX + key)
                if row is None:
                    s.add(SettingRow(key=_PREFIX + key, value=value))
                else:
                    row.value = value
        return OfficeSettings(**values)

    def who(self) -> str:
        """The name recorded as the author of changes: the configured staff name, else the OS user.

        This workstation's own name comes first: with a shared server database, the office-wide
        staff name would credit every clerk's change to one person.
        """
        name = workstation.load().staff_name or self.get(_PREFIX + "staff_name")
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError, ImportError):
            return ""
