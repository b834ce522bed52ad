"""Metadata-only, tamper-evident audit trail (JSON lines with a hash chain).

HIPAA 164.312(b) asks for records of who sent which PHI where and how it was
protected, kept six years (164.316(b)(2)), without the record becoming a second
copy of the PHI. So a record holds only allow-listed fields: addresses, the
Message-ID and consent ids are keyed hashes (HMAC-SHA256, so an investigator with
the key can search for a given address) with address domains in clear; reasons
are short tokens from a fixed list; nothing free-text is accepted.

Tamper evidence: every record carries ``prev`` (the hash of the previous
record) and ``hash`` (SHA-256 of its own canonical JSON without ``hash``), plus a
global ``seq``. Every ``checkpoint_every`` records, at rotation, on close and at
the start of every file a ``checkpoint`` record is signed (Ed25519 by default,
or HMAC). Anyone can recompute a plain hash chain, so only the signatures stop
an attacker who rewrites the file; records after the last checkpoint are covered
by the chain alone (``VerifyResult.unsigned_tail`` says how many).

Files: the active file is ``settings.path``; rotation renames it to
``<stem>-<first seq, 12 digits><suffix>``. Each new file starts with a signed
``file_start`` checkpoint naming the previous hash, so pruning the oldest files
(retention) leaves a trail that still verifies from a signed anchor.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import datetime as dt
import enum
import errno
import hashlib
import hmac
import ipaddress
import json
import logging
import os
import re
import secrets
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Final, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import BaseModel, ConfigDict, Field

from gateway.metrics import (
    CLASSES,
    CONSENT_OUTCOMES,
    DECISIONS,
    METRICS,
    TLS_SOURCES,
    Metrics,
)

log = logging.getLogger("gateway.audit")

ZERO_HASH: Final = "0" * 64

# Indirections so tests can inject a full disk or a failing fsync into the
# writer alone, without patching the os module for the whole test process.
_os_write = os.write
_os_fsync = os.fsync
SECONDS_PER_DAY: Final = 86400


class AuditSettings(BaseModel):
    """Config section ``audit``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: Path = Path("var/audit/audit.jsonl")
    """Active audit file; rotated files sit next to it as <stem>-<seq><suffix>."""
    hmac_key_file: Path | None = None
    """Key for hashing addresses/Message-IDs (hex or >= 32 raw bytes). Default:
    audit-hmac.key next to ``path``. Investigators need it for address search."""
    checkpoint_key_file: Path | None = None
    """Checkpoint signing key: Ed25519 PKCS#8 PEM, or hex for hmac-sha256.
    Default: audit-checkpoint.key next to ``path``. Keep it off the audit volume
    in production: whoever can read it can forge checkpoints."""
    checkpoint_public_key_file: Path | None = None
    """Ed25519 public key (PEM) used by ``verify``; default <checkpoint_key_file>.pub,
    written when the key is generated. Auditors need only this file."""
    checkpoint_algorithm: Literal["ed25519", "hmac-sha256"] = "ed25519"
    """ed25519 lets auditors verify without the secret; hmac-sha256 needs the key."""
    generate_missing_keys: bool = True
    """Create absent keys (mode 0600) with a warning, so a fresh machine starts;
    set false in production so a missing key is an error instead."""
    checkpoint_every: Annotated[int, Field(ge=1)] = 1000
    """Sign a checkpoint after this many records."""
    rotate_bytes: Annotated[int, Field(ge=4096)] = 64 * 1024 * 1024
    """Rotate the active file once it reaches this size."""
    rotate_daily: bool = True
    """Also rotate when the UTC date changes (one file per day at least)."""
    retention_days: Annotated[int, Field(ge=1)] = 2190
    """Delete rotated files whose last record is older than this (HIPAA: 6 years)."""
    fsync: Literal["always", "batch", "never"] = "always"
    """always: fsync each record before record() returns (nothing accepted is
    unrecorded after a crash); batch: every fsync_batch_records records or
    fsync_batch_seconds; never: leave it to the OS."""
    fsync_batch_records: Annotated[int, Field(ge=1)] = 100
    """With fsync=batch: fsync after this many records."""
    fsync_batch_seconds: Annotated[float, Field(gt=0)] = 1.0
    """With fsync=batch: fsync when a record is written this long after the last fsync."""
    min_free_bytes: Annotated[int, Field(ge=0)] = 16 * 1024 * 1024
    """Readiness (/readyz ``audit``) fails while the audit volume has less free
    space than this, so traffic stops before a record fails for lack of space."""

    @property
    def hmac_key_path(self) -> Path:
        return self.hmac_key_file or self.path.parent / "audit-hmac.key"

    @property
    def checkpoint_key_path(self) -> Path:
        return self.checkpoint_key_file or self.path.parent / "audit-checkpoint.key"

    @property
    def checkpoint_public_key_path(self) -> Path:
        if self.checkpoint_public_key_file is not None:
            return self.checkpoint_public_key_file
        key = self.checkpoint_key_path
        return key.with_name(key.name + ".pub")


class AuditError(Exception):
    """The audit trail cannot be written. The gateway must then refuse mail
    (451 4.3.0) rather than work unrecorded. The message never holds field values."""


# --- allow-list -----------------------------------------------------------

EVENTS: Final = frozenset(
    {
        "accepted",
        "decision",
        "delivered",
        "deferred",
        "bounced",
        "quarantined",
        "released",
        "portal_stored",
        "notified",
        "viewed",
        "downloaded",
        "replied",
        "expired",
        "revoked",
        "code_failed",
        "locked",
        "consent",
        "policy_reload",
        "auth_failure",
        "relay_denied",
    }
)
"""Events callers may record. checkpoint/pruned/recovered are written only here."""

_INTERNAL_EVENTS: Final = frozenset({"checkpoint", "pruned", "recovered"})

