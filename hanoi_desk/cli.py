"""Command line: the same services as the window.

Exit codes: 0 done (one-line summary on stdout), 1 a user error (message on stderr, no traceback),
2 bad usage (argparse's own).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from hanoi_desk import __version__
from hanoi_desk.domain.errors import ValidationError

Handler = Callable[[argparse.Namespace], str]


class UserError(Exception):
    """A problem the user can fix (a file that does not exist, a bad row): exit 1, no traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hanoi-desk",
        description="Hanoi Desk: danh bạ cơ quan, lịch nội dung, fanpage và báo cáo. "
        "Không có lệnh con: mở cửa sổ chương trình.",
    )
    parser.add_argument("--version", action="version", version=f"Hanoi Desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="DB",
        help="cơ sở dữ liệu: đường dẫn tệp SQLite hoặc URL SQLAlchemy (mặc định: HANOI_DESK_DB "
        "hoặc thư mục dữ liệu của người dùng)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import", help="nhập dữ liệu từ tệp Excel")
    imp_kinds = imp.add_subparsers(dest="what", metavar="WHAT", required=True)
    agencies = imp_kinds.add_parser("agencies", help="nhập danh sách cơ quan, đơn vị")
    agencies.add_argument("file", type=Path, metavar="FILE.xlsx")
    agencies.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    agencies.set_defaults(handler=_import_agencies)

    exp = commands.add_parser("export", help="xuất dữ liệu ra tệp")
    exp_kinds = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    roster = exp_kinds.add_parser("roster", help="xuất danh sách cơ quan ra Excel")
    roster.add_argument("out", type=Path, metavar="OUT.xlsx")
    roster.add_argument("--all", action="store_true", help="kể cả đơn vị đã sáp nhập, giải thể")
    roster.set_defaults(handler=_export_roster)
    history = exp_kinds.add_parser("history", help="xuất lịch sử thay đổi ra Excel")
    history.add_argument("out", type=Path, metavar="OUT.xlsx")
    history.add_argument("--table", help="chỉ một loại dữ liệu (tên bảng, ví dụ agency)")
    history.add_argument("--user", help="chỉ thay đổi của một người")
    history.add_argument("--since", type=_day, metavar="DD/MM/YYYY", help="từ ngày")
    history.add_argument("--until", type=_day, metavar="DD/MM/YYYY", help="đến ngày")
    history.add_argument("--text", default="", help="có chứa (không phân biệt hoa thường, dấu)")
    history.set_defaults(handler=_export_history)

    backup = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu SQLite ra một tệp")
    backup.add_argument("out", type=Path, metavar="OUT.db")
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser(
        "restore",
        help="khôi phục cơ sở dữ liệu SQLite từ bản sao lưu (giữ lại một bản sao của dữ liệu hiện tại)",
    )
    restore.add_argument("file", type=Path, metavar="FILE.db")
    restore.set_defaults(handler=_restore)
    return parser


def _day(text: str) -> date:
    from hanoi_desk.importers.xlsx_table import cell_date

    try:
        found = cell_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    if found is None:
        raise argparse.ArgumentTypeError("cần một ngày, ví dụ 05/12/2026")
    return found


def _services(args: argparse.Namespace, seed: bool = True):
    from hanoi_desk.app import open_services

    services = open_services(args.db, seed=seed)
    for warning in services.warnings:
        print(warning, file=sys.stderr)
    return services


def _sqlite_file(args: argparse.Namespace) -> Path:
    from hanoi_desk.db import resolve_url
    from hanoi_desk.services.backup import NOT_SQLITE, database_file
    from hanoi_desk.services.placement import placement_warning

    found = database_file(resolve_url(args.db))
    if found is None:
        raise UserError(NOT_SQLITE)
    warning = placement_warning(found)
    if warning:
        print(warning, file=sys.stderr)
    return found


def _backup(args: argparse.Namespace) -> str:
    from hanoi_desk.services.backup import backup_database

    source = _sqlite_file(args)
    out = backup_database(source, args.out)
    return f"{out}: đã sao lưu {source.name} ({out.stat().st_size:,} byte)".replace(",", ".")


def _restore(args: argparse.Namespace) -> str:
    from hanoi_desk.app import open_services
    from hanoi_desk.services.backup import restore_database

    target = _sqlite_file(args)
    info, kept = restore_database(target, _existing(args.file))
    open_services(str(target), seed=False).close()  # upgrades a backup made by an older version
    text = f"{target}: đã khôi phục từ {args.file.name} — {info.summary()}"
    if kept is not None:
        text += f"; dữ liệu trước khi khôi phục được giữ tại {kept}"
    return text


def _export_history(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.history import HistoryQuery, history_lines
    from hanoi_desk.exporters.history import write_history

    services = _services(args)
    query = HistoryQuery(table=args.table, user=args.user, since=args.since, until=args.until,
                         text=args.text, limit=None)
    lines = history_lines(services.history.search(query))
    out = args.out if args.out.suffix.lower() == ".xlsx" else args.out.with_suffix(".xlsx")
    write_history(out, lines)
    return f"{out}: {len(lines)} dòng thay đổi"


def _import_agencies(args: argparse.Namespace) -> str:
    from hanoi_desk.importers.agencies import read_agencies

    path = _existing(args.file)
    services = _services(args)
    rows, _sheet = read_agencies(path)
    plan = services.roster.plan_import(rows, path.name)
    if not plan.ok:
        raise ValidationError(list(plan.rejected))
    if args.dry_run:
        return f"{path.name}: hợp lệ — {plan.summary()} (chạy thử, chưa ghi)"
    added, updated = services.roster.apply_import(plan)
    return f"{path.name}: đã nhập — {added} thêm mới, {updated} cập nhật"


def _export_roster(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.agency import roster_order
    from hanoi_desk.exporters.roster import write_roster

    services = _services(args)
    today = date.today()
    agencies = roster_order(services.roster.list_agencies(), None if args.all else today)
    out = args.out if args.out.suffix.lower() == ".xlsx" else args.out.with_suffix(".xlsx")
    write_roster(out, agencies, on_date=None if args.all else today)
    return f"{out}: {len(agencies)} cơ quan"


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp: {path}")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return gui_main(argv)
    try:
        print(args.handler(args))
    except ValidationError as error:
        print(f"Lỗi: {len(error.problems)} vấn đề, không có gì được ghi:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except (UserError, OSError) as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1
    return 0


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the window (also the shortcut's target on Windows: no console)."""
    from hanoi_desk.ui.application import run

    args = build_parser().parse_args(argv if argv is not None else sys.argv[1:])
    return run(args.db)
