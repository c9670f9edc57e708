"""In Vietnamese, the window shows no English: every tab, every dialog an action opens, every message box,
Qt's own file, print and print-preview dialogs and the context menu of a text field.

English is recognised by its words: every word of the English source strings (the app's and Qt's
.ts files) that does not also occur in a Vietnamese translation (brand names, "PDF", "Ctrl"…). A
text that still holds such a word is English that slipped through.
"""

from __future__ import annotations

import getpass
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from hanoi_desk import paths
from hanoi_desk.app import Services
from hanoi_desk.domain.calendar import ContentDraft, Domain, Period
from hanoi_desk.domain.clock import FixedClock
from hanoi_desk.domain.fanpage import FanpageDraft, Platform
from hanoi_desk.ui.application import install_translations
from hanoi_desk.ui.main_window import MainWindow

_WORD = re.compile(r"[A-Za-zÀ-ỹ]+")
_TAGS = re.compile(r"<[^>]+>")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _english_vocabulary() -> set[str]:
    english: set[str] = set()
    vietnamese: set[str] = set()
    for name in ("hanoi_desk_vi.ts", "qt_vi.ts"):
        for message in ET.parse(paths.resource("translations", name)).iter("message"):
            english |= _words(_TAGS.sub(" ", message.findtext("source") or ""))
            translation = message.find("translation")
            parts = [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")]
            vietnamese |= _words(_TAGS.sub(" ", " ".join(parts)))
    # Words that read the same in both (names, units, key names) are not English.
    # "An ninh", "Long Biên": Vietnamese words that English also has; the operating-system user's name
    # ("root" on CI) is data the history shows, not interface.
    data = {"hanoi", "desk", "qt", "an", "long", getpass.getuser().lower()}
    return {w for w in english - vietnamese if len(w) > 1} - data


ENGLISH = _english_vocabulary()


_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da"
                        "\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0128"
                        "\u0129\u0168\u0169\u1ea0-\u1ef9]")


def english_in(text: str) -> set[str]:
    """The English words of *text*: any in a text without a Vietnamese letter ("Cancel", "Look in:"),
    or three and more in a Vietnamese one (an untranslated phrase inside a sentence). A Vietnamese
    word that is also an English one ("an ninh", "Long Biên") is not counted there."""
    text = _TAGS.sub(" ", text or "")
    # Paths, addresses and file names are the clerk's data, not the interface.
    text = " ".join(t for t in text.split() if not re.search(r"[/\\@]|\.\w", t))
    found = _words(text) & ENGLISH
    if _VIETNAMESE.search(text) and len(found) < 3:
        return set()
    return found


