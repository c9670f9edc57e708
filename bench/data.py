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
from datetime import date, datetime, timedelta
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


def agencies(count: int, seed: int = SEED, start: int = 1,
             kinds: tuple[AgencyKind, ...] = _KINDS) -> Iterator[AgencyRecord]:
    """*count* agencies of *kinds*, one to three contacts each (the first is the focal point)."""
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
            kind=rng.choice(kinds),
            short_name=f"ĐV{number}",
            code=f"{number:06d}",
            address=f"Số {rng.randrange(1, 300)} phố {rng.choice(_PLACES)}, Hà Nội",
            phone=f"024{rng.randrange(10**8):08d}",
            email=f"vanthu@{slug}.hanoi.gov.vn",
            portal_url=f"https://{slug}.hanoi.gov.vn",
            contacts=tuple(contacts),
        )


def insert_agencies(services: Services, count: int, seed: int = SEED,
                    kinds: tuple[AgencyKind, ...] = _KINDS) -> int:
    """Bulk-insert *count* agencies (of *kinds*) and their contacts; returns the contacts written."""
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
        for record in agencies(count, seed, start=first_id, kinds=kinds):
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


REPORT_YEAR = 2025  # the year the calendar, the registry and the annual reports are made for
REPORT_DAY = date(2025, 12, 15)  # the aggregate report's date
_NOW = datetime(2025, 12, 1, 9, 0)


def _agency_ids(connection: object, kinds: tuple[AgencyKind, ...] | None = None) -> list[int]:
    from sqlalchemy import select

    from hanoi_desk.models import AgencyRow

    query = select(AgencyRow.id).order_by(AgencyRow.id)
    if kinds is not None:
        query = query.where(AgencyRow.kind.in_([k.value for k in kinds]))
    return list(connection.execute(query).scalars())  # type: ignore[attr-defined]


def _versioned() -> dict[str, object]:
    return {"version": 1, "updated_at": _NOW, "updated_by": "bench"}


_EVENTS = ("Ngày thành lập Đảng Cộng sản Việt Nam", "Ngày Giải phóng Thủ đô", "Tết Nguyên đán",
           "Lễ hội mùa xuân", "Kỳ họp Hội đồng nhân dân thành phố", "Ngày Quốc khánh",
           "Tuần lễ Văn hóa du lịch", "Phong trào xây dựng nông thôn mới", "Chuyển đổi số",
           "Cải cách hành chính", "An toàn giao thông", "Phòng, chống dịch bệnh",
           "Hội chợ hàng Việt", "Ngày Sách và Văn hóa đọc Việt Nam", "Người Hà Nội thanh lịch, văn minh")
_FORMATS = ("Tin, bài tuyên truyền về", "Phóng sự ảnh:", "Video ngắn giới thiệu", "Chuyên mục hỏi đáp về",
            "Infographic:", "Loạt bài chuyên đề")


