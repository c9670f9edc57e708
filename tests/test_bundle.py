"""What goes into the PyInstaller bundle (packaging/bundle_support.py), checked without building it.

The build itself runs in CI (.ci/run: packaging/smoke_test.py on the built folder); these tests catch
the mistakes that would only show there: a resource or migration left out, a Qt module excluded that
the app imports, a version resource that does not match hanoi_desk.__version__, a broken icon.
"""

from __future__ import annotations

import ast
import importlib.util
import struct
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

import hanoi_desk

ROOT = Path(hanoi_desk.__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    # Not importable as "packaging.…": that name belongs to the PyPA library.
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def project() -> ModuleType:
    return _load("bundle_support")


def _bundle_dests(datas: list[tuple[str, str]]) -> set[str]:
    return {f"{Path(dest).as_posix()}/{Path(src).name}" for src, dest in datas}


def test_version_is_the_packages(project: ModuleType) -> None:
    assert project.version() == hanoi_desk.__version__


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("1.2.0rc1", (1, 2, 0, 0)),
    ("2026.11.27.3", (2026, 11, 27, 3)), ("0.2.0.dev1", (0, 2, 0, 0)), ("1.0+local", (1, 0, 0, 0)),
])
def test_windows_version_numbers(project: ModuleType, text: str, numbers: tuple[int, ...]) -> None:
    assert project.version_tuple(text) == numbers


VERSION_CLASSES = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                   "VarFileInfo", "VarStruct")


