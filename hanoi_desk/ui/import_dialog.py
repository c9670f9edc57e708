"""Preview of an Excel import: what would be added, updated and rejected, before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hanoi_desk.domain.imports import ImportPlan


class ImportPreviewDialog(QDialog):
    """Accepting it means "write this plan"; a plan with rejected rows cannot be accepted."""

    def __init__(self, plan: ImportPlan[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._build_ui()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Import preview — %1").replace("%1", self.plan.source))
        self.resize(760, 480)
        plan = self.plan
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        if plan.ok:
            self.summary.setText(self.tr(
                "%1 to add, %2 to update, %3 unchanged. Nothing is written until you press Import."
            ).replace("%1", str(len(plan.to_add))).replace("%2", str(len(plan.to_update)))
             .replace("%3", str(len(plan.unchanged))))
        else:
            self.summary.setText(self.tr(
                "The file has %1 problem(s). Nothing will be imported: correct the file and try again."
            ).replace("%1", str(len(plan.rejected))))
            self.summary.setStyleSheet("color: #b00020; font-weight: bold;")
        self.added = QListWidget()
        self.added.addItems([f"dòng {p.row}: {p.label}" for p in plan.to_add])
        self.updated = QListWidget()
        self.updated.addItems(
            [f"dòng {p.row}: {p.label} — {', '.join(p.changes)}" for p in plan.to_update]
        )
        self.rejected = QListWidget()
        self.rejected.addItems([str(p) for p in plan.rejected])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.added, self.tr("To add (%1)").replace("%1", str(len(plan.to_add))))
        self.tabs.addTab(self.updated, self.tr("To update (%1)").replace("%1", str(len(plan.to_update))))
        self.tabs.addTab(self.rejected, self.tr("Rejected (%1)").replace("%1", str(len(plan.rejected))))
        if not plan.ok:
            self.tabs.setCurrentWidget(self.rejected)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(plan.ok and bool(plan.to_add or plan.to_update))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
