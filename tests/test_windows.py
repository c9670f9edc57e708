"""Windows behaviour, tested on any machine: file names Windows accepts, the local app-data folder,
a user folder with Vietnamese letters and spaces, no shell commands, Times New Roman for PDFs."""

from __future__ import annotations

import ast
import ntpath
import os
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

import hanoi_desk
from hanoi_desk import paths
from hanoi_desk.app import open_services
from hanoi_desk.cli import main
from hanoi_desk.exporters import official_pdf as op
from hanoi_desk.exporters.xlsx import safe_filename

ROOT = Path(hanoi_desk.__file__).resolve().parent.parent
FORBIDDEN = set('\\/:*?"<>|') | {chr(c) for c in range(32)}
DEVICES = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{d}{n}" for d in ("COM", "LPT") for n in [*"0123456789", "¹", "²", "³"]}
)


def windows_refuses(name: str) -> str | None:
    """Why Windows would refuse (or silently alter) ``name`` as a file name, or None if it takes it."""
    if not name:
        return "empty"
    if any(ch in FORBIDDEN for ch in name):
        return "forbidden character"
    if name[-1] in " .":
        return "trailing dot or space (Windows drops it)"
    if name.split(".", 1)[0].rstrip(" ").upper() in DEVICES:
        return "device name"
    if len(name) > 255:
        return "too long"
    # Python's own rules for Windows paths, a second opinion that does not share our code.
    if hasattr(ntpath, "isreserved"):
        reserved = ntpath.isreserved(name)
    else:
        reserved = PureWindowsPath(name).is_reserved()
    if reserved:
        return "reserved according to Python's ntpath"
    if PureWindowsPath(name).name != name:
        return "is a path, not a name"
    return None


# --- file names -------------------------------------------------------------------------------


@pytest.mark.parametrize("device", sorted(DEVICES))
@pytest.mark.parametrize("suffix", ["", ".xlsx", ".tar.gz", " .pdf"])
def test_device_names_are_never_file_names_even_with_an_extension(device: str, suffix: str) -> None:
    for spelling in (device, device.lower(), device.title()):
        name = safe_filename(spelling + suffix)
        assert windows_refuses(name) is None, (spelling + suffix, name)
        assert name.upper().startswith(device.upper())  # recognisable, only made safe


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Danh sách cơ quan 2026-11-27.xlsx", "Danh sách cơ quan 2026-11-27.xlsx"),
        ("Báo cáo ngày 27/11/2026.pdf", "Báo cáo ngày 27-11-2026.pdf"),
        ('Kế hoạch "Hà Nội số" 2026: đợt 1?.xlsx', "Kế hoạch Hà Nội số 2026 đợt 1.xlsx"),
        ("Lịch trực <Tết> | Quý I.xlsx", "Lịch trực Tết - Quý I.xlsx"),
        ("Ứng Hòa – Đan Phượng – Ba Vì.xlsx", "Ứng Hòa – Đan Phượng – Ba Vì.xlsx"),
        ("Báo cáo tổng hợp. ", "Báo cáo tổng hợp"),
        ("???.xlsx", "_.xlsx"),
    ],
)
def test_titles_become_names_windows_accepts_with_vietnamese_letters_kept(title: str, expected: str) -> None:
    name = safe_filename(title)
    assert name == expected
    assert windows_refuses(name) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_any_title_becomes_a_name_windows_accepts(title: str) -> None:
    name = safe_filename(title)
    assert windows_refuses(name) is None, (title, name)
    assert len(name) <= 150
    assert unicodedata.is_normalized("NFC", name)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                        "ùúủũụừứửữựỳýỷỹỵ AĂÂĐÊÔƠƯ0123456789-", min_size=1, max_size=80))
def test_vietnamese_titles_are_kept_letter_for_letter(title: str) -> None:
    cleaned = " ".join(title.split())
    if not cleaned or cleaned.split(".", 1)[0].upper() in DEVICES:
        return
    assert safe_filename(cleaned + ".xlsx") == cleaned + ".xlsx"


def test_the_roster_tabs_default_export_name(qtbot, services, tmp_path: Path) -> None:
    from hanoi_desk.ui.roster.tab import RosterTab

    tab = RosterTab(services.roster)
    qtbot.addWidget(tab)
    name = tab.default_export_name()
    assert name == f"Danh sách cơ quan {date.today().isoformat()}.xlsx"
    assert windows_refuses(name) is None
    with qtbot.waitSignal(tab.sig_export_written, timeout=60000):
        tab.export_file(tmp_path / name)
    assert (tmp_path / name).is_file()


