"""Grab the main window as a user sees it (run under Xvfb): python tools/screenshot.py OUT.png [TAB].

Uses a fresh temporary database filled with the reference roster, so the picture is reproducible.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shot.png").resolve()
    tab = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    home = Path(tempfile.mkdtemp(prefix="hanoi-desk-shot-"))
    os.environ["HANOI_DESK_HOME"] = str(home)
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from hanoi_desk.app import open_services
    from hanoi_desk.ui.application import configure_application, install_translations
    from hanoi_desk.ui.main_window import MainWindow

    configure_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    app = QApplication(sys.argv[:1])
    install_translations(app, os.environ.get("HANOI_DESK_LANG", "vi"))
    services = open_services(home / "shot.db")
    window = MainWindow(services)
    window.resize(1366, 768)
    window.tabs.setCurrentIndex(tab)
    window.show()

    def grab() -> None:
        window.grab().save(str(out))
        print(out)
        app.quit()

    QTimer.singleShot(800, grab)
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
