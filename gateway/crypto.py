"""Encryption at rest for files that hold PHI (the spool), and key handling.

AES-256-GCM with a random 96-bit nonce per record and the record's name as
associated data, so a file renamed or swapped into another slot fails to open.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger("phi_gateway.crypto")

MAGIC = b"PHG1"
NONCE_BYTES = 12


class KeyError_(ValueError):
    """A key that cannot be loaded; the message names the file or variable, never the key."""


class DecryptError(ValueError):
    """Ciphertext that fails authentication (tampered, wrong key, or wrong slot)."""


def write_private_file(path: Path, data: bytes) -> None:
    """Create a 0600 file atomically; refuse to overwrite an existing one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # fails if path exists: never clobber a real key
    finally:
        os.unlink(tmp)


def _decode_key(text: bytes, where: str) -> bytes:
    raw = text.strip()
    try:
        key = base64.b64decode(raw, validate=True)
    except binascii.Error:
        raise KeyError_(f"{where}: key must be 32 bytes, base64-encoded") from None
    if len(key) != 32:
        raise KeyError_(f"{where}: key must be 32 bytes, base64-encoded (got {len(key)} bytes)")
    return key


def load_or_create_key(key_file: Path, env_name: str | None, purpose: str) -> bytes:
    """A 256-bit key from the named environment variable, else the file.

    A missing file is generated (0600) with a warning: fine for development, but
    production should provision the key so that losing the disk loses no secret.
    """
    if env_name and os.environ.get(env_name):
        return _decode_key(os.environ[env_name].encode(), f"${env_name}")
    if not key_file.exists():
        log.warning(
            "generating a development %s key at %s; provision a real one for production",
            purpose,
            key_file,
        )
        # FileExistsError: another worker process generated it first.
        with contextlib.suppress(FileExistsError):
            write_private_file(key_file, base64.b64encode(secrets.token_bytes(32)) + b"\n")
    try:
        return _decode_key(key_file.read_bytes(), str(key_file))
    except OSError as exc:
        raise KeyError_(f"{key_file}: cannot read {purpose} key: {exc.strerror}") from None


class Sealer:
    """AES-256-GCM sealing of whole records."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, name: str) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, plaintext, name.encode())

    def open(self, blob: bytes, name: str) -> bytes:
        if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + NONCE_BYTES + 16:
            raise DecryptError(f"{name}: not a sealed record")
        nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[len(MAGIC) + NONCE_BYTES :], name.encode())
        except InvalidTag:
            raise DecryptError(f"{name}: authentication failed (tampered or wrong key)") from None
