"""Alembic environment: runs on the connection the app hands over (config.attributes)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from hanoi_desk.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic command line: `alembic -x url=... upgrade head`
        url = context.get_x_argument(as_dictionary=True)["url"]
        with create_engine(url).begin() as conn:
            _run_on(conn)
    else:
        _run_on(connection)


def _run_on(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
