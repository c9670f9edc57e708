"""Command line: the same services as the window.

Exit codes: 0 done (one-line summary on stdout), 1 a user error (message on stderr, no traceback),
2 bad usage (argparse's own).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from hanoi_desk import __version__
from hanoi_desk.domain.errors import Problem, ValidationError

if TYPE_CHECKING:
    from hanoi_desk.app import Services
    from hanoi_desk.domain.imports import ImportPlan

Handler = Callable[[argparse.Namespace], str]


class UserError(Exception):
    """A problem the user can fix (a file that does not exist, a bad row): exit 1, no traceback."""


# argparse's own words ("usage:", "positional arguments", "show this help message and exit", its
# error messages) in Vietnamese. argparse looks them up through its module's ``_``/``ngettext`` at
# the moment it writes them, so replacing those two translates every parser, with no .mo catalogue.
ARGPARSE_VI: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in phiên bản của chương trình rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng được cùng với %s",
    "ignored explicit argument %r": "giá trị %r bị bỏ qua",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (có: %(choices)s)",
}


def _argparse_in_vietnamese() -> None:
    argparse._ = lambda text: ARGPARSE_VI.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: ARGPARSE_VI.get(one if n == 1 else many,  # type: ignore[attr-defined]
                                                             one if n == 1 else many)


class UsageError(Exception):
    """The command itself is wrong (an unknown setting): exit 2, like argparse's own usage errors."""


class CheckFailed(Exception):
    """A check that ran and said no (``verify``): its report on stdout, exit 1."""


# ------------------------------------------------------------------------------------- the command table
@dataclass(frozen=True)
class Arg:
    """One argument of a command, as ``ArgumentParser.add_argument`` takes it."""

    flags: tuple[str, ...]
    options: Mapping[str, Any]


def arg(*flags: str, **options: Any) -> Arg:
    return Arg(flags, options)


@dataclass(frozen=True)
class OneOf:
    """Arguments of which at most one may be given (exactly one when *required*)."""

    args: tuple[Arg, ...]
    required: bool = False


@dataclass(frozen=True)
class Group:
    """A command that holds subcommands (``import``, ``export``, ``report``, ``settings``, ``trust``)."""

    path: tuple[str, ...]
    help: str
    description: str | None = None
    metavar: str = "WHAT"


@dataclass(frozen=True)
class Command:
    """One command line command: where it hangs, its help, its arguments, and the handler that runs it
    (a function of the parsed arguments that returns the summary line printed on success)."""

    path: tuple[str, ...]
    help: str
    run: Handler
    args: tuple[Arg | OneOf, ...] = ()
    description: str | None = None


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command of :data:`COMMANDS`, in the table's order (the order of ``--help``)."""
    _argparse_in_vietnamese()
    parser = argparse.ArgumentParser(
        prog="hanoi-desk",
        description="Hanoi Desk: danh bạ cơ quan, lịch nội dung, fanpage và báo cáo. "
        "Không có lệnh con: mở cửa sổ chương trình.",
    )
    parser.add_argument("--version", action="version", version=f"Hanoi Desk {__version__}",
                        help="in phiên bản của chương trình rồi thoát")
    parser.add_argument(
        "--db",
        metavar="DB",
        help="cơ sở dữ liệu: đường dẫn tệp SQLite hoặc URL SQLAlchemy (mặc định: HANOI_DESK_DB "
        "hoặc thư mục dữ liệu của người dùng)",
    )
    groups = {(): parser.add_subparsers(dest="command", metavar="COMMAND")}
    for entry in COMMANDS:
        parent = groups[entry.path[:-1]]
        sub = parent.add_parser(entry.path[-1], help=entry.help, description=entry.description)
        if isinstance(entry, Group):
            groups[entry.path] = sub.add_subparsers(dest="what", metavar=entry.metavar, required=True)
            continue
        for item in entry.args:
            if isinstance(item, OneOf):
                group = sub.add_mutually_exclusive_group(required=item.required)
                for one in item.args:
                    group.add_argument(*one.flags, **one.options)
            else:
                sub.add_argument(*item.flags, **item.options)
        sub.set_defaults(handler=entry.run, parser=sub)
    return parser


ImportDone = Callable[[Path, int, int, "ImportPlan[Any]", argparse.Namespace], str]


def _import_command(name: str, help_text: str, done: ImportDone, *more: Arg) -> Command:
    """``import NAME FILE [--dry-run] [--map "HEADER=field"]… [--notes "HEADER"]… [--ignore "HEADER"]…``:
    every import runs :func:`_import`; *done* words its summary line once the rows are written."""
    return Command(("import", name), help_text, functools.partial(_import, name, done), (
        arg("file", type=Path, metavar="FILE.xlsx|.xls|.ods"),
        arg("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì"),
        arg("--map", action="append", default=[], metavar="\"TÊN CỘT=trường\"",
            help="nhập cột TÊN CỘT vào trường (tên hoặc mã trường; lặp lại cho nhiều cột)"),
        arg("--notes", action="append", default=[], metavar="\"TÊN CỘT\"",
            help="giữ nội dung cột trong phần ghi chú của bản ghi (lặp lại được)"),
        arg("--ignore", action="append", default=[], metavar="\"TÊN CỘT\"",
            help="xác nhận bỏ qua cột (lặp lại được)"),
        *more,
    ))


Export = Callable[["Services", argparse.Namespace, Path], str]


