"""Self-signed development TLS material, generated on first start with a warning.

Production deployments set listen.tls_cert / listen.tls_key; a gateway must
never silently run on a key it made up, hence the loud warning.
"""

from __future__ import annotations

import datetime
import ipaddress
import logging
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from gateway.crypto import write_private_file

log = logging.getLogger("phi_gateway.devcerts")


def ensure_dev_cert(
    cert: Path, key: Path, hostname: str, *extra_names: str, what: str = "SMTP"
) -> tuple[Path, Path]:
    """A self-signed ECDSA certificate for ``hostname`` (+ localhost, 127.0.0.1 and
    ``extra_names``), made once. The key is linked into place (never clobbered), so
    two workers starting together end up with one key; the certificate follows it.
    """
    if cert.exists() and key.exists():
        return cert, key
    log.warning(
        "no %s TLS certificate configured: generating a self-signed development "
        "certificate at %s; configure a real one for production",
        what,
        cert,
    )
    private = ec.generate_private_key(ec.SECP256R1())
    names = dict.fromkeys([hostname, "localhost", "127.0.0.1", *extra_names])
    sans: list[x509.GeneralName] = []
    for name in names:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            sans.append(x509.DNSName(name))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    key_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        write_private_file(key, key_pem)
    except FileExistsError:
        return cert, key  # another worker won the race
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return cert, key


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert), str(key))
    return ctx
