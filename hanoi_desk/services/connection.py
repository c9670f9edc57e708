"""Choosing the shared database (first-run page, settings dialog): try a server before switching to it,
and say in one line why a database could not be opened."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from hanoi_desk.domain.errors import Problem, ValidationError
from hanoi_desk.workstation import ServerConnection


def server_problems(server: ServerConnection) -> list[Problem]:
    problems: list[Problem] = []
    if not server.host.strip():
        problems.append(Problem("host", "Chưa nhập máy chủ."))
    if not 0 < int(server.port) < 65536:
        problems.append(Problem("port", "Cổng phải từ 1 đến 65535."))
    if not server.database.strip():
        problems.append(Problem("database", "Chưa nhập tên cơ sở dữ liệu."))
    if not server.user.strip():
        problems.append(Problem("user", "Chưa nhập tên đăng nhập."))
    return problems


def test_connection(server: ServerConnection, password: str | None, timeout: int = 5) -> str:
    """Connect once and return the server's version; ValidationError saying why it failed otherwise."""
    problems = server_problems(server)
    if problems:
        raise ValidationError(problems)
    where = f"{server.host}:{server.port}"
    engine = create_engine(server.url(password), connect_args={"connect_timeout": timeout})
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar()
    except DBAPIError as error:
        detail = (str(error.orig).strip().splitlines() or [""])[0] if error.orig else str(error)
        raise ValidationError(f"Không kết nối được tới máy chủ {where}: {detail}") from None
    except SQLAlchemyError as error:
        raise ValidationError(f"Không kết nối được tới máy chủ {where}: {error}") from None
    finally:
        engine.dispose()
    return f"PostgreSQL {version}"


def error_detail(error: BaseException) -> str:
    """Why a database could not be opened, in one line: the driver's own first line (server down,
    wrong password, unreadable file, malformed URL), without SQLAlchemy's background link."""
    if isinstance(error, DBAPIError) and error.orig is not None:
        detail = str(error.orig)
    elif isinstance(error, SQLAlchemyError):
        detail = str(error.args[0]) if error.args else str(error)
    else:
        detail = str(error)
    return next((line.strip() for line in detail.splitlines() if line.strip()), error.__class__.__name__)


def open_error_message(error: BaseException, where: str = "") -> str:
    """The command line's one Vietnamese line for a database that could not be opened."""
    place = f" {where}" if where else ""
    return f"Không mở được cơ sở dữ liệu{place}: {error_detail(error)}"