def _export_command(name: str, help_text: str, export: Export, *more: Arg, suffix: str = ".xlsx") -> Command:
    """``export NAME OUT.xlsx …``: every such export runs :func:`_export`; *export* gathers the rows,
    writes *out* and returns the summary line."""
    return Command(("export", name), help_text, functools.partial(_export, suffix, export),
                   (arg("out", type=Path, metavar=f"OUT{suffix}"), *more))


def _document_command(name: str, help_text: str, document: Export, *more: Arg) -> Command:
    """``report NAME OUT.pdf …``: an official document written by :func:`_document`."""
    return Command(("report", name), help_text, functools.partial(_document, document),
                   (arg("out", type=Path, metavar="OUT.pdf"), *more))


# The signing settings (issue 14) that `settings show|set` knows beside the key table of services.settings:
# the images take a PNG file's path and are kept in their own table, the module and TSA by SigningService.
SIGNATURE_SETTING_KEYS = ("signer.image", "office.seal", "signing.pkcs11_module", "signing.tsa_url")
_TSA_TRIES = 2


def _signing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    services = _services(args)
    assert services.signatures is not None
    return services.signatures


def _secret(env: str | None, prompt: str) -> str:
    """The PIN or password: from the named environment variable (removed from this process's
    environment once read, so a child process or a crash report cannot see it), else asked without
    echo. Never kept."""
    import getpass
    import os

    if env:
        value = os.environ.pop(env, None)
        if value is None:
            raise UserError(f"Biến môi trường {env} chưa được đặt.")
        return value
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise UserError("Chưa nhập mã PIN/mật khẩu: không ký.") from None


def _confirm(question: str) -> bool:
    """Yes from the person at the terminal; no when nobody is there to answer."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [c/K] ").strip().lower() in ("c", "có", "co", "y", "yes")
    except (EOFError, KeyboardInterrupt):
        return False


def _sign(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.signatures import SignerRole
    from hanoi_desk.services.signatures import P12Key, Pkcs11Key, SigningError, SignRequest

    if args.p12 is not None and args.pin_env:
        args.parser.error("--pin-env đi với --pkcs11 (mã PIN của USB token); tệp .p12 dùng --password-env")
    if args.p12 is None and args.password_env:
        args.parser.error("--password-env đi với --p12 (mật khẩu tệp .p12); USB token dùng --pin-env")
    source = _existing(args.file)
    signing = _signing(args)
    key: P12Key | Pkcs11Key = P12Key(_existing(args.p12)) if args.p12 is not None else \
        Pkcs11Key(args.pkcs11 or signing.module(), args.token, args.key)
    tsa = None if args.no_timestamp else (args.tsa or signing.tsa_url())
    request = SignRequest(source, args.out, SignerRole.parse(args.role), key, tsa)
    try:
        # Everything that needs no secret first: the file, its field for this role, the token's module.
        signing.precheck(request)
        if isinstance(key, Pkcs11Key):
            signing.check_module(key.module)
            secret = _secret(args.pin_env, "Mã PIN của USB token: ")
        else:
            secret = _secret(args.password_env, f"Mật khẩu của {args.p12.name}: ")
        try:
            outcome = _sign_retrying(signing, request, secret)
        finally:
            del secret
    except SigningError as error:
        raise UserError(str(error)) from None
    for warning in outcome.warnings:
        print(f"Lưu ý: {warning}", file=sys.stderr)
    return outcome.summary()


def _sign_retrying(signing, request, secret: str):  # type: ignore[no-untyped-def]
    """Sign; when the TSA does not answer, try once more, then (asked at a terminal) sign without it."""
    import dataclasses

    from hanoi_desk.services.signatures import TsaUnavailable

    for attempt in range(1, _TSA_TRIES + 1):
        try:
            return signing.sign(request, secret)
        except TsaUnavailable as error:
            if attempt < _TSA_TRIES:
                print(f"{error} Thử lại lần {attempt + 1}…", file=sys.stderr)
                continue
            if not _confirm(f"{error}\nKý không có dấu thời gian?"):
                raise UserError(f"{error} Không ký. Chạy lại với --no-timestamp để ký không có dấu "
                                "thời gian.") from None
    return signing.sign(dataclasses.replace(request, tsa_url=None), secret)


def _verify(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.signatures import describe
    from hanoi_desk.services.signatures import read_certificate_file, root_problem

    path = _existing(args.file)
    extra: list[bytes] = []
    for root in args.trust:
        for der in read_certificate_file(_existing(root)):
            problem = root_problem(der)
            if problem:
                print(f"Lưu ý: bỏ qua một chứng thư trong {root.name}: {problem}.", file=sys.stderr)
            else:
                extra.append(der)
    result = _signing(args).verify(path.read_bytes(), path.name, extra)
    text = "\n".join(describe(result))
    if not result.ok:
        raise CheckFailed(text)
    return text


def _recheck_reports(services: Services) -> str:
    """The received reports' signatures judged again against the roots as they are now."""
    done = services.reports.recheck_signatures()
    if not done.checked:
        return ""
    return (f"\nĐã kiểm tra lại chữ ký số của {done.checked} báo cáo đã nhận ({done.changed} thay đổi "
            "kết quả).")


