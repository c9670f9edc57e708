"""The keys that sign: a PKCS#11 token (through its vendor's module) or a .p12/.pfx file.

Plain values in and out, like every exporter: the caller (services/signatures.py) brings the module's
path, which token and key, and the PIN; nothing here reads the database or judges a certificate (that
is importers/certificates.py). The PIN is used for the one session that signs and is never kept.
"""

from __future__ import annotations

import os
import struct
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hanoi_desk.domain.signatures import SigningError

# ------------------------------------------------------------------------------------------ keys


@dataclass(frozen=True)
class P12Key:
    """A key and its certificate in a .p12/.pfx file, opened with its password."""

    path: Path


@dataclass(frozen=True)
class Pkcs11Key:
    """A key on a token: the module (DLL/.so), then which token (its serial number, or label) and which
    key (its ID in hex, or its label); None: the only one there."""

    module: str
    token: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class TokenInfo:
    slot: int
    label: str
    manufacturer: str
    model: str
    serial: str

    def describe(self) -> str:
        return f"{self.label} ({self.manufacturer} {self.model}, số sê-ri {self.serial})".strip()


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate on a token that has its private key beside it: what the clerk may sign with."""

    key_id: str  # CKA_ID in hex: what Pkcs11Key.key names
    label: str
    der: bytes


# ------------------------------------------------------------------------------------------ modules


def library_bits(path: Path) -> int | None:
    """32 or 64 for a Windows DLL (PE) or a Linux/macOS shared object (ELF); None if it is neither."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if head[:4] == b"\x7fELF" and len(head) > 4:
        return {1: 32, 2: 64}.get(head[4])
    if head[:2] == b"MZ" and len(head) >= 0x40:
        offset = struct.unpack_from("<I", head, 0x3C)[0]
        if offset + 6 <= len(head) and head[offset:offset + 4] == b"PE\0\0":
            machine = struct.unpack_from("<H", head, offset + 4)[0]
            return {0x14C: 32, 0x8664: 64, 0xAA64: 64, 0x1C4: 32}.get(machine)
    return None


def process_bits() -> int:
    return struct.calcsize("P") * 8


def module_problem(module: str) -> str | None:
    """Why a PKCS#11 module cannot be loaded by this program, in Vietnamese, or None."""
    if not module.strip():
        return ("Chưa chọn thư viện PKCS#11 của USB token. Trong Cài đặt, chọn tệp thư viện do nhà cung cấp "
                "token cài đặt (ví dụ eTPKCS11.dll hoặc bit4xpki.dll).")
    path = Path(module)
    if not path.is_file():
        return (f"Không tìm thấy thư viện PKCS#11 “{module}”. Hãy cài phần mềm của USB token "
                "(trình điều khiển) hoặc chọn đúng đường dẫn trong Cài đặt.")
    bits, ours = library_bits(path), process_bits()
    if bits is not None and bits != ours:
        return (f"Thư viện “{path.name}” là bản {bits}-bit nhưng Hanoi Desk chạy {ours}-bit: Windows không "
                f"cho nạp thư viện {bits}-bit vào chương trình {ours}-bit. Hãy chọn bản {ours}-bit của thư "
                "viện (thường nằm trong C:\\Windows\\System32; bản 32-bit nằm trong C:\\Windows\\SysWOW64) "
                "hoặc cài bản đầy đủ trình điều khiển token của nhà cung cấp.")
    return None


def windows_load_problem(path: Path, winerror: int | None, detail: object = "") -> str:
    """What Windows' refusal to load a token's DLL means, in Vietnamese (its text is in the system's
    language and says little; its number says what went wrong)."""
    if winerror == 126:
        return (f"Windows không nạp được “{path.name}” vì thiếu một thư viện mà nó cần (lỗi 126): phần mềm "
                "USB token chưa được cài đủ. Hãy cài lại trình điều khiển token do đơn vị cấp chứng thư số "
                "phát hành, rồi thử lại.")
    if winerror == 193:
        return (f"“{path.name}” không phải thư viện {process_bits()}-bit dùng được (lỗi 193): có thể là bản "
                f"32-bit trong khi Hanoi Desk chạy {process_bits()}-bit, hoặc tệp không phải thư viện "
                "PKCS#11. Hãy chọn đúng tệp thư viện của USB token (thường trong C:\\Windows\\System32).")
    return f"Không nạp được thư viện PKCS#11 “{path.name}”: {detail}"