@generator("calendar items", "hanoi_desk.services.calendar", small=500, office=5_000, full=5_000)
def insert_calendar(services: Services, count: int) -> int:
    """*count* content items over the year: most proposed or agreed, some distributed and published,
    each with the events, agreements, distributions and publications its status implies."""
    from sqlalchemy import insert

    from hanoi_desk.domain.calendar import Domain, Party, Period, Status
    from hanoi_desk.models import (
        ContentAgreementRow,
        ContentDistributionRow,
        ContentEventRow,
        ContentItemRow,
        ContentPublicationRow,
    )

    rng = random.Random(SEED + 11)
    periods = (Period.WEEKLY, Period.MONTHLY, Period.MONTHLY, Period.AD_HOC, Period.AD_HOC, Period.YEARLY,
               Period.HALF_YEAR)
    statuses = (Status.PROPOSED, Status.AGREED, Status.AGREED, Status.DISTRIBUTED, Status.PUBLISHED,
                Status.PUBLISHED, Status.PUBLISHED, Status.REJECTED, Status.CANCELLED)
    domains = tuple(Domain)
    items, events, agreements, distributions, publications = [], [], [], [], []
    with services.db.engine.begin() as connection:
        agency_ids = _agency_ids(connection)
        first = 1 + (connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM content_item").scalar()
                     or 0)
        for offset in range(count):
            item_id = first + offset
            day = date(REPORT_YEAR, 1, 1) + timedelta(days=rng.randrange(365))
            status = rng.choice(statuses)
            title = f"{rng.choice(_FORMATS)} {rng.choice(_EVENTS)} tại {rng.choice(_PLACES)} ({item_id})"
            agency_id = rng.choice(agency_ids)
            items.append({
                "id": item_id, "title": title, "title_folded": fold(title),
                "summary": f"Tuyên truyền {rng.choice(_TOPICS).lower()} trên cổng thông tin và mạng xã hội.",
                "domains": ",".join(d.value for d in rng.sample(domains, rng.choice((1, 1, 2, 3)))),
                "agency_id": agency_id, "period": rng.choice(periods).value, "day": day,
                "due_date": day - timedelta(days=rng.choice((3, 5, 7))), "notes": "",
                "status": status.value, "status_reason": "Trùng nội dung đã đăng" if status is Status.REJECTED
                else "", "series_id": None, "occurrence_date": None, "skipped": False, **_versioned(),
            })
            proposed_on = day - timedelta(days=14)
            events.append({"item_id": item_id, "move": "propose", "on_date": proposed_on, "from_status": None,
                           "to_status": "proposed", "note": "", "by": "bench", "at": _NOW})
            if status in (Status.AGREED, Status.DISTRIBUTED, Status.PUBLISHED):
                agreed_on = proposed_on + timedelta(days=3)
                for party in Party:
                    agreements.append({"item_id": item_id, "party": party.value,
                                       "agreed_by": person_name(rng), "agreed_on": agreed_on, "note": ""})
                events.append({"item_id": item_id, "move": "agree", "on_date": agreed_on,
                               "from_status": "proposed", "to_status": "agreed", "note": "", "by": "bench",
                               "at": _NOW})
            if status in (Status.DISTRIBUTED, Status.PUBLISHED):
                distributions.append({"item_id": item_id, "target": "Các cơ quan báo chí của thành phố",
                                      "agency_id": None, "distributed_on": day - timedelta(days=2),
                                      "note": ""})
                events.append({"item_id": item_id, "move": "distribute", "on_date": day - timedelta(days=2),
                               "from_status": "agreed", "to_status": "distributed", "note": "", "by": "bench",
                               "at": _NOW})
            if status is Status.PUBLISHED:
                publications.append({"item_id": item_id, "where": "Cổng thông tin điện tử thành phố",
                                     "agency_id": agency_id, "url": f"https://hanoi.gov.vn/tin-tuc/{item_id}",
                                     "published_on": day, "note": ""})
                events.append({"item_id": item_id, "move": "publish", "on_date": day,
                               "from_status": "distributed", "to_status": "published", "note": "",
                               "by": "bench", "at": _NOW})
            if status in (Status.REJECTED, Status.CANCELLED):
                move = "reject" if status is Status.REJECTED else "cancel"
                events.append({"item_id": item_id, "move": move, "on_date": proposed_on + timedelta(days=2),
                               "from_status": "proposed", "to_status": status.value, "note": "",
                               "by": "bench", "at": _NOW})
        for model, rows in ((ContentItemRow, items), (ContentEventRow, events),
                            (ContentAgreementRow, agreements), (ContentDistributionRow, distributions),
                            (ContentPublicationRow, publications)):
            if rows:
                connection.execute(insert(model.__table__), rows)
    return len(items)


_PAGE_WORDS = ("Tin tức", "Thông tin", "Truyền thông", "Tuyên truyền", "Trang chính thức")


