"""Run the built bundle as a clerk would and compare what it writes with the installed package's output.

    python packaging/smoke_test.py dist/HanoiDesk --reference .venv/bin/hanoi-desk

Each program gets a fresh, empty data folder (HANOI_DESK_HOME), so both start from the reference
roster and must write the same workbook. Checks, in order:
  1. ``--version`` of the bundle equals the installed package's;
  2. ``export roster``: every cell of every sheet identical (the "Ngày xuất: dd/mm/yyyy" stamp aside);
  3. ``report annual`` (only when ``report --help`` lists it): the PDF's text identical (pdftotext);
  4. ``sign`` then ``verify`` (when ``sign --help`` works): the annual report signed by the person with
     authority then the organisation with .p12 files made here and now, verified against its root (and
     "chưa tin cậy" without it); and ``sign --pkcs11`` with a file that is no PKCS#11 module: the bundled
     python-pkcs11 loads and refuses it with the Vietnamese message (no traceback, no PIN asked);
  5. the window program starts (offscreen), creates its database and stays up until stopped.
Exit code 0 when all pass; the first failure is printed and exits 1.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_support as project

STAMP = re.compile(r"Ngày xuất: \d{2}/\d{2}/\d{4}")


class SmokeFailure(Exception):
    pass


def executable(folder: Path, name: str) -> Path:
    exe = folder / (name + ".exe" if sys.platform.startswith("win") else name)
    if not exe.is_file():
        raise SmokeFailure(f"missing program: {exe}")
    return exe


def run(
    program: Path | str, args: list[str], home: Path, *, check: bool = True,
    env_extra: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HANOI_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    env.pop("HANOI_DESK_DB", None)
    done = subprocess.run([str(program), *args], env=env, capture_output=True, text=True, encoding="utf-8",
                          errors="replace", timeout=300)
    if check and done.returncode != 0:
        raise SmokeFailure(f"{Path(program).name} {' '.join(args)} exited {done.returncode}:\n"
                           f"{done.stdout}\n{done.stderr}")
    return done


def workbook_cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(path)
    return {
        sheet.title: [
            tuple(STAMP.sub("Ngày xuất: …", v) if isinstance(v, str) else v for v in row)
            for row in sheet.iter_rows(values_only=True)
        ]
        for sheet in book.worksheets
    }


def compare_workbooks(ours: Path, theirs: Path) -> int:
    a, b = workbook_cells(ours), workbook_cells(theirs)
    if list(a) != list(b):
        raise SmokeFailure(f"sheets differ: {list(a)} != {list(b)}")
    for name in a:
        if len(a[name]) != len(b[name]):
            raise SmokeFailure(f"sheet {name!r}: {len(a[name])} rows in the bundle's, "
                               f"{len(b[name])} in the installed package's")
        for number, (row_a, row_b) in enumerate(zip(a[name], b[name], strict=True), start=1):
            if row_a != row_b:
                raise SmokeFailure(f"sheet {name!r} row {number}: {row_a} != {row_b}")
    return sum(len(rows) for rows in a.values())


def pdf_text(path: Path) -> str:
    if not path.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure(f"{path} is not a PDF")
    tool = shutil.which("pdftotext")
    if tool is None:
        return ""
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, encoding="utf-8",
                          check=True).stdout


def describe_bundle(bundle: Path) -> list[str]:
    """Print the bundle's size and its Qt modules; fail if a Qt module the app never uses got in."""
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    total = sum(f.stat().st_size for f in files)
    internal = bundle / "_internal"
    qt_modules = sorted({f.name.split(".")[0] for f in (internal / "PySide6").glob("Qt*.*")
                         if f.suffix in (".so", ".pyd")})
    print(f"    {bundle}: {len(files)} files, {total / 2**20:.0f} MiB; Qt modules: {', '.join(qt_modules)}")
    sizes: dict[str, int] = {}
    for f in files:
        top = f.relative_to(internal).parts[0] if internal in f.parents else f.name
        sizes[top] = sizes.get(top, 0) + f.stat().st_size
    for name, size in sorted(sizes.items(), key=lambda item: -item[1])[:8]:
        print(f"    {size / 2**20:7.1f} MiB  {name}")
    unwanted = [m for m in qt_modules if f"PySide6.{m}" in project.QT_EXCLUDES]
    if unwanted:
        raise SmokeFailure(f"Qt modules the app does not use are in the bundle: {unwanted}")
    for needed in ("fonts/OFL.txt", "fonts/LiberationSerif-Regular.ttf", "reference/hanoi-agencies.csv",
                   "translations/hanoi_desk_vi.qm", "icons/hanoi-desk.png"):
        if not (internal / "resources" / needed).is_file():
            raise SmokeFailure(f"resources/{needed} is missing from the bundle")
    versions = sorted(p.name for p in (internal / "hanoi_desk" / "migrations" / "versions").glob("*.py"))
    source = sorted(p.name for p in (project.MIGRATIONS / "versions").glob("*.py"))
    if versions != source:
        raise SmokeFailure(f"migrations in the bundle {versions} != in the source {source}")
    return qt_modules


