from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from hanoi_desk import paths
from hanoi_desk.ui.application import install_translations


def test_every_ui_string_has_a_vietnamese_translation() -> None:
    tree = ET.parse(paths.resource("translations", "hanoi_desk_vi.ts"))
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if (m.find("translation").get("type") or "") in ("unfinished",)
    ]
    assert unfinished == []


def test_vietnamese_is_the_default_and_english_is_selectable(qapp) -> None:
    installed = install_translations(qapp, "vi")
    try:
        assert QCoreApplication.translate("RosterTab", "All kinds") == "Tất cả các loại"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert install_translations(qapp, "en") == []
    assert QCoreApplication.translate("RosterTab", "All kinds") == "All kinds"
