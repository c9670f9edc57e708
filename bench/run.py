"""The benchmark: ``python -m bench [--size small|office|full]`` (or ``python bench/run.py``).

Generates data in temporary databases, measures the app and, in the same run, the floor it is
compared with (the least the underlying library needs for the same work), and prints one table
of ratios, so the figures hold on a noisy or shared machine. No figure is asserted anywhere:
the targets are printed beside them. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent

# Agencies for each measurement, per size. "full" is the issues': start-up and import at 10,000 (the
# import at 50,000 too), search, export and memory at 100,000, the annual report with 1,000 agencies.
SIZES: dict[str, dict[str, int]] = {
    "small": {"startup": 1_000, "search": 1_000, "export": 1_000, "import": 1_000, "report": 100},
    "office": {"startup": 10_000, "search": 10_000, "export": 10_000, "import": 10_000, "report": 1_000},
    "full": {"startup": 10_000, "search": 100_000, "export": 100_000, "import": 10_000,
             "import_large": 50_000, "report": 1_000},
}

# Seconds a window process may take before it is killed and the run fails (a probe that never paints
# must not hang CI): generous for the machine's worst moment, far below CI's own limits.
PROBE_TIMEOUT: dict[str, int] = {"small": 120, "office": 300, "full": 900}


@dataclass
class Row:
    """One line of the table."""

    what: str
    size: str
    app: str
    floor: str
    ratio: float | None
    target: str
    met: bool | None

    def cells(self) -> list[str]:
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}×"
        verdict = "" if self.met is None else ("met" if self.met else "MISSED")
        return [self.what, self.size, self.app, self.floor, ratio, self.target, verdict]


def _n(count: int) -> str:
    return f"{count:,}"


class Bench:
    def __init__(self, size: str, work: Path, repeat: int) -> None:
        self.size = size
        self.counts = SIZES[size]
        self.work = work
        self.repeat = repeat
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self._databases: dict[int, Path] = {}
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HANOI_DESK_HOME": str(work / "home"),
            "XDG_CONFIG_HOME": str(work / "config"),  # the app's QSettings: not the user's
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        }
        os.environ["HANOI_DESK_HOME"] = self.env["HANOI_DESK_HOME"]

    # ------------------------------------------------------------------ data
    def database(self, agencies: int) -> Path:
        """A database with the reference roster plus *agencies* generated ones (made once per size)."""
        if agencies in self._databases:
            return self._databases[agencies]
        from bench.data import insert_agencies, run_generators
        from hanoi_desk.app import open_services

        path = self.work / f"roster-{agencies}.db"
        started = time.perf_counter()
        services = open_services(str(path))
        contacts = insert_agencies(services, agencies)
        done = run_generators(services, self.size) if not self._databases else []
        services.close()
        self.notes.append(f"generated {_n(agencies)} agencies and {_n(contacts)} contacts in "
                          f"{time.perf_counter() - started:.1f} s")
        self.notes += [f"{label}: {what}" for label, what in done]
        self._databases[agencies] = path
        return path

    # ------------------------------------------------------------------ helpers
    def _probe(self, mode: str, db: Path) -> tuple[float, dict[str, object]]:
        out = self.work / f"probe-{mode}.json"
        out.unlink(missing_ok=True)
        started = time.time()
        subprocess.run([sys.executable, "-m", "bench.probe", mode, str(db), str(out)], env=self.env,
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       timeout=PROBE_TIMEOUT[self.size])
        result = json.loads(out.read_text(encoding="utf-8"))
        return float(result.get("painted", started)) - started, result

    def _paired(self, app: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
        """(app, floor): the best of *repeat* runs of each, the two taking turns so that a busy moment
        on a shared machine falls on both rather than on three runs of one side in a row; the
        garbage of the previous measurement is collected first, outside the clock."""
        app_times, floor_times = [], []
        for _ in range(self.repeat):
            for work, times in ((app, app_times), (floor, floor_times)):
                gc.collect()
                started = time.perf_counter()
                work()
                times.append(time.perf_counter() - started)
        return min(app_times), min(floor_times)

    def add(self, what: str, size: str, app: float, floor: float, limit: float, unit: str = "s") -> None:
        ratio = app / floor if floor else None
        self.rows.append(Row(what, size, f"{app:.2f} {unit}", f"{floor:.2f} {unit}", ratio,
                             f"≤ {limit}×", None if ratio is None else ratio <= limit))

    # ------------------------------------------------------------------ measurements
    def startup(self) -> None:
        count = self.counts["startup"]
        db = self.database(count)
        app_times, floor_times, ready_times = [], [], []
        for _ in range(self.repeat):  # interleaved, so a busy moment hits both alike
            floor_times.append(self._probe("floor", db)[0])
            painted, result = self._probe("app", db)
            app_times.append(painted)
            if "ready" in result:
                # The probe's clock times are absolute: the figures came (ready - painted) after the paint.
                ready_times.append(painted + float(result["ready"]) - float(result["painted"]))  # type: ignore[arg-type]
        floor = statistics.median(floor_times)
        self.add("start-up to the painted window (vs bare Qt table)", f"{_n(count)} agencies",
                 statistics.median(app_times), floor, 1.5)
        if ready_times:  # the overview's figures, counted behind the painted window: no target
            ready = statistics.median(ready_times)
            self.rows.append(Row("start-up to the overview's figures (informative)", f"{_n(count)} agencies",
                                 f"{ready:.2f} s", f"{floor:.2f} s", ready / floor if floor else None, "—",
                                 None))

    def search_and_memory(self) -> None:
        count = self.counts["search"]
        db = self.database(count)
        _, result = self._probe("search", db)
        median, p95 = float(result["median_ms"]), float(result["p95_ms"])  # type: ignore[arg-type]
        floor = float(result["floor_median_ms"])  # type: ignore[arg-type]
        size = f"{_n(count)} agencies, {result['keystrokes']} keys"
        self.rows.append(Row("search: keystroke to filtered view, median", size, f"{median:.1f} ms",
                             f"{floor:.1f} ms", median / floor if floor else None, "≤ 50 ms",
                             median <= 50))
        self.rows.append(Row("search: keystroke to filtered view, p95", size, f"{p95:.1f} ms", "", None,
                             "≤ 100 ms", p95 <= 100))
        peak = result.get("peak_rss_mb")
        if peak is None:
            self.rows.append(Row("peak memory of the window", f"{_n(count)} agencies",
                                 "n/a (no resource module or psutil)", "", None, "≤ 400 MB", None))
        else:
            peak = float(peak)  # type: ignore[arg-type]
            self.rows.append(Row("peak memory of the window (after searching)", f"{_n(count)} agencies",
                                 f"{peak:.0f} MB", "", None, "≤ 400 MB", peak <= 400))

    def export(self) -> None:
        from openpyxl import Workbook

        from hanoi_desk.app import open_services
        from hanoi_desk.domain.agency import roster_order
        from hanoi_desk.exporters import roster as roster_export
        from hanoi_desk.exporters.lists import NumberedRows

        count = self.counts["export"]
        services = open_services(str(self.database(count)))
        agencies = roster_order(services.roster.list_agencies())
        services.close()
        out = self.work / "roster.xlsx"
        raw_out = self.work / "raw.xlsx"
        contacts = [(agency, contact) for agency in agencies for contact in agency.contacts]
        sheets = [
            [tuple(c.title for c in roster_export.AGENCY_COLUMNS),
             *NumberedRows(agencies, roster_export.AGENCIES.row)],
            [tuple(c.title for c in roster_export.CONTACT_COLUMNS),
             *NumberedRows(contacts, roster_export.CONTACTS.row)],
        ]

        def raw() -> None:
            book = Workbook(write_only=True)
            for rows in sheets:
                sheet = book.create_sheet()
                for row in rows:
                    sheet.append(row)
            book.save(raw_out)

        app, floor = self._paired(lambda: roster_export.write_roster(out, agencies), raw)
        cells = sum(len(r) for rows in sheets for r in rows)
        self.add("roster export (vs openpyxl write-only, same cells)",
                 f"{_n(count)} agencies, {_n(cells)} cells", app, floor, 1.3)

    def official_pdf(self) -> None:
        from bench.pdf import engine_appendix, raw_appendix
        from hanoi_desk.exporters.official_pdf import font_source

        font_source()  # registering the fonts once per process is not the table's cost
        count = self.counts["report"]
        out, raw_out = self.work / "appendix.pdf", self.work / "raw.pdf"
        app, floor = self._paired(lambda: engine_appendix(out, count), lambda: raw_appendix(raw_out, count))
        self.add("official PDF, appendix table (vs reportlab platypus)", f"{_n(count)} rows", app, floor, 1.3)

    def annual_report(self) -> None:
        from bench.data import module_exists

        count = self.counts["report"]
        size = f"{_n(count)} reporting agencies"
        built = all(module_exists(f"hanoi_desk.{m}.reports") for m in ("exporters", "services"))
        if not built:
            self.rows.append(Row("annual report (vs reportlab, same appendix)", size,
                                 "n/a (not built yet)", "", None, "≤ 1.3×", None))
            return
        from bench.pdf import annual_report_measure

        measured = annual_report_measure(self, count)
        if measured is None:
            self.rows.append(Row("annual report (vs reportlab, same appendix)", size,
                                 "n/a (reports built; add its measurement in bench/pdf.py)", "", None,
                                 "≤ 1.3×", None))
        else:
            self.add("annual report (vs reportlab, same appendix)", size, *measured, 1.3)

    def import_sheet(self) -> None:
        """The agency import against openpyxl's raw read of the same sheet, at each import size; and
        the two readers the import could use (python-calamine, openpyxl read-only) on that sheet."""
        for key in ("import", "import_large"):
            if key in self.counts:
                self._import_at(self.counts[key])

    def _import_at(self, count: int) -> None:
        from openpyxl import load_workbook
        from python_calamine import CalamineWorkbook

        from bench.data import write_agency_sheet
        from hanoi_desk.app import open_services
        from hanoi_desk.importers.agencies import read_agencies

        sheet = write_agency_sheet(self.work / f"import-{count}.xlsx", count)
        fresh = self.work / "import-template.db"
        if not fresh.exists():
            open_services(str(fresh)).close()
        seen: list[int] = []

        def app() -> None:
            target = self.work / "import.db"
            shutil.copyfile(fresh, target)
            services = open_services(str(target))
            rows, _ = read_agencies(sheet)
            plan = services.roster.plan_import(rows, sheet.name)
            added, _updated = services.roster.apply_import(plan)
            seen.append(added)
            services.close()

        def raw() -> None:
            book = load_workbook(sheet, read_only=True)
            for _row in book.worksheets[0].iter_rows(values_only=True):
                pass
            book.close()

        def calamine() -> None:
            book = CalamineWorkbook.from_path(str(sheet))
            book.get_sheet_by_index(0).to_python(skip_empty_area=False)
            book.close()

        app_time, floor = self._paired(app, raw)
        if seen and seen[-1] != count:
            self.notes.append(f"import added {seen[-1]} of {count} rows")
        self.add("import: read + plan + apply (vs openpyxl read-only)", f"{_n(count)} rows", app_time,
                 floor, 2.0)
        fast, slow = self._paired(calamine, raw)
        self.rows.append(Row("reading the sheet: python-calamine (vs openpyxl read-only)",
                             f"{_n(count)} rows", f"{fast:.2f} s", f"{slow:.2f} s",
                             fast / slow if slow else None, "(choice)", None))


MEASUREMENTS: dict[str, Callable[[Bench], None]] = {
    "startup": Bench.startup,
    "search": Bench.search_and_memory,
    "export": Bench.export,
    "pdf": Bench.official_pdf,
    "report": Bench.annual_report,
    "import": Bench.import_sheet,
}


def machine() -> str:
    import PySide6

    cpu = platform.processor() or platform.machine()
    if sys.platform.startswith("linux"):
        try:
            for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}")


def table(rows: Sequence[Row]) -> str:
    head = ["measurement", "size", "app", "floor", "ratio", "target", ""]
    lines = [head, *(r.cells() for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |"
           for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--only", nargs="+", choices=sorted(MEASUREMENTS), help="some measurements only")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (the best or the median)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="hanoi-desk-bench-"))
    started = time.perf_counter()
    try:
        bench = Bench(args.size, work, max(args.repeat, 1))
        for name, measure in MEASUREMENTS.items():
            if args.only and name not in args.only:
                continue
            print(f"… {name}", file=sys.stderr, flush=True)
            measure(bench)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Hanoi Desk benchmark, size {args.size} — {machine()}")
    print(table(bench.rows))
    for note in bench.notes:
        print(f"- {note}")
    print(f"- {time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
