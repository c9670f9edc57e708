"""Engine, schema migrations and units of work.

SQLite is the default (one workstation); any SQLAlchemy URL works (PostgreSQL for a shared office).
The schema is always built by Alembic, never by ``create_all``, so that a database made by this
version upgrades cleanly with the next one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from hanoi_desk import paths

ENV_VAR = "HANOI_DESK_DB"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db``, else ``HANOI_DESK_DB``, else the server set in this workstation's settings, else the
    SQLite file in the data folder. A URL with "://" is used as is, anything else is an SQLite file."""
    value = str(db) if db else os.environ.get(ENV_VAR, "")
    if not value:
        from hanoi_desk import workstation

        value = workstation.configured_url() or str(paths.data_dir() / "hanoi-desk.db")
    if "://" in value:
        return make_url(value)
    file = Path(value).expanduser().resolve()
    file.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite+pysqlite", database=str(file))


def make_engine(url: URL | str) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() or ""


def migrate(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True if the database was empty before."""
    was_empty = current_revision(engine) == ""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return was_empty


class Database:
    """The engine and a session factory; services open their own units of work through it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error."""
        with self._factory.begin() as session:
            yield session

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory, for listeners that apply to every unit of work (the history)."""
        return self._factory

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    @property
    def url(self) -> URL:
        return self.engine.url

    def describe(self) -> str:
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return f"SQLite: {url.database}"
        return url.render_as_string(hide_password=True)