def _trust_add(args: argparse.Namespace) -> str:
    path = _existing(args.file)
    services = _services(args)
    signing = services.signatures
    found = signing.inspect_roots(path.read_bytes(), path.name)
    print("\n".join(found.lines()))
    if not found.accepted:
        raise UserError(f"{path.name}: không có chứng thư gốc mới nào để tin cậy (chỉ nhận chứng thư gốc tự "
                        "ký của tổ chức cấp chứng thư).")
    if not args.yes and not _confirm("Đã đối chiếu dấu vân tay SHA-256 với nơi phát hành; tin cậy các chứng "
                                     "thư gốc trên?"):
        raise UserError("Chưa tin cậy chứng thư nào. Đối chiếu dấu vân tay SHA-256 với nơi phát hành, rồi "
                        "chạy lại (thêm --yes khi chạy không có người trả lời).")
    added = signing.add_roots(path.read_bytes(), path.name).added
    text = "\n".join(f"Đã tin cậy: {r.info.subject} (SHA-256 {r.info.fingerprint}, hiệu lực đến "
                     f"{r.info.not_after:%d/%m/%Y})" for r in added)
    return text + _recheck_reports(services)


def _trust_list(args: argparse.Namespace) -> str:
    roots = _signing(args).roots()
    if not roots:
        return "Chưa có chứng thư gốc tin cậy nào (nhập bằng: hanoi-desk trust add TỆP.cer)."
    return "\n".join(f"{r.id}. {r.info.subject} — cấp bởi {r.info.issuer}, hiệu lực "
                     f"{r.info.not_before:%d/%m/%Y}–{r.info.not_after:%d/%m/%Y}, SHA-256 {r.info.fingerprint}"
                     + (f" — KHÔNG dùng: {r.problem} (bỏ bằng: hanoi-desk trust remove {r.id})" if r.problem
                        else "")
                     for r in roots)


def _trust_remove(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.errors import NotFoundError

    services = _services(args)
    signing = services.signatures
    found = {r.id: r for r in signing.roots()}
    if args.id not in found:
        raise NotFoundError(f"Không có chứng thư gốc số {args.id} (xem: hanoi-desk trust list).")
    signing.remove_root(args.id)
    return f"Đã bỏ chứng thư gốc: {found[args.id].info.subject}" + _recheck_reports(services)


def _signature_setting_set(args: argparse.Namespace) -> str:
    signing = _signing(args)
    if args.key in ("signer.image", "office.seal"):
        path = _existing(Path(args.value))
        stored = signing.set_image("signer" if args.key == "signer.image" else "seal", path.read_bytes())
        return f"{args.key}: đã lưu ảnh {stored.describe()}"
    if args.key == "signing.pkcs11_module":
        signing.save_options(args.value, signing.tsa_url())
        return f"{args.key} = {args.value}"
    signing.save_options(signing.module(), args.value)
    return f"{args.key} = {args.value}"


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

    services = _opened(lambda: open_services(args.db, seed=seed), args.db)
    for warning in services.warnings:
        print(warning, file=sys.stderr)
    return services


def _opened(open_database: Callable[[], Services], db: str | None) -> Services:
    """The database opened, or a UserError in one line when it cannot be (server down, wrong password,
    unreadable file, malformed URL) instead of SQLAlchemy's traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from hanoi_desk.services.connection import open_error_message

    try:
        return open_database()
    except SQLAlchemyError as error:
        raise UserError(open_error_message(error, _where(db))) from None


def _where(db: str | None) -> str:
    """The database *db* names, as the user may see it: a file path, or a URL without its password."""
    from hanoi_desk.db import resolve_url
    from hanoi_desk.services.backup import database_file

    try:
        url = resolve_url(db)
    except Exception:  # a URL that cannot even be parsed: the message itself says so
        return str(db or "")
    return str(database_file(url) or url.render_as_string(hide_password=True))


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
    _opened(lambda: open_services(str(target), seed=False), str(target)).close()  # upgrades an older backup
    text = f"{target}: đã khôi phục từ {args.file.name} — {info.summary()}"
    if kept is not None:
        text += f"; dữ liệu trước khi khôi phục được giữ tại {kept}"
    return text


def _export_history(services: Services, args: argparse.Namespace, out: Path) -> str:
    from hanoi_desk.domain.history import HistoryQuery, history_lines
    from hanoi_desk.exporters.history import write_history

    query = HistoryQuery(table=args.table, user=args.user, since=args.since, until=args.until,
                         text=args.text, limit=None)
    lines = history_lines(services.history.search(query))
    write_history(out, lines, exported_on=services.clock.today())
    return f"{out}: {len(lines)} dòng thay đổi"


def _dashboard(args: argparse.Namespace) -> str:
    from hanoi_desk.exporters.dashboard import write_dashboard

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise UserError(f"Không rõ định dạng của “{args.out.name}”: tên tệp phải kết thúc bằng .pdf "
                        "hoặc .png.")
    services = _services(args)
    overview = services.overview.overview(args.day)
    office = services.settings.office()
    if suffix == ".pdf":
        write_dashboard(args.out, overview, office.parent_body, office.office_name)
    else:  # the same page, drawn once as a PDF and rendered by Qt's PDF engine: one drawing for both
        import tempfile

        from hanoi_desk.ui.pdf_image import pdf_page_to_png

        with tempfile.TemporaryDirectory() as folder:
            pdf = write_dashboard(Path(folder) / "dashboard.pdf", overview, office.parent_body,
                                  office.office_name)
            pdf_page_to_png(pdf, args.out)
    figures = [overview.figure(k) for k in ("calendar.overdue", "calendar.due_week", "reports.received",
                                            "reports.expected", "fanpages.verified")]
    overdue, due, received, expected, verified = (f.value for f in figures)
    return (f"{args.out}: tổng quan đến ngày {overview.day:%d/%m/%Y} — quá hạn {overdue}, đến hạn tuần này "
            f"{due}, báo cáo đã nhận {received}/{expected}, trang đã xác thực {verified}")


def _import(kind: str, done: ImportDone, args: argparse.Namespace) -> str:
    """Every ``import`` command: read, plan, show the file's columns and warnings, then (unless it is a
    dry run) write every row or none, and one summary line."""
    from hanoi_desk.importing import command_line_choices, jobs

    path = _existing(args.file)
    services = _services(args)
    job = jobs(services, getattr(args, "year", None))[kind]
    choices = command_line_choices(job.kind, args.map, args.notes, args.ignore)
    _found, plan = job.read_and_plan(path, choices)
    notices = [f"  {column.describe()}" for column in plan.columns]
    notices += [f"Cảnh báo: {warning}" for warning in plan.warnings]
    if not plan.ok:
        for line in ["Các cột của tệp:", *notices]:
            print(line, file=sys.stderr)
        raise ValidationError(list(plan.rejected))
    for line in ["Các cột của tệp:", *notices]:
        print(line)
    if plan.dropped_columns:
        print(f"{len(plan.dropped_columns)} cột có dữ liệu sẽ không được nhập (bỏ qua): dùng --map "
              "\"TÊN CỘT=trường\" hoặc --notes \"TÊN CỘT\" để nhập, --ignore \"TÊN CỘT\" để xác nhận bỏ qua.")
    if plan.nothing_to_do:
        return (f"{path.name}: không có gì để nhập — {len(plan.unchanged)} dòng đã có và không đổi"
                + (" (chạy thử, chưa ghi)" if args.dry_run else ""))
    if args.dry_run:
        return f"{path.name}: hợp lệ — {plan.summary()} (chạy thử, chưa ghi)"
    added, updated = job.apply(plan)
    return done(path, added, updated, plan, args)


def _export(suffix: str, export: Export, args: argparse.Namespace) -> str:
    """Every list export: the database opened, OUT given its suffix, then the export's own work."""
    services = _services(args)
    return export(services, args, _with_suffix(args.out, suffix))


