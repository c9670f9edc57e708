"""Is the SQLite file on a network drive? Then warn: two computers writing one file corrupt it.

SQLite relies on file locks that network file systems (SMB/CIFS shares, NFS) do not honour
reliably, so an office that shares one ``.db`` file on a server loses data sooner or later; the
answer is a PostgreSQL server. The detection is pure functions over injected facts (the path, the
platform, the text of /proc/mounts, a drive-type lookup), so it is tested on Linux for Windows too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path, PurePath, PureWindowsPath

# File systems whose locking SQLite cannot trust (Linux names in /proc/mounts).
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "lustre", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.rclone", "fuse.s3fs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive

WARNING = (
    "Cảnh báo: cơ sở dữ liệu SQLite “{path}” nằm trên ổ mạng ({reason}). Nhiều máy cùng ghi vào một "
    "tệp SQLite qua mạng sẽ làm hỏng dữ liệu. Nếu nhiều cán bộ cùng dùng, hãy dùng máy chủ PostgreSQL "
    "(Cài đặt → Cơ sở dữ liệu của máy này); nếu chỉ một máy dùng, hãy để tệp trên ổ của máy này."
)


def network_reason(
    path: str | PurePath,
    *,
    platform: str | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """Why *path* is on a network location (for the warning), or None when it is local.

    *mounts* is the text of /proc/mounts (read when None on Linux); *drive_type* maps a drive root
    such as "Z:\\\\" to GetDriveTypeW's code (Windows' own when None on Windows).
    """
    platform = platform or sys.platform
    text = str(path)
    if platform.startswith("win") or text.startswith(("\\\\", "//")):
        return _windows_reason(text, platform, drive_type)
    if platform.startswith("linux"):
        if mounts is None:
            try:
                mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                return None
        return _linux_reason(text, mounts)
    return None


def _windows_reason(text: str, platform: str, drive_type: Callable[[str], int] | None) -> str | None:
    normalised = text.replace("/", "\\")
    upper = normalised.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return "đường dẫn mạng \\\\" + normalised[8:].split("\\", 1)[0]
    if upper.startswith(("\\\\?\\", "\\\\.\\")):  # a local device path: \\?\C:\...
        normalised = normalised[4:]
    elif normalised.startswith("\\\\"):
        server = normalised[2:].split("\\", 1)[0]
        return f"thư mục chia sẻ trên máy {server}"
    drive = PureWindowsPath(normalised).drive
    if len(drive) == 2 and drive[1] == ":":
        lookup = drive_type or (_windows_drive_type if platform.startswith("win") else None)
        if lookup is not None and lookup(drive + "\\") == DRIVE_REMOTE:
            return f"ổ mạng {drive.upper()}"
    return None


def _windows_drive_type(root: str) -> int:
    if sys.platform != "win32":
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes (\\040)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) and all(c in "01234567" for c in field[i + 1:i + 4]):
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _linux_reason(text: str, mounts: str) -> str | None:
    try:
        target = str(Path(text).resolve())
    except (OSError, RuntimeError):
        target = text
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        source, point, fstype = _unescape(parts[0]), _unescape(parts[1]), parts[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fstype, source)
    if best is None:
        return None
    _, fstype, source = best
    if fstype in NETWORK_FS or fstype.startswith(("nfs", "smb", "cifs")):
        return f"{fstype} {source}"
    return None


def placement_warning(database_file: str | PurePath | None, **facts: object) -> str | None:
    """The warning to show for an SQLite file, or None (local file, or not SQLite at all)."""
    if database_file is None:
        return None
    reason = network_reason(database_file, **facts)  # type: ignore[arg-type]
    return WARNING.format(path=database_file, reason=reason) if reason else None