REASONS: Final = frozenset(
    {
        # relay / auth
        "relay_not_permitted",
        "not_authenticated",
        "bad_credentials",
        "mechanism_unsupported",
        "tls_required",
        "too_many_failures",
        # envelope / size
        "message_too_big",
        "too_many_recipients",
        "invalid_address",
        "header_too_big",
        "loop_detected",
        # delivery
        "ratelimit",
        "connect_failed",
        "timeout",
        "dns_error",
        "no_mx",
        "null_mx",
        "remote_4xx",
        "remote_5xx",
        "tls_unavailable",
        "tls_handshake_failed",
        "tls_verify_failed",
        "tls_version",
        "dane_failed",
        "mta_sts_failed",
        "lifetime_exceeded",
        "too_many_attempts",
        "shutdown",
        # content / policy
        "policy",
        "phi_detected",
        "phi_in_subject",
        "unscannable",
        "parse_error",
        "parse_limit",
        "detector_error",
        "consent_failed",
        "unsubscribed",
        "syntax_error",
        "validation_error",
        "io_error",
        # operators / portal
        "operator",
        "sender",
        "recipient",
        "false_positive",
        "ttl",
        "retention",
        "code_failed",
        "locked",
        # consent outcomes double as reasons
        *CONSENT_OUTCOMES,
    }
)
"""Short tokens for the ``reason`` field. Add new ones here (never free text)."""

_CHECKPOINT_KINDS: Final = frozenset({"genesis", "file_start", "interval", "rotate", "close"})

_NAME_RE: Final = re.compile(r"^[A-Za-z0-9 _.:/+\-]{1,80}$")
_TOKEN_RE: Final = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
_QUEUE_ID_RE: Final = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")
_HOST_RE: Final = re.compile(r"^[A-Za-z0-9.:\[\]_\-]{1,255}$")
_ESC_RE: Final = re.compile(r"^[245]\.\d{1,3}\.\d{1,3}$")


def _bad(name: str, what: str) -> ValueError:
    # Never echo the value: a caller passing PHI by mistake must not see it land
    # in a log through our exception.
    return ValueError(f"audit field {name!r}: {what}")


def _text(name: str, value: object) -> str:
    if isinstance(value, enum.Enum):
        value = str(value)
    if not isinstance(value, str):
        raise _bad(name, "must be a string")
    return value


def _match(name: str, value: object, pattern: re.Pattern[str]) -> str:
    s = _text(name, value)
    if "@" in s or not pattern.match(s):
        raise _bad(name, "not an allowed token")
    return s


def _choice(name: str, value: object, allowed: Iterable[str]) -> str:
    s = _text(name, value)
    if s not in allowed:
        raise _bad(name, "not one of the allowed values")
    return s