def _document(document: Export, args: argparse.Namespace) -> str:
    """Every official document: written to OUT.pdf dated today, then, while the office's settings
    leave it a draft, why (on stderr)."""
    services = _services(args)
    text = document(services, args, _with_suffix(args.out, ".pdf"))
    _draft_notice(services, services.clock.today())
    return text


def _export_roster(services: Services, args: argparse.Namespace, out: Path) -> str:
    from hanoi_desk.domain.agency import roster_order
    from hanoi_desk.exporters.roster import write_roster

    today = services.clock.today()
    agencies = roster_order(services.roster.list_agencies(), None if args.all else today)
    write_roster(out, agencies, on_date=None if args.all else today, exported_on=today)
    return f"{out}: {len(agencies)} cơ quan"


def _mail(args: argparse.Namespace) -> str:
    path = _existing(args.file)
    services = _services(args)
    try:
        return _send_file(services, path, args)
    except ValidationError as error:  # the fields are the dialog's; here each message says its own
        raise ValidationError([Problem("", p.message) for p in error.problems]) from None


def _send_file(services: Services, path: Path, args: argparse.Namespace) -> str:
    from dataclasses import replace

    from hanoi_desk.domain.mail import human_size, split_addresses
    from hanoi_desk.services.mail import SendError

    draft = services.mail.compose(path)
    draft = replace(
        draft,
        to=tuple(a for item in args.to for a in split_addresses(item)),
        cc=tuple(a for item in args.cc for a in split_addresses(item)),
        bcc=tuple(a for item in args.bcc for a in split_addresses(item)),
        subject=args.subject if args.subject is not None else draft.subject,
    )
    if args.eml is not None:
        out = args.eml if args.eml.suffix.lower() == ".eml" else args.eml.with_suffix(".eml")
        out, _sent = services.mail.write_draft(draft, path, out)
        return f"{out}: thư nháp “{draft.subject}” kèm {path.name}, mở bằng chương trình email để gửi"
    try:
        sent = services.mail.send(draft, path)
    except SendError as error:
        raise UserError(str(error)) from None
    to = ", ".join(filter(None, (sent.to, sent.cc, sent.bcc)))
    size = human_size(sent.attachment_size)
    return f"Đã gửi “{sent.subject}” tới {to} (kèm {sent.attachment_name}, {size})"


def _export_reports(services: Services, args: argparse.Namespace, out: Path) -> str:
    from hanoi_desk.exporters.reports import write_intake

    rows = services.reports.intake(args.year)
    write_intake(out, rows, args.year, services.reports.deadline(args.year),
                 exported_on=services.clock.today())
    received = sum(1 for r in rows if r.receipt is not None)
    return f"{out}: {len(rows)} cơ quan, {received} báo cáo đã nhận (năm {args.year})"


