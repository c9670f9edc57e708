"""The fanpage registry, one service per job (issue 18):

- ``pages.FanpageService``: the official pages and their verification life cycle (``lifecycle``), and
  the yearly summary (``summary``); the fanpage tab's entry point, which holds the others:
- ``letters.VerificationLetters`` (``FanpageService.letters``): the proposal letters and their numbers;
- ``impersonators.ImpersonatorService`` (``.impersonators``): suspected pages and look-alike names;
- ``imports.FanpageImport`` (``.imports``): a fanpage list read from a file.

``_store`` holds what they share: the history labels, the unit of work, the page-row helpers.
"""

from __future__ import annotations

from hanoi_desk.services.fanpages._store import FIELD_LABELS, LETTER_COUNTER
from hanoi_desk.services.fanpages.impersonators import ImpersonatorService
from hanoi_desk.services.fanpages.imports import FanpageImport
from hanoi_desk.services.fanpages.letters import VerificationLetters
from hanoi_desk.services.fanpages.pages import FanpageService

__all__ = ["FIELD_LABELS", "LETTER_COUNTER", "FanpageImport", "FanpageService", "ImpersonatorService",
           "VerificationLetters"]
