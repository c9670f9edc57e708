"""Agencies of the roster and their contacts, as plain values passed between layers."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from hanoi_desk.domain.text import fold, sort_key


class AgencyKind(str, enum.Enum):
    """Kinds of agency the plan addresses (see docs/domain.md)."""

    DEPARTMENT = "department"
    DISTRICT = "district"
    COMMUNE = "commune"
    PRESS = "press"
    PARTY = "party"
    NEWS_SITE = "news_site"
    SOCIAL_NETWORK = "social_network"
    OTHER = "other"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def is_licensed_site(self) -> bool:
        return self in (AgencyKind.NEWS_SITE, AgencyKind.SOCIAL_NETWORK)


KIND_LABELS: dict[AgencyKind, str] = {
    AgencyKind.DEPARTMENT: "Sở, ban, ngành",
    AgencyKind.DISTRICT: "UBND quận, huyện, thị xã",
    AgencyKind.COMMUNE: "UBND xã, phường",
    AgencyKind.PRESS: "Cơ quan báo chí",
    AgencyKind.PARTY: "Cơ quan Đảng",
    AgencyKind.NEWS_SITE: "Trang TTĐT tổng hợp",
    AgencyKind.SOCIAL_NETWORK: "Mạng xã hội",
    AgencyKind.OTHER: "Khác",
}

# Labels offices write in a "Loại" column, folded, mapped to a kind.
_KIND_ALIASES: dict[str, AgencyKind] = {}
for _kind, _words in {
    AgencyKind.DEPARTMENT: ["sở, ban, ngành", "sở", "ban", "ngành", "sở ban ngành", "department"],
    AgencyKind.DISTRICT: ["ubnd quận, huyện, thị xã", "quận", "huyện", "thị xã", "quận huyện",
                          "ubnd quận", "ubnd huyện", "cấp huyện", "district"],
    AgencyKind.COMMUNE: ["ubnd xã, phường", "xã", "phường", "xã phường", "ubnd xã", "ubnd phường",
                         "cấp xã", "commune", "ward"],
    AgencyKind.PRESS: ["cơ quan báo chí", "báo chí", "báo", "tạp chí", "đài", "press"],
    AgencyKind.PARTY: ["cơ quan đảng", "đảng", "thành ủy", "party"],
    AgencyKind.NEWS_SITE: ["trang ttđt tổng hợp", "trang thông tin điện tử tổng hợp", "ttđt tổng hợp",
                           "trang tin tổng hợp", "trang tin", "news site", "news_site"],
    AgencyKind.SOCIAL_NETWORK: ["mạng xã hội", "mxh", "social network", "social_network"],
    AgencyKind.OTHER: ["khác", "other"],
}.items():
    for _word in [*_words, _kind.value, KIND_LABELS[_kind]]:
        _KIND_ALIASES[fold(_word).replace(",", "")] = _kind


def kind_from_label(label: str) -> AgencyKind | None:
    """The kind an office label names ("Sở", "Trang TTĐT tổng hợp", "news_site"), or None."""
    return _KIND_ALIASES.get(fold(label).replace(",", ""))


class ContactRole(str, enum.Enum):
    FOCAL_POINT = "focal_point"
    MONITORING = "monitoring"

    @property
    def label(self) -> str:
        return {"focal_point": "Đầu mối", "monitoring": "Giám sát thông tin"}[self.value]


@dataclass(frozen=True)
class ContactDraft:
    """A contact as proposed. ``id`` names the stored contact it updates (an import, which matches
    contacts by role and name, phone or e-mail); None is a new one, or, from the agency dialog, the
    contact at the same place in the list."""

    name: str
    position: str = ""
    phone: str = ""
    email: str = ""
    role: ContactRole = ContactRole.FOCAL_POINT
    id: int | None = None

    def describe(self) -> str:
        """"Nguyễn Văn An (Chánh Văn phòng, 0912345678)": a contact in one line, for a preview."""
        details = ", ".join(part for part in (self.position, self.phone, self.email) if part)
        return f"{self.name} ({details})" if details else self.name


@dataclass(frozen=True)
class AgencyDraft:
    """What a dialog, an import row or the CLI proposes; the roster service validates it."""

    name: str
    kind: AgencyKind = AgencyKind.DEPARTMENT
    short_name: str = ""
    code: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    portal_url: str = ""
    active_from: date | None = None
    active_to: date | None = None
    successor_id: int | None = None
    notes: str = ""
    licence_number: str = ""
    licence_date: date | None = None
    licence_issuer: str = ""
    monthly_reach: int | None = None
    hanoi_column_url: str = ""
    contacts: tuple[ContactDraft, ...] | None = None  # None: leave the contacts as they are


@dataclass(frozen=True, slots=True)
class Contact:
    id: int
    agency_id: int
    name: str
    position: str
    phone: str
    email: str
    role: ContactRole


@dataclass(frozen=True, slots=True)
class Agency:
    """An agency as read back from the database, with everything a view shows.

    Slotted: the window holds every agency of the roster, and without a ``__dict__`` each one
    takes about half the memory (docs/performance.md).
    """

    id: int
    name: str
    kind: AgencyKind
    short_name: str
    code: str
    address: str
    phone: str
    email: str
    portal_url: str
    active_from: date | None
    active_to: date | None
    successor_id: int | None
    successor_name: str
    notes: str
    licence_number: str
    licence_date: date | None
    licence_issuer: str
    monthly_reach: int | None
    hanoi_column_url: str
    version: int
    contacts: tuple[Contact, ...] = field(default=())

    def is_active_on(self, day: date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (
            self.active_to is None or day <= self.active_to
        )

    @property
    def focal_point(self) -> Contact | None:
        for contact in self.contacts:
            if contact.role is ContactRole.FOCAL_POINT:
                return contact
        return None

    def to_draft(self, **changes: object) -> AgencyDraft:
        values = {
            name: getattr(self, name)
            for name in AgencyDraft.__dataclass_fields__
            if name != "contacts"
        }
        values["contacts"] = tuple(
            ContactDraft(c.name, c.position, c.phone, c.email, c.role) for c in self.contacts
        )
        values.update(changes)
        return AgencyDraft(**values)  # type: ignore[arg-type]


def roster_order(agencies: Iterable[Agency], active_on: date | None = None) -> list[Agency]:
    """The roster as the window first shows it: active on a day (or all), in Vietnamese order."""
    chosen = [a for a in agencies if active_on is None or a.is_active_on(active_on)]
    return sorted(chosen, key=lambda a: sort_key(a.name))
