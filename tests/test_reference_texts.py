"""What the reference data and the history show a Vietnamese clerk is Vietnamese."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import hanoi_desk
from hanoi_desk.app import Services
from hanoi_desk.domain.history import HistoryQuery

ROOT = Path(hanoi_desk.__file__).resolve().parent.parent
CSV = ROOT / "resources" / "reference" / "hanoi-agencies.csv"
ENGLISH = re.compile(r"\b(merged|abolished|district|level|effective|approximate|organ|police|verified|"
                     r"became|named|plan|decision|office|date|the|of|into)\b", re.IGNORECASE)


def test_reference_notes_are_vietnamese() -> None:
    with CSV.open(encoding="utf-8", newline="") as handle:
        notes = [row["note"] for row in csv.DictReader(handle) if row["note"]]
    assert notes
    assert [n for n in notes if ENGLISH.search(n)] == []
    assert "cấp huyện chấm dứt hoạt động từ 01/07/2025 (chính quyền địa phương hai cấp)" in notes
    assert "sáp nhập từ 01/03/2025" in notes


def test_seeded_notes_and_setting_records_read_in_vietnamese(services: Services) -> None:
    seeded = [a for a in services.roster.list_agencies() if a.notes]
    assert seeded and not [a.notes for a in seeded if ENGLISH.search(a.notes)]
    settings = services.history.search(HistoryQuery(table="setting"))
    labels = {entry.label for entry in settings}
    assert "Ngày nạp danh sách cơ quan tham chiếu" in labels
    assert not any("seed." in label for label in labels)
    values = {c.new for entry in settings for c in entry.changes if c.field == "key"}
    assert "seed.reference_roster" not in values
    services.settings.save_office(services.settings.office())
    changed = services.history.search(HistoryQuery(table="setting"))
    assert any(e.label == "Cài đặt: Tên cơ quan ban hành" for e in changed)


def test_screenshot_tool_refuses_a_tab_that_does_not_exist(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HANOI_DESK_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshot.py"), str(tmp_path / "s.png"),
                             "9"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "no tab 9" in result.stderr
    assert not (tmp_path / "s.png").exists()
