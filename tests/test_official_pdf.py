"""The official PDF engine, read back the way an official (or the People's Committee) would see it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from hanoi_desk.exporters import official_pdf as op
from hanoi_desk.exporters.official_pdf import (
    Appendix,
    Bullets,
    Heading,
    Letterhead,
    OfficialDocument,
    Para,
    Recipients,
    Signature,
    Table,
    font_source,
    format_number_symbol,
    vn_date_line,
    vn_number,
    vn_point_label,
    write_official_pdf,
)

pytestmark = pytest.mark.dates  # tools/any-day.sh runs these at fixed dates too

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdffonts"),
                                   reason="poppler-utils not installed")

NASTY = "Công ty <TNHH A> & B <img src=x> Hòa"


def _report(appendix: Appendix | None = None, body_paras: int = 14) -> OfficialDocument:
    body = [
        Heading("I. Kết quả thực hiện", 1),
        Para("Thực hiện Kế hoạch số 123/KH-UBND của Ủy ban nhân dân Thành phố, Sở báo cáo như sau."),
        Heading("1. Công tác chỉ đạo", 2),
        Para(unicodedata.normalize("NFD", NASTY)),
        Heading("a) Điểm thứ nhất", 3),
        Bullets(["Mục một", "Mục hai"]),
        Table(["STT", "Đơn vị", "Số bài viết"],
              [[i, f"Đơn vị số {i}", 1234 * i] for i in range(1, 31)], numeric_columns=(2,)),
        Heading("II. Phương hướng", 1),
        *[Para(f"Đoạn văn thứ {i} về nhiệm vụ năm tới, nâng cao chất lượng thông tin trên mạng.")
          for i in range(body_paras)],
    ]
    return OfficialDocument(
        letterhead=Letterhead("UBND Thành phố Hà Nội", "Sở Thông tin và Truyền thông", 5, "BC-STTTT",
                              "Hà Nội", date(2020, 1, 5)),
        kind="BÁO CÁO",
        title_summary="Kết quả thực hiện Kế hoạch năm 2019",
        addressees=["Ủy ban nhân dân Thành phố Hà Nội"],
        body=body,
        recipients=Recipients(["Như trên", "UBND Thành phố (để b/c)", "Lưu: VT, TTĐT"]),
        signature=Signature("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"),
        appendix=appendix,
    )


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def _top_margin_words(page: pdfplumber.page.Page) -> list[str]:
    return [w["text"] for w in page.extract_words() if w["bottom"] < 20 * MM]


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_official_pdf(tmp_path_factory.mktemp("pdf") / "bao-cao.pdf", _report())


# --- formatting helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "expected"), [
    (date(2019, 6, 29), "Hà Nội, ngày 29 tháng 6 năm 2019"),
    (date(2020, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2020"),
    (date(2020, 2, 3), "Hà Nội, ngày 03 tháng 02 năm 2020"),
    (date(2020, 3, 3), "Hà Nội, ngày 03 tháng 3 năm 2020"),
    (date(2020, 11, 10), "Hà Nội, ngày 10 tháng 11 năm 2020"),
])
def test_date_line_pads_days_below_ten_and_only_january_february(day: date, expected: str) -> None:
    assert vn_date_line("Hà Nội", day) == expected


def test_numbers_are_grouped_vietnamese_style() -> None:
    assert vn_number(1234) == "1.234"
    assert vn_number(1234567) == "1.234.567"
    assert vn_number(999) == "999"
    assert vn_number(-1234) == "-1.234"
    assert vn_number(1234.5) == "1.234,5"
    assert vn_number(2.0) == "2"


def test_number_symbol() -> None:
    assert format_number_symbol(5, "BC", "STTTT") == "Số: 05/BC-STTTT"
    assert format_number_symbol("7", "KH", "STTTT") == "Số: 07/KH-STTTT"
    assert format_number_symbol(604, None, "STTTT-CNTT") == "Số: 604/STTTT-CNTT"
    assert format_number_symbol(None, "BC", "STTTT") == "Số:      /BC-STTTT"
    assert format_number_symbol("", "BC", "STTTT") == "Số:      /BC-STTTT"


def test_point_labels_follow_the_vietnamese_alphabet() -> None:
    assert [vn_point_label(i) for i in range(6)] == ["a)", "b)", "c)", "d)", "đ)", "e)"]


def test_times_new_roman_is_preferred_when_all_four_styles_exist(tmp_path: Path) -> None:
    fonts = tmp_path / "Fonts"
    fonts.mkdir()
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf"):
        (fonts / name).write_bytes(b"")
    label, files = op._pick_font_files({"WINDIR": str(tmp_path), "HOME": str(tmp_path)})
    assert files["regular"].parent != fonts  # an incomplete set would mix families: not used
    (fonts / "timesbi.ttf").write_bytes(b"")
    label, files = op._pick_font_files({"WINDIR": str(tmp_path), "HOME": str(tmp_path)})
    assert label.startswith("Times New Roman")
    assert files["bold"] == fonts / "timesbd.ttf"


# --- the document as printed -------------------------------------------------------------------


@needs_poppler
def test_report_reads_back_with_every_part(report_pdf: Path) -> None:
    text = _text(report_pdf, "-layout")
    for expected in [
        "UBND THÀNH PHỐ HÀ NỘI", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Kết quả thực hiện Kế hoạch năm 2019",
        "Kính gửi: Ủy ban nhân dân Thành phố Hà Nội.", "I. KẾT QUẢ THỰC HIỆN", "1. Công tác chỉ đạo",
        "a) Điểm thứ nhất", "- Mục một", "II. PHƯƠNG HƯỚNG", "Đoạn văn thứ 13", "Nơi nhận:", "- Như trên;",
        "- Lưu: VT, TTĐT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An",
    ]:
        assert expected in text, expected
    # Number and date share one line, number on the left.
    line = next(line for line in text.splitlines() if "Số: 05/BC-STTTT" in line)
    assert re.search(r"Số: 05/BC-STTTT\s+Hà Nội, ngày 05 tháng 01 năm 2020", line)
    # Table rows, numbers Vietnamese style.
    assert re.search(r"30\s+Đơn vị số 30\s+37\.020", text)


@needs_poppler
def test_user_text_prints_literally_and_in_nfc(report_pdf: Path) -> None:
    text = _text(report_pdf)
    assert NASTY in text
    assert unicodedata.normalize("NFD", "Hòa") not in text


@needs_poppler
def test_fonts_are_embedded_serif_in_four_styles_and_never_helvetica(report_pdf: Path) -> None:
    out = _text_fonts(report_pdf)
    rows = out.splitlines()[2:]
    assert rows
    assert "Helvetica" not in out
    assert all(row.split()[-5] == "yes" for row in rows), out  # emb column
    family = "TimesNewRoman" if font_source().startswith("Times") else "LiberationSerif"
    names = {row.split()[0].split("+")[-1] for row in rows}
    assert {n.replace(family, "") for n in names} == {"", "-Bold", "-Italic", "-BoldItalic"}, names


def _text_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout


def test_styles_sizes_and_margins_follow_the_decree(report_pdf: Path) -> None:
    with pdfplumber.open(report_pdf) as pdf:
        first = pdf.pages[0]
        assert (round(first.width), round(first.height)) == (round(PAGE_W), round(PAGE_H))
        words = first.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)

        def word(text: str) -> dict:
            return next(w for w in words if w["text"] == text)

        assert "Italic" in word("ngày")["fontname"] and 13 <= word("ngày")["size"] <= 14
        assert "Bold" in word("CÁO")["fontname"] and word("CÁO")["size"] == pytest.approx(14)
        assert "Bold" not in word("UBND")["fontname"] and 12 <= word("UBND")["size"] <= 13
        assert "Bold" in word("CỘNG")["fontname"]
        assert "Bold" in word("Hạnh")["fontname"] and word("Hạnh")["size"] == pytest.approx(13)
        assert word("05/BC-STTTT")["size"] == pytest.approx(13)
        assert "Italic" not in word("05/BC-STTTT")["fontname"]
        body = word("Thực")
        assert body["size"] == pytest.approx(14)
        # First-line indent 1.27 cm from the 30 mm left margin.
        assert body["x0"] == pytest.approx(30 * MM + 1.27 / 2.54 * 72, abs=1)
        for page in pdf.pages:
            if page.width > page.height:
                continue
            for w in page.extract_words():
                if w["bottom"] < 20 * MM:  # the page number
                    continue
                assert w["x0"] >= 30 * MM - 0.5, w
                assert w["x1"] <= PAGE_W - 15 * MM + 0.5, w
                assert w["bottom"] <= PAGE_H - 20 * MM + 0.5, w


def test_header_rules_under_office_name_and_motto(report_pdf: Path) -> None:
    with pdfplumber.open(report_pdf) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        motto = [w for w in words if w["text"] in ("Độc", "phúc")]
        motto_x0, motto_x1 = motto[0]["x0"], motto[-1]["x1"]
        office = [w for w in words if w["text"] in ("SỞ", "THÔNG") and w["top"] < 40 * MM]
        office_x0 = min(w["x0"] for w in office)
        office_x1 = max(w["x1"] for w in words if w["text"] == "THÔNG" and w["top"] < 40 * MM)
        rules = [(min(ln["x0"], ln["x1"]), max(ln["x0"], ln["x1"]), ln["top"]) for ln in page.lines]
        motto_rule = [r for r in rules if abs(r[0] - motto_x0) < 2 and abs(r[1] - motto_x1) < 2]
        assert motto_rule, (rules, motto_x0, motto_x1)
        office_w = office_x1 - office_x0
        office_rule = [r for r in rules if r[1] <= office_x1 and r[0] >= office_x0]
        assert office_rule
        length = office_rule[0][1] - office_rule[0][0]
        assert office_w / 3 <= length <= office_w / 2
        centre = (office_x0 + office_x1) / 2
        assert (office_rule[0][0] + office_rule[0][1]) / 2 == pytest.approx(centre, abs=2)


def test_page_numbers_in_top_margin_none_on_page_one(report_pdf: Path) -> None:
    with pdfplumber.open(report_pdf) as pdf:
        assert len(pdf.pages) >= 2
        assert _top_margin_words(pdf.pages[0]) == []
        for number, page in enumerate(pdf.pages[1:], start=2):
            top = [w for w in page.extract_words(extra_attrs=["size"]) if w["bottom"] < 20 * MM]
            assert [w["text"] for w in top] == [str(number)]
            centre = (top[0]["x0"] + top[0]["x1"]) / 2
            assert centre == pytest.approx(30 * MM + (PAGE_W - 45 * MM) / 2, abs=2)
            assert top[0]["size"] == pytest.approx(13)


def test_closing_block_stays_together_with_room_to_sign(report_pdf: Path) -> None:
    with pdfplumber.open(report_pdf) as pdf:
        last = pdf.pages[-1]
        words = last.extract_words(extra_attrs=["fontname", "size"])
        texts = [w["text"] for w in words]
        for part in ("nhận:", "KT.", "An", "VT,"):
            assert part in texts
        noi = next(w for w in words if w["text"] == "Nơi")
        authority = next(w for w in words if w["text"] == "KT.")
        title = next(w for w in words if w["text"] == "PHÓ")
        name = next(w for w in words if w["text"] == "Nguyễn")
        assert "BoldItalic" in noi["fontname"] and noi["size"] == pytest.approx(12)
        assert noi["x0"] == pytest.approx(30 * MM, abs=1)
        assert abs(noi["bottom"] - authority["bottom"]) < 3  # level with the signing authority
        assert name["top"] - title["bottom"] >= 28 * MM
        assert "Bold" in name["fontname"] and name["size"] == pytest.approx(14)
        recipient = next(w for w in words if w["text"] == "VT,")
        assert recipient["size"] == pytest.approx(11)


@needs_poppler
def test_cong_van_has_summary_under_number_and_listed_addressees(tmp_path: Path) -> None:
    doc = OfficialDocument(
        letterhead=Letterhead("UBND Thành phố Hà Nội", "Sở Thông tin và Truyền thông", None, "STTTT-TTĐT",
                              "Hà Nội", date(2019, 6, 29), "V/v đôn đốc báo cáo"),
        kind=None,
        addressees=["Sở Y tế", "Sở Giáo dục và Đào tạo;", "UBND các quận, huyện, thị xã"],
        body=[Para("Nội dung công văn.")],
        recipients=Recipients(["Như trên", "Lưu: VT"]),
        signature=Signature("GIÁM ĐỐC", "", "Trần Văn Bình"),
    )
    pdf = write_official_pdf(tmp_path / "cv.pdf", doc)
    text = _text(pdf, "-layout")
    assert "V/v đôn đốc báo cáo" in text
    assert "BÁO CÁO" not in text
    assert re.search(r"Số:\s+/STTTT-TTĐT", text)
    assert "ngày 29 tháng 6 năm 2019" in text
    lines = [line for line in text.splitlines() if "- Sở" in line or "- UBND các" in line]
    assert "Kính gửi: - Sở Y tế;" in re.sub(r"\s+", " ", lines[0])
    assert lines[1].strip() == "- Sở Giáo dục và Đào tạo;"
    assert lines[2].strip() == "- UBND các quận, huyện, thị xã."
    # The dashes line up under each other, after the colon.
    assert lines[0].index("- Sở Y") == lines[1].index("- Sở") == lines[2].index("- UBND")
    assert "GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" not in text


def test_appendix_is_landscape_and_numbers_its_own_pages(tmp_path: Path) -> None:
    rows = [[i, f"Trang {i}", f"https://trang{i}.hanoi.gov.vn", "Sở Thông tin và Truyền thông", i * 1000]
            for i in range(1, 1001)]
    appendix = Appendix("Phụ lục\nDANH SÁCH TRANG THÔNG TIN", "(Kèm theo Báo cáo số 05/BC-STTTT)",
                        ["STT", "Tên trang", "Địa chỉ", "Cơ quan chủ quản", "Số lượt"], rows, landscape=True,
                        col_widths=(1, 3, 5, 5, 2), numeric_columns=(4,))
    calls: list[tuple[int, int]] = []
    pdf_path = write_official_pdf(tmp_path / "pl.pdf", _report(appendix),
                                  progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1]
    with pdfplumber.open(pdf_path) as pdf:
        pages = pdf.pages
        main = [p for p in pages if p.height > p.width]
        annex = [p for p in pages if p.width > p.height]
        assert len(main) >= 2 and len(annex) > 10
        assert pages.index(annex[0]) == len(main)  # appendix on its own pages, after the document
        assert _top_margin_words(annex[0]) == []
        for number, page in enumerate(annex[1:4], start=2):
            assert _top_margin_words(page) == [str(number)]
        assert _top_margin_words(annex[-1]) == [str(len(annex))]
        assert "Phụ lục" in annex[0].extract_text()
        # The header row repeats on every appendix page.
        assert all("Cơ quan chủ quản" in p.extract_text() for p in annex)
        assert "Trang 1000" in annex[-1].extract_text()
        assert "1.000.000" in annex[-1].extract_text()


def test_portrait_appendix_and_no_appendix_page_when_absent(tmp_path: Path) -> None:
    doc = _report(Appendix("Phụ lục", "", ["STT", "Nội dung"], [[1, "Một"]]), body_paras=0)
    with pdfplumber.open(write_official_pdf(tmp_path / "p.pdf", doc)) as pdf:
        assert all(p.height > p.width for p in pdf.pages)
        assert "Phụ lục" in pdf.pages[-1].extract_text()
        assert _top_margin_words(pdf.pages[-1]) == []
    with pdfplumber.open(write_official_pdf(tmp_path / "n.pdf", _report(body_paras=0))) as pdf:
        assert "Phụ lục" not in pdf.pages[-1].extract_text()


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    bad = _report()
    bad = OfficialDocument(bad.letterhead, bad.kind, body=[object()])  # type: ignore[list-item]
    target = tmp_path / "x.pdf"
    with pytest.raises(TypeError):
        write_official_pdf(target, bad)
    assert list(tmp_path.iterdir()) == []


def test_closing_block_is_never_split_whatever_the_body_length(tmp_path: Path) -> None:
    """Some body length puts the page break inside the closing block; it must move as a whole."""
    for paras in range(14, 34):
        pdf_path = write_official_pdf(tmp_path / f"{paras}.pdf", _report(body_paras=paras))
        with pdfplumber.open(pdf_path) as pdf:
            pages_with = {
                word: [i for i, p in enumerate(pdf.pages) if word in p.extract_text()]
                for word in ("Nơi nhận:", "Nguyễn Văn An", "Lưu: VT, TTĐT.", "KT. GIÁM ĐỐC",
                             f"Đoạn văn thứ {paras - 1} ")
            }
        assert len({tuple(v) for v in pages_with.values()}) == 1, (paras, pages_with)


def test_a_table_row_taller_than_a_page_splits_instead_of_failing(tmp_path: Path) -> None:
    long_text = " ".join(f"từ{i}" for i in range(3000))
    doc = OfficialDocument(_report().letterhead, "DANH MỤC", "Nội dung",
                           body=[Table(["STT", "Nội dung"], [[1, long_text], [2, "ngắn"]])])
    with pdfplumber.open(write_official_pdf(tmp_path / "t.pdf", doc)) as pdf:
        text = "\n".join(p.extract_text() for p in pdf.pages)
        assert len(pdf.pages) >= 3
    assert "từ0 " in text and "từ2999" in text and "ngắn" in text


def test_engine_imports_no_qt_and_no_database() -> None:
    import ast

    tree = ast.parse(Path(op.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    forbidden = ("PySide6", "sqlalchemy", "alembic", "hanoi_desk.models", "hanoi_desk.services",
                 "hanoi_desk.ui", "hanoi_desk.db")
    assert not [m for m in imported if m.startswith(forbidden)]
