"""Where things live: user data (platformdirs) and the resources shipped with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "HanoiDesk"
APP_AUTHOR = "HanoiDesk"


def data_dir() -> Path:
    """The user's local data folder (on Windows %LOCALAPPDATA%\\HanoiDesk\\HanoiDesk)."""
    override = os.environ.get("HANOI_DESK_HOME")
    path = Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def local_database() -> Path:
    """This computer's own SQLite file: the database when neither --db, HANOI_DESK_DB nor a server says
    otherwise, and the way back when the chosen server cannot be reached."""
    return data_dir() / "hanoi-desk.db"


def resources_dir() -> Path:
    """The resources folder: inside the installed package, a PyInstaller bundle or the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("Không tìm thấy thư mục tài nguyên (resources) của Hanoi Desk.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
