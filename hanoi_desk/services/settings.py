"""Settings shared by every workstation, stored in the database.

Every setting a clerk may change from the command line or the window is one row of ``SETTING_KEYS``:
its key ("office.name"), its Vietnamese label, the row that stores it, its default, how a typed value is
checked and cleaned, and how the window edits it. ``hanoi-desk settings show|set`` and the settings
pages are built on that table, and other features add their own keys with :func:`register_setting`.
"""

from __future__ import annotations

import getpass
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date

from sqlalchemy import select

from hanoi_desk import workstation
from hanoi_desk.db import Database
from hanoi_desk.domain.agency import AgencyKind
from hanoi_desk.domain.clock import SYSTEM_CLOCK, Clock
from hanoi_desk.domain.documents import Issuer, Numbering
from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.domain.fanpage import PLATFORM_COMPANIES, Platform
from hanoi_desk.domain.history import register_record_labels
from hanoi_desk.domain.imports import ColumnChoice
from hanoi_desk.domain.text import fold, nfc, sort_key
from hanoi_desk.models import AgencyRow, SettingRow

PLAN_NAME = (
    "Kế hoạch của Ủy ban nhân dân Thành phố về việc đưa thông tin về các nhiệm vụ kinh tế, chính trị, "
    "văn hóa, xã hội, an ninh, quốc phòng của thành phố Hà Nội lên hệ thống trang thông tin điện tử, "
    "mạng xã hội"
)
CALENDAR_ADDRESSEES = ("Ban Tuyên giáo và Dân vận Thành ủy", "Văn phòng Ủy ban nhân dân Thành phố")


@dataclass(frozen=True)
class OfficeSettings:
    """The coordinating office as it signs its documents (it changed in 2025, so nothing here names it).

    The office and the signer start empty: until they are filled in, every document is a draft.
    """

    parent_body: str = "UBND THÀNH PHỐ HÀ NỘI"
    office_name: str = ""
    office_symbol: str = ""
    drafting_unit: str = ""
    place: str = "Hà Nội"
    office_short: str = "Sở"
    signing_authority: str = "KT. GIÁM ĐỐC"
    signer_title: str = "PHÓ GIÁM ĐỐC"
    signer_name: str = ""
    staff_name: str = ""
    plan_reference: str = PLAN_NAME
    numbering: str = Numbering.BLANK.value
    calendar_addressees: tuple[str, ...] = CALENDAR_ADDRESSEES
    calendar_recipients: tuple[str, ...] = ("Như trên",)

    @property
    def numbers_from_register(self) -> bool:
        return self.numbering == Numbering.REGISTER.value


# ------------------------------------------------------------------------------------------ the key table
def clean(value: str) -> str:
    """One line of text: NFC, runs of spaces made one."""
    return " ".join(nfc(value).split())


