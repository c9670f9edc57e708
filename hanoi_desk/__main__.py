from __future__ import annotations

from hanoi_desk.cli import main

raise SystemExit(main())