# --- where the data lives ---------------------------------------------------------------------


@pytest.fixture
def windows_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """platformdirs as on Windows, for a user named "Nguyễn Văn A": Local and Roaming app data apart."""
    profile = tmp_path / "Users" / "Nguyễn Văn A" / "AppData"
    folders = {"CSIDL_LOCAL_APPDATA": profile / "Local", "CSIDL_APPDATA": profile / "Roaming"}
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "_RESOLVE_WIN_FOLDER", lambda csidl: str(folders[csidl]))
    for name in ("LOCAL_APPDATA", "APPDATA"):
        monkeypatch.delenv(f"WIN_PD_OVERRIDE_{name}", raising=False)
    monkeypatch.delenv("HANOI_DESK_HOME")
    return {"local": folders["CSIDL_LOCAL_APPDATA"], "roaming": folders["CSIDL_APPDATA"]}


def test_data_lives_in_the_local_not_the_roaming_app_data_folder(windows_profile: dict[str, Path]) -> None:
    expected = windows_profile["local"] / "HanoiDesk" / "HanoiDesk"
    assert paths.data_dir() == expected
    assert expected.is_dir()
    # A roaming profile would copy the database to the server at every log-off: never there.
    assert not (windows_profile["roaming"] / "HanoiDesk").exists()


def test_the_default_database_is_created_in_the_local_app_data_folder(
    windows_profile: dict[str, Path],
) -> None:
    services = open_services(None)
    try:
        database = Path(str(services.db.url.database))
        assert database == windows_profile["local"] / "HanoiDesk" / "HanoiDesk" / "hanoi-desk.db"
        assert database.is_file() and services.roster.count() > 0
    finally:
        services.close()


# --- a user folder with Vietnamese letters and spaces ------------------------------------------


@pytest.fixture
def vietnamese_folder(tmp_path: Path) -> Path:
    """The equivalent of C:/Users/Nguyễn Văn A/Tài liệu/Hà Nội Desk under the test's folder."""
    folder = tmp_path / "Users" / "Nguyễn Văn A" / "Tài liệu" / "Hà Nội Desk"
    folder.mkdir(parents=True)
    return folder


