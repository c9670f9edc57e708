"""Generated data for the benchmark: realistic Vietnamese agencies, contacts and sheets, made fast.

The roster is written with SQLAlchemy core ``executemany`` (the service's ORM path would spend the
benchmark's budget on making the data). Other capabilities register a generator with
:func:`generator`; a generator whose service is not in this checkout yet is skipped with a note,
so the benchmark grows as the calendar, fanpages and reports land without breaking before they do.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from hanoi_desk.app import Services
from hanoi_desk.domain.agency import KIND_LABELS, AgencyKind
from hanoi_desk.domain.text import fold

SEED = 20250701

_UNITS = (
    "Sở", "Phòng Văn hóa và Thông tin", "Trung tâm Truyền thông", "Ban Quản lý dự án",
    "Trung tâm Y tế", "Trường Trung học cơ sở", "Trạm Y tế", "Ủy ban nhân dân phường",
    "Ủy ban nhân dân xã", "Báo", "Tạp chí", "Trang thông tin điện tử", "Đài Truyền thanh",
    "Hội Phụ nữ", "Đoàn Thanh niên", "Công an phường", "Thư viện", "Nhà Văn hóa",
)
_PLACES = (
    "Hoàn Kiếm", "Ba Đình", "Đống Đa", "Hai Bà Trưng", "Cầu Giấy", "Thanh Xuân", "Hoàng Mai",
    "Long Biên", "Tây Hồ", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông", "Sơn Tây", "Ứng Hòa", "Mỹ Đức",
    "Thường Tín", "Phú Xuyên", "Chương Mỹ", "Quốc Oai", "Thạch Thất", "Đan Phượng", "Hoài Đức",
    "Mê Linh", "Sóc Sơn", "Đông Anh", "Gia Lâm", "Thanh Trì", "Ba Vì", "Phúc Thọ", "Thanh Oai",
)
_TOPICS = (
    "Thủ đô", "Kinh tế", "Văn hóa", "Đời sống", "Pháp luật", "Giáo dục", "Du lịch", "Thể thao",
    "Nông nghiệp", "Môi trường", "Giao thông", "Đô thị", "Sức khỏe", "Công nghệ", "An ninh",
)
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương")
_MIDDLE = ("Thị", "Văn", "Hữu", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Xuân", "Thanh")
_GIVEN = ("Hoa", "Minh", "Lan", "Hùng", "Dũng", "Hương", "Tuấn", "Thảo", "Quân", "Ánh", "Phương",
          "Đạt", "Giang", "Khánh", "Linh", "Sơn", "Trang", "Việt", "Yến", "Hòa")
_POSITIONS = ("Chánh Văn phòng", "Phó Chánh Văn phòng", "Chuyên viên", "Trưởng phòng",
              "Phó Trưởng phòng", "Cán bộ phụ trách CNTT", "Biên tập viên")
_KINDS = tuple(AgencyKind)


def agency_name(rng: random.Random, number: int) -> str:
    """A plausible, unique name: unit + place or topic + a number that keeps it unique."""
    unit = rng.choice(_UNITS)
    where = rng.choice(_PLACES) if rng.random() < 0.7 else rng.choice(_TOPICS)
    return f"{unit} {where} số {number}"


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


@dataclass(frozen=True)
class AgencyRecord:
    """One generated agency with its contacts, as plain values (for the database and for sheets)."""

    name: str
    kind: AgencyKind
    short_name: str
    code: str
    address: str
    phone: str
    email: str
    portal_url: str
    contacts: tuple[tuple[str, str, str, str, str], ...]  # name, position, phone, email, role


def agencies(count: int, seed: int = SEED, start: int = 1) -> Iterator[AgencyRecord]:
    """*count* agencies, one to three contacts each (the first is the focal point)."""
    rng = random.Random(seed + start)
    for number in range(start, start + count):
        name = agency_name(rng, number)
        slug = f"dv{number}"
        contacts = []
        for position_order in range(rng.choice((1, 2, 2, 3))):
            person = person_name(rng)
            contacts.append((
                person, rng.choice(_POSITIONS), f"09{rng.randrange(10**8):08d}",
                f"{fold(person).replace(' ', '.')}{number}@{slug}.hanoi.gov.vn",
                "focal_point" if position_order == 0 else "monitoring",
            ))
        yield AgencyRecord(
            name=name,
            kind=rng.choice(_KINDS),
            short_name=f"ĐV{number}",
            code=f"{number:06d}",
            address=f"Số {rng.randrange(1, 300)} phố {rng.choice(_PLACES)}, Hà Nội",
            phone=f"024{rng.randrange(10**8):08d}",
            email=f"vanthu@{slug}.hanoi.gov.vn",
            portal_url=f"https://{slug}.hanoi.gov.vn",
            contacts=tuple(contacts),
        )


def insert_agencies(services: Services, count: int, seed: int = SEED) -> int:
    """Bulk-insert *count* agencies and their contacts; returns the number of contacts written."""
    from sqlalchemy import func, insert, select

    from hanoi_desk.models import AgencyRow, ContactRow

    agency_table, contact_table = AgencyRow.__table__, ContactRow.__table__
    now = datetime(2025, 7, 1, 8, 0)
    written = 0
    chunk = 5000
    with services.db.engine.begin() as connection:
        first_id = (connection.scalar(select(func.max(agency_table.c.id))) or 0) + 1
        batch: list[AgencyRecord] = []

        def flush(batch: list[AgencyRecord], next_id: int) -> int:
            agency_rows, contact_rows = [], []
            for offset, record in enumerate(batch):
                agency_id = next_id + offset
                agency_rows.append({
                    "id": agency_id, "name": record.name, "name_folded": fold(record.name),
                    "kind": record.kind.value, "short_name": record.short_name, "code": record.code,
                    "address": record.address, "phone": record.phone, "email": record.email,
                    "portal_url": record.portal_url, "active_from": date(2020, 1, 1),
                    "version": 1, "updated_at": now, "updated_by": "bench",
                })
                for order, (name, position, phone, email, role) in enumerate(record.contacts):
                    contact_rows.append({
                        "agency_id": agency_id, "name": name, "name_folded": fold(name),
                        "position": position, "phone": phone, "email": email, "role": role,
                        "position_order": order,
                    })
            connection.execute(insert(agency_table), agency_rows)
            connection.execute(insert(contact_table), contact_rows)
            return len(contact_rows)

        next_id = first_id
        for record in agencies(count, seed, start=first_id):
            batch.append(record)
            if len(batch) == chunk:
                written += flush(batch, next_id)
                next_id += len(batch)
                batch = []
        if batch:
            written += flush(batch, next_id)
    return written


SHEET_HEADERS = ("STT", "Tên cơ quan", "Loại", "Điện thoại", "Email", "Trang TTĐT", "Người liên hệ",
                 "Chức vụ", "Di động", "Địa chỉ")


def sheet_rows(count: int, seed: int = SEED + 1) -> Iterator[tuple[object, ...]]:
    """The rows of an office's agency sheet (STT, name, kind label, phone, …, focal point)."""
    for number, record in enumerate(agencies(count, seed, start=900_001), 1):
        focal = record.contacts[0]
        yield (number, record.name, KIND_LABELS[record.kind], record.phone, record.email,
               record.portal_url, focal[0], focal[1], focal[2], record.address)


