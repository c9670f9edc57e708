"""This workstation's own settings: which database it opens, the clerk's name, how many backups to keep.

They live in ``workstation.json`` in the user's local data folder, not in the database, because they
say how to reach the database (and differ from one clerk's computer to the next). The PostgreSQL
password is never written there: it goes to the operating system's credential store (Windows
Credential Manager, the Secret Service on Linux, the macOS Keychain) through ``keyring``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

from hanoi_desk import paths

FILE_NAME = "workstation.json"
KEYRING_SERVICE = "Hanoi Desk"
DEFAULT_BACKUP_KEEP = 14


class CredentialStoreError(Exception):
    """The operating system's credential store is missing or refused the password."""


@dataclass(frozen=True)
class ServerConnection:
    """A PostgreSQL server shared by the office's workstations (the password is kept elsewhere)."""

    host: str = "localhost"
    port: int = 5432
    database: str = "hanoi_desk"
    user: str = ""

    @property
    def credential_key(self) -> str:
        """Under which name the password is kept in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """An SQLAlchemy URL (psycopg 3); with the password only when one is given."""
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        at = f"{auth}@" if auth else ""
        return f"postgresql+psycopg://{at}{self.host}:{int(self.port)}/{quote(self.database, safe='')}"


@dataclass(frozen=True)
class WorkstationConfig:
    server: ServerConnection | None = None  # None: the SQLite file in the data folder
    staff_name: str = ""
    backup_keep: int = DEFAULT_BACKUP_KEEP
    extra: dict[str, object] = field(default_factory=dict)  # keys a newer version wrote: kept as is


def config_path() -> Path:
    return paths.data_dir() / FILE_NAME


def load() -> WorkstationConfig:
    """The saved configuration; a missing or damaged file gives the defaults (SQLite, 14 backups)."""
    try:
        stored = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return WorkstationConfig()
    if not isinstance(stored, dict):
        return WorkstationConfig()
    server = None
    raw = stored.get("server")
    if isinstance(raw, dict) and raw.get("host"):
        try:
            server = ServerConnection(
                host=str(raw.get("host", "")), port=int(raw.get("port", 5432)),
                database=str(raw.get("database", "")), user=str(raw.get("user", "")),
            )
        except (TypeError, ValueError):
            server = None
    try:
        keep = max(1, int(stored.get("backup_keep", DEFAULT_BACKUP_KEEP)))
    except (TypeError, ValueError):
        keep = DEFAULT_BACKUP_KEEP
    known = {"server", "staff_name", "backup_keep"}
    return WorkstationConfig(
        server=server,
        staff_name=str(stored.get("staff_name", "") or ""),
        backup_keep=keep,
        extra={k: v for k, v in stored.items() if k not in known},
    )


def save(config: WorkstationConfig) -> Path:
    """Write the configuration (never a password) atomically: a crash leaves the old file whole."""
    data: dict[str, object] = dict(config.extra)
    data["server"] = asdict(config.server) if config.server else None
    data["staff_name"] = config.staff_name
    data["backup_keep"] = int(config.backup_keep)
    path = config_path()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)
    return path


def update(**changes: object) -> WorkstationConfig:
    config = replace(load(), **changes)  # type: ignore[arg-type]
    save(config)
    return config


def get_password(server: ServerConnection) -> str | None:
    """The password kept for *server*, or None (no credential store, or nothing kept)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, server.credential_key)
    except (ImportError, KeyringError, RuntimeError, OSError):
        return None


def set_password(server: ServerConnection, password: str) -> None:
    """Keep (or, with an empty password, forget) the password in the OS credential store."""
    try:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError
    except ImportError as error:
        raise CredentialStoreError("Máy này thiếu thư viện keyring để cất mật khẩu.") from error
    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, server.credential_key, password)
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, server.credential_key)
            except PasswordDeleteError:
                pass
    except (KeyringError, RuntimeError, OSError) as error:
        raise CredentialStoreError(
            "Không cất được mật khẩu vào kho mật khẩu của hệ điều hành"
            f" ({error}). Mật khẩu không bao giờ được ghi ra tệp."
        ) from error


def configured_url() -> str | None:
    """The server this workstation is set to use, as a URL with its password; None for SQLite."""
    server = load().server
    if server is None:
        return None
    return server.url(get_password(server))
