"""SQLAlchemy models, one module per aggregate. Importing this package registers every table."""

from __future__ import annotations

from hanoi_desk.models.agency import AgencyRow, ContactRow
from hanoi_desk.models.base import Base
from hanoi_desk.models.fanpage import FanpageEventRow, FanpageRow, ImpersonatorRow
from hanoi_desk.models.setting import SettingRow

__all__ = ["AgencyRow", "Base", "ContactRow", "FanpageEventRow", "FanpageRow", "ImpersonatorRow",
           "SettingRow"]
