"""Bundle entry point of the command line (hanoi-desk.exe), beside the window's program."""

from __future__ import annotations

from hanoi_desk.cli import main

raise SystemExit(main())
