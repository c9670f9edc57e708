"""Engine, schema migrations and units of work.

SQLite is the default (one workstation); any SQLAlchemy URL works (PostgreSQL for a shared office).
The schema is always built by Alembic, never by ``create_all``, so that a database made by this
version upgrades cleanly with the next one.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

from hanoi_desk import paths

ENV_VAR = "HANOI_DESK_DB"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """``--db``, else ``HANOI_DESK_DB``, else the server set in this workstation's settings, else the
    SQLite file in the data folder. A URL with "://" is used as is, anything else is an SQLite file."""
    value = str(db) if db else os.environ.get(ENV_VAR, "")
    if not value:
        from hanoi_desk import workstation

        value = workstation.configured_url() or str(paths.local_database())
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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() or ""


def migrate(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True if the database was empty before.

    A database already at the newest revision (every start but the first after an update) is
    recognised without importing Alembic, which costs a third of a second of start-up.
    """
    head = _head_from_files()
    if head and _stamped_revisions(engine) == {head}:
        return False
    from alembic import command

    was_empty = current_revision(engine) == ""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return was_empty


def _head_from_files() -> str:
    """The single head of the migration scripts, read from their source; "" if unsure."""
    revisions: dict[str, object] = {}
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        names: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
                node.target if isinstance(node, ast.AnnAssign) else None)
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and node.value:
                try:
                    names[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    return ""
        if isinstance(names.get("revision"), str):
            revisions[str(names["revision"])] = names.get("down_revision")
    parents: set[object] = set()
    for down in revisions.values():
        parents.update(down if isinstance(down, (tuple, list)) else [down])
    heads = [rev for rev in revisions if rev not in parents]
    return heads[0] if len(heads) == 1 else ""


def _stamped_revisions(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        return {str(v) for v in connection.execute(text("SELECT version_num FROM alembic_version")).scalars()}


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
