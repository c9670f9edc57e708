"""The proposal letter and the Excel list read back, and the command line that makes them."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hanoi_desk.app import Services, open_services
from hanoi_desk.cli import main
from hanoi_desk.domain.fanpage import FanpageDraft, ImpersonatorDraft, Platform, VerificationState
from hanoi_desk.exporters.fanpages import letter_path, write_fanpage_list, write_proposal_letter
from hanoi_desk.exporters.official_pdf import vn_date_line

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

TODAY = date.today()
OFFICE = {"office.name": "Sở Văn hóa và Thể thao", "office.symbol": "SVHTT", "office.unit": "QLBC",
          "signer.name": "Nguyễn Văn An", "staff.name": "Trần Thị Bình"}
pdftotext = shutil.which("pdftotext")
pdffonts = shutil.which("pdffonts")


def _text(pdf: Path, mode: str = "-layout") -> str:
    """The text as pdftotext gives it: "-layout" keeps lines, "-raw" keeps each cell's words together."""
    if pdftotext:
        return subprocess.run(
            [pdftotext, mode, str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def _squeezed(text: str) -> str:
    """Without spaces and line breaks: a long address may wrap inside its table cell."""
    return re.sub(r"\s+", "", text)


def _pages(services: Services) -> list[int]:
    roster = services.roster
    drafts = [
        FanpageDraft(
            roster.find_by_name("Sở Y tế").id,
            "https://m.facebook.com/SoYTeHaNoi?ref=bookmarks",
            "Sở Y tế Hà Nội",
            followers=125000,
        ),
        FanpageDraft(roster.find_by_name("Sở Du lịch").id, "youtube.com/@DuLichHaNoi", "Du lịch Hà Nội"),
        FanpageDraft(
            roster.find_by_name("Báo An ninh Thủ đô").id,
            "https://www.facebook.com/profile.php?id=100064123456789&mibextid=x",
            "Báo An ninh Thủ đô <Official> & bạn đọc",
        ),
        FanpageDraft(
            roster.find_by_name("Sở Nội vụ").id, "facebook.com/fansonoivu", "Fan Sở Nội vụ", official=False
        ),
    ]
    return [services.fanpages.create(d).id for d in drafts]


def test_one_proposal_letter_per_platform_company(services: Services, tmp_path: Path) -> None:
    services.settings.save(OFFICE)
    ids = _pages(services)[:3]  # two Facebook pages, one YouTube channel
    base = tmp_path / "de-nghi.pdf"
    issuer = services.fanpages.letters.issuer(TODAY)
    letters = services.fanpages.letters.propose(
        ids, TODAY, lambda lt: write_proposal_letter(letter_path(base, lt), lt, issuer))
    assert [(lt.addressee, len(lt.pages)) for lt in letters] == [
        ("Công ty Meta Platforms, Inc. (Facebook)", 2), ("Công ty Google LLC (YouTube)", 1)]
    facebook, youtube = tmp_path / "de-nghi-facebook.pdf", tmp_path / "de-nghi-youtube.pdf"
    assert sorted(tmp_path.glob("*.pdf")) == [facebook, youtube]
    text = _text(facebook)
    for block in (
        "UBND THÀNH PHỐ HÀ NỘI",
        "SỞ VĂN HÓA VÀ THỂ THAO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Kính gửi: Công ty Meta Platforms, Inc. (Facebook).",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT, QLBC.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "2 trang fanpage",
    ):
        assert block in text, block
    assert "Google" not in text and "DỰ THẢO" not in text
    # Numbered by the văn thư: the space is left, and the pages keep no number.
    assert re.search(r"Số:\s+/SVHTT-QLBC", text) and "Số: 01" not in text
    assert all(p.letter_number == "" and p.proposed_on == TODAY
               for p in (services.fanpages.get(i) for i in ids))
    assert vn_date_line("Hà Nội", TODAY) in text
    squeezed = _squeezed(_text(facebook, "-raw"))
    # The V/v wraps in its column.
    assert _squeezed("V/v đề nghị hỗ trợ xác thực trang fanpage chính thức") in squeezed
    assert _squeezed("DANH SÁCH TRANG FANPAGE CHÍNH THỨC ĐỀ NGHỊ XÁC THỰC TRÊN FACEBOOK") in squeezed
    assert _squeezed(f"(Kèm theo Công văn số …/SVHTT-QLBC ngày {TODAY:%d/%m/%Y} của Sở Văn hóa và Thể "
                     "thao)") in squeezed
    for url in ("https://www.facebook.com/SoYTeHaNoi", "https://www.facebook.com/profile.php?id=100064123456789"):
        assert url in squeezed, url
    assert "youtube" not in squeezed.lower()
    assert _squeezed("Báo An ninh Thủ đô <Official> & bạn đọc") in squeezed  # escaped, printed literally
    assert "125.000" in text  # followers in Vietnamese grouping
    assert "fansonoivu" not in text
    other = _text(youtube)
    assert "Kính gửi: Công ty Google LLC (YouTube)." in other and "Meta" not in other
    assert "https://www.youtube.com/@DuLichHaNoi" in _squeezed(_text(youtube, "-raw"))
    if pdffonts:
        fonts = subprocess.run([pdffonts, str(facebook)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in fonts.splitlines()[2:]]
        assert rows and all(row[-5] == "yes" for row in rows), fonts  # every font embedded
        assert "Helvetica" not in fonts


def test_proposal_letters_numbered_from_the_register(services: Services, tmp_path: Path) -> None:
    services.settings.save({**OFFICE, "numbering": "register"})
    ids = _pages(services)[:3]
    issuer = services.fanpages.letters.issuer(TODAY)
    letters = services.fanpages.letters.propose(
        ids, TODAY, lambda lt: write_proposal_letter(letter_path(tmp_path / "cv.pdf", lt), lt, issuer))
    assert [lt.number_text for lt in letters] == ["01/SVHTT-QLBC", "02/SVHTT-QLBC"]
    assert "Số: 01/SVHTT-QLBC" in _text(tmp_path / "cv-facebook.pdf")
    assert "Số: 02/SVHTT-QLBC" in _text(tmp_path / "cv-youtube.pdf")
    assert {services.fanpages.get(i).letter_number for i in ids} == {"01/SVHTT-QLBC", "02/SVHTT-QLBC"}
    register = services.documents.entries(TODAY.year)
    assert [e.number for e in register] == [1, 2]
    assert "Meta" in register[0].summary and "Google" in register[1].summary


def test_excel_list_reads_back(services: Services, tmp_path: Path) -> None:
    _pages(services)
    fake = services.fanpages.impersonators.create(
        ImpersonatorDraft(url="facebook.com/syt.hn.news", name="=SỞ Y TẾ HN")
    )
    pages = services.fanpages.list_pages()
    out = write_fanpage_list(tmp_path / "pages.xlsx", pages, scope="Nền tảng: Facebook", impersonators=[fake])
    book = load_workbook(out)
    sheet = book["Trang fanpage"]
    rows = [r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert [r[5] for r in rows] == [p.url for p in pages]
    first = rows[0]
    assert first[1:5] == ("Sở Y tế", "Sở, ban, ngành", "Facebook", "Sở Y tế Hà Nội")
    assert first[7] == 125000 and first[9] == "Có" and first[10] == "Chưa đề nghị"
    assert "Nền tảng: Facebook" in sheet["A2"].value
    suspects = book["Trang mạo danh"]
    cell = next(c for row in suspects.iter_rows() for c in row if c.value == "=SỞ Y TẾ HN")
    assert cell.data_type == "s"  # never a formula
    assert any(c.value == "Sở Y tế Hà Nội" for row in suspects.iter_rows() for c in row)


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_command_line_import_export_and_letter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    file = _sheet(
        tmp_path / "pages.xlsx",
        [
            ["Cơ quan / Đơn vị", "Tên trang", "Nền tảng", "URL", "Số người theo dõi", "Ghi chú"],
            ["SYT", "Sở Y tế Hà Nội", "Facebook", "fb.com/soytehanoi", 1200, ""],
            [
                "Sở Du lịch",
                "Du lịch Hà Nội",
                "YouTube",
                "https://www.youtube.com/@dulichhanoi/videos",
                "",
                "",
            ],
        ],
    )
    assert main(["--db", db, "import", "fanpages", str(file), "--dry-run"]) == 0
    assert "2 thêm mới" in capsys.readouterr().out
    assert open_services(db).fanpages.count() == 0
    assert main(["--db", db, "import", "fanpages", str(file)]) == 0
    assert open_services(db).fanpages.count() == 2

    assert main(["--db", db, "report", "verification", str(tmp_path / "fb.pdf"), "--platform", "fb"]) == 0
    captured = capsys.readouterr()
    assert "fb.pdf: công văn gửi Công ty Meta Platforms, Inc. (Facebook), số để trống" in captured.out
    assert "1 trang" in captured.out
    assert "DỰ THẢO" in captured.err and "signer.name" in captured.err  # the office is not set yet
    text = _squeezed(_text(tmp_path / "fb.pdf"))
    assert "https://www.facebook.com/soytehanoi" in text and "youtube" not in text
    services = open_services(db)
    states = {p.platform: p.state for p in services.fanpages.list_pages()}
    assert states == {
        Platform.FACEBOOK: VerificationState.PROPOSED,
        Platform.YOUTUBE: VerificationState.NOT_REQUESTED,
    }
    # Nothing left on Facebook: a user error, no file, no number used.
    assert (
        main(["--db", db, "report", "verification", str(tmp_path / "again.pdf"), "--platform", "Facebook"])
        == 1
    )
    assert not (tmp_path / "again.pdf").exists()
    # Without --platform: one letter per platform company, OUT-<platform>.pdf, each listed.
    assert main(["--db", db, "settings", "set", "numbering", "register"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "report", "verification", str(tmp_path / "all.pdf")]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'all-youtube.pdf'}: công văn gửi Công ty Google LLC (YouTube), số 01/" in out
    assert not (tmp_path / "all.pdf").exists() and not (tmp_path / "all-facebook.pdf").exists()

    assert main(["--db", db, "export", "fanpages", str(tmp_path / "list.xlsx")]) == 0
    sheet = load_workbook(tmp_path / "list.xlsx")["Trang fanpage"]
    names = [r[4] for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert names == ["Du lịch Hà Nội", "Sở Y tế Hà Nội"]  # Sở Du lịch before Sở Y tế


def test_command_line_errors_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    bad = _sheet(tmp_path / "bad.xlsx", [["Đơn vị", "Link"], ["Sở Không Có", "fb.com/x"]])
    assert main(["--db", db, "import", "fanpages", str(bad)]) == 1
    assert "dòng 2, cột Cơ quan" in capsys.readouterr().err
    assert main(["--db", db, "report", "verification", str(tmp_path / "x.pdf"), "--platform", "Myspace"]) == 1
    assert "Không rõ nền tảng" in capsys.readouterr().err