def _int(name: str, value: object, lo: int = 0, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(name, "must be an integer")
    if value < lo or (hi is not None and value > hi):
        raise _bad(name, "out of range")
    return value


def _bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _bad(name, "must be a boolean")
    return value


def _client_ip(value: object) -> str:
    try:
        return str(ipaddress.ip_address(_text("client_ip", value)))
    except ValueError:
        raise _bad("client_ip", "not an IP address") from None


def _detectors(value: object) -> dict[str, int]:
    """A name->count map, or an iterable of Finding-like objects (summed per name)."""
    out: dict[str, int] = {}
    if isinstance(value, Mapping):
        items: Iterable[tuple[object, object]] = value.items()
    elif isinstance(value, Iterable) and not isinstance(value, str | bytes):
        items = [(getattr(f, "detector", None), getattr(f, "count", None)) for f in value]
    else:
        raise _bad("detectors", "must be a mapping of detector name to count")
    for name, count in items:
        key = _match("detectors", name, _NAME_RE)
        out[key] = out.get(key, 0) + _int("detectors", count)
    return out


def _rules(value: object) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise _bad("rules", "must be a list of rule names")
    return [_match("rules", v, _NAME_RE) for v in value]


# Plain fields: name -> normaliser. Address-like fields are handled in
# AuditLog._fields because they need the key.
_PLAIN: Final[dict[str, Callable[[object], object]]] = {
    "queue_id": lambda v: _match("queue_id", v, _QUEUE_ID_RE),
    "client_ip": _client_ip,
    "size": lambda v: _int("size", v),
    "detectors": _detectors,
    "rules": _rules,
    "decision": lambda v: _choice("decision", v, DECISIONS),
    "class": lambda v: _choice("class", v, CLASSES),
    "reply_code": lambda v: _int("reply_code", v, 200, 599),
    "enhanced_status": lambda v: _match("enhanced_status", v, _ESC_RE),
    "next_hop": lambda v: _match("next_hop", v, _HOST_RE),
    "tls_version": lambda v: _match("tls_version", v, _TOKEN_RE),
    "cipher": lambda v: _match("cipher", v, _TOKEN_RE),
    "tls_verified": lambda v: _bool("tls_verified", v),
    "tls_source": lambda v: _choice("tls_source", v, TLS_SOURCES),
    "attempt": lambda v: _int("attempt", v),
    "error_class": lambda v: _match("error_class", v, _TOKEN_RE),
    "consent_result": lambda v: _choice("consent_result", v, CONSENT_OUTCOMES),
    "reason": lambda v: _choice("reason", v, REASONS),
    "pool": lambda v: _match("pool", v, _TOKEN_RE),
    "result": lambda v: _match("result", v, _TOKEN_RE),
    # Written after a restart for an accept whose records a crash lost (gateway.recovery).
    "recovered": lambda v: _bool("recovered", v),
}
_HASHED: Final = frozenset({"sender", "recipient", "recipients", "message_id", "consent_id"})
_ALIASES: Final = {"message_class": "class", "tls_cipher": "cipher"}
ALLOWED_FIELDS: Final = frozenset(_PLAIN) | _HASHED | frozenset(_ALIASES)
"""Field names record() accepts; anything else is a programming error (ValueError)."""


# --- canonical form, hashing, keys ----------------------------------------


def canonical(record: Mapping[str, Any]) -> bytes:
    """The exact bytes hashed and written: sorted keys, no spaces, ASCII only."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def record_hash(record: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical form of the record without its ``hash`` field."""
    body = {k: v for k, v in record.items() if k != "hash"}
    return hashlib.sha256(canonical(body)).hexdigest()


def _signed_bytes(record: Mapping[str, Any]) -> bytes:
    return canonical({k: v for k, v in record.items() if k not in ("hash", "sig")})


def _utc(ts: float) -> str:
    # Fixed width so that string order is time order (search relies on it).
    return dt.datetime.fromtimestamp(ts, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(value: str | dt.datetime) -> dt.datetime:
    """ISO 8601 (``Z`` allowed) or datetime -> aware UTC datetime; naive means UTC."""
    t = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
    return t.replace(tzinfo=dt.UTC) if t.tzinfo is None else t.astimezone(dt.UTC)


def normalize_address(addr: str) -> str:
    """Lower-cased, trimmed, without angle brackets: the form that is hashed, so
    ``<John@X.org>`` and ``john@x.org`` find the same records."""
    return addr.strip().strip("<>").strip().lower()


def keyed_hash(key: bytes, kind: str, value: str) -> str:
    """HMAC-SHA256 truncated to 128 bits. The kind prefix keeps an address hash
    from ever equalling a Message-ID hash of the same string."""
    msg = kind.encode() + b"\0" + value.encode("utf-8", "surrogateescape")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()[:32]


def address_domain(addr: str) -> str:
    return normalize_address(addr).rpartition("@")[2] if "@" in addr else ""


def _write_secret(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_key_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    text = raw.strip()
    if re.fullmatch(rb"[0-9a-fA-F]{64,}", text):
        return bytes.fromhex(text.decode())
    if len(raw) < 32:
        raise AuditError(f"audit key {path} is shorter than 32 bytes")
    return raw


def _warn_mode(path: Path) -> None:
    try:
        if path.stat().st_mode & 0o077:
            log.warning("audit key %s is readable by group/others; chmod 600 it", path)
    except OSError:
        pass


def load_hmac_key(settings: AuditSettings, create: bool) -> bytes:
    path = settings.hmac_key_path
    if not path.exists():
        if not (create and settings.generate_missing_keys):
            raise AuditError(f"audit hmac key {path} does not exist")
        _write_secret(path, secrets.token_hex(32).encode() + b"\n")
        log.warning("generated development audit hmac key %s; provision a managed key", path)
    _warn_mode(path)
    return _read_key_bytes(path)


class _Signer:
    """Signs and checks checkpoints. Verification-only when built from a public key."""

    def __init__(
        self,
        alg: str,
        *,
        private: ed25519.Ed25519PrivateKey | None = None,
        public: ed25519.Ed25519PublicKey | None = None,
        secret: bytes | None = None,
    ) -> None:
        self.alg = alg
        self._private = private
        self._public = public if public is not None else (private.public_key() if private else None)
        self._secret = secret
        if self._public is not None:
            raw = self._public.public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw
            )
            self.key_id = hashlib.sha256(raw).hexdigest()[:16]
        else:
            assert secret is not None
            self.key_id = hashlib.sha256(b"phi-gateway audit key id\0" + secret).hexdigest()[:16]

    def sign(self, data: bytes) -> str:
        if self._secret is not None:
            return hmac.new(self._secret, data, hashlib.sha256).hexdigest()
        if self._private is None:
            raise AuditError("checkpoint key is public only; cannot sign")
        return base64.b64encode(self._private.sign(data)).decode()

    def check(self, data: bytes, sig: str) -> bool:
        if self._secret is not None:
            return hmac.compare_digest(
                sig, hmac.new(self._secret, data, hashlib.sha256).hexdigest()
            )
        assert self._public is not None
        try:
            self._public.verify(base64.b64decode(sig, validate=True), data)
        except (InvalidSignature, ValueError):
            return False
        return True


def load_signer(settings: AuditSettings, *, create: bool) -> _Signer:
    """The checkpoint signer (create=True: the writer; generates keys if allowed)
    or, for verification, whatever is available: the public key suffices for Ed25519."""
    key_path = settings.checkpoint_key_path
    if settings.checkpoint_algorithm == "hmac-sha256":
        if not key_path.exists():
            if not (create and settings.generate_missing_keys):
                raise AuditError(f"audit checkpoint key {key_path} does not exist")
            _write_secret(key_path, secrets.token_hex(32).encode() + b"\n")
            log.warning("generated development audit checkpoint key %s", key_path)
        _warn_mode(key_path)
        return _Signer("hmac-sha256", secret=_read_key_bytes(key_path))
    pub_path = settings.checkpoint_public_key_path
    if not key_path.exists() and create:
        if not settings.generate_missing_keys:
            raise AuditError(f"audit checkpoint key {key_path} does not exist")
        new = ed25519.Ed25519PrivateKey.generate()
        pem = new.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_secret(key_path, pem)
        if not pub_path.exists():
            pub_path.write_bytes(
                new.public_key().public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                )
            )
        log.warning("generated development audit checkpoint key %s", key_path)
    if key_path.exists() and (create or not pub_path.exists()):
        _warn_mode(key_path)
        priv = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(priv, ed25519.Ed25519PrivateKey):
            raise AuditError(f"audit checkpoint key {key_path} is not an Ed25519 key")
        return _Signer("ed25519", private=priv)
    if pub_path.exists():
        pub = serialization.load_pem_public_key(pub_path.read_bytes())
        if not isinstance(pub, ed25519.Ed25519PublicKey):
            raise AuditError(f"audit public key {pub_path} is not an Ed25519 key")
        return _Signer("ed25519", public=pub)
    raise AuditError(f"no audit checkpoint key: neither {key_path} nor {pub_path} exists")


# --- files ---------------------------------------------------------------


def rotated_name(active: Path, first_seq: int) -> Path:
    return active.with_name(f"{active.stem}-{first_seq:012d}{active.suffix}")


def trail_files(active: Path) -> list[tuple[Path, int | None]]:
    """Every file of the trail in chain order: rotated files by the first seq in
    their name, then the active file (seq None) if it exists."""
    pattern = re.compile(re.escape(active.stem) + r"-(\d{12})" + re.escape(active.suffix) + "$")
    rotated: list[tuple[Path, int | None]] = []
    if active.parent.is_dir():
        for p in active.parent.iterdir():
            m = pattern.match(p.name)
            if m and p.is_file():
                rotated.append((p, int(m.group(1))))
    rotated.sort(key=lambda item: item[1] or 0)
    if active.is_file():
        rotated.append((active, None))
    return rotated


def _last_line(path: Path) -> bytes | None:
    """The last complete line of a file, read from the end (files can be large)."""
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        pos, buf = end, b""
        while pos > 0:
            step = min(65536, pos)
            pos -= step
            f.seek(pos)
            buf = f.read(step) + buf
            stripped = buf.rstrip(b"\n")
            if b"\n" in stripped:
                return stripped.rsplit(b"\n", 1)[1]
        stripped = buf.rstrip(b"\n")
        return stripped or None


def iter_back(settings: AuditSettings | str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Records from the newest back to the oldest, across rotated files, reading
    each file from its end in chunks: a caller that needs only the tail stops early
    and never reads the rest. Lines that are not JSON objects are skipped (verify
    is the place to find them)."""
    s = _settings_of(settings)
    for path, _ in reversed(trail_files(s.path)):
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            pos = f.tell()
            rest = b""  # the start of a line whose beginning is in an earlier chunk
            while pos > 0:
                step = min(1 << 20, pos)
                pos -= step
                f.seek(pos)
                lines = (f.read(step) + rest).split(b"\n")
                rest = lines[0] if pos > 0 else b""
                for line in reversed(lines if pos == 0 else lines[1:]):
                    rec = _loads(line)
                    if rec is not None:
                        yield rec


def _loads(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    return rec if isinstance(rec, dict) else None


def time_text(ts: float) -> str:
    """A POSIX time in the trail's ``time`` format (fixed width: string order is
    time order, so a record's time can be compared as text)."""
    return _utc(ts)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the writer -----------------------------------------------------------


class AuditLog:
    """Append-only writer. ``record`` is thread-safe and blocking (it fsyncs);
    from asyncio use ``await log.arecord(...)``."""

    def __init__(
        self,
        settings: AuditSettings,
        *,
        metrics: Metrics | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings
        self._metrics = metrics if metrics is not None else METRICS
        self._clock = clock
        self._lock = threading.RLock()
        self._fd: int | None = None
        self._closed = False
        self._broken = False
        self._seq = 0
        self._last_hash = ZERO_HASH
        self._size = 0
        self._file_day = ""
        self._file_first_seq = 0
        self._file_id = (0, 0)  # (st_dev, st_ino) of the open file
        self._since_checkpoint = 0
        self._last_time = ""
        # Group commit (fsync=always): records are written under _lock, then
        # their callers wait outside it until one of them (the leader) has
        # fsync'd past their bytes, so N concurrent callers share one fsync.
        # _written counts bytes ever written (monotonic across files); _synced
        # is how far of it is durable. A failure rolls back to the committed
        # state; the byte ranges (committed, written] it discarded are kept in
        # _failed so their callers fail even if _synced later passes them.
        # Lock order: _lock before _cond, never the reverse.
        self._cond = threading.Condition(threading.Lock())
        self._written = 0
        self._synced = 0
        self._failed: collections.deque[tuple[int, int]] = collections.deque(maxlen=4096)
        self._syncing = False
        # Bumped by every failure: a leader's fsync that straddles a failure
        # proves nothing (Linux may drop dirty pages on a failed fsync) and
        # must not commit.
        self._epoch = 0
        self._last_error = ""
        self._unsynced = 0
        self._last_sync = clock()
        # The chain state that callers were told is recorded; a failed write
        # or fsync rolls the file back to it.
        self._committed = self._snapshot()
        try:
            settings.path.parent.mkdir(parents=True, exist_ok=True)
            self._key = load_hmac_key(settings, create=True)
            self._signer = load_signer(settings, create=True)
            with self._lock:
                self._open()
                self.prune()
        except AuditError:
            self._metrics.count_audit_failure()
            self._close_fd()
            raise
        except (OSError, ValueError) as exc:
            self._metrics.count_audit_failure()
            self._close_fd()
            raise AuditError(f"cannot open audit trail {settings.path}: {_why(exc)}") from exc

    def _close_fd(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    # hashing ---------------------------------------------------------------

    def _hmac(self, kind: str, value: str) -> str:
        return keyed_hash(self._key, kind, value)

    def hash_address(self, addr: str) -> str:
        """Keyed hash of a normalised address, as stored in sender/recipient fields."""
        return self._hmac("addr", normalize_address(addr))

    def hash_message_id(self, message_id: str) -> str:
        return self._hmac("mid", message_id.strip().strip("<>").strip())

    def hash_consent_id(self, consent_id: str) -> str:
        return self._hmac("consent", consent_id.strip())

    # public API ------------------------------------------------------------

    def record(self, event: str, **fields: object) -> None:
        """Append one record. Unknown event or field name, or a value that is not
        an allowed token: ValueError (a programming error). Cannot write:
        AuditError (and the failure metric is bumped)."""
        self.record_many([(event, fields)])

    def record_many(self, records: Sequence[tuple[str, Mapping[str, object]]]) -> None:
        """Append several records with one lock hold and one durability wait.

        All or nothing from the caller's view: AuditError means none of them may be
        relied on (the caller undoes what they describe). Used for group commit of
        concurrent accepts: one fsync covers the whole batch.
        """
        bodies = []
        for event, fields in records:
            if event not in EVENTS:
                raise ValueError(f"unknown audit event {event!r}")
            bodies.append((event, self._fields(fields)))
        if not bodies:
            return
        with self._lock:
            if self._closed:
                self._metrics.count_audit_failure()
                raise AuditError("audit log is closed")
            try:
                self._recover_if_broken()
                self._rotate_if_due()
                for event, body in bodies:
                    self._append(event, body)
                if self._since_checkpoint >= self.settings.checkpoint_every:
                    self._checkpoint("interval")
                elif self.settings.fsync != "always":
                    self._commit_written()
            except OSError as exc:
                self._fail_locked(exc)
                raise AuditError(f"audit record could not be written: {_why(exc)}") from exc
            target = self._written
        if self.settings.fsync == "always":
            self._wait_durable(target)
        for event, _ in bodies:
            self._metrics.count_audit_record(event)

    async def arecord(self, event: str, **fields: object) -> None:
        """``record`` on a worker thread, so the event loop does not wait on fsync."""
        await asyncio.to_thread(self.record, event, **fields)

    def ready(self) -> bool:
        """Readiness check ``audit``: open, writable, last write succeeded.

        After a failure this retries the rollback, so the gateway turns ready
        again once the disk is fixed, even while it refuses mail and therefore
        records nothing that would retry it."""
        with self._lock:
            if self._closed:
                return False
            if self._broken:
                try:
                    self._recover_if_broken()
                except OSError:
                    return False
            ok = self._fd is not None
        return ok and self._has_space()

    def _has_space(self) -> bool:
        parent = self.settings.path.parent
        try:
            st = os.statvfs(parent)
        except OSError:
            return False
        return os.access(parent, os.W_OK) and st.f_bavail * st.f_frsize >= (
            self.settings.min_free_bytes
        )

    def close(self) -> None:
        """Sign a final checkpoint, fsync and close (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            try:
                # Roll back what failed callers were told is not recorded.
                self._recover_if_broken()
                if self._fd is not None:
                    if self._since_checkpoint:
                        self._checkpoint("close")
                    else:
                        self._sync_locked()
            except OSError as exc:
                self._metrics.count_audit_failure()
                raise AuditError(f"audit log could not be closed cleanly: {_why(exc)}") from exc
            finally:
                self._close_fd()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def prune(self, now: float | None = None) -> list[Path]:
        """Delete rotated files whose last record is older than retention_days,
        oldest first, stopping at the first file still inside retention (the
        active file is never pruned). Returns the deleted paths."""
        cutoff = (self._clock() if now is None else now) - self.settings.retention_days * 86400
        deleted: list[Path] = []
        last_seq = -1
        with self._lock:
            if self._broken:
                return deleted  # the next record() or ready() rolls back first
            for path, first in trail_files(self.settings.path):
                if first is None:
                    break
                line = _last_line(path)
                try:
                    rec = json.loads(line) if line else None
                    end = parse_time(rec["time"]).timestamp() if rec else None
                except (ValueError, KeyError, TypeError):
                    end = None
                # A file we cannot date is kept: deleting evidence needs certainty.
                if end is None or end >= cutoff:
                    break
                path.unlink()
                deleted.append(path)
                last_seq = int(rec["seq"]) if rec else last_seq
            if deleted:
                _fsync_dir(self.settings.path.parent)
                try:
                    self._append("pruned", {"count": len(deleted), "last_seq": last_seq})
                    self._sync_locked()
                except OSError as exc:
                    self._fail_locked(exc)
                    raise AuditError(f"audit record could not be written: {_why(exc)}") from exc
                log.info("audit retention pruned %d file(s) up to seq %d", len(deleted), last_seq)
        return deleted

    # internals --------------------------------------------------------------

    def _fields(self, fields: Mapping[str, object]) -> dict[str, object]:
        out: dict[str, object] = {}
        for raw_name, value in fields.items():
            name = _ALIASES.get(raw_name, raw_name)
            if raw_name not in ALLOWED_FIELDS:
                raise ValueError(f"audit field {raw_name!r} is not allow-listed")
            if value is None:
                continue
            if name in _PLAIN:
                out[name] = _PLAIN[name](value)
            elif name in ("sender", "recipient"):
                addr = _text(name, value)
                out[name] = self.hash_address(addr)
                out[name + "_domain"] = address_domain(addr)
            elif name == "recipients":
                if isinstance(value, str) or not isinstance(value, Iterable):
                    raise _bad(name, "must be a list of addresses")
                addrs = [_text(name, a) for a in value]
                out["recipients"] = [self.hash_address(a) for a in addrs]
                out["recipient_domains"] = [address_domain(a) for a in addrs]
            elif name == "message_id":
                out[name] = self.hash_message_id(_text(name, value))
            elif name == "consent_id":
                out[name] = self.hash_consent_id(_text(name, value))
        return out

    def _open(self) -> None:
        path = self.settings.path
        files = trail_files(path)
        if files and files[-1][1] is None:
            fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise AuditError(f"audit path {path} is not a regular file")
            self._set_fd(fd)
            self._load_active()
            if self._size > 0:
                return
            files = files[:-1]  # empty active file: start it like a new one
        else:
            self._set_fd(os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600))
            _fsync_dir(path.parent)
        if files:
            # Rotated files exist but no active one (crash during rotation):
            # continue the chain from the newest rotated file.
            line = _last_line(files[-1][0])
            prev = self._parse_tail(files[-1][0], line)
            self._seq = int(prev["seq"]) + 1
            self._last_hash = str(prev["hash"])
            self._start_file(prev_file_end=str(prev["time"]))
        else:
            self._start_file(prev_file_end=None)

    def _set_fd(self, fd: int) -> None:
        self._fd = fd
        st = os.fstat(fd)
        self._file_id = (st.st_dev, st.st_ino)

    def _parse_tail(self, path: Path, line: bytes | None) -> dict[str, Any]:
        try:
            rec = json.loads(line) if line else None
            if not isinstance(rec, dict) or rec.get("hash") != record_hash(rec):
                raise ValueError
            int(rec["seq"])
            str(rec["time"])
        except (ValueError, KeyError, TypeError):
            raise AuditError(
                f"last record of {path} is corrupt; run `phi-gateway audit verify`"
            ) from None
        return rec

    def _load_active(self) -> None:
        assert self._fd is not None
        path = self.settings.path
        with path.open("rb") as f:
            data = f.read()
        if data and not data.endswith(b"\n"):
            # A record cut short by a crash or a full disk. record() never
            # returned for it, so nothing was acknowledged on its strength; drop
            # it so the chain continues, and say so in the trail.
            keep = data.rfind(b"\n") + 1
            dropped = len(data) - keep
            os.ftruncate(self._fd, keep)
            _os_fsync(self._fd)
            data = data[:keep]
            log.warning(
                "audit: dropped %d bytes of an incomplete record at end of %s", dropped, path
            )
        else:
            dropped = 0
        self._size = len(data)
        if not data:
            return
        lines = data.rstrip(b"\n").split(b"\n")
        first = self._parse_tail(path, lines[0])
        last = self._parse_tail(path, lines[-1])
        self._file_first_seq = int(first["seq"])
        self._file_day = str(first["time"])[:10]
        self._seq = int(last["seq"]) + 1
        self._last_hash = str(last["hash"])
        self._last_time = str(last["time"])
        since = 0
        for line in reversed(lines):
            if b'"event":"checkpoint"' in line:
                break
            since += 1
        self._since_checkpoint = since
        self._committed = self._snapshot()
        if dropped:
            self._append("recovered", {"count": dropped})
            self._sync_locked()

    def _start_file(self, prev_file_end: str | None) -> None:
        """Begin a fresh active file with its signed anchor."""
        self._size = 0
        self._file_first_seq = self._seq
        self._file_day = _utc(self._clock())[:10]
        if prev_file_end is None and self._seq == 0:
            self._checkpoint("genesis")
        else:
            self._checkpoint("file_start", prev_file_end=prev_file_end)

    def _rotate_if_due(self) -> None:
        s = self.settings
        today = _utc(self._clock())[:10]
        if self._size >= s.rotate_bytes or (s.rotate_daily and today != self._file_day):
            self._rotate()

    def _rotate(self) -> None:
        assert self._fd is not None
        self._checkpoint("rotate")  # fsyncs: the old file is durable before the rename
        end_time = self._last_time
        os.close(self._fd)
        self._fd = None
        path = self.settings.path
        try:
            os.rename(path, rotated_name(path, self._file_first_seq))
            self._set_fd(os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o600))
            _fsync_dir(path.parent)
            self._start_file(prev_file_end=end_time)
        except OSError:
            # Leave no fd: recovery then reopens from what is on disk.
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
            raise
        self.prune()

    def _checkpoint(self, kind: str, prev_file_end: str | None = None) -> None:
        assert kind in _CHECKPOINT_KINDS
        extra: dict[str, object] = {
            "checkpoint": kind,
            "records": self._since_checkpoint,
            "alg": self._signer.alg,
            "key_id": self._signer.key_id,
        }
        if prev_file_end is not None:
            extra["prev_file_end"] = prev_file_end
        self._append("checkpoint", extra, sign=True)
        self._since_checkpoint = 0
        self._sync_locked()  # a checkpoint is always durable, whatever the fsync policy
        log.info("audit checkpoint seq=%d hash=%s", self._seq - 1, self._last_hash)

    def _append(self, event: str, body: Mapping[str, object], sign: bool = False) -> None:
        if self._fd is None:
            raise OSError(errno.EBADF, "audit file not open")
        now = self._clock()
        rec: dict[str, object] = dict(body)
        rec.update(seq=self._seq, time=_utc(now), event=event, prev=self._last_hash)
        if sign:
            rec["sig"] = self._signer.sign(_signed_bytes(rec))
        rec["hash"] = record_hash(rec)
        line = canonical(rec) + b"\n"
        view = memoryview(line)
        while view:
            n = _os_write(self._fd, view)
            view = view[n:]
        # The whole line is written: it is now part of the chain (though not
        # yet committed, see _commit_written and _wait_durable).
        self._size += len(line)
        self._written += len(line)
        self._unsynced += 1
        self._seq += 1
        self._last_hash = str(rec["hash"])
        self._last_time = str(rec["time"])
        if event != "checkpoint":
            self._since_checkpoint += 1

    def _snapshot(self) -> _ChainState:
        return _ChainState(
            self._file_id,
            self._size,
            self._seq,
            self._last_hash,
            self._last_time,
            self._since_checkpoint,
            self._written,
        )

    def _commit_written(self) -> None:
        """fsync=batch|never: a written record is committed; batch also fsyncs
        every fsync_batch_records records or fsync_batch_seconds."""
        s = self.settings
        if s.fsync == "batch" and (
            self._unsynced >= s.fsync_batch_records
            or self._clock() - self._last_sync >= s.fsync_batch_seconds
        ):
            self._sync_locked()
        else:
            self._committed = self._snapshot()

    def _sync_locked(self) -> None:
        """fsync the active file now (caller holds _lock) and commit everything."""
        assert self._fd is not None
        _os_fsync(self._fd)
        self._unsynced = 0
        self._last_sync = self._clock()
        self._committed = self._snapshot()
        with self._cond:
            self._synced = max(self._synced, self._written)
            self._cond.notify_all()

    def _wait_durable(self, target: int) -> None:
        """Return once byte ``target`` of the trail is fsync'd; raise AuditError if
        the fsync covering it failed. Called without _lock held."""
        while True:
            with self._cond:
                while True:
                    if any(lo < target <= hi for lo, hi in self._failed):
                        raise AuditError(
                            f"audit record could not be made durable: {self._last_error}"
                        )
                    if self._synced >= target:
                        return
                    if not self._syncing:
                        self._syncing = True
                        break
                    self._cond.wait()
            # This thread is the leader: fsync once for everyone written so far.
            with self._lock:
                fd = os.dup(self._fd) if self._fd is not None else None
                state = self._snapshot()
                epoch = self._epoch
            err: OSError | None = None
            try:
                if fd is None:
                    raise OSError(errno.EBADF, "audit file not open")
                _os_fsync(fd)
            except OSError as exc:
                err = exc
            finally:
                if fd is not None:
                    os.close(fd)
            with self._lock:
                if epoch != self._epoch or self._broken:
                    # A failure came in between (or before, with no rollback
                    # yet): the callers up to state.written were either
                    # committed before it or are in _failed.
                    with self._cond:
                        self._syncing = False
                        self._cond.notify_all()
                elif err is None:
                    if state.written > self._committed.written:
                        self._committed = state
                    with self._cond:
                        self._syncing = False
                        self._synced = max(self._synced, state.written)
                        self._cond.notify_all()
                else:
                    with self._cond:
                        self._syncing = False
                    # Linux may drop the dirty pages after a failed fsync, so a
                    # retry that succeeds proves nothing: everything written
                    # and not yet committed is failed and rolled back.
                    log.error("audit fsync failed: %s", _why(err))
                    self._fail_locked(err)
            # Loop: our own fate is decided by _failed/_synced, not by this fsync
            # alone (another thread's sync may already have committed us).

    def _fail_locked(self, exc: OSError) -> None:
        """A write or fsync failed (caller holds _lock): every caller still
        waiting fails, and the next record() rolls back to the committed state."""
        self._broken = True
        self._last_error = _why(exc)
        self._metrics.count_audit_failure()
        self._epoch += 1
        with self._cond:
            if self._written > self._committed.written:
                self._failed.append((self._committed.written, self._written))
            self._cond.notify_all()

    def _recover_if_broken(self) -> None:
        """After a failure, cut the file back to the last committed record so the
        chain holds only what callers were told is recorded, then carry on
        (raises OSError again if the disk is still bad)."""
        if not self._broken:
            return
        # A leader that captured its state before this rollback must not commit it.
        self._epoch += 1
        if self._fd is None:
            # Only a failed rotation leaves no open file, and rotation fsyncs its
            # checkpoint first: nothing is uncommitted, so reopen from disk.
            self._open()
            self._broken = False
            return
        c = self._committed
        st = os.fstat(self._fd)
        if c.file_id != (st.st_dev, st.st_ino) or c.file_size > st.st_size:
            # The committed state belongs to another file (a rotation failed
            # half way): reopen from disk. Rotation fsyncs before it renames,
            # so the disk holds nothing uncommitted but internal records.
            os.close(self._fd)
            self._fd = None
            self._open()
            self._broken = False
            return
        os.ftruncate(self._fd, c.file_size)
        _os_fsync(self._fd)
        self._size = c.file_size
        self._seq, self._last_hash, self._last_time = c.seq, c.last_hash, c.last_time
        self._since_checkpoint = c.since_checkpoint
        self._unsynced = 0
        # No _synced change: callers waiting on bytes past the committed point
        # were failed by _fail_locked (_failed), and their bytes are now gone.
        self._broken = False


@dataclass(frozen=True, slots=True)
class _ChainState:
    file_id: tuple[int, int]  # which file file_size refers to
    file_size: int
    seq: int
    last_hash: str
    last_time: str
    since_checkpoint: int
    written: int


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"{errno.errorcode.get(exc.errno, str(exc.errno))} ({os.strerror(exc.errno)})"
    return type(exc).__name__


# --- verification ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    files: int = 0
    records: int = 0
    checkpoints: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    unsigned_tail: int = 0
    """Records after the last valid checkpoint: chained but not signed."""
    bad_file: Path | None = None
    bad_line: int | None = None
    error: str | None = None

    def __str__(self) -> str:
        if not self.ok:
            where = f"{self.bad_file}:{self.bad_line}" if self.bad_file else "audit trail"
            return f"{where}: {self.error}"
        span = "empty" if self.first_seq is None else f"seq {self.first_seq}..{self.last_seq}"
        return (
            f"OK: {self.records} records in {self.files} file(s), {span}, "
            f"{self.checkpoints} checkpoints, {self.unsigned_tail} after the last checkpoint"
        )


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in f)


def _settings_of(settings: AuditSettings | str | os.PathLike[str]) -> AuditSettings:
    if isinstance(settings, AuditSettings):
        return settings
    return AuditSettings(path=Path(settings))


def verify(
    settings: AuditSettings | str | os.PathLike[str],
    *,
    now: float | None = None,
    anchors: Iterable[tuple[int, str]] = (),
) -> VerifyResult:
    """Check the whole chain across rotated files: canonical form, every hash,
    seq continuity, prev links, file anchors and checkpoint signatures. Stops at
    the first bad record and names it (file, 1-based line, why).

    ``anchors``: (seq, hash) pairs kept outside the trail, e.g. from the
    "audit checkpoint seq=N hash=H" log lines. Each must match the record with
    that seq; a trail that ends before an anchor was truncated. This is the
    only defence against cutting records off the end together with their
    checkpoints, which leaves a shorter chain that is otherwise valid."""
    s = _settings_of(settings)
    want = dict(anchors)
    if not trail_files(s.path):
        return VerifyResult(ok=False, error=f"no audit trail at {s.path}")
    try:
        signer = load_signer(s, create=False)
    except (AuditError, OSError, ValueError) as exc:
        return VerifyResult(ok=False, error=f"cannot load checkpoint key: {exc}")
    now = time.time() if now is None else now
    files = trail_files(s.path)
    last_hash: str | None = None
    expect_seq: int | None = None
    n_records = n_cp = tail = 0
    first_seq: int | None = None

    def bad(path: Path | None, line: int | None, why: str) -> VerifyResult:
        return VerifyResult(
            ok=False,
            files=len(files),
            records=n_records,
            checkpoints=n_cp,
            first_seq=first_seq,
            last_seq=None if expect_seq is None else expect_seq - 1,
            bad_file=path,
            bad_line=line,
            error=why,
        )

    for path, name_seq in files:
        with path.open("rb") as f:
            data = f.read()
        if not data:
            continue
        if not data.endswith(b"\n"):
            return bad(path, data.count(b"\n") + 1, "incomplete last record (no newline)")
        for lineno, line in enumerate(data[:-1].split(b"\n"), start=1):
            try:
                rec = json.loads(line)
            except ValueError:
                return bad(path, lineno, "not valid JSON")
            if not isinstance(rec, dict):
                return bad(path, lineno, "not a JSON object")
            if canonical(rec) != line:
                return bad(path, lineno, "not in canonical form (edited)")
            if rec.get("hash") != record_hash(rec):
                return bad(path, lineno, "hash does not match content (record edited)")
            seq, prev, event = rec.get("seq"), rec.get("prev"), rec.get("event")
            if not isinstance(seq, int) or not isinstance(prev, str):
                return bad(path, lineno, "missing seq or prev")
            if lineno == 1:
                if name_seq is not None and name_seq != seq:
                    return bad(path, lineno, f"file name says seq {name_seq}, record has {seq}")
                kind = rec.get("checkpoint") if event == "checkpoint" else None
                if last_hash is None:
                    if seq == 0:
                        if prev != ZERO_HASH or kind != "genesis":
                            return bad(path, lineno, "first record is not a genesis checkpoint")
                    elif kind != "file_start":
                        return bad(path, lineno, "trail does not start at a signed file anchor")
                    else:
                        end = rec.get("prev_file_end")
                        try:
                            ended = parse_time(str(end)).timestamp()
                        except ValueError:
                            return bad(path, lineno, "file anchor has no valid prev_file_end")
                        if ended >= now - s.retention_days * SECONDS_PER_DAY:
                            return bad(
                                path,
                                lineno,
                                f"records before seq {seq} are missing and were not yet "
                                "due for retention pruning (files deleted)",
                            )
                elif kind != "file_start":
                    return bad(path, lineno, "file does not start with a signed file anchor")
            if last_hash is not None and prev != last_hash:
                return bad(
                    path,
                    lineno,
                    f"prev does not match the hash of the record before (seq {seq}): "
                    "a record was deleted, inserted or reordered",
                )
            if expect_seq is not None and seq != expect_seq:
                return bad(path, lineno, f"seq {seq} where {expect_seq} was expected")
            if event == "checkpoint":
                if rec.get("key_id") != signer.key_id or rec.get("alg") != signer.alg:
                    return bad(path, lineno, "checkpoint signed with a different key/algorithm")
                sig = rec.get("sig")
                if not isinstance(sig, str) or not signer.check(_signed_bytes(rec), sig):
                    return bad(path, lineno, "checkpoint signature invalid")
                n_cp += 1
                tail = 0
            else:
                tail += 1
            if seq in want and want.pop(seq) != rec["hash"]:
                return bad(path, lineno, f"record seq {seq} differs from the external anchor")
            if first_seq is None:
                first_seq = seq
            last_hash = str(rec["hash"])
            expect_seq = seq + 1
            n_records += 1
    last = None if expect_seq is None else expect_seq - 1
    missing = sorted(q for q in want if last is None or q > last)
    if missing:
        where = files[-1][0] if files else None
        return bad(
            where,
            None if where is None else _count_lines(where) + 1,
            f"trail ends at seq {last} but seq {missing[0]} is anchored: "
            "records were cut off the end",
        )
    return VerifyResult(
        ok=True,
        files=len(files),
        records=n_records,
        checkpoints=n_cp,
        first_seq=first_seq,
        last_seq=None if expect_seq is None else expect_seq - 1,
        unsigned_tail=tail,
    )


# --- search ---------------------------------------------------------------


def search(
    settings: AuditSettings | str | os.PathLike[str],
    *,
    since: str | dt.datetime | None = None,
    until: str | dt.datetime | None = None,
    decision: str | None = None,
    domain: str | None = None,
    address: str | None = None,
    event: str | None = None,
    queue_id: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Records matching every given filter, in trail order. ``address`` is hashed
    with the configured key, so the plain address is never compared or stored;
    ``domain`` matches sender or any recipient domain. Checkpoints are skipped.
    Does not verify: run ``verify`` first when the result is evidence."""
    s = _settings_of(settings)
    lo = _utc(parse_time(since).timestamp()) if since is not None else None
    hi = _utc(parse_time(until).timestamp()) if until is not None else None
    want_hash: str | None = None
    if address is not None:
        key = load_hmac_key(s, create=False)
        want_hash = keyed_hash(key, "addr", normalize_address(address))
    dom = domain.strip().lower() if domain is not None else None
    for path, _ in trail_files(s.path):
        if lo is not None and path != s.path:
            last = _last_line(path)
            try:
                if last and json.loads(last)["time"] < lo:
                    continue  # whole file before the window
            except (ValueError, KeyError, TypeError):
                pass
        with path.open("rb") as f:
            for raw in f:
                try:
                    rec = json.loads(raw)
                except ValueError:
                    continue
                if not isinstance(rec, dict) or rec.get("event") == "checkpoint":
                    continue
                t = str(rec.get("time", ""))
                if lo is not None and t < lo:
                    continue
                if hi is not None and t > hi:
                    continue
                if event is not None and rec.get("event") != event:
                    continue
                if decision is not None and rec.get("decision") != decision:
                    continue
                if queue_id is not None and rec.get("queue_id") != queue_id:
                    continue
                if dom is not None:
                    doms = {rec.get("sender_domain"), rec.get("recipient_domain")}
                    doms.update(rec.get("recipient_domains") or ())
                    if dom not in doms:
                        continue
                if want_hash is not None:
                    hashes = {rec.get("sender"), rec.get("recipient")}
                    hashes.update(rec.get("recipients") or ())
                    if want_hash not in hashes:
                        continue
                yield rec


# --- several gateway processes ---------------------------------------------


def for_worker(settings: AuditSettings, index: int) -> AuditSettings:
    """The trail of worker ``index``: its own chain (two processes must never append
    to one hash chain), under ``<dir>/worker<index>/``, sharing worker 0's keys so
    address hashes match across workers."""
    if index == 0:
        return settings
    return settings.model_copy(
        update={
            "path": settings.path.parent / f"worker{index}" / settings.path.name,
            "hmac_key_file": settings.hmac_key_path,
            "checkpoint_key_file": settings.checkpoint_key_path,
            "checkpoint_public_key_file": settings.checkpoint_public_key_path,
        }
    )


def all_trails(settings: AuditSettings) -> list[AuditSettings]:
    """Worker 0's trail plus every worker trail found next to it."""
    out = [settings]
    parent = settings.path.parent
    if parent.is_dir():
        for d in sorted(parent.glob("worker*")):
            suffix = d.name.removeprefix("worker")
            if d.is_dir() and suffix.isdigit():
                out.append(for_worker(settings, int(suffix)))
    return out