def test_data_folder_with_vietnamese_letters_and_spaces(vietnamese_folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    home = vietnamese_folder / "Dữ liệu của tôi"
    monkeypatch.setenv("HANOI_DESK_HOME", str(home))
    services = open_services(None)
    try:
        assert Path(str(services.db.url.database)) == home / "hanoi-desk.db"
        assert services.roster.find_by_name("so y te") is not None
        assert "Dữ liệu của tôi" in services.db.describe()
    finally:
        services.close()
    again = open_services(None)  # reopened, not recreated: the path round-trips
    try:
        assert again.roster.count() == 192
    finally:
        again.close()


def test_cli_export_and_import_in_vietnamese_folders(vietnamese_folder: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = vietnamese_folder / "cơ sở dữ liệu" / "văn phòng.db"
    out = vietnamese_folder / "Xuất file" / safe_filename(f"Danh sách cơ quan {date(2026, 11, 27)}.xlsx")
    out.parent.mkdir()
    assert main(["--db", str(db), "export", "roster", str(out), "--all"]) == 0
    assert out.name == "Danh sách cơ quan 2026-11-27.xlsx"
    rows = load_workbook(out).worksheets[0].iter_rows(values_only=True)
    names = [r[1] for r in rows if isinstance(r[0], int)]
    assert len(names) == 192 and "Sở Y tế" in names

    book = Workbook()
    book.active.append(["Tên đơn vị", "Loại hình", "SĐT"])
    book.active.append(["Trang tin Phố cổ Hà Nội", "Trang TTĐT tổng hợp", 912345678])
    source = vietnamese_folder / "Tệp nhận từ đơn vị" / "Danh sách bổ sung (đợt 1).xlsx"
    source.parent.mkdir()
    book.save(source)
    assert main(["--db", str(db), "import", "agencies", str(source)]) == 0
    assert "1 thêm mới" in capsys.readouterr().out
    services = open_services(db)
    try:
        assert services.roster.find_by_name("trang tin pho co ha noi") is not None
    finally:
        services.close()


def test_sqlite_url_with_vietnamese_letters_and_spaces(vietnamese_folder: Path) -> None:
    url = f"sqlite:///{(vietnamese_folder / 'Dữ liệu chung.db').as_posix()}"
    services = open_services(url)
    try:
        assert services.roster.count() == 192
        assert (vietnamese_folder / "Dữ liệu chung.db").is_file()
    finally:
        services.close()


def test_the_command_line_program_takes_vietnamese_arguments(vietnamese_folder: Path) -> None:
    """Through a real process, as a clerk's script would start it, its output going to a file or pipe
    in the ANSI code page a Windows console uses for them (cp1252 in most offices)."""
    out = vietnamese_folder / "Danh sách cơ quan.xlsx"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    run = subprocess.run(
        [sys.executable, "-m", "hanoi_desk", "--db", str(vietnamese_folder / "văn phòng.db"),
         "export", "roster", str(out)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
    )
    assert run.returncode == 0, run.stderr
    assert out.is_file() and "cơ quan" in run.stdout


# --- files and links open through Qt, never a shell -------------------------------------------

SHELL_CALLS = {("os", "system"), ("os", "startfile"), ("os", "popen"), ("os", "execv"), ("os", "execl"),
               ("os", "spawnv"), ("os", "spawnl"), ("os", "posix_spawn")}
SHELL_MODULES = {"subprocess", "webbrowser", "pty", "commands"}


def test_the_app_never_runs_a_shell_command() -> None:
    """Opening files and links goes through QDesktopServices; a shell command would break on a path
    with spaces or Vietnamese letters, and run whatever a crafted file name says."""
    package = Path(hanoi_desk.__file__).resolve().parent
    found = []
    for file in sorted(package.rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        for node in ast.walk(tree):
            where = f"{file.relative_to(package.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                found += [f"{where} import {a.name}" for a in node.names
                          if a.name.split(".")[0] in SHELL_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in SHELL_MODULES:
                    found.append(f"{where} from {node.module}")
                found += [f"{where} QProcess" for a in node.names if a.name == "QProcess"]
                if node.module == "os":
                    found += [f"{where} from os import {a.name}" for a in node.names
                              if ("os", a.name) in SHELL_CALLS or a.name.startswith(("exec", "spawn"))]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "os" and (("os", node.attr) in SHELL_CALLS
                                              or node.attr.startswith(("exec", "spawn"))):
                    found.append(f"{where} os.{node.attr}")
            elif isinstance(node, ast.Name) and node.id == "QProcess":
                found.append(f"{where} QProcess")
    assert found == []


def test_open_data_folder_goes_through_qt_desktop_services(qtbot, services, vietnamese_folder: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from hanoi_desk.ui.about_dialog import AboutDialog

    monkeypatch.setenv("HANOI_DESK_HOME", str(vietnamese_folder))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = AboutDialog(services)
    qtbot.addWidget(dialog)
    dialog.open_folder.click()
    assert len(opened) == 1
    assert opened[0].isLocalFile() and Path(opened[0].toLocalFile()) == vietnamese_folder


# --- Times New Roman where the system has it ---------------------------------------------------


def test_pdfs_use_times_new_roman_from_the_windows_fonts_folder(tmp_path: Path) -> None:
    """A Windows machine has C:\\Windows\\Fonts\\times*.ttf: the documents must be set in them.

    In a fresh process: reportlab keeps the first font registered under a name for the process's life.
    """
    windir = tmp_path / "Windows"
    fonts = windir / "Fonts"
    fonts.mkdir(parents=True)
    bundled = paths.resource("fonts")
    for style, name in {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
                        "bolditalic": "timesbi.ttf"}.items():
        # Stand-ins with Times New Roman's metrics: Liberation Serif, under Windows' file names.
        (fonts / name).write_bytes((bundled / op._LIBERATION_NAMES[style]).read_bytes())
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from hanoi_desk.exporters import official_pdf as op\n"
        "print(op.font_source())\n"
        "for name in (op.REGULAR, op.BOLD, op.ITALIC, op.BOLD_ITALIC):\n"
        "    print(Path(pdfmetrics.getFont(name).face.filename).name)\n"
    )
    env = {**os.environ, "WINDIR": str(windir), "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("SystemRoot", None)
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                         encoding="utf-8", timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"Times New Roman ({fonts})"
    assert lines[1:] == ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"]