def texts_of(root: QWidget) -> Iterator[str]:
    """The texts a person can see on *root*: titles, labels, buttons, tooltips, placeholders, lists."""
    yield root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        yield widget.toolTip()
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
            if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
                yield widget.defaultAction().toolTip()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
            yield from (widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            yield from (str(model.headerData(c, Qt_Horizontal()) or "") for c in range(model.columnCount()))
    for action in root.findChildren(QAction):
        if action.isVisible():
            yield action.text()
            yield action.toolTip()


def Qt_Horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


class Walk:
    """What was seen: (where, text, English words) for every text that holds English."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str, set[str]]] = []
        self.seen: list[str] = []

    def look(self, where: str, widget: QWidget) -> None:
        self.seen.append(where)
        widget.show()
        QApplication.processEvents()
        for text in texts_of(widget):
            words = english_in(text)
            if words:
                self.found.append((where, text, words))


@pytest.fixture
def vietnamese(qapp) -> Iterator[None]:
    installed = install_translations(qapp, "vi")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def walk(monkeypatch: pytest.MonkeyPatch, vietnamese: None, tmp_path: Path) -> Walk:
    """Every dialog and message box is looked at, then closed as if the clerk pressed Cancel / No."""
    seen = Walk()

    def look_then_cancel(dialog: QDialog) -> int:
        seen.look(type(dialog).__name__, dialog)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look_then_cancel)
    monkeypatch.setattr(QDialog, "open", look_then_cancel)

    def box(icon: QMessageBox.Icon, default: QMessageBox.StandardButton) -> object:
        def show(parent: QWidget | None, title: str, text: str,
                 buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
                 *_args: object) -> QMessageBox.StandardButton:
            message = QMessageBox(icon, title, text, buttons, parent)
            seen.look(f"QMessageBox {title}", message)
            message.close()
            return default
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question",
                        box(QMessageBox.Icon.Question, QMessageBox.StandardButton.No))
    for name, icon in (("critical", QMessageBox.Icon.Critical), ("warning", QMessageBox.Icon.Warning),
                       ("information", QMessageBox.Icon.Information)):
        monkeypatch.setattr(QMessageBox, name, box(icon, QMessageBox.StandardButton.Ok))

    def file_dialog(mode: QFileDialog.AcceptMode) -> object:
        def ask(parent: QWidget | None, caption: str = "", folder: str = "", filters: str = "",
                *_args: object, **_kwargs: object) -> tuple[str, str]:
            dialog = QFileDialog(parent, caption, str(tmp_path), filters)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, the one Linux shows
            dialog.setAcceptMode(mode)
            seen.look(f"QFileDialog {caption}", dialog)
            dialog.close()
            return "", ""
        return staticmethod(ask)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog(QFileDialog.AcceptMode.AcceptSave))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog(QFileDialog.AcceptMode.AcceptOpen))
    return seen


def _with_records(services: Services) -> None:
    health = services.roster.find_by_name("Sở Y tế")
    services.calendar.create(ContentDraft(
        title="Tuyên truyền Ngày Giải phóng Thủ đô", day=date(2026, 12, 2), domains=(Domain.HISTORY,),
        period=Period.AD_HOC, agency_name="Sở Y tế"))
    services.fanpages.create(FanpageDraft(agency_id=health.id, platform=Platform.FACEBOOK,
                                          name="Sở Y tế Hà Nội", url="https://facebook.com/soyte.hanoi",
                                          official=True))


def _trigger_every_action(window: MainWindow, tab: QWidget) -> None:
    for view in tab.findChildren(QAbstractItemView):
        if view.model() is not None and view.model().rowCount() and view.selectionModel() is not None:
            view.selectRow(0) if hasattr(view, "selectRow") else None
    for action in tab.findChildren(QAction):
        if action.isEnabled() and action.isVisible() and not action.menu():
            action.trigger()
            QApplication.processEvents()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(date(2026, 12, 1))


def test_no_english_in_any_tab_dialog_or_message(qtbot, services: Services, walk: Walk,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _with_records(services)
    monkeypatch.setattr("hanoi_desk.ui.widgets.print_preview.print_preview_of",
                        _preview_at_once)  # the real preview dialog, without waiting for a thread
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.overview_tab.current_overview() is not None, timeout=60000)
    walk.look("main window", window)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        walk.look(f"tab {window.tabs.tabText(index)}", window)
        _trigger_every_action(window, tab)
    for action in (window.act_settings, window.act_about, window.act_shortcuts, window.act_mail_log,
                   window.act_mail_file, window.act_backup, window.act_restore):
        action.trigger()
    line = QLineEdit()
    qtbot.addWidget(line)
    line.setText("Sở Y tế")
    menu: QMenu = line.createStandardContextMenu()
    walk.look("context menu of a text field", menu)
    printer = QPrinter()
    walk.look("print dialog", QPrintDialog(printer, window))
    assert len(walk.seen) > 40, walk.seen  # the walk reached the dialogs, not just the window
    assert {"QFileDialog", "PdfPrintPreview", "QMessageBox"} <= {w.split()[0] for w in walk.seen}
    report = sorted({f"{where}: {text[:90]!r} ({', '.join(sorted(words))})"
                     for where, text, words in walk.found})
    assert not report, "\n".join(report)


def _preview_at_once(parent: QWidget, name: str, write: object) -> None:
    from hanoi_desk.ui.widgets import print_preview

    path = print_preview.print_folder() / "preview.pdf"
    write(path, lambda *_a: None, lambda: False)  # type: ignore[operator]
    print_preview.preview_pdf(parent, path)


def test_qt_standard_buttons_and_argparse_speak_vietnamese(vietnamese: None, capsys) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Có"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Tìm trong:"
    assert QCoreApplication.translate("QPrintPreviewDialog", "Next page") == "Trang sau"
    from hanoi_desk.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "cách dùng:" in out and "in hướng dẫn này rồi thoát" in out
    assert "usage" not in out and "show this help" not in out and "positional arguments" not in out
