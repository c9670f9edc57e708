"""Keys and actions of a tab: its own shortcuts stay inside it; row keys belong to its table."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


def bind_to_views(action: QAction, key: QKeySequence | QKeySequence.StandardKey, *views: QWidget) -> QAction:
    """Give *action* the shortcut *key*, active only while one of *views* has the focus.

    Return and Delete at tab level would also fire from the search box and the filters (Return there
    opened the Edit dialog); bound to the table they act on its selection only. The action keeps
    its shortcut text, so menus and context menus still show it.
    """
    owner = action.parent()
    if isinstance(owner, QWidget) and owner not in views:
        owner.removeAction(action)
    action.setShortcut(key)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    for view in views:
        view.addAction(action)
    return action


def tab_action(owner: QWidget, text: str,
               shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
    """An action of *owner* whose shortcut works only inside it, so two tabs may share a key."""
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    owner.addAction(action)
    return action


def key_text(action: QAction) -> str:
    """The action's keys as the clerk reads them ("Ctrl+N"; several joined by ", ")."""
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                     if not k.isEmpty())


def plain_text(action: QAction) -> str:
    """The action's label without its mnemonic ampersand and trailing dots."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def show_shortcuts_in_tooltips(root: QWidget) -> None:
    """Every action under *root* that has a key says it in its tooltip: "New agency (Ctrl+N)"."""
    for action in root.findChildren(QAction):
        keys = key_text(action)
        if not keys:
            continue
        tip = action.toolTip()
        if not tip or tip == plain_text(action) or tip == action.text().replace("&", ""):
            tip = plain_text(action)
        if keys not in tip:
            action.setToolTip(f"{tip} ({keys})")


def actions_with_keys(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(label, keys) of the actions that have a key, each once, in the order given."""
    seen: set[tuple[str, str]] = set()
    found = []
    for action in actions:
        keys = key_text(action)
        if not keys or action.isSeparator():
            continue
        pair = (plain_text(action), keys)
        if pair not in seen:
            seen.add(pair)
            found.append(pair)
    return found


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: every key of the window and of each tab, in a list to read or search."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        from hanoi_desk.ui.widgets.table_model import Column, RowFilterProxy, RowTableModel, make_table_view

        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model: RowTableModel[tuple[str, str, str]] = RowTableModel([
            Column(self.tr("Where"), lambda r: r[0], sort=lambda r: 0),
            Column(self.tr("Action"), lambda r: r[1]),
            Column(self.tr("Keys"), lambda r: r[2]),
        ], self)
        self.model.set_rows(rows)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions and keys…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.view = make_table_view(self.proxy, context_menu=False)
        self.view.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keys of the tab in front work while it is shown; "
                                        "“Everywhere” keys work in every tab.")))
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        width = sum(self.view.columnWidth(c) for c in range(3)) + 60
        self.resize(min(max(width, 520), 900), 560)

    def rows(self) -> list[tuple[str, str, str]]:
        return list(self.proxy.visible_rows())