@generator("fanpages", "hanoi_desk.services.fanpages", small=200, office=2_000, full=2_000)
def insert_fanpages(services: Services, count: int) -> int:
    """*count* pages of agencies on Facebook, Zalo, YouTube and TikTok in every verification state (with
    the history that led there), and one suspected impersonator for every twentieth page."""
    from sqlalchemy import insert

    from hanoi_desk.domain.fanpage import canonical_page
    from hanoi_desk.models import AgencyRow, FanpageEventRow, FanpageRow, ImpersonatorRow

    rng = random.Random(SEED + 12)
    paths = (("verified",), ("proposed",), ("proposed", "sent"), ("proposed", "sent", "verified"),
             ("proposed", "sent", "verified"), ("proposed", "sent", "refused"),
             ("proposed", "sent", "verified", "lost"), ())
    pages, events, suspects = [], [], []
    with services.db.engine.begin() as connection:
        from sqlalchemy import select

        names = dict(connection.execute(select(AgencyRow.id, AgencyRow.name)).all())
        agency_ids = sorted(names)
        first = 1 + (connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM fanpage").scalar() or 0)
        for offset in range(count):
            page_id = first + offset
            agency_id = agency_ids[(offset * 7919) % len(agency_ids)]
            slug = f"{fold(names[agency_id]).replace(' ', '')[:40]}{page_id}"
            kind = rng.random()
            if kind < 0.7:
                url = f"https://www.facebook.com/{slug}"
            elif kind < 0.85:
                url = f"https://zalo.me/{1000000000000000000 + page_id}"
            elif kind < 0.95:
                url = f"https://www.youtube.com/@{slug}"
            else:
                url = f"https://www.tiktok.com/@{slug}"
            address = canonical_page(url)
            path = rng.choice(paths)
            registered = date(REPORT_YEAR - rng.choice((0, 1, 2, 3)), rng.randrange(1, 13),
                              rng.randrange(1, 28))
            day, state_on, letter, proposed_on = registered, None, "", None
            for state in path:
                day = min(day + timedelta(days=rng.randrange(5, 60)), REPORT_DAY)
                number = f"{rng.randrange(1, 999)}/STTTT-TTBCXB" if state == "proposed" else ""
                events.append({"fanpage_id": page_id, "state": state, "day": day, "letter_number": number,
                               "note": "", "recorded_at": _NOW, "recorded_by": "bench"})
                state_on = day
                if number:
                    letter, proposed_on = number, day
            name = f"{rng.choice(_PAGE_WORDS)} {names[agency_id]}"
            pages.append({
                "id": page_id, "agency_id": agency_id, "platform": address.platform.value, "name": name,
                "name_folded": fold(name), "url": address.url, "url_key": address.key,
                "platform_id": address.platform_id, "followers": rng.randrange(200, 800_000),
                "followers_on": date(REPORT_YEAR, 11, 1), "official": rng.random() < 0.9, "notes": "",
                "state": path[-1] if path else "not_requested", "state_on": state_on,
                "letter_number": letter, "proposed_on": proposed_on,
                "reason": "Trang chưa đủ số người theo dõi" if path[-1:] == ("refused",) else "",
                "registered_on": registered, **_versioned(),
            })
            if offset % 20 == 0:
                fake = f"{name} - Tin nóng"
                fake_url = canonical_page(f"https://www.facebook.com/{slug}.tinnong{page_id}")
                found = date(REPORT_YEAR, rng.randrange(1, 12), rng.randrange(1, 28))
                status = rng.choice(("suspected", "reported", "reported", "removed", "dismissed"))
                suspects.append({
                    "platform": fake_url.platform.value, "name": fake, "name_folded": fold(fake),
                    "url": fake_url.url, "url_key": fake_url.key, "agency_id": agency_id,
                    "fanpage_id": page_id, "similarity": rng.randrange(75, 100), "found_on": found,
                    "reported_on": found + timedelta(days=2) if status != "suspected" else None,
                    "status": status, "status_on": found + timedelta(days=2),
                    "evidence": "Ảnh chụp màn hình trang giả mạo, đăng lại tin của trang chính thức.",
                    **_versioned(),
                })
        connection.execute(insert(FanpageRow.__table__), pages)
        if events:
            connection.execute(insert(FanpageEventRow.__table__), events)
        if suspects:
            connection.execute(insert(ImpersonatorRow.__table__), suspects)
    return len(pages)


_RESULTS = ("Đã đăng tải đầy đủ tin, bài tuyên truyền về các sự kiện chính trị, kinh tế, văn hóa của Thủ đô "
            "trên Trang thông tin điện tử và fanpage của đơn vị.",
            "Duy trì chuyên mục “Hà Nội – Thủ đô ngàn năm văn hiến”, phối hợp với các cơ quan báo chí.",
            "Kịp thời gỡ bỏ, phản bác thông tin sai sự thật liên quan đến địa bàn.")
_DIFFICULTIES = ("Nhân lực làm công tác truyền thông còn kiêm nhiệm.", "Kinh phí còn hạn chế.", "")
_PROPOSALS = ("Đề nghị Sở tổ chức tập huấn kỹ năng xử lý thông tin trên mạng xã hội.",
              "Đề nghị hỗ trợ xác minh fanpage chính thức của đơn vị.", "")


def _attachment(rng: random.Random, agency: str) -> bytes:
    """A small PDF-looking file (2–20 KB): the bytes are stored, never parsed."""
    body = f"Báo cáo kết quả năm {REPORT_YEAR} của {agency}. ".encode() * rng.randrange(20, 200)
    return b"%PDF-1.4\n" + body + b"\n%%EOF\n"


@generator("annual reports", "hanoi_desk.services.reports", small=100, office=1_000, full=1_000)
def insert_reports(services: Services, count: int) -> int:
    """Receipts of *count* reporting agencies for REPORT_YEAR (the first ones of the reporting kinds),
    with figures (a few left blank), text, and a small attached file for every fifth."""
    import hashlib

    from sqlalchemy import insert, select

    from hanoi_desk.domain.reports import DEFAULT_REPORTING_KINDS, FIGURES
    from hanoi_desk.models import AgencyRow, ReportFileRow, ReportReceiptRow

    rng = random.Random(SEED + 13)
    receipts, files = [], []
    with services.db.engine.begin() as connection:
        names = dict(connection.execute(select(AgencyRow.id, AgencyRow.name)).all())
        chosen = _agency_ids(connection, DEFAULT_REPORTING_KINDS)[:count]
        first = 1 + (connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM report_receipt").scalar()
                     or 0)
        for offset, agency_id in enumerate(chosen):
            receipt_id = first + offset
            received = date(REPORT_YEAR, 11, 1) + timedelta(days=rng.randrange(0, 40))
            figures = {
                "portal_items": rng.randrange(20, 3_000), "fanpage_items": rng.randrange(0, 2_000),
                "official_fanpages": rng.randrange(0, 5), "monitoring_staff": rng.randrange(1, 12),
                "interactions_handled": rng.randrange(0, 50_000),
            }
            if rng.random() < 0.1:
                figures[rng.choice(FIGURES)] = None
            data = _attachment(rng, names[agency_id]) if offset % 5 == 0 else b""
            receipts.append({
                "id": receipt_id, "agency_id": agency_id, "agency_name": names[agency_id],
                "year": REPORT_YEAR,
                "received_on": received, "doc_number": f"{rng.randrange(1, 500)}/BC-UBND",
                "doc_date": received - timedelta(days=rng.randrange(1, 6)), **figures,
                "results": rng.choice(_RESULTS), "difficulties": rng.choice(_DIFFICULTIES),
                "proposals": rng.choice(_PROPOSALS),
                "attachment_name": f"bao-cao-{REPORT_YEAR}-{agency_id}.pdf" if data else "",
                "attachment_sha256": hashlib.sha256(data).hexdigest() if data else "",
                "attachment_size": len(data), **_versioned(),
            })
            if data:
                files.append({"receipt_id": receipt_id, "data": data})
        if receipts:
            connection.execute(insert(ReportReceiptRow.__table__), receipts)
        if files:
            connection.execute(insert(ReportFileRow.__table__), files)
    return len(receipts)