def test_version_resource_is_what_pyinstaller_reads(project: ModuleType, tmp_path: Path) -> None:
    """PyInstaller eval()s the file with its versioninfo classes in scope (on Windows; that module
    needs win32api, so here each class is a recorder that keeps its arguments)."""
    file = project.write_version_resource(tmp_path)
    text = file.read_text(encoding="utf-8")

    def recorder(kind: str):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    info = eval(text, {name: recorder(name) for name in VERSION_CLASSES})  # our own generated file
    numbers = project.version_tuple(hanoi_desk.__version__)
    assert info["kind"] == "VSVersionInfo"
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == numbers
    table = info["kids"][0]["args"][0][0]
    assert table["kind"] == "StringTable" and table["args"][0] == "042A04B0"  # Vietnamese, Unicode
    strings = dict(s["args"] for s in table["args"][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == hanoi_desk.__version__
    assert strings["OriginalFilename"] == "HanoiDesk.exe"
    assert "Open Font License" in strings["LegalCopyright"]
    assert info["kids"][1]["args"][0][0]["args"] == ("Translation", [0x042A, 1200])


def test_every_resource_the_code_asks_for_is_bundled(project: ModuleType) -> None:
    """Every paths.resource("a", "b") call in the package names a file the bundle carries."""
    bundled = _bundle_dests(project.resource_datas())
    asked: set[str] = set()
    for file in (ROOT / "hanoi_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "resource"
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
                    and len(node.args) >= 2):
                asked.add("resources/" + "/".join(a.value for a in node.args))  # type: ignore[attr-defined]
    assert "resources/reference/hanoi-agencies.csv" in asked
    assert asked <= bundled, asked - bundled
    for needed in ("fonts/OFL.txt", "fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSerif-Bold.ttf",
                   "fonts/LiberationSerif-Italic.ttf", "fonts/LiberationSerif-BoldItalic.ttf",
                   "translations/hanoi_desk_vi.qm", "icons/hanoi-desk.png", "icons/hanoi-desk.ico"):
        assert f"resources/{needed}" in bundled
    assert not any(d.endswith((".ts", ".py")) for d in bundled)


def test_every_migration_travels_as_a_file(project: ModuleType) -> None:
    """Alembic loads the migrations by path: each must be in the bundle where db.MIGRATIONS points."""
    bundled = _bundle_dests(project.migration_datas())
    versions = sorted((ROOT / "hanoi_desk" / "migrations" / "versions").glob("*.py"))
    assert versions
    for file in versions:
        assert f"hanoi_desk/migrations/versions/{file.name}" in bundled
    assert {"hanoi_desk/migrations/env.py", "hanoi_desk/migrations/script.py.mako"} <= bundled


def test_what_the_migrations_import_is_collected(project: ModuleType) -> None:
    imports = project.migration_imports()
    assert {"alembic", "alembic.op", "alembic.context", "sqlalchemy", "hanoi_desk.models"} <= set(imports)
    assert "sqlalchemy.Column" not in imports and "__future__" not in imports


def test_the_signing_libraries_are_collected(project: ModuleType) -> None:
    """pyHanko and python-pkcs11 are imported inside functions: the bundle names each module, and each
    one exists (a renamed module in a new pyHanko would otherwise fail only when a clerk signs)."""
    imports = project.signing_imports()
    assert {"pyhanko.sign.pkcs11", "pyhanko.sign.signers", "pyhanko.sign.validation", "pyhanko.stamp",
            "pkcs11", "pkcs11._pkcs11", "pyhanko_certvalidator", "asn1crypto.x509"} <= set(imports)
    for name in imports:
        importlib.import_module(name)
    spec = (PACKAGING / "hanoi-desk.spec").read_text(encoding="utf-8")
    assert "project.signing_imports()" in spec
    assert not set(project.TOOL_EXCLUDES) & {"pyhanko", "pkcs11", "aiohttp"}


def test_no_qt_module_the_app_imports_is_excluded(project: ModuleType) -> None:
    used: set[str] = set()
    for file in (ROOT / "hanoi_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                used.add(node.module)
            elif isinstance(node, ast.Import):
                used.update(a.name for a in node.names if a.name.startswith("PySide6."))
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used
    assert used.isdisjoint(project.QT_EXCLUDES), used & set(project.QT_EXCLUDES)
    for heavy in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f"PySide6.{heavy}" in project.QT_EXCLUDES


def test_only_vietnamese_and_english_qt_translations(project: ModuleType) -> None:
    assert project.keep_data("PySide6/Qt/translations/qtbase_vi.qm")
    assert project.keep_data("PySide6\\Qt\\translations\\qtbase_en.qm")
    assert not project.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert project.keep_data("resources/translations/hanoi_desk_vi.qm")


def test_qt_pdf_only_when_the_app_imports_it(project: ModuleType) -> None:
    plugin = "PySide6/Qt/plugins/imageformats/libqpdf.so"
    library = "PySide6/Qt/lib/libQt6Pdf.so.6"
    core = "PySide6/Qt/lib/libQt6Core.so.6"
    assert project.keep_binaries([plugin, library, core]) == [False, False, True]
    with_preview = ["PySide6/QtPdf.abi3.so", "PySide6\\Qt6Pdf.dll", plugin]
    assert project.keep_binaries(with_preview) == [True, True, False]


def test_zip_holds_one_folder_named_for_the_version(project: ModuleType, tmp_path: Path) -> None:
    bundle = tmp_path / "HanoiDesk"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "HanoiDesk.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "resources" / "Tệp mẫu.txt").write_text("ở đây", encoding="utf-8")
    archive = project.make_zip(tmp_path, "0.1.0", "win32")
    assert archive.name == "HanoiDesk-0.1.0-win64.zip"
    with zipfile.ZipFile(archive) as z:
        names = z.namelist()
    assert all(n.startswith("HanoiDesk/") for n in names)
    assert "HanoiDesk/HanoiDesk.exe" in names and "HanoiDesk/_internal/resources/Tệp mẫu.txt" in names


def test_spec_compiles_and_names_both_programs(project: ModuleType) -> None:
    source = (PACKAGING / "hanoi-desk.spec").read_text(encoding="utf-8")
    compile(source, "hanoi-desk.spec", "exec")
    assert "console=False" in source and "console=True" in source
    assert "upx=False" in source
    for entry, call in (("entry_gui.py", "gui_main()"), ("entry_cli.py", "main()")):
        assert call in (PACKAGING / entry).read_text(encoding="utf-8")


# --- the icon ---------------------------------------------------------------------------------


def test_ico_holds_png_images_at_16_32_48_and_256_pixels() -> None:
    data = (ROOT / "resources" / "icons" / "hanoi-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        entry = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        width, height, _colors, _res, planes, bpp, length, offset = entry
        image = QImage.fromData(data[offset:offset + length], "PNG")
        side = width or 256
        assert (image.width(), image.height()) == (side, height or 256)
        assert (planes, bpp) == (1, 32)
        sizes.append(side)
    assert sorted(sizes) == [16, 32, 48, 256]


def test_png_icon_is_the_red_and_yellow_emblem() -> None:
    image = QImage(str(ROOT / "resources" / "icons" / "hanoi-desk.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corners
    red = image.pixelColor(20, 128)
    assert red.red() > 150 and red.green() < 80
    yellow = image.pixelColor(64, 190)  # a pillar
    assert yellow.red() > 200 and yellow.green() > 170 and yellow.blue() < 80


def test_icon_script_draws_what_is_committed(qapp) -> None:
    make_icon = _load_tool("make_icon")
    drawn = make_icon.draw(256)
    committed = QImage(str(ROOT / "resources" / "icons" / "hanoi-desk.png")).convertToFormat(drawn.format())
    differing = sum(
        1 for x in range(0, 256, 4) for y in range(0, 256, 4)
        if abs(drawn.pixelColor(x, y).red() - committed.pixelColor(x, y).red()) > 40
    )
    assert differing < 40  # same drawing; anti-aliasing may differ between Qt versions


def _load_tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the smoke test's comparison of the two roster exports ---------------------------------------


def test_smoke_test_ignores_only_the_export_date_stamp(tmp_path: Path, services) -> None:
    from datetime import date

    from openpyxl import load_workbook

    from hanoi_desk.exporters.roster import write_roster
    from hanoi_desk.exporters.xlsx import export_stamp

    smoke = _load("smoke_test")
    agencies = services.roster.list_agencies()
    today, other = write_roster(tmp_path / "a.xlsx", agencies), write_roster(tmp_path / "b.xlsx", agencies)
    book = load_workbook(other)
    stamped = [cell for row in book.worksheets[0].iter_rows() for cell in row
               if isinstance(cell.value, str) and smoke.STAMP.search(cell.value)]
    assert stamped
    for cell in stamped:  # as if exported on another day
        cell.value = smoke.STAMP.sub(export_stamp(date(2020, 1, 2)), cell.value)
    book.save(other)
    assert smoke.compare_workbooks(today, other) > len(agencies)

    sheet = book.worksheets[0]
    sheet.cell(row=sheet.max_row, column=2).value = "Sở Y tế (sửa)"
    book.save(other)
    with pytest.raises(smoke.SmokeFailure, match="row"):
        smoke.compare_workbooks(today, other)
