"""Icons: Tabler Icons (https://tabler.io/icons, MIT licence, resources/icons/tabler/LICENSE), one set.

Every action with an icon gets it here, by the name its tab gives it (``act_add`` → "plus"), so
the tabs keep building plain actions and one table decides what the window looks like. The SVGs
draw with ``currentColor``: they are tinted here with the text colour of the palette, and drawn
through QtSvg (in PySide6-Essentials) into pixmaps, so no image-format plugin is needed for them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QToolButton, QWidget

from hanoi_desk import paths

ICON_SET = "Tabler Icons 3.52.0"
ICON_LICENCE = "MIT"
INK = "#37474f"
SIZES = (16, 20, 24, 32, 48)

# The attribute a tab or the window names its action by → the Tabler icon it shows.
ACTION_ICONS: dict[str, str] = {
    "act_add": "plus",
    "act_add_suspect": "plus",
    "act_record": "file-plus",
    "act_edit": "pencil",
    "act_edit_suspect": "pencil",
    "act_open": "pencil",
    "act_delete": "trash",
    "act_delete_suspect": "trash",
    "act_import": "file-import",
    "act_export": "file-export",
    "act_print": "printer",
    "act_reload": "refresh",
    "act_find": "search",
    "act_history": "history",
    "act_mail": "mail-forward",
    "act_mail_last": "mail-forward",
    "act_mail_file": "mail",
    "act_mail_log": "mail-opened",
    "act_settings": "settings",
    "act_about": "info-circle",
    "act_shortcuts": "keyboard",
    "act_quit": "logout",
    "act_backup": "database-export",
    "act_today": "calendar-event",
    "act_previous": "chevron-left",
    "act_previous_day": "chevron-left",
    "act_next": "chevron-right",
    "act_next_day": "chevron-right",
    "act_agree": "circle-check",
    "act_distribute": "send",
    "act_publish": "world-upload",
    "act_reject": "circle-x",
    "act_cancel": "ban",
    "act_reopen": "arrow-back-up",
    "act_move": "calendar-share",
    "act_skip": "player-skip-forward",
    "act_open_file": "paperclip",
    "act_propose": "file-certificate",
    "act_check_names": "user-search",
    "act_end": "ban",
    "act_annual": "file-text",
    "act_reminder": "bell-ringing",
}
# The main window's backup and restore share a name with the calendar's "restore this occurrence".
WINDOW_ICONS: dict[str, str] = {"act_restore": "database-import"}
TAB_ICONS: dict[str, str] = {"act_restore": "restore"}


@cache
def icon(name: str) -> QIcon:
    """The Tabler icon *name*, tinted; an empty icon if the file is missing (never an error)."""
    path = paths.resource("icons", "tabler", f"{name}.svg")
    try:
        data = path.read_text(encoding="utf-8").replace("currentColor", INK)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def apply_icons(owner: QWidget, table: dict[str, str] | None = None) -> int:
    """Give *owner*'s ``act_*`` actions their icons; returns how many got one."""
    names = {**ACTION_ICONS, **(table or {})}
    count = 0
    for attribute, name in names.items():
        action = getattr(owner, attribute, None)
        if isinstance(action, QAction) and action.icon().isNull():
            action.setIcon(icon(name))
            count += 1
    for state, action in getattr(owner, "step_actions", {}).items():  # the fanpage's verification steps
        step = {"sent": "send", "verified": "circle-check", "refused": "circle-x", "lost": "badge-off",
                "proposed": "file-certificate"}.get(getattr(state, "value", ""), "")
        if step and action.icon().isNull():
            action.setIcon(icon(step))
            count += 1
    return count


class ButtonFitter(QObject):
    """Tool buttons show their text beside the icon where the tab is wide enough; on a narrow window
    (1366 px and less) the last buttons of a row show the icon alone, their text in the tooltip."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        owner.installEventFilter(self)

    def buttons(self) -> list[QToolButton]:
        return [b for b in self._owner.findChildren(QToolButton)
                if b.defaultAction() is not None and not b.defaultAction().icon().isNull()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        rows: dict[int, list[QToolButton]] = {}
        for button in self.buttons():
            row = id(button.parentWidget().layout()) if button.parentWidget() else 0
            rows.setdefault(row, []).append(button)
            # The row may shrink to icons: the window's minimum width must not be that of the texts.
            button.setMinimumWidth(button.iconSize().width() + 14)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        room = self._owner.width() - 40
        for row in rows.values():
            # Buttons of one row share a line with each other (and a few fields): keep them to 85 %.
            wide = sum(b.sizeHint().width() + 6 for b in row)
            for button in reversed(row):
                if wide <= room * 0.85:
                    break
                before = button.sizeHint().width()
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                wide -= before - button.sizeHint().width()


def fit_buttons(owner: QWidget) -> ButtonFitter:
    fitter = ButtonFitter(owner)
    fitter.fit()  # before the first show: the window's minimum width counts icons, not texts
    return fitter
