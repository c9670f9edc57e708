"""Bundle entry point of the window (HanoiDesk.exe: no console on Windows)."""

from __future__ import annotations

from hanoi_desk.cli import gui_main

raise SystemExit(gui_main())
