"""Grab the main window as a user sees it (run under Xvfb): python tools/screenshot.py OUT.png [TAB] [--demo].

Uses a fresh temporary database filled with the reference roster, so the picture is reproducible;
--demo adds a few contacts, calendar items and fanpages, as a clerk's first week would.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def add_demo_data(services: object) -> None:
    from datetime import timedelta

    from hanoi_desk.domain.agency import ContactDraft, ContactRole
    from hanoi_desk.domain.calendar import ContentDraft, Domain, Period, Repeat
    from hanoi_desk.domain.fanpage import FanpageDraft

    roster = services.roster  # type: ignore[attr-defined]
    people = {
        "Sở Y tế": ("Nguyễn Thị Hoa", "Chánh Văn phòng", "0912345678", "vanphong.syt@hanoi.gov.vn"),
        "Sở Du lịch": ("Trần Văn Minh", "Phó Chánh Văn phòng", "0987654321", "vanphong.sdl@hanoi.gov.vn"),
        "Sở Giáo dục và Đào tạo": ("Lê Thu Hà", "Chuyên viên", "0904111222", "vp.sgddt@hanoi.gov.vn"),
        "Báo An ninh Thủ đô": ("Phạm Quốc Bảo", "Thư ký tòa soạn", "0913555777", "toasoan@antd.vn"),
        "Sở Tư pháp": ("Đỗ Minh Châu", "Chuyên viên", "0936222444", "vp.stp@hanoi.gov.vn"),
    }
    for name, (person, position, phone, email) in people.items():
        agency = roster.find_by_name(name)
        contacts = (ContactDraft(person, position, phone, email, ContactRole.FOCAL_POINT),
                    ContactDraft("Nhân sự giám sát", "Chuyên viên", "", "", ContactRole.MONITORING))
        roster.update(agency.id, agency.to_draft(phone="02438253536", email=email, contacts=contacts),
                      agency.version)
    health, tourism = roster.find_by_name("Sở Y tế"), roster.find_by_name("Sở Du lịch")
    today = services.clock.today()  # type: ignore[attr-defined]
    monday = today - timedelta(days=today.weekday())
    calendar = services.calendar  # type: ignore[attr-defined]
    calendar.create(ContentDraft("Phòng, chống sốt xuất huyết mùa đông", monday, Period.WEEKLY,
                                 (Domain.SOCIETY,), "Khuyến cáo của ngành y tế", health.id), Repeat(count=6))
    calendar.create(ContentDraft("Quảng bá Lễ hội Du lịch Hà Nội", monday + timedelta(days=3),
                                 Period.AD_HOC, (Domain.CULTURE, Domain.TOURISM), "Chương trình lễ hội",
                                 tourism.id))
    calendar.create(ContentDraft("Kết quả phát triển kinh tế - xã hội", monday.replace(day=28),
                                 Period.MONTHLY, (Domain.ECONOMY,), "Số liệu tháng", None))
    fanpages = services.fanpages  # type: ignore[attr-defined]
    fanpages.create(FanpageDraft(health.id, "https://www.facebook.com/soytehanoi", "Sở Y tế Hà Nội",
                                 followers=125000, followers_on=today))
    fanpages.create(FanpageDraft(tourism.id, "https://www.facebook.com/visithanoi", "Du lịch Hà Nội",
                                 followers=310000, followers_on=today))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shot.png").resolve()
    tab = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 0
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
    if "--demo" in sys.argv:
        add_demo_data(services)
    window = MainWindow(services)
    if not 0 <= tab < window.tabs.count():
        print(f"no tab {tab}: the window has tabs 0 to {window.tabs.count() - 1}", file=sys.stderr)
        return 2
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