def write_agency_sheet(path: Path, count: int) -> Path:
    """An office sheet of *count* agencies, with a title row above the header as offices write them."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["DANH SÁCH CƠ QUAN, ĐƠN VỊ ĐẦU MỐI"])
    sheet.append([])
    sheet.append(list(SHEET_HEADERS))
    for row in sheet_rows(count):
        sheet.append(list(row))
    book.save(path)
    return path


# ------------------------------------------------------------------------------------------------
# Pluggable generators for the other capabilities


@dataclass(frozen=True)
class Generator:
    """Data one capability needs, made by ``make(services, count)`` when ``requires`` imports."""

    label: str
    requires: str
    counts: dict[str, int]
    make: Callable[[Services, int], int] | None


GENERATORS: list[Generator] = []


def generator(label: str, requires: str, **counts: int) -> Callable[
        [Callable[[Services, int], int]], Callable[[Services, int], int]]:
    """Register a generator; ``counts`` per size name (small, office, full)."""
    def register(make: Callable[[Services, int], int]) -> Callable[[Services, int], int]:
        GENERATORS.append(Generator(label, requires, counts, make))
        return make
    return register


def pending(label: str, requires: str, **counts: int) -> None:
    """A capability being built: reported as skipped until its service and a generator exist."""
    GENERATORS.append(Generator(label, requires, counts, None))


def module_exists(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def run_generators(services: Services, size: str) -> list[tuple[str, str]]:
    """Run every registered generator for *size*; (label, what happened) for the report."""
    done: list[tuple[str, str]] = []
    for gen in GENERATORS:
        count = gen.counts.get(size, 0)
        if not count:
            continue
        if not module_exists(gen.requires):
            done.append((gen.label, f"skipped: {gen.requires} not built yet"))
        elif gen.make is None:
            done.append((gen.label, f"skipped: {gen.requires} exists, add its generator in bench/data.py"))
        else:
            made = gen.make(services, count)
            done.append((gen.label, f"{made:,} generated"))
    return done


pending("calendar items", "hanoi_desk.services.calendar", small=500, office=5_000, full=5_000)
pending("fanpages", "hanoi_desk.services.fanpages", small=200, office=2_000, full=2_000)
pending("annual reports", "hanoi_desk.services.reports", small=100, office=1_000, full=1_000)