def clean_lines(value: str) -> str:
    """A list typed one item per line, or on one line separated by ";" (the command line)."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\n") if "\n" in text else text.split(";")
    return "\n".join(" ".join(p.split()).strip(" ;") for p in parts if p.strip(" ;"))


def _numbering(value: str) -> str:
    word = fold(value).strip()
    aliases = {"blank": "blank", "de trong": "blank", "trong": "blank",
               "register": "register", "so": "register", "so dang ky": "register"}
    if word not in aliases:
        raise ValueError("phải là “blank” (để trống, văn thư ghi số) hoặc “register” (lấy số từ sổ của "
                         "Hanoi Desk)")
    return aliases[word]


def _lines_shown(value: str) -> str:
    return "; ".join(value.split("\n"))


@dataclass(frozen=True)
class SettingKey:
    """One setting as the command line and the window know it."""

    key: str  # "office.name"
    label: str  # Vietnamese: `settings show`, the error messages, the change history
    stored_as: str  # the row of the setting table
    default: str = ""
    parse: Callable[[str], str] = clean  # a typed value as stored; ValueError(reason) when it cannot be
    show: Callable[[str], str] = lambda value: value  # the stored value as `settings show` prints it
    kind: str = "text"  # how the window edits it: "text", "paragraph" (long, wrapped), "lines" (one per
    # line) or "choice"
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label) of a "choice"
    required: bool = False
    field: str = ""  # the OfficeSettings field it fills, if any
    page: str = "office"  # where the window shows it: "office" (first-run page too) or "documents"


SETTING_KEYS: dict[str, SettingKey] = {}


def register_setting(*keys: SettingKey) -> None:
    """Add keys to the table (a feature's module does it at import); their rows get history labels."""
    for key in keys:
        SETTING_KEYS[key.key] = key
    register_record_labels("setting", {k.stored_as: f"Cài đặt: {k.label}" for k in keys}, field="key")


def _office_key(key: str, field_name: str, label: str, stored_as: str, **kw: object) -> SettingKey:
    default = OfficeSettings.__dataclass_fields__[field_name].default
    if isinstance(default, tuple):
        default = "\n".join(default)
        kw.setdefault("parse", clean_lines)
        kw.setdefault("show", _lines_shown)
        kw.setdefault("kind", "lines")
    return SettingKey(key, label, stored_as, str(default), field=field_name, **kw)  # type: ignore[arg-type]


register_setting(
    _office_key("office.parent", "parent_body", "Cơ quan chủ quản", "office.parent_body", required=True),
    _office_key("office.name", "office_name", "Tên cơ quan ban hành", "office.office_name"),
    _office_key("office.symbol", "office_symbol", "Ký hiệu cơ quan", "office.office_symbol"),
    _office_key("office.unit", "drafting_unit", "Đơn vị soạn thảo (ký hiệu công văn)",
                "reports.drafting_unit"),
    _office_key("office.place", "place", "Địa danh", "office.place", required=True),
    _office_key("office.short", "office_short", "Cách cơ quan tự xưng trong văn bản", "reports.office_short",
                required=True),
    _office_key("signer.authority", "signing_authority", "Thẩm quyền ký", "office.signing_authority",
                required=True),
    _office_key("signer.title", "signer_title", "Chức vụ người ký", "office.signer_title"),
    _office_key("signer.name", "signer_name", "Họ tên người ký", "office.signer_name"),
    _office_key("staff.name", "staff_name", "Cán bộ sử dụng", "office.staff_name"),
    _office_key("plan.reference", "plan_reference", "Kế hoạch làm căn cứ (số, ngày, trích yếu)",
                "reports.plan_reference", required=True, kind="paragraph"),
    _office_key("numbering", "numbering", "Cách lấy số văn bản", "documents.numbering", parse=_numbering,
                kind="choice", choices=tuple((n.value, n.label) for n in Numbering)),
    _office_key("calendar.to", "calendar_addressees", "Công văn thống nhất lịch nội dung: kính gửi",
                "documents.calendar_addressees", page="documents", required=True),
    _office_key("calendar.cc", "calendar_recipients", "Công văn thống nhất lịch nội dung: nơi nhận",
                "documents.calendar_recipients", page="documents"),
    *(SettingKey(f"verification.{p.value}", f"Công văn đề nghị xác thực {p.label}: kính gửi",
                 f"documents.verification.{p.value}", PLATFORM_COMPANIES[p], page="documents", required=True)
      for p in Platform),
)
OFFICE_KEYS: dict[str, str] = {k.field: k.key for k in SETTING_KEYS.values() if k.field}


@dataclass(frozen=True)
class OfficeChoice:
    """An agency of the roster the office may issue documents as (active today)."""

    name: str
    short_name: str


@dataclass(frozen=True)
class OfficeState:
    """What the roster says of the office named in the settings (compared folded: "Hòa" is "Hoà")."""

    name: str = ""  # as the roster writes it; empty when the roster does not know it
    ended_on: date | None = None
    successor: str = ""

    def ended(self, day: date) -> bool:
        return self.ended_on is not None and self.ended_on < day

    def message(self) -> str:
        text = f"“{self.name}” đã kết thúc hoạt động ngày {self.ended_on:%d/%m/%Y}"
        return text + (f" (sáp nhập vào {self.successor})" if self.successor else "")


IMPORT_COLUMNS = "import.columns."
register_record_labels("setting", {
    IMPORT_COLUMNS + kind: f"Nhập tệp {label}: cách nhập các cột" for kind, label in {
        "agencies": "danh sách cơ quan", "calendar": "lịch nội dung", "fanpages": "danh sách fanpage",
        "reports": "bảng theo dõi báo cáo", "outreach": "danh sách trang TTĐT, mạng xã hội được vận động",
    }.items()}, field="key")


class SettingsService:
    def __init__(self, db: Database, clock: Clock = SYSTEM_CLOCK) -> None:
        self._db = db
        self._clock = clock

    @property
    def database(self) -> Database:
        return self._db

    @property
    def clock(self) -> Clock:
        return self._clock

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

    # ------------------------------------------------------------------ the key table
    def values(self, keys: Iterable[str] | None = None) -> dict[str, str]:
        """Every key of the table (or of *keys*) with its stored value, or its default if none is stored."""
        entries = [SETTING_KEYS[k] for k in keys] if keys is not None else list(SETTING_KEYS.values())
        rows = {k.stored_as for k in entries}
        with self._db.read() as s:
            stored = {r.key: r.value for r in s.scalars(select(SettingRow).where(SettingRow.key.in_(rows)))}
        return {k.key: stored.get(k.stored_as, k.default) for k in entries}

    def value(self, key: str) -> str:
        entry = SETTING_KEYS[key]
        return self.get(entry.stored_as, entry.default)

    def set_value(self, key: str, value: str) -> str:
        """Set one key from the command line; the stored value, or ValidationError (nothing written)."""
        if key not in SETTING_KEYS:
            raise KeyError(key)
        return self.save({key: value})[key]

    def save(self, values: Mapping[str, str]) -> dict[str, str]:
        """Check every value, then write them all in one transaction, or none (ValidationError)."""
        cleaned: dict[str, str] = {}
        problems: list[Problem] = []
        for key, value in values.items():
            entry = SETTING_KEYS[key]
            try:
                text = entry.parse(value or "")
            except ValueError as error:
                problems.append(Problem(key, f"{entry.label}: {error}"))
                continue
            if entry.required and not text:
                problems.append(Problem(key, f"{entry.label}: không được để trống."))
            cleaned[key] = text
        office = cleaned.get("office.name")
        if office:
            state = self.office_state(office)
            if state.ended(self._clock.today()):
                problems.append(Problem("office.name",
                                        f"{state.message()}: hãy chọn cơ quan đang hoạt động."))
        if problems:
            raise ValidationError(problems)
        with self._db.begin() as s:
            for key, text in cleaned.items():
                stored_as = SETTING_KEYS[key].stored_as
                row = s.get(SettingRow, stored_as)
                if row is None:
                    s.add(SettingRow(key=stored_as, value=text))
                elif row.value != text:
                    row.value = text
        return cleaned

    # ------------------------------------------------------------------ the office
    def office(self) -> OfficeSettings:
        values = self.values(OFFICE_KEYS.values())  # not other features' keys (a seal's picture)
        kwargs: dict[str, object] = {}
        for f in fields(OfficeSettings):
            text = values[OFFICE_KEYS[f.name]]
            kwargs[f.name] = tuple(line for line in text.split("\n") if line) if f.type.startswith(
                "tuple") else text
        return OfficeSettings(**kwargs)  # type: ignore[arg-type]

    def save_office(self, office: OfficeSettings) -> OfficeSettings:
        values = {OFFICE_KEYS[name]: "\n".join(value) if isinstance(value, tuple) else value
                  for name, value in asdict(office).items()}
        self.save(values)
        return self.office()

    def verification_addressee(self, platform: Platform) -> str:
        return self.value(f"verification.{platform.value}")

    def office_state(self, name: str | None = None) -> OfficeState:
        """The roster's word on the office: its spelling, and when it ended if every match has ended."""
        name = self.office().office_name if name is None else name
        if not name.strip():
            return OfficeState()
        a = AgencyRow.__table__
        with self._db.read() as s:
            found = s.execute(select(a.c.name, a.c.active_to, a.c.successor_id)
                              .where(a.c.name_folded == fold(name)).order_by(a.c.id)).all()
            if not found:
                return OfficeState()
            open_ones = [r for r in found if r.active_to is None]
            if open_ones:
                return OfficeState(open_ones[0].name)
            last = max(found, key=lambda r: r.active_to)
            successor = s.scalar(select(a.c.name).where(a.c.id == last.successor_id)) \
                if last.successor_id else None
        return OfficeState(last.name, last.active_to, successor or "")

    def office_choices(self) -> list[OfficeChoice]:
        """The roster's agencies active today, departments first, for the window's office picker."""
        today = self._clock.today()
        a = AgencyRow.__table__
        with self._db.read() as s:
            rows = s.execute(select(a.c.name, a.c.short_name, a.c.kind, a.c.active_from, a.c.active_to)).all()
        active = [r for r in rows if (r.active_from is None or r.active_from <= today)
                  and (r.active_to is None or today <= r.active_to)]
        active.sort(key=lambda r: (r.kind != AgencyKind.DEPARTMENT.value, sort_key(r.name)))
        return [OfficeChoice(r.name, r.short_name) for r in active]

    def draft_reasons(self, day: date | None = None, office: OfficeSettings | None = None,
                      state: OfficeState | None = None) -> tuple[str, ...]:
        """Why a document dated *day* would be a draft; empty when the office and the signer are real."""
        office = office or self.office()
        day = day or self._clock.today()
        needed = (("office.name", office.office_name), ("office.symbol", office.office_symbol),
                  ("signer.name", office.signer_name))
        reasons = [f"chưa có {SETTING_KEYS[key].label.lower()} ({key})"
                   for key, value in needed if not value.strip()]
        state = state or self.office_state(office.office_name)
        if state.ended(day):
            reasons.append(f"cơ quan ban hành {state.message()} (office.name)")
        return tuple(reasons)

    def issuer(self, day: date | None = None) -> Issuer:
        """The office as it signs a document dated *day* (today by default), with any draft reasons."""
        office = self.office()
        state = self.office_state(office.office_name)
        in_text = state.name or _sentence_case(office.office_name)
        return Issuer(
            parent_body=office.parent_body, office_name=office.office_name,
            office_symbol=office.office_symbol, drafting_unit=office.drafting_unit, place=office.place,
            signing_authority=office.signing_authority, signer_title=office.signer_title,
            signer_name=office.signer_name, office_short=office.office_short, office_in_text=in_text,
            plan_reference=office.plan_reference, staff_name=office.staff_name,
            draft_reasons=self.draft_reasons(day, office, state),
        )

    def office_in_text(self, name: str | None = None) -> str:
        """The office's name as running text writes it: the roster's spelling, else in sentence case."""
        name = self.office().office_name if name is None else name
        return self.office_state(name).name or _sentence_case(name)

    def ended_office_warning(self) -> str:
        """The banner's text while the settings name an office the roster says has ended, else ""."""
        office = self.office()
        state = self.office_state(office.office_name)
        if not state.ended(self._clock.today()):
            return ""
        return (f"Cơ quan ban hành trong cài đặt, {state.message()}. Mọi văn bản in ra là DỰ THẢO "
                "cho đến khi chọn cơ quan đang hoạt động (Cài đặt, hoặc hanoi-desk settings set "
                "office.name …).")

    def who(self) -> str:
        """The name recorded as the author of changes: the configured staff name, else the OS user.

        This workstation's own name comes first: with a shared server database, the office-wide
        staff name would credit every clerk's change to one person.
        """
        name = workstation.load().staff_name or self.get(SETTING_KEYS["staff.name"].stored_as)
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError, ImportError):
            return ""


def _sentence_case(name: str) -> str:
    """"SỞ VĂN HÓA VÀ THỂ THAO" as a sentence writes it when the roster does not know the name."""
    text = nfc(name).strip()
    if text.isupper():
        text = text.lower()
    return text[:1].upper() + text[1:]

