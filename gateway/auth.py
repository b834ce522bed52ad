"""SMTP AUTH credentials: a file of ``user:$scrypt$...`` lines, managed by the CLI.

scrypt (stdlib hashlib, OpenSSL) with n=2**14, r=8, p=1: memory-hard, and no extra
dependency. A successful check is remembered in memory for a few minutes as an
HMAC of the password under a per-process random key, so a client that opens many
sessions does not pay ~50 ms of scrypt on each while the event loop waits.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time
from pathlib import Path

from gateway.crypto import write_private_file

_N, _R, _P = 2**14, 8, 1
_CACHE_SECONDS = 300.0


class CredentialsError(ValueError):
    """A malformed credentials file line: ``file:line: message`` (never the hash)."""


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    dk = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"$scrypt$n={_N},r={_R},p={_P}${b64(salt).decode()}${b64(dk).decode()}"


def _verify_hash(password: str, encoded: str) -> bool:
    try:
        _, scheme, params, salt_b64, dk_b64 = encoded.split("$")
        if scheme != "scrypt":
            return False
        kv = dict(p.split("=") for p in params.split(","))
        n, r, p = int(kv["n"]), int(kv["r"]), int(kv["p"])
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(dk_b64)
    except (ValueError, KeyError):
        return False
    dk = hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected), maxmem=128 * 1024 * 1024
    )
    return hmac.compare_digest(dk, expected)


def parse_file(path: Path) -> dict[str, str]:
    users: dict[str, str] = {}
    for lineno, raw_line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, encoded = line.partition(":")
        if not sep or not user or not encoded.startswith("$scrypt$"):
            raise CredentialsError(f"{path}:{lineno}: expected 'user:$scrypt$...'")
        users[user] = encoded
    return users


def write_file(path: Path, users: dict[str, str]) -> None:
    text = "".join(f"{u}:{h}\n" for u, h in sorted(users.items())).encode()
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    write_private_file(tmp, text)
    os.replace(tmp, path)


class Credentials:
    """Thread-safe verifier over a credentials file, reloaded when it changes."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._mtime = -1.0
        self._users: dict[str, str] = {}
        self._cache_key = secrets.token_bytes(32)
        self._cache: dict[str, tuple[bytes, float]] = {}
        self._reload()

    def _reload(self) -> None:
        try:
            mtime = self._path.stat().st_mtime
        except FileNotFoundError:
            mtime = 0.0
        if mtime == self._mtime:
            return
        users = parse_file(self._path) if mtime else {}
        with self._lock:
            self._users, self._mtime, self._cache = users, mtime, {}

    def verify(self, user: str, password: str) -> bool:
        self._reload()
        encoded = self._users.get(user)
        if encoded is None:
            # Same cost as a real check, so timing does not reveal which users exist.
            _verify_hash(password, hash_password("x", salt=b"\0" * 16))
            return False
        tag = hmac.new(self._cache_key, f"{user}\0{password}".encode(), "sha256").digest()
        cached = self._cache.get(user)
        if cached and cached[1] > time.monotonic() and hmac.compare_digest(cached[0], tag):
            return True
        ok = _verify_hash(password, encoded)
        if ok:
            with self._lock:
                self._cache[user] = (tag, time.monotonic() + _CACHE_SECONDS)
        return ok
