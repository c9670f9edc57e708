"""How long the calendar tab takes to open a month holding N items (default 500).

    QT_QPA_PLATFORM=offscreen python tools/calendar_month_timing.py [N]

Times, on a fresh temporary database: reading the month's six weeks from the service, and the
whole "open the month" step of the tab (read, filter, lay out and paint the grid), best of five.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    home = Path(tempfile.mkdtemp(prefix="hanoi-desk-timing-"))
    os.environ["HANOI_DESK_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from hanoi_desk.app import open_services
    from hanoi_desk.domain.calendar import ContentDraft, Domain, Period
    from hanoi_desk.domain.imports import ImportPlan, PlannedRow
    from hanoi_desk.ui.calendar.tab import MONTH, CalendarTab

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    app = QApplication(sys.argv[:1])
    services = open_services(home / "timing.db")
    month = date(2027, 3, 1)
    domains = list(Domain)
    drafts = [ContentDraft(f"Nội dung thông tin tuyên truyền số {n}", month + timedelta(days=n % 31),
                           Period.AD_HOC, (domains[n % len(domains)],)) for n in range(count)]
    services.calendar.apply_import(
        ImportPlan("timing", tuple(PlannedRow(n, d.title, d) for n, d in enumerate(drafts))))

    def best(step) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            step()
            times.append(time.perf_counter() - started)
        return min(times)

    read = best(lambda: services.calendar.list_items(date(2027, 2, 22), date(2027, 4, 4)))
    tab = CalendarTab(services.calendar, services.roster, services.settings)
    tab.resize(1366, 800)
    tab.set_mode(MONTH)
    tab.show()
    app.processEvents()

    def open_month() -> None:
        tab.go_to(month)
        tab.month_grid.repaint()

    whole = best(open_month)
    paint = best(tab.month_grid.repaint)
    print(f"{count} items in March 2027 (shown: {len(tab.visible_items())})")
    print(f"  service read of the grid's six weeks: {read * 1000:.0f} ms")
    print(f"  open the month in the tab (read, filter, lay out, paint): {whole * 1000:.0f} ms")
    print(f"  repaint of the grid alone: {paint * 1000:.1f} ms")
    tab.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