def lists_annual_report(program: Path, home: Path) -> bool:
    done = run(program, ["report", "--help"], home, check=False)
    return done.returncode == 0 and re.search(r"\bannual\b", done.stdout) is not None


def check_window(bundle: Path, home: Path, seconds: float = 5.0) -> None:
    """The window program under the offscreen platform: it must create its database and keep running
    (it then waits on the first-run page); an import or plug-in missing from the bundle ends it at once."""
    program = executable(bundle, project.GUI_NAME)
    env = {**os.environ, "HANOI_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HANOI_DESK_DB", None)
    process = subprocess.Popen([str(program)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        database = home / "hanoi-desk.db"
        while not database.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        settle = time.monotonic() + seconds
        while process.poll() is None and time.monotonic() < settle:
            time.sleep(0.2)
        if process.poll() is not None or not database.exists():
            output = process.communicate(timeout=30)[0].decode("utf-8", "replace") if process.stdout else ""
            raise SmokeFailure(f"the window program stopped (exit {process.returncode}) "
                               f"or made no database:\n{output}")
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def check_signing(cli: Path, home: Path, work: Path) -> None:
    """The bundled pyHanko and python-pkcs11 at work: .p12 files made at smoke-test time sign the annual
    report as the person then the organisation, ``verify`` trusts it only with the root given, and a
    file that is no PKCS#11 module is refused by the bundled python-pkcs11 in Vietnamese."""
    sys.path.insert(0, str(project.ROOT))
    from tests import signing_kit as kit

    pki = work / "pki"
    pki.mkdir(exist_ok=True)
    root = kit.make_root("Smoke Test Root")
    person = kit.issue(root, "SMOKE TEST SIGNER", "Hanoi Desk smoke test")
    office = kit.issue(root, "SMOKE TEST OFFICE", "Hanoi Desk smoke test")
    person_p12 = kit.write_p12(pki / "person.p12", person, [root])
    office_p12 = kit.write_p12(pki / "office.p12", office, [root])
    root_file = pki / "root.cer"
    root_file.write_bytes(root.der)
    by_person, signed = work / "bundle signed by person.pdf", work / "bundle signed.pdf"
    for source, target, role, p12 in ((work / "bundle annual.pdf", by_person, "person", person_p12),
                                      (by_person, signed, "organisation", office_p12)):
        done = run(cli, ["sign", str(source), str(target), "--as", role, "--p12", str(p12),
                         "--password-env", "HD_SMOKE_P12", "--no-timestamp"], home,
                   env_extra={"HD_SMOKE_P12": kit.P12_PASSWORD})
        if "PAdES B-B" not in done.stdout or not target.is_file():
            raise SmokeFailure(f"sign as {role}: {done.stdout}{done.stderr}")
    done = run(cli, ["verify", str(signed), "--trust", str(root_file)], home, check=False)
    if done.returncode != 0 or "hợp lệ" not in done.stdout:
        raise SmokeFailure(f"verify with the root exited {done.returncode}:\n{done.stdout}{done.stderr}")
    done = run(cli, ["verify", str(signed)], home, check=False)
    if done.returncode != 1 or "chưa tin cậy" not in done.stdout:
        raise SmokeFailure(f"verify without the root exited {done.returncode}:\n{done.stdout}{done.stderr}")
    fake = pki / ("not-a-module.dll" if sys.platform.startswith("win") else "not-a-module.so")
    fake.write_bytes(b"MZ" if sys.platform.startswith("win") else b"\x7fELF")
    fake.write_bytes(fake.read_bytes() + b"\0" * 200)
    done = run(cli, ["sign", str(work / "bundle annual.pdf"), str(work / "never.pdf"), "--as", "person",
                     "--pkcs11", str(fake), "--pin-env", "HD_SMOKE_PIN"], home, check=False,
               env_extra={"HD_SMOKE_PIN": "0000"})
    if (done.returncode != 1 or "PKCS#11" not in done.stderr or "Traceback" in done.stderr
            or "python-pkcs11" in done.stderr or (work / "never.pdf").exists()):
        raise SmokeFailure(f"sign --pkcs11 with no module exited {done.returncode}:\n"
                           f"{done.stdout}{done.stderr}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder, e.g. dist/HanoiDesk")
    parser.add_argument("--reference", required=True, help="the installed package's hanoi-desk command")
    parser.add_argument("--keep", type=Path, help="write the outputs here instead of a temporary folder")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="hanoi-desk-smoke-"))
    work.mkdir(parents=True, exist_ok=True)
    cli = executable(args.bundle, project.CLI_NAME)
    reference = shutil.which(args.reference) or args.reference
    # A folder name with Vietnamese letters and spaces, as on a clerk's machine.
    bundle_home = work / "Nguyễn Văn A" / "bundle data"
    installed_home = work / "installed data"
    try:
        describe_bundle(args.bundle)
        ours = run(cli, ["--version"], bundle_home).stdout.strip()
        theirs = run(reference, ["--version"], installed_home).stdout.strip()
        if ours != theirs or project.version() not in ours:
            raise SmokeFailure(f"--version: bundle {ours!r}, installed {theirs!r}, "
                               f"source {project.version()!r}")
        print(f"ok  --version: {ours}")

        run(cli, ["export", "roster", str(work / "bundle roster.xlsx")], bundle_home)
        run(reference, ["export", "roster", str(work / "installed roster.xlsx")], installed_home)
        rows = compare_workbooks(work / "bundle roster.xlsx", work / "installed roster.xlsx")
        print(f"ok  export roster: {rows} rows identical")

        if lists_annual_report(cli, bundle_home):
            year = str(date.today().year)
            for program, home, out in ((cli, bundle_home, "bundle annual.pdf"),
                                       (reference, installed_home, "installed annual.pdf")):
                run(program, ["report", "annual", str(work / out), "--year", year], home)
            ours_text = pdf_text(work / "bundle annual.pdf")
            if ours_text != pdf_text(work / "installed annual.pdf"):
                raise SmokeFailure("report annual: the PDFs' text differs")
            how = "same text" if ours_text else "a PDF (no pdftotext here to compare the text)"
            print(f"ok  report annual {year}: {how}")
        else:
            print("--  report annual: not in this build (`report --help` does not list it)")

        if (work / "bundle annual.pdf").is_file() and run(cli, ["sign", "--help"], bundle_home,
                                                              check=False).returncode == 0:
            check_signing(cli, bundle_home, work)
            print("ok  sign (.p12 made now, PAdES B-B), verify against its root; pkcs11 refuses a non-module")
        else:
            print("--  sign/verify: not in this build")

        check_window(args.bundle, work / "window data")
        print(f"ok  {project.GUI_NAME}: started offscreen and created its database")
    except SmokeFailure as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
