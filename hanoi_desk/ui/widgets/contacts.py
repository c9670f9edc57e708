"""An agency's contacts, edited in place: the roster's agency dialog and the outreach's site dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from hanoi_desk.domain.agency import ContactDraft, ContactRole

Index = QModelIndex | QPersistentModelIndex


class ContactsModel(QAbstractTableModel):
    """The agency's contacts, edited in place in the dialog."""

    FIELDS = ("name", "position", "phone", "email", "role")

    def __init__(self, contacts: Sequence[ContactDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = [dict(name=c.name, position=c.position, phone=c.phone, email=c.email,
                           role=c.role) for c in contacts]

    def titles(self) -> list[str]:
        return [self.tr("Full name"), self.tr("Position"), self.tr("Phone"), self.tr("E-mail"),
                self.tr("Role")]

    def drafts(self) -> tuple[ContactDraft, ...]:
        return tuple(ContactDraft(r["name"], r["position"], r["phone"], r["email"], r["role"])
                     for r in self._rows)

    def add(self, role: ContactRole) -> QModelIndex:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(dict(name="", position="", phone="", email="", role=role))
        self.endInsertRows()
        return self.index(len(self._rows) - 1, 0)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = self._rows[index.row()][self.FIELDS[index.column()]]
        if isinstance(value, ContactRole):
            return value.label if role == Qt.ItemDataRole.DisplayRole else value.value
        return value

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.FIELDS[index.column()]
        if field == "role":
            text = str(value)
            choices = {r.value: r for r in ContactRole} | {r.label: r for r in ContactRole}
            if text not in choices:
                return False
            self._rows[index.row()][field] = choices[text]
        else:
            self._rows[index.row()][field] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles()[section]
        return None