def _report_annual(services: Services, args: argparse.Namespace, out: Path) -> str:
    from hanoi_desk.exporters.reports import write_annual_report

    appendix = _with_suffix(args.appendix_file, ".pdf") if args.appendix_file else None
    writer = functools.partial(write_annual_report, appendix_path=appendix)
    data = services.reports.issue_annual_report(args.year, services.clock.today(), _written(writer, out))
    s = data.summary
    number = _number_phrase(data.number, data.office.symbol("BC"))
    text = f"{out}: báo cáo năm {args.year}{number} — đã nhận {s.received}/{s.expected}, chưa gửi {s.missing}"
    return text + (f"\n{appendix}: phụ lục (tệp riêng)" if appendix else "")


T = TypeVar("T")


def _written(writer: Callable[[Path, T], object], out: Path) -> Callable[[T], T]:
    """A callback that writes *out* from the document's data and hands the data back (its number)."""
    def write(data: T) -> T:
        writer(out, data)
        return data
    return write


def _number_phrase(number: str, symbol: str = "") -> str:
    """", số 07/BC-SVHTT" or ", số để trống (…)": what the summary line says of the number."""
    from hanoi_desk.domain.documents import document_number

    if not number:
        return ", số để trống (văn thư ghi số khi phát hành)"
    text = document_number(number)
    return f", số {text}/{symbol}" if symbol and text.isdigit() else f", số {text}"


def _report_reminder(services: Services, args: argparse.Namespace, out: Path) -> str:
    from hanoi_desk.exporters.reports import write_reminder

    data = services.reports.issue_reminder(args.year, services.clock.today(), _written(write_reminder, out))
    return (f"{out}: công văn đôn đốc {len(data.agencies)} cơ quan, đơn vị (năm {args.year})"
            f"{_number_phrase(data.number, data.office.symbol(None))}")


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” không phải ngày dạng YYYY-MM-DD") from None


def _export_calendar(args: argparse.Namespace) -> str:
    from hanoi_desk.exporters.calendar import EXPORT_SUFFIXES, write_calendar

    if args.out.suffix.lower() not in EXPORT_SUFFIXES:
        raise UserError(f"Không rõ định dạng của “{args.out.name}”: tên tệp phải kết thúc bằng "
                        ".xlsx, .pdf hoặc .ics.")
    if args.end < args.start:
        raise UserError("Ngày --to phải từ ngày --from trở đi.")
    services = _services(args)
    items = services.calendar.list_items(args.start, args.end)
    text = f"{args.out}: {len(items)} nội dung từ {args.start:%d/%m/%Y} đến {args.end:%d/%m/%Y}"
    if args.out.suffix.lower() != ".pdf":
        write_calendar(args.out, items, args.start, args.end, None, now=services.clock.now())
        return text
    day = services.clock.today()
    issue = services.documents.issue_calendar_letter(
        args.start, args.end, day,
        _written(lambda out, issue: write_calendar(out, items, args.start, args.end, issue), args.out))
    _draft_notice(services, day)
    return f"{text} (công văn{_number_phrase(issue.number, issue.issuer.symbol(None))})"


def _export_fanpages(services: Services, args: argparse.Namespace, out: Path) -> str:
    from hanoi_desk.domain.fanpage import fanpage_order
    from hanoi_desk.exporters.fanpages import write_fanpage_list

    pages = fanpage_order(services.fanpages.list_pages())
    write_fanpage_list(out, pages, scope="Toàn bộ danh sách",
                       impersonators=services.fanpages.impersonators.list_all(),
                       exported_on=services.clock.today())
    return f"{out}: {len(pages)} trang"


def _report_verification(args: argparse.Namespace) -> str:
    from hanoi_desk.domain.fanpage import PLATFORM_LABELS, ProposalLetter, platform_from_label
    from hanoi_desk.exporters.fanpages import letter_path, write_proposal_letter

    platform = None
    if args.platform:
        platform = platform_from_label(args.platform)
        if platform is None:
            known = ", ".join(PLATFORM_LABELS.values())
            raise UserError(f"Không rõ nền tảng “{args.platform}” (có: {known}).")
    services = _services(args)
    pages = services.fanpages.letters.unproposed(platform)
    if not pages:
        raise UserError("Không có trang chính thức nào chưa được đề nghị xác thực"
                        + (f" trên {platform.label}." if platform else "."))
    day = services.clock.today()
    issuer = services.settings.issuer(day)
    written: list[Path] = []

    def write(letter: ProposalLetter) -> None:  # one file per platform company: OUT-facebook.pdf, …
        written.append(write_proposal_letter(letter_path(args.out, letter, one_file=platform is not None),
                                             letter, issuer))

    try:
        letters = services.fanpages.letters.propose([p.id for p in pages], day, write)
    except BaseException:
        for path in written:  # nothing was recorded: no letter may look issued
            path.unlink(missing_ok=True)
        raise
    _draft_notice(services, day)
    lines = [f"{path}: công văn gửi {letter.addressee}{_number_phrase(letter.number_text)}, "
             f"{len(letter.pages)} trang đã ghi nhận “Đã đề nghị”" for path, letter in zip(written, letters,
                                                                                        strict=True)]
    return "\n".join(lines)


