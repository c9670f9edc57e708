"""The benchmark still runs against today's code (its floors reach into the exporters' declarations).

No figure is asserted: a timing belongs to the benchmark's table, not to a test. This only proves that
``python -m bench`` has not rotted when a module it measures was reshaped.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_benchmark_runs_its_in_process_figures(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HANOI_DESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--size", "small", "--repeat", "1",
         "--only", "export", "pdf", "report", "import"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for figure in ("roster export", "official PDF", "annual report", "import: read + plan + apply"):
        assert figure in done.stdout