_dll_folders: dict[str, object] = {}  # os.add_dll_directory handles, kept open for the process's life
_preloaded: dict[str, object] = {}


def _prepare_windows_dll(path: Path) -> None:
    """Let Windows find the DLLs the token's module depends on (they sit in its own folder), and load
    it once through ctypes, whose error carries Windows' error number (126, 193) that we can explain;
    python-pkcs11 then finds the module already loaded."""
    if sys.platform != "win32" or not hasattr(os, "add_dll_directory"):
        return
    folder = str(path.resolve().parent)
    if folder not in _dll_folders:
        try:
            _dll_folders[folder] = os.add_dll_directory(folder)
        except OSError:
            pass
    if str(path) in _preloaded:
        return
    import ctypes

    try:
        _preloaded[str(path)] = ctypes.WinDLL(str(path))  # type: ignore[attr-defined]
    except OSError as error:
        raise SigningError(windows_load_problem(path, getattr(error, "winerror", None), error)) from None


def load_module(module: str):  # type: ignore[no-untyped-def]
    """The token's module, loaded (once per process; python-pkcs11 keeps it)."""
    problem = module_problem(module)
    if problem:
        raise SigningError(problem)
    try:
        from pkcs11 import lib
    except ImportError as error:  # a bundle built without python-pkcs11
        raise SigningError(f"Chương trình thiếu thành phần PKCS#11 (python-pkcs11): {error}") from None
    _prepare_windows_dll(Path(module))
    try:
        return lib(module)
    except Exception as error:  # a DLL Windows refuses, a file that is no PKCS#11 module
        raise SigningError(f"Không nạp được thư viện PKCS#11 “{Path(module).name}”: tệp này không phải "
                           f"thư viện PKCS#11 của USB token, hoặc thiếu thành phần ({error}).") from None


# A module stays loaded for the process. To see a token plugged in after it was loaded, the module is
# finalised and initialised again, which closes every session: only while no signing holds one.
_sessions_lock = threading.Lock()
_open_sessions = 0


def _refresh(lib) -> None:  # type: ignore[no-untyped-def]
    with _sessions_lock:
        if _open_sessions == 0 and hasattr(lib, "reinitialize"):
            lib.reinitialize()


def _acquire_session() -> None:
    global _open_sessions
    with _sessions_lock:
        _open_sessions += 1


@contextmanager
def _holding_session() -> Iterator[None]:
    _acquire_session()
    try:
        yield
    finally:
        _release_session()


def _release_session() -> None:
    global _open_sessions
    with _sessions_lock:
        _open_sessions = max(0, _open_sessions - 1)


def _pkcs11_errors() -> dict[type, str]:
    from pkcs11 import exceptions as e

    return {
        e.PinIncorrect: "Mã PIN không đúng. Lưu ý: nhập sai nhiều lần liên tiếp sẽ khóa USB token.",
        e.PinLocked: "USB token đã bị khóa do nhập sai mã PIN quá số lần cho phép. Hãy liên hệ đơn vị "
                     "cấp chứng thư số để mở khóa.",
        e.PinExpired: "Mã PIN của USB token đã hết hạn: hãy đổi mã PIN bằng phần mềm của token.",
        e.PinLenRange: "Mã PIN không đúng độ dài token yêu cầu.",
        e.TokenNotPresent: "Không thấy USB token: hãy cắm token vào máy rồi thử lại.",
        e.TokenNotRecognised: "Máy không nhận ra USB token: hãy rút ra, cắm lại rồi thử lại.",
        e.DeviceRemoved: "USB token vừa bị rút ra trong khi ký.",
        e.NoSuchToken: "Không tìm thấy USB token có tên đã chọn.",
    }


