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
    fanpages = imp_kinds.add_parser("fanpages", help="nhập danh sách trang fanpage của các cơ quan")
    fanpages.add_argument("file", type=Path, metavar="FILE.xlsx")
    fanpages.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    fanpages.set_defaults(handler=_import_fanpages)

    exp = commands.add_parser("export", help="xuất dữ liệu ra tệp")
    exp_kinds = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    roster = exp_kinds.add_parser("roster", help="xuất danh sách cơ quan ra Excel")
    roster.add_argument("out", type=Path, metavar="OUT.xlsx")
    roster.add_argument("--all", action="store_true", help="kể cả đơn vị đã sáp nhập, giải thể")
    roster.set_defaults(handler=_export_roster)
    pages = exp_kinds.add_parser("fanpages", help="xuất danh sách trang fanpage ra Excel")
    pages.add_argument("out", type=Path, metavar="OUT.xlsx")
    pages.set_defaults(handler=_export_fanpages)

    report = commands.add_parser("report", help="lập văn bản PDF")
    report_kinds = report.add_subparsers(dest="what", metavar="WHAT", required=True)
    verification = report_kinds.add_parser(
        "verification",
        help="công văn đề nghị xác thực mọi trang chính thức chưa đề nghị (và ghi nhận đã đề nghị)",
    )
    verification.add_argument("out", type=Path, metavar="OUT.pdf")
    verification.add_argument("--platform", metavar="NAME",
                              help="chỉ một nền tảng: Facebook, Zalo OA, YouTube, TikTok, Khác")
    verification.set_defaults(handler=_report_verification)
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


def _import_fanpages(args: argparse.Namespace) -> str:
    from hanoi_desk.importers.fanpages import read_fanpages

    path = _existing(args.file)
    services = _services(args)
    rows, _sheet = read_fanpages(path)
    plan = services.fanpages.plan_import(rows, path.name)
    if not plan.ok:
        raise ValidationError(list(plan.rejected))
    if args.dry_run:
        return f"{path.name}: hợp lệ — {plan.summary()} (chạy thử, chưa ghi)"
    added, updated = services.fanpages.apply_import(plan)
    return f"{path.name}: đã nhập — {added} thêm mới, {updated} cập nhật"


def _export_fanpages(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.fanpage import fanpage_order
    from hanoi_desk.exporters.fanpages import write_fanpage_list

    services = _services(args)
    pages = fanpage_order(services.fanpages.list_pages())
    out = args.out if args.out.suffix.lower() == ".xlsx" else args.out.with_suffix(".xlsx")
    write_fanpage_list(out, pages, scope="Toàn bộ danh sách",
                       impersonators=services.fanpages.list_impersonators())
    return f"{out}: {len(pages)} trang"


def _report_verification(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.fanpage import PLATFORM_LABELS, platform_from_label
    from hanoi_desk.exporters.fanpages import write_proposal_letter

    platform = None
    if args.platform:
        platform = platform_from_label(args.platform)
        if platform is None:
            known = ", ".join(PLATFORM_LABELS.values())
            raise UserError(f"Không rõ nền tảng “{args.platform}” (có: {known}).")
    services = _services(args)
    pages = services.fanpages.unproposed_official(platform)
    if not pages:
        raise UserError("Không có trang chính thức nào chưa được đề nghị xác thực"
                        + (f" trên {platform.label}." if platform else "."))
    out = args.out if args.out.suffix.lower() == ".pdf" else args.out.with_suffix(".pdf")
    office = services.settings.office()
    in_text = services.fanpages.office_display_name(office.office_name)
    letter = services.fanpages.propose(
        [p.id for p in pages], date.today(),
        lambda letter: write_proposal_letter(out, letter, office, in_text),
    )
    return f"{out}: công văn số {letter.number_text}, {len(letter.pages)} trang đã ghi nhận “Đã đề nghị”"


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
