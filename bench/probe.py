"""One window process, measured from outside: ``python -m bench.probe app|floor DB OUT.json``.

``app`` starts Hanoi Desk the way the shortcut does (``hanoi_desk.ui.application.run``) on *DB*;
``floor`` is the least a Qt program can do to show the same rows: read them with the standard
library's sqlite3 into a Python list and show them in a QTableView over a minimal
QAbstractTableModel. Either way the process writes, once the table has painted for the first time,
the wall-clock time and its peak memory to OUT.json, then quits. The parent started the clock just
before it started this process, so interpreter start-up and imports count, as a clerk sees them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float | None:
    """Peak resident memory of this process (MB), or None where it cannot be known."""
    try:
        import resource
    except ImportError:  # Windows
        try:
            import psutil  # type: ignore[import-not-found]
        except ImportError:
            return None
        info = psutil.Process().memory_info()
        return getattr(info, "peak_wset", info.rss) / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _watch_first_paint(out: Path, extra: dict[str, object], window_first: bool = False) -> None:
    """Write OUT.json after the first paint has finished, then quit.

    The floor's first paint is its table's viewport. The app's (*window_first*) is its main window,
    whatever tab is in front (the overview); the app then also waits for the overview's figures and
    reports that moment as ``ready`` (the database opened and counted behind the painted window).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication.instance()

    class FirstPaint(QObject):
        done = False
        painted = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self.done or event.type() != QEvent.Type.Paint:
                return False
            if window_first:
                hit = isinstance(watched, QMainWindow)
            else:
                hit = (isinstance(watched.parent(), QTableView)
                       and watched is watched.parent().viewport())  # type: ignore[union-attr]
            if hit:
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            if not self.painted:
                self.painted = time.time()
            result: dict[str, object] = {"painted": self.painted, "peak_rss_mb": peak_rss_mb(), **extra}
            if window_first:
                window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)), None)
                tab = getattr(window, "overview_tab", None)
                if tab is None or tab.current_overview() is None:
                    QTimer.singleShot(5, self.report)  # the figures are still being counted
                    return
                result["ready"] = time.time()
            else:
                view = next(w for w in QApplication.allWidgets() if isinstance(w, QTableView))
                model = view.model()
                result["rows"] = model.rowCount() if model else 0
            out.write_text(json.dumps(result), encoding="utf-8")
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.quit()

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    app._bench_watcher = watcher  # type: ignore[attr-defined]  # kept alive with the app


def run_app(db: str, out: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from hanoi_desk.ui.application import FIRST_RUN_KEY, configure_application

    app = QApplication(sys.argv[:1])
    # A clerk's second start: settings of its own (never the user's), the first-run page already seen.
    configure_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(Path(db).parent / "qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    QSettings().setValue(FIRST_RUN_KEY, True)
    _watch_first_paint(out, {"mode": "app"}, window_first=True)
    from hanoi_desk.ui.application import run

    code = run(db)
    del app
    return code


_FLOOR_SQL = """
SELECT a.name, a.short_name, a.kind, a.phone, a.email, c.name, c.phone,
       (SELECT count(*) FROM contact k WHERE k.agency_id = a.id), a.active_from, a.active_to,
       s.name, a.code
FROM agency a
LEFT JOIN contact c ON c.agency_id = a.id AND c.position_order = 0
LEFT JOIN agency s ON s.id = a.successor_id
ORDER BY a.name
"""


def run_floor(db: str, out: Path) -> int:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    _watch_first_paint(out, {"mode": "floor"})
    connection = sqlite3.connect(db)
    rows = connection.execute(_FLOOR_SQL).fetchall()
    connection.close()

    class ListModel(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return len(rows)

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 12

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            if role == Qt.ItemDataRole.DisplayRole:
                value = rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    model = ListModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 780)
    view.show()
    return app.exec()


QUERIES = ("so y te", "ung hoa", "nguyen thi hoa", "truong trung hoc", "bao ha noi", "tram y te",
           "dv1234", "thu vien", "dong da")


def run_search(db: str, out: Path) -> int:
    """Type QUERIES letter by letter into the roster's search box, timing each keystroke.

    A keystroke is timed from the key press to the table repainted with the filtered rows (the
    proxy's row count is updated inside the key event; the repaint is the processEvents after it).
    The floor is a plain Python loop over the same folded strings for the same text. Then the
    process reports its peak memory: the window, its 100,000 agencies and their search keys.
    """
    from statistics import median

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from hanoi_desk.app import open_services
    from hanoi_desk.domain.text import fold
    from hanoi_desk.ui.application import configure_application
    from hanoi_desk.ui.main_window import MainWindow

    configure_application()
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    services = open_services(db)
    window = MainWindow(services)
    window.show()
    tab = window.roster_tab
    window.tabs.setCurrentWidget(tab)  # the overview is in front: open the roster as a clerk would
    tab.show_all.setChecked(True)
    QCoreApplication.processEvents()
    model = tab.model
    while len(model.search_keys()) < model.rowCount() or model._warm.isActive():
        QCoreApplication.processEvents()
    keys = model.search_keys()
    tab.search.setFocus()
    app_ms: list[float] = []
    floor_ms: list[float] = []
    for query in QUERIES:
        tab.search.clear()
        QCoreApplication.processEvents()
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            QTest.keyClick(tab.search, query[end - 1], Qt.KeyboardModifier.NoModifier)
            QCoreApplication.processEvents()
            app_ms.append((time.perf_counter() - start) * 1000)
            words = fold(query[:end]).split()
            start = time.perf_counter()
            found = keys
            for word in words:
                found = [k for k in found if word in k]
            floor_ms.append((time.perf_counter() - start) * 1000)
            if tab.proxy.rowCount() != len(found):
                raise SystemExit(f"search for {query[:end]!r}: window shows {tab.proxy.rowCount()}, "
                                 f"loop finds {len(found)}")
    ordered = sorted(app_ms)
    result = {
        "keystrokes": len(app_ms), "rows": model.rowCount(),
        "median_ms": median(app_ms), "p95_ms": ordered[int(0.95 * (len(ordered) - 1))],
        "floor_median_ms": median(floor_ms), "peak_rss_mb": peak_rss_mb(),
    }
    out.write_text(json.dumps(result), encoding="utf-8")
    window.close()
    services.close()
    return 0


def main(argv: list[str]) -> int:
    mode, db, out = argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if mode == "app":
        return run_app(db, Path(out))
    if mode == "search":
        return run_search(db, Path(out))
    return run_floor(db, Path(out))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
