"""The wheel carries every package of the source tree (setup.cfg lists them by name)."""

from __future__ import annotations

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_setup_cfg_lists_every_package_of_the_tree() -> None:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    listed = {line.strip() for line in config["options"]["packages"].splitlines() if line.strip()}
    in_tree = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "hanoi_desk").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    missing = sorted(in_tree - listed)
    assert not missing, f"setup.cfg [options] packages leaves out {missing}: a wheel would not carry them"