def explain_pkcs11(error: BaseException) -> SigningError:
    """A python-pkcs11 error (or one it caused) as the clerk's message."""
    try:
        from pkcs11 import exceptions as e
    except ImportError:
        return SigningError(f"Không ký được: {error}")
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, e.PKCS11Error):
            for kind, message in _pkcs11_errors().items():
                if isinstance(seen, kind):
                    return SigningError(message)
            return SigningError(f"USB token báo lỗi: {type(seen).__name__} {seen}".strip())
        seen = seen.__cause__ or seen.__context__
    return SigningError(f"Không ký được: {error}")


def _initialised(token) -> bool:  # type: ignore[no-untyped-def]
    """A slot with an empty, never initialised token (SoftHSM keeps one free) is no token to sign with."""
    from pkcs11 import TokenFlag

    return bool(token.flags & TokenFlag.TOKEN_INITIALIZED)


def _serial(token) -> str:  # type: ignore[no-untyped-def]
    serial = token.serial
    return (serial.decode(errors="replace") if isinstance(serial, bytes) else str(serial)).strip()


def _tokens(lib, wanted: str | None = None) -> list:  # type: ignore[no-untyped-def]
    """The initialised tokens plugged in; with *wanted*, those whose serial (or else label) it is."""
    from pkcs11 import exceptions as e

    tokens = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except (e.TokenNotPresent, e.TokenNotRecognised):
            continue
        if _initialised(token):
            tokens.append(token)
    if wanted:
        by_serial = [t for t in tokens if _serial(t) == wanted.strip()]
        tokens = by_serial or [t for t in tokens if t.label.strip() == wanted.strip()]
    return tokens


def list_tokens(module: str) -> list[TokenInfo]:
    """The tokens plugged in now, as the module sees them (no PIN needed)."""
    from pkcs11 import exceptions as e

    lib = load_module(module)
    try:
        _refresh(lib)
        return [TokenInfo(int(t.slot.slot_id), t.label.strip(), str(t.manufacturer_id).strip(),
                          str(t.model).strip(), _serial(t)) for t in _tokens(lib)]
    except e.PKCS11Error as error:
        raise explain_pkcs11(error) from None


def _certificates(session) -> list[tuple[bytes, str, bytes]]:  # type: ignore[no-untyped-def]
    """(ID, label, DER) of every certificate on the token (public objects: no PIN needed)."""
    from pkcs11 import Attribute, ObjectClass

    return [(bytes(c[Attribute.ID]), str(c[Attribute.LABEL]), bytes(c[Attribute.VALUE]))
            for c in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})]


def _paired(session) -> list[tuple[bytes, str, bytes]]:  # type: ignore[no-untyped-def]
    """The certificates whose ID a private key shares (after login): those this token can sign with."""
    from pkcs11 import Attribute, ObjectClass

    private = session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})
    key_ids = {bytes(k[Attribute.ID]) for k in private}
    return [c for c in _certificates(session) if c[0] in key_ids]


def token_certificates(module: str, token: str | None) -> list[TokenCertificate]:
    """The certificates on one token, read without the PIN (certificates are public objects), so that
    the clerk can choose before typing it; the caller drops the CA certificates some tokens carry."""
    from pkcs11 import exceptions as e

    lib = load_module(module)
    try:
        _refresh(lib)
        tokens = _tokens(lib, token)
        if len(tokens) != 1:
            return []
        with _holding_session(), tokens[0].open() as session:
            return [TokenCertificate(cid.hex(), label, der) for cid, label, der in _certificates(session)]
    except e.PKCS11Error as error:
        raise explain_pkcs11(error) from None


# ------------------------------------------------------------------------------------------ opening


@dataclass
class OpenKey:
    """A signer ready to sign, with its certificate (asn1crypto) and the chain found beside it."""

    signer: object
    certificate: object
    chain: tuple[object, ...]


