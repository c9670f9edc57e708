"""Settings shared by every workstation, stored in the database."""

from __future__ import annotations

import getpass
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from sqlalchemy import select

from hanoi_desk import workstation
from hanoi_desk.db import Database
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.history import register_record_labels
from hanoi_desk.domain.imports import ColumnChoice
from hanoi_desk.domain.text import nfc
from hanoi_desk.models import SettingRow


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


IMPORT_COLUMNS = "import.columns."
register_record_labels("setting", {
    IMPORT_COLUMNS + kind: f"Nhập tệp {label}: cách nhập các cột" for kind, label in {
        "agencies": "danh sách cơ quan", "calendar": "lịch nội dung", "fanpages": "danh sách fanpage",
        "reports": "bảng theo dõi báo cáo", "outreach": "danh sách trang TTĐT, mạng xã hội được vận động",
    }.items()}, field="key")


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

    def import_choices(self, kind: str) -> dict[str, ColumnChoice]:
        """How clerks chose to import columns of *kind*'s files, by header (``header_key``).

        Kept in the database, not in this workstation's settings: the office's files go round every
        clerk, and a choice made once (map "Nội dung tóm tắt" to the summary, keep "Số lượng fanpage
        quản lý" in the notes, ignore "Người nhập") holds for all of them and for the command line.
        """
        try:
            stored = json.loads(self.get(IMPORT_COLUMNS + kind, "{}") or "{}")
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        found = {}
        for header, text in stored.items():
            choice = ColumnChoice.decode(str(text))
            if choice is not None:
                found[str(header)] = choice
        return found

    def remember_import_choices(self, kind: str, choices: Mapping[str, ColumnChoice]) -> None:
        """Add *choices* to what is remembered for *kind* (a header chosen again replaces its old choice)."""
        if not choices:
            return
        merged = self.import_choices(kind)
        if all(merged.get(header) == choice for header, choice in choices.items()):
            return
        merged.update(choices)
        self.put(IMPORT_COLUMNS + kind, json.dumps({h: c.encode() for h, c in sorted(merged.items())},
                                                   ensure_ascii=False))

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
