"""Keys and actions of a tab: its own shortcuts stay inside it; row keys belong to its table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


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
