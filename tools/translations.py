"""Refresh the Vietnamese translation: extract tr() strings (pyside6-lupdate), compile (lrelease).

Run after changing UI strings:  python tools/translations.py
New source strings are translated from tools/glossary_vi.json (add the Vietnamese there, or edit
the .ts in Qt Linguist); tests/test_translations.py fails while an entry is left untranslated.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "hanoi_desk_vi.ts"
# Qt's own words (standard buttons, file and print dialogs, context menus) in Qt's own contexts:
# written by hand (Qt ships no Vietnamese), only compiled here.
QT_TS = ROOT / "resources" / "translations" / "qt_vi.ts"
GLOSSARY = ROOT / "tools" / "glossary_vi.json"


def fill_from_glossary() -> list[str]:
    """Translate unfinished entries from the glossary; return the sources still missing."""
    glossary = json.loads(GLOSSARY.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        has_text = bool(translation.text) or translation.find("numerusform") is not None
        if translation.get("type") == "unfinished" or not has_text:
            if source in glossary:
                if message.get("numerus") == "yes":
                    translation.text = None
                    for child in list(translation):
                        translation.remove(child)
                    ET.SubElement(translation, "numerusform").text = glossary[source]
                else:
                    translation.text = glossary[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "hanoi_desk" / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "en",
                    "-target-language", "vi", "-ts", str(TS.relative_to(ROOT))], cwd=ROOT, check=True)
    missing = fill_from_glossary()
    for source in missing:
        print(f"untranslated: {source!r}")
    for ts in (TS, QT_TS):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
