"""Keys that act on the selected row belong to the table, not to the whole tab."""

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
