"""Key material for the portal: master key, derived sub-keys, envelope encryption, dev TLS.

The master key never encrypts data directly. HKDF derives one key-encryption key (AES key
wrap, RFC 3394, of each message's random AES-256-GCM key) and one MAC key (keyed hashes of
link tokens, codes and addresses, so a stolen database cannot be used to test guesses
without the master key).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap, aes_key_wrap

from gateway.portal.settings import PortalSettings

log = logging.getLogger(__name__)

KEY_BYTES = 32
NONCE_BYTES = 12  # 96-bit GCM nonce (NIST SP 800-38D 8.2.2): random per encryption


class MasterKeyError(Exception):
    """The configured master key is missing or malformed (message names no key material)."""


def _derive(master: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=label).derive(master)


@dataclass(frozen=True, slots=True)
class PortalKeys:
    """Sub-keys derived from the master key."""

    kek: bytes
    mac: bytes
    key_id: str  # fingerprint of the KEK, stored with each row to detect a rotated master key

    @classmethod
    def from_master(cls, master: bytes) -> PortalKeys:
        if len(master) != KEY_BYTES:
            raise MasterKeyError("portal master key must be 32 bytes")
        kek = _derive(master, b"phi-gateway portal kek v1")
        mac = _derive(master, b"phi-gateway portal mac v1")
        return cls(kek=kek, mac=mac, key_id=hashlib.sha256(kek).hexdigest()[:16])

    def keyed_hash(self, purpose: str, value: str | bytes) -> str:
        data = value.encode() if isinstance(value, str) else value
        return hmac.new(self.mac, purpose.encode() + b"\0" + data, hashlib.sha256).hexdigest()

    def wrap(self, key: bytes) -> bytes:
        return aes_key_wrap(self.kek, key)

    def unwrap(self, wrapped: bytes) -> bytes:
        # Raises cryptography's InvalidUnwrap when the KEK is wrong or the blob was altered.
        return aes_key_unwrap(self.kek, wrapped)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM: nonce || ciphertext+tag. The AAD binds the blob to its row."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Inverse of seal; raises cryptography's InvalidTag on any tampering."""
    return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)


def _parse_hex_key(text: str) -> bytes:
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        raise MasterKeyError("portal master key is not hex") from None
    if len(key) != KEY_BYTES:
        raise MasterKeyError("portal master key must be 64 hex characters (32 bytes)")
    return key


def load_master_key(settings: PortalSettings) -> bytes:
    """Read the master key from the environment or its file, creating the file if absent."""
    if settings.master_key_env:
        value = os.environ.get(settings.master_key_env)
        if value is None:
            raise MasterKeyError(f"environment variable {settings.master_key_env} is not set")
        return _parse_hex_key(value)
    path = settings.master_key_file
    if path.exists():
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            log.warning("portal master key file %s is readable by others (mode %o)", path, mode)
        return _parse_hex_key(path.read_text())
    key = secrets.token_bytes(KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: two processes starting at once must not both write different keys.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.hex() + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    log.warning(
        "generated a new portal master key at %s: back it up; losing it makes every stored "
        "portal message unreadable",
        path,
    )
    return key


def ensure_dev_cert(directory: Path, hostnames: tuple[str, ...]) -> tuple[Path, Path]:
    """A self-signed certificate for local use (see gateway.devcerts)."""
    from gateway.devcerts import ensure_dev_cert as make

    return make(
        directory / "portal-dev.crt", directory / "portal-dev.key", *hostnames, what="portal"
    )


def server_ssl_context(settings: PortalSettings) -> ssl.SSLContext:
    """TLS >= 1.2 server context from the configured certificate, or a generated dev one."""
    if settings.tls_cert is not None and settings.tls_key is not None:
        cert, key = settings.tls_cert, settings.tls_key
    elif settings.tls_cert is None and settings.tls_key is None:
        cert, key = ensure_dev_cert(settings.dev_cert_dir, ("localhost", "127.0.0.1"))
    else:
        raise ValueError("portal.tls_cert and portal.tls_key must be set together")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx
