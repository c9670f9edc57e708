"""Test material for digital signatures, made on this machine: a root CA, signers, a SoftHSM2 token and a
local RFC 3161 timestamp server. Nothing here reaches a real CA or TSA (signatures.md).

Also used by packaging/smoke_test.py to make a .p12 at smoke-test time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
TOKEN_LABEL = "HanoiDeskTest"
TOKEN_PIN = "123456"
TOKEN_SO_PIN = "12345678"
P12_PASSWORD = "mat-khau-p12"


@dataclass(frozen=True)
class Issued:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def key_der(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


def _name(common: str, organisation: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    return x509.Name(parts)


_KEYS: list[rsa.RSAPrivateKey] = []


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_root(common: str = "Hanoi Desk Test Root CA", *, start: datetime | None = None) -> Issued:
    key = _key()
    start = start or datetime(2020, 1, 1, tzinfo=timezone.utc)
    name = _name(common, "Hanoi Desk Test")
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + timedelta(days=365 * 20))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                                         key_cert_sign=True, crl_sign=True, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return Issued(key, cert)


def issue(root: Issued, common: str, organisation: str = "", *, tsa: bool = False,
          start: datetime | None = None, days: int = 3650) -> Issued:
    key = _key()
    start = start or datetime(2024, 1, 1, tzinfo=timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(_name(common, organisation))
               .issuer_name(root.cert.subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(start)
               .not_valid_after(start + timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()),
                              critical=False))
    if tsa:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
                                        critical=True)
        usage = dict(digital_signature=True, content_commitment=False)
    else:
        usage = dict(digital_signature=True, content_commitment=True)
    builder = builder.add_extension(x509.KeyUsage(**usage, key_encipherment=False, data_encipherment=False,
                                                  key_agreement=False, key_cert_sign=False, crl_sign=False,
                                                  encipher_only=False, decipher_only=False), critical=True)
    return Issued(key, builder.sign(root.key, hashes.SHA256()))


def write_p12(path: Path, who: Issued, chain: list[Issued], password: str = P12_PASSWORD) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        b"signer", who.key, who.cert, [c.cert for c in chain],
        serialization.BestAvailableEncryption(password.encode()))
    path.write_bytes(data)
    return path


def write_png(path: Path, rgb: tuple[int, int, int], size_px: tuple[int, int], dpi: int = 300,
              ring: bool = False) -> Path:
    """A transparent PNG with a coloured mark: a scrawl for a signature, a ring for a seal."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", size_px, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    w, h = size_px
    if ring:
        draw.ellipse((4, 4, w - 5, h - 5), outline=(*rgb, 255), width=max(6, w // 30))
        draw.ellipse((w * 0.3, h * 0.3, w * 0.7, h * 0.7), outline=(*rgb, 255), width=max(3, w // 60))
    else:
        points = [(w * x / 20, h * (0.5 + 0.35 * (-1) ** x * (x % 3) / 2)) for x in range(1, 20)]
        draw.line(points, fill=(*rgb, 255), width=max(4, h // 25), joint="curve")
    image.save(path, dpi=(dpi, dpi))
    return path


# ----------------------------------------------------------------------------------------- SoftHSM2


def softhsm_available() -> bool:
    return Path(SOFTHSM_MODULE).is_file() and shutil.which("softhsm2-util") is not None \
        and shutil.which("pkcs11-tool") is not None


def make_token(folder: Path, who: Issued, label: str = "signer",
               token_label: str = TOKEN_LABEL) -> dict[str, str]:
    """A SoftHSM2 token in *folder* holding *who*'s key and certificate; returns the environment to use.
    Called again with the same folder, it adds another token (a second USB token plugged in)."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}

    def run(*args: str) -> None:
        subprocess.run(args, check=True, env=env, capture_output=True)

    run("softhsm2-util", "--init-token", "--free", "--label", token_label, "--pin", TOKEN_PIN,
        "--so-pin", TOKEN_SO_PIN)
    env_out = {"SOFTHSM2_CONF": str(conf)}
    add_to_token(env_out, who, label, "01", token_label)
    return env_out


def add_to_token(env: dict[str, str], who: Issued, label: str, key_id: str,
                 token_label: str = TOKEN_LABEL) -> None:
    """Write another key and its certificate onto a token made by :func:`make_token`."""
    folder = Path(env["SOFTHSM2_CONF"]).parent
    key_file, cert_file = folder / f"key-{key_id}.der", folder / f"cert-{key_id}.der"
    key_file.write_bytes(who.key_der)
    cert_file.write_bytes(who.der)
    for kind, file in (("privkey", key_file), ("cert", cert_file)):
        subprocess.run(["pkcs11-tool", "--module", SOFTHSM_MODULE, "--token-label", token_label, "--login",
                        "--pin", TOKEN_PIN, "--write-object", str(file), "--type", kind, "--id", key_id,
                        "--label", label], check=True, env={**os.environ, **env}, capture_output=True)
    key_file.unlink()


# ----------------------------------------------------------------------------------------- TSA


@contextmanager
def local_tsa(tsa: Issued, chain: list[Issued], *, fixed: datetime | None = None,
              requests: list[str] | None = None, hold: threading.Event | None = None) -> Iterator[str]:
    """An RFC 3161 server on 127.0.0.1 (pyHanko's DummyTimeStamper behind http.server); yields its URL.

    *fixed*: the time it certifies, whatever the clock says (a TSA that lies, for a back-dating test).
    *requests*: the request lines it received are appended (a proxy's absolute URLs show there).
    *hold*: each answer waits until the event is set (a slow TSA, to cancel during signing).
    """
    from asn1crypto import cms, keys, tsp
    from asn1crypto import x509 as ax509
    from pyhanko.sign.timestamps import DummyTimeStamper

    # asn1crypto learns the name "tst_info" when asn1crypto.tsp is imported; its name-to-OID table, built
    # once on first use, misses it if that came first, and the dummy TSA uses the name: complete it.
    if cms.ContentType._reverse_map is not None:
        for oid, known in cms.ContentType._map.items():
            cms.ContentType._reverse_map.setdefault(known, oid)
    stamper = DummyTimeStamper(
        tsa_cert=ax509.Certificate.load(tsa.der), tsa_key=keys.PrivateKeyInfo.load(tsa.key_der),
        certs_to_embed=[ax509.Certificate.load(c.der) for c in chain], fixed_dt=fixed)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            if requests is not None:
                requests.append(self.requestline)
            if hold is not None:
                hold.wait(30)
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