def _settings_show(args: argparse.Namespace) -> str:
    from hanoi_desk.services.settings import SETTING_KEYS

    services = _services(args)
    values = services.settings.values()
    width = max(len(key) for key in (*SETTING_KEYS, *SIGNATURE_SETTING_KEYS))
    lines = [f"{key.ljust(width)}  {entry.show(values[key]) or '(trống)'}    # {entry.label}"
             for key, entry in SETTING_KEYS.items()]
    signing = services.signatures
    if signing is not None:  # the signing settings, kept by their own service
        images = {key: signing.image("signer" if key == "signer.image" else "seal")
                  for key in ("signer.image", "office.seal")}
        shown = {"signer.image": images["signer.image"].describe() if images["signer.image"] else "",
                 "office.seal": images["office.seal"].describe() if images["office.seal"] else "",
                 "signing.pkcs11_module": signing.module(), "signing.tsa_url": signing.tsa_url()}
        labels = {"signer.image": "Ảnh chữ ký của người ký (PNG)", "office.seal": "Ảnh con dấu (PNG)",
                  "signing.pkcs11_module": "Thư viện PKCS#11 của USB token",
                  "signing.tsa_url": "Máy chủ dấu thời gian"}
        lines += [f"{key.ljust(width)}  {shown[key] or '(trống)'}    # {labels[key]}" for key in labels]
    reasons = services.settings.draft_reasons()
    lines.append("")
    lines.append(_draft_text(reasons) if reasons else "Văn bản in ra: sẵn sàng trình ký.")
    return "\n".join(lines)


def _settings_set(args: argparse.Namespace) -> str:
    from hanoi_desk.services.settings import SETTING_KEYS

    if args.key in SIGNATURE_SETTING_KEYS:
        return _signature_setting_set(args)
    if args.key not in SETTING_KEYS:
        known = ", ".join([*SETTING_KEYS, *SIGNATURE_SETTING_KEYS])
        raise UsageError(f"không có cài đặt “{args.key}”. Các khóa: {known}.")
    services = _services(args)
    entry = SETTING_KEYS[args.key]
    stored = services.settings.set_value(args.key, args.value)
    line = f"{args.key} = {entry.show(stored) or '(trống)'}  ({entry.label})"
    reasons = services.settings.draft_reasons()
    return line + ("\n" + _draft_text(reasons) if reasons else "")


def _draft_text(reasons: Sequence[str]) -> str:
    """Which settings keep the documents drafts, and how to fill them in."""
    return ("Văn bản in ra là DỰ THẢO (có chữ “DỰ THẢO” trên mọi trang) vì " + "; ".join(reasons)
            + ". Điền bằng: hanoi-desk settings set KEY \"giá trị\".")


def _draft_notice(services: Services, day: date) -> None:
    """Said on stderr after an official document is written, while it is a draft."""
    reasons = services.settings.draft_reasons(day)
    if reasons:
        print(_draft_text(reasons), file=sys.stderr)


def _export_outreach(services: Services, args: argparse.Namespace, out: Path) -> str:
    from hanoi_desk.domain.outreach import site_order
    from hanoi_desk.exporters.outreach import write_outreach_list

    year = args.year or services.clock.today().year
    sites = site_order(services.outreach.list_sites(year))
    write_outreach_list(out, sites, scope="Toàn bộ danh sách",
                        permissions=services.outreach.list_permissions(),
                        articles=services.outreach.articles(year), year=year,
                        exported_on=services.clock.today())
    return f"{out}: {len(sites)} trang, mạng xã hội"


def _report_citation(args: argparse.Namespace) -> str:
    from hanoi_desk.exporters.outreach import write_citation_proposal

    services = _services(args)
    outreach = services.outreach
    if not outreach.unsent_requests():
        raise UserError("Không có đề nghị trích dẫn nguồn tin nào chưa gửi: không có gì để đề nghị.")
    out = _with_suffix(args.out, ".pdf")
    day = services.clock.today()
    office, letters = outreach.issuer(day), outreach.letter_settings()
    letter = outreach.propose_citations(day,
                                        lambda letter: write_citation_proposal(out, letter, office, letters))
    return (f"{out}: công văn đề nghị trích dẫn nguồn tin — {len(letter.requests)} trang, "
            f"{letter.press_count} cơ quan báo chí; các đề nghị đã ghi nhận “Đã đề nghị Ban”")


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp: {path}")
    return path


