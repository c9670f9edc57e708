"""Fixtures of the signature tests (imported by name into tests/test_signatures*.py).

- ``offline`` (autouse there): the default TSA is 127.0.0.1:9, where nothing listens, and a socket guard
  refuses any connection or name lookup that is not loopback: no test can reach a real CA or TSA.
- ``clock``: the services' clock is fixed at DAY (conftest's fixture, overridden), so certificates are
  judged on a known day; no test sets a service's clock by hand.
- ``pki`` (a test root, signers, an expired one, a TSA, a rogue TSA), ``token`` (SoftHSM2), ``tsa_url``.

A missing softhsm2 or poppler skips the tests that need them on a developer's machine, and fails them
in CI (``CI`` or ``HANOI_DESK_REQUIRE_TOKEN=1``, which .ci/run sets): CI must not pass by skipping.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from hanoi_desk import cli
from hanoi_desk.app import Services
from hanoi_desk.domain.clock import Clock, FixedClock
from hanoi_desk.exporters.reports import write_annual_report
from hanoi_desk.services.settings import OfficeSettings
from tests import signing_kit as kit

DAY = date(2026, 12, 1)
NOWHERE_TSA = "http://127.0.0.1:9/tsa"  # the discard port: nothing answers there
REQUIRED = bool(os.environ.get("CI")) or os.environ.get("HANOI_DESK_REQUIRE_TOKEN") == "1"
needs_softhsm = pytest.mark.skipif(not kit.softhsm_available() and not REQUIRED,
                                   reason="softhsm2 and opensc are not installed")
needs_poppler = pytest.mark.skipif(not shutil.which("pdftoppm") and not REQUIRED,
                                   reason="poppler-utils is not installed")


def _loopback(host: object) -> bool:
    text = host.decode() if isinstance(host, bytes) else str(host)
    if text in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(text.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No signature test leaves this machine, whatever the code under test asks for."""
    monkeypatch.setattr("hanoi_desk.domain.signatures.DEFAULT_TSA_URL", NOWHERE_TSA)
    monkeypatch.setattr("hanoi_desk.services.signatures.DEFAULT_TSA_URL", NOWHERE_TSA)
    real_connect, real_connect_ex, real_lookup = socket.socket.connect, socket.socket.connect_ex, \
        socket.getaddrinfo

    def refuse(address: object) -> None:
        if isinstance(address, tuple) and not _loopback(address[0]):
            raise OSError(f"test guard: no connection to {address[0]} (only this machine)")

    def connect(self: socket.socket, address: object) -> None:
        refuse(address)
        return real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        refuse(address)
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not _loopback(host):
            raise socket.gaierror(socket.EAI_NONAME, f"test guard: no lookup of {host!r}")
        return real_lookup(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def clock() -> Clock:
    return FixedClock(DAY)


@dataclass(frozen=True)
class Pki:
    folder: Path
    root: kit.Issued
    person: kit.Issued
    office: kit.Issued
    expired: kit.Issued
    tsa: kit.Issued
    rogue_tsa: kit.Issued  # a TSA under a root nobody imported
    office_p12: Path
    person_p12: Path
    expired_p12: Path
    root_pem: Path
    chain_p7b: Path
    signature_png: Path
    seal_png: Path


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    """A test root, the deputy director, the office (.p12), an expired signer, a TSA and a rogue TSA."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    folder = tmp_path_factory.mktemp("pki")
    root = kit.make_root()
    person = kit.issue(root, "Nguyễn Thị Ký", "Sở Văn hóa và Thể thao Hà Nội")
    office = kit.issue(root, "SỞ VĂN HÓA VÀ THỂ THAO", "Sở Văn hóa và Thể thao Hà Nội")
    expired = kit.issue(root, "Trần Văn Hết Hạn", "Sở X", start=datetime(2024, 1, 1, tzinfo=timezone.utc),
                        days=30)
    tsa = kit.issue(root, "Test TSA Hanoi Desk", "Hanoi Desk Test", tsa=True)
    rogue_root = kit.make_root("Rogue Root CA")
    rogue_tsa = kit.issue(rogue_root, "Test TSA Hanoi Desk", "Hanoi Desk Test", tsa=True)
    root_pem = folder / "root.crt"
    root_pem.write_bytes(root.cert.public_bytes(Encoding.PEM))
    chain_p7b = folder / "chain.p7b"
    chain_p7b.write_bytes(pkcs7.serialize_certificates([root.cert, tsa.cert], Encoding.DER))
    return Pki(
        folder, root, person, office, expired, tsa, rogue_tsa,
        kit.write_p12(folder / "office.p12", office, [root]),
        kit.write_p12(folder / "person.p12", person, [root]),
        kit.write_p12(folder / "expired.p12", expired, [root]),
        root_pem, chain_p7b,
        kit.write_png(folder / "chu-ky.png", (20, 50, 200), (600, 250)),  # 50.8 × 21.2 mm at 300 dpi
        kit.write_png(folder / "con-dau.png", (220, 20, 20), (425, 425), ring=True),  # 36 mm seal
    )


@pytest.fixture(scope="session")
def token(pki: Pki) -> Iterator[dict[str, str]]:
    """The deputy director's key on a SoftHSM2 token (SOFTHSM2_CONF set for the session)."""
    if not kit.softhsm_available():
        pytest.fail("softhsm2 and opensc are required here (CI): install them (.ci/run does)")
    saved = os.environ.get("SOFTHSM2_CONF")
    env = kit.make_token(pki.folder / "hsm", pki.person)
    os.environ.update(env)  # read when the module is (re)initialised in this process
    yield env
    if saved is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = saved


@pytest.fixture(scope="session")
def tsa_url(pki: Pki) -> Iterator[str]:
    with kit.local_tsa(pki.tsa, [pki.root]) as url:
        yield url


@pytest.fixture
def signing(services: Services):  # type: ignore[no-untyped-def]
    assert services.signatures is not None
    services.settings.save_office(OfficeSettings(office_name="SỞ VĂN HÓA VÀ THỂ THAO",
                                                 office_symbol="SVHTT", signer_name="Nguyễn Thị Ký"))
    return services.signatures


def annual_report(services: Services, folder: Path, name: str = "bao-cao-nam.pdf") -> Path:
    return write_annual_report(folder / name, services.reports.annual_report(2026, DAY))


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err
