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
    calendar_in = imp_kinds.add_parser("calendar", help="nhập nội dung dự kiến vào lịch nội dung")
    calendar_in.add_argument("file", type=Path, metavar="FILE.xlsx")
    calendar_in.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    calendar_in.set_defaults(handler=_import_calendar)

    exp = commands.add_parser("export", help="xuất dữ liệu ra tệp")
    exp_kinds = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    roster = exp_kinds.add_parser("roster", help="xuất danh sách cơ quan ra Excel")
    roster.add_argument("out", type=Path, metavar="OUT.xlsx")
    roster.add_argument("--all", action="store_true", help="kể cả đơn vị đã sáp nhập, giải thể")
    roster.set_defaults(handler=_export_roster)
    calendar_out = exp_kinds.add_parser(
        "calendar", help="xuất lịch nội dung ra Excel (.xlsx), danh mục PDF (.pdf) hoặc iCalendar (.ics)")
    calendar_out.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.pdf|OUT.ics")
    calendar_out.add_argument("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    calendar_out.add_argument("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD")
    calendar_out.set_defaults(handler=_export_calendar)
    return parser


def _services(args: argparse.Namespace):
    from hanoi_desk.app import open_services

    return open_services(args.db)


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


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” không phải ngày dạng YYYY-MM-DD") from None


def _import_calendar(args: argparse.Namespace) -> str:
    from hanoi_desk.importers.calendar import read_calendar

    path = _existing(args.file)
    services = _services(args)
    rows, _sheet = read_calendar(path)
    plan = services.calendar.plan_import(rows, path.name)
    if not plan.ok:
        raise ValidationError(list(plan.rejected))
    if args.dry_run:
        return f"{path.name}: hợp lệ — {plan.summary()} (chạy thử, chưa ghi)"
    added, _updated = services.calendar.apply_import(plan)
    return f"{path.name}: đã nhập — {added} nội dung mới, {len(plan.unchanged)} đã có trong lịch"


def _export_calendar(args: argparse.Namespace) -> str:
    from hanoi_desk.exporters.calendar import EXPORT_SUFFIXES, write_calendar

    if args.out.suffix.lower() not in EXPORT_SUFFIXES:
        raise UserError(f"Không rõ định dạng của “{args.out.name}”: tên tệp phải kết thúc bằng "
                        ".xlsx, .pdf hoặc .ics.")
    if args.end < args.start:
        raise UserError("Ngày --to phải từ ngày --from trở đi.")
    services = _services(args)
    items = services.calendar.list_items(args.start, args.end)
    write_calendar(args.out, items, args.start, args.end, services.settings.office())
    return f"{args.out}: {len(items)} nội dung từ {args.start:%d/%m/%Y} đến {args.end:%d/%m/%Y}"


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