def _utf8_output() -> None:
    """Vietnamese on a Windows console redirected to a file or pipe: Python would use the ANSI code page
    (cp1252) there and fail on "ệ"; the summary line is written as UTF-8 instead."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


# ------------------------------------------------------------------------------------- the commands
def _imported(path: Path, added: int, updated: int, plan: ImportPlan[Any], args: argparse.Namespace) -> str:
    return f"{path.name}: đã nhập — {added} thêm mới, {updated} cập nhật"


def _calendar_imported(path: Path, added: int, updated: int, plan: ImportPlan[Any],
                       args: argparse.Namespace) -> str:
    return f"{path.name}: đã nhập — {added} nội dung mới, {len(plan.unchanged)} đã có trong lịch"


def _reports_imported(path: Path, added: int, updated: int, plan: ImportPlan[Any],
                      args: argparse.Namespace) -> str:
    return f"{path.name}: đã nhập báo cáo năm {args.year} — {added} thêm mới, {updated} cập nhật"


def _outreach_imported(path: Path, added: int, updated: int, plan: ImportPlan[Any],
                       args: argparse.Namespace) -> str:
    return f"{path.name}: đã nhập — {added} trang mới, {updated} trang cập nhật"


_YEAR = arg("--year", type=int, required=True, metavar="YYYY", help="năm báo cáo")

# Every command, in the order `hanoi-desk --help` lists them. A new import is one `_import_command` row
# (and its job in importing.jobs); a new list export one `_export_command` row and a function
# (services, args, out) -> summary; a new official document one `_document_command` row.
COMMANDS: tuple[Group | Command, ...] = (
    Group(("import",), "nhập dữ liệu từ tệp Excel (.xlsx, .xls) hoặc OpenDocument (.ods)",
          "Mọi cột của tệp được liệt kê: cột nhập vào trường nào, cột giữ trong ghi chú, cột bị bỏ qua (kèm "
          "số ô có dữ liệu). Cách nhập từng cột được ghi nhớ theo tên cột cho lần sau."),
    _import_command("agencies", "nhập danh sách cơ quan, đơn vị", _imported),
    _import_command("fanpages", "nhập danh sách trang fanpage của các cơ quan", _imported),
    _import_command("calendar", "nhập nội dung dự kiến vào lịch nội dung", _calendar_imported),
    _import_command("reports", "nhập bảng theo dõi tiếp nhận báo cáo của một năm", _reports_imported, _YEAR),
    _import_command("outreach", "nhập danh sách trang TTĐT tổng hợp, mạng xã hội được vận động",
                    _outreach_imported),

    Group(("export",), "xuất dữ liệu ra tệp"),
    _export_command("roster", "xuất danh sách cơ quan ra Excel", _export_roster,
                    arg("--all", action="store_true", help="kể cả đơn vị đã sáp nhập, giải thể")),
    Command(("export", "calendar"),
            "xuất lịch nội dung ra Excel (.xlsx), danh mục PDF (.pdf) hoặc iCalendar (.ics)",
            _export_calendar, (
                arg("out", type=Path, metavar="OUT.xlsx|OUT.pdf|OUT.ics"),
                arg("--from", dest="start", type=_iso_date, required=True, metavar="YYYY-MM-DD"),
                arg("--to", dest="end", type=_iso_date, required=True, metavar="YYYY-MM-DD"))),
    _export_command("reports", "xuất bảng tiếp nhận báo cáo của một năm ra Excel", _export_reports, _YEAR),
    _export_command("fanpages", "xuất danh sách trang fanpage ra Excel", _export_fanpages),
    _export_command("outreach",
                    "xuất danh sách trang được vận động, trích dẫn nguồn tin và tin bài trong năm ra Excel",
                    _export_outreach,
                    arg("--year", type=int, metavar="YYYY", help="năm của số tin bài (mặc định: năm nay)")),
    _export_command("history", "xuất lịch sử thay đổi ra Excel", _export_history,
                    arg("--table", help="chỉ một loại dữ liệu (tên bảng, ví dụ agency)"),
                    arg("--user", help="chỉ thay đổi của một người"),
                    arg("--since", type=_day, metavar="DD/MM/YYYY", help="từ ngày"),
                    arg("--until", type=_day, metavar="DD/MM/YYYY", help="đến ngày"),
                    arg("--text", default="", help="có chứa (không phân biệt hoa thường, dấu)")),

    Command(("mail",), "gửi một tệp qua email (máy chủ SMTP trong cài đặt) hoặc tạo thư nháp .eml", _mail, (
        arg("file", type=Path, metavar="FILE"),
        arg("--to", action="append", default=[], metavar="ADDR", required=True,
            help="người nhận (lặp lại cho nhiều người)"),
        arg("--cc", action="append", default=[], metavar="ADDR", help="đồng gửi (Cc)"),
        arg("--bcc", action="append", default=[], metavar="ADDR", help="gửi ẩn danh (Bcc)"),
        arg("--subject", metavar="TEXT", help="tiêu đề (mặc định: theo mẫu, tên tệp)"),
        arg("--eml", type=Path, metavar="OUT.eml", help="ghi thư nháp thay vì gửi"),
    ), "Gửi FILE đính kèm theo thư. Máy chủ thư lấy từ cài đặt trong cơ sở dữ liệu, mật khẩu từ kho mật "
       "khẩu của hệ điều hành. Với --eml: chỉ ghi thư nháp để mở bằng chương trình email."),

    Group(("report",), "lập văn bản (PDF) gửi đi"),
    _document_command("annual", "báo cáo tổng hợp kết quả năm gửi UBND Thành phố", _report_annual, _YEAR,
                      arg("--appendix-file", type=Path, metavar="APPENDIX.pdf",
                          help="ghi phụ lục thành tệp riêng (để văn thư ký số của cơ quan ở góc trên bên "
                          "phải)")),
    _document_command("reminder", "công văn đôn đốc các cơ quan chưa gửi báo cáo", _report_reminder, _YEAR),
    Command(("report", "verification"),
            "công văn đề nghị xác thực mọi trang chính thức chưa đề nghị (và ghi nhận đã đề nghị)",
            _report_verification, (
                arg("out", type=Path, metavar="OUT.pdf"),
                arg("--platform", metavar="NAME",
                    help="chỉ một nền tảng: Facebook, Zalo OA, YouTube, TikTok, Khác"))),
    Command(("report", "citation"),
            "công văn đề nghị cho phép trích dẫn nguồn tin cho mọi đề nghị chưa gửi (và ghi nhận đã gửi)",
            _report_citation, (arg("out", type=Path, metavar="OUT.pdf"),)),

    Command(("dashboard",), "trang tổng quan (A4 ngang, PDF hoặc PNG) để báo cáo lãnh đạo", _dashboard, (
        arg("out", type=Path, metavar="OUT.pdf|OUT.png"),
        arg("--date", dest="day", type=_iso_date, metavar="YYYY-MM-DD",
            help="số liệu đến hết ngày này (mặc định: hôm nay)"),
    ), "Ghi một trang A4 ngang “Tình hình thực hiện Kế hoạch … đến ngày …”: các số liệu của trang Tổng quan "
       "và các biểu đồ."),

    Group(("settings",), "xem hoặc đặt cài đặt của cơ quan (dùng chung cho mọi máy)",
          "Cơ quan ban hành, người ký, cách lấy số văn bản, nơi gửi công văn: các cài đặt mà mọi văn bản "
          "dùng. Cùng nội dung với cửa sổ Cài đặt."),
    Command(("settings", "show"), "liệt kê mọi khóa cài đặt và giá trị", _settings_show),
    Command(("settings", "set"), "đặt một cài đặt: settings set KEY VALUE", _settings_set, (
        arg("key", metavar="KEY", help="khóa, ví dụ office.name, signer.name, numbering"),
        arg("value", metavar="VALUE", help="giá trị (để trống: \"\")"),
    ), "Danh sách (nơi gửi, nơi nhận) ghi trên một dòng, cách nhau bằng dấu “;”."),

    Command(("backup",), "sao lưu cơ sở dữ liệu SQLite ra một tệp", _backup,
            (arg("out", type=Path, metavar="OUT.db"),)),
    Command(("restore",),
            "khôi phục cơ sở dữ liệu SQLite từ bản sao lưu (giữ lại một bản sao của dữ liệu hiện tại)",
            _restore, (arg("file", type=Path, metavar="FILE.db"),)),

    # Digital signatures (issue 14): sign, verify, trusted roots (the images' settings: `settings set`).
    Command(("sign",), "ký số một văn bản PDF do Hanoi Desk lập (USB token hoặc tệp .p12/.pfx)", _sign, (
        arg("file", type=Path, metavar="IN.pdf"),
        arg("out", type=Path, metavar="OUT.pdf"),
        arg("--as", dest="role", required=True, choices=("person", "organisation")),
        OneOf((arg("--pkcs11", metavar="MODULE", nargs="?", const="",
                   help="thư viện PKCS#11 của USB token (bỏ trống: theo cài đặt)"),
               arg("--p12", type=Path, metavar="FILE", help="tệp chứng thư số .p12/.pfx")), required=True),
        arg("--token", metavar="SERIAL", help="số sê-ri (hoặc tên) USB token khi cắm nhiều token"),
        arg("--key", metavar="LABEL", help="tên (hoặc ID) khóa/chứng thư trên token khi có nhiều"),
        arg("--pin-env", metavar="VAR",
            help="lấy mã PIN từ biến môi trường VAR (chỉ với --pkcs11; biến bị xóa sau khi đọc)"),
        arg("--password-env", metavar="VAR",
            help="lấy mật khẩu tệp .p12 từ biến môi trường VAR (chỉ với --p12; bị xóa sau khi đọc)"),
        OneOf((arg("--tsa", metavar="URL", help="máy chủ cấp dấu thời gian (mặc định: theo cài đặt)"),
               arg("--no-timestamp", action="store_true", help="ký không có dấu thời gian (PAdES B-B)"))),
    ), "Ký số IN.pdf vào OUT.pdf với vai trò người có thẩm quyền (person) hoặc cơ quan (organisation). Mã "
       "PIN/mật khẩu được hỏi (không hiện) nếu không có --pin-env/--password-env."),
    Command(("verify",), "kiểm tra chữ ký số của một tệp PDF (mã thoát 0: mọi chữ ký hợp lệ và tin cậy)",
            _verify, (
                arg("file", type=Path, metavar="FILE.pdf"),
                arg("--trust", type=Path, action="append", default=[], metavar="ROOT.crt",
                    help="tin cậy thêm chứng thư gốc này (chỉ cho lần kiểm tra này)"))),
    Group(("trust",), "chứng thư gốc tin cậy để kiểm tra chữ ký số", metavar="ACTION"),
    Command(("trust", "add"), "nhập chứng thư gốc từ tệp .cer, .crt, .p7b", _trust_add, (
        arg("file", type=Path, metavar="FILE.cer|.crt|.p7b"),
        arg("--yes", action="store_true",
            help="tin cậy ngay, không hỏi lại (đã đối chiếu dấu vân tay SHA-256 với nơi phát hành)"))),
    Command(("trust", "list"), "liệt kê chứng thư gốc đã nhập", _trust_list),
    Command(("trust", "remove"), "bỏ một chứng thư gốc (theo số thứ tự trong list)", _trust_remove,
            (arg("id", type=int, metavar="ID"),)),
)


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return gui_main(argv)
    try:
        print(args.handler(args))
    except CheckFailed as failed:
        print(failed)
        return 1
    except ValidationError as error:
        print(f"Lỗi: {len(error.problems)} vấn đề, không có gì được ghi:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except (UserError, OSError) as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1
    except UsageError as error:
        print(f"{parser.prog}: lỗi: {error}", file=sys.stderr)
        return 2
    return 0


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the window (also the shortcut's target on Windows: no console)."""
    from hanoi_desk.ui.application import run

    args = build_parser().parse_args(argv if argv is not None else sys.argv[1:])
    return run(args.db)