@contextmanager
def open_key(key: P12Key | Pkcs11Key, secret: str) -> Iterator[OpenKey]:
    """Open the key for one signing; the token session is closed when the block ends."""
    if isinstance(key, P12Key):
        yield _open_p12(key, secret)
        return
    yield from _open_pkcs11(key, secret)


def _open_p12(key: P12Key, secret: str) -> OpenKey:
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        pkcs12,
    )
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        data = Path(key.path).read_bytes()
    except OSError as error:
        raise SigningError(f"Không đọc được tệp chứng thư “{key.path}”: {error.strerror or error}") from None
    try:
        private, cert, extra = pkcs12.load_key_and_certificates(data, secret.encode("utf-8") or None)
    except ValueError:
        raise SigningError(f"Mật khẩu của tệp “{Path(key.path).name}” không đúng, hoặc tệp không phải "
                           "tệp chứng thư số .p12/.pfx.") from None
    if private is None or cert is None:
        raise SigningError(f"Tệp “{Path(key.path).name}” không có khóa bí mật kèm chứng thư số.")
    signing_cert = x509.Certificate.load(cert.public_bytes(Encoding.DER))
    chain = tuple(x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in extra or ())
    signing_key = keys.PrivateKeyInfo.load(
        private.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    signer = signers.SimpleSigner(signing_cert=signing_cert, signing_key=signing_key,
                                  cert_registry=SimpleCertificateStore.from_certs(chain))
    return OpenKey(signer, signing_cert, chain)


def _open_pkcs11(key: Pkcs11Key, secret: str) -> Iterator[OpenKey]:
    from pkcs11 import exceptions as e
    from pyhanko.sign.pkcs11 import PKCS11Signer

    lib = load_module(key.module)
    try:
        _refresh(lib)  # a token plugged in since the module was loaded
        tokens = _tokens(lib, key.token)
        if not tokens:
            raise SigningError("Không thấy USB token nào: hãy cắm token vào máy rồi thử lại."
                               if not key.token else f"Không thấy USB token “{key.token}”.")
        if len(tokens) > 1:
            labels = ", ".join(f"{t.label.strip()} (số sê-ri {_serial(t)})" for t in tokens)
            raise SigningError(f"Có {len(tokens)} USB token đang cắm ({labels}): hãy chọn một token.")
    except e.PKCS11Error as error:
        raise explain_pkcs11(error) from None
    _acquire_session()  # counted before it opens: no refresh may finalise it meanwhile
    try:
        session = tokens[0].open(user_pin=secret)
    except BaseException as error:
        _release_session()
        if isinstance(error, e.PKCS11Error):
            raise explain_pkcs11(error) from None
        raise
    try:
        try:
            cert_id = _pick_certificate(session, key.key)
            signer = PKCS11Signer(session, cert_id=cert_id, key_id=cert_id, other_certs_to_pull=None)
            certificate = signer.signing_cert
        except e.PKCS11Error as error:
            raise explain_pkcs11(error) from None
        yield OpenKey(signer, certificate, tuple(signer.cert_registry))
    finally:
        try:
            session.close()
        except e.PKCS11Error:
            pass
        _release_session()


def _pick_certificate(session, wanted: str | None) -> bytes:  # type: ignore[no-untyped-def]
    """The ID of the signing certificate: the one *wanted* names (ID in hex or label), else the only one."""
    paired = _paired(session)
    if wanted:
        paired = [p for p in paired if wanted.strip() in (p[0].hex(), p[1])]
        if not paired:
            raise SigningError(f"Trên USB token không có khóa nào tên “{wanted}” kèm chứng thư số.")
    if not paired:
        raise SigningError("Trên USB token không có chứng thư số nào kèm khóa bí mật để ký.")
    if len(paired) > 1:
        labels = ", ".join(label for _cid, label, _der in paired)
        raise SigningError(f"USB token có {len(paired)} chứng thư số ({labels}): hãy chọn một (--key).")
    return paired[0][0]
