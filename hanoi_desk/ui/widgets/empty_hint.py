"""A line under an empty list saying why it is empty and what to do, with a one-click way out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class EmptyHint(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyHint")
        self.setStyleSheet("#emptyHint { background: #f1f6fd; border: 1px solid #c6d9f1; "
                           "border-radius: 4px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._on_button_clicked)
        self.hide()

    def show_hint(self, text: str, button: str = "", action: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button and action))
        self._action = action
        self.show()

    def _on_button_clicked(self) -> None:
        if self._action is not None:
            self._action()
